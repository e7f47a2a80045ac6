"""Cells of the workbooks szj writes (`szj register`, `szj init`): text always stays text.

openpyxl stores any `str` that starts with `=` as a formula and `#N/A`-like strings as errors,
so a project title `=HYPERLINK("http://…","klik")` or a DDE call `=cmd|' /C calc'!A0` typed
into a workbook would become a live formula in the register. Every cell those modules write
goes through `put`, which stores a string as an inline string, exactly as typed, whatever it
starts with (`=`, `+`, `-`, `@`, a tab or line break). Excel never evaluates an inline string.
"""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

# XML 1.0 cannot hold C0 control characters other than tab and line breaks; they can reach
# the register only through a file name. Shown as U+FFFD instead of failing the register.
UNSTORABLE_REPLACEMENT = "\ufffd"


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write `value` into a cell; a string is stored as text, never as a formula."""
    cell = sheet.cell(row=row, column=column)
    set_value(cell, value)
    return cell


def set_value(cell: Cell, value: object) -> None:
    """Set a cell's value; a string is stored as text, never as a formula or an error."""
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub(UNSTORABLE_REPLACEMENT, value)
        cell.data_type = "s"  # after the assignment, which may have guessed "f" or "e"
    else:
        cell.value = value
