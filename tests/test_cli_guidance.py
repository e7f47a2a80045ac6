"""Messages that tell a clerk what to do next (issue 17, item 5), checked as a user runs
`szj`: what is printed, where, and what is written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from user_cli import szj
from workbooks import set_field, valid_sheets, write_workbook

DAY = ["--na-dzien", "24.11.2026"]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args: szj(monkeypatch, capsys, *args)


def test_init_adds_xlsx_to_a_bare_name_and_says_so(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ran = run("init", tmp_path / "projekt2")
    assert ran.exit_code == 0, ran.stderr
    written = tmp_path / "projekt2.xlsx"
    assert openpyxl.load_workbook(written).sheetnames  # a workbook Excel opens
    assert not (tmp_path / "projekt2").exists()
    assert f"{tmp_path / 'projekt2'}: nazwa nie kończyła się na .xlsx — dodano je: {written}" in (
        ran.stdout
    )


def test_init_keeps_the_dots_of_a_case_sign_name(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ran = run("init", tmp_path / "OR.0123.5.2026")
    assert ran.exit_code == 0, ran.stderr
    assert (tmp_path / "OR.0123.5.2026.xlsx").is_file()


def test_init_still_refuses_another_file_type(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ran = run("init", tmp_path / "projekt.xls")
    assert ran.exit_code == 1
    assert "nazwa pliku musi kończyć się na .xlsx" in ran.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_progress_label_when_stderr_is_not_a_terminal(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for number in (1, 2):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", f"OR.0123.{number}.2026")
        write_workbook(inputs / f"p{number}.xlsx", sheets)
    ran = run("generate", inputs, "-o", tmp_path / "out", *DAY)
    assert ran.exit_code == 0, ran.stderr
    assert "Generowanie" not in ran.stderr
    assert ran.stderr == ""


def test_a_missing_folder_is_named_as_such_with_where_it_was_looked_for(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = run("validate", "wnioski", *DAY)
    assert ran.exit_code == 1
    assert (
        f"błąd: wnioski: nie znaleziono katalogu ani pliku (szukano: {tmp_path / 'wnioski'})"
        in ran.stderr
    )
    ran = run("validate", "brak.xlsx", *DAY)
    assert f"brak.xlsx: nie znaleziono pliku (szukano: {tmp_path / 'brak.xlsx'})" in ran.stderr


def test_an_ods_file_gets_save_as_xlsx_advice(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    path = tmp_path / "projekt.ods"
    with zipfile.ZipFile(path, "w") as archive:  # the parts every OpenDocument file has
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    ran = run("validate", path, *DAY)
    assert ran.exit_code == 1
    assert (
        "projekt.ods: to arkusz OpenDocument (.ods); otwórz go w LibreOffice Calc lub Excelu "
        "i zapisz jako „Skoroszyt programu Excel (.xlsx)”"
    ) in ran.stderr


@pytest.mark.parametrize("typed", ["1.234", "1,234"])
def test_a_dot_or_comma_before_three_digits_in_an_amount_hints_at_thousands(
    run, tmp_path: Path, typed: str
) -> None:  # type: ignore[no-untyped-def]
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = typed  # Cena jednostkowa
    ran = run("validate", write_workbook(tmp_path / "projekt.xlsx", sheets), *DAY)
    assert ran.exit_code == 1
    assert (
        f"Zasoby!F2: błąd: kwota „{typed}” ma więcej niż 2 miejsca po przecinku — jeśli "
        "chodziło o 1234, kropka ani przecinek nie oddzielają tysięcy: wpisz 1234 albo 1 234"
    ) in ran.stderr


def test_lower_case_and_suffixed_case_sign_is_accepted_into_an_upper_case_folder(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", "or.0123.5.2026.jk")
    ran = run("generate", write_workbook(tmp_path / "p.xlsx", sheets), "-o", tmp_path / "out", *DAY)
    assert ran.exit_code == 0, ran.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["OR.0123.5.2026.JK"]


def test_a_wrong_case_sign_is_told_the_allowed_forms(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheets = valid_sheets()
    row = set_field(sheets, "Znak sprawy", "OR/0123/5/2026")
    ran = run("validate", write_workbook(tmp_path / "p.xlsx", sheets), *DAY)
    assert ran.exit_code == 1
    assert (
        f"p.xlsx: Projekt!B{row}: błąd: „OR/0123/5/2026” nie jest poprawnym znakiem sprawy "
        "(symbol komórki, symbol klasyfikacyjny, numer sprawy i rok, rozdzielone kropkami; "
        "dozwolone formy: OR.0123.5.2026, OR-I.0123.5.2026 oraz z inicjałami prowadzącego "
        "OR.0123.5.2026.JK; wielkość liter nie ma znaczenia)"
    ) in ran.stderr


def test_the_instructions_state_the_allowed_case_sign_forms(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("init", tmp_path / "p.xlsx").exit_code == 0
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    text = " ".join(
        str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value
    )
    assert "OR.0123.5.2026.JK" in text
    assert "wielkość liter nie ma znaczenia" in text


def test_a_formula_error_is_shown_by_its_polish_excel_name_with_its_cells(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    import re
    import zipfile

    path = write_workbook(tmp_path / "p.xlsx", valid_sheets())
    with zipfile.ZipFile(path) as archive:  # as Excel saves =D2*F2 over a text in D2
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet3.xml"  # Zasoby, the third sheet
    error = '<c r="G2" t="e"><f>D2*F2</f><v>#VALUE!</v></c>'
    xml, count = re.subn(r'<c r="G2"[^>]*(/>|>.*?</c>)', error, parts[sheet].decode(), count=1)
    if not count:  # G2 was empty and openpyxl wrote nothing: put it after F2
        xml = re.sub(r'(<c r="F2"[^>]*>.*?</c>)', lambda m: m[1] + error, xml, count=1)
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    ran = run("validate", path, *DAY)
    assert ran.exit_code == 1
    assert (
        "p.xlsx: Zasoby!G2: błąd: komórka zawiera błąd Excela #ARG! (formuła =D2*F2 korzysta "
        "z komórek: D2, F2) — popraw formułę lub wpisz wartość"
    ) in ran.stderr
    assert "#VALUE!" not in ran.stderr
