"""Deadlines are data (issue 12, rule 5): the dates the Secretary set in the workbook,
compared with the day of the check (`--na-dzien`). Each passed deadline of a step not yet done
is a warning in `szj validate` and `szj status`; nothing here invents a deadline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from generator import messages as msg
from generator.domain.model import Issue, ProjectWorkbook, Severity
from generator.domain.polish import short_date
from generator.workbook import schema as s


class _Step(Protocol):
    @property
    def settled(self) -> bool: ...

    @property
    def date(self) -> date | None: ...


# A Projekt deadline field, the step it is for (by number), the step that sets it.
_STEP_DEADLINES = (("assumptions_deadline", 2), ("proposals_deadline", 5))
_SET_AT = {"assumptions_deadline": 1, "proposals_deadline": 3}


def deadline_errors(workbook: ProjectWorkbook, steps: Sequence[_Step]) -> list[Issue]:
    """A deadline earlier than the step that set it (the decision for the assumptions, the
    approval of the assumptions for the proposals) cannot be right: an error at its cell."""
    project = workbook.project
    issues: list[Issue] = []
    for key, number in _SET_AT.items():
        due, set_on = getattr(project, key), steps[number - 1].date
        if due is not None and set_on is not None and due < set_on:
            text = msg.DEADLINE_BEFORE_ITS_STEP.format(
                due=short_date(due), step=number, date=short_date(set_on)
            )
            issues.append(Issue(Severity.ERROR, text, project.cell(key)))
    return issues
_IMPLEMENTATION_STEP = 9  # the activity starts: the planned implementation is reached


def deadline_issues(workbook: ProjectWorkbook, steps: Sequence[_Step], today: date) -> list[Issue]:
    """Warnings for deadlines passed before `today` on steps still open, resources not yet
    provided after their „Termin zapewnienia” and a passed „Planowany termin wdrożenia”."""
    project = workbook.project
    issues: list[Issue] = []
    for key, number in _STEP_DEADLINES:
        due = getattr(project, key)
        if due is not None and due < today and not steps[number - 1].settled:
            text = msg.DEADLINE_STEP_OVERDUE.format(
                step=number, name=msg.STEP_NAMES[number], due=short_date(due)
            )
            issues.append(Issue(Severity.WARNING, text, project.cell(key)))
    for resource in workbook.resources:
        if resource.due and resource.due < today and resource.status != s.RESOURCE_ENSURED:
            text = msg.DEADLINE_RESOURCE_OVERDUE.format(due=short_date(resource.due))
            issues.append(Issue(Severity.WARNING, text, resource.source.cell("due")))
    planned = project.planned_implementation
    if date.min < planned < today and not steps[_IMPLEMENTATION_STEP - 1].settled:
        text = msg.DEADLINE_IMPLEMENTATION_PASSED.format(due=short_date(planned))
        issues.append(Issue(Severity.WARNING, text, project.cell("planned_implementation")))
    return issues
