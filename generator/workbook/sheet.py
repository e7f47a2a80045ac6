"""One sheet of a workbook as raw cells: its header row found tolerantly, each cell with its
coordinate, Excel's `_xHHHH_` escapes decoded, errors with the cells their formula uses.

`RawCell`, `RawRow`, `RawSheet` and `RawWorkbook` are what the reader hands to validation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import messages as msg
from generator.domain.model import Issue, Severity
from generator.workbook import schema as s
from generator.workbook.labels import near_miss, normalize_label

HEADER_SEARCH_ROWS = 10
# Rows of data a sheet may hold (under its header). A real project has tens; the limit keeps
# reading and rendering within seconds and a few hundred MB (benchmarks/limits.py).
MAX_DATA_ROWS = 10_000
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_EXCEL_ERRORS = (
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"
)



@dataclass(frozen=True)
class RawCell:
    """One cell: its coordinate and its value as Excel saved it."""

    coordinate: str  # `Zasoby!F7`
    value: object  # str, int, float, bool, datetime or None
    formula: str | None = None  # set only for a formula with no saved value
    error: str | None = None  # an Excel error value such as `#DIV/0!`
    depends_on: tuple[str, ...] = ()  # for an error: the cells its formula refers to

    @property
    def empty(self) -> bool:
        if self.formula or self.error:
            return False
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass(frozen=True)
class RawRow:
    sheet: str
    row: int
    cells: dict[str, RawCell]  # field key -> cell; only the columns the contract names
    columns: dict[str, str]  # field key -> column letter


@dataclass
class RawSheet:
    """A sheet as found: its name in the file and the rows under its header."""

    name: str
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)
    rows: list[RawRow] = field(default_factory=list)


@dataclass
class RawWorkbook:
    path: Path
    sheets: dict[str, RawSheet]  # canonical sheet name -> sheet found
    issues: list[Issue]



def _references(formula: str | None) -> tuple[str, ...]:
    """The cells and ranges a formula refers to (`D5`, `Zasoby!F2:F9`), in order."""
    if not formula:
        return ()
    from openpyxl.formula.tokenizer import Token, Tokenizer

    try:
        tokens = Tokenizer(formula).items
    except Exception:  # openpyxl raises bare exceptions for a formula it cannot split
        return ()
    found = (t.value for t in tokens if t.type == Token.OPERAND and t.subtype == Token.RANGE)
    return tuple(dict.fromkeys(found))



# --- one sheet ----------------------------------------------------------------------------


class Grid:
    """A worksheet seen as raw cells, with formulas and merged ranges accounted for."""

    def __init__(self, worksheet, formulas: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
        from openpyxl.utils import coordinate_to_tuple

        self.worksheet = worksheet
        self.name: str = worksheet.title
        self.formulas = formulas
        # openpyxl's own store of the cells the file holds. Looking cells up there, unlike
        # `worksheet.cell()`, creates none: a stray value in row 1 048 576 costs one cell,
        # not a million empty rows walked and filled in.
        self._cells = worksheet._cells
        used = [key for key, cell in self._cells.items() if cell.value is not None]
        used += [coordinate_to_tuple(coordinate) for coordinate in formulas]
        self.used: list[tuple[int, int]] = sorted(set(used))  # (row, column) holding anything
        self.rows: list[int] = sorted({row for row, _ in used})  # rows holding anything
        self.columns: list[int] = sorted({column for _, column in used})

    def cell(self, row: int, column: int) -> RawCell:
        from openpyxl.utils import get_column_letter

        cell = self._cells.get((row, column))
        value = cell.value if cell is not None else None
        data_type = cell.data_type if cell is not None else None
        coordinate = f"{get_column_letter(column)}{row}"
        where = f"{_quote(self.name)}!{coordinate}"
        if data_type == "e" or (isinstance(value, str) and value in _EXCEL_ERRORS):
            formula = self.formulas.get(coordinate)
            return RawCell(where, None, formula, str(value), _references(formula))
        if value is None and coordinate in self.formulas:
            if data_type == "str":  # a saved empty text result: =JEŻELI(D5="";"";D5*F5)
                return RawCell(where, "")
            return RawCell(where, None, formula=self.formulas[coordinate])
        if isinstance(value, str):
            value = _decode_excel_escapes(value)
        return RawCell(where, value)

    def merged_ranges(self) -> list[str]:
        return [str(r) for r in self.worksheet.merged_cells.ranges]

    def merged_rows(self) -> dict[int, str]:
        """Rows covered by merged ranges that span several rows or sit in data, keyed by row."""
        rows: dict[int, str] = {}
        for merged in self.worksheet.merged_cells.ranges:
            # only rows holding something: a range over a million empty rows costs nothing
            first = bisect.bisect_left(self.rows, merged.min_row)
            last = bisect.bisect_right(self.rows, merged.max_row)
            for row in self.rows[first:last]:
                rows.setdefault(row, str(merged))
        return rows


def _quote(sheet: str) -> str:
    return f"'{sheet}'" if " " in sheet else sheet


def _decode_excel_escapes(text: str) -> str:
    """Excel stores some characters as `_xHHHH_` (e.g. `_x000D_`); `_x005F_` escapes `_`."""
    if "_x" not in text:
        return text
    return _EXCEL_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


def _find_header(grid: Grid, labels: dict[str, str]) -> tuple[int, dict[int, str]]:
    """The first row among the first ten holding the sheet's column names.

    Returns the row number and {column index: field key}; row 0 when none is found.
    """
    best_row, best = 0, dict[int, str]()
    for row in (r for r in grid.rows if r <= HEADER_SEARCH_ROWS):
        found: dict[int, str] = {}
        for column in grid.columns:
            value = grid.cell(row, column).value
            if isinstance(value, str) and (key := labels.get(normalize_label(value))):
                found.setdefault(column, key)
        if len(found) * 2 >= len(labels):
            return row, found
        if len(found) > len(best):
            best_row, best = row, found
    return best_row, best


def _header_issues(
    grid: Grid, header_row: int, found: dict[int, str], fields: tuple[s.Field, ...]
) -> tuple[dict[str, str], list[Issue]]:
    """Map field keys to column letters; report duplicated, missing and extra columns."""
    from openpyxl.utils import get_column_letter

    issues: list[Issue] = []
    columns: dict[str, str] = {}
    for column, key in sorted(found.items()):
        letter = get_column_letter(column)
        label = next(f.label for f in fields if f.key == key)
        if key in columns:
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.COLUMN_DUPLICATE.format(column=label, other=f"kolumnie {columns[key]}"),
                    f"{_quote(grid.name)}!{letter}{header_row}",
                )
            )
            continue
        columns[key] = letter
    for f in fields:
        if f.key not in columns and not f.added:
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.COLUMN_MISSING.format(column=f.label),
                    f"{_quote(grid.name)}!{header_row}:{header_row}",
                )
            )
    return columns, issues


def _extra_column_issues(
    grid: Grid, header_row: int, known: set[int], missing_added: tuple[str, ...] = ()
) -> list[Issue]:
    """Anything in a column the contract does not name is reported, never dropped silently.

    A header that is a near miss of a column added later and absent here („Zapewnil” for
    „Zapewnił”) is an error: such a column is optional, so nothing else would say that its
    values are lost. One pass over the cells the sheet holds (sorted by row), so a sheet with
    values in thousands of columns costs one look at each value, not every column times
    every row.
    """
    from openpyxl.utils import get_column_letter

    first: dict[int, int] = {}  # column -> first row at or under the header holding something
    for row, column in grid.used:
        outside = row >= header_row and column not in known and column not in first
        if outside and not grid.cell(row, column).empty:
            first[column] = row
    issues: list[Issue] = []
    for column in sorted(first):
        label = grid.cell(header_row, column).value if first[column] == header_row else None
        name = str(label).strip() if label else get_column_letter(column)
        where = f"{_quote(grid.name)}!{get_column_letter(column)}{first[column]}"
        meant = near_miss(name, missing_added) if label else None
        if meant is not None:
            text = msg.COLUMN_NEAR_MISS.format(column=name, meant=meant)
            issues.append(Issue(Severity.ERROR, text, where))
        else:
            issues.append(Issue(Severity.WARNING, msg.COLUMN_EXTRA.format(column=name), where))
    return issues


def _data_rows(
    grid: Grid, header_row: int, columns: dict[str, str], issues: list[Issue]
) -> Iterator[RawRow]:
    """Rows under the header up to the last non-empty one; empty rows are skipped."""
    from openpyxl.utils import column_index_from_string

    indexes = {key: column_index_from_string(letter) for key, letter in columns.items()}
    merged = grid.merged_rows()
    reported: set[str] = set()
    for row in (r for r in grid.rows if r > header_row):
        cells = {key: grid.cell(row, index) for key, index in indexes.items()}
        if all(c.empty for c in cells.values()):
            continue
        if row in merged and merged[row] not in reported:
            reported.add(merged[row])
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.MERGED_DATA.format(range=merged[row]),
                    f"{_quote(grid.name)}!{merged[row].split(':')[0]}",
                )
            )
        yield RawRow(grid.name, row, cells, columns)


def read_table(grid: Grid, fields: tuple[s.Field, ...], issues: list[Issue]) -> RawSheet:
    labels = {normalize_label(f.label): f.key for f in fields}
    header_row, found = _find_header(grid, labels)
    sheet = RawSheet(grid.name, header_row)
    if header_row == 0:
        issues.append(
            Issue(
                Severity.ERROR,
                msg.HEADER_NOT_FOUND.format(columns=msg.join_quoted(f.label for f in fields)),
                grid.name,
            )
        )
        return sheet
    sheet.columns, header_problems = _header_issues(grid, header_row, found, fields)
    issues += header_problems
    missing_added = tuple(f.label for f in fields if f.added and f.key not in sheet.columns)
    issues += _extra_column_issues(grid, header_row, set(found), missing_added)
    sheet.rows = list(_data_rows(grid, header_row, sheet.columns, issues))
    if len(sheet.rows) > MAX_DATA_ROWS:
        too_many = msg.SHEET_TOO_MANY_ROWS.format(sheet=grid.name, limit=pl_int(MAX_DATA_ROWS))
        issues.append(Issue(Severity.ERROR, too_many, grid.name))
        sheet.rows = sheet.rows[:MAX_DATA_ROWS]
    return sheet


_PROJECT_COLUMNS = (
    s.Field("label", s.PROJECT_LABEL_COLUMN, required=True),
    s.Field("value", s.PROJECT_VALUE_COLUMN, required=True),
)


def read_project_sheet(grid: Grid, issues: list[Issue]) -> RawSheet:
    """`Projekt` is a two-column table: each row's `Pole` names a field of the contract."""
    sheet = read_table(grid, _PROJECT_COLUMNS, issues)
    by_label = {
        normalize_label(label): f.key
        for f in s.PROJECT_FIELDS
        for label in (f.label, *f.aliases)
    }
    rows: list[RawRow] = []
    seen: dict[str, str] = {}  # field key -> coordinate of its first label
    for raw in sheet.rows:
        label_cell, value_cell = raw.cells.get("label"), raw.cells.get("value")
        if label_cell is None or value_cell is None:
            continue
        label = str(label_cell.value or "").strip()
        key = by_label.get(normalize_label(label.rstrip(":*").strip()))
        if key is None:
            issues.append(
                Issue(
                    Severity.WARNING,
                    msg.FIELD_UNKNOWN.format(field=label or "(bez nazwy)"),
                    label_cell.coordinate,
                )
            )
            continue
        if key in seen:
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.FIELD_DUPLICATE.format(field=label, other=seen[key]),
                    label_cell.coordinate,
                )
            )
            continue
        row = RawRow(raw.sheet, raw.row, {key: value_cell}, {key: raw.columns["value"]})
        seen[key] = label_cell.coordinate
        rows.append(row)
    sheet.rows = rows
    return sheet


def pl_int(number: int) -> str:
    """`10 000`: thousands grouped with a space, as Polish writes them."""
    return f"{number:,}".replace(",", "\u00a0")
