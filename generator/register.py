"""The Secretary's register of projects (`szj register`): one row per workbook, as an Excel
table with filters, a frozen header and overdue rows highlighted.

Invalid workbooks appear as rows with their error count; they never stop the register.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.model import ProjectWorkbook
from generator.pipeline import Checked
from generator.procedure import ProcedureState

HEADERS = (
    ("Plik", 24),
    ("Znak sprawy", 18),
    ("Tytuł projektu", 40),
    ("Bieżący krok", 12),
    ("Następny krok", 44),
    ("Kto działa", 30),
    ("Działania otwarte", 12),
    ("Działania po terminie", 12),
    ("Koniec nadzoru (audit wewnętrzny)", 16),
    ("Ostatnia zmiana", 14),
    ("Błędy", 8),
    ("Ostrzeżenia", 12),
    ("Uwagi", 40),
)
_OVERDUE_FILL = "FFF4CCCC"
_INVALID_FILL = "FFFFE699"


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
    audit_overdue: bool = False  # not a column: with overdue actions, highlights the row

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_actions) or self.audit_overdue

    def cells(self) -> tuple[object, ...]:
        return (
            self.file,
            self.case_sign,
            self.title,
            self.current_step,
            self.next_step,
            self.who,
            self.open_actions,
            self.overdue_actions,
            self.supervision_end,
            self.last_change,
            self.errors,
            self.warnings,
            self.remarks,
        )


def register_row(checked: Checked) -> RegisterRow:
    validation = checked.validation
    if validation is None or validation.workbook is None or validation.state is None:
        errors = len(validation.errors) if validation else 1
        warnings = len(validation.warnings) if validation else 0
        first = checked.report_lines()[0] if checked.report_lines() else ""
        return RegisterRow(
            checked.path.name,
            "",
            "",
            "",
            "",
            "",
            None,
            None,
            None,
            None,
            errors,
            warnings,
            f"Skoroszyt zawiera błędy — uruchom „szj validate”. Pierwszy: {first}",
        )
    return _valid_row(checked.path, validation.workbook, validation.state, len(validation.warnings))


def _valid_row(
    path: Path, workbook: ProjectWorkbook, state: ProcedureState, warnings: int
) -> RegisterRow:
    current = state.current_step
    nxt = state.next_step
    remarks = []
    if state.supervision_start and not state.supervision_finished:
        remarks.append("nadzór trwa")
    if state.audit_overdue:
        remarks.append("audit wewnętrzny po terminie")
    if state.finished:
        remarks.append("zakończono")
    return RegisterRow(
        file=path.name,
        case_sign=workbook.project.case_sign,
        title=workbook.project.title,
        current_step=str(current.definition.number) if current else "—",
        next_step=f"{nxt.definition.number} — {nxt.definition.name}" if nxt else "—",
        who=", ".join(p.name for p in state.next_people),
        open_actions=len(state.open_actions),
        overdue_actions=len(state.overdue_actions),
        supervision_end=state.supervision_end,
        last_change=_last_change(workbook),
        errors=0,
        warnings=warnings,
        remarks="; ".join(remarks),
        audit_overdue=state.audit_overdue,
    )


def _last_change(workbook: ProjectWorkbook) -> date | None:
    """The latest date recorded in the project: a step, an action closed, an audit."""
    dates = [e.date for e in workbook.steps if e.date]
    dates += [a.closed_on for a in workbook.actions if a.closed_on]
    if workbook.project.audit_date:
        dates.append(workbook.project.audit_date)
    return max(dates, default=None)


def register_bytes(rows: list[RegisterRow]) -> bytes:
    """The register workbook as bytes (written atomically by the caller)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    book = Workbook()
    sheet = book.active
    sheet.title = "Rejestr projektów"
    sheet.append([title for title, _ in HEADERS])
    for row in rows:
        sheet.append(list(row.cells()))
    for index, (_, width) in enumerate(HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for number, row in enumerate(rows, start=2):
        for column in (9, 10):
            sheet.cell(row=number, column=column).number_format = "DD.MM.YYYY"
        fill = _INVALID_FILL if row.errors else _OVERDUE_FILL if row.overdue else None
        if fill:
            for cell in sheet[number]:
                cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(len(HEADERS))}{max(len(rows), 1) + 1}"
    table = Table(displayName="Rejestr", ref=f"A1:{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    sheet.add_table(table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
