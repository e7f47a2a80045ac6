"""From raw cells to typed records, collecting every problem of a workbook (SPEC §3).

Nothing is raised for a bad value: each problem becomes an `Issue` naming its cell, so a
user sees all of them in one run. Rules across records come from `consistency.py`,
procedure rules from `procedure.assess`.
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
    Source,
    StepEntry,
)
from generator.domain.procedure import ProcedureState, assess
from generator.domain.targets import Scope, Target, parse_target
from generator.workbook import schema as s
from generator.workbook import values as v
from generator.workbook.consistency import IssueLog, check_workbook
from generator.workbook.labels import canonical_voivodeship
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


class _Checker(IssueLog):
    """Converts the cells of one workbook, recording an issue for every bad one."""

    def __init__(self, raw: RawWorkbook) -> None:
        super().__init__(raw.issues)
        self.raw = raw
        self.acts: dict[str, LoadedAct] = {}
        self.project_read: Project | None = None  # once read: the acts it names

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
        check_workbook(self, self.raw, workbook)
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
            values["voivodeship"] = canonical_voivodeship(voivodeship)
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


def _excel_error(cell: RawCell) -> str:
    """The error as Polish Excel shows it (`#ARG!`), with the cells its formula uses."""
    shown = msg.EXCEL_ERROR_NAMES.get(cell.error or "", cell.error)
    cause = ""
    if cell.formula and cell.depends_on:
        formula = f"={cell.formula.lstrip('=')}"
        cause = msg.FORMULA_DEPENDS_ON.format(formula=formula, cells=", ".join(cell.depends_on))
    return msg.EXCEL_ERROR.format(value=shown, cause=cause)


def _field_missing(spec: s.Field) -> str:
    """„brak pola „Wymaga zatwierdzenia Burmistrza” (albo „… Wójta”, …)”: every label read."""
    if not spec.aliases:
        return msg.FIELD_MISSING.format(field=spec.label)
    return msg.FIELD_MISSING_ANY.format(field=spec.label, aliases=msg.join_quoted(spec.aliases))


def _pl(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")
