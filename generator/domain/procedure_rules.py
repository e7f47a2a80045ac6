"""The procedure rules of SPEC §3: steps in order, review rounds, dates that never go back,
who may perform a step, resources by step 4 and 8, supervision until the first audit.

Each rule returns issues naming their cells; `procedure.assess` collects them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from generator import messages as msg
from generator.domain.model import Issue, ProjectWorkbook, Severity, StepEntry
from generator.domain.offices import Case, decline
from generator.domain.polish import short_date
from generator.domain.steps import (
    STEPS_BY_NUMBER,
    ReviewRound,
    StepDefinition,
    StepState,
    applicable,
)
from generator.workbook import schema as s


def order_issues(
    steps: tuple[StepState, ...],
    rounds: tuple[ReviewRound, ...],
    mayor_required: bool,
    executive_role: str,
) -> list[Issue]:
    """Step 7 applicability, steps done out of order, returned rounds, dates backwards."""
    returned = bool(rounds and rounds[-1].returned)
    return [
        *_applicability_issues(steps, mayor_required, executive_role),
        *_sequence_issues(steps, mayor_required, returned),
        *_round_issues(steps, rounds, returned),
        *_date_order_issues(steps),
    ]


def _error(message: str, entry: StepEntry, key: str = "status") -> Issue:
    return Issue(Severity.ERROR, message, entry.source.cell(key))


def _applicability_issues(
    steps: tuple[StepState, ...], mayor_required: bool, executive_role: str
) -> list[Issue]:
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
        organ = decline(executive_role, Case.GENITIVE)
        issues.append(_error(msg.STEP7_REQUIRED.format(organ=organ), step7.last))
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
            (e for e in earlier if applicable(e, mayor_required) and not e.done), None
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


def single_row_issues(steps: tuple[StepState, ...]) -> list[Issue]:
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


def entry_issues(workbook: ProjectWorkbook, people_complete: bool = True) -> list[Issue]:
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
    if people_complete:
        issues += unknown_people(
            workbook, [(a.responsible, a.source.cell("responsible")) for a in workbook.actions]
        )
    return issues


def unknown_people(
    workbook: ProjectWorkbook, named: Iterable[tuple[str | None, str]]
) -> list[Issue]:
    """A warning, at its cell, for each name typed by hand that `Osoby` does not list (the
    one matcher, `ProjectWorkbook.people_named`). Callers leave it out when a row of Osoby
    was refused: the list is then incomplete."""
    return [
        Issue(Severity.WARNING, msg.PERSON_UNKNOWN.format(name=name), cell)
        for name, cell in named
        if name and not workbook.people_named(name)
    ]


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


def resource_issues(workbook: ProjectWorkbook, steps: tuple[StepState, ...]) -> list[Issue]:
    issues: list[Issue] = []
    step4_done, step8_done = steps[3].done, steps[7].done
    for resource in workbook.resources:
        cell = resource.source.cell("status")
        if step8_done and resource.status != s.RESOURCE_ENSURED:
            issues.append(Issue(Severity.WARNING, msg.RESOURCE_NOT_ENSURED, cell))
        elif step4_done and resource.status == s.RESOURCE_IDENTIFIED:
            issues.append(Issue(Severity.WARNING, msg.RESOURCE_NOT_ACCEPTED, cell))
    return issues


def supervision_issues(workbook: ProjectWorkbook, step9: StepState, today: date) -> list[Issue]:
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
