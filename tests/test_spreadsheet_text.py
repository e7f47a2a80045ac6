"""Formula injection: text from a workbook or a file name is stored in the register (and the
blank workbook) as text, exactly as typed — never as a formula, a DDE call or an error value.

Proved on the saved file itself: the sheet XML holds no `<f>` element and each cell is an
inline string whose text equals the input.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from lxml import etree
from user_cli import szj
from workbooks import Sheets, set_field, valid_sheets

from generator.reports.register import HEADERS, RegisterRow, register_bytes
from generator.workbook import schema
from generator.workbook.blank import blank_workbook_bytes

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
DAY = ["--na-dzien", "2026-11-24"]
HYPERLINK = '=HYPERLINK("http://x","klik")'
DDE = "=cmd|' /C calc'!A0"
PAYLOADS = [
    HYPERLINK,
    DDE,
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=cmd|' /C calc'!A0",
    "\r=cmd|' /C calc'!A0",
    "\r\n=HYPERLINK(1)",
    "=1+1",
    "#N/A",
    "=",
]


def write_text_workbook(path: Path, sheets: Sheets) -> Path:
    """Like `workbooks.write_workbook`, but every string stays a string (as Excel stores a
    cell typed with a leading apostrophe), so an input can hold `=…` as text."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    book.save(path)
    return path


def sheet_cells(data: bytes, sheet: str = "xl/worksheets/sheet1.xml") -> dict[str, etree._Element]:
    """Cells of a saved sheet by reference, after checking that no cell holds a formula."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(sheet))
    assert root.findall(f".//{MAIN}f") == [], "a cell was written as a formula"
    return {c.get("r"): c for c in root.iter(f"{MAIN}c")}


def text_of(cell: etree._Element) -> str:
    """The text of an inline-string cell (`t="inlineStr"`), as Excel reads it."""
    assert cell.get("t") == "inlineStr", etree.tostring(cell)
    return "".join(cell.itertext())


def _row(text: str) -> RegisterRow:
    return RegisterRow(text, text, text, text, text, text, 1, 0, None, None, 0, 0, text)


@pytest.mark.parametrize("payload", PAYLOADS, ids=repr)
def test_every_text_column_of_the_register_stores_the_payload_as_text(payload: str) -> None:
    cells = sheet_cells(register_bytes([_row(payload)], date(2026, 11, 24)))
    text_columns = [i for i, value in enumerate(_row(payload).cells()) if value == payload]
    assert len(text_columns) == 7
    for index in text_columns:
        reference = f"{openpyxl.utils.get_column_letter(index + 1)}3"
        assert text_of(cells[reference]) == payload  # exactly as typed: no apostrophe added


def test_register_header_cells_are_text() -> None:
    cells = sheet_cells(register_bytes([], date(2026, 11, 24)))
    for index, (title, _) in enumerate(HEADERS, start=1):
        assert text_of(cells[f"{openpyxl.utils.get_column_letter(index)}2"]) == title
    assert text_of(cells["A1"]) == "Rejestr projektów zmian — stan na dzień 24.11.2026"


def _register_of(
    tmp_path: Path, sheets: Sheets, monkeypatch: pytest.MonkeyPatch, capsys, name: str = "p.xlsx"
) -> dict[str, str]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "projekty"
    folder.mkdir()
    write_text_workbook(folder / name, sheets)
    target = tmp_path / "rejestr.xlsx"
    ran = szj(monkeypatch, capsys, "register", folder, "-o", target, *DAY)
    assert ran.exit_code == 0, ran.stderr
    cells = sheet_cells(target.read_bytes())
    header = {text_of(cells[f"{c}2"]): c for c in "ABCDEFGHIJKLMN"}
    return {title: text_of(cells[f"{column}3"]) for title, column in header.items()
            if cells[f"{column}3"].get("t") == "inlineStr"}


@pytest.mark.parametrize("title", [HYPERLINK, DDE], ids=["hyperlink", "dde"])
def test_a_title_that_looks_like_a_formula_reaches_the_register_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, title: str
) -> None:  # type: ignore[no-untyped-def]
    sheets = valid_sheets()
    set_field(sheets, "Tytuł projektu", title)
    row = _register_of(tmp_path, sheets, monkeypatch, capsys)
    assert row["Tytuł projektu"] == title


def test_a_workbook_file_named_like_a_formula_reaches_the_register_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    row = _register_of(tmp_path, valid_sheets(), monkeypatch, capsys, "=HYPERLINK(1).xlsx")
    assert row["Plik"] == "=HYPERLINK(1).xlsx"


def test_a_person_named_like_a_formula_reaches_who_acts_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    # In the valid workbook step 7 is in progress: the Mayor, Jan Kowalski, acts next.
    sheets = valid_sheets()
    mayor = "=Jan Kowalski"
    for table in ("Osoby", "Przebieg"):
        for line in sheets[table]:
            line[:] = [mayor if value == "Jan Kowalski" else value for value in line]
    row = _register_of(tmp_path, sheets, monkeypatch, capsys)
    assert row["Kto działa"] == mayor


def test_the_blank_workbook_has_no_formula_and_all_its_text_is_text() -> None:
    data = blank_workbook_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert len(sheets) == len(schema.TABLE_SHEETS) + 2  # with Projekt and Instrukcja
    texts = 0
    for name in sheets:
        for cell in sheet_cells(data, name).values():
            if cell.get("t") is not None:
                assert cell.get("t") in ("inlineStr", "n"), etree.tostring(cell)
                texts += cell.get("t") == "inlineStr"
    assert texts > 100
