"""Reading a workbook file into raw cells. The only module that reads `.xlsx` with openpyxl.

It finds the sheets and header rows of SPEC §2 tolerantly, keeps each cell's coordinate,
decodes Excel's `_xHHHH_` escapes, reads formulas through their saved values, and reports
structural problems (missing sheets/columns, extra ones) as issues. Values stay untyped here;
`validate.py` turns them into records.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import stat
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import messages as msg
from generator import schema as s
from generator.errors import InputFileError
from generator.files import MAX_UNPACKED_BYTES, unpacked_size
from generator.model import Issue, Severity
from generator.xml_prolog import UnreadableXml, holds_doctype, may_be_xml, stream_blocks

HEADER_SEARCH_ROWS = 10
# Rows of data a sheet may hold (under its header). A real project has tens; the limit keeps
# reading and rendering within seconds and a few hundred MB (benchmarks/limits.py).
MAX_DATA_ROWS = 10_000
# Rows of data in all sheets together: 4 sheets of 5,000 rows peak at ~370 MB in `generate`,
# 4 of 10,000 at ~690 MB; this keeps the largest accepted workbook under 500 MB.
MAX_WORKBOOK_ROWS = 20_000
# Rows holding anything at all, counted while streaming before the workbook is loaded: the
# data rows plus the title and header rows above them.
MAX_FILLED_ROWS = MAX_DATA_ROWS + HEADER_SEARCH_ROWS
_OLE_BLOCK = 1 << 16
MAX_COMPRESSION_RATIO = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKER = "EncryptionInfo".encode("utf-16-le")
_ZIP_MAGIC = b"PK\x03\x04"
_ZIP_ENCRYPTED_FLAG = 0x1  # a zip entry encrypted with a password (not Excel's own protection)
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


def read_workbook(path: Path) -> RawWorkbook:
    """Read every sheet of the contract; structural problems become issues.

    Raises `InputFileError` when the file is not a readable `.xlsx` at all.
    """
    _check_regular_file(path)
    _check_container(path)
    values_book, formula_cells = _load(path)
    issues: list[Issue] = []
    sheets: dict[str, RawSheet] = {}
    by_label: dict[str, str] = {s.normalize_label(n): n for n in s.KNOWN_SHEETS}
    refused: set[str] = set()  # contract sheets found hidden: reported, not also as missing
    for worksheet in values_book.worksheets:
        canonical = by_label.get(s.normalize_label(worksheet.title))
        if canonical is None:
            issues.append(_unknown_sheet_issue(worksheet.title, by_label))
            continue
        if worksheet.sheet_state != "visible" and canonical != s.INSTRUCTIONS_SHEET:
            # A hidden sheet is what nobody checking the workbook sees: never read it.
            issues.append(_hidden_sheet_issue(worksheet.title, worksheet.sheet_state))
            refused.add(canonical)
            continue
        if canonical in sheets:
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.SHEET_DUPLICATE.format(sheet=worksheet.title, other=sheets[canonical].name),
                    worksheet.title,
                )
            )
            continue
        if canonical == s.INSTRUCTIONS_SHEET:
            continue
        grid = _Grid(worksheet, formula_cells.get(worksheet.title, {}))
        if canonical == s.PROJECT_SHEET:
            sheets[canonical] = _read_project_sheet(grid, issues)
        else:
            table = next(t for t in s.TABLE_SHEETS if t.name == canonical)
            sheets[canonical] = _read_table(grid, table.columns, issues)
    issues += _workbook_rows_issues(sheets)
    for name in (s.PROJECT_SHEET, *(t.name for t in s.TABLE_SHEETS)):
        if name not in sheets and name not in refused:
            issues.append(Issue(Severity.ERROR, msg.SHEET_MISSING.format(sheet=name), name))
    values_book.close()
    return RawWorkbook(path, sheets, issues)


def _workbook_rows_issues(sheets: dict[str, RawSheet]) -> list[Issue]:
    total = sum(len(sheet.rows) for sheet in sheets.values())
    if total <= MAX_WORKBOOK_ROWS:
        return []
    largest = max(sheets.values(), key=lambda sheet: len(sheet.rows))
    message = msg.WORKBOOK_TOO_MANY_ROWS.format(
        count=_pl_int(total), limit=_pl_int(MAX_WORKBOOK_ROWS), sheet=largest.name
    )
    return [Issue(Severity.ERROR, message, largest.name)]


# --- sheet names -------------------------------------------------------------------------


def _hidden_sheet_issue(title: str, state: str) -> Issue:
    template = msg.SHEET_HIDDEN if state == "hidden" else msg.SHEET_VERY_HIDDEN
    return Issue(Severity.ERROR, template.format(sheet=title), title)


def _unknown_sheet_issue(title: str, by_label: dict[str, str]) -> Issue:
    """A warning for a sheet the contract does not name, or an error for one that only
    looks like a contract sheet (a Cyrillic „о” in „Prоjekt”, a zero-width space)."""
    look_alike = s.look_alike(title)
    if look_alike is not None:
        canonical = by_label.get(s.normalize_label(look_alike.skeleton))
        if canonical is not None:
            message = msg.SHEET_LOOK_ALIKE.format(
                sheet=title, name=canonical, characters=_describe(look_alike)
            )
            return Issue(Severity.ERROR, message, title)
    return Issue(Severity.WARNING, msg.SHEET_UNKNOWN.format(sheet=title), title)


def _describe(look_alike: s.LookAlike) -> str:
    """„о” (U+043E, cyrylica) udaje „o”, niewidoczny znak U+200B."""
    parts = []
    for char, script, latin in look_alike.foreign:
        name = msg.SCRIPT_NAMES.get(script, "")
        parts.append(
            msg.LOOK_ALIKE_LETTER.format(
                char=char, code=ord(char), script=f", {name}" if name else "", latin=latin
            )
        )
    parts += [msg.LOOK_ALIKE_INVISIBLE.format(code=ord(c)) for c in look_alike.invisible]
    return ", ".join(parts)


# --- the file as a whole ------------------------------------------------------------------


def _check_regular_file(path: Path) -> None:
    """Refuse a FIFO, device, socket or folder before anything opens it.

    Opening a FIFO for reading blocks until a writer comes, and a device such as
    `/dev/zero` never ends; `os.stat` follows links and never blocks, so a link to a regular
    file is read and a link to anything else is refused like the thing itself.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputFileError(path, msg.FILE_NOT_FOUND) from None
    except OSError as e:
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=e.strerror)) from e
    if not stat.S_ISREG(mode):
        raise InputFileError(path, msg.FILE_NOT_REGULAR)


def _check_container(path: Path) -> None:
    """Refuse what is not an `.xlsx` with a message that says what it is instead."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InputFileError(path, msg.FILE_NOT_FOUND) from None
    except OSError as e:
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=e.strerror)) from e
    if size == 0:
        raise InputFileError(path, msg.FILE_EMPTY)
    if head == _OLE_MAGIC:
        # An encrypted .xlsx is an OLE container holding `EncryptionInfo`; else it is .xls.
        if _holds_bytes(path, _ENCRYPTED_MARKER):
            raise InputFileError(path, msg.FILE_ENCRYPTED)
        raise InputFileError(path, msg.FILE_OLD_XLS)
    if not zipfile.is_zipfile(path):
        # A zip that lost its end (the directory) is a copy or download cut short.
        cut_short = head[:4] == _ZIP_MAGIC
        raise InputFileError(path, msg.FILE_TRUNCATED if cut_short else msg.FILE_NOT_XLSX)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(path, archive)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as e:
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=type(e).__name__)) from e


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


def _holds_bytes(path: Path, marker: bytes) -> bool:
    """Whether the file holds `marker`, read in blocks: never the whole file in memory."""
    overlap = len(marker) - 1
    with path.open("rb") as handle:
        tail = b""
        while block := handle.read(_OLE_BLOCK):
            window = tail + block
            if marker in window:
                return True
            tail = window[-overlap:]
    return False


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """Size and ratio limits against zip bombs, then no DTD in any XML part.

    Excel never writes a DTD; entity declarations are how XML bombs and external-entity
    reads work, so a part holding one is refused whatever parser would read it later.
    """
    entries = archive.infolist()
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        opendocument = "mimetype" in names and "content.xml" in names
        raise InputFileError(path, msg.FILE_ODS if opendocument else msg.FILE_NOT_XLSX)
    if any(e.flag_bits & _ZIP_ENCRYPTED_FLAG for e in entries):
        raise InputFileError(path, msg.FILE_ENCRYPTED)
    unpacked = unpacked_size(entries)
    packed = sum(e.compress_size for e in entries) or 1
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
        raise InputFileError(path, msg.FILE_TOO_LARGE.format(size=unpacked // 2**20))
    for entry in entries:
        try:
            doctype = _holds_doctype(archive, entry)
        except UnreadableXml as e:
            raise InputFileError(path, msg.FILE_DAMAGED.format(detail=entry.filename)) from e
        if doctype:
            raise InputFileError(path, msg.FILE_XML_DOCTYPE)


def _holds_doctype(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """Whether a part that is XML (by its name in any case, or by how it starts) declares a
    DTD as an XML parser reads it, whatever its encoding; the same check as the templates'
    (`xml_prolog.holds_doctype`), reading only the prolog, in blocks."""
    with archive.open(entry) as stream:
        head = stream.read(64)
        if not may_be_xml(entry.filename, head):
            return False
        return holds_doctype(itertools.chain((head,), stream_blocks(stream)))


def _load(path: Path):  # type: ignore[no-untyped-def]  # openpyxl is untyped
    """Load saved values, after one streamed pass that counts rows and finds formulas.

    openpyxl gives either formulas or their saved values, so a formula that was never
    calculated (a file written by a script, not saved by Excel) shows up as a formula in one
    load and as empty in the other. The streamed pass sees only the cells the file holds (a
    value in XFD1048576 is one cell, not a million padded rows) and refuses a sheet with too
    many rows before the whole workbook is loaded into memory.
    """
    import openpyxl  # imported here: only commands that read workbooks pay for it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about data validation, styles
            formulas = _scan_sheets(path)
            values_book = openpyxl.load_workbook(path, data_only=True)
    except InputFileError:
        raise
    except Exception as e:  # openpyxl raises anything from KeyError to lxml errors
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=type(e).__name__)) from e
    return values_book, formulas


def _scan_sheets(path: Path) -> dict[str, dict[str, str]]:
    """Formulas by sheet and coordinate, read as a stream of the cells each sheet holds.

    Raises `InputFileError` naming the first sheet with more than `MAX_FILLED_ROWS` rows
    that hold anything, as soon as its row past the limit is read.
    """
    import openpyxl
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import WorkSheetParser

    book = openpyxl.load_workbook(path, data_only=False, read_only=True)
    formulas: dict[str, dict[str, str]] = {}
    everywhere = 0
    try:
        for ws in book.worksheets:
            found: dict[str, str] = {}
            filled = 0
            with ws._get_source() as source:  # openpyxl's own parser, without the padding
                parser = WorkSheetParser(source, ws._shared_strings, data_only=False)
                for _, cells in parser.parse():
                    if not any(c["value"] is not None for c in cells):
                        continue
                    filled += 1
                    everywhere += 1
                    if everywhere > MAX_WORKBOOK_ROWS + len(book.worksheets) * HEADER_SEARCH_ROWS:
                        too_many = msg.WORKBOOK_TOO_MANY_ROWS.format(
                            count=f"ponad {_pl_int(MAX_WORKBOOK_ROWS)}",
                            limit=_pl_int(MAX_WORKBOOK_ROWS), sheet=ws.title,
                        )
                        raise InputFileError(path, too_many)
                    if filled > MAX_FILLED_ROWS:
                        too_many = msg.SHEET_TOO_MANY_ROWS.format(
                            sheet=ws.title, limit=_pl_int(MAX_DATA_ROWS)
                        )
                        raise InputFileError(path, too_many)
                    found.update(
                        (f"{get_column_letter(c['column'])}{c['row']}", str(c["value"]))
                        for c in cells
                        if c["data_type"] == "f"
                    )
            if found:
                formulas[ws.title] = found
    finally:
        book.close()
    return formulas


def _pl_int(number: int) -> str:
    """`10 000`: thousands grouped with a space, as Polish writes them."""
    return f"{number:,}".replace(",", "\u00a0")


# --- one sheet ----------------------------------------------------------------------------


class _Grid:
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


def _find_header(grid: _Grid, labels: dict[str, str]) -> tuple[int, dict[int, str]]:
    """The first row among the first ten holding the sheet's column names.

    Returns the row number and {column index: field key}; row 0 when none is found.
    """
    best_row, best = 0, {}
    for row in (r for r in grid.rows if r <= HEADER_SEARCH_ROWS):
        found: dict[int, str] = {}
        for column in grid.columns:
            value = grid.cell(row, column).value
            if isinstance(value, str) and (key := labels.get(s.normalize_label(value))):
                found.setdefault(column, key)
        if len(found) * 2 >= len(labels):
            return row, found
        if len(found) > len(best):
            best_row, best = row, found
    return best_row, best


def _header_issues(
    grid: _Grid, header_row: int, found: dict[int, str], fields: tuple[s.Field, ...]
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
        if f.key not in columns:
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.COLUMN_MISSING.format(column=f.label),
                    f"{_quote(grid.name)}!{header_row}:{header_row}",
                )
            )
    return columns, issues


def _extra_column_issues(grid: _Grid, header_row: int, known: set[int]) -> list[Issue]:
    """Anything in a column the contract does not name is reported, never dropped silently.

    One pass over the cells the sheet holds (sorted by row), so a sheet with values in
    thousands of columns costs one look at each value, not every column times every row.
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
        issues.append(
            Issue(
                Severity.WARNING,
                msg.COLUMN_EXTRA.format(column=name),
                f"{_quote(grid.name)}!{get_column_letter(column)}{first[column]}",
            )
        )
    return issues


def _data_rows(
    grid: _Grid, header_row: int, columns: dict[str, str], issues: list[Issue]
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


def _read_table(grid: _Grid, fields: tuple[s.Field, ...], issues: list[Issue]) -> RawSheet:
    labels = {s.normalize_label(f.label): f.key for f in fields}
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
    issues += _extra_column_issues(grid, header_row, set(found))
    sheet.rows = list(_data_rows(grid, header_row, sheet.columns, issues))
    if len(sheet.rows) > MAX_DATA_ROWS:
        too_many = msg.SHEET_TOO_MANY_ROWS.format(sheet=grid.name, limit=_pl_int(MAX_DATA_ROWS))
        issues.append(Issue(Severity.ERROR, too_many, grid.name))
        sheet.rows = sheet.rows[:MAX_DATA_ROWS]
    return sheet


_PROJECT_COLUMNS = (
    s.Field("label", s.PROJECT_LABEL_COLUMN, required=True),
    s.Field("value", s.PROJECT_VALUE_COLUMN, required=True),
)


def _read_project_sheet(grid: _Grid, issues: list[Issue]) -> RawSheet:
    """`Projekt` is a two-column table: each row's `Pole` names a field of the contract."""
    sheet = _read_table(grid, _PROJECT_COLUMNS, issues)
    by_label = {
        s.normalize_label(label): f.key
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
        key = by_label.get(s.normalize_label(label.rstrip(":*").strip()))
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
