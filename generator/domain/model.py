"""Typed, validated records of one project workbook. No I/O here.

Every record remembers where it came from (`Source`), so rules applied after reading can
still name the exact cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

from generator import messages as msg
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit
from generator.workbook import schema as s
from generator.workbook.labels import normalize_label


@dataclass(frozen=True)
class Source:
    """Where a record lives: the sheet, the row and the column letter of each field."""

    sheet: str
    row: int
    columns: Mapping[str, str] = field(default_factory=dict)

    def cell(self, key: str | None = None) -> str:
        """The Excel reference of a field, e.g. `Zasoby!F7`; the row's first cell if unknown."""
        letter = self.columns.get(key, "A") if key else "A"
        return f"{_quote_sheet(self.sheet)}!{letter}{self.row}"


def executive_role_of(organ: str | None) -> str | None:
    """„Wójt Gminy Kościelisko” → „Wójt”, „Prezydent Miasta Poznania” → „Prezydent Miasta”;
    None for an empty name or one that starts with no executive organ."""
    first = " ".join((organ or "").split()).split(" ", 1)[0].casefold()
    return next((r for r in s.EXECUTIVE_ROLES if r.split()[0].casefold() == first), None)


def _quote_sheet(sheet: str) -> str:
    # Excel quotes sheet names with spaces: 'Dokumentacja SZJ'!A2
    return f"'{sheet}'" if " " in sheet else sheet


class Severity(Enum):
    ERROR = msg.SEVERITY_ERROR
    WARNING = msg.SEVERITY_WARNING


@dataclass(frozen=True)
class Issue:
    """One problem found in a workbook: `FILE: ARKUSZ!KOMÓRKA: severity: message`."""

    severity: Severity
    message: str
    location: str | None = None  # `Zasoby!F7`, a sheet name, or None for the whole file

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, file_name: str) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{file_name}: {where}{self.severity.value}: {self.message}"


@dataclass(frozen=True)
class Project:
    """The `Projekt` sheet."""

    office: str
    town: str
    voivodeship: str
    council: str
    case_sign: str
    title: str
    activity_kind: str
    need_sources: tuple[str, ...]
    need_description: str
    legal_basis: str | None
    customer_requirements: str | None
    standards: str | None
    goal: str
    scope: str
    acceptance_criteria: str | None
    lead_unit: str | None
    planned_implementation: date
    mayor_approval_required: bool
    regulamin_act: str | None
    statute_act: str | None
    ordinance_legal_basis: str | None
    resolution_legal_basis: str | None
    planned_audit: date | None
    audit_date: date | None
    audit_report: str | None
    cells: Mapping[str, str] = field(default_factory=dict)  # field key -> `Projekt!B7`
    # How the draft acts cite the amended act and when the zarządzenie takes effect (issue 14).
    regulamin_act_title: str | None = None
    statute_publication: str | None = None
    statute_amendments: str | None = None
    ordinance_entry_into_force: str | None = None
    # The office's names typed in full (issue 13); derived from the office when empty.
    organ: str | None = None
    statute_name: str | None = None
    regulamin_name: str | None = None
    # The paths of the acts' current texts (.docx), as typed (issue 15).
    regulamin_text: str | None = None
    statute_text: str | None = None
    # Deadlines set by the Secretary, and the forms' identity (issue 12); None when not set.
    assumptions_deadline: date | None = None  # step 2, printed in 01
    proposals_deadline: date | None = None  # step 5
    form_identity: str | None = None  # „Załącznik nr 3 do procedury P-12, wydanie 2”
    documents_to_change: str | None = None  # named in the assumptions (02), `;`-separated
    # The check of 02's „Kryteria akceptacji” that closes the supervision (09, issue 12).
    criteria_assessment: str | None = None  # „spełnione” / „niespełnione”
    criteria_remarks: str | None = None

    def cell(self, key: str) -> str:
        return self.cells.get(key, "Projekt")


@dataclass(frozen=True)
class Person:
    name: str
    position: str
    unit: str | None
    role: str
    source: Source


@dataclass(frozen=True)
class Resource:
    number: int | None
    kind: str
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    value: Decimal  # exact, in grosze precision
    funding: str | None
    due: date | None
    status: str
    source: Source
    # Step 8's confirmation (issue 12): when and by whom the resource was provided.
    provided_on: date | None = None
    provided_by: str | None = None
    provided_how: str | None = None  # „umowa nr 12/2026, protokół odbioru”


class ChangeKind(Enum):
    """Derived from which wordings are filled (SPEC §2, sheet `Zmiany`)."""

    REPLACE = "replace"  # both wordings: „otrzymuje brzmienie”
    ADD = "add"  # only the proposed wording: „dodaje się”
    REPEAL = "repeal"  # only the current wording: „uchyla się”


@dataclass(frozen=True)
class Change:
    number: int | None
    document: str
    unit: EditorialUnit
    current: str | None
    proposed: str | None
    justification: str | None
    source: Source
    # What part of the unit changes, and the clerk's word on a list's punctuation (issue 14).
    scope: Scope = Scope.UNIT
    sentence: int | None = None
    fix_punctuation: bool | None = None

    @property
    def kind(self) -> ChangeKind:
        if self.current and self.proposed:
            return ChangeKind.REPLACE
        if self.proposed:
            return ChangeKind.ADD
        return ChangeKind.REPEAL


@dataclass(frozen=True)
class QmsDocument:
    symbol: str
    name: str
    kind: str
    action: str
    responsible: str | None
    source: Source


@dataclass(frozen=True)
class StepEntry:
    """One row of `Przebieg`. Steps 5 and 6 may appear several times (review rounds)."""

    step: int
    activity: str | None
    date: date | None
    performer: str | None
    status: str
    result: str | None
    remarks: str | None
    source: Source


@dataclass(frozen=True)
class Action:
    """A correction, corrective or preventive action (sheet `Działania`)."""

    number: int | None
    kind: str
    description: str
    cause: str | None
    responsible: str | None
    due: date
    status: str
    closed_on: date | None
    effectiveness: str | None
    source: Source
    # Who verified the action's effectiveness, and when (issue 12); None when not yet.
    verified_by: str | None = None
    verified_on: date | None = None


@dataclass(frozen=True)
class AdoptedAct:
    """A zarządzenie or uchwała adopted after step 7 (sheet `Akty`)."""

    kind: str  # „zarządzenie” / „uchwała”
    number: str  # as typed: „0050.123.2026”, „XV/123/2026”
    adopted_on: date
    publication: str | None  # „BIP”, „Dz. Urz. Woj. Wielkopolskiego z 2026 r. poz. 4567”
    in_force_on: date | None
    source: Source

    @property
    def bare_number(self) -> str:
        """The number as documents print it after „Nr”: without a „Nr” typed before it
        („Nr 0050.123.2026” typed whole); empty when the cell held only „Nr”."""
        return _NUMBER_PREFIX.sub("", self.number.strip()).strip()


_NUMBER_PREFIX = re.compile(r"^nr\.?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class SupervisionEntry:
    """One check of the special supervision of step 9 (sheet `Nadzór`)."""

    date: date
    checked: str
    findings: str | None
    checked_by: str
    source: Source


@dataclass(frozen=True)
class ProjectWorkbook:
    """Everything read from one valid workbook."""

    path: Path
    project: Project
    people: tuple[Person, ...]
    resources: tuple[Resource, ...]
    changes: tuple[Change, ...]
    qms_documents: tuple[QmsDocument, ...]
    steps: tuple[StepEntry, ...]
    actions: tuple[Action, ...]
    # Sheets added later (issue 12): a workbook made before them has none of their rows.
    adopted_acts: tuple[AdoptedAct, ...] = ()
    supervision_log: tuple[SupervisionEntry, ...] = ()

    @property
    def executive_role(self) -> str:
        """The gmina's executive organ as a role („Wójt”, „Burmistrz”, „Prezydent Miasta”):
        whoever holds one in `Osoby`, else the kind of „Organ wykonawczy”, else „Burmistrz”."""
        held = next((p.role for p in self.people if p.role in s.EXECUTIVE_ROLES), None)
        return held or executive_role_of(self.project.organ) or s.ROLE_MAYOR

    def person_with_role(self, role: str) -> Person | None:
        return next((p for p in self.people if p.role == role), None)

    def people_with_role(self, role: str) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role == role)

    def people_named(self, name: str) -> tuple[Person, ...]:
        """Everyone listed in `Osoby` under this name (one person may hold several roles).

        The one name matcher: a name typed by hand is matched like every label (Unicode
        composition, case and spacing do not matter), wherever a person is looked up."""
        key = normalize_label(name)
        return tuple(p for p in self.people if normalize_label(p.name) == key)
