"""Template contexts: the records of one project turned into what each Word template shows.

Every value is ready to print: Polish text, dates in words (`23 listopada 2026 r.`) or short
(`23.11.2026`) in tables, amounts as `1 234,56 zł`. Tables are tuples of small frozen
dataclasses whose field names the templates use (`{{ z.lp }}`). No `None`, `date` or `Decimal`
reaches a template: a missing optional text is "" (templates test it with `{%p if … %}`), a
missing table value is „—”.

Field names are Polish without diacritics (`urzad`, `znak`, `tytul`), because the office
edits the templates: `FIELDS` lists the top-level names of each template and `FIELD_DOCS`
explains them for `szj templates check/export`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from generator import messages as msg
from generator import polish
from generator import schema as s
from generator.amendments import (
    AmendingProvision,
    AmendmentItem,
    DocumentChanges,
    Segment,
    amendment_text,
    document_groups,
    is_regulamin,
    is_statute,
    order_changes,
    redline,
)
from generator.model import Action, Change, ChangeKind, Person, ProjectWorkbook, StepEntry
from generator.procedure import ProcedureState, ReviewRound, StepState, checklist_rows
from generator.schema import normalize_label

DECISION = "01_decyzja_o_podjeciu_prac.docx"
ASSUMPTIONS = "02_zalozenia_projektu.docx"
RESOURCES = "03_wykaz_zasobow.docx"
PROPOSALS = "04_propozycje_zmian.docx"
ORDINANCE = "05_projekt_zarzadzenia_regulamin.docx"
RESOLUTION = "06_projekt_uchwaly_statut.docx"
APPROVAL = "07_karta_zatwierdzenia.docx"
CHECKLIST = "08_lista_kontrolna.docx"
SUPERVISION = "09_karta_nadzoru.docx"
TEMPLATE_NAMES: tuple[str, ...] = (
    DECISION,
    ASSUMPTIONS,
    RESOURCES,
    PROPOSALS,
    ORDINANCE,
    RESOLUTION,
    APPROVAL,
    CHECKLIST,
    SUPERVISION,
)

# The step whose date a document bears (when that step is done; otherwise the run's date).
DOCUMENT_STEP = {
    DECISION: 1,
    ASSUMPTIONS: 2,
    RESOURCES: 4,
    PROPOSALS: 5,
    ORDINANCE: 5,
    RESOLUTION: 5,
    APPROVAL: 6,
    CHECKLIST: 8,
    SUPERVISION: 9,
}
ASSUMPTIONS_DAYS = 14  # default deadline for the assumptions, counted from the decision
DASH = "—"

# --- Polish labels the context writes (the templates hold the rest of the wording) ---------

_KIND_LABELS = {
    ChangeKind.REPLACE: "nowe brzmienie",
    ChangeKind.ADD: "dodanie",
    ChangeKind.REPEAL: "uchylenie",
}
# „Projektowane zmiany obejmują: 1) nadanie nowego brzmienia § 12 ust. 3 – …;”
_JUSTIFICATION_KINDS = {
    ChangeKind.REPLACE: "nadanie nowego brzmienia",
    ChangeKind.ADD: "dodanie",
    ChangeKind.REPEAL: "uchylenie",
}
# The sources of the need after „Potrzeba … wynika:” (closed list, genitive).
_NEED_SOURCES = {
    s.NEED_LAW: "ze zmiany przepisów prawa",
    s.NEED_CUSTOMER: "z wymagań klientów",
    s.NEED_SOCIETY: "z rozwoju cywilizacyjnego społeczeństwa",
}
_NEED_LEADS = {
    "nowe działanie": "Potrzeba podjęcia nowego działania wynika:",
    "zmiana istniejącego działania": "Potrzeba zmiany istniejącego działania wynika:",
}
_NEED_LEAD_OTHER = "Potrzeba zmian wynika:"
_ROUND_DECISIONS = {
    s.RESULT_ACCEPTED: "akceptuję projekt",
    s.RESULT_RETURNED: "do poprawy – polecam wprowadzenie zmian",
}
_PENDING_DECISION = "oczekuje na decyzję"
_PROPOSALS_NAME = "Propozycje zmian w dokumentach Urzędu"
_ORDINANCE_NAME = "Projekt zarządzenia {mayor} w sprawie zmiany {regulamin}"
_RESOLUTION_NAME = "Projekt uchwały {council} w sprawie zmiany {statute}"
_QMS_SUBMITTED = {
    "opracowanie": "projekt nowego dokumentu",
    "zmiana": "projekt zmiany",
    "wycofanie": "wycofanie",
}
# Who a step's role is, as documents name it (gender-neutral).
_ROLE_LABELS = {
    s.ROLE_SECRETARY: "Sekretarz – Pełnomocnik ds. SZJ",
    s.ROLE_MAYOR: "Burmistrz",
    s.ROLE_HEAD_OF_ORG: "Kierownik Referatu Organizacyjnego",
    s.ROLE_DESIGNER: "Osoba odpowiedzialna za projektowanie",
    s.ROLE_IMPLEMENTER: "Osoba odpowiedzialna za wdrożenie",
    s.ROLE_TEAM_MEMBER: "Członek zespołu",
}
_DOCUMENT_LEGEND = {
    "01": "decyzja o podjęciu prac projektowych",
    "02": "założenia i wytyczne do projektu",
    "03": "wykaz zasobów",
    "04": "propozycje zmian",
    "05": "projekt zarządzenia",
    "06": "projekt uchwały",
    "07": "karta zatwierdzenia",
    "08": "lista kontrolna",
    "09": "karta szczególnego nadzoru",
}
_INPUT_STATUS = "stwierdzono"
_ROUND = "runda {number}"
_RESULT = "Wynik: {result}."
_PERFORMED_BY = "wykonał/a: {name}"
_WHEN_REQUIRED = " (gdy wymagane)"
_NEXT_STEP = "Krok {number} – {name}. Wykonuje: {who}."
_NEXT_PERSON = "{name} ({role})"
_NEXT_NOBODY = "nie wskazano osoby w roli „{role}”"
_MAYOR_DECISION = "decyzja Burmistrza o zatwierdzeniu"
_SUPERVISION_NOT_STARTED = (
    "nadzór nie został jeszcze rozpoczęty – działalność nie została uruchomiona"
)
_SUPERVISION_ONGOING = "trwa – do pierwszego auditu wewnętrznego, planowanego na {date}"
_SUPERVISION_ONGOING_UNPLANNED = "trwa – nie wyznaczono terminu pierwszego auditu wewnętrznego"
_SUPERVISION_OVERDUE = " (termin minął)"
_SUPERVISION_DONE = "zakończono – pierwszy audit wewnętrzny przeprowadzono {date}"
_SUPERVISION_REPORT = " (raport nr {report})"
_OUTPUT_DONE = "osiągnięto"
_OUTPUT_NOT_REACHED = "nie osiągnięto"
_ACTIONS_SUMMARY = "Zaplanowano {total}; otwarte: {open}; po terminie: {overdue}."
_ACTION_FORMS = ("działanie", "działania", "działań")
_NONE = "brak"
_NO_ACTIONS = "Nie określono działań korekcyjnych, korygujących ani zapobiegawczych."
_ROUNDS_ACCEPTED = "Projekt zaakceptowano w dniu {date}, {after}."
_AFTER_ONE_ROUND = "po analizie"
_AFTER_ROUNDS = "po ponownej analizie"
_ROUNDS_RETURNED = "W dniu {date} polecono wprowadzenie zmian w projekcie."
_ROUNDS_PENDING = "Projekt oczekuje na decyzję Sekretarza."
_ROUNDS_NONE = "Projektu jeszcze nie przedłożono."
_SUPERVISION_NEXT = "Szczególny nadzór trwa do pierwszego auditu wewnętrznego."
_CHECKED = "☒"
_UNCHECKED = "☐"
_BASIS_FORMULA = re.compile(
    r"[\s,]*(zarządza się|zarządzam|uchwala się|rada\b.*?\buchwala)\s*,?\s*co następuje\s*:?\s*$",
    re.IGNORECASE | re.DOTALL,
)


# --- table rows and small records ----------------------------------------------------------


@dataclass(frozen=True)
class Osoba:
    """A person as documents name them."""

    imie_nazwisko: str
    stanowisko: str
    komorka: str  # "" when not given

    @property
    def opis(self) -> str:
        """`Piotr Zieliński – Inspektor, Referat Organizacyjny`."""
        details = ", ".join(part for part in (self.stanowisko, self.komorka) if part)
        return f"{self.imie_nazwisko} – {details}" if details else self.imie_nazwisko


NOBODY = Osoba(DASH, "", "")


@dataclass(frozen=True)
class Porownanie:
    """A redline of two wordings; `render` prints deletions struck through, insertions
    underlined."""

    segmenty: tuple[Segment, ...]


@dataclass(frozen=True)
class WierszZasobu:
    lp: str
    rodzaj: str
    opis: str
    ilosc: str
    jm: str
    cena: str
    wartosc: str
    zrodlo: str
    termin: str
    status: str


@dataclass(frozen=True)
class SumaRodzaju:
    rodzaj: str
    wartosc: str


@dataclass(frozen=True)
class WierszZmiany:
    lp: str
    jednostka: str
    obecne: str
    proponowane: str
    rodzaj: str
    uzasadnienie: str
    porownanie: Porownanie


@dataclass(frozen=True)
class ZmianyDokumentu:
    nazwa: str
    zmiany: tuple[WierszZmiany, ...]


@dataclass(frozen=True)
class DokumentDoZmiany:
    lp: str
    dokument: str  # the full name: „Regulamin Organizacyjny Urzędu …”
    jednostki: str  # the changed units (the default template leaves them to document 04)
    liczba: str


@dataclass(frozen=True)
class DokumentSzj:
    lp: str
    symbol: str
    nazwa: str
    rodzaj: str
    dzialanie: str
    odpowiedzialny: str


@dataclass(frozen=True)
class Punkt:
    """One item of an amending provision: `1) w § 12 ust. 3 otrzymuje brzmienie:` and
    its quoted wording („…”;), or a group with lettered sub-items."""

    naglowek: str
    cytat: str
    podpunkty: tuple[Punkt, ...]


@dataclass(frozen=True)
class Przepis:
    """§ 1 of a draft act: the opening sentence and its items."""

    wstep: str
    punkty: tuple[Punkt, ...]


@dataclass(frozen=True)
class PozycjaListy:
    lp: str
    nazwa: str


@dataclass(frozen=True)
class WierszRundy:
    nr: str
    data_przedlozenia: str
    decyzja: str
    uwagi: str
    data_decyzji: str


@dataclass(frozen=True)
class WierszKontrolny:
    krok: str
    czynnosc: str
    odpowiada: str
    dokument: str
    data: str
    status: str
    uwagi: str


@dataclass(frozen=True)
class WierszDzialania:
    lp: str
    rodzaj: str
    opis: str
    przyczyna: str
    odpowiedzialny: str
    termin: str
    status: str
    data_zamkniecia: str
    ocena: str


# --- the fields of each template -----------------------------------------------------------

_COMMON = frozenset({"urzad", "znak", "miejscowosc", "data", "tytul"})
FIELDS: dict[str, frozenset[str]] = {
    DECISION: _COMMON
    | {
        "rodzaj_dzialania",
        "potrzeba_wynika",
        "zrodla",
        "opis_potrzeby",
        "podstawa_prawna",
        "wymagania_klientow",
        "sekretarz",
        "projektant",
        "termin_zalozen",
        "termin_wdrozenia",
    },
    ASSUMPTIONS: _COMMON
    | {
        "rodzaj_dzialania",
        "cel",
        "zakres",
        "wymagania_klientow",
        "podstawa_prawna",
        "normy",
        "kryteria_akceptacji",
        "dokumenty_do_zmiany",
        "dokumentacja_szj",
        "termin_wdrozenia",
        "komorka_wiodaca",
        "sekretarz",
        "projektant",
        "wdrazajacy",
        "zespol",
    },
    RESOURCES: _COMMON
    | {
        "data_zatwierdzenia_zalozen",
        "zasoby",
        "sumy",
        "razem",
        "razem_slownie",
        "kierownik_ro",
        "sekretarz",
        "wdrazajacy",
    },
    PROPOSALS: _COMMON
    | {"dokumenty", "dokumentacja_szj", "sekretarz_celownik", "wdrazajacy", "zespol"},
    ORDINANCE: _COMMON
    | {
        "burmistrz_dopelniacz",
        "urzad_dopelniacz",
        "podstawa_zarzadzenia",
        "paragraf1",
        "sekretarz_celownik",
        "uzasadnienie",
        "wdrazajacy",
    },
    RESOLUTION: _COMMON
    | {
        "rada",
        "rada_dopelniacz",
        "statut_dopelniacz",
        "podstawa_uchwaly",
        "paragraf1",
        "burmistrz_celownik",
        "wojewodztwo_dopelniacz",
        "uzasadnienie",
        "wdrazajacy",
    },
    APPROVAL: _COMMON
    | {
        "dokumenty_przedlozone",
        "rundy",
        "wynik_analizy",
        "sekretarz",
        "wdrazajacy",
        "zatwierdzenie_burmistrza",
        "data_przedlozenia_burmistrzowi",
        "obrady_rady",
        "burmistrz",
        "zatwierdzam",
        "nie_zatwierdzam",
        "data_zatwierdzenia",
        "uwagi_burmistrza",
    },
    CHECKLIST: _COMMON
    | {
        "stan_na_dzien",
        "wiersze",
        "oznaczenia_dokumentow",
        "ostrzezenia",
        "nastepny_krok",
        "sekretarz",
    },
    SUPERVISION: _COMMON
    | {
        "rozpoczecie",
        "planowany_audit",
        "data_auditu",
        "nr_raportu",
        "status_nadzoru",
        "dzialania",
        "podsumowanie_dzialan",
        "sekretarz",
    },
}

FIELD_DOCS: dict[str, tuple[str, str]] = {
    "urzad": ("nazwa urzędu", "Urząd Miasta i Gminy Przykładowo"),
    "znak": ("znak sprawy", "OR.0123.5.2026"),
    "miejscowosc": ("miejscowość w dacie dokumentu", "Przykładowo"),
    "data": ("data dokumentu (data kroku, który go wytwarza)", "23 listopada 2026 r."),
    "tytul": ("tytuł projektu", "Elektroniczny obieg dokumentów"),
    "rodzaj_dzialania": ("rodzaj działania", "zmiana istniejącego działania"),
    "potrzeba_wynika": (
        "zdanie wprowadzające źródła potrzeby (według rodzaju działania)",
        "Potrzeba zmiany istniejącego działania wynika:",
    ),
    "zrodla": (
        "źródła potrzeby w dopełniaczu, z interpunkcją (lista)",
        "ze zmiany przepisów prawa;",
    ),
    "opis_potrzeby": ("opis potrzeby", "Mieszkańcy oczekują …"),
    "podstawa_prawna": ("podstawa prawna potrzeby (pusta, gdy brak)", "ustawa z dnia …"),
    "wymagania_klientow": ("wymagania klientów (puste, gdy brak)", "Krótszy czas obsługi"),
    "normy": ("normy i przepisy do stosowania (puste, gdy brak)", "PN-EN ISO 9001:2015"),
    "cel": ("cel projektu", "Skrócenie czasu obsługi"),
    "zakres": ("zakres projektu", "Biuro Obsługi Klienta"),
    "kryteria_akceptacji": ("kryteria akceptacji (puste, gdy brak)", "90% spraw w 3 dni"),
    "komorka_wiodaca": ("komórka wiodąca (pusta, gdy brak)", "Referat Organizacyjny"),
    "termin_wdrozenia": ("planowany termin wdrożenia", "4 stycznia 2027 r."),
    "termin_zalozen": (
        "termin opracowania założeń (14 dni od decyzji albo data wykonania kroku 2, "
        "jeśli późniejsza)",
        "15 września 2026 r.",
    ),
    "sekretarz": ("Sekretarz – Pełnomocnik ds. SZJ (osoba)", "sekretarz.imie_nazwisko"),
    "burmistrz": ("Burmistrz (osoba)", "burmistrz.imie_nazwisko"),
    "projektant": ("osoba odpowiedzialna za projektowanie", "projektant.opis"),
    "wdrazajacy": ("osoba odpowiedzialna za wdrożenie", "wdrazajacy.stanowisko"),
    "kierownik_ro": ("Kierownik Referatu Organizacyjnego (osoba)", "kierownik_ro.imie_nazwisko"),
    "zespol": ("członkowie zespołu (lista osób)", "o.imie_nazwisko"),
    "dokumenty_do_zmiany": (
        "dokumenty do zmiany (wiersze: lp, dokument – pełna nazwa, jednostki, liczba)",
        "Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo",
    ),
    "data_zatwierdzenia_zalozen": (
        "data zatwierdzenia założeń (krok 3; pusta, gdy jeszcze nie zatwierdzono)",
        "23 września 2026 r.",
    ),
    "dokumentacja_szj": (
        "dokumentacja SZJ (wiersze: lp, symbol, nazwa, rodzaj, dzialanie, odpowiedzialny)",
        "PR-07",
    ),
    "zasoby": (
        "zasoby (wiersze: lp, rodzaj, opis, ilosc, jm, cena, wartosc, zrodlo, termin, status)",
        "6 900,00 zł",
    ),
    "sumy": ("sumy według rodzaju zasobu (wiersze: rodzaj, wartosc)", "szkolenia"),
    "razem": ("łączna wartość zasobów", "57 930,50 zł"),
    "razem_slownie": (
        "łączna wartość słownie",
        "pięćdziesiąt siedem tysięcy dziewięćset trzydzieści złotych 50/100",
    ),
    "dokumenty": (
        "zmiany według dokumentów (nazwa, zmiany: lp, jednostka, obecne, proponowane, "
        "rodzaj, uzasadnienie, porownanie)",
        "Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo",
    ),
    "burmistrz_dopelniacz": ("organ w dopełniaczu", "Burmistrza Miasta i Gminy Przykładowo"),
    "burmistrz_celownik": ("organ w celowniku", "Burmistrzowi Miasta i Gminy Przykładowo"),
    "sekretarz_celownik": ("Sekretarz w celowniku", "Sekretarzowi Miasta i Gminy"),
    "urzad_dopelniacz": ("urząd w dopełniaczu", "Urzędu Miasta i Gminy Przykładowo"),
    "statut_dopelniacz": ("statut w dopełniaczu", "Statutu Miasta i Gminy Przykładowo"),
    "rada": ("nazwa rady", "Rada Miejska w Przykładowie"),
    "rada_dopelniacz": ("rada w dopełniaczu", "Rady Miejskiej w Przykładowie"),
    "wojewodztwo_dopelniacz": ("województwo w dopełniaczu", "Wielkopolskiego"),
    "podstawa_zarzadzenia": (
        "podstawa prawna zarządzenia (bez „zarządza się, co następuje”)",
        "Na podstawie art. 33 ust. 2 ustawy …",
    ),
    "podstawa_uchwaly": (
        "podstawa prawna uchwały (bez „uchwala, co następuje”)",
        "Na podstawie art. 18 ust. 2 pkt 1 …",
    ),
    "paragraf1": (
        "§ 1 projektu: wstep i punkty (naglowek, cytat, podpunkty)",
        "W Regulaminie … wprowadza się następujące zmiany:",
    ),
    "uzasadnienie": (
        "projektowane zmiany z uzasadnieniem (lista punktów)",
        "1) nadanie nowego brzmienia § 12 ust. 3 – …;",
    ),
    "dokumenty_przedlozone": (
        "przedłożone dokumenty, pełne nazwy (wiersze: lp, nazwa)",
        "P-07 Procedura … – projekt nowego dokumentu",
    ),
    "rundy": (
        "kolejne analizy Sekretarza (wiersze: nr, data_przedlozenia, decyzja, uwagi, data_decyzji)",
        "akceptuję projekt",
    ),
    "wynik_analizy": (
        "zdanie o wyniku analizy",
        "Projekt zaakceptowano w dniu 23 października 2026 r., po analizie.",
    ),
    "zatwierdzenie_burmistrza": ("czy wymagane zatwierdzenie Burmistrza (tak/nie)", "tak"),
    "data_przedlozenia_burmistrzowi": (
        "data przedłożenia Burmistrzowi (krok 7; pusta, gdy nieznana)",
        "16.11.2026",
    ),
    "obrady_rady": (
        "rada w dopełniaczu, pod której obrady Burmistrz kieruje projekt uchwały (puste, gdy "
        "statut się nie zmienia)",
        "Rady Miejskiej w Przykładowie",
    ),
    "zatwierdzam": ("pole wyboru „zatwierdzam”", _CHECKED),
    "nie_zatwierdzam": ("pole wyboru „nie zatwierdzam”", _UNCHECKED),
    "data_zatwierdzenia": ("data decyzji Burmistrza", "30.10.2026"),
    "uwagi_burmistrza": ("uwagi Burmistrza po decyzji (puste, gdy brak)", ""),
    "stan_na_dzien": ("data, na którą sporządzono listę", "1 grudnia 2026 r."),
    "wiersze": (
        "wiersze listy kontrolnej (krok, czynnosc, odpowiada, dokument, data, status, uwagi)",
        "WEJŚCIE",
    ),
    "oznaczenia_dokumentow": (
        "objaśnienie numerów dokumentów",
        "01 – decyzja o podjęciu prac projektowych; …",
    ),
    "ostrzezenia": ("ostrzeżenia (lista)", "Zasoby!J3: zasób nie ma statusu „zapewniony”"),
    "nastepny_krok": (
        "następny krok i kto działa",
        "Krok 8 – zapewnienie zidentyfikowanych zasobów. Wykonuje: Anna Kowalska (…).",
    ),
    "rozpoczecie": ("data rozpoczęcia działalności (krok 9)", "23 listopada 2026 r."),
    "planowany_audit": ("planowany termin pierwszego auditu wewnętrznego", "15 marca 2027 r."),
    "data_auditu": ("data przeprowadzenia pierwszego auditu", "—"),
    "nr_raportu": ("nr raportu z auditu", "—"),
    "status_nadzoru": ("stan szczególnego nadzoru", "trwa – do pierwszego auditu …"),
    "dzialania": (
        "działania (wiersze: lp, rodzaj, opis, przyczyna, odpowiedzialny – z imieniem, "
        "nazwiskiem i stanowiskiem, termin, status, data_zamkniecia, ocena)",
        "korekcja",
    ),
    "podsumowanie_dzialan": (
        "liczba działań",
        "Zaplanowano 2 działania; otwarte: 1; po terminie: brak.",
    ),
}


# --- building ------------------------------------------------------------------------------


def build_contexts(
    workbook: ProjectWorkbook, state: ProcedureState
) -> dict[str, Mapping[str, object]]:
    """The context of every document this project needs, keyed by template file name.

    05 only when a change concerns the regulamin, 06 only when one concerns the statute.
    """
    groups = document_groups(workbook.changes)
    regulamin = next((g for g in groups if g.is_regulamin), None)
    statute = next((g for g in groups if g.is_statute), None)
    skipped = {ORDINANCE: regulamin is None, RESOLUTION: statute is None}
    documents = tuple(name for name in TEMPLATE_NAMES if not skipped.get(name))
    builders: dict[str, Callable[[], dict[str, object]]] = {
        DECISION: lambda: _decision(workbook, state),
        ASSUMPTIONS: lambda: _assumptions(workbook, groups),
        RESOURCES: lambda: _resources(workbook, state),
        PROPOSALS: lambda: _proposals(workbook, groups),
        ORDINANCE: lambda: _ordinance(workbook, _present(regulamin)),
        RESOLUTION: lambda: _resolution(workbook, _present(statute)),
        APPROVAL: lambda: _approval(workbook, state, documents),
        CHECKLIST: lambda: _checklist(workbook, state, documents),
        SUPERVISION: lambda: _supervision(workbook, state),
    }
    return {name: {**_common(workbook, state, name), **builders[name]()} for name in documents}


def _present(group: DocumentChanges | None) -> DocumentChanges:
    assert group is not None  # only called for documents that have changes
    return group


def document_date(state: ProcedureState, template: str) -> date:
    """The date a document bears: its step's date when that step is done, else `state.today`."""
    step = state.step(DOCUMENT_STEP[template])
    return step.date if step.done and step.date else state.today


def assumptions_deadline(state: ProcedureState) -> date:
    """The deadline for the assumptions: 14 days after the decision, or the day step 2 was
    actually done when that is later (a generated decision never shows a missed deadline)."""
    deadline = document_date(state, DECISION) + timedelta(days=ASSUMPTIONS_DAYS)
    step2 = state.step(2)
    if step2.done and step2.date and step2.date > deadline:
        return step2.date
    return deadline


def document_name(document: str, office: str) -> str:
    """A changed document's full name: „Regulamin Organizacyjny Urzędu Miasta i Gminy
    Przykładowo”, „Statut Miasta i Gminy Przykładowo”, any other document as typed."""
    if is_regulamin(document):
        return polish.regulamin_name(office)
    if is_statute(document):
        return polish.statute_name(office)
    return " ".join(document.split())


def _common(workbook: ProjectWorkbook, state: ProcedureState, template: str) -> dict[str, object]:
    project = workbook.project
    return {
        "urzad": project.office,
        "znak": project.case_sign,
        "miejscowosc": project.town,
        "data": polish.long_date(document_date(state, template)),
        "tytul": project.title,
    }


def _decision(workbook: ProjectWorkbook, state: ProcedureState) -> dict[str, object]:
    project = workbook.project
    return {
        "rodzaj_dzialania": project.activity_kind,
        "potrzeba_wynika": _NEED_LEADS.get(
            normalize_label(project.activity_kind), _NEED_LEAD_OTHER
        ),
        "zrodla": _need_sources(project.need_sources),
        "opis_potrzeby": project.need_description,
        "podstawa_prawna": project.legal_basis or "",
        "wymagania_klientow": project.customer_requirements or "",
        "sekretarz": _person(workbook, s.ROLE_SECRETARY),
        "projektant": _person(workbook, s.ROLE_DESIGNER),
        "termin_zalozen": polish.long_date(assumptions_deadline(state), nbsp=True),
        "termin_wdrozenia": polish.long_date(project.planned_implementation),
    }


def _need_sources(sources: Sequence[str]) -> tuple[str, ...]:
    """„ze zmiany przepisów prawa;”, „z wymagań klientów.” – the list after „… wynika:”."""
    forms = {normalize_label(key): text for key, text in _NEED_SOURCES.items()}
    items = [forms.get(normalize_label(source), " ".join(source.split())) for source in sources]
    return tuple(
        item + ("." if index == len(items) - 1 else ";") for index, item in enumerate(items)
    )


def _assumptions(workbook: ProjectWorkbook, groups: Sequence[DocumentChanges]) -> dict[str, object]:
    project = workbook.project
    return {
        "rodzaj_dzialania": project.activity_kind,
        "cel": project.goal,
        "zakres": project.scope,
        "wymagania_klientow": project.customer_requirements or "",
        "podstawa_prawna": project.legal_basis or "",
        "normy": project.standards or "",
        "kryteria_akceptacji": project.acceptance_criteria or "",
        "dokumenty_do_zmiany": tuple(
            DokumentDoZmiany(
                str(index),
                document_name(group.document, project.office),
                ", ".join(str(change.unit) for change in group.changes),
                str(len(group.changes)),
            )
            for index, group in enumerate(groups, start=1)
        ),
        "dokumentacja_szj": _qms_rows(workbook),
        "termin_wdrozenia": polish.long_date(project.planned_implementation),
        "komorka_wiodaca": project.lead_unit or "",
        "sekretarz": _person(workbook, s.ROLE_SECRETARY),
        "projektant": _person(workbook, s.ROLE_DESIGNER),
        "wdrazajacy": _person(workbook, s.ROLE_IMPLEMENTER),
        "zespol": _team(workbook),
    }


def _resources(workbook: ProjectWorkbook, state: ProcedureState) -> dict[str, object]:
    resources = workbook.resources
    total = sum((r.value for r in resources), Decimal(0))
    kinds = [k for k in s.RESOURCE_KINDS if any(r.kind == k for r in resources)]
    kinds += sorted({r.kind for r in resources} - set(kinds))
    step3 = state.step(3)
    return {
        "data_zatwierdzenia_zalozen": polish.long_date(step3.date, nbsp=True)
        if step3.done and step3.date
        else "",
        "zasoby": tuple(
            WierszZasobu(
                lp=str(index),
                rodzaj=r.kind,
                opis=r.description,
                ilosc=polish.number(r.quantity),
                jm=r.unit,
                cena=polish.money(r.unit_price),
                wartosc=polish.money(r.value),
                zrodlo=r.funding or DASH,
                termin=_short(r.due),
                status=r.status,
            )
            for index, r in enumerate(resources, start=1)
        ),
        "sumy": tuple(
            SumaRodzaju(
                kind, polish.money(sum((r.value for r in resources if r.kind == kind), Decimal(0)))
            )
            for kind in kinds
        ),
        "razem": polish.money(total),
        "razem_slownie": polish.money_in_words(total),
        "kierownik_ro": _person(workbook, s.ROLE_HEAD_OF_ORG),
        "sekretarz": _person(workbook, s.ROLE_SECRETARY),
        "wdrazajacy": _person(workbook, s.ROLE_IMPLEMENTER),
    }


def _proposals(workbook: ProjectWorkbook, groups: Sequence[DocumentChanges]) -> dict[str, object]:
    office = workbook.project.office
    return {
        "dokumenty": tuple(
            ZmianyDokumentu(
                document_name(group.document, office),
                tuple(_change_row(i, c) for i, c in enumerate(group.changes, start=1)),
            )
            for group in groups
        ),
        "dokumentacja_szj": _qms_rows(workbook),
        "sekretarz_celownik": polish.secretary_dative(office),
        "wdrazajacy": _person(workbook, s.ROLE_IMPLEMENTER),
        "zespol": _team(workbook),
    }


def _change_row(index: int, change: Change) -> WierszZmiany:
    return WierszZmiany(
        lp=str(index),
        jednostka=change.unit.text(nbsp=True),
        obecne=change.current or DASH,
        proponowane=change.proposed or DASH,
        rodzaj=_KIND_LABELS[change.kind],
        uzasadnienie=change.justification or DASH,
        porownanie=Porownanie(redline(change.current, change.proposed)),
    )


def _ordinance(workbook: ProjectWorkbook, group: DocumentChanges) -> dict[str, object]:
    project = workbook.project
    office = polish.office_genitive(project.office)
    intro = f"W Regulaminie Organizacyjnym {office}"
    if project.regulamin_act:
        intro += f", stanowiącym załącznik do {_act_citation(project.regulamin_act)},"
    return {
        "burmistrz_dopelniacz": polish.mayor_genitive(project.office),
        "urzad_dopelniacz": office,
        "podstawa_zarzadzenia": _legal_basis(
            project.ordinance_legal_basis or s.DEFAULT_ORDINANCE_LEGAL_BASIS
        ),
        "paragraf1": _provision(amendment_text(group.changes, intro)),
        "sekretarz_celownik": polish.secretary_dative(project.office),
        "uzasadnienie": _justification_items(group.changes),
        "wdrazajacy": _person(workbook, s.ROLE_IMPLEMENTER),
    }


def _resolution(workbook: ProjectWorkbook, group: DocumentChanges) -> dict[str, object]:
    project = workbook.project
    statute = polish.statute_genitive(project.office)
    intro = "W Statucie" + statute.removeprefix("Statutu")
    if project.statute_act:
        intro += f", stanowiącym załącznik do {_act_citation(project.statute_act)},"
    return {
        "rada": " ".join(project.council.split()),
        "rada_dopelniacz": polish.council_genitive(project.council),
        "statut_dopelniacz": statute,
        "podstawa_uchwaly": _legal_basis(
            project.resolution_legal_basis or s.DEFAULT_RESOLUTION_LEGAL_BASIS
        ),
        "paragraf1": _provision(amendment_text(group.changes, intro)),
        "burmistrz_celownik": polish.mayor_dative(project.office),
        "wojewodztwo_dopelniacz": polish.voivodeship_genitive(project.voivodeship),
        "uzasadnienie": _justification_items(group.changes),
        "wdrazajacy": _person(workbook, s.ROLE_IMPLEMENTER),
    }


def _act_citation(act: str) -> str:
    """The amended act in the genitive, without a closing full stop or comma of its own."""
    return polish.act_genitive(act).rstrip(" ,;")


def _legal_basis(text: str) -> str:
    """The legal basis without a closing formula the template adds itself, with non-breaking
    spaces in its citations („art. 33”, „Dz. U. z 2024 r.”)."""
    text = " ".join(text.split())
    text = _BASIS_FORMULA.sub("", text).rstrip(" ,;:")
    if text.endswith(".") and text[-2:-1] in (")", *"0123456789"):
        text = text[:-1]
    return polish.nbsp_legal(text)


def _provision(provision: AmendingProvision) -> Przepis:
    return Przepis(
        polish.nbsp_legal(provision.intro), tuple(_item(item) for item in provision.items)
    )


def _item(item: AmendmentItem) -> Punkt:
    """One item; the quoted wording is kept exactly as typed."""
    return Punkt(
        polish.nbsp_legal(item.heading),
        item.quoted_text,
        tuple(_item(sub) for sub in item.subitems),
    )


def _justification_items(changes: Sequence[Change]) -> tuple[str, ...]:
    """„1) nadanie nowego brzmienia § 12 ust. 3 – <uzasadnienie>;”, „2) dodanie § 12 ust. 3a;”
    … „n) uchylenie § 21 ust. 4 – ….” – one item per change, in unit order."""
    ordered = order_changes(changes)
    items = []
    for index, change in enumerate(ordered, start=1):
        text = f"{index}) {_JUSTIFICATION_KINDS[change.kind]} {change.unit.text(nbsp=True)}"
        reason = " ".join((change.justification or "").split()).rstrip(" .;,")
        if reason:
            text += f" – {polish.lowercase_start(reason)}"
        items.append(text + ("." if index == len(ordered) else ";"))
    return tuple(items)


def _approval(
    workbook: ProjectWorkbook, state: ProcedureState, documents: Sequence[str]
) -> dict[str, object]:
    project = workbook.project
    step7 = state.step(7)
    result = step7.last.result if step7.last and step7.done else None
    submitted = [_submitted_name(d, project.office, project.council) for d in documents]
    submitted = [name for name in submitted if name]
    submitted += [
        f"{d.symbol} {d.name} – {_QMS_SUBMITTED.get(d.action, d.action)}"
        for d in workbook.qms_documents
    ]
    submission = next(
        (e.date for e in step7.entries if e.date and e.status != s.STEP_NOT_STARTED), None
    )
    return {
        "dokumenty_przedlozone": tuple(
            PozycjaListy(str(i), name) for i, name in enumerate(submitted, start=1)
        ),
        "rundy": tuple(_round_row(r) for r in state.rounds),
        "wynik_analizy": _rounds_summary(state.rounds),
        "sekretarz": _person(workbook, s.ROLE_SECRETARY),
        "wdrazajacy": _person(workbook, s.ROLE_IMPLEMENTER),
        "zatwierdzenie_burmistrza": state.mayor_approval_required,
        "data_przedlozenia_burmistrzowi": _short(submission) if submission else "",
        "obrady_rady": polish.council_genitive(project.council) if RESOLUTION in documents else "",
        "burmistrz": _person(workbook, s.ROLE_MAYOR),
        "zatwierdzam": _CHECKED if result == s.RESULT_APPROVED else _UNCHECKED,
        "nie_zatwierdzam": _CHECKED if result == s.RESULT_REJECTED else _UNCHECKED,
        "data_zatwierdzenia": _short(step7.date) if step7.done else "",
        "uwagi_burmistrza": (step7.last.remarks or "") if step7.last and step7.done else "",
    }


def _submitted_name(document: str, office: str, council: str) -> str:
    """The full name of a generated document submitted to the Secretary ("" for others)."""
    if document == PROPOSALS:
        return _PROPOSALS_NAME
    if document == ORDINANCE:
        return _ORDINANCE_NAME.format(
            mayor=polish.mayor_genitive(office),
            regulamin=f"Regulaminu Organizacyjnego {polish.office_genitive(office)}",
        )
    if document == RESOLUTION:
        return _RESOLUTION_NAME.format(
            council=polish.council_genitive(council), statute=polish.statute_genitive(office)
        )
    return ""


def _round_row(review: ReviewRound) -> WierszRundy:
    decision = review.decision
    done = decision is not None and decision.status == s.STEP_DONE
    return WierszRundy(
        nr=str(review.number),
        data_przedlozenia=_short(review.submission.date if review.submission else None),
        decyzja=_ROUND_DECISIONS.get(decision.result or "", _PENDING_DECISION)
        if done and decision
        else _PENDING_DECISION,
        uwagi=(decision.remarks if decision else None) or DASH,
        data_decyzji=_short(decision.date if done and decision else None),
    )


def _rounds_summary(rounds: Sequence[ReviewRound]) -> str:
    if not rounds:
        return _ROUNDS_NONE
    last = rounds[-1]
    decision = last.decision
    if decision is None or decision.status != s.STEP_DONE or decision.date is None:
        return _ROUNDS_PENDING
    when = polish.long_date(decision.date, nbsp=True)
    if last.returned:
        return _ROUNDS_RETURNED.format(date=when)
    after = _AFTER_ROUNDS if len(rounds) > 1 else _AFTER_ONE_ROUND
    return _ROUNDS_ACCEPTED.format(date=when, after=after)


def _checklist(
    workbook: ProjectWorkbook, state: ProcedureState, documents: Sequence[str]
) -> dict[str, object]:
    rows = [_input_row(workbook, state)]
    for item in checklist_rows(state):  # the procedure's own order, each review round
        base, names = _step_base(workbook, state, state.step(int(item.label)), documents)
        label = _ROUND.format(number=item.round_number) if item.round_number else ""
        rows.append(_entry_row(base, item.entry, label, names))
    rows.append(_output_row(state, len(workbook.actions)))
    codes = [name[:2] for name in documents]
    return {
        "stan_na_dzien": polish.long_date(state.today),
        "wiersze": tuple(rows),
        "oznaczenia_dokumentow": "; ".join(
            f"{code} – {_DOCUMENT_LEGEND[code]}" for code in codes if code in _DOCUMENT_LEGEND
        )
        + ".",
        "ostrzezenia": tuple(
            f"{issue.location}: {issue.message}" if issue.location else issue.message
            for issue in state.warnings
        ),
        "nastepny_krok": _next_step(state),
        "sekretarz": _person(workbook, s.ROLE_SECRETARY),
    }


def _input_row(workbook: ProjectWorkbook, state: ProcedureState) -> WierszKontrolny:
    step1 = state.step(1)
    return WierszKontrolny(
        krok="WEJŚCIE",
        czynnosc=msg.INPUT_NAME,
        odpowiada=DASH,
        dokument="01",
        data=_short(step1.date if step1.done else None),
        status=_INPUT_STATUS,
        uwagi="; ".join(workbook.project.need_sources),
    )


def _step_name(state: ProcedureState, step: StepState) -> str:
    """The step's name; step 7 without „(gdy wymagane)” when the approval is required."""
    name = step.definition.name
    if step.definition.number == 7 and state.mayor_approval_required:
        name = name.replace(_WHEN_REQUIRED, "")
    return name


def _step_base(
    workbook: ProjectWorkbook, state: ProcedureState, step: StepState, documents: Sequence[str]
) -> tuple[WierszKontrolny, set[str]]:
    """A step's row before anything was recorded, and the names of those responsible."""
    generated = {name[:2] for name in documents}
    people = _responsible_people(workbook, step)
    base = WierszKontrolny(
        krok=str(step.definition.number),
        czynnosc=_step_name(state, step),
        odpowiada="\n".join(
            f"{_role_label(role)}:\n{p.name}" if p else _role_label(role) for role, p in people
        ),
        dokument=", ".join(c for c in step.definition.documents if c in generated) or DASH,
        data=DASH,
        status=s.STEP_NOT_STARTED,
        uwagi=DASH,
    )
    return base, {p.name for _, p in people if p}


def _entry_row(
    base: WierszKontrolny, entry: StepEntry | None, round_label: str, responsible: set[str]
) -> WierszKontrolny:
    """The row of one recorded entry: its status, and in the remarks the result („Wynik: do
    poprawy.”), the remarks typed and who performed it when not the person responsible."""
    krok = f"{base.krok}\n({round_label})" if round_label else base.krok
    if entry is None:
        return dataclasses.replace(base, krok=krok)
    remarks = [entry.remarks] if entry.remarks else []
    if entry.performer and entry.performer not in responsible:
        remarks.append(_PERFORMED_BY.format(name=entry.performer))
    notes = "; ".join(remarks)
    if entry.result:
        notes = " ".join(part for part in (_RESULT.format(result=entry.result), notes) if part)
    return dataclasses.replace(
        base,
        krok=krok,
        data=_short(entry.date),
        status=entry.status,
        uwagi=notes or DASH,
    )


def _responsible_people(
    workbook: ProjectWorkbook, step: StepState
) -> list[tuple[str, Person | None]]:
    """The step's roles and their holders; step 7 also names the Mayor, who approves."""
    return [(role, workbook.person_with_role(role)) for role in step.definition.roles]


def _role_label(role: str) -> str:
    return _ROLE_LABELS.get(role, role)


def _output_row(state: ProcedureState, actions: int) -> WierszKontrolny:
    step9 = state.step(9)
    if state.supervision_finished:
        status = _OUTPUT_DONE
    elif step9.done:
        status = s.STEP_IN_PROGRESS
    else:
        status = _OUTPUT_NOT_REACHED
    return WierszKontrolny(
        krok="WYJŚCIE",
        czynnosc=msg.OUTPUT_NAME,
        odpowiada=DASH,
        dokument="09",
        data=_short(state.supervision_end if state.supervision_finished else None),
        status=status,
        uwagi=_actions_summary(state, actions),
    )


def _next_step(state: ProcedureState) -> str:
    """„Krok 7 – decyzja Burmistrza o zatwierdzeniu. Wykonuje: Tomasz Nowicki (Burmistrz).”

    Who acts is the procedure's answer (`state.next_role`, `state.next_people`)."""
    step = state.next_step
    if step is None or state.next_role is None:
        return msg.ALL_STEPS_DONE + ("" if state.supervision_finished else " " + _SUPERVISION_NEXT)
    name = _MAYOR_DECISION if state.awaiting_mayor else _step_name(state, step)
    person = state.next_people[0] if state.next_people else None
    label = _role_label(state.next_role)
    if label.startswith("Osoba "):
        label = label[0].lower() + label[1:]
    who = (
        _NEXT_PERSON.format(name=person.name, role=label)
        if person
        else _NEXT_NOBODY.format(role=label)
    )
    return _NEXT_STEP.format(
        number=step.definition.number, name=name[:1].lower() + name[1:], who=who
    )


def _supervision(workbook: ProjectWorkbook, state: ProcedureState) -> dict[str, object]:
    project = workbook.project
    return {
        "rozpoczecie": _long(state.supervision_start),
        "planowany_audit": _long(project.planned_audit),
        "data_auditu": _long(project.audit_date),
        "nr_raportu": project.audit_report or DASH,
        "status_nadzoru": _supervision_status(workbook, state),
        "dzialania": tuple(
            _action_row(workbook, i, a) for i, a in enumerate(workbook.actions, start=1)
        ),
        "podsumowanie_dzialan": _actions_summary(state, len(workbook.actions)),
        "sekretarz": _person(workbook, s.ROLE_SECRETARY),
    }


def _supervision_status(workbook: ProjectWorkbook, state: ProcedureState) -> str:
    project = workbook.project
    if project.audit_date is not None:
        text = _SUPERVISION_DONE.format(date=polish.long_date(project.audit_date, nbsp=True))
        if project.audit_report:
            text += _SUPERVISION_REPORT.format(report=project.audit_report)
        return text
    if state.supervision_start is None:
        return _SUPERVISION_NOT_STARTED
    if project.planned_audit is None:
        return _SUPERVISION_ONGOING_UNPLANNED
    text = _SUPERVISION_ONGOING.format(date=polish.long_date(project.planned_audit, nbsp=True))
    return text + (_SUPERVISION_OVERDUE if project.planned_audit < state.today else "")


def _actions_summary(state: ProcedureState, total: int) -> str:
    """„Zaplanowano 1 działanie; otwarte: 1; po terminie: brak.”"""
    if total == 0:
        return _NO_ACTIONS

    def count(number: int) -> str:
        return str(number) if number else _NONE

    return _ACTIONS_SUMMARY.format(
        total=f"{total}{polish.NBSP}{polish.plural(total, *_ACTION_FORMS)}",
        open=count(len(state.open_actions)),
        overdue=count(len(state.overdue_actions)),
    )


def _action_row(workbook: ProjectWorkbook, index: int, action: Action) -> WierszDzialania:
    return WierszDzialania(
        lp=str(index),
        rodzaj=action.kind,
        opis=action.description,
        przyczyna=action.cause or DASH,
        odpowiedzialny=_with_position(workbook, action.responsible) if action.responsible else DASH,
        termin=polish.short_date(action.due),
        status=action.status,
        data_zamkniecia=_short(action.closed_on),
        ocena=action.effectiveness or DASH,
    )


# --- small helpers -------------------------------------------------------------------------


def _person(workbook: ProjectWorkbook, role: str) -> Osoba:
    person = workbook.person_with_role(role)
    return _osoba(person) if person else NOBODY


def _osoba(person: Person) -> Osoba:
    return Osoba(person.name, person.position, person.unit or "")


def _with_position(workbook: ProjectWorkbook, name: str) -> str:
    """`Małgorzata Kaczmarek (Kierownik Referatu Organizacyjnego)` for a name listed in
    `Osoby` with a position; the name as typed otherwise."""
    person = next(iter(workbook.people_named(name)), None)
    if person is None or not person.position:
        return name
    return f"{name} ({person.position})"


def _team(workbook: ProjectWorkbook) -> tuple[Osoba, ...]:
    return tuple(_osoba(p) for p in workbook.people_with_role(s.ROLE_TEAM_MEMBER))


def _qms_rows(workbook: ProjectWorkbook) -> tuple[DokumentSzj, ...]:
    return tuple(
        DokumentSzj(str(i), d.symbol, d.name, d.kind, d.action, d.responsible or DASH)
        for i, d in enumerate(workbook.qms_documents, start=1)
    )


def _short(value: date | None) -> str:
    return polish.short_date(value) if value else DASH


def _long(value: date | None) -> str:
    return polish.long_date(value) if value else DASH
