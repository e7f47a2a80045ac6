"""The Secretary's register of projects (`szj register`): one row per workbook, as an Excel
table with filters and a frozen header under a title „Rejestr projektów zmian — stan na dzień …”,
set up to print: A4 landscape, fit to the page's width, the title and header on every page.
Overdue rows turn red by conditional formatting: the row's nearest deadline (an open action's
due date, or the first internal audit while supervision goes on) compared with the day.
Each project's open actions are listed with who is responsible and by when, also once its
steps and supervision are finished.

Invalid workbooks appear as rows with their error count; they never stop the register.
Every text cell is stored as text (`spreadsheet.put`), never as a formula. The register's
bytes depend only on its rows and the day, so an unchanged register is reported „bez zmian”;
it carries a marker (`REGISTER_IDENTIFIER`) by which `find_workbooks` passes it over.
"""

from __future__ import annotations

import io
import stat
import textwrap
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from generator import messages as msg
from generator.documents.output import FileStatus, plan_status
from generator.errors import OutputError
from generator.files import fixed_info
from generator.model import Action, ProjectWorkbook
from generator.pipeline import Checked
from generator.polish import short_date
from generator.procedure import ProcedureState
from generator.target import existing_target, refuse_read_only, write_target

REGISTER_SHEET = "Rejestr projektów"
REGISTER_IDENTIFIER = "szj-rejestr"  # docProps/core.xml dc:identifier of every register
_MAX_PROBED_PART = 1 << 20  # a register's core.xml and workbook.xml are a few hundred bytes

HEADERS = (  # title and width in characters: together they fit A4 landscape at ~70 %
    ("Plik", 14),
    ("Znak sprawy", 15),
    ("Tytuł projektu", 26),
    ("Bieżący krok", 8),
    ("Następny krok", 20),
    ("Kto działa", 16),
    ("Działania otwarte", 30),
    ("Działania po terminie", 10),
    ("Najbliższy termin", 11),
    ("Koniec nadzoru (audit wewnętrzny)", 11),
    ("Ostatnia zmiana", 11),
    ("Błędy", 7),
    ("Ostrzeżenia", 12),
    ("Uwagi", 24),
)
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


@dataclass(frozen=True)
class RegisterRow:
    file: str
    case_sign: str
    title: str
    current_step: str
    next_step: str
    who: str
    open_actions: int | None
    overdue_actions: int | None
    supervision_end: date | None
    last_change: date | None
    errors: int
    warnings: int
    remarks: str
    same_case_sign: tuple[str, ...] = ()  # other workbooks with this znak sprawy
    audit_overdue: bool = False  # not a column: with overdue actions, highlights the row
    open_action_lines: tuple[str, ...] = ()  # each open action: what, who, by when
    deadline: date | None = None  # the nearest open action's due date or ongoing audit

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_actions) or self.audit_overdue

    @property
    def flagged(self) -> bool:
        """Invalid, or sharing its znak sprawy with another workbook: needs attention first."""
        return bool(self.errors or self.same_case_sign)

    def cells(self) -> tuple[object, ...]:
        return (
            self.file,
            self.case_sign,
            self.title,
            self.current_step,
            self.next_step,
            self.who,
            "\n".join(self.open_action_lines) or self.open_actions or None,
            self.overdue_actions,
            self.deadline,
            self.supervision_end,
            self.last_change,
            self.errors,
            self.warnings,
            self.remarks,
        )


def register_row(checked: Checked, open_in: str | None = None) -> RegisterRow:
    """The row of one workbook; `open_in` names the program that has it open, if any."""
    row = _row(checked)
    if open_in:
        program = msg.PROGRAM_LOCATIVE.get(open_in, open_in)
        row = with_remark(row, msg.REGISTER_REMARK_OPEN.format(program=program))
    return row


def with_remark(row: RegisterRow, remark: str) -> RegisterRow:
    return replace(row, remarks=f"{row.remarks}; {remark}" if row.remarks else remark)


def duplicate_case_signs(rows: Sequence[RegisterRow]) -> dict[str, list[str]]:
    """Each znak sprawy held by more than one workbook, with those workbooks' files."""
    files: dict[str, list[str]] = {}
    for row in rows:
        if row.case_sign:
            files.setdefault(row.case_sign, []).append(row.file)
    return {sign: names for sign, names in files.items() if len(names) > 1}


def project_rows(
    checked: Sequence[Checked], open_in: Mapping[Path, str] | None = None
) -> list[RegisterRow]:
    """The register's rows: one per workbook, open workbooks and shared case signs marked."""
    opened = open_in or {}
    return mark_duplicates([register_row(c, opened.get(c.path)) for c in checked])


def mark_duplicates(rows: Sequence[RegisterRow]) -> list[RegisterRow]:
    """Every row whose znak sprawy another workbook also has, marked with the others' files."""
    duplicates = duplicate_case_signs(rows)
    marked = []
    for row in rows:
        others = tuple(f for f in duplicates.get(row.case_sign, []) if f != row.file)
        if others:
            row = with_remark(row, msg.REGISTER_REMARK_DUPLICATE.format(files=", ".join(others)))
        marked.append(replace(row, same_case_sign=others))
    return marked


def _row(checked: Checked) -> RegisterRow:
    validation = checked.validation
    if validation is not None and validation.workbook and validation.state:
        return _valid_row(
            checked.path, validation.workbook, validation.state, len(validation.warnings)
        )
    errors = len(validation.errors) if validation else 1
    warnings = len(validation.warnings) if validation else 0
    first = checked.report_lines()[0] if checked.report_lines() else ""
    remark = msg.REGISTER_REMARK_INVALID.format(first=first)
    if validation is not None and validation.partial_workbook and validation.partial_state:
        # What could be read stays in the row (znak, title, step), the errors marked.
        row = _valid_row(
            checked.path, validation.partial_workbook, validation.partial_state, warnings
        )
        return replace(row, errors=errors, remarks="; ".join(filter(None, (remark, row.remarks))))
    readable = validation.partial_workbook if validation else None
    project = readable.project if readable else None
    return RegisterRow(
        checked.path.name,
        (project.case_sign or "") if project else "",
        (project.title or "") if project else "",
        "",
        "",
        "",
        None,
        None,
        None,
        None,
        errors,
        warnings,
        remark,
    )


def _valid_row(
    path: Path, workbook: ProjectWorkbook, state: ProcedureState, warnings: int
) -> RegisterRow:
    current = state.current_step
    nxt = state.next_step
    return RegisterRow(
        file=path.name,
        case_sign=workbook.project.case_sign,
        title=workbook.project.title,
        current_step=str(current.definition.number) if current else "—",
        next_step=_step_label(state, nxt.definition.number) if nxt else "—",
        who=", ".join(p.name for p in state.next_people),
        open_actions=len(state.open_actions),
        overdue_actions=len(state.overdue_actions),
        supervision_end=state.supervision_end,
        last_change=_last_change(workbook),
        errors=0,
        warnings=warnings,
        remarks="; ".join(_remarks(state)),
        audit_overdue=state.audit_overdue,
        open_action_lines=tuple(_action_line(a, state.today) for a in _by_due(state)),
        deadline=_deadline(state),
    )


def _remarks(state: ProcedureState) -> list[str]:
    remarks = []
    if state.supervision_start and not state.supervision_finished:
        remarks.append(msg.REGISTER_REMARK_SUPERVISION)
    if state.audit_overdue:
        remarks.append(msg.REGISTER_REMARK_AUDIT_OVERDUE)
    if state.finished and state.open_actions:
        remarks.append(msg.REGISTER_REMARK_FINISHED_OPEN.format(count=len(state.open_actions)))
    elif state.finished:
        remarks.append(msg.REGISTER_REMARK_FINISHED)
    return remarks


def _by_due(state: ProcedureState) -> list[Action]:
    return sorted(state.open_actions, key=lambda a: (a.due, a.number or 0))


def _action_line(action: Action, today: date) -> str:
    template = msg.REGISTER_OPEN_ACTION_LATE if action.due < today else msg.REGISTER_OPEN_ACTION
    who = action.responsible or msg.REGISTER_NO_OWNER
    return template.format(description=action.description, who=who, due=short_date(action.due))


def _deadline(state: ProcedureState) -> date | None:
    """The nearest date the project must meet: it is overdue exactly when this is past."""
    dates = [a.due for a in state.open_actions]
    supervised = state.supervision_start and not state.supervision_finished
    if supervised and state.supervision_end:
        dates.append(state.supervision_end)
    return min(dates, default=None)


def _last_change(workbook: ProjectWorkbook) -> date | None:
    """The latest date recorded in the project: a step, an action closed, an audit."""
    dates = [e.date for e in workbook.steps if e.date]
    dates += [a.closed_on for a in workbook.actions if a.closed_on]
    if workbook.project.audit_date:
        dates.append(workbook.project.audit_date)
    return max(dates, default=None)


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

    from generator.spreadsheet import put

    cell = put(sheet, TITLE_ROW, 1, msg.REGISTER_TITLE.format(day=short_date(today)))
    cell.font = Font(name=_FONT, bold=True, size=14)
    cell.alignment = Alignment(vertical="center")
    sheet.row_dimensions[TITLE_ROW].height = 24


def _header(sheet) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from generator.spreadsheet import put

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

    from generator.spreadsheet import put

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

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def, override]
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = fixed_info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def, override]
        name = arcname if arcname is not None else str(filename)
        self.writestr(name, Path(filename).read_bytes())


# --- where the register goes ----------------------------------------------------------------


def _step_label(state: ProcedureState, number: int) -> str:
    """„7 — Przedłożenie Wójtowi do zatwierdzenia (gdy wymagane)”."""
    return f"{number} — {state.step_name(number)}"


def write_register(
    target: Path, data: bytes, force: bool, inputs: Sequence[Path]
) -> FileStatus:
    """Write the register to `target` by the rule of every command: nothing existing is
    replaced without `force`, and never a workbook the register was made from."""
    if existing_target(target):
        if any(_same_file(target, path) for path in inputs):
            raise OutputError(msg.REGISTER_TARGET_IS_INPUT.format(target=target))
        status = plan_status(target, data, force)
        if status is FileStatus.SKIPPED:
            refusal = msg.REGISTER_EXISTS if is_register(target) else msg.REGISTER_TARGET_FOREIGN
            raise OutputError(refusal.format(target=target))
        if status is FileStatus.IDENTICAL:
            return status
        refuse_read_only(target)
        write_target(target, data)
        return status
    write_target(target, data)
    return FileStatus.CREATED


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


# --- recognising a register -----------------------------------------------------------------


def is_register(path: Path) -> bool:
    """Whether `path` is a register `szj register` wrote: marked as one, or (written before
    the marker) a workbook whose only sheet is the register's. Anything odd means no; the
    reader then reports the file as it would any other."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # never open a pipe or device: it could block for ever
        with zipfile.ZipFile(path) as archive:
            core = _part(archive, "docProps/core.xml")
            if core is not None and _text_of(core, "identifier") == [REGISTER_IDENTIFIER]:
                return True
            book = _part(archive, "xl/workbook.xml")
            return book is not None and _sheet_names(book) == [REGISTER_SHEET]
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
        return False


def _part(archive: zipfile.ZipFile, name: str) -> Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PROBED_PART:
        return None
    try:
        return fromstring(archive.read(info))
    except (ParseError, DefusedXmlException):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text_of(root: Element, name: str) -> list[str]:
    return [(e.text or "").strip() for e in root.iter() if _local(str(e.tag)) == name]


def _sheet_names(root: Element) -> list[str]:
    return [e.get("name", "") for e in root.iter() if _local(str(e.tag)) == "sheet"]
