"""Tracked changes on an act's paragraph: Word's markup, „Accept all”, and LibreOffice opens it."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pytest
from act_docx import build_act

from generator.acts.document import paragraph_text, parse_act
from generator.acts.revisions import accept_all, reject_all, revise_paragraph, revision_ids
from generator.domain.units import parse_unit
from generator.errors import ActError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OLD = "§ 2.\tUrząd jest jednostką budżetową Gminy Przykładowo."
NEW = "§ 2.\tUrząd Miejski jest jednostką organizacyjną Gminy Przykładowo."
DATE = datetime(2026, 3, 4)


def revised_act(tmp_path: Path) -> Path:
    path = build_act(tmp_path / "regulamin.docx", [
        "REGULAMIN ORGANIZACYJNY", "§ 1. Regulamin określa organizację Urzędu.", OLD,
        "§ 3. Urzędem kieruje Burmistrz.",
    ])
    unit = parse_act(path).find(parse_unit("§ 2"))
    document = docx.Document(str(path))
    document.paragraphs[unit.paragraphs[0]].alignment = 3  # WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph = document.paragraphs[unit.paragraphs[0]]._p
    assert paragraph_text(paragraph) == OLD
    ids = revision_ids(document.element)
    revise_paragraph(paragraph, OLD, NEW, date=DATE, ids=ids)
    out = tmp_path / "tekst_ujednolicony.docx"
    document.save(str(out))
    return out


def test_the_change_is_written_as_word_revisions(tmp_path: Path) -> None:
    document = docx.Document(str(revised_act(tmp_path)))
    paragraph = document.paragraphs[2]._p
    deletions = paragraph.findall(f"{W}del")
    insertions = paragraph.findall(f"{W}ins")
    assert deletions and insertions
    revisions = deletions + insertions
    assert {r.get(f"{W}author") for r in revisions} == {"szj"}
    assert {r.get(f"{W}date") for r in revisions} == {"2026-03-04T00:00:00Z"}
    ids = [r.get(f"{W}id") for r in revisions]
    assert len(set(ids)) == len(ids)
    # deleted words are w:delText inside w:r inside w:del, never w:t
    assert all(d.find(f"{W}r/{W}delText") is not None for d in deletions)
    assert not [t for d in deletions for t in d.iter(f"{W}t")]
    deleted = "".join(t.text for d in deletions for t in d.iter(f"{W}delText"))
    inserted = "".join(t.text for i in insertions for t in i.iter(f"{W}t"))
    assert "budżetową" in deleted and "Miejski" in inserted and "organizacyjną" in inserted
    # the paragraph keeps its properties (justified), and w:pPr stays its first child
    assert paragraph[0].tag == f"{W}pPr"
    assert paragraph[0].find(f"{W}jc").get(f"{W}val") == "both"


def test_accept_all_gives_the_new_text_and_reject_all_the_old(tmp_path: Path) -> None:
    path = revised_act(tmp_path)
    accepted = docx.Document(str(path))
    accept_all(accepted.element.body)
    assert paragraph_text(accepted.paragraphs[2]._p) == NEW
    rejected = docx.Document(str(path))
    reject_all(rejected.element.body)
    assert paragraph_text(rejected.paragraphs[2]._p) == OLD
    # other paragraphs untouched
    assert accepted.paragraphs[3].text == "§ 3. Urzędem kieruje Burmistrz."


def test_the_revised_act_is_refused_as_input_until_accepted(tmp_path: Path) -> None:
    with pytest.raises(ActError, match="niezaakceptowane śledzone zmiany"):
        parse_act(revised_act(tmp_path))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_revised_act(tmp_path: Path) -> None:
    path = revised_act(tmp_path)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180, check=False,
    )
    pdf = tmp_path / "tekst_ujednolicony.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              timeout=60, check=True).stdout
        assert "Miejski" in text  # LibreOffice shows insertions (and deletions, struck out)
    # and LibreOffice reads them as tracked changes by „szj”, not as plain text
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "odt", "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180, check=True,
    )
    with zipfile.ZipFile(tmp_path / "tekst_ujednolicony.odt") as odt:
        content = odt.read("content.xml").decode()
    assert content.count("<text:changed-region") == 3
    assert content.count("<dc:creator>szj</dc:creator>") == 3
