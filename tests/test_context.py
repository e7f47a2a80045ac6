"""Template contexts: which documents, their dates, formatted values, no raw values."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from generator.documents.contexts import build_contexts, document_date, header_lines
from generator.documents.field_meta import as_mapping
from generator.documents.registry import (
    APPROVAL,
    ASSUMPTIONS,
    CHECKLIST,
    DECISION,
    ORDINANCE,
    PROPOSALS,
    RESOLUTION,
    RESOURCES,
    SUPERVISION,
    TEMPLATE_NAMES,
)
from generator.domain.model import ProjectWorkbook
from generator.domain.polish import NBSP
from generator.domain.procedure import assess
from generator.workbook import schema as s
from tests.factories import (
    IMPLEMENTER,
    SAMPLE_TODAY,
    SECRETARY,
    make_sample_workbook,
    replace_project,
    replace_step,
)


def contexts(workbook: ProjectWorkbook, today: date = SAMPLE_TODAY, forms: bool = True) -> dict:
    """Each document's fields as the renderer receives them, by template file name (with
    the forms of later steps unless `forms` is false)."""
    built = build_contexts(workbook, assess(workbook, today), forms=forms)
    return {name: as_mapping(fields) for name, fields in built.items()}


def plain(text: str) -> str:
    """The text as read: non-breaking spaces as ordinary ones."""
    return text.replace(NBSP, " ")


def test_every_template_for_a_completed_project_changing_regulamin_and_statute() -> None:
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


def test_document_date_is_its_steps_date_never_the_run_date() -> None:
    workbook = make_sample_workbook(3)
    state = assess(workbook, SAMPLE_TODAY)
    assert document_date(workbook, state, DECISION) == date(2026, 9, 1)
    assert document_date(workbook, state, RESOURCES) is None  # step 4 is next: left for the hand
    assert document_date(workbook, state, CHECKLIST) == SAMPLE_TODAY  # a report „stan na dzień”
    at_step_3 = contexts(workbook)
    assert at_step_3[RESOURCES]["data"] == "……………………… r."
    assert at_step_3[APPROVAL]["data"] == "……………………… r."  # a later step: a form
    done = contexts(make_sample_workbook())
    assert done[DECISION]["data"] == "1 września 2026 r."
    assert SAMPLE_TODAY.strftime("%Y") and all(
        context["data"] != contexts(make_sample_workbook(), date(2031, 1, 5))[name]["data"]
        for name, context in done.items()
        if name == CHECKLIST
    )


def test_no_record_changes_with_the_run_date() -> None:
    for steps_done in (0, 3, 9):
        workbook = make_sample_workbook(steps_done)
        one, other = contexts(workbook), contexts(workbook, date(2031, 1, 5))
        for name in one:
            if name != CHECKLIST:
                assert one[name] == other[name], (steps_done, name)


def test_supervision_card_bears_the_audit_date_once_held() -> None:
    workbook = make_sample_workbook()
    held = replace_project(workbook, audit_date=date(2027, 3, 20))
    assert contexts(held)[SUPERVISION]["data"] == "20 marca 2027 r."
    ongoing = replace_project(workbook, audit_date=None)
    assert contexts(ongoing)[SUPERVISION]["data"] == "……………………… r."


def test_documents_of_later_steps_only_as_forms_on_request() -> None:
    workbook = make_sample_workbook(3)  # steps 1–3 done, step 4 next
    default = contexts(workbook, forms=False)
    assert set(default) == {DECISION, ASSUMPTIONS, RESOURCES, CHECKLIST}
    assert not any(c["wzor"] for c in default.values())
    forms = build_contexts(workbook, assess(workbook, SAMPLE_TODAY), forms=True)
    assert forms[PROPOSALS].wzor and forms[APPROVAL].wzor and forms[SUPERVISION].wzor
    assert header_lines(forms[PROPOSALS]) == ("WZÓR",)
    assert header_lines(forms[RESOURCES]) == ()


def test_form_identity_goes_to_the_header_when_set() -> None:
    workbook = replace_project(make_sample_workbook(3), form_identity="Załącznik nr 3 do P-12")
    built = build_contexts(workbook, assess(workbook, SAMPLE_TODAY), forms=True)
    assert header_lines(built[DECISION]) == ("Załącznik nr 3 do P-12",)
    assert header_lines(built[APPROVAL]) == ("Załącznik nr 3 do P-12", "WZÓR")


def test_assumptions_deadline_is_the_field_or_a_blank_line() -> None:
    workbook = replace_project(make_sample_workbook(1), assumptions_deadline=None)
    assert contexts(workbook)[DECISION]["termin_zalozen"] == "……………………… r."
    set_ = replace_project(workbook, assumptions_deadline=date(2026, 9, 10))
    assert plain(contexts(set_)[DECISION]["termin_zalozen"]) == "10 września 2026 r."


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
    assert plain(context["paragraf1"].wstep).startswith(
        "W Regulaminie Organizacyjnym Urzędu Miasta i Gminy Przykładowo, stanowiącym "
        "załącznik do zarządzenia Nr 12/2019"
    )
    assert context["sekretarz_celownik"] == "Sekretarzowi Miasta i Gminy"


def test_citations_do_not_wrap_inside_a_number_or_date() -> None:
    context = contexts(make_sample_workbook())[ORDINANCE]
    basis = context["podstawa_zarzadzenia"]
    assert f"art.{NBSP}33 ust.{NBSP}2" in basis
    assert f"(Dz.{NBSP}U. z{NBSP}2024{NBSP}r. poz.{NBSP}1465" in basis
    assert f"Nr{NBSP}12/2019" in context["paragraf1"].wstep
    assert f"5{NBSP}marca{NBSP}2019{NBSP}r." in context["paragraf1"].wstep
    heading = context["paragraf1"].punkty[0].naglowek
    assert heading == f"1) w §{NBSP}12:"
    # The quoted new wording is kept exactly as typed.
    assert NBSP not in "".join(p.cytat for p in context["paragraf1"].punkty)


def test_justification_lists_each_change_with_its_reason() -> None:
    context = contexts(make_sample_workbook())[ORDINANCE]
    assert [plain(item) for item in context["uzasadnienie"]] == [
        "1) nadanie nowego brzmienia § 12 ust. 3 – korespondencja elektroniczna wpływa "
        "przez ePUAP i musi być rejestrowana;",
        "2) dodanie § 12 ust. 3a – wymaganie klientów: potwierdzenie profilu zaufanego na miejscu;",
        "3) uchylenie § 21 ust. 4 – dziennik korespondencji zastępuje rejestr przesyłek w EZD;",
        "4) dodanie § 30a – wprowadzenie EZD jako podstawowego sposobu dokumentowania spraw.",
    ]


def test_justification_item_without_a_reason() -> None:
    sample = make_sample_workbook()
    changes = tuple(
        dataclasses.replace(c, justification=None) if c.document == "Statut" else c
        for c in sample.changes
    )
    context = contexts(dataclasses.replace(sample, changes=changes))[RESOLUTION]
    assert [plain(item) for item in context["uzasadnienie"]] == [
        "1) nadanie nowego brzmienia § 15 ust. 2."
    ]


def test_a_closing_formula_typed_in_the_legal_basis_is_not_repeated() -> None:
    workbook = replace_project(
        make_sample_workbook(),
        resolution_legal_basis="Na podstawie art. 18 ust. 2 pkt 1 ustawy o samorządzie "
        "gminnym Rada Miejska w Przykładowie uchwala, co następuje:",
        ordinance_legal_basis="Na podstawie art. 33 ust. 2 ustawy (Dz. U. z 2024 r. "
        "poz. 1465). Zarządza się, co następuje",
    )
    names = contexts(workbook)
    assert plain(names[RESOLUTION]["podstawa_uchwaly"]) == (
        "Na podstawie art. 18 ust. 2 pkt 1 ustawy o samorządzie gminnym"
    )
    assert plain(names[ORDINANCE]["podstawa_zarzadzenia"]) == (
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
    assert [r.decyzja for r in context["rundy"]] == [
        "do poprawy – polecam wprowadzenie zmian",
        "akceptuję projekt",
    ]
    assert context["zatwierdzam"] == "☒" and context["nie_zatwierdzam"] == "☐"
    assert plain(context["wynik_analizy"]) == (
        "Projekt zaakceptowano w dniu 23 października 2026 r., po ponownej analizie."
    )
    assert context["data_zatwierdzenia"] == "30 października 2026 r."


def _first_decision(result: str) -> ProjectWorkbook:
    """The sample with one review round: the Secretary decided on 9 October 2026."""
    return replace_step(
        make_sample_workbook(5),
        6,
        status=s.STEP_DONE,
        result=result,
        performer=SECRETARY,
        date=date(2026, 10, 9),
    )


def test_a_project_accepted_at_the_first_analysis() -> None:
    context = contexts(_first_decision(s.RESULT_ACCEPTED))[APPROVAL]
    assert [r.decyzja for r in context["rundy"]] == ["akceptuję projekt"]
    assert plain(context["wynik_analizy"]) == (
        "Projekt zaakceptowano w dniu 9 października 2026 r., po analizie."
    )


def test_a_returned_project_says_changes_were_ordered() -> None:
    context = contexts(_first_decision(s.RESULT_RETURNED))[APPROVAL]
    # the return opens the next round: its decision is still to take
    assert [r.decyzja for r in context["rundy"]] == [
        "do poprawy – polecam wprowadzenie zmian",
        "oczekuje na decyzję",
    ]
    assert plain(context["wynik_analizy"]) == (
        "W dniu 9 października 2026 r. polecono wprowadzenie zmian w projekcie."
    )
    pending = contexts(make_sample_workbook(5))[APPROVAL]
    assert pending["wynik_analizy"] == "Projekt oczekuje na decyzję Sekretarza."


def test_documents_submitted_are_named_in_full() -> None:
    context = contexts(make_sample_workbook())[APPROVAL]
    assert [d.nazwa for d in context["dokumenty_przedlozone"]] == [
        "Propozycje zmian w dokumentach Urzędu",
        "Projekt zarządzenia Burmistrza Miasta i Gminy Przykładowo w sprawie zmiany "
        "Regulaminu Organizacyjnego Urzędu Miasta i Gminy Przykładowo",
        "Projekt uchwały Rady Miejskiej w Przykładowie w sprawie zmiany Statutu Miasta "
        "i Gminy Przykładowo",
        "PR-07 Procedura obsługi korespondencji – projekt zmiany",
        "IN-03 Instrukcja skanowania dokumentów – projekt nowego dokumentu",
        "F-07-02 Dziennik korespondencji – wycofanie",
    ]


def test_the_mayor_sends_the_resolution_to_the_council_only_when_the_statute_changes() -> None:
    sample = make_sample_workbook()
    assert contexts(sample)[APPROVAL]["obrady_rady"] == "Rady Miejskiej w Przykładowie"
    without = dataclasses.replace(
        sample, changes=tuple(c for c in sample.changes if c.document != "Statut")
    )
    context = contexts(without)[APPROVAL]
    assert context["obrady_rady"] == ""
    assert not any("uchwały" in d.nazwa for d in context["dokumenty_przedlozone"])


def test_submission_to_the_mayor_has_its_own_date() -> None:
    submitted = replace_step(
        make_sample_workbook(6),
        7,
        status=s.STEP_IN_PROGRESS,
        date=date(2026, 10, 26),
        performer=SECRETARY,
        remarks="Przedłożono Burmistrzowi.",
    )
    context = contexts(submitted)[APPROVAL]
    assert context["data_przedlozenia_burmistrzowi"] == "26 października 2026 r."
    assert context["przedlozono_burmistrzowi"] is True
    assert context["data_zatwierdzenia"] == "……………………… r."
    assert context["zatwierdzam"] == context["nie_zatwierdzam"] == "☐"
    assert context["uwagi_burmistrza"] == ""  # the Secretary's note is not the Mayor's
    not_submitted = contexts(make_sample_workbook(6))[APPROVAL]
    assert not_submitted["data_przedlozenia_burmistrzowi"] == "……………………… r."
    assert not_submitted["przedlozono_burmistrzowi"] is False


def test_checklist_lists_rounds_in_order_and_the_next_step() -> None:
    context = contexts(make_sample_workbook(6))[CHECKLIST]
    steps = [row.krok for row in context["wiersze"]]
    assert steps == [
        "WEJŚCIE", "1", "2", "3", "4",
        "5\n(runda 1)", "6\n(runda 1)", "5\n(runda 2)", "6\n(runda 2)",
        "7", "8", "9", "WYJŚCIE",
    ]  # fmt: skip
    assert context["nastepny_krok"] == (
        "Krok 7 – przedłożenie Burmistrzowi do zatwierdzenia. "
        "Wykonuje: Anna Kowalska (Sekretarz – Pełnomocnik ds. SZJ)."
    )


def test_checklist_names_the_mayor_once_the_project_is_submitted() -> None:
    submitted = replace_step(
        make_sample_workbook(6), 7, status=s.STEP_IN_PROGRESS, performer=SECRETARY
    )
    context = contexts(submitted)[CHECKLIST]
    assert context["nastepny_krok"] == (
        "Krok 7 – decyzja Burmistrza o zatwierdzeniu. Wykonuje: Jan Nowak (Burmistrz)."
    )
    step7 = next(row for row in context["wiersze"] if row.krok == "7")
    assert step7.czynnosc == "Przedłożenie Burmistrzowi do zatwierdzenia"
    assert step7.status == s.STEP_IN_PROGRESS


def test_checklist_status_is_the_status_and_the_result_goes_to_the_remarks() -> None:
    rows = contexts(make_sample_workbook())[CHECKLIST]["wiersze"]
    returned = next(row for row in rows if row.krok == "6\n(runda 1)")
    assert returned.status == "wykonano"
    assert returned.uwagi == (
        "Wynik: do poprawy. Uzupełnić uzasadnienie zmian w § 12;\n"
        "sprawdzić zgodność z instrukcją kancelaryjną."
    )
    accepted = next(row for row in rows if row.krok == "6\n(runda 2)")
    assert (accepted.status, accepted.uwagi) == ("wykonano", "Wynik: zaakceptowano.")
    assert all("—" not in row.status for row in rows)


def test_checklist_roles_are_gender_neutral() -> None:
    rows = contexts(make_sample_workbook())[CHECKLIST]["wiersze"]
    people = "\n".join(row.odpowiada for row in rows)
    assert f"Osoba odpowiedzialna za wdrożenie:\n{IMPLEMENTER}" in people
    assert "Osoba odpowiedzialna za projektowanie:" in people
    assert "Odpowiedzialny" not in people


def test_checklist_output_is_not_reached_before_step_9() -> None:
    early = contexts(make_sample_workbook(6))[CHECKLIST]["wiersze"][-1]
    assert (early.krok, early.status) == ("WYJŚCIE", "nie osiągnięto")
    running = contexts(make_sample_workbook())[CHECKLIST]["wiersze"][-1]
    assert running.status == s.STEP_IN_PROGRESS


def test_checklist_legend_explains_the_documents_it_lists() -> None:
    sample = make_sample_workbook()
    legend = contexts(sample)[CHECKLIST]["oznaczenia_dokumentow"]
    assert legend.startswith("01 – decyzja o podjęciu prac projektowych; ")
    assert legend.endswith(
        "; 09 – karta szczególnego nadzoru; 12 – potwierdzenie zapewnienia zasobów."
    )
    without = dataclasses.replace(
        sample, changes=tuple(c for c in sample.changes if c.document != "Statut")
    )
    assert "06 –" not in contexts(without)[CHECKLIST]["oznaczenia_dokumentow"]


@pytest.mark.parametrize(
    ("statuses", "summary"),
    [
        (("zamknięte",), "Zaplanowano 1 działanie; otwarte: brak; otwarte po terminie: brak; "
         "zamknięte po terminie: brak."),
        (("otwarte", "otwarte"), "Zaplanowano 2 działania; otwarte: 2; otwarte po terminie: 2; "
         "zamknięte po terminie: brak."),
        (("zamknięte",) * 5, "Zaplanowano 5 działań; otwarte: brak; otwarte po terminie: brak; "
         "zamknięte po terminie: brak."),
        # Review: an action closed 82 days after its due date was counted as „po terminie: brak”.
        (("zamknięte", "zamknięte po terminie", "zamknięte po terminie"),
         "Zaplanowano 3 działania; otwarte: brak; otwarte po terminie: brak; "
         "zamknięte po terminie: 2 (poz. 2, 3)."),
    ],
)
def test_actions_summary_counts_in_polish(statuses: tuple[str, ...], summary: str) -> None:
    sample = make_sample_workbook()
    action = sample.actions[1]  # due 30.11.2026, before SAMPLE_TODAY
    closed = {"zamknięte": date(2026, 11, 29), "zamknięte po terminie": date(2026, 12, 1)}
    actions = tuple(
        dataclasses.replace(
            action,
            number=i,
            status="zamknięte" if status in closed else status,
            closed_on=closed.get(status),
        )
        for i, status in enumerate(statuses, start=1)
    )
    # 09 counts overdue actions as of its date, the first internal audit (here SAMPLE_TODAY)
    held = replace_project(sample, audit_date=SAMPLE_TODAY)
    names = contexts(dataclasses.replace(held, actions=actions))
    assert plain(names[SUPERVISION]["podsumowanie_dzialan"]) == summary
    assert plain(names[CHECKLIST]["wiersze"][-1].uwagi) == summary


def test_checklist_warnings_have_no_file_name() -> None:
    context = contexts(make_sample_workbook())[CHECKLIST]
    assert context["ostrzezenia"] == ("Działania!F3: działanie otwarte po terminie (30.11.2026)",)


def test_supervision_status() -> None:
    ongoing = contexts(make_sample_workbook())[SUPERVISION]
    assert plain(ongoing["status_nadzoru"]) == (
        "trwa – do pierwszego auditu wewnętrznego, planowanego na 15 marca 2027 r."
    )
    finished = contexts(
        replace_project(make_sample_workbook(), audit_date=date(2027, 3, 10), audit_report="1/2027")
    )[SUPERVISION]
    assert plain(finished["status_nadzoru"]) == (
        "zakończono – pierwszy audit wewnętrzny przeprowadzono 10 marca 2027 r. (raport nr 1/2027)"
    )
    assert "audyt" not in str(finished)
    not_started = contexts(make_sample_workbook(8))[SUPERVISION]
    assert not_started["status_nadzoru"] == (
        "nadzór nie został jeszcze rozpoczęty – działalność nie została uruchomiona"
    )


def test_supervision_names_the_responsible_with_position() -> None:
    context = contexts(make_sample_workbook())[SUPERVISION]
    assert [a.odpowiedzialny for a in context["dzialania"]] == [
        "Katarzyna Lewandowska (Kierownik Biura Obsługi Klienta)",
        "Piotr Zieliński (Inspektor ds. organizacyjnych)",
        "Małgorzata Wiśniewska (Kierownik Referatu Organizacyjnego)",
    ]


@pytest.mark.parametrize(
    ("kind", "sources", "lead", "items"),
    [
        (
            "zmiana istniejącego działania",
            (s.NEED_LAW, s.NEED_CUSTOMER),
            "Potrzeba zmiany istniejącego działania wynika:",
            ("ze zmiany przepisów prawa;", "z wymagań klientów."),
        ),
        (
            "nowe działanie",
            (s.NEED_LAW, s.NEED_CUSTOMER, s.NEED_SOCIETY),
            "Potrzeba podjęcia nowego działania wynika:",
            (
                "ze zmiany przepisów prawa;",
                "z wymagań klientów;",
                "z rozwoju cywilizacyjnego społeczeństwa.",
            ),
        ),
        (
            "nowe działanie",
            (s.NEED_SOCIETY,),
            "Potrzeba podjęcia nowego działania wynika:",
            ("z rozwoju cywilizacyjnego społeczeństwa.",),
        ),
    ],
)
def test_need_sources_in_the_genitive(
    kind: str, sources: tuple[str, ...], lead: str, items: tuple[str, ...]
) -> None:
    workbook = replace_project(make_sample_workbook(), activity_kind=kind, need_sources=sources)
    context = contexts(workbook)[DECISION]
    assert context["potrzeba_wynika"] == lead
    assert context["zrodla"] == items


def test_documents_to_change_carry_their_full_names() -> None:
    names = contexts(make_sample_workbook())
    expected = [
        "Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo",
        "Statut Miasta i Gminy Przykładowo",
        "Instrukcja obiegu dokumentów",
    ]
    assert [d.dokument for d in names[ASSUMPTIONS]["dokumenty_do_zmiany"]] == expected
    assert [d.nazwa for d in names[PROPOSALS]["dokumenty"]] == expected
    assert names[PROPOSALS]["sekretarz_celownik"] == "Sekretarzowi Miasta i Gminy"


def test_resources_cite_the_day_the_assumptions_were_approved() -> None:
    assert plain(contexts(make_sample_workbook())[RESOURCES]["data_zatwierdzenia_zalozen"]) == (
        "14 września 2026 r."
    )
    assert contexts(make_sample_workbook(2))[RESOURCES]["data_zatwierdzenia_zalozen"] == ""


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


def test_assumptions_name_the_documents_to_change_not_the_rows_of_zmiany() -> None:
    sample = make_sample_workbook()
    typed = replace_project(sample, documents_to_change="Regulamin organizacyjny; Procedura P-07")
    rows = contexts(typed)[ASSUMPTIONS]["dokumenty_do_zmiany"]
    assert [r.dokument for r in rows] == [
        "Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo",
        "Procedura P-07",
    ]
    # rows added to Zmiany at step 5 do not rewrite the signed assumptions
    fewer = dataclasses.replace(typed, changes=typed.changes[:1])
    assert contexts(fewer)[ASSUMPTIONS] == contexts(typed)[ASSUMPTIONS]
    assert all(r.jednostki == "—" and r.liczba == "—" for r in rows)


def test_the_resource_list_shows_the_step_4_decisions_not_step_8() -> None:
    done = contexts(make_sample_workbook())  # every resource „zapewniony” at step 8
    assert {row.status for row in done[RESOURCES]["zasoby"]} == {"zaakceptowany"}


def test_no_actions_before_step_9_is_not_reported_as_a_finding() -> None:
    """Review: at step 3 the checklist said „Nie określono działań korekcyjnych…” — a finding
    of the output, long before anyone could define an action."""
    early = dataclasses.replace(make_sample_workbook(3), actions=())
    assert contexts(early)[CHECKLIST]["wiersze"][-1].uwagi == "—"
    closed = dataclasses.replace(
        replace_project(make_sample_workbook(), audit_date=SAMPLE_TODAY), actions=()
    )
    assert plain(contexts(closed)[CHECKLIST]["wiersze"][-1].uwagi).startswith("Nie określono")
