"""Rules across the records of one workbook (SPEC §3): who holds which role, the names the
documents decline, the Projekt fields required only in some projects, rows of Zmiany that
contradict each other, steps missing from Przebieg.

They run after every row became a record (`validate.py`), each problem an `Issue` naming
its cell; a rule passes over a cell whose bad value is already reported.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator import messages as msg
from generator.domain import amendments as am
from generator.domain.declension import Case, DeclensionError, decline
from generator.domain.model import Change, Issue, ProjectWorkbook, Severity, executive_role_of
from generator.domain.offices import OfficeError, workbook_office
from generator.workbook import schema as s
from generator.workbook.sheet import RawWorkbook


class IssueLog:
    """The issues of one workbook so far, in the order a user reads them."""

    def __init__(self, issues: Iterable[Issue] = ()) -> None:
        self.issues: list[Issue] = list(issues)

    def error(self, message: str, where: str) -> None:
        self.issues.append(Issue(Severity.ERROR, message, where))

    def warning(self, message: str, where: str) -> None:
        self.issues.append(Issue(Severity.WARNING, message, where))


def check_workbook(log: IssueLog, raw: RawWorkbook, workbook: ProjectWorkbook) -> None:
    """Every rule across records, in the order their problems are listed."""
    people_rules(log, raw, workbook)
    change_rules(log, workbook.changes)
    office_rules(log, workbook)
    conditional_project_rules(log, workbook)
    missing_steps(log, raw, workbook)


def change_rules(log: IssueLog, changes: tuple[Change, ...]) -> None:
    """Rows that contradict each other, and documents changed so much that § 84 ZTP asks
    for a new act."""
    for conflict in am.conflicts(changes):
        change, other = conflict.change, conflict.other
        text = _CONFLICT_MESSAGES[conflict.kind].format(
            unit=am.target_text(change),
            outer=am.target_text(other),
            other=other.source.cell("unit"),
        )
        log.error(text, change.source.cell("unit"))
    for group in am.document_groups(changes):
        if am.too_many_changes(group.changes):
            text = msg.TOO_MANY_CHANGES.format(document=group.document, count=len(group.changes))
            log.warning(text, s.CHANGES.name)


def people_rules(log: IssueLog, raw: RawWorkbook, workbook: ProjectWorkbook) -> None:
    """Role cardinalities of `Osoby` (SPEC §3)."""
    if s.PEOPLE.name not in raw.sheets:
        return
    exactly_one = [s.ROLE_SECRETARY, s.ROLE_HEAD_OF_ORG, s.ROLE_DESIGNER, s.ROLE_IMPLEMENTER]
    for role in exactly_one:
        holders = workbook.people_with_role(role)
        if not holders:
            log.error(msg.ROLE_NONE.format(role=role), s.PEOPLE.name)
        for extra in holders[1:]:
            log.error(
                msg.ROLE_TOO_MANY.format(role=role, other=holders[0].source.cell("role")),
                extra.source.cell("role"),
            )
    executive_rules(log, workbook)


def executive_rules(log: IssueLog, workbook: ProjectWorkbook) -> None:
    """One executive organ (Wójt, Burmistrz or Prezydent Miasta), agreeing with the
    Projekt field „Organ wykonawczy” when that is filled."""
    holders = [p for p in workbook.people if p.role in s.EXECUTIVE_ROLES]
    role = workbook.executive_role
    if not holders and workbook.project.mayor_approval_required:
        organ = decline(role, Case.GENITIVE)
        log.error(msg.ROLE_NONE_MAYOR.format(role=role, organ=organ), s.PEOPLE.name)
    for extra in holders[1:]:
        other = holders[0].source.cell("role")
        if extra.role == holders[0].role:
            message = msg.ROLE_TOO_MANY.format(role=extra.role, other=other)
        else:
            message = msg.EXECUTIVE_TOO_MANY.format(role=extra.role, other=other)
        log.error(message, extra.source.cell("role"))
    project = workbook.project
    expected = executive_role_of(project.organ)
    for person in holders:
        if expected is not None and person.role != expected:
            log.error(
                msg.ORGAN_ROLE_MISMATCH.format(
                    role=person.role,
                    cell=project.cell("organ"),
                    organ=project.organ,
                    expected=expected,
                ),
                person.source.cell("role"),
            )


def office_rules(log: IssueLog, workbook: ProjectWorkbook) -> None:
    """Every name the documents decline can be declined; otherwise the clerk is asked
    for the full names (DeclensionError names the phrase)."""
    project = workbook.project
    if project.organ and executive_role_of(project.organ) is None:
        log.error(msg.ORGAN_UNKNOWN.format(value=project.organ), project.cell("organ"))
        return
    if any(_reported(log.issues, project.cell(k)) for k in _OFFICE_FIELDS):
        return
    try:
        workbook_office(workbook)
    except OfficeError:
        return  # the role and the organ disagree: reported by executive_rules
    except DeclensionError as problem:
        log.error(
            msg.DECLENSION_UNKNOWN.format(phrase=problem.phrase, case=problem.case.value),
            _declension_cell(workbook, problem.phrase),
        )


def conditional_project_rules(log: IssueLog, workbook: ProjectWorkbook) -> None:
    """Fields required only in some projects (`schema.Field.required_when`)."""
    project = workbook.project
    holding = _conditions_holding(workbook)
    for field in s.PROJECT_FIELDS:
        condition = field.required_when
        if condition not in holding or getattr(project, field.key):
            continue
        where = project.cells.get(field.key, s.PROJECT_SHEET)
        if _reported(log.issues, where):
            continue  # a bad value there was already reported
        text = msg.REQUIRED_CONDITIONS[condition]
        log.error(msg.REQUIRED_WHEN.format(field=field.label, condition=text), where)
    untitled_act_rules(log, workbook, holding)


def untitled_act_rules(
    log: IssueLog, workbook: ProjectWorkbook, holding: set[s.Condition]
) -> None:
    """The draft cites the act it amends after „stanowiącym załącznik do”; cited without its
    title („w sprawie …”) the citation is incomplete and the legal adviser must add it."""
    project = workbook.project
    cited = (
        (s.Condition.CHANGES_REGULAMIN, "regulamin_act", project.regulamin_act_title),
        (s.Condition.CHANGES_STATUTE, "statute_act", None),
    )
    for condition, key, title in cited:
        act = getattr(project, key)
        if condition not in holding or not act or title or "w sprawie" in act.casefold():
            continue
        label = next(f.label for f in s.PROJECT_FIELDS if f.key == key)
        log.warning(msg.ACT_WITHOUT_TITLE[key].format(field=label), project.cell(key))


def missing_steps(log: IssueLog, raw: RawWorkbook, workbook: ProjectWorkbook) -> None:
    if s.STEPS.name not in raw.sheets:
        return
    present = {e.step for e in workbook.steps}
    rows = raw.sheets[s.STEPS.name].rows
    if len(rows) != len(workbook.steps):
        return  # some rows were bad; they are reported already
    for step in range(1, 10):
        if step not in present:
            log.warning(msg.STEP_MISSING.format(step=step), s.STEPS.name)


_CONFLICT_MESSAGES = {
    "same": msg.CHANGE_SAME_UNIT,
    "added twice": msg.CHANGE_ADDED_TWICE,
    "inside": msg.CHANGE_INSIDE,
    "inside repealed": msg.CHANGE_INSIDE_REPEALED,
}

_OFFICE_FIELDS = ("office", "town", "council", "organ", "statute_name", "regulamin_name")


def _declension_cell(workbook: ProjectWorkbook, phrase: str) -> str:
    """The cell a phrase that cannot be declined comes from: a Projekt field that contains
    it, the Secretary's „Stanowisko”, else the sheet Projekt."""
    project = workbook.project
    keys = ("town", "organ", "statute_name", "regulamin_name", "council", "office")
    values = {k: " ".join((getattr(project, k) or "").split()) for k in keys}
    exact = [k for k in keys if values[k] == phrase]
    within = [k for k in keys if values[k] and (values[k] in phrase or phrase in values[k])]
    if exact or within:
        return project.cell((exact or within)[0])
    secretary = workbook.person_with_role(s.ROLE_SECRETARY)
    if secretary is not None:
        return secretary.source.cell("position")
    return s.PROJECT_SHEET


def _conditions_holding(workbook: ProjectWorkbook) -> set[s.Condition]:
    """The conditions of `schema.Condition` this workbook meets, but STEP_9_DONE: the
    procedure rules (`procedure.assess`) report a missing audit date with the steps."""
    sources = workbook.project.need_sources
    meets = {
        s.Condition.NEED_LAW: s.NEED_LAW in sources,
        s.Condition.NEED_CUSTOMER: s.NEED_CUSTOMER in sources,
        s.Condition.CHANGES_REGULAMIN: any(am.is_regulamin(c.document) for c in workbook.changes),
        s.Condition.CHANGES_STATUTE: any(am.is_statute(c.document) for c in workbook.changes),
    }
    return {condition for condition, met in meets.items() if met}


def _reported(issues: list[Issue], where: str) -> bool:
    return any(i.location == where and i.is_error for i in issues)
