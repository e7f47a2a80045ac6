"""Reading workbooks (`generator.workbook.read`): finding sheets, headers and rows tolerantly, and
refusing files that are not workbooks with a Polish message naming the file."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from workbooks import TODAY, valid_sheets

from generator.domain.model import Issue, Severity
from generator.errors import InputFileError
from generator.workbook import schema as s
from generator.workbook.read import read_workbook
from generator.workbook.sheet import RawWorkbook
from generator.workbook.validate import validate_file


def edit_workbook(path: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    """What the builder cannot say: hide a sheet, merge cells…"""
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def issues_at(issues: tuple[Issue, ...] | list[Issue], location: str) -> list[Issue]:
    return [i for i in issues if i.location == location]


def only_issue_at(issues: tuple[Issue, ...] | list[Issue], location: str) -> Issue:
    found = issues_at(issues, location)
    assert len(found) == 1, f"expected one issue at {location}, got {[str(i) for i in issues]}"
    return found[0]


def read(path: Path) -> RawWorkbook:
    return read_workbook(path)


def test_valid_workbook_reads_without_issues(make_workbook) -> None:
    raw = read(make_workbook())
    assert raw.issues == []
    assert set(raw.sheets) == {s.PROJECT_SHEET, *(t.name for t in s.TABLE_SHEETS)}
    assert [r.row for r in raw.sheets["Przebieg"].rows] == list(range(2, 13))


# --- headers and columns ------------------------------------------------------------------


def test_header_below_a_merged_title_row(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"] = [["Wykaz niezbędnych zasobów"], [], *sheets["Zasoby"]]
    path = edit_workbook(make_workbook(sheets), lambda b: b["Zasoby"].merge_cells("A1:J1"))

    raw = read(path)
    resources = raw.sheets["Zasoby"]
    assert resources.header_row == 3
    assert [r.row for r in resources.rows] == [4, 5]
    assert resources.rows[0].cells["description"].value == "Czytnik dowodów osobistych"
    assert raw.issues == []
    assert validate_file(path, TODAY).ok


def test_columns_in_any_order(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"] = [list(reversed(row)) for row in sheets["Zasoby"]]
    path = make_workbook(sheets)

    raw = read(path)
    assert raw.issues == []
    first = raw.sheets["Zasoby"].rows[0]
    width = len(sheets["Zasoby"][0])  # reversed, the third column becomes the third last
    assert first.cells["description"].coordinate == f"Zasoby!{get_column_letter(width - 2)}2"
    assert first.cells["description"].value == "Czytnik dowodów osobistych"
    resources = validate_file(path, TODAY).workbook.resources
    assert [r.description for r in resources] == [
        "Czytnik dowodów osobistych",
        "Szkolenie „ePUAP w praktyce” — Kowalski & Syn",
    ]


def test_header_labels_tolerate_case_spaces_and_dashes(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Osoby"][0] = ["  imię i  NAZWISKO", "Stanowisko ", "komórka organizacyjna", "ROLA"]
    sheets["Zasoby"][0][5] = "Cena  jednostkowa [ZŁ]"
    raw = read(make_workbook(sheets))
    assert raw.issues == []
    assert raw.sheets["Zasoby"].columns["unit_price"] == "F"


def test_extra_column_is_a_warning_naming_its_cell(make_workbook) -> None:
    sheets = valid_sheets()
    after = get_column_letter(len(sheets["Zasoby"][0]) + 1)  # the first column after the table
    sheets["Zasoby"][0].append("Notatka")
    sheets["Zasoby"][1].append("pilne")
    raw = read(make_workbook(sheets))

    issue = only_issue_at(raw.issues, f"Zasoby!{after}1")
    assert issue.severity is Severity.WARNING
    assert "„Notatka”" in issue.message


def test_extra_column_without_header_is_reported_at_its_first_value(make_workbook) -> None:
    sheets = valid_sheets()
    second = get_column_letter(len(sheets["Zasoby"][0]) + 2)  # no header above it
    sheets["Zasoby"][2].extend([None, "zapomniana uwaga"])
    issue = only_issue_at(read(make_workbook(sheets)).issues, f"Zasoby!{second}3")
    assert issue.severity is Severity.WARNING
    assert f"„{second}”" in issue.message


def test_missing_column_is_an_error(make_workbook) -> None:
    sheets = valid_sheets()
    for row in sheets["Zasoby"]:
        del row[2]  # Opis
    raw = read(make_workbook(sheets))

    issue = only_issue_at(raw.issues, "Zasoby!1:1")
    assert issue.severity is Severity.ERROR
    assert issue.message == "brak kolumny „Opis”"


def test_duplicated_column_is_an_error_naming_the_second(make_workbook) -> None:
    sheets = valid_sheets()
    after = get_column_letter(len(sheets["Zasoby"][0]) + 1)
    for row in sheets["Zasoby"]:
        row.append(row[2])  # Opis again after the table
    raw = read(make_workbook(sheets))

    issue = only_issue_at(raw.issues, f"Zasoby!{after}1")
    assert issue.severity is Severity.ERROR
    assert "„Opis” występuje dwukrotnie (także w kolumnie C)" in issue.message


def test_sheet_without_any_header_is_an_error(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"] = [["coś zupełnie innego"], ["a", "b"]]
    issue = only_issue_at(read(make_workbook(sheets)).issues, "Zasoby")
    assert issue.severity is Severity.ERROR
    assert "nie znaleziono wiersza nagłówka" in issue.message


# --- sheets -------------------------------------------------------------------------------


def test_unknown_sheet_is_a_warning(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Notatki"] = [["luźne uwagi"]]
    issue = only_issue_at(read(make_workbook(sheets)).issues, "Notatki")
    assert issue.severity is Severity.WARNING
    assert "„Notatki”" in issue.message


def test_instructions_sheet_is_known_and_ignored(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Instrukcja"] = [["Jak wypełnić skoroszyt"], ["dowolny tekst", 123]]
    assert read(make_workbook(sheets)).issues == []


def test_a_workbook_made_before_an_added_column_or_sheet_still_reads(
    make_workbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old projects keep validating when the contract grows (issue 12): a column or a sheet
    declared `added` may be absent; the column then reads as empty cells."""
    path = make_workbook()  # written with today's columns and sheets only
    later = s.Field("confirmed_by", "Kolumna dodana później", added=True)
    resources = dataclasses.replace(s.RESOURCES, columns=(*s.RESOURCES.columns, later))
    log = s.TableSheet("Arkusz dodany później", (s.Field("date", "Data"),), added=True)
    tables = tuple(resources if t is s.RESOURCES else t for t in s.TABLE_SHEETS)
    monkeypatch.setattr(s, "TABLE_SHEETS", (*tables, log))

    raw = read(path)

    assert [str(i) for i in raw.issues] == []
    assert all("confirmed_by" not in row.cells for row in raw.sheets["Zasoby"].rows)
    assert log.name not in raw.sheets
    not_added = dataclasses.replace(log, added=False)
    monkeypatch.setattr(s, "TABLE_SHEETS", (*tables, not_added))
    assert [i.message for i in read(path).issues] == ["brak arkusza „Arkusz dodany później”"]


def test_a_near_miss_of_an_absent_sheet_or_added_column_is_an_error(make_workbook) -> None:
    """Hostile review: „Nadzor” (no „ó”) and a header „Zapewnil” were only „nie należy do
    wzoru” warnings; the sheet and the columns are optional, so their data vanished from 09
    and 12 with nothing else said."""
    sheets = valid_sheets()
    sheets["Nadzor"] = sheets.pop(s.SUPERVISION_LOG.name)
    sheets["Przebieg 2"] = [["Notatka"], ["kopia robocza"]]  # Przebieg itself is there
    header = sheets[s.RESOURCES.name][0]
    column = header.index("Zapewnił")
    header[column] = "Zapewnil"
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[column]

    raw = read(make_workbook(sheets))

    sheet = only_issue_at(raw.issues, "Nadzor")
    assert sheet.severity is Severity.ERROR
    assert sheet.message == (
        "arkusz „Nadzor” nie należy do wzoru — czy chodziło o „Nadzór”? Popraw nazwę arkusza; "
        "inaczej jego zawartość zostanie pominięta"
    )
    header_issue = only_issue_at(raw.issues, f"Zasoby!{letter}1")
    assert header_issue.severity is Severity.ERROR
    assert "czy chodziło o „Zapewnił”? Popraw nagłówek" in header_issue.message
    assert only_issue_at(raw.issues, "Przebieg 2").severity is Severity.WARNING


@pytest.mark.parametrize("sheet", [s.PROJECT_SHEET, "Osoby", "Zasoby", "Przebieg", "Działania"])
def test_missing_sheet_is_an_error(make_workbook, sheet: str) -> None:
    sheets = valid_sheets()
    del sheets[sheet]
    issue = only_issue_at(read(make_workbook(sheets)).issues, sheet)
    assert issue.severity is Severity.ERROR
    assert issue.message == f"brak arkusza „{sheet}”"


def test_sheet_names_tolerate_case_and_spaces(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["  przebieg "] = sheets.pop("Przebieg")
    sheets["Dokumentacja  SZJ"] = sheets.pop("Dokumentacja SZJ")
    sheets["DZIAŁANIA"] = sheets.pop("Działania")
    path = make_workbook(sheets)

    raw = read(path)
    assert raw.issues == []
    assert raw.sheets["Przebieg"].name == "  przebieg "
    assert len(raw.sheets["Dokumentacja SZJ"].rows) == 1
    assert validate_file(path, TODAY).ok


def test_same_sheet_twice_is_an_error(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["osoby "] = valid_sheets()["Osoby"]
    issue = only_issue_at(read(make_workbook(sheets)).issues, "osoby ")
    assert issue.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("state", "message"),
    [("hidden", "jest ukryty, a program czyta tylko widoczne"),
     ("veryHidden", "widać go tylko w edytorze VBA")],
)
def test_hidden_contract_sheet_is_an_error_naming_it(
    make_workbook, state: str, message: str
) -> None:
    path = edit_workbook(make_workbook(), lambda b: setattr(b["Osoby"], "sheet_state", state))
    raw = read(path)
    issue = only_issue_at(raw.issues, "Osoby")
    assert issue.severity is Severity.ERROR and message in issue.message
    assert "Osoby" not in raw.sheets  # never read, and not reported missing as well
    assert not validate_file(path, TODAY).ok


def test_a_hidden_sheet_is_not_read_instead_of_its_visible_look_alike(tmp_path: Path) -> None:
    from hostile import edited, hidden_substitute

    raw = read(edited(hidden_substitute)(tmp_path))
    errors = {i.location: i.message for i in raw.issues if i.is_error}
    assert "ukryty" in errors["Projekt"]
    assert errors["Pr\u043ejekt"] == (
        "arkusz „Pr\u043ejekt” tylko wygląda jak „Projekt”: „\u043e” (U+043E, cyrylica) "
        "udaje „o” — wpisz nazwę arkusza na nowo"
    )
    assert s.PROJECT_SHEET not in raw.sheets


@pytest.mark.parametrize(
    ("title", "named"),
    [("Zas\u03bfby", "„\u03bf” (U+03BF, alfabet grecki) udaje „o”"),
     ("\u0421\u0442\u0435p\u0441\u0435", None),  # Cyrillic letters alone imitate no sheet
     ("Osoby\u200b", "niewidoczny znak U+200B"),
     ("Prze\u200dbieg", "niewidoczny znak U+200D"),
     ("\uff30rojekt", "„\uff30” (U+FF30) udaje „P”")],
)
def test_sheet_name_that_only_looks_like_a_contract_name(make_workbook, title, named) -> None:
    sheets = valid_sheets()
    sheets[title] = [["x"]]
    issue = only_issue_at(read(make_workbook(sheets)).issues, title)
    if named is None:
        assert issue.severity is Severity.WARNING and "nie należy do wzoru" in issue.message
    else:
        assert issue.severity is Severity.ERROR and "tylko wygląda jak" in issue.message
        assert named in issue.message


def test_unknown_project_field_is_a_warning_at_its_label(make_workbook) -> None:
    sheets = valid_sheets()
    sheets[s.PROJECT_SHEET].append(["Budżet projektu", "10 000 zł"])
    issue = only_issue_at(read(make_workbook(sheets)).issues, "Projekt!A27")
    assert issue.severity is Severity.WARNING
    assert "„Budżet projektu”" in issue.message


def test_project_field_given_twice_is_an_error_at_the_second(make_workbook) -> None:
    sheets = valid_sheets()
    sheets[s.PROJECT_SHEET].append(["Znak sprawy", "OR.0123.8.2026"])
    issue = only_issue_at(read(make_workbook(sheets)).issues, "Projekt!A27")
    assert issue.severity is Severity.ERROR
    assert "(także w Projekt!A6)" in issue.message


# --- rows ---------------------------------------------------------------------------------


def test_empty_row_in_the_middle_is_skipped_and_rows_after_it_are_read(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Osoby"].insert(3, [None, "  ", None, None])  # row 4: blanks only
    sheets["Osoby"].insert(5, [])  # row 6
    path = make_workbook(sheets)

    rows = read(path).sheets["Osoby"].rows
    assert [r.row for r in rows] == [2, 3, 5, 7, 8, 9]
    assert rows[-1].cells["name"].value == "Tomasz Lewandowski"
    people = validate_file(path, TODAY).workbook.people
    assert [p.source.cell("role") for p in people][-1] == "Osoby!D9"


def test_rows_below_a_gap_of_several_empty_rows_are_read(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Działania"] += [
        [],
        [],
        [],
        [2, "korekcja", "Poprawka wzoru", None, None, "30.11.2026", "otwarte", None, None],
    ]
    rows = read(make_workbook(sheets)).sheets["Działania"].rows
    assert [r.row for r in rows] == [2, 6]


def test_merged_cells_in_data_are_an_error(make_workbook) -> None:
    path = edit_workbook(make_workbook(), lambda b: b["Zasoby"].merge_cells("H2:H3"))
    issue = only_issue_at(read(path).issues, "Zasoby!H2")
    assert issue.severity is Severity.ERROR
    assert "scalone komórki" in issue.message


# --- cell values --------------------------------------------------------------------------


def test_formula_without_saved_value_tells_to_open_and_save_in_excel(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][6] = "=D2*F2"  # openpyxl writes no cached value, as a script would
    validation = validate_file(make_workbook(sheets), TODAY)

    issue = only_issue_at(validation.issues, "Zasoby!G2")
    assert issue.severity is Severity.ERROR
    assert "„=D2*F2”" in issue.message
    assert "otwórz plik w Excelu" in issue.message and "zapisz" in issue.message


def save_formula_results(path: Path, results: dict[str, str]) -> Path:
    """Store formula results as Excel does on saving (openpyxl writes none).

    `results` maps a cell holding a formula (in whichever sheet) to its saved value; a value
    in quotes is a text result (`t="str"`): `'""'` is the empty text of `=JEŻELI(…;"";…)`.
    """
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for cell, value in results.items():
        kind = ' t="str"' if value.startswith('"') else ""
        found = 0
        for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
            xml, count = re.subn(
                rf'<c r="{cell}"([^>]*)>(<f>[^<]*</f>)<v\s*/?>(?:</v>)?',
                lambda m, cell=cell, kind=kind, value=value: (
                    f'<c r="{cell}"{m[1]}{kind}>{m[2]}<v>{value.strip(chr(34))}</v>'
                ),
                parts[name].decode(),
            )
            parts[name], found = xml.encode(), found + count
        assert found == 1, f"expected one formula in {cell}, found {found}"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_formula_with_a_saved_value_is_read_through_it(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][6] = "=D2*F2"
    path = save_formula_results(make_workbook(sheets), {"G2": "901"})

    validation = validate_file(path, TODAY)
    assert validation.issues == ()
    assert validation.workbook.resources[0].value == Decimal("901.00")


def test_formula_with_a_saved_wrong_value_is_checked_like_a_typed_one(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][6] = "=D2*F2+1"
    path = save_formula_results(make_workbook(sheets), {"G2": "902"})
    issue = only_issue_at(validate_file(path, TODAY).issues, "Zasoby!G2")
    assert "nie zgadza się" in issue.message


def test_rows_holding_only_formulas_with_empty_text_results_are_empty(make_workbook) -> None:
    # An office template computes Wartość in advance for rows not filled in yet.
    sheets = valid_sheets()
    sheets["Zasoby"] += [
        [None] * 6 + ['=IF(D4="","",D4*F4)'],
        [None] * 6 + ['=IF(D5="","",D5*F5)'],
    ]
    path = save_formula_results(make_workbook(sheets), {"G4": '""', "G5": '""'})
    validation = validate_file(path, TODAY)
    assert validation.issues == ()
    assert len(validation.workbook.resources) == 2


def test_excel_error_value_is_an_error_naming_the_cell(make_workbook) -> None:
    def put_error(book: openpyxl.Workbook) -> None:
        cell = book["Zasoby"]["G2"]
        cell.value = "#DIV/0!"
        cell.data_type = "e"

    validation = validate_file(edit_workbook(make_workbook(), put_error), TODAY)
    issue = only_issue_at(validation.issues, "Zasoby!G2")
    assert issue.severity is Severity.ERROR
    assert "#DZIEL/0!" in issue.message  # as Polish Excel shows it


def test_excel_line_break_escape_is_decoded(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][2][4] = "Burmistrz zapewnia:_x000D_\nobsługę elektroniczną."
    validation = validate_file(make_workbook(sheets), TODAY)
    assert validation.ok
    assert validation.workbook.changes[1].proposed == "Burmistrz zapewnia:\nobsługę elektroniczną."


def test_escaped_underscore_keeps_the_literal_text(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][2][5] = "Kod _x005F_x000D_ zostaje"  # the text `_x000D_`, escaped by Excel
    raw = read(make_workbook(sheets))
    assert raw.sheets["Zmiany"].rows[1].cells["justification"].value == "Kod _x000D_ zostaje"


def test_escaped_control_character_is_an_error_naming_the_cell(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][2] = "Czytnik_x0007_ dowodów"  # how Excel stores U+0007 (BEL)
    issue = only_issue_at(validate_file(make_workbook(sheets), TODAY).issues, "Zasoby!C2")
    assert issue.severity is Severity.ERROR
    assert "U+0007" in issue.message


# --- files that are not workbooks ---------------------------------------------------------


def _text_file(path: Path) -> None:
    path.write_text("Imię i nazwisko;Rola\nAnna Nowak;Sekretarz\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _zip_without_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")  # a .docx renamed


def _old_xls(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)


def _encrypted_xlsx(path: Path) -> None:
    marker = "EncryptionInfo".encode("utf-16-le")  # an OLE container holding an encrypted .xlsx
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56 + marker)


def _broken_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "nie xml")
        archive.writestr("xl/workbook.xml", "<workbook")


@pytest.mark.parametrize(
    ("name", "write", "message"),
    [
        ("projekt.xlsx", _text_file, "to nie jest skoroszyt Excel (.xlsx)"),
        ("projekt.xlsx", _empty_file, "plik jest pusty"),
        ("projekt.xlsx", _zip_without_workbook, "to nie jest skoroszyt Excel (.xlsx)"),
        ("projekt.xls", _old_xls, "starym formacie Excel 97–2003 (.xls)"),
        ("projekt.xlsx", _encrypted_xlsx, "chroniony hasłem"),
        ("projekt.xlsx", _broken_workbook, "nie można odczytać skoroszytu"),
    ],
)
def test_file_that_is_not_a_workbook_is_refused_naming_the_file(
    tmp_path: Path, name: str, write: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / name
    write(path)
    with pytest.raises(InputFileError) as caught:
        read_workbook(path)
    assert str(caught.value).startswith(f"{name}: ")
    assert message in str(caught.value)
    assert caught.value.path == path


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="brak.xlsx: nie znaleziono pliku"):
        read_workbook(tmp_path / "brak.xlsx")


# --- bounded input (issue 16, item 10) ----------------------------------------------------

READ_IN_A_PROCESS = (
    "import sys; from pathlib import Path; from generator.workbook.read import read_workbook\n"
    "from generator.errors import InputFileError\n"
    "try:\n    raw = read_workbook(Path(sys.argv[1])); print('read', len(raw.issues))\n"
    "except InputFileError as e:\n    print(e)\n"
)


def read_in_a_process(path: Path, memory_megabytes: int | None = None) -> str:
    """Read in a child process that must finish within 20 s (and a memory limit, if given),
    where the old reader hung for minutes or ran out of memory."""
    import resource
    import subprocess
    import sys

    def limit() -> None:
        if memory_megabytes:
            size = memory_megabytes << 20
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    done = subprocess.run(
        [sys.executable, "-c", READ_IN_A_PROCESS, str(path)], capture_output=True, text=True,
        timeout=20, preexec_fn=limit, check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_a_formula_and_a_value_in_the_last_cell_read_in_bounded_time(tmp_path: Path) -> None:
    from hostile import edited, formula_and_last_cell

    assert read_in_a_process(edited(formula_and_last_cell)(tmp_path)).startswith("read ")


def test_a_formula_without_a_saved_value_is_still_found(make_workbook) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][6] = "=D2*F2"
    cell = read(make_workbook(sheets)).sheets["Zasoby"].rows[0].cells["value"]
    assert cell.formula == "=D2*F2"


@pytest.mark.slow
def test_a_large_file_with_the_ole_signature_is_not_read_whole(tmp_path: Path) -> None:
    from hostile import large_ole

    shown = read_in_a_process(large_ole(tmp_path), memory_megabytes=700)
    assert "starym formacie Excel 97–2003" in shown


@pytest.mark.parametrize("where", ["given", "in a folder"])
def test_a_fifo_named_xlsx_is_refused_without_blocking(tmp_path: Path, where: str) -> None:
    from hostile import fifo, fifo_in_folder

    from generator.pipeline import find_workbooks

    path = fifo(tmp_path) if where == "given" else find_workbooks(
        [fifo_in_folder(tmp_path)]).workbooks[0]
    assert "to nie jest zwykły plik (potok, urządzenie" in read_in_a_process(path)


@pytest.mark.slow
def test_a_sheet_over_the_row_limit_is_refused_naming_it(tmp_path: Path) -> None:
    from hostile import many_resources, workbook

    raw = read(workbook(many_resources(10_001))(tmp_path))
    issue = only_issue_at(raw.issues, "Zasoby")
    assert issue.message.startswith("arkusz „Zasoby” ma więcej niż 10\u00a0000 wierszy danych")


@pytest.mark.slow
def test_300000_rows_are_refused_before_the_workbook_is_loaded(tmp_path: Path) -> None:
    from hostile import resource_rows, rezipped

    shown = read_in_a_process(rezipped(resource_rows(300_000))(tmp_path), memory_megabytes=1500)
    assert "projekt.xlsx: arkusz „Zasoby” ma więcej niż 10\u00a0000 wierszy danych" in shown


def test_rows_of_all_sheets_together_have_a_limit(make_workbook, monkeypatch) -> None:
    from generator.workbook import read as reader

    monkeypatch.setattr(reader, "MAX_WORKBOOK_ROWS", 20)  # the valid workbook has 48 data rows
    issue = only_issue_at(read(make_workbook()).issues, "Projekt")
    assert issue.is_error
    assert issue.message.startswith("skoroszyt ma łącznie 48 wierszy danych; program przyjmuje "
                                    "najwyżej 20 wierszy we wszystkich arkuszach razem")
