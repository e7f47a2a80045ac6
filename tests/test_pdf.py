"""`szj generate --pdf`: PDF/A-2b copies made by LibreOffice, as a user runs it.

LibreOffice takes a few seconds to start, so one `generate --pdf` run of the example project
is shared by the tests that need the real thing (a module fixture). Without LibreOffice those
tests are skipped, unless `SZJ_REQUIRE_SOFFICE=1` (CI with LibreOffice) makes them fail. The
tests of the command line around LibreOffice (missing, failing, its private profile) replace
the `soffice` call and run everywhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import cli, main
from generator.documents import pdf, profiles
from generator.errors import ConverterError

pytestmark = pytest.mark.slow  # LibreOffice, a browser, killed processes or Hypothesis

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "przyklad.xlsx"
DAY = ["--na-dzien", "2026-12-01"]


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def require_soffice() -> None:
    if pdf.find_soffice() is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")


@dataclass(frozen=True)
class PdfRun:
    workbook: Path
    output: Path
    folder: Path
    result: Result


@pytest.fixture(scope="module")
def pdf_run(tmp_path_factory: pytest.TempPathFactory) -> PdfRun:
    """The example project generated once with `--pdf` (one LibreOffice call)."""
    require_soffice()
    base = tmp_path_factory.mktemp("pdf")
    workbook = base / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    output = base / "output"
    result = run("generate", workbook, "-o", output, "--pdf", *DAY)
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in output.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return PdfRun(workbook, output, folder, result)


def documents(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.docx"))


# --- with LibreOffice ----------------------------------------------------------------------


def test_every_document_has_a_pdf_a_2b_copy(pdf_run: PdfRun) -> None:
    docs = documents(pdf_run.folder)
    assert len(docs) == 8  # the example changes both acts and stands at step 7: no 09 yet
    for document in docs:
        data = document.with_suffix(".pdf").read_bytes()
        assert data.startswith(b"%PDF-"), document.name
        # the XMP metadata names the PDF/A part and conformance (element or attribute form)
        assert re.search(rb"pdfaid:part(?:>|=[\"'])\s*2\b", data), document.name
        assert re.search(rb"pdfaid:conformance(?:>|=[\"'])\s*B\b", data), document.name


def _page_count(path: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, timeout=60, check=True
        )
        match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
        assert match, info.stdout
        return int(match.group(1))
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as work:
            subprocess.run(
                ["pdftoppm", "-r", "20", "-png", str(path), str(Path(work) / "strona")],
                capture_output=True,
                timeout=60,
                check=True,
            )
            return len(list(Path(work).glob("strona*.png")))
    pytest.skip("brak pdfinfo i pdftoppm (poppler-utils) do otwarcia PDF")


def test_every_pdf_opens_with_at_least_one_page(pdf_run: PdfRun) -> None:
    for document in documents(pdf_run.folder):
        assert _page_count(document.with_suffix(".pdf")) >= 1, document.name


def test_the_manifest_lists_the_pdfs_with_their_sha256(pdf_run: PdfRun) -> None:
    manifest = json.loads((pdf_run.folder / "manifest.json").read_text(encoding="utf-8"))
    for document in documents(pdf_run.folder):
        for path in (document, document.with_suffix(".pdf")):
            entry = manifest["documents"][path.name]
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest(), path.name
            assert entry["size"] == path.stat().st_size
    assert {p.name for p in pdf_run.folder.glob("*.pdf")} <= set(manifest["documents"])


def test_the_run_reports_each_pdf_and_leaves_no_work_files(pdf_run: PdfRun) -> None:
    for document in documents(pdf_run.folder):
        assert f"{document.with_suffix('.pdf')}: utworzono" in pdf_run.result.stdout
    assert [p.name for p in pdf_run.output.iterdir()] == [pdf_run.folder.name]


def test_a_rerun_keeps_the_pdfs_without_starting_libreoffice(
    pdf_run: PdfRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p.name: p.read_bytes() for p in pdf_run.folder.iterdir()}

    def no_libreoffice(*args: object, **kwargs: object) -> None:
        raise AssertionError("LibreOffice started although nothing changed")

    monkeypatch.setattr(pdf, "_run_soffice", no_libreoffice)
    result = run("generate", pdf_run.workbook, "-o", pdf_run.output, "--pdf", *DAY)
    assert result.exit_code == 0, result.output
    for document in documents(pdf_run.folder):
        assert f"{document.with_suffix('.pdf')}: bez zmian" in result.stdout
    assert "utworzono" not in result.stdout and "nadpisano" not in result.stdout
    assert {p.name: p.read_bytes() for p in pdf_run.folder.iterdir()} == before


# --- around LibreOffice (no LibreOffice needed) --------------------------------------------


def test_missing_libreoffice_is_a_clear_message_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SZJ_SOFFICE", "szj-nie-ma-takiego-soffice")
    assert pdf.find_soffice() is None
    workbook = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    output = tmp_path / "output"
    argv = ["szj", "generate", str(workbook), "-o", str(output), "--pdf", *DAY]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "nie znaleziono LibreOffice" in err and "zainstaluj LibreOffice" in err
    assert "Traceback" not in err
    assert not output.exists()


def blank_pdf() -> bytes:
    """A real one-page PDF, as LibreOffice would write (the tool post-processes it)."""
    import io

    import pikepdf

    document = pikepdf.new()
    document.add_blank_page()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@dataclass
class FakeSoffice:
    """Stands in for the LibreOffice process: records each call, checks the private profile
    while LibreOffice would be running, and writes a PDF per document."""

    calls: list[list[str]]
    profiles: list[Path]
    returncode: int = 0

    def __call__(self, command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
        self.calls.append(command)
        (profile_uri,) = [a for a in command if a.startswith("-env:UserInstallation=")]
        profile = Path(profile_uri.removeprefix("-env:UserInstallation=file://"))
        # fresh: only the settings that forbid fetching linked content, and the owner lock
        settings = profile / "user" / "registrymodifications.xcu"
        assert sorted(p.relative_to(profile) for p in profile.rglob("*") if p.is_file()) == [
            Path(profiles.OWNER_FILE),
            settings.relative_to(profile),
        ]
        assert "BlockUntrustedRefererLinks" in settings.read_text(encoding="utf-8")
        assert str(profile).startswith(tempfile.gettempdir())  # a temporary folder
        self.profiles.append(profile)
        out_dir = Path(command[command.index("--outdir") + 1])
        if self.returncode == 0:
            for document in command[command.index("--outdir") + 2 :]:
                (out_dir / f"{Path(document).stem}.pdf").write_bytes(blank_pdf())
        return subprocess.CompletedProcess(command, self.returncode, "", "Error: source file")


@pytest.fixture
def fake_soffice(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSoffice]:
    monkeypatch.setenv("SZJ_SOFFICE", sys.executable)  # any executable: "found"
    fake = FakeSoffice([], [])
    monkeypatch.setattr(pdf, "_run_soffice", fake)
    yield fake


def test_one_libreoffice_call_per_run_with_a_fresh_private_profile(
    fake_soffice: FakeSoffice, tmp_path: Path
) -> None:
    """A private, empty profile per run is what lets the conversion work while the user has
    LibreOffice open (a shared profile would hand the job to the running instance)."""
    workbook = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    result = run("generate", workbook, "-o", tmp_path / "output", "--pdf", *DAY)
    assert result.exit_code == 0, result.output
    (command,) = fake_soffice.calls  # all the documents, one LibreOffice start
    assert sum(a.endswith(".docx") for a in command) == 8  # step 7: no 09 yet
    assert "--headless" in command and "--norestore" in command
    assert pdf.PDFA_FILTER in command and '"SelectPdfVersion"' in pdf.PDFA_FILTER
    assert '"value":"2"' in pdf.PDFA_FILTER
    (profile,) = fake_soffice.profiles
    assert not profile.exists()  # removed after the run

    second = tmp_path / "drugi.xlsx"
    shutil.copyfile(EXAMPLE, second)
    run("generate", second, "-o", tmp_path / "inne", "--pdf", *DAY)
    assert len(fake_soffice.profiles) == 2 and fake_soffice.profiles[0] != fake_soffice.profiles[1]


def test_a_failed_conversion_is_a_polish_error(fake_soffice: FakeSoffice, tmp_path: Path) -> None:
    fake_soffice.returncode = 1
    document = tmp_path / "01_decyzja_o_podjeciu_prac.docx"
    document.write_bytes(b"docx")
    with pytest.raises(ConverterError, match="LibreOffice nie utworzył: 01_decyzja"):
        pdf.convert_to_pdf([document], tmp_path / "pdf")


# --- the manifest between runs with and without --pdf (issue 17, item 5) --------------------


def _manifest_documents(output: Path) -> dict[str, dict[str, object]]:
    (folder,) = [p for p in output.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]


def test_a_pdf_run_after_a_plain_run_updates_the_manifest_without_force(
    fake_soffice: FakeSoffice, tmp_path: Path
) -> None:
    workbook = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    output = tmp_path / "output"
    assert run("generate", workbook, "-o", output, *DAY).exit_code == 0

    with_pdf = run("generate", workbook, "-o", output, "--pdf", *DAY)

    assert with_pdf.exit_code == 0, with_pdf.output
    assert "manifest.json: nadpisano" in with_pdf.stdout
    assert "pominięto" not in with_pdf.stdout
    listed = _manifest_documents(output)
    assert sum(name.endswith(".pdf") for name in listed) == 8  # step 7: no 09 yet


def test_a_plain_run_after_a_pdf_run_keeps_the_manifest_and_its_pdfs(
    fake_soffice: FakeSoffice, tmp_path: Path
) -> None:
    workbook = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    output = tmp_path / "output"
    assert run("generate", workbook, "-o", output, "--pdf", *DAY).exit_code == 0
    before = _manifest_documents(output)

    plain = run("generate", workbook, "-o", output, *DAY)

    assert plain.exit_code == 0, plain.output
    assert "manifest.json: bez zmian" in plain.stdout
    assert _manifest_documents(output) == before


def test_a_manifest_the_tool_did_not_write_is_still_kept_without_force(
    fake_soffice: FakeSoffice, tmp_path: Path
) -> None:
    workbook = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, workbook)
    output = tmp_path / "output"
    assert run("generate", workbook, "-o", output, *DAY).exit_code == 0
    (folder,) = [p for p in output.iterdir() if p.is_dir() and not p.name.startswith(".")]
    (folder / "manifest.json").write_text('{"mój": "plik"}\n', encoding="utf-8")

    with_pdf = run("generate", workbook, "-o", output, "--pdf", *DAY)

    assert "manifest.json: pominięto" in with_pdf.stdout
    assert (folder / "manifest.json").read_text(encoding="utf-8") == '{"mój": "plik"}\n'
