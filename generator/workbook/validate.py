"""From raw cells to typed records, collecting every problem of a workbook (SPEC §3).

Nothing is raised for a bad value: each problem becomes an `Issue` naming its cell, so a
user sees all of them in one run. Procedure rules come from `procedure.assess`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from generator import messages as msg
from generator.acts.check import LoadedAct, act_for, check_change, load_acts, names_act
from generator.domain import amendments as am
from generator.domain.model import (
    Action,
    Change,
    Issue,
    Project,
    ProjectWorkbook,
    Resource,
    Severity,
    Source,
    StepEntry,
    executive_role_of,
)
from generator.domain.offices import Case, DeclensionError, OfficeError, decline, workbook_office
from generator.domain.procedure import ProcedureState, assess
from generator.domain.targets import Scope, Target, parse_target
from generator.workbook import schema as s
from generator.workbook import values as v
from generator.workbook.read import read_workbook
from generator.workbook.records import (
    ADDED_TABLES,
    person_record,
    project_record,
    qms_document_record,
    record,
    row_record,
)
from generator.workbook.sheet import RawCell, RawRow, RawWorkbook

# The znak sprawy names the project's folder; Windows reads a name whose part before the
# first dot is one of these as a device (`CON.0123.5.2026` is the console), in any case.
WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10))}
)
MONEY_TOLERANCE = Decimal("0.01")


@dataclass(frozen=True)
class Validation:
    """The outcome of validating one workbook file."""

    path: Path
    issues: tuple[Issue, ...]
    workbook: ProjectWorkbook | None  # None when any error was found
    state: ProcedureState | None
    # What could be read despite errors, for views that say so (`szj status`, the register);
    # never for documents. The records of bad rows are missing from it.
    partial_workbook: ProjectWorkbook | None = None
    partial_state: ProcedureState | None = None
    # The acts named in `Projekt` (issue 15), parsed once: the consolidated texts edit them.
    acts: Mapping[str, LoadedAct] = dataclasses.field(default_factory=dict)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.is_error)

    @property
    def ok(self) -> bool:
        return not self.errors


def validate_file(path: Path, today: date) -> Validation:
    """Read and validate one workbook. Raises `InputFileError` if it is not a workbook."""
    return validate_raw(read_workbook(path), today)


def validate_raw(raw: RawWorkbook, today: date) -> Validation:
    checker = _Checker(raw)
    workbook, steps_ok, people_ok = checker.build()
    issues = checker.issues
    state = None
    # The procedure rules need every row of Przebieg; without it they would only repeat its
    # errors. A bad row elsewhere (Działania, Zasoby, Projekt) hides none of them, and a bad
    # row of Osoby only the rules about who performed what.
    if steps_ok:
        state = assess(workbook, today, people_complete=people_ok)
        issues += state.issues
    issues = _unique(issues)
    has_errors = any(i.is_error for i in issues)
    return Validation(
        raw.path,
        tuple(issues),
        None if has_errors else workbook,
        None if has_errors else state,
        workbook,
        state,
        checker.acts,
    )


def _unique(issues: list[Issue]) -> list[Issue]:
    seen: set[Issue] = set()
    return [i for i in issues if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


class _Checker:
    """Converts the cells of one workbook, recording an issue for every bad one."""

    def __init__(self, raw: RawWorkbook) -> None:
        self.raw = raw
        self.issues: list[Issue] = list(raw.issues)
        self.acts: dict[str, LoadedAct] = {}
        self.project_read: Project | None = None  # once read: the acts it names

    def error(self, message: str, where: str) -> None:
        self.issues.append(Issue(Severity.ERROR, message, where))

    def warning(self, message: str, where: str) -> None:
        self.issues.append(Issue(Severity.WARNING, message, where))

    # --- cells ----------------------------------------------------------------------------

    def value(self, cell: RawCell | None, spec: s.Field, required: bool | None = None) -> Any:
        """The typed value of a cell, or None (empty or bad; bad ones are reported)."""
        if cell is None:
            return None
        if cell.error:
            self.error(_excel_error(cell), cell.coordinate)
            return None
        if cell.formula:
            self.error(msg.FORMULA_WITHOUT_VALUE.format(formula=cell.formula), cell.coordinate)
            return None
        if cell.empty:
            if spec.required if required is None else required:
                self.error(msg.REQUIRED.format(field=spec.label), cell.coordinate)
            return None
        try:
            return v.convert(cell.value, spec)
        except v.ValueProblem as problem:
            self.error(str(problem), cell.coordinate)
            return None

    def row_values(self, row: RawRow, sheet: s.TableSheet) -> tuple[dict[str, Any], bool, bool]:
        """Every column of a row converted.

        Returns the values, whether any cell was bad, and whether every required value is
        there (then record-level rules can still run, so all problems show in one run).
        """
        values: dict[str, Any] = {}
        before = len(self.issues)
        for spec in sheet.columns:
            values[spec.key] = self.value(row.cells.get(spec.key), spec)
        complete = all(values[c.key] is not None for c in sheet.columns if c.required)
        return values, len(self.issues) != before, complete

    # --- the workbook ---------------------------------------------------------------------

    def build(self) -> tuple[ProjectWorkbook, bool, bool]:
        """Typed records of everything readable; whether every row of Przebieg and of Osoby
        made a good record (the procedure can be judged, and who did what)."""
        project = self.project()
        self.acts, act_issues = load_acts(project, self.raw.path.parent)
        self.project_read = project
        self.issues += act_issues
        people, people_ok = self.table(s.PEOPLE, person_record)
        resources, _ = self.table(s.RESOURCES, self.resource)
        changes, _ = self.table(s.CHANGES, self.change)
        documents, _ = self.table(s.QMS_DOCUMENTS, qms_document_record)
        steps, steps_ok = self.table(s.STEPS, self.step)
        actions, _ = self.table(s.ACTIONS, self.action)
        added: dict[str, Any] = {
            key: tuple(self.table(sheet, row_record(cls))[0]) for sheet, key, cls in ADDED_TABLES
        }
        workbook = ProjectWorkbook(
            path=self.raw.path,
            project=project,
            people=tuple(people),
            resources=tuple(resources),
            changes=tuple(changes),
            qms_documents=tuple(documents),
            steps=tuple(steps),
            actions=tuple(actions),
            **added,
        )
        self.people_rules(workbook)
        self.change_rules(workbook.changes)
        self.office_rules(workbook)
        self.conditional_project_rules(workbook)
        self.missing_steps(workbook)
        people_present = s.PEOPLE.name in self.raw.sheets
        steps_present = s.STEPS.name in self.raw.sheets
        return workbook, steps_ok and steps_present, people_ok and people_present

    def table(self, sheet: s.TableSheet, make: Callable[[Mapping[str, Any], Source], Any]):  # type: ignore[no-untyped-def]
        """Records of a table sheet, and whether every row made a good record."""
        raw = self.raw.sheets.get(sheet.name)
        records: list[Any] = []
        all_ok = True
        for row in raw.rows if raw else ():
            values, had_error, complete = self.row_values(row, sheet)
            record = make(values, Source(row.sheet, row.row, row.columns)) if complete else None
            if record is None or had_error:
                all_ok = False
            if record is not None:
                records.append(record)
        return records, all_ok

    def project(self) -> Project:
        raw = self.raw.sheets.get(s.PROJECT_SHEET)
        cells: dict[str, RawCell] = {}
        where: dict[str, str] = {}
        for row in raw.rows if raw else ():
            for key, cell in row.cells.items():
                cells[key] = cell
                where[key] = cell.coordinate
        values: dict[str, Any] = {}
        for spec in s.PROJECT_FIELDS:
            if spec.key not in cells:
                values[spec.key] = None
                if spec.required and raw is not None and raw.header_row:
                    self.error(_field_missing(spec), s.PROJECT_SHEET)
                continue
            values[spec.key] = self.value(cells[spec.key], spec)
        case_sign = values["case_sign"]
        if case_sign is not None and self.case_sign(case_sign, where["case_sign"]):
            values["case_sign"] = case_sign.upper()
        voivodeship = values["voivodeship"]
        if voivodeship is not None:
            values["voivodeship"] = s.canonical_voivodeship(voivodeship)
            if values["voivodeship"] is None:
                self.error(
                    msg.NOT_IN_LIST.format(
                        value=voivodeship, allowed=msg.join_quoted(s.VOIVODESHIPS)
                    ),
                    where["voivodeship"],
                )
        entry = values["ordinance_entry_into_force"]
        if entry is not None and am.entry_into_force(entry) is None:
            self.error(
                msg.ENTRY_INTO_FORCE_INVALID.format(value=entry),
                where["ordinance_entry_into_force"],
            )
        return project_record(values, where)

    def case_sign(self, case_sign: str, where: str) -> bool:
        """Whether the znak sprawy is valid (letter case aside); reports it when not."""
        unit = case_sign.split(".")[0].strip()
        if unit.upper() in WINDOWS_DEVICES:
            self.error(msg.CASE_SIGN_DEVICE_NAME.format(value=case_sign, unit=unit), where)
            return False
        if not s.CASE_SIGN.match(case_sign.upper()):
            self.error(msg.CASE_SIGN_INVALID.format(value=case_sign), where)
            return False
        return True

    # --- records needing checks beyond one cell -------------------------------------------

    def resource(self, values: Mapping[str, Any], source: Source) -> Resource | None:
        computed = (values["quantity"] * values["unit_price"]).quantize(v.GROSZ, ROUND_HALF_UP)
        value = values["value"]
        if value is None:
            value = computed
        elif abs(value - computed) > MONEY_TOLERANCE:
            self.error(
                msg.VALUE_MISMATCH.format(value=_pl(value), expected=_pl(computed)),
                source.cell("value"),
            )
            return None
        return record(Resource, values, value=value, source=source)

    def change(self, values: Mapping[str, Any], source: Source) -> Change | None:
        target = parse_target(values["unit"])
        if target is None:
            self.error(msg.UNIT_INVALID.format(value=values["unit"]), source.cell("unit"))
            return None
        loaded = act_for(values["document"], self.acts)
        if not values["current"] and not values["proposed"] and loaded is None:
            project = self.project_read
            named = project is not None and names_act(values["document"], project)
            if not named:  # else the act itself could not be read, and that is reported
                self.error(msg.CHANGE_EMPTY.format(row=source.row), source.cell("proposed"))
            return None
        if not self.change_form(target, values, source):
            return None
        change = record(
            Change,
            values,
            unit=target.unit,
            source=source,
            scope=target.scope,
            sentence=target.sentence,
            fix_punctuation=target.fix_punctuation,
        )
        if loaded is None:
            return change
        checked, issues = check_change(change, loaded)
        self.issues += issues
        return checked

    def change_form(self, target: Target, values: Mapping[str, Any], source: Source) -> bool:
        """The forms a draft act can express, and the wording's typography (issue 14)."""
        if target.scope is Scope.WORDS and not values["current"]:
            self.error(msg.WORDS_NEED_CURRENT, source.cell("current"))
            return False
        if target.scope is Scope.TITLE and not (values["current"] and values["proposed"]):
            chapter = target.unit.last_part.ident
            self.error(msg.TITLE_ONLY_REPLACED.format(chapter=chapter), source.cell("unit"))
            return False
        if am.looks_like_act(values["document"]):
            self.warning(
                msg.DOCUMENT_NOT_RECOGNISED.format(value=values["document"]),
                source.cell("document"),
            )
        proposed = values["proposed"] or ""
        if am.has_ascii_quotes(proposed):
            self.warning(msg.WORDING_ASCII_QUOTES, source.cell("proposed"))
        if "&" in proposed:
            self.warning(msg.WORDING_AMPERSAND, source.cell("proposed"))
        return True

    def change_rules(self, changes: tuple[Change, ...]) -> None:
        """Rows that contradict each other, and documents changed so much that § 84 ZTP asks
        for a new act."""
        for conflict in am.conflicts(changes):
            change, other = conflict.change, conflict.other
            text = _CONFLICT_MESSAGES[conflict.kind].format(
                unit=am.target_text(change),
                outer=am.target_text(other),
                other=other.source.cell("unit"),
            )
            self.error(text, change.source.cell("unit"))
        for group in am.document_groups(changes):
            if am.too_many_changes(group.changes):
                text = msg.TOO_MANY_CHANGES.format(
                    document=group.document, count=len(group.changes)
                )
                self.warning(text, s.CHANGES.name)

    def step(self, values: Mapping[str, Any], source: Source) -> StepEntry | None:
        if not 1 <= values["step"] <= 9:
            self.error(msg.STEP_UNKNOWN.format(value=values["step"]), source.cell("step"))
            return None
        return record(StepEntry, values, source=source)

    def action(self, values: Mapping[str, Any], source: Source) -> Action | None:
        if values["status"] == s.ACTION_CLOSED and values["closed_on"] is None:
            self.error(msg.ACTION_CLOSED_WITHOUT_DATE, source.cell("closed_on"))
            return None
        return record(Action, values, source=source)

    def people_rules(self, workbook: ProjectWorkbook) -> None:
        """Role cardinalities of `Osoby` (SPEC §3)."""
        if s.PEOPLE.name not in self.raw.sheets:
            return
        exactly_one = [s.ROLE_SECRETARY, s.ROLE_HEAD_OF_ORG, s.ROLE_DESIGNER, s.ROLE_IMPLEMENTER]
        for role in exactly_one:
            holders = workbook.people_with_role(role)
            if not holders:
                self.error(msg.ROLE_NONE.format(role=role), s.PEOPLE.name)
            for extra in holders[1:]:
                self.error(
                    msg.ROLE_TOO_MANY.format(role=role, other=holders[0].source.cell("role")),
                    extra.source.cell("role"),
                )
        self.executive_rules(workbook)

    def executive_rules(self, workbook: ProjectWorkbook) -> None:
        """One executive organ (Wójt, Burmistrz or Prezydent Miasta), agreeing with the
        Projekt field „Organ wykonawczy” when that is filled."""
        holders = [p for p in workbook.people if p.role in s.EXECUTIVE_ROLES]
        role = workbook.executive_role
        if not holders and workbook.project.mayor_approval_required:
            organ = decline(role, Case.GENITIVE)
            self.error(msg.ROLE_NONE_MAYOR.format(role=role, organ=organ), s.PEOPLE.name)
        for extra in holders[1:]:
            other = holders[0].source.cell("role")
            if extra.role == holders[0].role:
                message = msg.ROLE_TOO_MANY.format(role=extra.role, other=other)
            else:
                message = msg.EXECUTIVE_TOO_MANY.format(role=extra.role, other=other)
            self.error(message, extra.source.cell("role"))
        project = workbook.project
        expected = executive_role_of(project.organ)
        for person in holders:
            if expected is not None and person.role != expected:
                self.error(
                    msg.ORGAN_ROLE_MISMATCH.format(
                        role=person.role,
                        cell=project.cell("organ"),
                        organ=project.organ,
                        expected=expected,
                    ),
                    person.source.cell("role"),
                )

    def office_rules(self, workbook: ProjectWorkbook) -> None:
        """Every name the documents decline can be declined; otherwise the clerk is asked
        for the full names (DeclensionError names the phrase)."""
        project = workbook.project
        if project.organ and executive_role_of(project.organ) is None:
            self.error(msg.ORGAN_UNKNOWN.format(value=project.organ), project.cell("organ"))
            return
        if any(_reported(self.issues, project.cell(k)) for k in _OFFICE_FIELDS):
            return
        try:
            workbook_office(workbook)
        except OfficeError:
            return  # the role and the organ disagree: reported by executive_rules
        except DeclensionError as problem:
            self.error(
                msg.DECLENSION_UNKNOWN.format(phrase=problem.phrase, case=problem.case.value),
                _declension_cell(workbook, problem.phrase),
            )

    def conditional_project_rules(self, workbook: ProjectWorkbook) -> None:
        """Fields required only in some projects (`schema.Field.required_when`)."""
        project = workbook.project
        holding = _conditions_holding(workbook)
        for field in s.PROJECT_FIELDS:
            condition = field.required_when
            if condition not in holding or getattr(project, field.key):
                continue
            where = project.cells.get(field.key, s.PROJECT_SHEET)
            if _reported(self.issues, where):
                continue  # a bad value there was already reported
            text = msg.REQUIRED_CONDITIONS[condition]
            self.error(msg.REQUIRED_WHEN.format(field=field.label, condition=text), where)

    def missing_steps(self, workbook: ProjectWorkbook) -> None:
        if s.STEPS.name not in self.raw.sheets:
            return
        present = {e.step for e in workbook.steps}
        rows = self.raw.sheets[s.STEPS.name].rows
        if len(rows) != len(workbook.steps):
            return  # some rows were bad; they are reported already
        for step in range(1, 10):
            if step not in present:
                self.warning(msg.STEP_MISSING.format(step=step), s.STEPS.name)


_CONFLICT_MESSAGES = {
    "same": msg.CHANGE_SAME_UNIT,
    "added twice": msg.CHANGE_ADDED_TWICE,
    "inside": msg.CHANGE_INSIDE,
    "inside repealed": msg.CHANGE_INSIDE_REPEALED,
}


def _excel_error(cell: RawCell) -> str:
    """The error as Polish Excel shows it (`#ARG!`), with the cells its formula uses."""
    shown = msg.EXCEL_ERROR_NAMES.get(cell.error or "", cell.error)
    cause = ""
    if cell.formula and cell.depends_on:
        formula = f"={cell.formula.lstrip('=')}"
        cause = msg.FORMULA_DEPENDS_ON.format(formula=formula, cells=", ".join(cell.depends_on))
    return msg.EXCEL_ERROR.format(value=shown, cause=cause)


_OFFICE_FIELDS = ("office", "town", "council", "organ", "statute_name", "regulamin_name")


def _field_missing(spec: s.Field) -> str:
    """„brak pola „Wymaga zatwierdzenia Burmistrza” (albo „… Wójta”, …)”: every label read."""
    if not spec.aliases:
        return msg.FIELD_MISSING.format(field=spec.label)
    return msg.FIELD_MISSING_ANY.format(field=spec.label, aliases=msg.join_quoted(spec.aliases))


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


def _pl(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")
