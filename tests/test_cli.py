"""`szj validate` as a user runs it: exit codes, issue lines on stderr, summaries on stdout."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from workbooks import valid_sheets

from generator.cli import cli

DAY = ["--na-dzien", "2026-11-24"]


def run(*args: object) -> Result:
    # Click ≥ 8.2 keeps stdout and stderr apart (`result.stdout`, `result.stderr`);
    # `result.output` is both, interleaved as a terminal would show them.
    return CliRunner().invoke(cli, [str(a) for a in args])


def invalid_sheets():
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"  # Cena jednostkowa
    return sheets


def test_valid_workbook_exits_0_with_a_summary_on_stdout(make_workbook) -> None:
    result = run("validate", make_workbook(), *DAY)
    assert result.exit_code == 0, result.output
    assert result.stdout == "projekt.xlsx: poprawny (0 ostrzeżeń)\n"
    assert result.stderr == ""


def test_warnings_alone_still_exit_0(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][5] = datetime(2026, 11, 1)  # open action past its Termin
    result = run("validate", make_workbook(sheets), *DAY)
    assert result.exit_code == 0
    assert result.stderr == (
        "projekt.xlsx: Działania!F2: ostrzeżenie: działanie otwarte po terminie (01.11.2026)\n"
    )
    assert "poprawny (1 ostrzeżenie)" in result.stdout


def test_invalid_workbook_exits_1_with_the_cell_on_stderr(make_workbook) -> None:
    result = run("validate", make_workbook(invalid_sheets()), *DAY)
    assert result.exit_code == 1
    assert "projekt.xlsx: Zasoby!F2: błąd: „abc” nie jest kwotą" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout.startswith("projekt.xlsx: 1 błąd")
    assert "Zasoby!F2" not in result.stdout


def test_errors_are_listed_before_warnings(make_workbook) -> None:
    sheets = invalid_sheets()
    sheets["Przebieg"][1][3] = "Ktoś Obcy"  # a warning on an earlier sheet
    lines = run("validate", make_workbook(sheets), *DAY).stderr.splitlines()
    assert [line.split(": ")[2] for line in lines] == ["błąd", "ostrzeżenie"]


def test_today_comes_from_na_dzien(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][5] = datetime(2026, 11, 23)
    path = make_workbook(sheets)
    assert "po terminie" in run("validate", path, "--na-dzien", "2026-11-24").stderr
    assert run("validate", path, "--na-dzien", "2026-11-23").stderr == ""


@pytest.mark.parametrize("day", ["2026-13-01", "31.02.2026", "24-11-2026", "jutro"])
def test_bad_na_dzien_is_a_usage_error(make_workbook, day: str) -> None:
    result = run("validate", make_workbook(), "--na-dzien", day)
    assert result.exit_code == 2
    assert "--na-dzien" in result.stderr and f"„{day}”" in result.stderr
    assert result.stdout == ""


def test_no_path_is_a_usage_error() -> None:
    assert run("validate").exit_code == 2


def test_folder_skips_excel_lock_files(make_workbook, tmp_path: Path) -> None:
    make_workbook(name="projekt.xlsx")
    (tmp_path / "~$projekt.xlsx").write_bytes(b"\x0bAnna Nowak" + b"\0" * 150)
    result = run("validate", tmp_path, *DAY)
    assert result.exit_code == 0, result.output
    assert result.stdout == "projekt.xlsx: poprawny (0 ostrzeżeń)\n"
    assert "~$projekt.xlsx: pominięto plik blokady Excela" in result.stderr


def test_folder_reports_every_workbook(make_workbook, tmp_path: Path) -> None:
    make_workbook(name="a_poprawny.xlsx")
    make_workbook(invalid_sheets(), name="b_bledny.xlsx")
    (tmp_path / "notatki.txt").write_text("nie skoroszyt", encoding="utf-8")
    result = run("validate", tmp_path, *DAY)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "a_poprawny.xlsx: poprawny (0 ostrzeżeń)",
        "b_bledny.xlsx: 1 błąd, 0 ostrzeżeń",
    ]
    assert "notatki.txt" not in result.output


def test_text_file_exits_1_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notatka.xlsx"
    path.write_text("Imię i nazwisko;Rola\n", encoding="utf-8")
    result = run("validate", path, *DAY)
    assert result.exit_code == 1
    assert "notatka.xlsx: to nie jest skoroszyt Excel (.xlsx)" in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_exits_1(tmp_path: Path) -> None:
    result = run("validate", tmp_path / "brak.xlsx", *DAY)
    assert result.exit_code == 1
    assert "brak.xlsx: nie znaleziono pliku" in result.stderr


def test_folder_without_workbooks_exits_1(tmp_path: Path) -> None:
    result = run("validate", tmp_path, *DAY)
    assert result.exit_code == 1
    assert "nie znaleziono skoroszytów .xlsx" in result.stderr


def test_a_bad_file_does_not_stop_the_others(make_workbook, tmp_path: Path) -> None:
    good = make_workbook()
    bad = tmp_path / "pusty.xlsx"
    bad.write_bytes(b"")
    result = run("validate", bad, good, *DAY)
    assert result.exit_code == 1
    assert "pusty.xlsx: plik jest pusty" in result.stderr
    assert "projekt.xlsx: poprawny" in result.stdout


# --- the real process ---------------------------------------------------------------------


def run_module(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *(str(a) for a in args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_python_m_generator_exit_codes_and_no_traceback(make_workbook, tmp_path: Path) -> None:
    make_workbook(name="dobry.xlsx")
    make_workbook(invalid_sheets(), name="projekt.xlsx")
    (tmp_path / "notatka.xlsx").write_text("to nie Excel", encoding="utf-8")

    good = run_module("validate", "dobry.xlsx", *DAY, cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    assert good.stdout == "dobry.xlsx: poprawny (0 ostrzeżeń)\n"

    bad = run_module("validate", "projekt.xlsx", "notatka.xlsx", *DAY, cwd=tmp_path)
    assert bad.returncode == 1
    assert "projekt.xlsx: Zasoby!F2: błąd:" in bad.stderr
    assert "notatka.xlsx: to nie jest skoroszyt Excel" in bad.stderr
    assert "Traceback" not in bad.stderr

    usage = run_module("validate", "dobry.xlsx", "--na-dzien", "2026-13-01", cwd=tmp_path)
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr
