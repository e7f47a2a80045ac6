"""Documents 10 and 11 (issue 15): the act after the changes, a copy of the office's .docx with
every change as a Word tracked change, so that „Accept all” gives the clean text."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from act_docx import build_act
from lxml import etree
from test_act_input import REGULAMIN_FIELD, regulamin, regulamin_paragraphs
from workbooks import TODAY, Sheets, set_field, valid_sheets, write_workbook

from generator import pipeline
from generator.acts.document import paragraph_text
from generator.acts.revisions import accept_all, reject_all
from generator.workbook import schema as s

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REGULAMIN_TEXT = "10_tekst_ujednolicony_regulamin.docx"
STATUTE_TEXT = "11_tekst_ujednolicony_statut.docx"


def changes_sheet(rows: list[list[object]]) -> list[list[object]]:
    header = [c.label for c in s.CHANGES.columns]
    return [header, *([n, *row, "Uzasadnienie."] for n, row in enumerate(rows, start=1))]


def project_with_regulamin(folder: Path) -> Sheets:
    regulamin(folder)
    sheets = valid_sheets()
    set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    sheets[s.CHANGES.name] = changes_sheet([
        ["Regulamin organizacyjny", "§ 12 ust. 3", None,
         "Referat prowadzi sprawy dowodów osobistych."],
        ["Regulamin organizacyjny", "§ 13 pkt 2", None, None],
        ["Regulamin organizacyjny", "§ 13 pkt 3", None, "prowadzenie archiwum zakładowego."],
        ["Regulamin organizacyjny", "§ 5", "Przepis numer 5 regulaminu.",
         "Przepis numer 5 regulaminu.\n1) pierwszy punkt;\n2) drugi punkt."],
        ["Regulamin organizacyjny", "§ 11a", None, "Nowy paragraf o e-usługach."],
        ["Statut", "§ 30a", None, "Burmistrz zapewnia obsługę elektroniczną."],
    ])
    return sheets


def generate(folder: Path, sheets: Sheets, *, pdf: bool = False) -> pipeline.Generated:
    path = write_workbook(folder / "projekt.xlsx", sheets)
    settings = pipeline.GenerateSettings(today=TODAY, output_dir=folder / "wyniki", pdf=pdf)
    [result] = pipeline.generate([path], settings)
    assert result.ok, (result.failure, result.checked.validation and [
        i.message for i in result.checked.validation.issues])
    return result


def body_texts(docx_bytes: bytes, resolve=None) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    if resolve is not None:
        resolve(root)
    return [paragraph_text(p) for p in root.find(f"{W}body").findall(f"{W}p")]


def expected_after_changes() -> list[str]:
    texts = regulamin_paragraphs()
    at = texts.index("§ 5. Przepis numer 5 regulaminu.")
    texts[at + 1:at + 1] = ["1) pierwszy punkt;", "2) drugi punkt."]
    texts.insert(texts.index("§ 11. Przepis numer 11 regulaminu.") + 1,
                 "§ 11a. Nowy paragraf o e-usługach.")
    texts[texts.index("3. Referat prowadzi sprawy dowodów.")] = (
        "3. Referat prowadzi sprawy dowodów osobistych."
    )
    texts.remove("2) obsługa sekretariatu.")
    texts.append("3) prowadzenie archiwum zakładowego.")
    return texts


def test_accept_all_gives_the_act_after_the_changes_and_reject_all_the_act(
    tmp_path: Path,
) -> None:
    result = generate(tmp_path, project_with_regulamin(tmp_path))
    data = (result.folder / REGULAMIN_TEXT).read_bytes()
    assert body_texts(data, accept_all) == expected_after_changes()
    assert body_texts(data, reject_all) == regulamin_paragraphs()


def test_the_changes_are_tracked_by_szj_on_the_step_5_date(tmp_path: Path) -> None:
    result = generate(tmp_path, project_with_regulamin(tmp_path))
    with zipfile.ZipFile(result.folder / REGULAMIN_TEXT) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    revisions = [*root.iter(f"{W}ins"), *root.iter(f"{W}del")]
    assert len(revisions) > 10
    assert {r.get(f"{W}author") for r in revisions} == {"szj"}
    assert {r.get(f"{W}date") for r in revisions} == {"2026-10-25T00:00:00Z"}  # last step 5
    ids = [r.get(f"{W}id") for r in revisions]
    assert len(ids) == len(set(ids))
    # a deleted or inserted paragraph mark is the first child of the paragraph's w:rPr
    for mark in root.iter(f"{W}rPr"):
        if mark.getparent().tag == f"{W}pPr" and len(mark):
            assert mark[0].tag in (f"{W}ins", f"{W}del")
            assert mark.getparent()[-1] is mark


def stopped_before_step_5(sheets: Sheets, step_5: str) -> Sheets:
    """Steps 1–4 done; step 5 `step_5` („w toku” or „nie rozpoczęto”) with no date yet."""
    rows = [r for r in sheets[s.STEPS.name][1:] if r[0] <= 4 or r[0] >= 7]
    rows.insert(4, [5, "Propozycje", None, None, step_5, None, None])
    rows.insert(5, [6, "Analiza", None, None, "nie rozpoczęto", None, None])
    for row in rows[6:]:
        row[2:7] = [None, None, "nie rozpoczęto", None, None]
    sheets[s.STEPS.name] = [sheets[s.STEPS.name][0], *rows]
    for row in sheets[s.RESOURCES.name][1:]:
        row[[c.key for c in s.RESOURCES.columns].index("status")] = "zidentyfikowany"
    return sheets


def test_step_5_under_way_without_a_date_leaves_the_changes_undated(tmp_path: Path) -> None:
    """The tracked changes bore the run's date when step 5 had none: never the run's day."""
    sheets = stopped_before_step_5(project_with_regulamin(tmp_path), "w toku")
    result = generate(tmp_path, sheets)
    with zipfile.ZipFile(result.folder / REGULAMIN_TEXT) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    revisions = [*root.iter(f"{W}ins"), *root.iter(f"{W}del")]
    assert revisions and {r.get(f"{W}date") for r in revisions} == {None}
    assert body_texts((result.folder / REGULAMIN_TEXT).read_bytes(), accept_all) == (
        expected_after_changes()
    )


def test_no_consolidated_text_before_step_5_is_reached(tmp_path: Path) -> None:
    sheets = project_with_regulamin(tmp_path)
    sheets[s.STEPS.name] = [r for r in sheets[s.STEPS.name] if r[0] != 4 or r[1] == "Czynność"]
    sheets[s.STEPS.name].insert(4, [4, "Zasoby", None, None, "w toku", None, None])
    result = generate(tmp_path, stopped_before_step_5(sheets, "nie rozpoczęto"))
    assert not (result.folder / REGULAMIN_TEXT).exists()


def test_the_office_styles_and_other_parts_are_kept_byte_for_byte(tmp_path: Path) -> None:
    result = generate(tmp_path, project_with_regulamin(tmp_path))
    with zipfile.ZipFile(tmp_path / "regulamin.docx") as original, \
            zipfile.ZipFile(result.folder / REGULAMIN_TEXT) as written:
        assert original.namelist() == written.namelist()
        for name in original.namelist():
            if name != "word/document.xml":
                assert original.read(name) == written.read(name), name


def test_the_text_is_in_the_manifest_and_only_for_the_act_given(tmp_path: Path) -> None:
    result = generate(tmp_path, project_with_regulamin(tmp_path))
    names = {f.path.name for f in result.files}
    assert REGULAMIN_TEXT in names
    assert STATUTE_TEXT not in names  # the statute changes, but its text is not given
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    data = (result.folder / REGULAMIN_TEXT).read_bytes()
    assert manifest["documents"][REGULAMIN_TEXT]["size"] == len(data)


def test_a_second_run_gives_the_same_bytes(tmp_path: Path) -> None:
    sheets = project_with_regulamin(tmp_path)
    first = generate(tmp_path, sheets)
    data = (first.folder / REGULAMIN_TEXT).read_bytes()
    second = generate(tmp_path, sheets)
    assert (second.folder / REGULAMIN_TEXT).read_bytes() == data


def test_without_the_act_fields_no_consolidated_text(tmp_path: Path) -> None:
    result = generate(tmp_path, valid_sheets())
    names = {f.path.name for f in result.files}
    assert not names & {REGULAMIN_TEXT, STATUTE_TEXT}
    assert "05_projekt_zarzadzenia_regulamin.docx" in names


def test_the_statute_text_is_document_11(tmp_path: Path) -> None:
    build_act(tmp_path / "statut.docx", [
        "STATUT GMINY TESTOWO", "§ 1. Gmina Testowo jest wspólnotą samorządową.",
        *(f"§ {n}. Przepis {n} statutu." for n in range(2, 31)),
    ])
    sheets = valid_sheets()
    set_field(sheets, "Tekst statutu", "statut.docx")
    result = generate(tmp_path, sheets)
    data = (result.folder / STATUTE_TEXT).read_bytes()
    assert body_texts(data, accept_all)[-1] == "§ 30a. Burmistrz zapewnia obsługę elektroniczną."
    assert not (result.folder / REGULAMIN_TEXT).exists()


def test_automatic_numbering_is_kept_and_not_typed_twice(tmp_path: Path) -> None:
    from act_docx import ACT_LIST, Numbered

    build_act(tmp_path / "regulamin.docx", [
        "REGULAMIN ORGANIZACYJNY",
        Numbered(1, 0, "Regulamin określa organizację Urzędu."),
        Numbered(1, 0, "Do Referatu Organizacyjnego należy:"),
        Numbered(1, 2, "prowadzenie spraw kadrowych;"),
        Numbered(1, 2, "obsługa sekretariatu."),
    ], lists={1: ACT_LIST})
    sheets = valid_sheets()
    set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    sheets[s.CHANGES.name] = changes_sheet([
        ["Regulamin organizacyjny", "§ 2 pkt 2", None, "2) obsługa sekretariatu i kancelarii."],
    ])
    result = generate(tmp_path, sheets)
    texts = body_texts((result.folder / REGULAMIN_TEXT).read_bytes(), accept_all)
    assert texts[-1] == "obsługa sekretariatu i kancelarii."  # Word draws „2)” itself


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_through_pdf(tmp_path: Path) -> None:
    result = generate(tmp_path, project_with_regulamin(tmp_path), pdf=True)
    pdf = result.folder / REGULAMIN_TEXT.replace(".docx", ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][pdf.name]["source"]["file"] == REGULAMIN_TEXT
    # and LibreOffice reads the changes as tracked changes by „szj”, not as plain text
    profile = tmp_path / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "odt", "--outdir", str(tmp_path), str(result.folder / REGULAMIN_TEXT)],
        capture_output=True, timeout=180, check=True,
    )
    with zipfile.ZipFile(tmp_path / REGULAMIN_TEXT.replace(".docx", ".odt")) as odt:
        content = odt.read("content.xml").decode()
    regions = content.count("<text:changed-region")
    assert regions >= 5
    assert content.count("<dc:creator>szj</dc:creator>") == regions



def test_words_are_replaced_inside_their_paragraph(tmp_path: Path) -> None:
    regulamin(tmp_path)
    sheets = valid_sheets()
    set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    sheets[s.CHANGES.name] = changes_sheet([
        ["Regulamin organizacyjny", "§ 12 ust. 2 wyrazy", "„Urzędem Stanu  Cywilnego”",
         "Urzędem Stanu Cywilnego i Referatem Podatków"],
    ])
    result = generate(tmp_path, sheets)
    texts = body_texts((result.folder / REGULAMIN_TEXT).read_bytes(), accept_all)
    assert "2. Referat współpracuje z Urzędem Stanu Cywilnego i Referatem Podatków." in texts
    assert len(texts) == len(regulamin_paragraphs())


def test_the_list_end_moves_in_the_consolidated_text(tmp_path: Path) -> None:
    regulamin(tmp_path)
    sheets = valid_sheets()
    set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    sheets[s.CHANGES.name] = changes_sheet([
        ["Regulamin organizacyjny", "§ 13 pkt 3", None, "prowadzenie archiwum."],
    ])
    result = generate(tmp_path, sheets)
    texts = body_texts((result.folder / REGULAMIN_TEXT).read_bytes(), accept_all)
    assert texts[-2:] == ["2) obsługa sekretariatu;", "3) prowadzenie archiwum."]


def test_a_shorter_wording_deletes_paragraphs_and_a_first_ustep_keeps_its_paragraph_mark(
    tmp_path: Path,
) -> None:
    regulamin(tmp_path)
    sheets = valid_sheets()
    set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    sheets[s.CHANGES.name] = changes_sheet([
        ["Regulamin organizacyjny", "§ 12 ust. 1", None, None],
        ["Regulamin organizacyjny", "§ 13", None, "Referat Organizacyjny obsługuje Urząd."],
    ])
    result = generate(tmp_path, sheets)
    texts = body_texts((result.folder / REGULAMIN_TEXT).read_bytes(), accept_all)
    assert texts[-4:] == [
        "§ 12.",
        "2. Referat współpracuje z Urzędem Stanu Cywilnego.",
        "3. Referat prowadzi sprawy dowodów.",
        "§ 13. Referat Organizacyjny obsługuje Urząd.",
    ]
