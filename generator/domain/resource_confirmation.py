"""Step 8's confirmation that each resource was provided (issue 12, rule 6): the rules on the
`Zasoby` columns „Data zapewnienia” and „Zapewnił”.

A confirmation cannot predate the step that decided the resources (4), nor postdate step 8,
whose date the confirmation record (document 12) bears; once step 8 is done, every resource
„zapewniony” needs its date. A workbook made before these columns has none of them and is
judged as before. A confirmation that does not say how the resource was provided is a
warning: document 12 is the evidence, and „—” proves nothing. Each rule returns issues
naming their cells; `procedure.assess` collects them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from generator import messages as msg
from generator.domain.model import Issue, ProjectWorkbook, Resource, Severity
from generator.domain.polish import short_date
from generator.domain.procedure_rules import unknown_people
from generator.workbook import schema as s

_PLANNING_STEP = 4  # the resources are decided
_PROVIDING_STEP = 8  # the resources are provided; document 12 bears this step's date


class _Step(Protocol):
    @property
    def done(self) -> bool: ...

    @property
    def date(self) -> date | None: ...


def confirmation_issues(
    workbook: ProjectWorkbook, steps: Sequence[_Step], people_complete: bool = True
) -> list[Issue]:
    """Errors for a confirmation dated outside steps 4–8 or missing once step 8 is done;
    warnings for a confirmation of a resource not „zapewniony” and for a person not in
    `Osoby` (left out when a row of Osoby was refused)."""
    planning, providing = steps[_PLANNING_STEP - 1], steps[_PROVIDING_STEP - 1]
    issues: list[Issue] = []
    for resource in workbook.resources:
        issues += _date_issues(resource, planning, providing)
        if people_complete:
            named = [(resource.provided_by, resource.source.cell("provided_by"))]
            issues += unknown_people(workbook, named)
    return issues


def _date_issues(resource: Resource, planning: _Step, providing: _Step) -> list[Issue]:
    cell = resource.source.cell("provided_on")
    on = resource.provided_on
    if on is None:
        missing = (
            providing.done
            and resource.status == s.RESOURCE_ENSURED
            and "provided_on" in resource.source.columns  # not a workbook made before it
        )
        return [Issue(Severity.ERROR, msg.PROVIDED_DATE_MISSING, cell)] if missing else []
    issues: list[Issue] = []
    if not planning.done or planning.date is None:
        text = msg.PROVIDED_WITHOUT_STEP_4.format(date=short_date(on))
        issues.append(Issue(Severity.ERROR, text, cell))
    elif on < planning.date:
        text = msg.PROVIDED_BEFORE_STEP_4.format(
            date=short_date(on), step_date=short_date(planning.date)
        )
        issues.append(Issue(Severity.ERROR, text, cell))
    if providing.done and providing.date is not None and on > providing.date:
        text = msg.PROVIDED_AFTER_STEP_8.format(
            date=short_date(on), step_date=short_date(providing.date)
        )
        issues.append(Issue(Severity.ERROR, text, cell))
    if resource.status != s.RESOURCE_ENSURED:
        issues.append(
            Issue(Severity.WARNING, msg.PROVIDED_NOT_ENSURED, resource.source.cell("status"))
        )
    if not resource.provided_how and "provided_how" in resource.source.columns:
        issues.append(
            Issue(Severity.WARNING, msg.PROVIDED_HOW_MISSING, resource.source.cell("provided_how"))
        )
    return issues
