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

This module makes the rows; `register_sheet.py` lays them out as a workbook and
`register_file.py` writes it and recognises it again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from generator import messages as msg
from generator.domain.model import Action, ProjectWorkbook
from generator.domain.polish import short_date
from generator.domain.procedure import ProcedureState
from generator.reports.register_file import REGISTER_SHEET as REGISTER_SHEET
from generator.reports.register_file import is_register as is_register
from generator.reports.register_file import write_register as write_register
from generator.reports.register_sheet import HEADERS as HEADERS
from generator.reports.register_sheet import register_bytes as register_bytes
from generator.workbook.find import Checked


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
        next_step=f"{nxt.definition.number} — {nxt.definition.name}" if nxt else "—",
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
