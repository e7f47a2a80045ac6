"""A realistic project built from model records in code, for tests of everything after
validation (context, rendering, output).

`make_sample_workbook()` gives a project of the Urząd Miasta i Gminy Przykładowo with two
review rounds, resources of several kinds, changes to the Regulamin organizacyjny, the Statut
and one other document, QMS documentation and corrective actions. `steps_done` cuts the
procedure short (steps after it are „nie rozpoczęto”) for tests of projects in progress.

The `sample_workbook` fixture wraps it; register it with `pytest_plugins = ["tests.factories"]`
in a conftest, or call `make_sample_workbook()` directly.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from generator.domain.model import (
    Action,
    AdoptedAct,
    Change,
    Person,
    Project,
    ProjectWorkbook,
    QmsDocument,
    Resource,
    Source,
    StepEntry,
    SupervisionEntry,
)
from generator.domain.units import parse_unit
from generator.workbook import schema as s

SAMPLE_TODAY = date(2026, 12, 1)

SECRETARY = "Anna Kowalska"
MAYOR = "Jan Nowak"
HEAD_OF_ORG = "Małgorzata Wiśniewska"
DESIGNER = "Piotr Zieliński"
IMPLEMENTER = "Katarzyna Lewandowska"


def _source(sheet: s.TableSheet, row: int) -> Source:
    letters = {c.key: chr(ord("A") + i) for i, c in enumerate(sheet.columns)}
    return Source(sheet.name, row, letters)


def sample_project(**overrides: object) -> Project:
    """The `Projekt` sheet of the sample; keyword arguments replace fields."""
    values: dict[str, object] = {
        "office": "Urząd Miasta i Gminy Przykładowo",
        "town": "Przykładowo",
        "voivodeship": "wielkopolskie",
        "council": "Rada Miejska w Przykładowie",
        "case_sign": "OR.0123.5.2026",
        "title": "Wdrożenie elektronicznego zarządzania dokumentacją (EZD)",
        "activity_kind": "zmiana istniejącego działania",
        "need_sources": (s.NEED_LAW, s.NEED_CUSTOMER),
        "need_description": (
            "Od 1 stycznia 2027 r. Urząd prowadzi dokumentację spraw w systemie EZD. "
            "Mieszkańcy oczekują możliwości złożenia każdego wniosku elektronicznie "
            "i otrzymania odpowiedzi tą samą drogą."
        ),
        "legal_basis": (
            "Rozporządzenie Prezesa Rady Ministrów z dnia 18 stycznia 2011 r. w sprawie "
            "instrukcji kancelaryjnej, jednolitych rzeczowych wykazów akt oraz instrukcji "
            "w sprawie organizacji i zakresu działania archiwów zakładowych"
        ),
        "customer_requirements": "Złożenie wniosku przez ePUAP bez wizyty w Urzędzie.",
        "standards": "PN-EN ISO 9001:2015\nInstrukcja kancelaryjna",
        "goal": "Prowadzenie wszystkich spraw w systemie EZD i skrócenie obiegu dokumentów.",
        "scope": (
            "Biuro Obsługi Klienta, Referat Organizacyjny i wszystkie komórki prowadzące "
            "sprawy; zmiana Regulaminu Organizacyjnego i Statutu."
        ),
        "acceptance_criteria": "Co najmniej 95% pism przychodzących zarejestrowanych w EZD.",
        "lead_unit": "Referat Organizacyjny",
        "planned_implementation": date(2027, 1, 4),
        "assumptions_deadline": date(2026, 9, 15),
        "mayor_approval_required": True,
        "regulamin_act": (
            "Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Przykładowo "
            "z dnia 5 marca 2019 r. w sprawie nadania Regulaminu Organizacyjnego "
            "Urzędu Miasta i Gminy Przykładowo"
        ),
        "statute_act": (
            "Uchwała Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. "
            "w sprawie uchwalenia Statutu Miasta i Gminy Przykładowo"
        ),
        "ordinance_legal_basis": s.DEFAULT_ORDINANCE_LEGAL_BASIS,
        "resolution_legal_basis": s.DEFAULT_RESOLUTION_LEGAL_BASIS,
        "planned_audit": date(2027, 3, 15),
        "audit_date": None,
        "audit_report": None,
    }
    values.update(overrides)
    return Project(**values)  # type: ignore[arg-type]


def _people() -> tuple[Person, ...]:
    rows = [
        (SECRETARY, "Sekretarz Miasta i Gminy", "Kierownictwo Urzędu", s.ROLE_SECRETARY),
        (MAYOR, "Burmistrz Miasta i Gminy", None, s.ROLE_MAYOR),
        (
            HEAD_OF_ORG,
            "Kierownik Referatu Organizacyjnego",
            "Referat Organizacyjny",
            s.ROLE_HEAD_OF_ORG,
        ),
        (DESIGNER, "Inspektor ds. organizacyjnych", "Referat Organizacyjny", s.ROLE_DESIGNER),
        (
            IMPLEMENTER,
            "Kierownik Biura Obsługi Klienta",
            "Biuro Obsługi Klienta",
            s.ROLE_IMPLEMENTER,
        ),
        ("Tomasz Wójcik", "Informatyk", "Referat Organizacyjny", s.ROLE_TEAM_MEMBER),
        (
            "Ewa Kamińska",
            "Podinspektor ds. kancelaryjnych",
            "Biuro Obsługi Klienta",
            s.ROLE_TEAM_MEMBER,
        ),
    ]
    return tuple(
        Person(name, position, unit, role, _source(s.PEOPLE, row))
        for row, (name, position, unit, role) in enumerate(rows, start=2)
    )


# Step 8: when and by whom each sample resource was provided (only once it is „zapewniony”).
_PROVIDED = (
    (date(2026, 11, 4), HEAD_OF_ORG, "umowa nr 41/2026, protokół odbioru z 04.11.2026"),
    (date(2026, 11, 6), HEAD_OF_ORG, "umowa nr 42/2026, licencja nr EZD-2026-118"),
    (date(2026, 11, 9), IMPLEMENTER, "zlecenie nr 7/2026, lista obecności"),
    (date(2026, 11, 12), SECRETARY, "zarządzenie nr 120/2026 o zmianie wymiaru etatu"),
    (date(2026, 11, 13), HEAD_OF_ORG, "protokół przekazania z 13.11.2026"),
)


def _resources(status: str) -> tuple[Resource, ...]:
    ensured = status == s.RESOURCE_ENSURED
    rows = [
        (
            "sprzęt i oprogramowanie",
            "Skaner dokumentów A4 z automatycznym podajnikiem",
            "2",
            "szt.",
            "3450.00",
            "budżet gminy, rozdz. 75023",
            date(2026, 12, 15),
        ),
        (
            "sprzęt i oprogramowanie",
            "Licencja systemu EZD na 12 miesięcy",
            "1",
            "kpl.",
            "18450.00",
            "budżet gminy, rozdz. 75023",
            date(2026, 12, 20),
        ),
        (
            "szkolenia",
            "Szkolenie pracowników z obsługi EZD",
            "12",
            "os.",
            "350.00",
            "budżet gminy",
            date(2026, 12, 10),
        ),
        (
            "kadrowe",
            "Dodatkowe 0,5 etatu w Biurze Obsługi Klienta (6 miesięcy)",
            "6",
            "mies.",
            "3500.00",
            "budżet gminy",
            date(2027, 1, 4),
        ),
        (
            "infrastruktura",
            "Przebudowa stanowiska obsługi w holu Urzędu",
            "1",
            "kpl.",
            "7380.50",
            "budżet gminy",
            None,
        ),
    ]
    return tuple(
        Resource(
            number=index,
            kind=kind,
            description=description,
            quantity=Decimal(quantity),
            unit=unit,
            unit_price=Decimal(price),
            value=Decimal(quantity) * Decimal(price),
            funding=funding,
            due=due,
            status=status,
            source=_source(s.RESOURCES, index + 1),
            provided_on=_PROVIDED[index - 1][0] if ensured else None,
            provided_by=_PROVIDED[index - 1][1] if ensured else None,
            provided_how=_PROVIDED[index - 1][2] if ensured else None,
        )
        for index, (kind, description, quantity, unit, price, funding, due) in enumerate(
            rows, start=1
        )
    )


def _changes() -> tuple[Change, ...]:
    rows = [
        (
            s.DOCUMENT_REGULAMIN,
            "§ 12 ust. 3",
            "Do zadań Biura Obsługi Klienta należy przyjmowanie korespondencji w formie "
            "papierowej.",
            "Do zadań Biura Obsługi Klienta należy przyjmowanie korespondencji w formie "
            "papierowej i elektronicznej oraz jej rejestrowanie w systemie EZD.",
            "Korespondencja elektroniczna wpływa przez ePUAP i musi być rejestrowana.",
        ),
        (
            s.DOCUMENT_REGULAMIN,
            "§ 12 ust. 3a",
            None,
            "Biuro Obsługi Klienta prowadzi punkt potwierdzania profilu zaufanego.",
            "Wymaganie klientów: potwierdzenie profilu zaufanego na miejscu.",
        ),
        (
            s.DOCUMENT_REGULAMIN,
            "§ 21 ust. 4",
            "Referat Organizacyjny prowadzi dziennik korespondencji.",
            None,
            "Dziennik korespondencji zastępuje rejestr przesyłek w EZD.",
        ),
        (
            s.DOCUMENT_REGULAMIN,
            "§ 30a",
            None,
            "1. Dokumentację spraw prowadzi się w systemie EZD.\n"
            "2. Wyjątki od zasady określonej w ust. 1 ustala Sekretarz Miasta i Gminy.",
            "Wprowadzenie EZD jako podstawowego sposobu dokumentowania spraw.",
        ),
        (
            s.DOCUMENT_STATUTE,
            "§ 15 ust. 2",
            "Burmistrz wykonuje uchwały Rady przy pomocy Urzędu.",
            "Burmistrz wykonuje uchwały Rady przy pomocy Urzędu Miasta i Gminy oraz "
            "jednostek organizacyjnych Gminy.",
            "Doprecyzowanie zgodnie z art. 33 ust. 1 ustawy o samorządzie gminnym.",
        ),
        (
            "Instrukcja obiegu dokumentów",
            "§ 5",
            "Pisma rejestruje się w dzienniku korespondencji.",
            "Pisma rejestruje się w systemie EZD.",
            None,
        ),
    ]
    changes = []
    for row, (document, unit, current, proposed, justification) in enumerate(rows, start=2):
        parsed = parse_unit(unit)
        assert parsed is not None, unit
        changes.append(
            Change(
                row - 1, document, parsed, current, proposed, justification, _source(s.CHANGES, row)
            )
        )
    return tuple(changes)


def _qms_documents() -> tuple[QmsDocument, ...]:
    rows = [
        ("PR-07", "Procedura obsługi korespondencji", "procedura", "zmiana", DESIGNER),
        ("IN-03", "Instrukcja skanowania dokumentów", "instrukcja", "opracowanie", "Tomasz Wójcik"),
        ("F-07-02", "Dziennik korespondencji", "formularz", "wycofanie", None),
    ]
    return tuple(
        QmsDocument(symbol, name, kind, action, responsible, _source(s.QMS_DOCUMENTS, row))
        for row, (symbol, name, kind, action, responsible) in enumerate(rows, start=2)
    )


_RETURN_REMARKS = (
    "Uzupełnić uzasadnienie zmian w § 12;\nsprawdzić zgodność z instrukcją kancelaryjną."
)
_STEP_ROWS: tuple[tuple[int, date, str, str | None, str | None], ...] = (
    (1, date(2026, 9, 1), SECRETARY, None, None),
    (2, date(2026, 9, 10), DESIGNER, None, None),
    (3, date(2026, 9, 14), SECRETARY, None, "Zespół: Tomasz Wójcik, Ewa Kamińska"),
    (4, date(2026, 9, 21), HEAD_OF_ORG, None, None),
    (5, date(2026, 10, 5), IMPLEMENTER, None, None),
    (6, date(2026, 10, 9), SECRETARY, s.RESULT_RETURNED, _RETURN_REMARKS),
    (5, date(2026, 10, 20), IMPLEMENTER, None, "Poprawiono uzasadnienie."),
    (6, date(2026, 10, 23), SECRETARY, s.RESULT_ACCEPTED, None),
    (7, date(2026, 10, 30), MAYOR, s.RESULT_APPROVED, None),
    (8, date(2026, 11, 16), SECRETARY, None, None),
    (9, date(2026, 11, 23), SECRETARY, None, None),
)


def _steps(steps_done: int) -> tuple[StepEntry, ...]:
    entries = []
    for row, (step, when, who, result, remarks) in enumerate(_STEP_ROWS, start=2):
        done = step <= steps_done
        entries.append(
            StepEntry(
                step=step,
                activity=None,
                date=when if done else None,
                performer=who if done else None,
                status=s.STEP_DONE if done else s.STEP_NOT_STARTED,
                result=result if done else None,
                remarks=remarks if done else None,
                source=_source(s.STEPS, row),
            )
        )
    if steps_done < 6:  # only the first round of steps 5 and 6 exists so far
        entries = [e for i, e in enumerate(entries) if i not in (6, 7)]
    return tuple(entries)


def _actions() -> tuple[Action, ...]:
    rows = [
        (
            s.ACTION_CORRECTION,
            "Ponowna rejestracja 14 pism zarejestrowanych bez załączników",
            "Skanowanie bez załączników",
            IMPLEMENTER,
            date(2026, 11, 27),
            s.ACTION_CLOSED,
            date(2026, 11, 26),
            "skuteczne — brak powtórzeń",
        ),
        (
            s.ACTION_CORRECTIVE,
            "Uzupełnienie instrukcji skanowania o kontrolę kompletności",
            "Brak kroku kontroli w instrukcji IN-03",
            DESIGNER,
            date(2026, 11, 30),
            s.ACTION_OPEN,
            None,
            None,
        ),
        (
            s.ACTION_PREVENTIVE,
            "Szkolenie przypominające dla nowych pracowników",
            "Ryzyko błędów przy rotacji kadr",
            HEAD_OF_ORG,
            date(2027, 2, 15),
            s.ACTION_OPEN,
            None,
            None,
        ),
    ]
    return tuple(
        Action(
            index,
            kind,
            description,
            cause,
            who,
            due,
            status,
            closed,
            effect,
            _source(s.ACTIONS, index + 1),
        )
        for index, (kind, description, cause, who, due, status, closed, effect) in enumerate(
            rows, start=1
        )
    )


# --- the records after step 7: adopted acts, supervision log, verification (issue 12) ---


def _adopted_acts() -> tuple[AdoptedAct, ...]:
    """The zarządzenie and the uchwała adopted after the Mayor's approval of 30.10.2026."""
    rows = (
        (s.ACT_ORDINANCE, "0050.123.2026", date(2026, 11, 3), "BIP, 4.11.2026",
         date(2026, 11, 4)),
        (s.ACT_RESOLUTION, "XV/123/2026", date(2026, 11, 12),
         "Dz. Urz. Woj. Wielkopolskiego z 2026 r. poz. 4567", date(2026, 12, 3)),
    )
    return tuple(
        AdoptedAct(kind, number, adopted, published, in_force, _source(s.ADOPTED_ACTS, row))
        for row, (kind, number, adopted, published, in_force) in enumerate(rows, start=2)
    )


def _supervision_log() -> tuple[SupervisionEntry, ...]:
    """Two checks after the activity started on 23.11.2026."""
    rows = (
        (date(2026, 11, 25), "Kompletność rejestracji pism w EZD (próba 50 pism z 24.11.2026)",
         "14 pism zarejestrowano bez załączników — korekcja i działanie korygujące (poz. 1 i 2).",
         SECRETARY),
        (date(2026, 11, 30), "Czas obsługi wniosków złożonych przez ePUAP", None, HEAD_OF_ORG),
    )
    return tuple(
        SupervisionEntry(when, checked, findings, who, _source(s.SUPERVISION_LOG, row))
        for row, (when, checked, findings, who) in enumerate(rows, start=2)
    )


def _verified(actions: tuple[Action, ...]) -> tuple[Action, ...]:
    """The closed correction verified by the Secretary."""
    return tuple(
        dataclasses.replace(a, verified_by=SECRETARY, verified_on=date(2026, 11, 30))
        if a.status == s.ACTION_CLOSED
        else a
        for a in actions
    )


def make_sample_workbook(steps_done: int = 9, **project: object) -> ProjectWorkbook:
    """The sample project with steps 1…`steps_done` done; keywords replace `Projekt` fields."""
    if steps_done >= 8:
        status = s.RESOURCE_ENSURED
    elif steps_done >= 4:
        status = s.RESOURCE_ACCEPTED
    else:
        status = s.RESOURCE_IDENTIFIED
    return ProjectWorkbook(
        path=Path("przyklad.xlsx"),
        project=sample_project(**project),
        people=_people(),
        resources=_resources(status),
        changes=_changes(),
        qms_documents=_qms_documents(),
        steps=_steps(steps_done),
        actions=_verified(_actions()) if steps_done >= 9 else (),
        adopted_acts=_adopted_acts() if steps_done >= 7 else (),
        supervision_log=_supervision_log() if steps_done >= 9 else (),
    )


def replace_project(workbook: ProjectWorkbook, **fields: object) -> ProjectWorkbook:
    """A copy of `workbook` with `Projekt` fields replaced."""
    return dataclasses.replace(workbook, project=dataclasses.replace(workbook.project, **fields))


def replace_step(workbook: ProjectWorkbook, step: int, **fields: object) -> ProjectWorkbook:
    """A copy of `workbook` with fields of the last `Przebieg` row of `step` replaced."""
    last = max(i for i, entry in enumerate(workbook.steps) if entry.step == step)
    steps = list(workbook.steps)
    steps[last] = dataclasses.replace(steps[last], **fields)
    return dataclasses.replace(workbook, steps=tuple(steps))


@pytest.fixture
def sample_workbook() -> ProjectWorkbook:
    """The sample project, all nine steps done, first internal audit still ahead."""
    return make_sample_workbook()
