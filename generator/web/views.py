"""What the page shows, as plain records: problems grouped by sheet, the nine steps as a
timeline, the register. No web framework here, so tests and other views can use them.

Every "overdue" is a date comparison against the day the page is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from generator import messages as msg
from generator.domain.model import Issue
from generator.domain.procedure import ProcedureState, StepState
from generator.reports.register import RegisterRow
from generator.workbook.find import Checked

# Timeline states, also the CSS classes of the page.
DONE, NEXT, LATER, NOT_APPLICABLE = "done", "next", "later", "not-applicable"
_LABELS = {
    DONE: msg.WEB_STEP_DONE,
    NEXT: msg.WEB_STEP_NEXT,
    LATER: msg.WEB_STEP_LATER,
    NOT_APPLICABLE: msg.WEB_STEP_NOT_APPLICABLE,
}


@dataclass(frozen=True)
class Problem:
    cell: str
    severity: str
    is_error: bool
    message: str


@dataclass(frozen=True)
class SheetProblems:
    """The problems of one sheet (or of the whole file), errors first."""

    sheet: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class TimelineStep:
    number: int
    name: str
    state: str  # DONE, NEXT, LATER or NOT_APPLICABLE
    label: str
    day: str  # `07.09.2026` or empty
    people: str  # who acts (the next step) or who was responsible
    overdue: str  # why the step is late, or empty


@dataclass(frozen=True)
class OpenAction:
    description: str
    owner: str
    due: str
    overdue: bool


@dataclass(frozen=True)
class Report:
    """Everything `/sprawdz` shows for one workbook."""

    file: str
    ok: bool
    errors: int
    warnings: int
    problems: tuple[SheetProblems, ...]
    case_sign: str = ""
    title: str = ""
    timeline: tuple[TimelineStep, ...] = ()
    next_line: str = ""
    actions: tuple[OpenAction, ...] = ()


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def sheet_of(issue: Issue) -> str:
    """`Zasoby` for `Zasoby!F7`, `Dokumentacja SZJ` for `'Dokumentacja SZJ'!A2`."""
    if not issue.location:
        return msg.WEB_WHOLE_FILE
    return issue.location.split("!", 1)[0].strip("'")


def group_problems(issues: Sequence[Issue]) -> tuple[SheetProblems, ...]:
    """Problems by sheet in the order sheets first appear; errors before warnings in each."""
    groups: dict[str, list[Problem]] = {}
    for issue in sorted(issues, key=lambda i: not i.is_error):
        cell = issue.location.split("!", 1)[1] if issue.location and "!" in issue.location else ""
        problem = Problem(cell, issue.severity.value, issue.is_error, issue.message)
        groups.setdefault(sheet_of(issue), []).append(problem)
    return tuple(SheetProblems(sheet, tuple(items)) for sheet, items in groups.items())


def report(checked: Checked) -> Report:
    validation = checked.validation
    problems = group_problems(checked.issues)
    if validation is None:
        return Report(checked.path.name, False, 1, 0, problems)
    base = Report(
        checked.path.name, validation.ok, len(validation.errors), len(validation.warnings), problems
    )
    if validation.workbook is None or validation.state is None:
        return base
    from generator.reports.status import next_step_line

    project, state = validation.workbook.project, validation.state
    return replace(
        base,
        case_sign=project.case_sign,
        title=project.title,
        timeline=timeline(state, project.planned_implementation),
        next_line=next_step_line(state),
        actions=open_actions(state),
    )


def timeline(
    state: ProcedureState, planned_implementation: date | None
) -> tuple[TimelineStep, ...]:
    """The nine steps: done, the next one (who acts, late or not), later ones."""
    return tuple(_timeline_step(st, state, planned_implementation) for st in state.steps)


def _timeline_step(
    step: StepState, state: ProcedureState, planned_implementation: date | None
) -> TimelineStep:
    definition = step.definition
    if step.done:
        kind = DONE
    elif step.not_applicable:
        kind = NOT_APPLICABLE
    elif state.next_step is not None and state.next_step.definition.number == definition.number:
        kind = NEXT
    else:
        kind = LATER
    if kind == NEXT:
        people = ", ".join(p.name for p in state.next_people)
    else:
        people = step.person.name if step.person else ""
    return TimelineStep(
        definition.number,
        definition.name,
        kind,
        _LABELS[kind],
        day(step.date),
        people or definition.role,
        _overdue(step, kind, state, planned_implementation),
    )


def _overdue(
    step: StepState, kind: str, state: ProcedureState, planned_implementation: date | None
) -> str:
    """Why a step not yet done is late: the implementation date or the first audit passed."""
    number = step.definition.number
    if kind == NEXT and planned_implementation and planned_implementation < state.today:
        return msg.WEB_IMPLEMENTATION_OVERDUE.format(date=day(planned_implementation))
    audit_late = (
        state.supervision_start
        and not state.supervision_finished
        and state.supervision_end
        and state.supervision_end < state.today
    )
    if number == 9 and audit_late:
        return msg.WEB_AUDIT_OVERDUE.format(date=day(state.supervision_end))
    return ""


def open_actions(state: ProcedureState) -> tuple[OpenAction, ...]:
    return tuple(
        OpenAction(a.description, a.responsible or "", day(a.due), a.due < state.today)
        for a in sorted(state.open_actions, key=lambda a: a.due)
    )


@dataclass(frozen=True)
class RegisterEntry:
    """One project of the register page: its row and its small timeline."""

    row: RegisterRow
    timeline: tuple[TimelineStep, ...]
    actions: tuple[OpenAction, ...]
    sort_key_supervision: str  # ISO dates sort as text
    sort_key_last_change: str
    remarks: str


def register_entries(checked: Sequence[Checked]) -> tuple[RegisterEntry, ...]:
    from generator.reports.register import register_row

    entries = []
    for item in checked:
        validation = item.validation
        steps: tuple[TimelineStep, ...] = ()
        actions: tuple[OpenAction, ...] = ()
        if validation and validation.workbook and validation.state:
            state = validation.state
            steps = timeline(state, validation.workbook.project.planned_implementation)
            actions = open_actions(state)
        row = register_row(item)
        entries.append(
            RegisterEntry(
                row,
                steps,
                actions,
                row.supervision_end.isoformat() if row.supervision_end else "",
                row.last_change.isoformat() if row.last_change else "",
                _remarks(row),
            )
        )
    return tuple(entries)


def _remarks(row: RegisterRow) -> str:
    """The register's remarks, but for the page: an invalid workbook is checked on the page."""
    if row.errors:
        return msg.WEB_REGISTER_INVALID.format(errors=msg.errors(row.errors))
    return row.remarks
