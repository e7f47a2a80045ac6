"""`szj status` and `szj register`: where each project stands and who acts next."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from click.testing import CliRunner
from workbooks import set_field, valid_sheets, write_workbook

from generator.cli import cli


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_status_names_the_next_step_and_who_acts(make_workbook) -> None:  # type: ignore[no-untyped-def]
    result = run("status", str(make_workbook()), "--na-dzien", "2026-11-24")
    assert result.exit_code == 0
    assert "Następny krok: 7 — Przedłożenie Burmistrzowi" in result.stdout
    assert "Anna Nowak" in result.stdout and "Jan Kowalski (Burmistrz)" in result.stdout


def test_status_shows_both_review_rounds(make_workbook) -> None:  # type: ignore[no-untyped-def]
    result = run("status", str(make_workbook()), "--na-dzien", "2026-11-24")
    lines = result.stdout.splitlines()
    assert any(line.startswith("5 (r.1)") for line in lines)
    assert any(line.startswith("6 (r.1)") and "do poprawy" in line for line in lines)
    assert any(line.startswith("6 (r.2)") and "wykonano" in line for line in lines)


def test_status_after_a_returned_round_sends_the_project_back_to_step_5(make_workbook) -> None:  # type: ignore[no-untyped-def]
    sheets = valid_sheets()
    sheets["Przebieg"] = sheets["Przebieg"][:7]  # steps 1–4 and round 1 returned
    sheets["Przebieg"] += [[n, None, None, None, "nie rozpoczęto", None, None] for n in (7, 8, 9)]
    result = run("status", str(make_workbook(sheets)), "--na-dzien", "2026-11-24")
    assert result.exit_code == 0
    assert "Następny krok: 5 — " in result.stdout
    assert "Katarzyna Wójcik" in result.stdout.split("Następny krok")[1]


def test_status_lists_warnings_with_their_cells(make_workbook) -> None:  # type: ignore[no-untyped-def]
    result = run("status", str(make_workbook()), "--na-dzien", "2027-03-01")
    assert "Ostrzeżenia:" in result.stdout
    assert "Działania!F2: działanie otwarte po terminie (01.02.2027)" in result.stdout


def test_status_on_several_workbooks_and_an_invalid_one(tmp_path: Path) -> None:
    write_workbook(tmp_path / "a.xlsx", valid_sheets())
    bad = valid_sheets()
    bad["Zasoby"][1][5] = "abc"
    write_workbook(tmp_path / "b.xlsx", bad)
    result = run("status", str(tmp_path), "--na-dzien", "2026-11-24")
    assert result.exit_code == 1
    assert "OR.0123.7.2026" in result.stdout
    assert "b.xlsx: Zasoby!F2: błąd:" in result.stderr


def test_register_lists_every_project_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "projekty"
    folder.mkdir()
    write_workbook(folder / "a.xlsx", valid_sheets())
    late = valid_sheets()
    set_field(late, "Znak sprawy", "OR.0123.9.2026")
    late["Działania"][1][5] = datetime(2026, 11, 1)  # open and past its Termin
    write_workbook(folder / "b.xlsx", late)
    bad = valid_sheets()
    bad["Osoby"] = bad["Osoby"][:1]
    write_workbook(folder / "c.xlsx", bad)
    (folder / "~$a.xlsx").write_bytes(b"lock")
    target = tmp_path / "rejestr.xlsx"

    result = run("register", str(folder), "-o", str(target), "--na-dzien", "2026-11-24")

    assert result.exit_code == 0, result.stderr
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header, data = rows[1], rows[2:]  # row 1 is the title
    assert [r[0] for r in data] == ["a.xlsx", "b.xlsx", "c.xlsx"]
    by_file = {r[0]: dict(zip(header, r, strict=True)) for r in data}
    assert by_file["a.xlsx"]["Znak sprawy"] == "OR.0123.7.2026"
    assert by_file["a.xlsx"]["Następny krok"].startswith("7 — ")
    assert by_file["a.xlsx"]["Kto działa"] == "Jan Kowalski"  # step 7 submitted: the Mayor decides
    assert by_file["b.xlsx"]["Działania po terminie"] == 1
    assert by_file["c.xlsx"]["Błędy"] >= 1
    assert sheet.freeze_panes == "A3"
    assert "Rejestr" in sheet.tables
    assert by_file["b.xlsx"]["Najbliższy termin"] == datetime(2026, 11, 1)  # the rule's date
    assert by_file["a.xlsx"]["Najbliższy termin"] == datetime(2027, 2, 1)
