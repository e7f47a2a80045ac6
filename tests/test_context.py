"""Template contexts: which documents, their dates, formatted values, no raw values."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from generator.context import (
    APPROVAL,
    CHECKLIST,
    DECISION,
    FIELD_DOCS,
    FIELDS,
    ORDINANCE,
    PROPOSALS,
    RESOLUTION,
    RESOURCES,
    SUPERVISION,
    TEMPLATE_NAMES,
    assumptions_deadline,
    build_contexts,
    document_date,
)
from generator.model import ProjectWorkbook
from generator.polish import NBSP
from generator.procedure import assess
from tests.factories import SAMPLE_TODAY, make_sample_workbook, replace_project


def contexts(workbook: ProjectWorkbook, today: date = SAMPLE_TODAY) -> dict:
    return build_contexts(workbook, assess(workbook, today))


def test_all_nine_documents_for_a_project_changing_regulamin_and_statute() -> None:
    assert tuple(contexts(make_sample_workbook())) == TEMPLATE_NAMES


def test_ordinance_and_resolution_only_for_their_documents() -> None:
    sample = make_sample_workbook()
    others = dataclasses.replace(
        sample, changes=tuple(c for c in sample.changes if c.document not in ("Statut",))
    )
    assert RESOLUTION not in contexts(others)
    assert ORDINANCE in contexts(others)
    none = dataclasses.replace(sample, changes=())
    names = contexts(none)
    assert ORDINANCE not in names and RESOLUTION not in names
    assert PROPOSALS in names and names[PROPOSALS]["dokumenty"] == ()


def test_each_context_provides_exactly_its_declared_fields() -> None:
    for name, context in contexts(make_sample_workbook()).items():
        assert set(context) == FIELDS[name], name


def test_every_field_is_documented() -> None:
    assert set().union(*FIELDS.values()) <= set(FIELD_DOCS)


def _values(value: object):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _values(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _values(item)
    else:
        yield value


@pytest.mark.parametrize("steps_done", [0, 3, 5, 6, 9])
def test_no_raw_values_reach_templates(steps_done: int) -> None:
    for name, context in contexts(make_sample_workbook(steps_done)).items():
        for value in _values(list(context.values())):
            assert value is not None, name
            assert not isinstance(value, date | Decimal), (name, value)


def test_document_date_is_its_steps_date_when_done_else_today() -> None:
    state = assess(make_sample_workbook(3), SAMPLE_TODAY)
    assert document_date(state, DECISION) == date(2026, 9, 1)
    assert document_date(state, RESOURCES) == SAMPLE_TODAY  # step 4 not done yet
    done = contexts(make_sample_workbook())
    assert done[DECISION]["data"] == "1 września 2026 r."
    assert done[SUPERVISION]["data"] == "23 listopada 2026 r."


def test_assumptions_deadline_is_fourteen_days_after_the_decision() -> None:
    state = assess(make_sample_workbook(1), SAMPLE_TODAY)
    assert assumptions_deadline(state) == date(2026, 9, 15)


def test_assumptions_deadline_never_before_the_day_they_were_done() -> None:
    workbook = make_sample_workbook()
    late = tuple(
        dataclasses.replace(e, date=date(2026, 9, 20)) if e.step == 2 else e for e in workbook.steps
    )
    state = assess(dataclasses.replace(workbook, steps=late), SAMPLE_TODAY)
    assert assumptions_deadline(state) == date(2026, 9, 20)


def test_resources_totals_per_kind_and_in_words() -> None:
    context = contexts(make_sample_workbook())[RESOURCES]
    sums = {row.rodzaj: row.wartosc for row in context["sumy"]}
    assert sums["sprzęt i oprogramowanie"] == f"25{NBSP}350,00{NBSP}zł"
    assert context["razem"] == f"57{NBSP}930,50{NBSP}zł"
    assert context["razem_slownie"] == (
        "pięćdziesiąt siedem tysięcy dziewięćset trzydzieści złotych 50/100"
    )
    assert [row.rodzaj for row in context["sumy"]] == [
        "kadrowe",
        "infrastruktura",
        "sprzęt i oprogramowanie",
        "szkolenia",
    ]


def test_ordinance_legal_basis_and_act_citation() -> None:
    context = contexts(make_sample_workbook())[ORDINANCE]
    assert context["podstawa_zarzadzenia"].endswith("z późn. zm.)")
    assert context["paragraf1"].wstep.startswith(
        "W Regulaminie Organizacyjnym Urzędu Miasta i Gminy Przykładowo, stanowiącym "
        "załącznik do Zarządzenia Nr 12/2019"
    )
    assert context["sekretarz_celownik"] == "Sekretarzowi Miasta i Gminy"


def test_a_closing_formula_typed_in_the_legal_basis_is_not_repeated() -> None:
    workbook = replace_project(
        make_sample_workbook(),
        resolution_legal_basis="Na podstawie art. 18 ust. 2 pkt 1 ustawy o samorządzie "
        "gminnym Rada Miejska w Przykładowie uchwala, co następuje:",
        ordinance_legal_basis="Na podstawie art. 33 ust. 2 ustawy (Dz. U. z 2024 r. "
        "poz. 1465). Zarządza się, co następuje",
    )
    names = contexts(workbook)
    assert names[RESOLUTION]["podstawa_uchwaly"] == (
        "Na podstawie art. 18 ust. 2 pkt 1 ustawy o samorządzie gminnym"
    )
    assert names[ORDINANCE]["podstawa_zarzadzenia"] == (
        "Na podstawie art. 33 ust. 2 ustawy (Dz. U. z 2024 r. poz. 1465)"
    )


def test_resolution_names_council_voivodeship_and_mayor() -> None:
    context = contexts(make_sample_workbook())[RESOLUTION]
    assert context["rada_dopelniacz"] == "Rady Miejskiej w Przykładowie"
    assert context["wojewodztwo_dopelniacz"] == "Wielkopolskiego"
    assert context["burmistrz_celownik"] == "Burmistrzowi Miasta i Gminy Przykładowo"
    assert context["statut_dopelniacz"] == "Statutu Miasta i Gminy Przykładowo"


def test_review_rounds_and_mayor_decision() -> None:
    context = contexts(make_sample_workbook())[APPROVAL]
    assert [r.decyzja for r in context["rundy"]] == ["do poprawy", "akceptuję"]
    assert context["zatwierdzam"] == "☒" and context["nie_zatwierdzam"] == "☐"
    assert context["wynik_analizy"] == "Projekt zaakceptowano 23 października 2026 r. (runda 2)."


def test_checklist_lists_rounds_in_order_and_the_next_step() -> None:
    context = contexts(make_sample_workbook(6))[CHECKLIST]
    steps = [row.krok for row in context["wiersze"]]
    assert steps == [
        "WEJŚCIE", "1", "2", "3", "4",
        "5\n(runda 1)", "6\n(runda 1)", "5\n(runda 2)", "6\n(runda 2)",
        "7", "8", "9", "WYJŚCIE",
    ]  # fmt: skip
    assert context["nastepny_krok"] == (
        "Następny krok: 7 — Przedłożenie Burmistrzowi do zatwierdzenia (gdy wymagane) — "
        "Anna Kowalska"
    )


def test_checklist_warnings_have_no_file_name() -> None:
    context = contexts(make_sample_workbook())[CHECKLIST]
    assert context["ostrzezenia"] == ("Działania!F3: działanie otwarte po terminie (30.11.2026)",)


def test_supervision_status() -> None:
    ongoing = contexts(make_sample_workbook())[SUPERVISION]
    assert ongoing["status_nadzoru"] == (
        "trwa — do pierwszego auditu wewnętrznego, planowanego na 15 marca 2027 r."
    )
    finished = contexts(
        replace_project(make_sample_workbook(), audit_date=date(2027, 3, 10), audit_report="1/2027")
    )[SUPERVISION]
    assert finished["status_nadzoru"] == (
        "zakończono — pierwszy audit wewnętrzny przeprowadzono 10 marca 2027 r. (raport nr 1/2027)"
    )
    assert "audyt" not in str(finished)


def test_missing_optional_texts_are_empty_strings() -> None:
    workbook = replace_project(
        make_sample_workbook(), legal_basis=None, standards=None, lead_unit=None
    )
    context = contexts(workbook)
    assert context[DECISION]["podstawa_prawna"] == ""
    assert context["02_zalozenia_projektu.docx"]["normy"] == ""


def test_people_come_from_their_roles() -> None:
    context = contexts(make_sample_workbook())[RESOURCES]
    assert context["kierownik_ro"].imie_nazwisko == "Małgorzata Wiśniewska"
    assert context["wdrazajacy"].opis == (
        "Katarzyna Lewandowska – Kierownik Biura Obsługi Klienta, Biuro Obsługi Klienta"
    )


def test_mayor_block_flag_follows_the_project() -> None:
    workbook = replace_project(make_sample_workbook(), mayor_approval_required=False)
    assert contexts(workbook)[APPROVAL]["zatwierdzenie_burmistrza"] is False
