"""The office's procedure (SPEC §1): nine steps, their roles and documents, and where a
project stands.

This is the one place that knows the procedure. Validation (the procedure rules of SPEC §3),
the checklist document, `szj status` and `szj register` all read `assess()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from generator import messages as msg
from generator import schema as s
from generator.deadlines import deadline_errors, deadline_issues
from generator.model import Action, Issue, Person, ProjectWorkbook, Severity, StepEntry
from generator.polish import short_date


@dataclass(frozen=True)
class StepDefinition:
    """One step of the procedure as the office describes it."""

    number: int
    name: str
    role: str
    documents: tuple[str, ...]
    repeatable: bool = False  # steps 5 and 6: one row per review round
    optional: bool = False  # step 7: only when the Mayor's approval is required

    @property
    def roles(self) -> tuple[str, ...]:
        """Everyone who acts on the step: its role, and for step 7 also the Mayor, who
        approves what the Secretary submits."""
        return (self.role, *_ALSO_ALLOWED.get(self.number, ()))

    @property
    def preconditions(self) -> tuple[int, ...]:
        """Steps that must be done first: every earlier one (the procedure is a sequence);
        the optional step 7 counts only where it applies (see `_applicable`)."""
        return tuple(range(1, self.number))


STEP_DEFINITIONS: tuple[StepDefinition, ...] = (
    StepDefinition(1, msg.STEP_NAMES[1], s.ROLE_SECRETARY, ("01",)),
    StepDefinition(2, msg.STEP_NAMES[2], s.ROLE_DESIGNER, ("02",)),
    StepDefinition(3, msg.STEP_NAMES[3], s.ROLE_SECRETARY, ("02",)),
    StepDefinition(4, msg.STEP_NAMES[4], s.ROLE_HEAD_OF_ORG, ("03",)),
    StepDefinition(5, msg.STEP_NAMES[5], s.ROLE_IMPLEMENTER, ("04", "05", "06"), repeatable=True),
    StepDefinition(6, msg.STEP_NAMES[6], s.ROLE_SECRETARY, ("07",), repeatable=True),
    StepDefinition(7, msg.STEP_NAMES[7], s.ROLE_SECRETARY, ("07",), optional=True),
    StepDefinition(8, msg.STEP_NAMES[8], s.ROLE_SECRETARY, ("03", "08")),
    StepDefinition(9, msg.STEP_NAMES[9], s.ROLE_SECRETARY, ("09",)),
)
STEPS_BY_NUMBER = {d.number: d for d in STEP_DEFINITIONS}

# Who may sign off a step besides its responsible role: step 7 is the Mayor's approval.
_ALSO_ALLOWED = {7: (s.ROLE_MAYOR,)}


@dataclass(frozen=True)
class StepState:
    """A step as it stands: its last row in `Przebieg` decides (the last round counts)."""

    definition: StepDefinition
    entries: tuple[StepEntry, ...]  # every row of this step, in sheet order
    person: Person | None  # who is responsible, from `Osoby`
    status: str  # for steps 5 and 6: the status within the current review round

    @property
    def last(self) -> StepEntry | None:
        return self.entries[-1] if self.entries else None

    @property
    def done(self) -> bool:
        return self.status == s.STEP_DONE

    @property
    def not_applicable(self) -> bool:
        return self.status == s.STEP_NOT_APPLICABLE

    @property
    def settled(self) -> bool:
        """Done or not applicable: nothing more to do on this step."""
        return self.done or self.not_applicable

    @property
    def date(self) -> date | None:
        return self.last.date if self.last and self.status != s.STEP_NOT_STARTED else None


@dataclass(frozen=True)
class ReviewRound:
    """One submission to the Secretary (step 5) and her decision (step 6)."""

    number: int
    submission: StepEntry | None
    decision: StepEntry | None

    @property
    def returned(self) -> bool:
        return bool(self.decision and self.decision.result == s.RESULT_RETURNED)

    @property
    def accepted(self) -> bool:
        return bool(
            self.decision
            and self.decision.status == s.STEP_DONE
            and self.decision.result != s.RESULT_RETURNED
        )


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

    def step(self, number: int) -> StepState:
        return self.steps[number - 1]

    @property
    def current_step(self) -> StepState | None:
        """The last settled step, if any."""
        settled = [st for st in self.steps if st.done]
        return settled[-1] if settled else None

    @property
    def awaiting_mayor(self) -> bool:
        """Step 7 submitted: the decision is now the Mayor's."""
        return self.next_role == s.ROLE_MAYOR

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
        rows.append(
            ChecklistRow(str(d.number), d.name, round_number, d.role, st.person, d.documents, entry)
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
            if not st.settled and _applicable(st, project.mayor_approval_required)
        ),
        None,
    )
    issues: list[Issue] = []
    issues += _order_issues(steps, rounds, project.mayor_approval_required)
    issues += _single_row_issues(steps)
    issues += _entry_issues(workbook, people_complete)
    issues += _resource_issues(workbook, steps)
    issues += _supervision_issues(workbook, step9, today)
    issues += deadline_errors(workbook, steps)
    issues += deadline_issues(workbook, steps, today)
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
        next_role=_acting_role(next_step),
        next_people=_acting_people(workbook, next_step),
        supervision_start=supervision_start,
        supervision_end=supervision_end,
        supervision_finished=project.audit_date is not None,
        open_actions=open_actions,
        overdue_actions=overdue,
        issues=tuple(issues),
    )


def _acting_role(step: StepState | None) -> str | None:
    """The one answer to "who acts next": the step's responsible role, except that a step 7
    in progress (submitted by the Secretary) waits for the Mayor's decision."""
    if step is None:
        return None
    if step.definition.number == 7 and step.status == s.STEP_IN_PROGRESS:
        return s.ROLE_MAYOR
    return step.definition.role


def _acting_people(workbook: ProjectWorkbook, step: StepState | None) -> tuple[Person, ...]:
    role = _acting_role(step)
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


def _order_issues(
    steps: tuple[StepState, ...], rounds: tuple[ReviewRound, ...], mayor_required: bool
) -> list[Issue]:
    """Step 7 applicability, steps done out of order, returned rounds, dates backwards."""
    returned = bool(rounds and rounds[-1].returned)
    return [
        *_applicability_issues(steps, mayor_required),
        *_sequence_issues(steps, mayor_required, returned),
        *_round_issues(steps, rounds, returned),
        *_date_order_issues(steps),
    ]


def _error(message: str, entry: StepEntry, key: str = "status") -> Issue:
    return Issue(Severity.ERROR, message, entry.source.cell(key))


def _applicability_issues(steps: tuple[StepState, ...], mayor_required: bool) -> list[Issue]:
    """`nie dotyczy` only on step 7, and not when the Mayor's approval is required."""
    issues = [
        _error(msg.STEP_NOT_APPLICABLE_ONLY_7, entry)
        for st in steps
        if st.definition.number != 7
        for entry in st.entries
        if entry.status == s.STEP_NOT_APPLICABLE
    ]
    step7 = steps[6]
    if step7.not_applicable and mayor_required and step7.last:
        issues.append(_error(msg.STEP7_REQUIRED, step7.last))
    return issues


def _sequence_issues(
    steps: tuple[StepState, ...], mayor_required: bool, returned: bool
) -> list[Issue]:
    """A step done while an earlier applicable step is not.

    Step 6 is checked per review round; after a returned round, steps 7–9 are reported by
    the rule about returned rounds.
    """
    issues: list[Issue] = []
    for later in steps:
        number = later.definition.number
        if not later.done or later.last is None or number == 6 or (returned and number > 6):
            continue
        earlier = (steps[n - 1] for n in later.definition.preconditions)
        pending = next(
            (e for e in earlier if _applicable(e, mayor_required) and not e.done), None
        )
        if pending is not None:
            text = msg.STEP_DONE_BEFORE_EARLIER.format(
                step=number, earlier=pending.definition.number
            )
            issues.append(_error(text, later.last))
    return issues


def _round_issues(
    steps: tuple[StepState, ...], rounds: tuple[ReviewRound, ...], returned: bool
) -> list[Issue]:
    """A decision without a done submission; steps after a round returned `do poprawy`."""
    issues = [
        _error(msg.STEP_DONE_BEFORE_EARLIER.format(step=6, earlier=5), review.decision)
        for review in rounds
        if review.decision
        and review.decision.status == s.STEP_DONE
        and not (review.submission and review.submission.status == s.STEP_DONE)
    ]
    if returned:
        issues += [
            _error(msg.STEP_AFTER_RETURNED.format(step=st.definition.number), st.last)
            for st in steps[6:]
            if st.done and st.last
        ]
    return issues


def _applicable(step: StepState, mayor_required: bool) -> bool:
    if step.definition.optional:
        return mayor_required or not step.not_applicable and step.status != s.STEP_NOT_STARTED
    return True


def _date_order_issues(steps: tuple[StepState, ...]) -> list[Issue]:
    """Dates of done rows must not go backwards along the procedure.

    Procedure order: steps 1–4, then the rows of steps 5 and 6 in sheet order (the review
    rounds), then steps 7–9.
    """
    def position(entry: StepEntry) -> tuple[int, int]:
        if entry.step in (5, 6):
            return (5, entry.source.row)
        return (entry.step, 0)

    done_rows = sorted(
        (e for st in steps for e in st.entries if e.status == s.STEP_DONE and e.date),
        key=position,
    )
    issues: list[Issue] = []
    latest: StepEntry | None = None
    for entry in done_rows:
        assert entry.date is not None
        if latest is not None and latest.date is not None and entry.date < latest.date:
            issues.append(
                Issue(
                    Severity.ERROR,
                    msg.STEP_DATE_BACKWARDS.format(
                        date=short_date(entry.date),
                        step=latest.step,
                        earlier_date=short_date(latest.date),
                    ),
                    entry.source.cell("date"),
                )
            )
        else:
            latest = entry
    return issues


def _single_row_issues(steps: tuple[StepState, ...]) -> list[Issue]:
    """Only steps 5 and 6 may repeat."""
    issues: list[Issue] = []
    for st in steps:
        if not st.definition.repeatable and len(st.entries) > 1:
            for entry in st.entries[1:]:
                issues.append(
                    Issue(
                        Severity.ERROR,
                        msg.STEP_REPEATED.format(step=st.definition.number),
                        entry.source.cell("step"),
                    )
                )
    return issues


def _entry_issues(workbook: ProjectWorkbook, people_complete: bool = True) -> list[Issue]:
    """Per row of `Przebieg`: date for done steps, results, the person who performed it."""
    issues: list[Issue] = []
    for entry in workbook.steps:
        definition = STEPS_BY_NUMBER[entry.step]
        if entry.status == s.STEP_DONE and entry.date is None:
            issues.append(_error(msg.STEP_DONE_WITHOUT_DATE, entry, "date"))
        issues += _result_issues(entry)
        if entry.performer and people_complete:
            if not workbook.people_named(entry.performer):
                issues.append(
                    Issue(
                        Severity.WARNING,
                        msg.PERSON_UNKNOWN.format(name=entry.performer),
                        entry.source.cell("performer"),
                    )
                )
            elif not _holds_role(workbook, entry.performer, definition):
                issues.append(
                    Issue(
                        Severity.WARNING,
                        msg.PERFORMER_WRONG_ROLE.format(
                            name=entry.performer, step=entry.step, role=definition.role
                        ),
                        entry.source.cell("performer"),
                    )
                )
    for action in workbook.actions if people_complete else ():
        if action.responsible and not workbook.people_named(action.responsible):
            issues.append(
                Issue(
                    Severity.WARNING,
                    msg.PERSON_UNKNOWN.format(name=action.responsible),
                    action.source.cell("responsible"),
                )
            )
    return issues


def _result_issues(entry: StepEntry) -> list[Issue]:
    allowed = {
        6: (s.RESULT_ACCEPTED, s.RESULT_RETURNED),
        7: (s.RESULT_APPROVED, s.RESULT_REJECTED),
    }.get(entry.step, ())
    cell = entry.source.cell("result")
    if entry.result and entry.result not in allowed:
        if allowed:
            text = msg.RESULT_NOT_ALLOWED.format(
                result=entry.result, step=entry.step, allowed=msg.join_quoted(allowed)
            )
        else:
            text = msg.RESULT_NOT_FOR_STEP.format(result=entry.result, step=entry.step)
        return [Issue(Severity.ERROR, text, cell)]
    if allowed and entry.status == s.STEP_DONE and not entry.result:
        return [
            Issue(
                Severity.ERROR,
                msg.RESULT_MISSING.format(step=entry.step, allowed=msg.join_quoted(allowed)),
                cell,
            )
        ]
    return []


def _holds_role(workbook: ProjectWorkbook, name: str, definition: StepDefinition) -> bool:
    roles = {p.role for p in workbook.people_named(name)}
    allowed = set(definition.roles)
    return bool(roles & allowed)


def _resource_issues(workbook: ProjectWorkbook, steps: tuple[StepState, ...]) -> list[Issue]:
    issues: list[Issue] = []
    step4_done, step8_done = steps[3].done, steps[7].done
    for resource in workbook.resources:
        cell = resource.source.cell("status")
        if step8_done and resource.status != s.RESOURCE_ENSURED:
            issues.append(Issue(Severity.WARNING, msg.RESOURCE_NOT_ENSURED, cell))
        elif step4_done and resource.status == s.RESOURCE_IDENTIFIED:
            issues.append(Issue(Severity.WARNING, msg.RESOURCE_NOT_ACCEPTED, cell))
    return issues


def _supervision_issues(workbook: ProjectWorkbook, step9: StepState, today: date) -> list[Issue]:
    project = workbook.project
    issues: list[Issue] = []
    if step9.done and project.planned_audit is None:
        issues.append(
            Issue(Severity.ERROR, msg.AUDIT_DATE_MISSING, project.cell("planned_audit"))
        )
    if (
        step9.done
        and project.planned_audit
        and project.audit_date is None
        and project.planned_audit < today
    ):
        issues.append(
            Issue(
                Severity.WARNING,
                msg.AUDIT_OVERDUE.format(date=short_date(project.planned_audit)),
                project.cell("planned_audit"),
            )
        )
    return issues
