"""The office's procedure (SPEC §1): nine steps, their roles and documents, and where a
project stands.

This is the one place that knows the procedure (with `steps.py`, the nine steps, and
`procedure_rules.py`, the rules `assess` collects). Validation (the procedure rules of SPEC §3),
the checklist document, `szj status` and `szj register` all read `assess()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from generator import messages as msg
from generator.domain.deadlines import deadline_errors, deadline_issues
from generator.domain.later_records import later_record_issues
from generator.domain.model import Action, Issue, Person, ProjectWorkbook, Severity, StepEntry
from generator.domain.polish import short_date
from generator.domain.procedure_rules import (
    entry_issues,
    order_issues,
    resource_issues,
    single_row_issues,
    supervision_issues,
)
from generator.domain.resource_confirmation import confirmation_issues
from generator.domain.steps import STEP_DEFINITIONS as STEP_DEFINITIONS
from generator.domain.steps import STEPS_BY_NUMBER as STEPS_BY_NUMBER
from generator.domain.steps import ReviewRound as ReviewRound
from generator.domain.steps import StepDefinition as StepDefinition
from generator.domain.steps import StepState as StepState
from generator.domain.steps import applicable
from generator.workbook import schema as s


@dataclass(frozen=True)
class ProcedureState:
    """Where one project stands on a given day."""

    today: date
    steps: tuple[StepState, ...]
    rounds: tuple[ReviewRound, ...]
    mayor_approval_required: bool
    next_step: StepState | None  # None when all steps are settled
    next_role: str | None  # who acts on the next step (see `_acting_role`)
    next_people: tuple[Person, ...]  # the people in that role, from `Osoby`
    supervision_start: date | None
    supervision_end: date | None  # the first internal audit, held or planned
    supervision_finished: bool
    open_actions: tuple[Action, ...]
    overdue_actions: tuple[Action, ...]
    issues: tuple[Issue, ...]
    executive_role: str = s.ROLE_MAYOR  # the gmina's organ: „Wójt”, „Burmistrz”, …

    def step(self, number: int) -> StepState:
        return self.steps[number - 1]

    def step_name(self, number: int) -> str:
        """The step's name as this office says it: step 7 „Przedłożenie Wójtowi …”."""
        if number == 7:
            return msg.STEP_7_NAMES[self.executive_role]
        return STEPS_BY_NUMBER[number].name

    @property
    def current_step(self) -> StepState | None:
        """The last settled step, if any."""
        settled = [st for st in self.steps if st.done]
        return settled[-1] if settled else None

    @property
    def awaiting_mayor(self) -> bool:
        """Step 7 submitted: the decision is now the Mayor's."""
        return self.next_role in s.EXECUTIVE_ROLES

    @property
    def audit_overdue(self) -> bool:
        """Supervision goes on past the day of the first internal audit."""
        return bool(
            self.supervision_start
            and not self.supervision_finished
            and self.supervision_end
            and self.supervision_end < self.today
        )

    @property
    def finished(self) -> bool:
        return self.next_step is None and self.supervision_finished

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.is_error)


@dataclass(frozen=True)
class ChecklistRow:
    """One line of the checklist: a step, or one review round of steps 5 and 6.

    Shared by the checklist document (08), `szj status` and the register.
    """

    label: str  # "1", "5", "WEJŚCIE"
    name: str
    round_number: int | None  # for steps 5 and 6 when there are several rounds
    role: str | None
    person: Person | None
    documents: tuple[str, ...]
    entry: StepEntry | None

    @property
    def status(self) -> str:
        return self.entry.status if self.entry else s.STEP_NOT_STARTED


def checklist_rows(state: ProcedureState) -> tuple[ChecklistRow, ...]:
    """Steps 1–9 in procedure order, steps 5–6 once per review round."""
    returned = bool(state.rounds) and state.rounds[-1].returned
    several_rounds = len(state.rounds) > 1 or returned  # a returned round opens another
    rows: list[ChecklistRow] = []

    def row(st: StepState, entry: StepEntry | None, round_number: int | None = None) -> None:
        d = st.definition
        name = state.step_name(d.number)
        rows.append(
            ChecklistRow(str(d.number), name, round_number, d.role, st.person, d.documents, entry)
        )

    for st in state.steps:
        number = st.definition.number
        if number == 5:
            for review in state.rounds or (ReviewRound(1, None, None),):
                label = review.number if several_rounds else None
                row(st, review.submission, label)
                row(state.step(6), review.decision, label)
            if returned:
                # The returned round opens a new one that has not started yet.
                row(st, None, len(state.rounds) + 1)
                row(state.step(6), None, len(state.rounds) + 1)
        elif number != 6:
            row(st, st.last)
    return tuple(rows)


def assess(
    workbook: ProjectWorkbook, today: date, people_complete: bool = True
) -> ProcedureState:
    """Derive the state of a project and every procedure rule of SPEC §3.

    Without `people_complete` (a row of Osoby was refused) the rules that look people up are
    left out: they would only repeat that row's error.
    """
    project = workbook.project
    rounds = _review_rounds(workbook.steps)
    steps = tuple(_step_state(d, workbook, rounds) for d in STEP_DEFINITIONS)
    step9 = steps[8]
    supervision_start = step9.date if step9.done else None
    supervision_end = project.audit_date or project.planned_audit
    open_actions = tuple(a for a in workbook.actions if a.status == s.ACTION_OPEN)
    overdue = tuple(a for a in open_actions if a.due < today)

    # Step 7 not started in a project that needs no Mayor's approval is skipped, not next.
    next_step = next(
        (
            st
            for st in steps
            if not st.settled and applicable(st, project.mayor_approval_required)
        ),
        None,
    )
    issues: list[Issue] = []
    issues += order_issues(
        steps, rounds, project.mayor_approval_required, workbook.executive_role
    )
    issues += single_row_issues(steps)
    issues += entry_issues(workbook, people_complete)
    issues += resource_issues(workbook, steps)
    issues += confirmation_issues(workbook, steps, people_complete)
    issues += supervision_issues(workbook, step9, today)
    issues += deadline_errors(workbook, steps)
    issues += deadline_issues(workbook, steps, today)
    issues += later_record_issues(workbook, steps, people_complete)
    issues += [
        Issue(
            Severity.WARNING,
            msg.ACTION_OVERDUE.format(due=short_date(a.due)),
            a.source.cell("due"),
        )
        for a in overdue
    ]
    return ProcedureState(
        today=today,
        steps=steps,
        rounds=rounds,
        mayor_approval_required=project.mayor_approval_required,
        next_step=next_step,
        next_role=_acting_role(next_step, workbook.executive_role),
        next_people=_acting_people(workbook, next_step),
        supervision_start=supervision_start,
        supervision_end=supervision_end,
        supervision_finished=project.audit_date is not None,
        open_actions=open_actions,
        overdue_actions=overdue,
        issues=tuple(issues),
        executive_role=workbook.executive_role,
    )


def _acting_role(step: StepState | None, executive_role: str) -> str | None:
    """The one answer to "who acts next": the step's responsible role, except that a step 7
    in progress (submitted by the Secretary) waits for the Mayor's decision."""
    if step is None:
        return None
    if step.definition.number == 7 and step.status == s.STEP_IN_PROGRESS:
        return executive_role
    return step.definition.role


def _acting_people(workbook: ProjectWorkbook, step: StepState | None) -> tuple[Person, ...]:
    role = _acting_role(step, workbook.executive_role)
    return workbook.people_with_role(role)[:1] if role else ()


def _step_state(
    definition: StepDefinition, workbook: ProjectWorkbook, rounds: tuple[ReviewRound, ...]
) -> StepState:
    entries = tuple(e for e in workbook.steps if e.step == definition.number)
    return StepState(
        definition,
        entries,
        workbook.person_with_role(definition.role),
        _step_status(definition.number, entries, rounds),
    )


def _step_status(
    number: int, entries: tuple[StepEntry, ...], rounds: tuple[ReviewRound, ...]
) -> str:
    """The last row decides; for steps 5 and 6 only the current review round counts.

    A round returned `do poprawy` opens a new round, so steps 5 and 6 are then pending again.
    """
    if number not in (5, 6):
        return entries[-1].status if entries else s.STEP_NOT_STARTED
    if not rounds or rounds[-1].returned:
        return s.STEP_NOT_STARTED
    entry = rounds[-1].submission if number == 5 else rounds[-1].decision
    return entry.status if entry else s.STEP_NOT_STARTED


def _review_rounds(entries: Iterable[StepEntry]) -> tuple[ReviewRound, ...]:
    """Pair each step-5 row with the step-6 row that follows it, in sheet order."""
    rounds: list[ReviewRound] = []
    submission: StepEntry | None = None
    for entry in entries:
        if entry.step == 5:
            if submission is not None:
                rounds.append(ReviewRound(len(rounds) + 1, submission, None))
            submission = entry
        elif entry.step == 6:
            rounds.append(ReviewRound(len(rounds) + 1, submission, entry))
            submission = None
    if submission is not None:
        rounds.append(ReviewRound(len(rounds) + 1, submission, None))
    return tuple(rounds)
