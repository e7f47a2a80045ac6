"""The workbook contract of SPEC §2: sheet names, columns, fields and closed lists.

Everything here is what users see in Excel, so the labels are Polish and exact. The reader,
the validator and the blank-workbook writer all take their vocabulary from this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    """How a cell's text is interpreted."""

    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    MONEY = "money"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    INTEGER = "integer"


class Condition(Enum):
    """When a `Projekt` field that is not always required must be filled in.

    Declared on the field (`Field.required_when`); the blank workbook's notes, the
    validator and the messages all derive from that one declaration.
    """

    NEED_LAW = "need_law"  # the need sources include NEED_LAW
    NEED_CUSTOMER = "need_customer"  # the need sources include NEED_CUSTOMER
    CHANGES_REGULAMIN = "changes_regulamin"  # `Zmiany` changes DOCUMENT_REGULAMIN
    CHANGES_STATUTE = "changes_statute"  # `Zmiany` changes DOCUMENT_STATUTE
    STEP_9_DONE = "step_9_done"  # step 9 is done (checked with the procedure rules)


@dataclass(frozen=True)
class Field:
    """One column of a table sheet, or one row of the `Projekt` sheet."""

    key: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    width: int = 20
    required_when: Condition | None = None  # required only then (`Projekt` fields)
    aliases: tuple[str, ...] = ()  # other labels read as this field (another organ's)
    # A column added after workbooks were already in use: one made before may lack it (the
    # value is then empty), so old projects keep validating. `szj init` always writes it.
    added: bool = False
    # A number kept as text (an act's „12/2026”, a report's „1/2026”): the blank workbook
    # formats its cells as text, and a date or fraction Excel made of what was typed is
    # refused, never printed as Excel converted it (`values.as_identifier`).
    identifier: bool = False


@dataclass(frozen=True)
class TableSheet:
    """A sheet with a header row and one record per row."""

    name: str
    columns: tuple[Field, ...]
    # A sheet added after workbooks were already in use: one made before may lack it (it then
    # reads as a sheet without rows). `szj init` always writes it.
    added: bool = False

    def column(self, key: str) -> Field:
        return next(c for c in self.columns if c.key == key)


# --- closed lists -------------------------------------------------------------------------

ACTIVITY_KINDS = ("nowe działanie", "zmiana istniejącego działania")
NEED_LAW = "zmiana przepisów prawa"
NEED_CUSTOMER = "wymagania klienta"
NEED_SOCIETY = "rozwój cywilizacyjny społeczeństwa"
NEED_SOURCES = (NEED_LAW, NEED_CUSTOMER, NEED_SOCIETY)
YES = "tak"
NO = "nie"
YES_NO = (YES, NO)

ROLE_SECRETARY = "Sekretarz (Pełnomocnik ds. SZJ)"
ROLE_MAYOR = "Burmistrz"
ROLE_WOJT = "Wójt"
ROLE_PRESIDENT = "Prezydent Miasta"
# The gmina's executive organ: one of these, by the kind of office (SPEC §6 „Other offices”).
EXECUTIVE_ROLES = (ROLE_WOJT, ROLE_MAYOR, ROLE_PRESIDENT)
ROLE_HEAD_OF_ORG = "Kierownik Referatu Organizacyjnego"
ROLE_DESIGNER = "Odpowiedzialny za projektowanie"
ROLE_IMPLEMENTER = "Odpowiedzialny za wdrożenie"
ROLE_TEAM_MEMBER = "Członek zespołu"
ROLES = (
    ROLE_SECRETARY,
    ROLE_WOJT,
    ROLE_MAYOR,
    ROLE_PRESIDENT,
    ROLE_HEAD_OF_ORG,
    ROLE_DESIGNER,
    ROLE_IMPLEMENTER,
    ROLE_TEAM_MEMBER,
)

RESOURCE_KINDS = (
    "kadrowe",
    "finansowe",
    "infrastruktura",
    "sprzęt i oprogramowanie",
    "szkolenia",
    "wiedza i informacja",
    "inne",
)
RESOURCE_IDENTIFIED = "zidentyfikowany"
RESOURCE_ACCEPTED = "zaakceptowany"
RESOURCE_ENSURED = "zapewniony"
RESOURCE_STATUSES = (RESOURCE_IDENTIFIED, RESOURCE_ACCEPTED, RESOURCE_ENSURED)

VOIVODESHIPS = (
    "dolnośląskie",
    "kujawsko-pomorskie",
    "lubelskie",
    "lubuskie",
    "łódzkie",
    "małopolskie",
    "mazowieckie",
    "opolskie",
    "podkarpackie",
    "podlaskie",
    "pomorskie",
    "śląskie",
    "świętokrzyskie",
    "warmińsko-mazurskie",
    "wielkopolskie",
    "zachodniopomorskie",
)

DOCUMENT_REGULAMIN = "Regulamin organizacyjny"
DOCUMENT_STATUTE = "Statut"

QMS_DOCUMENT_KINDS = ("procedura", "instrukcja", "formularz", "karta procesu", "inny")
QMS_ACTIONS = ("opracowanie", "zmiana", "wycofanie")

STEP_DONE = "wykonano"
STEP_IN_PROGRESS = "w toku"
STEP_NOT_STARTED = "nie rozpoczęto"
STEP_NOT_APPLICABLE = "nie dotyczy"
STEP_STATUSES = (STEP_DONE, STEP_IN_PROGRESS, STEP_NOT_STARTED, STEP_NOT_APPLICABLE)
RESULT_ACCEPTED = "zaakceptowano"
RESULT_RETURNED = "do poprawy"
RESULT_APPROVED = "zatwierdzono"
RESULT_REJECTED = "odrzucono"
STEP_RESULTS = (RESULT_ACCEPTED, RESULT_RETURNED, RESULT_APPROVED, RESULT_REJECTED)

ACTION_CORRECTION = "korekcja"
ACTION_CORRECTIVE = "działanie korygujące"
ACTION_PREVENTIVE = "działanie zapobiegawcze"
ACTION_KINDS = (ACTION_CORRECTION, ACTION_CORRECTIVE, ACTION_PREVENTIVE)
ACTION_OPEN = "otwarte"
ACTION_CLOSED = "zamknięte"
ACTION_STATUSES = (ACTION_OPEN, ACTION_CLOSED)
# The acts adopted after step 7 (sheet `Akty`) and the check of the acceptance criteria that
# closes the supervision (issue 12, rule 6).
ACT_ORDINANCE = "zarządzenie"
ACT_RESOLUTION = "uchwała"
ACT_KINDS = (ACT_ORDINANCE, ACT_RESOLUTION)
CRITERIA_MET = "spełnione"
CRITERIA_NOT_MET = "niespełnione"
CRITERIA_ASSESSMENTS = (CRITERIA_MET, CRITERIA_NOT_MET)

# --- the `Projekt` sheet ------------------------------------------------------------------

# JRWA case sign: unit symbol (optionally with a sub-unit), class symbol, number, year, and
# optionally the initials of the clerk in charge (`OR.0123.5.2026.JK`). Compared in upper
# case, the form kept for documents and the folder name.
# Digits are ASCII only: `\d` would also take fullwidth, Arabic-Indic or Devanagari digits.
CASE_SIGN = re.compile(
    r"^[A-ZĄĆĘŁŃÓŚŹŻ]{1,8}(?:-[A-Z0-9ĄĆĘŁŃÓŚŹŻ]{1,8})*\.[0-9]{1,4}\.[0-9]{1,6}\.[0-9]{4}"
    r"(?:\.[A-ZĄĆĘŁŃÓŚŹŻ]{1,6})?$"
)

PROJECT_SHEET = "Projekt"
PROJECT_LABEL_COLUMN = "Pole"
PROJECT_VALUE_COLUMN = "Wartość"

# `required` means "always required"; `required_when` names the condition of the others.
PROJECT_FIELDS: tuple[Field, ...] = (
    Field("office", "Nazwa urzędu", required=True),
    Field("town", "Miejscowość", required=True),
    Field("voivodeship", "Województwo", required=True),
    Field("council", "Nazwa rady", required=True),
    Field("organ", "Organ wykonawczy"),
    Field("statute_name", "Nazwa statutu"),
    Field("regulamin_name", "Nazwa regulaminu organizacyjnego"),
    Field("case_sign", "Znak sprawy", required=True),
    Field("title", "Tytuł projektu", required=True),
    Field("activity_kind", "Rodzaj działania", Kind.CHOICE, True, ACTIVITY_KINDS),
    Field("need_sources", "Źródło potrzeby", Kind.MULTI_CHOICE, True, NEED_SOURCES),
    Field("need_description", "Opis potrzeby", required=True),
    Field("legal_basis", "Podstawa prawna", required_when=Condition.NEED_LAW),
    Field(
        "customer_requirements", "Wymagania klientów", required_when=Condition.NEED_CUSTOMER
    ),
    Field("standards", "Normy i przepisy do stosowania"),
    Field("goal", "Cel projektu", required=True),
    Field("scope", "Zakres projektu", required=True),
    Field("acceptance_criteria", "Kryteria akceptacji"),
    Field("lead_unit", "Komórka wiodąca"),
    Field("planned_implementation", "Planowany termin wdrożenia", Kind.DATE, True),
    Field("assumptions_deadline", "Termin opracowania założeń", Kind.DATE),
    Field("proposals_deadline", "Termin przedłożenia propozycji", Kind.DATE),
    Field("form_identity", "Oznaczenie formularzy"),
    Field("documents_to_change", "Dokumenty do zmiany"),
    Field(
        "mayor_approval_required",
        "Wymaga zatwierdzenia Burmistrza",
        Kind.CHOICE,
        True,
        YES_NO,
        aliases=("Wymaga zatwierdzenia Wójta", "Wymaga zatwierdzenia Prezydenta Miasta"),
    ),
    Field(
        "regulamin_act",
        "Akt nadający regulamin organizacyjny",
        required_when=Condition.CHANGES_REGULAMIN,
    ),
    Field("regulamin_act_title", "Tytuł aktu nadającego regulamin"),
    # The act's current consolidated text as a .docx, relative to the workbook (issue 15).
    Field("regulamin_text", "Tekst regulaminu organizacyjnego"),
    Field("statute_text", "Tekst statutu"),
    Field("statute_act", "Akt uchwalający statut", required_when=Condition.CHANGES_STATUTE),
    Field("statute_publication", "Publikacja statutu"),
    Field("statute_amendments", "Zmiany statutu"),
    Field(
        "ordinance_legal_basis",
        "Podstawa prawna zarządzenia",
        required_when=Condition.CHANGES_REGULAMIN,
    ),
    Field("ordinance_entry_into_force", "Wejście w życie zarządzenia"),
    Field(
        "resolution_legal_basis",
        "Podstawa prawna uchwały",
        required_when=Condition.CHANGES_STATUTE,
    ),
    Field(
        "planned_audit",
        "Planowany termin pierwszego auditu wewnętrznego",
        Kind.DATE,
        required_when=Condition.STEP_9_DONE,
    ),
    Field("audit_date", "Data przeprowadzenia pierwszego auditu", Kind.DATE),
    Field("audit_report", "Nr raportu z auditu", identifier=True),
    Field(
        "criteria_assessment",
        "Ocena kryteriów akceptacji",
        Kind.CHOICE,
        choices=CRITERIA_ASSESSMENTS,
    ),
    Field("criteria_remarks", "Uwagi do oceny kryteriów akceptacji"),
)

APPROVAL_LABELS = {
    ROLE_WOJT: "Wymaga zatwierdzenia Wójta",
    ROLE_MAYOR: "Wymaga zatwierdzenia Burmistrza",
    ROLE_PRESIDENT: "Wymaga zatwierdzenia Prezydenta Miasta",
}


def project_label(field: Field, executive_role: str = ROLE_MAYOR) -> str:
    """The label a blank workbook of this organ's office shows for a `Projekt` field."""
    if field.key == "mayor_approval_required":
        return APPROVAL_LABELS[executive_role]
    return field.label


DEFAULT_ORDINANCE_LEGAL_BASIS = (
    "Na podstawie art. 33 ust. 2 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym "
    "(Dz. U. z 2024 r. poz. 1465, z późn. zm.)"
)
DEFAULT_RESOLUTION_LEGAL_BASIS = (
    "Na podstawie art. 18 ust. 2 pkt 1 i art. 40 ust. 2 pkt 1 ustawy z dnia 8 marca 1990 r. "
    "o samorządzie gminnym (Dz. U. z 2024 r. poz. 1465, z późn. zm.)"
)

# --- table sheets -------------------------------------------------------------------------

PEOPLE = TableSheet(
    "Osoby",
    (
        Field("name", "Imię i nazwisko", required=True, width=28),
        Field("position", "Stanowisko", required=True, width=30),
        Field("unit", "Komórka organizacyjna", width=30),
        Field("role", "Rola", Kind.CHOICE, True, ROLES, width=34),
    ),
)

RESOURCES = TableSheet(
    "Zasoby",
    (
        Field("number", "Lp.", Kind.INTEGER, width=6),
        Field("kind", "Rodzaj zasobu", Kind.CHOICE, True, RESOURCE_KINDS, width=22),
        Field("description", "Opis", required=True, width=40),
        Field("quantity", "Ilość", Kind.NUMBER, True, width=10),
        Field("unit", "Jednostka", required=True, width=12),
        Field("unit_price", "Cena jednostkowa [zł]", Kind.MONEY, True, width=16),
        Field("value", "Wartość [zł]", Kind.MONEY, width=16),
        Field("funding", "Źródło finansowania", width=24),
        Field("due", "Termin zapewnienia", Kind.DATE, width=14),
        Field("status", "Status", Kind.CHOICE, True, RESOURCE_STATUSES, width=16),
        # Step 8: the confirmation that the resource was provided (issue 12, rule 6).
        Field("provided_on", "Data zapewnienia", Kind.DATE, width=14, added=True),
        Field("provided_by", "Zapewnił", width=24, added=True),
        Field("provided_how", "Sposób zapewnienia", width=36, added=True),
    ),
)

CHANGES = TableSheet(
    "Zmiany",
    (
        Field("number", "Lp.", Kind.INTEGER, width=6),
        Field("document", "Dokument", required=True, width=24),
        Field("unit", "Jednostka redakcyjna", required=True, width=20),
        Field("current", "Brzmienie obecne", width=50),
        Field("proposed", "Brzmienie proponowane", width=50),
        Field("justification", "Uzasadnienie", width=40),
    ),
)

QMS_DOCUMENTS = TableSheet(
    "Dokumentacja SZJ",
    (
        Field("symbol", "Symbol", required=True, width=14),
        Field("name", "Nazwa dokumentu", required=True, width=40),
        Field("kind", "Rodzaj", Kind.CHOICE, True, QMS_DOCUMENT_KINDS, width=16),
        Field("action", "Działanie", Kind.CHOICE, True, QMS_ACTIONS, width=16),
        Field("responsible", "Odpowiedzialny", width=28),
    ),
)

STEPS = TableSheet(
    "Przebieg",
    (
        Field("step", "Krok", Kind.INTEGER, True, width=6),
        Field("activity", "Czynność", width=60),
        Field("date", "Data", Kind.DATE, width=12),
        Field("performer", "Wykonał", width=28),
        Field("status", "Status", Kind.CHOICE, True, STEP_STATUSES, width=16),
        Field("result", "Wynik", Kind.CHOICE, choices=STEP_RESULTS, width=16),
        Field("remarks", "Uwagi", width=40),
    ),
)

ACTIONS = TableSheet(
    "Działania",
    (
        Field("number", "Lp.", Kind.INTEGER, width=6),
        Field("kind", "Rodzaj", Kind.CHOICE, True, ACTION_KINDS, width=24),
        Field("description", "Opis", required=True, width=40),
        Field("cause", "Przyczyna", width=30),
        Field("responsible", "Odpowiedzialny", width=28),
        Field("due", "Termin", Kind.DATE, True, width=12),
        Field("status", "Status", Kind.CHOICE, True, ACTION_STATUSES, width=12),
        Field("closed_on", "Data zamknięcia", Kind.DATE, width=14),
        Field("effectiveness", "Ocena skuteczności", width=30),
        Field("verified_by", "Skuteczność zweryfikował", width=28, added=True),
        Field("verified_on", "Data weryfikacji", Kind.DATE, width=14, added=True),
    ),
)

# The acts adopted after step 7, and the log of the special supervision of step 9 (issue 12).
ADOPTED_ACTS = TableSheet(
    "Akty",
    (
        Field("kind", "Rodzaj aktu", Kind.CHOICE, True, ACT_KINDS, width=16),
        Field("number", "Numer", required=True, width=20, identifier=True),
        Field("adopted_on", "Data przyjęcia", Kind.DATE, True, width=14),
        Field("publication", "Ogłoszenie", width=48),
        Field("in_force_on", "Data wejścia w życie", Kind.DATE, width=14),
    ),
    added=True,
)

SUPERVISION_LOG = TableSheet(
    "Nadzór",
    (
        Field("date", "Data", Kind.DATE, True, width=12),
        Field("checked", "Co sprawdzono", required=True, width=44),
        Field("findings", "Ustalenia", width=44),
        Field("checked_by", "Sprawdził", required=True, width=28),
    ),
    added=True,
)

TABLE_SHEETS: tuple[TableSheet, ...] = (
    PEOPLE, RESOURCES, CHANGES, QMS_DOCUMENTS, STEPS, ADOPTED_ACTS, SUPERVISION_LOG, ACTIONS
)
INSTRUCTIONS_SHEET = "Instrukcja"
KNOWN_SHEETS = (PROJECT_SHEET, *(s.name for s in TABLE_SHEETS), INSTRUCTIONS_SHEET)
