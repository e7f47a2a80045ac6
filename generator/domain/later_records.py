"""The rules of the records kept after the project is approved (issue 12, rule 6): the acts
adopted after step 7 (sheet `Akty`), the log of the special supervision of step 9 (sheet
`Nadzór`), the verification of each action's effectiveness (sheet `Działania`) and the check
of the acceptance criteria that closes the supervision.

A record cannot be dated before the step it follows: each such date is an error at its cell,
so nothing is written. `procedure.assess` collects these issues with the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator import messages as msg
from generator.domain.model import AdoptedAct, Issue, ProjectWorkbook, Severity
from generator.domain.polish import short_date
from generator.domain.procedure_rules import unknown_people
from generator.domain.steps import StepState, applicable
from generator.workbook import schema as s


def later_record_issues(
    workbook: ProjectWorkbook, steps: Sequence[StepState], people_complete: bool = True
) -> list[Issue]:
    """Every issue of the acts, the supervision log, the verifications and the criteria."""
    return [
        *act_issues(workbook, steps),
        *supervision_log_issues(workbook, steps[8]),
        *verification_issues(workbook),
        *criteria_issues(workbook),
        *(people_issues(workbook) if people_complete else ()),
    ]


def approval_step(workbook: ProjectWorkbook, steps: Sequence[StepState]) -> StepState:
    """The step after which acts are adopted: step 7 (the organ's approval), or the Secretary's
    acceptance (step 6) when the project needs no approval of the organ."""
    step7 = steps[6]
    return step7 if applicable(step7, workbook.project.mayor_approval_required) else steps[5]


def act_issues(workbook: ProjectWorkbook, steps: Sequence[StepState]) -> list[Issue]:
    """An act adopted before the approval, or in force before it was adopted."""
    approval = approval_step(workbook, steps)
    number = approval.definition.number
    issues: list[Issue] = []
    for act in workbook.adopted_acts:
        issues += _act_number_issues(act)
        adopted = short_date(act.adopted_on)
        if not approval.done or approval.date is None:
            text = msg.ACT_BEFORE_APPROVAL_DONE.format(date=adopted, step=number)
            issues.append(_error(text, act.source.cell("adopted_on")))
        elif act.adopted_on < approval.date:
            text = msg.ACT_ADOPTED_BEFORE_APPROVAL.format(
                date=adopted, step=number, step_date=short_date(approval.date)
            )
            issues.append(_error(text, act.source.cell("adopted_on")))
        if act.in_force_on is not None and act.in_force_on < act.adopted_on:
            text = msg.ACT_IN_FORCE_BEFORE_ADOPTION.format(
                date=short_date(act.in_force_on), adopted=adopted
            )
            issues.append(_error(text, act.source.cell("in_force_on")))
    return issues


def _act_number_issues(act: AdoptedAct) -> list[Issue]:
    """09 prints „Zarządzenie Nr {number} Burmistrza …”: a number that is only „Nr”, or that
    is the act's whole name, would print as no number or as the name twice."""
    typed = act.number.strip()
    if not act.bare_number:
        return [_error(msg.ACT_NUMBER_EMPTY.format(value=typed), act.source.cell("number"))]
    if act.bare_number.casefold().startswith(tuple(k.casefold() for k in s.ACT_KINDS)):
        return [_error(msg.ACT_NUMBER_IS_NAME.format(value=typed), act.source.cell("number"))]
    return []


def supervision_log_issues(workbook: ProjectWorkbook, step9: StepState) -> list[Issue]:
    """A supervision entry before step 9 is done, or dated before it."""
    issues: list[Issue] = []
    for entry in workbook.supervision_log:
        when = short_date(entry.date)
        if not step9.done or step9.date is None:
            text = msg.SUPERVISION_BEFORE_STEP_9_DONE.format(date=when)
        elif entry.date < step9.date:
            text = msg.SUPERVISION_BEFORE_STEP_9.format(
                date=when, step_date=short_date(step9.date)
            )
        else:
            continue
        issues.append(_error(text, entry.source.cell("date")))
    return issues


def verification_issues(workbook: ProjectWorkbook) -> list[Issue]:
    """An action's effectiveness verified before it was closed; who verified it without
    when (09 would print a verification nobody can date)."""
    issues: list[Issue] = []
    for action in workbook.actions:
        verified = action.verified_on
        if verified is None:
            if action.verified_by:
                cell = action.source.cell("verified_on")
                issues.append(_error(msg.VERIFIED_WITHOUT_DATE, cell))
            continue
        if action.closed_on is None:
            text = msg.VERIFICATION_OF_OPEN_ACTION.format(date=short_date(verified))
        elif verified < action.closed_on:
            text = msg.VERIFICATION_BEFORE_CLOSING.format(
                date=short_date(verified), closed=short_date(action.closed_on)
            )
        else:
            continue
        issues.append(_error(text, action.source.cell("verified_on")))
    return issues


def criteria_issues(workbook: ProjectWorkbook) -> list[Issue]:
    """A warning: the acceptance criteria assessed while no audit is recorded (09 prints the
    assessment only in the closing note after the audit). Not assessed after the audit, 09
    leaves the tick boxes empty for the hand."""
    project = workbook.project
    if project.audit_date is not None:
        return []
    issues = []
    if project.criteria_assessment:
        cell = project.cell("criteria_assessment")
        issues.append(Issue(Severity.WARNING, msg.CRITERIA_BEFORE_AUDIT, cell))
    if project.criteria_remarks:  # 09 prints them only in the note closing the supervision
        cell = project.cell("criteria_remarks")
        issues.append(Issue(Severity.WARNING, msg.CRITERIA_REMARKS_BEFORE_AUDIT, cell))
    return issues


def people_issues(workbook: ProjectWorkbook) -> list[Issue]:
    """Who checked or verified, when not listed in `Osoby` (a warning, as in `Przebieg`)."""
    named: list[tuple[str | None, str]] = [
        (e.checked_by, e.source.cell("checked_by")) for e in workbook.supervision_log
    ]
    named += [(a.verified_by, a.source.cell("verified_by")) for a in workbook.actions]
    return unknown_people(workbook, named)


def _error(text: str, cell: str) -> Issue:
    return Issue(Severity.ERROR, text, cell)
