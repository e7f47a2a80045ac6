"""`szj register` as a user runs it, and what it leaves on disk: never over an input workbook
or a file it did not create without `--force`, nothing written for a folder that is not there,
its own registers never read as projects, a shared znak sprawy shown, no temporary litter."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import time
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from user_cli import Ran, szj
from workbooks import set_field, valid_sheets, write_workbook

from generator import messages as msg
from generator.documents import pdf
from generator.documents.output import STALE_TEMPORARY_SECONDS, TEMPORARY_PREFIX, TEMPORARY_SUFFIX

DAY = ["--na-dzien", "2026-11-24"]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args: szj(monkeypatch, capsys, *args)


def projects(tmp_path: Path, count: int = 1) -> Path:
    folder = tmp_path / "projekty"
    folder.mkdir()
    for number in range(1, count + 1):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", f"OR.0123.{number}.2026")
        write_workbook(folder / f"projekt{number}.xlsx", sheets)
    return folder


def register_rows(path: Path) -> list[dict[str, object]]:
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    return [dict(zip(rows[1], row, strict=True)) for row in rows[2:]]  # under title, header


def temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"))


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_register_never_replaces_an_input_workbook(run, tmp_path: Path, force) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    workbook = folder / "projekt1.xlsx"
    before = workbook.read_bytes()
    ran: Ran = run("register", folder, "-o", workbook, *force, *DAY)
    assert ran.exit_code == 1
    assert msg.REGISTER_TARGET_IS_INPUT.format(target=workbook) in ran.stderr
    assert workbook.read_bytes() == before
    assert temporaries(folder) == []


def test_register_keeps_a_file_it_did_not_create_unless_forced(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    other = tmp_path / "inne" / "budzet.xlsx"
    other.parent.mkdir()
    write_workbook(other, {"Budżet": [["Pozycja", "Kwota"], ["Papier", 120]]})
    before = other.read_bytes()

    refused = run("register", folder, "-o", other, *DAY)
    assert refused.exit_code == 1
    assert msg.REGISTER_TARGET_FOREIGN.format(target=other) in refused.stderr
    assert other.read_bytes() == before

    forced = run("register", folder, "-o", other, "--force", *DAY)
    assert forced.exit_code == 0, forced.stderr
    assert [r["Plik"] for r in register_rows(other)] == ["projekt1.xlsx"]


def test_a_changed_register_needs_force_and_an_unchanged_one_is_left_alone(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    target = tmp_path / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    first = target.read_bytes()

    again = run("register", folder, "-o", target, *DAY)
    assert again.exit_code == 0, again.stderr
    assert again.stdout.startswith(f"{target}: rejestr bez zmian")
    assert target.read_bytes() == first

    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", "OR.0123.9.2026")
    write_workbook(folder / "projekt9.xlsx", sheets)
    changed = run("register", folder, "-o", target, *DAY)
    assert changed.exit_code == 1
    assert msg.REGISTER_EXISTS.format(target=target) in changed.stderr
    assert target.read_bytes() == first

    forced = run("register", folder, "-o", target, "--force", *DAY)
    assert forced.exit_code == 0, forced.stderr
    assert len(register_rows(target)) == 2


@pytest.mark.parametrize("existing", [True, False], ids=["register-kept", "nothing-created"])
def test_register_of_a_mistyped_folder_writes_nothing(run, tmp_path: Path, existing) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    target = tmp_path / "rejestr.xlsx"
    if existing:
        assert run("register", folder, "-o", target, *DAY).exit_code == 0
    before = target.read_bytes() if existing else None
    typo = tmp_path / "projkety"

    ran = run("register", typo, "-o", target, "--force", *DAY)

    assert ran.exit_code == 1
    assert ran.stderr == (
        "błąd: "
        + msg.REGISTER_FOLDER_MISSING.format(folder=typo, looked=typo.absolute())
        + "\n"
    )
    assert (target.read_bytes() if target.exists() else None) == before
    assert temporaries(tmp_path) == []


def test_register_of_a_folder_without_workbooks_keeps_the_register(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rejestr.xlsx"
    assert run("register", projects(tmp_path), "-o", target, *DAY).exit_code == 0
    before = target.read_bytes()
    empty = tmp_path / "pusty"
    empty.mkdir()
    ran = run("register", empty, "-o", target, "--force", *DAY)
    assert ran.exit_code == 1
    assert msg.REGISTER_NOT_WRITTEN.format(target=target) in ran.stderr
    assert target.read_bytes() == before


def test_a_register_inside_the_folder_is_never_read_as_a_project(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path, 2)
    target = folder / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    old_style = folder / "rejestr-2025.xlsx"  # written before registers carried a marker
    write_workbook(old_style, {"Rejestr projektów": [["Plik", "Znak sprawy"], ["a.xlsx", "X"]]})

    ran = run("register", folder, "-o", target, *DAY)

    assert ran.exit_code == 0, ran.stderr
    assert ran.stdout.startswith(f"{target}: rejestr bez zmian — 2 projekty")
    assert f"{target}: {msg.REGISTER_PASSED_OVER}" in ran.stderr
    assert f"{old_style}: {msg.REGISTER_PASSED_OVER}" in ran.stderr
    assert [r["Plik"] for r in register_rows(target)] == ["projekt1.xlsx", "projekt2.xlsx"]
    validated = run("validate", folder, *DAY)
    assert validated.exit_code == 0, validated.stderr


def test_a_shared_case_sign_is_marked_on_both_rows(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path, 2)
    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", "OR.0123.1.2026")
    write_workbook(folder / "projekt1-kopia.xlsx", sheets)
    target = tmp_path / "rejestr.xlsx"

    ran = run("register", folder, "-o", target, *DAY)

    assert ran.exit_code == 0, ran.stderr
    warning = msg.REGISTER_DUPLICATE_CASE_SIGN.format(
        sign="OR.0123.1.2026", files="projekt1-kopia.xlsx, projekt1.xlsx"
    )
    assert warning in ran.stderr
    rows = {r["Plik"]: r for r in register_rows(target)}
    assert rows["projekt1.xlsx"]["Uwagi"] == "ten sam znak sprawy co: projekt1-kopia.xlsx"
    assert rows["projekt1-kopia.xlsx"]["Uwagi"] == "ten sam znak sprawy co: projekt1.xlsx"
    assert not rows["projekt2.xlsx"]["Uwagi"]
    sheet = openpyxl.load_workbook(target).active
    fills = {sheet.cell(row=n, column=1).value: sheet.cell(row=n, column=1).fill.fgColor.rgb
             for n in (3, 4, 5)}
    assert fills["projekt1.xlsx"] == fills["projekt1-kopia.xlsx"] != fills["projekt2.xlsx"]


def test_register_does_not_write_through_a_link(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    elsewhere = tmp_path / "cudzy.xlsx"
    elsewhere.write_bytes(b"nie ruszac")
    link = tmp_path / "rejestr.xlsx"
    link.symlink_to(elsewhere)
    ran = run("register", folder, "-o", link, "--force", *DAY)
    assert ran.exit_code == 1
    assert msg.TARGET_IS_LINK.format(path=link) in ran.stderr
    assert link.is_symlink() and elsewhere.read_bytes() == b"nie ruszac"


def test_leftover_temporaries_beside_the_register_are_removed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    leftover = tmp_path / f"{TEMPORARY_PREFIX}zabity{TEMPORARY_SUFFIX}"
    leftover.write_bytes(b"PK\x03\x04 half a register")
    old = time.time() - STALE_TEMPORARY_SECONDS - 60
    os.utime(leftover, (old, old))
    assert run("register", folder, "-o", tmp_path / "rejestr.xlsx", *DAY).exit_code == 0
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("fault", ["refused", "terminated"])
def test_a_failed_or_terminated_write_leaves_the_register_and_no_temporary(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    target = tmp_path / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    before = target.read_bytes()
    real_fsync = os.fsync

    def failing_fsync(descriptor: int) -> None:
        if fault == "terminated":  # `kill` (SIGTERM) while the temporary file is written
            if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
                raise AssertionError("SIGTERM would end the run before its clean-up")
            os.kill(os.getpid(), signal.SIGTERM)
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    ran = run("register", folder, "-o", target, "--force", "--na-dzien", "2027-06-01")
    monkeypatch.setattr(os, "fsync", real_fsync)

    if fault == "terminated":
        assert ran.exit_code == 128 + signal.SIGTERM
    else:
        assert ran.exit_code == 1
        assert f"{target}: nie można zapisać — {msg.OUTPUT_NO_PERMISSION}" in ran.stderr
    assert target.read_bytes() == before
    assert temporaries(tmp_path) == []


def _finished(sheets: dict[str, list[list[object]]]) -> dict[str, list[list[object]]]:
    """All nine steps done and the first internal audit held; the preventive action of
    `valid_sheets` (Katarzyna Wójcik, due 01.02.2027) is still open."""
    sheets["Przebieg"][9][2:6] = ["30.10.2026", "Jan Kowalski", "wykonano", "zatwierdzono"]
    sheets["Przebieg"][10][2:5] = ["05.11.2026", "Anna Nowak", "wykonano"]
    sheets["Przebieg"][11][2:5] = ["10.11.2026", "Anna Nowak", "wykonano"]
    set_field(sheets, "Data przeprowadzenia pierwszego auditu", datetime(2026, 11, 20))
    set_field(sheets, "Nr raportu z auditu", "7/2026")
    return sheets


def report_folder(tmp_path: Path) -> Path:
    """Four projects as a Secretary has them: under way, one overdue, one finished with an
    action still open, one invalid."""
    folder = projects(tmp_path)
    late = valid_sheets()
    set_field(late, "Znak sprawy", "OR.0123.2.2026")
    late["Działania"][1][5] = datetime(2026, 11, 1)  # open and past its Termin
    write_workbook(folder / "projekt2.xlsx", late)
    done = _finished(valid_sheets())
    set_field(done, "Znak sprawy", "OR.0123.3.2026")
    write_workbook(folder / "projekt3.xlsx", done)
    bad = valid_sheets()
    set_field(bad, "Znak sprawy", "OR.0123.4.2026")
    bad["Osoby"] = bad["Osoby"][:1]
    write_workbook(folder / "projekt4.xlsx", bad)
    return folder


def test_register_is_set_up_to_print_a4_landscape_with_title_and_header_on_every_page(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rejestr.xlsx"
    assert run("register", report_folder(tmp_path), "-o", target, *DAY).exit_code == 0
    sheet = openpyxl.load_workbook(target).active

    assert sheet["A1"].value == "Rejestr projektów zmian — stan na dzień 24.11.2026"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4 in the OOXML numbering
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (int(sheet.page_setup.fitToWidth), int(sheet.page_setup.fitToHeight)) == (1, 0)
    assert sheet.print_title_rows == "$1:$2"  # the title and the header row
    assert sheet.freeze_panes == "A3"
    assert sheet.tables["Rejestr"].ref == "A2:N6"  # header and filters under the title
    assert sheet["C2"].value == "Tytuł projektu" and sheet["C2"].alignment.wrap_text
    assert all(sheet.cell(row=3, column=c).alignment.wrap_text for c in (3, 5, 7, 14))


def test_overdue_rows_turn_red_by_comparing_the_nearest_deadline_with_the_day(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rejestr.xlsx"
    assert run("register", report_folder(tmp_path), "-o", target, *DAY).exit_code == 0
    sheet = openpyxl.load_workbook(target).active

    [(ranges, rules)] = [(str(cf.sqref), cf.rules) for cf in sheet.conditional_formatting]
    assert ranges == "A3:N6"
    [rule] = rules
    assert rule.formula == ["AND(ISNUMBER($I3),$I3<DATE(2026,11,24))"]
    assert rule.dxf.fill.fgColor.rgb not in (None, "00000000")
    assert sheet["I2"].value == "Najbliższy termin"
    deadlines = {sheet.cell(row=n, column=1).value: sheet.cell(row=n, column=9).value
                 for n in range(3, 7)}
    assert deadlines["projekt2.xlsx"] == datetime(2026, 11, 1)  # before 24.11.2026: red
    assert deadlines["projekt1.xlsx"] == datetime(2027, 2, 1)  # not yet due: not red
    # invalid: what could be read stays in the row (issue 17, item 4), its action not yet due
    assert deadlines["projekt4.xlsx"] == datetime(2027, 2, 1)


def test_a_finished_project_names_its_open_action_with_who_and_when(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rejestr.xlsx"
    assert run("register", report_folder(tmp_path), "-o", target, *DAY).exit_code == 0
    row = {r["Plik"]: r for r in register_rows(target)}["projekt3.xlsx"]

    assert row["Następny krok"] == "—"
    assert row["Uwagi"] == msg.REGISTER_REMARK_FINISHED_OPEN.format(count=1)
    assert row["Uwagi"] != "zakończono"
    assert row["Działania otwarte"] == (
        "• Instrukcja dla mieszkańców — Katarzyna Wójcik, termin 01.02.2027"
    )


def _calc_installed(soffice: str) -> bool:
    """Calc's filters beside `soffice`: with only Writer installed, xlsx cannot be converted."""
    program = Path(soffice).resolve().parent
    return any(program.glob("libscfiltlo.so")) or any(program.glob("scfilt*.dll"))


@pytest.mark.slow
def test_register_printed_by_libreoffice_has_landscape_pages_and_the_title(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import pikepdf

    soffice = pdf.find_soffice()
    pdftotext = shutil.which("pdftotext")
    if not (soffice and _calc_installed(soffice) and pdftotext):
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice Calc i pdftotext są wymagane (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("brak LibreOffice Calc (soffice) albo pdftotext")
    target = tmp_path / "rejestr.xlsx"
    assert run("register", report_folder(tmp_path), "-o", target, *DAY).exit_code == 0
    out = tmp_path / "pdf"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(target)],
        check=True, capture_output=True, timeout=120,
    )
    printed = out / "rejestr.pdf"

    with pikepdf.open(printed) as document:
        boxes = [[float(v) for v in page.mediabox] for page in document.pages]
    assert boxes and all(round(x1 - x0) == 842 and round(y1 - y0) == 595
                         for x0, y0, x1, y1 in boxes)  # A4 landscape, in points
    text = subprocess.run([pdftotext, "-layout", str(printed), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    assert "Rejestr projektów zmian — stan na dzień 24.11.2026" in text
    assert "Tytuł projektu" in text and "OR.0123.3.2026" in text
