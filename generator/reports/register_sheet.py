"""The register as an Excel workbook: a title, a filtered table with a frozen header, dates
as dates, overdue rows red by conditional formatting, A4 landscape print set-up, and the
same bytes for the same rows and day.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from generator import messages as msg
from generator.domain.polish import short_date
from generator.files import fixed_info
from generator.reports.register_file import REGISTER_IDENTIFIER, REGISTER_SHEET

if TYPE_CHECKING:
    from generator.reports.register import RegisterRow


# Widths in characters of msg.REGISTER_COLUMNS: together they fit A4 landscape at ~70 %.
_WIDTHS = (14, 15, 26, 8, 20, 16, 30, 10, 11, 11, 11, 7, 12, 24)
HEADERS = tuple(zip(msg.REGISTER_COLUMNS, _WIDTHS, strict=True))
DATE_COLUMNS = (9, 10, 11)  # Najbliższy termin, Koniec nadzoru, Ostatnia zmiana
DEADLINE_COLUMN = "I"  # Najbliższy termin: the date the overdue rule compares with the day
TITLE_ROW = 1
HEADER_ROW = 2  # the table (and its filters) starts here, under the title
_OVERDUE_FILL = "FFF4CCCC"
_OVERDUE_FONT = "FF9C0006"
# Arial prints alike in Excel and in LibreOffice (as its metric twin Liberation Sans), so the
# row heights estimated below hold in both.
_FONT = "Arial"
_FONT_SIZE = 10
_LINE_HEIGHT = 13  # points, one line of 10-point text
_CHARS_PER_WIDTH = 1.2  # characters of Polish text per unit of column width at 10 points
_INVALID_FILL = "FFFFE699"
_HEADER_FILL = "FFD9E1F2"
_GRID = "FFA6A6A6"


def register_bytes(rows: list[RegisterRow], today: date) -> bytes:
    """The register workbook as bytes: the same rows and day always give the same bytes."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = REGISTER_SHEET
    _title(sheet, today)
    _header(sheet)
    for number, row in enumerate(rows, start=HEADER_ROW + 1):
        _data_row(sheet, number, row)
    last_row = HEADER_ROW + max(len(rows), 1)
    _table(sheet, last_row)
    _overdue_rule(sheet, last_row, today)
    _print_setup(sheet)
    return _saved(book, datetime.combine(today, time()))


def _title(sheet, today: date) -> None:  # type: ignore[no-untyped-def]  # openpyxl is untyped
    from openpyxl.styles import Alignment, Font

    from generator.workbook.spreadsheet import put

    cell = put(sheet, TITLE_ROW, 1, msg.REGISTER_TITLE.format(day=short_date(today)))
    cell.font = Font(name=_FONT, bold=True, size=14)
    cell.alignment = Alignment(vertical="center")
    sheet.row_dimensions[TITLE_ROW].height = 24


def _header(sheet) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from generator.workbook.spreadsheet import put

    for column, (title, width) in enumerate(HEADERS, start=1):
        cell = put(sheet, HEADER_ROW, column, title)
        cell.font = Font(name=_FONT, size=_FONT_SIZE, bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.fill = PatternFill("solid", start_color=_HEADER_FILL, end_color=_HEADER_FILL)
        cell.border = _border()
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = _height([title for title, _ in HEADERS], bold=True)


def _data_row(sheet, number: int, row: RegisterRow) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font, PatternFill

    from generator.workbook.spreadsheet import put

    wrapped = Alignment(wrap_text=True, vertical="top")
    font = Font(name=_FONT, size=_FONT_SIZE)
    for column, value in enumerate(row.cells(), start=1):
        cell = put(sheet, number, column, value)
        cell.alignment = wrapped
        cell.font = font
        cell.border = _border()
        if column in DATE_COLUMNS:
            cell.number_format = "DD.MM.YYYY"
        if row.flagged:
            cell.fill = PatternFill("solid", start_color=_INVALID_FILL, end_color=_INVALID_FILL)
    sheet.row_dimensions[number].height = _height(row.cells())


def _border():  # type: ignore[no-untyped-def]
    """Thin grid lines: the table's own style does not print in every program."""
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color=_GRID)
    return Border(left=side, right=side, top=side, bottom=side)


def _height(values: Sequence[object], bold: bool = False) -> float:
    """A row's height in points: enough lines for its longest wrapped cell. Neither Excel nor
    LibreOffice fits a row to wrapped text on opening a file, so the register sets it."""
    widths = [width for _, width in HEADERS]
    lines = max(_lines(v, w, bold) for v, w in zip(values, widths, strict=True))
    return lines * _LINE_HEIGHT + 3


def _lines(value: object, width: float, bold: bool) -> int:
    if not isinstance(value, str):
        return 1
    per_line = max(1, int(width * _CHARS_PER_WIDTH * (0.9 if bold else 1)))
    return sum(max(1, len(textwrap.wrap(part, per_line))) for part in value.split("\n"))


def _table(sheet, last_row: int) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    last = f"{get_column_letter(len(HEADERS))}{last_row}"
    table = Table(displayName="Rejestr", ref=f"A{HEADER_ROW}:{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    sheet.add_table(table)


def overdue_formula(first_row: int, today: date) -> str:
    """True for a row whose nearest deadline is before `today`: a date comparison, so the
    rule holds whatever the row's text says."""
    deadline = f"${DEADLINE_COLUMN}{first_row}"
    return f"AND(ISNUMBER({deadline}),{deadline}<DATE({today.year},{today.month},{today.day}))"


def _overdue_rule(sheet, last_row: int, today: date) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    first = HEADER_ROW + 1
    red = PatternFill("solid", start_color=_OVERDUE_FILL, end_color=_OVERDUE_FILL)
    rule = FormulaRule(
        formula=[overdue_formula(first, today)], fill=red, font=Font(color=_OVERDUE_FONT)
    )
    sheet.conditional_formatting.add(f"A{first}:{get_column_letter(len(HEADERS))}{last_row}", rule)


def _print_setup(sheet) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.worksheet.page import PageMargins

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{TITLE_ROW}:{HEADER_ROW}"
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, footer=0.3)
    sheet.oddFooter.center.text = msg.REGISTER_FOOTER


def _saved(book, when: datetime) -> bytes:  # type: ignore[no-untyped-def]  # openpyxl is untyped
    """The workbook's bytes with fixed dates and zip times, marked as a register."""
    from openpyxl.writer.excel import ExcelWriter

    book.properties.creator = "szj"
    book.properties.identifier = REGISTER_IDENTIFIER
    book.properties.created = book.properties.modified = when
    buffer = io.BytesIO()
    ExcelWriter(book, _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return buffer.getvalue()


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose members all carry one fixed time, so equal content gives equal bytes.

    openpyxl adds parts with `writestr` and worksheets from a temporary file with `write`.
    """

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def]
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = fixed_info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def]
        name = arcname if arcname is not None else str(filename)
        self.writestr(name, Path(filename).read_bytes())
