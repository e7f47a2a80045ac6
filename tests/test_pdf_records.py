"""PDFs as records: never stale, never overwritten without `--force`, the same bytes for the
same .docx, and a manifest that says which .docx each PDF came from (issue 16, items 3, 6).

These run the real LibreOffice: skipped without it, failed when `SZJ_REQUIRE_SOFFICE=1`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pikepdf
import pytest
from click.testing import CliRunner, Result

from generator.cli import cli
from generator.documents import pdf, pdf_bytes

pytestmark = pytest.mark.slow  # LibreOffice, a browser, killed processes or Hypothesis

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "przyklad.xlsx"
DAY = ["--na-dzien", "2026-12-01"]
SKIPPED = "pominięto (istnieje, użyj --force)"
FIRST = "01_decyzja_o_podjeciu_prac"


@pytest.fixture(autouse=True)
def _soffice() -> None:
    if pdf.find_soffice() is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def set_title(workbook: Path, title: str) -> None:
    book = openpyxl.load_workbook(workbook)
    sheet = book["Projekt"]
    (row,) = [r for r in range(1, 40) if sheet.cell(r, 1).value == "Tytuł projektu"]
    sheet.cell(row, 2).value = title
    book.save(workbook)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    return " ".join(done.stdout.split())


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_manifest_vouches_for_every_pdf(folder: Path) -> None:
    """Every PDF is listed with its own hash and the hash of the .docx beside it."""
    documents = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]
    pdfs = sorted(folder.glob("*.pdf"))
    assert pdfs
    for path in pdfs:
        entry = documents[path.name]
        assert entry["sha256"] == sha(path), path.name
        docx = path.with_suffix(".docx")
        assert entry["source"] == {"file": docx.name, "sha256": sha(docx)}, path.name


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    workbook = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    set_title(workbook, "STARY TYTUŁ")
    return workbook, tmp_path / "output"


def folder_of(output: Path) -> Path:
    (folder,) = [p for p in output.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return folder


def test_a_docx_regenerated_without_pdf_never_keeps_a_stale_pdf(
    project: tuple[Path, Path],
) -> None:
    """Issue 16 item 3: the PDF said „STARY TYTUŁ”, the .docx „NOWY TYTUŁ”, and `--pdf`
    runs (even with `--force`) reported it „bez zmian” with the manifest vouching for it."""
    workbook, output = project
    assert run("generate", workbook, "-o", output, "--pdf", *DAY).exit_code == 0
    folder = folder_of(output)
    set_title(workbook, "NOWY TYTUŁ")
    assert run("generate", workbook, "-o", output, "--force", *DAY).exit_code == 0
    stale = (folder / f"{FIRST}.pdf").read_bytes()

    again = run("generate", workbook, "-o", output, "--pdf", *DAY)
    assert again.exit_code == 0, again.output
    assert f"{folder / FIRST}.pdf: {SKIPPED}" in again.stdout  # not „bez zmian”
    assert (folder / f"{FIRST}.pdf").read_bytes() == stale  # the --force rule holds
    listed = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert f"{FIRST}.pdf" not in listed  # the manifest does not vouch for the stale PDF

    forced = run("generate", workbook, "-o", output, "--pdf", "--force", *DAY)
    assert forced.exit_code == 0, forced.output
    assert f"{folder / FIRST}.pdf: nadpisano" in forced.stdout
    assert "NOWY TYTUŁ" in pdf_text(folder / f"{FIRST}.pdf")
    assert "STARY TYTUŁ" not in pdf_text(folder / f"{FIRST}.pdf")
    assert_manifest_vouches_for_every_pdf(folder)


def test_a_run_killed_during_pdf_is_repaired_by_the_next(
    project: tuple[Path, Path], tmp_path: Path
) -> None:
    """Killed after the documents were replaced and before their PDFs: the next run sees
    from the manifest that the PDFs came from other documents and makes them again."""
    workbook, output = project
    assert run("generate", workbook, "-o", output, "--pdf", *DAY).exit_code == 0
    folder = folder_of(output)
    set_title(workbook, "NOWY TYTUŁ")
    killer = tmp_path / "soffice"  # "LibreOffice" that kills the run that started it
    killer.write_text("#!/bin/sh\nkill -9 $PPID\nsleep 30\n", encoding="utf-8")
    killer.chmod(0o755)
    command = [sys.executable, "-m", "generator", "generate", str(workbook), "-o", str(output)]
    killed = subprocess.run(
        [*command, "--pdf", "--force", *DAY],
        env={**os.environ, "SZJ_SOFFICE": str(killer)},
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert killed.returncode == -9
    assert "STARY TYTUŁ" in pdf_text(folder / f"{FIRST}.pdf")  # the state the issue found

    repaired = run("generate", workbook, "-o", output, "--pdf", "--force", *DAY)
    assert repaired.exit_code == 0, repaired.output
    assert f"{folder / FIRST}.pdf: nadpisano" in repaired.stdout
    assert "NOWY TYTUŁ" in pdf_text(folder / f"{FIRST}.pdf")
    assert_manifest_vouches_for_every_pdf(folder)
    assert [p.name for p in output.iterdir()] == [folder.name]  # the work folder is gone


def test_a_pdf_signed_after_the_docx_was_removed_is_not_overwritten_without_force(
    project: tuple[Path, Path],
) -> None:
    workbook, output = project
    assert run("generate", workbook, "-o", output, "--pdf", *DAY).exit_code == 0
    folder = folder_of(output)
    (folder / f"{FIRST}.docx").unlink()
    signed = folder / f"{FIRST}.pdf"
    signed.write_bytes(signed.read_bytes() + b"\n% podpis kwalifikowany\n")
    before = signed.read_bytes()

    result = run("generate", workbook, "-o", output, "--pdf", *DAY)
    assert result.exit_code == 0, result.output
    assert f"{signed}: {SKIPPED}" in result.stdout
    assert signed.read_bytes() == before


def test_the_same_docx_gives_the_same_pdf_a_bytes(tmp_path: Path) -> None:
    """LibreOffice stamps the time and a random ID; the tool fixes both (PDF/A kept)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Decyzja o podjęciu prac")
    document.core_properties.title = "Decyzja"
    docx = tmp_path / "decyzja.docx"
    document.save(str(docx))
    made = [pdf.convert_to_pdf([docx], tmp_path / f"pdf{n}")[0].read_bytes() for n in (1, 2)]
    assert made[0] == made[1]
    with pikepdf.open(tmp_path / "pdf1" / "decyzja.pdf") as result:
        meta = result.open_metadata()
        assert meta.pdfa_status == "2B"  # pdfaid:part 2, conformance B
        created = result.docinfo["/CreationDate"]
        assert created == result.docinfo["/ModDate"]
        assert meta["xmp:CreateDate"] == meta["xmp:ModifyDate"]
        stamp = pdf_bytes.docx_modified(docx.read_bytes())
        assert str(created).startswith(stamp.strftime("D:%Y%m%d%H%M%S"))
        assert meta["xmp:CreateDate"] == stamp.isoformat()


def test_two_concurrent_pdf_runs_leave_a_manifest_matching_the_pdfs(
    project: tuple[Path, Path],
) -> None:
    workbook, output = project
    command = [sys.executable, "-m", "generator", "generate", str(workbook), "-o", str(output)]
    runs = [
        subprocess.Popen([*command, "--pdf", "--force", *DAY], cwd=ROOT, stdout=subprocess.PIPE)
        for _ in range(2)
    ]
    for started in runs:
        started.communicate(timeout=300)
    folder = folder_of(output)
    assert len(list(folder.glob("*.pdf"))) == 8  # step 7: no 09 yet
    assert_manifest_vouches_for_every_pdf(folder)


def test_pdf_of_one_document_keeps_the_manifest_of_the_others(
    project: tuple[Path, Path],
) -> None:
    """`--pdf --dokument 08` wrote a manifest listing only 08 and its PDF: the other
    documents and their PDFs lost the manifest's word for them."""
    workbook, output = project
    assert run("generate", workbook, "-o", output, "--pdf", *DAY).exit_code == 0
    folder = folder_of(output)
    before = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]

    again = run("generate", workbook, "-o", output, "--pdf", "--dokument", "08",
                "--na-dzien", "2026-12-02")
    assert again.exit_code == 0, again.output
    after = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert sorted(after) == sorted(before)
    checklist = "08_lista_kontrolna"
    assert after[f"{checklist}.docx"] != before[f"{checklist}.docx"]  # the day changed it
    unchanged = {n: e for n, e in before.items() if not n.startswith(checklist)}
    assert {n: after[n] for n in unchanged} == unchanged
    assert_manifest_vouches_for_every_pdf(folder)


def test_the_checklists_pdf_follows_it_the_next_day_without_force(
    project: tuple[Path, Path],
) -> None:
    """08 is a report refreshed every run; its PDF stayed at the day before („pominięto”)
    and dropped out of the manifest."""
    workbook, output = project
    assert run("generate", workbook, "-o", output, "--pdf", *DAY).exit_code == 0
    folder = folder_of(output)
    again = run("generate", workbook, "-o", output, "--pdf", "--na-dzien", "2026-12-02")
    assert again.exit_code == 0, again.output
    assert "2 grudnia 2026" in pdf_text(folder / "08_lista_kontrolna.pdf")
    assert SKIPPED not in again.stdout
    assert_manifest_vouches_for_every_pdf(folder)
