"""Reading a workbook file into raw cells: with `container.py` (the file as a whole) and
`sheet.py` (one sheet), the only modules that read `.xlsx` with openpyxl.

It finds the sheets and header rows of SPEC §2 tolerantly, keeps each cell's coordinate,
decodes Excel's `_xHHHH_` escapes, reads formulas through their saved values, and reports
structural problems (missing sheets/columns, extra ones) as issues. Values stay untyped here;
`validate.py` turns them into records.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from generator import messages as msg
from generator.domain.model import Issue, Severity
from generator.errors import InputFileError
from generator.workbook import labels
from generator.workbook import schema as s
from generator.workbook.container import check_container, check_regular_file
from generator.workbook.sheet import (
    HEADER_SEARCH_ROWS,
    MAX_DATA_ROWS,
    Grid,
    RawSheet,
    RawWorkbook,
    pl_int,
    read_project_sheet,
    read_table,
)

# Rows of data in all sheets together: 4 sheets of 5,000 rows peak at ~370 MB in `generate`,
# 4 of 10,000 at ~690 MB; this keeps the largest accepted workbook under 500 MB.
MAX_WORKBOOK_ROWS = 20_000
# Rows holding anything at all, counted while streaming before the workbook is loaded: the
# data rows plus the title and header rows above them.
MAX_FILLED_ROWS = MAX_DATA_ROWS + HEADER_SEARCH_ROWS


def read_workbook(path: Path) -> RawWorkbook:
    """Read every sheet of the contract; structural problems become issues.

    Raises `InputFileError` when the file is not a readable `.xlsx` at all.
    """
    check_regular_file(path)
    check_container(path)
    values_book, formula_cells = _load(path)
    issues: list[Issue] = []
    sheets: dict[str, RawSheet] = {}
    by_label: dict[str, str] = {labels.normalize_label(n): n for n in s.KNOWN_SHEETS}
    refused: set[str] = set()  # contract sheets found hidden: reported, not also as missing
    present = {by_label.get(labels.normalize_label(w.title)) for w in values_book.worksheets}
    absent = [n for n in (s.PROJECT_SHEET, *(t.name for t in s.TABLE_SHEETS)) if n not in present]
    for worksheet in values_book.worksheets:
        canonical = by_label.get(labels.normalize_label(worksheet.title))
        if canonical is None:
            issues.append(_unknown_sheet_issue(worksheet.title, by_label, absent))
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
        grid = Grid(worksheet, formula_cells.get(worksheet.title, {}))
        if canonical == s.PROJECT_SHEET:
            sheets[canonical] = read_project_sheet(grid, issues)
        else:
            table = next(t for t in s.TABLE_SHEETS if t.name == canonical)
            sheets[canonical] = read_table(grid, table.columns, issues)
    issues += _workbook_rows_issues(sheets)
    required = (s.PROJECT_SHEET, *(t.name for t in s.TABLE_SHEETS if not t.added))
    for name in required:
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
        count=pl_int(total), limit=pl_int(MAX_WORKBOOK_ROWS), sheet=largest.name
    )
    return [Issue(Severity.ERROR, message, largest.name)]


# --- sheet names -------------------------------------------------------------------------


def _hidden_sheet_issue(title: str, state: str) -> Issue:
    template = msg.SHEET_HIDDEN if state == "hidden" else msg.SHEET_VERY_HIDDEN
    return Issue(Severity.ERROR, template.format(sheet=title), title)


def _unknown_sheet_issue(title: str, by_label: dict[str, str], absent: list[str]) -> Issue:
    """A warning for a sheet the contract does not name, or an error for one that only
    looks like a contract sheet (a Cyrillic „о” in „Prоjekt”, a zero-width space) or is a
    near miss of one the workbook lacks („Nadzor”: an added sheet is optional, so nothing
    else would say that its rows are lost)."""
    look_alike = labels.look_alike(title)
    if look_alike is not None:
        canonical = by_label.get(labels.normalize_label(look_alike.skeleton))
        if canonical is not None:
            message = msg.SHEET_LOOK_ALIKE.format(
                sheet=title, name=canonical, characters=_describe(look_alike)
            )
            return Issue(Severity.ERROR, message, title)
    meant = labels.near_miss(title, absent)
    if meant is not None:
        return Issue(Severity.ERROR, msg.SHEET_NEAR_MISS.format(sheet=title, meant=meant), title)
    return Issue(Severity.WARNING, msg.SHEET_UNKNOWN.format(sheet=title), title)


def _describe(look_alike: labels.LookAlike) -> str:
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
                            count=f"ponad {pl_int(MAX_WORKBOOK_ROWS)}",
                            limit=pl_int(MAX_WORKBOOK_ROWS), sheet=ws.title,
                        )
                        raise InputFileError(path, too_many)
                    if filled > MAX_FILLED_ROWS:
                        too_many = msg.SHEET_TOO_MANY_ROWS.format(
                            sheet=ws.title, limit=pl_int(MAX_DATA_ROWS)
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
