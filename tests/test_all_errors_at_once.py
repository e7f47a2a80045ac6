"""Every independent error of a workbook in one run (issue 17, item 3)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from workbooks import set_field, valid_sheets, write_workbook

from generator.cli import cli
from generator.workbook import schema as s

DAY = ["--na-dzien", "24.11.2026"]


def run(*args: object):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="szj")


def test_one_workbook_with_errors_in_every_sheet_reports_them_all(tmp_path: Path) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Planowany termin wdrożenia", "kiedyś")  # Projekt!B18
    sheets[s.PEOPLE.name][6][3] = "Prezes"  # Osoby!D7: not a role
    sheets[s.RESOURCES.name][1][5] = "abc"  # Zasoby!F2: not an amount
    sheets[s.CHANGES.name][1][2] = "xyz"  # Zmiany!C2: not an editorial unit
    sheets[s.QMS_DOCUMENTS.name][1][2] = "coś"  # Dokumentacja SZJ!C2: not a kind
    sheets[s.STEPS.name][8][5] = None  # Przebieg!F9: step 6 done without a result (a rule)
    sheets[s.ACTIONS.name][1][5] = "jutro"  # Działania!F2: not a date
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = run("validate", workbook, *DAY)

    assert result.exit_code == 1
    for cell in (
        "Projekt!B18",
        "Osoby!D7",
        "Zasoby!F2",
        "Zmiany!C2",
        "'Dokumentacja SZJ'!C2",
        "Przebieg!F9",
        "Działania!F2",
    ):
        assert f"projekt.xlsx: {cell}: błąd:" in result.stderr, (cell, result.stderr)


def test_a_bad_row_of_osoby_does_not_add_look_up_errors_of_its_own(tmp_path: Path) -> None:
    """Rules that look people up are skipped when a row of Osoby was refused: they would
    only repeat its error („nie ma w arkuszu Osoby”)."""
    sheets = valid_sheets()
    sheets[s.PEOPLE.name][1][3] = "Prezes"  # Anna Nowak, who performed steps 1, 3 and 6
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = run("validate", workbook, *DAY)

    assert result.exit_code == 1
    assert "Osoby!D2: błąd:" in result.stderr
    assert "Przebieg!" not in result.stderr, result.stderr


def test_status_of_a_workbook_with_an_error_shows_what_can_be_read(tmp_path: Path) -> None:
    """Issue 17, item 4: one bad cell no longer hides the whole state."""
    sheets = valid_sheets()
    sheets[s.RESOURCES.name][1][5] = "abc"  # Zasoby!F2
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = run("status", workbook, *DAY)

    assert result.exit_code == 1
    assert "Zasoby!F2: błąd:" in result.stderr
    assert result.stdout.startswith("STAN NIEPEŁNY — skoroszyt zawiera błędy (1 błąd)")
    assert "OR.0123.7.2026 — Elektroniczna obsługa wniosków o dowód osobisty" in result.stdout
    assert "Następny krok: 7" in result.stdout


def test_status_without_a_readable_przebieg_says_the_stage_is_unknown(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[s.STEPS.name][1][2] = "wczoraj"  # Przebieg!C2: not a date
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = run("status", workbook, *DAY)

    assert result.exit_code == 1
    assert "OR.0123.7.2026 — Elektroniczna obsługa" in result.stdout
    assert "STAN NIEZNANY" in result.stdout
    assert "Następny krok" not in result.stdout


def test_register_row_of_an_invalid_workbook_keeps_its_valid_fields(tmp_path: Path) -> None:
    import openpyxl

    folder = tmp_path / "projekty"
    folder.mkdir()
    sheets = valid_sheets()
    sheets[s.RESOURCES.name][1][5] = "abc"
    write_workbook(folder / "projekt.xlsx", sheets)
    target = tmp_path / "rejestr.xlsx"

    assert run("register", folder, "-o", target, *DAY).exit_code == 0

    sheet = openpyxl.load_workbook(target).active
    header = [cell.value for cell in sheet[2]]
    row = dict(zip(header, (cell.value for cell in sheet[3]), strict=True))
    assert row["Znak sprawy"] == "OR.0123.7.2026"
    assert row["Tytuł projektu"] == "Elektroniczna obsługa wniosków o dowód osobisty"
    assert str(row["Następny krok"]).startswith("7")
    assert row["Błędy"] == 1
    assert "stan niepełny" in row["Uwagi"]
