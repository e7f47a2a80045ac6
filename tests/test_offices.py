"""Issue 13: every kind of gmina office — its organ, council, office and acts, in their cases."""

from __future__ import annotations

import dataclasses

import pytest

from generator.domain.declension import Case, DeclensionError, decline, decline_place
from generator.domain.offices import (
    VOIVODESHIPS,
    OfficeError,
    OrganKind,
    describe_office,
    voivodeship,
)
from tools.measure_declension import DOC, PHRASES, PLACES, render

W, B, P = OrganKind.WOJT, OrganKind.BURMISTRZ, OrganKind.PREZYDENT

# One row per real kind of office: (kind, gmina, names typed in full, the forms a Polish
# speaker expects in the documents). Forms not listed are checked by other rows.
OFFICES = [
    (W, "Kościelisko", {}, {
        "organ": "Wójt Gminy Kościelisko",
        "organ_genitive": "Wójta Gminy Kościelisko",
        "organ_dative": "Wójtowi Gminy Kościelisko",
        "council": "Rada Gminy Kościelisko",
        "council_genitive": "Rady Gminy Kościelisko",
        "office_genitive": "Urzędu Gminy Kościelisko",
        "office_locative": "Urzędzie Gminy Kościelisko",
        "statute_genitive": "Statutu Gminy Kościelisko",
        "regulamin_genitive": "Regulaminu Organizacyjnego Urzędu Gminy Kościelisko",
        "secretary_dative": "Sekretarzowi Gminy",
    }),
    (W, "Biały Dunajec", {}, {
        "organ_dative": "Wójtowi Gminy Biały Dunajec",
        "council_genitive": "Rady Gminy Biały Dunajec",
        "office_locative": "Urzędzie Gminy Biały Dunajec",
    }),
    (B, "Gostyń", {"secretary": "Sekretarz Gminy"}, {
        "organ": "Burmistrz Gostynia",
        "organ_genitive": "Burmistrza Gostynia",
        "organ_dative": "Burmistrzowi Gostynia",
        "council": "Rada Miejska w Gostyniu",
        "council_genitive": "Rady Miejskiej w Gostyniu",
        "office": "Urząd Miejski w Gostyniu",
        "office_genitive": "Urzędu Miejskiego w Gostyniu",
        "office_locative": "Urzędzie Miejskim w Gostyniu",
        "statute": "Statut Gminy Gostyń",
        "statute_genitive": "Statutu Gminy Gostyń",
        "regulamin": "Regulamin Organizacyjny Urzędu Miejskiego w Gostyniu",
        "regulamin_genitive": "Regulaminu Organizacyjnego Urzędu Miejskiego w Gostyniu",
        "secretary_dative": "Sekretarzowi Gminy",
    }),
    (B, "Nowy Targ", {"organ": "Burmistrz Miasta Nowy Targ"}, {
        "organ_genitive": "Burmistrza Miasta Nowy Targ",
        "organ_dative": "Burmistrzowi Miasta Nowy Targ",
        "council_genitive": "Rady Miasta Nowy Targ",
        "office": "Urząd Miasta Nowy Targ",
        "office_locative": "Urzędzie Miasta Nowy Targ",
        "statute_genitive": "Statutu Miasta Nowy Targ",
        "secretary_dative": "Sekretarzowi Miasta",
    }),
    (P, "Poznań", {}, {
        "organ": "Prezydent Miasta Poznania",
        "organ_genitive": "Prezydenta Miasta Poznania",
        "organ_dative": "Prezydentowi Miasta Poznania",
        "council": "Rada Miasta Poznania",
        "council_genitive": "Rady Miasta Poznania",
        "office_genitive": "Urzędu Miasta Poznania",
        "office_locative": "Urzędzie Miasta Poznania",
        "statute_genitive": "Statutu Miasta Poznania",
        "regulamin_genitive": "Regulaminu Organizacyjnego Urzędu Miasta Poznania",
        "secretary_dative": "Sekretarzowi Miasta",
    }),
    (P, "Bielsko-Biała", {"office": "Urząd Miejski w Bielsku-Białej",
                          "council": "Rada Miejska w Bielsku-Białej"}, {
        "organ": "Prezydent Miasta Bielska-Białej",
        "organ_genitive": "Prezydenta Miasta Bielska-Białej",
        "organ_dative": "Prezydentowi Miasta Bielska-Białej",
        "council_genitive": "Rady Miejskiej w Bielsku-Białej",
        "office_genitive": "Urzędu Miejskiego w Bielsku-Białej",
        "office_locative": "Urzędzie Miejskim w Bielsku-Białej",
        "regulamin_genitive": "Regulaminu Organizacyjnego Urzędu Miejskiego w Bielsku-Białej",
    }),
    (P, "Kędzierzyn-Koźle", {"organ": "Prezydent Miasta Kędzierzyn-Koźle"}, {
        "organ_genitive": "Prezydenta Miasta Kędzierzyn-Koźle",
        "organ_dative": "Prezydentowi Miasta Kędzierzyn-Koźle",
        "council_genitive": "Rady Miasta Kędzierzyn-Koźle",
        "office_locative": "Urzędzie Miasta Kędzierzyn-Koźle",
        "statute_genitive": "Statutu Miasta Kędzierzyn-Koźle",
    }),
    (P, "Ostrów Wielkopolski", {"office": "Urząd Miejski w Ostrowie Wielkopolskim"}, {
        "organ": "Prezydent Miasta Ostrowa Wielkopolskiego",
        "organ_genitive": "Prezydenta Miasta Ostrowa Wielkopolskiego",
        "organ_dative": "Prezydentowi Miasta Ostrowa Wielkopolskiego",
        "office_genitive": "Urzędu Miejskiego w Ostrowie Wielkopolskim",
        "office_locative": "Urzędzie Miejskim w Ostrowie Wielkopolskim",
    }),
    (B, "Przykładowo", {"organ": "Burmistrz Miasta i Gminy Przykładowo"}, {
        "organ_genitive": "Burmistrza Miasta i Gminy Przykładowo",
        "organ_dative": "Burmistrzowi Miasta i Gminy Przykładowo",
        "council": "Rada Miasta i Gminy Przykładowo",
        "council_genitive": "Rady Miasta i Gminy Przykładowo",
        "office": "Urząd Miasta i Gminy Przykładowo",
        "office_genitive": "Urzędu Miasta i Gminy Przykładowo",
        "office_locative": "Urzędzie Miasta i Gminy Przykładowo",
        "statute_genitive": "Statutu Miasta i Gminy Przykładowo",
        "regulamin_genitive": "Regulaminu Organizacyjnego Urzędu Miasta i Gminy Przykładowo",
        "secretary_dative": "Sekretarzowi Miasta i Gminy",
    }),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "gmina", "typed", "expected"), OFFICES, ids=lambda v: str(v))
def test_every_kind_of_office_gets_the_forms_its_documents_use(
    kind: OrganKind, gmina: str, typed: dict[str, str], expected: dict[str, str]
) -> None:
    office = dataclasses.asdict(describe_office(kind, gmina, **typed))
    assert {field: office[field] for field in expected} == expected


def test_a_wojt_office_names_no_burmistrz() -> None:
    office = describe_office(W, "Kościelisko")
    assert not [v for v in dataclasses.asdict(office).values() if "Burmistrz" in str(v)]


def test_names_typed_in_full_win_over_the_derived_ones() -> None:
    office = describe_office(
        B,
        "Gostyń",
        statute="Statut Miasta i Gminy Gostyń",
        regulamin="Regulamin Urzędu Miejskiego w Gostyniu",
        secretary="Sekretarz Gminy – Pełnomocnik ds. SZJ",
    )
    assert office.statute_genitive == "Statutu Miasta i Gminy Gostyń"
    assert office.regulamin_genitive == "Regulaminu Urzędu Miejskiego w Gostyniu"
    assert office.secretary_dative == "Sekretarzowi Gminy – Pełnomocnikowi ds. SZJ"


def test_an_organ_of_another_kind_is_refused() -> None:
    with pytest.raises(OfficeError):
        describe_office(W, "Gostyń", organ="Burmistrz Gostynia")


def test_the_kind_is_read_from_the_organ_name() -> None:
    assert OrganKind.of_organ("Prezydent Miasta Poznania") is P
    assert OrganKind.of_organ("wójt gminy Kościelisko") is W
    assert OrganKind.of_organ("Starosta Tatrzański") is None


def test_a_town_the_dictionary_lacks_asks_for_the_full_name() -> None:
    with pytest.raises(DeclensionError) as raised:
        describe_office(B, "Przykładowo")
    assert raised.value.phrase == "Przykładowo"
    assert raised.value.case in {Case.GENITIVE, Case.LOCATIVE}


# --- the measured forms: what docs/declension.md reports is what the code does ----------------

_MEASURED = [(p, c, f) for _, p, forms in PHRASES for c, f in forms.items()]
_PLACES = [(p, c, f) for p, forms in PLACES for c, f in forms.items()]


@pytest.mark.parametrize(("phrase", "case", "expected"), _MEASURED)
def test_decline_gives_every_measured_form(phrase: str, case: Case, expected: str) -> None:
    assert decline(phrase, case) == expected


@pytest.mark.parametrize(("name", "case", "expected"), _PLACES)
def test_decline_place_gives_every_measured_form(name: str, case: Case, expected: str) -> None:
    assert decline_place(name, case) == expected


def test_the_nominative_is_the_phrase_itself_tidied() -> None:
    assert decline("  Urząd  Gminy Kościelisko ", Case.NOMINATIVE) == "Urząd Gminy Kościelisko"


def test_the_declension_report_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render()


def test_the_corrections_table_is_needed() -> None:
    """Each correction stands for a form the library alone gets wrong (docs/declension.md)."""
    from polish_inflection import MIEJSCOWNIK, odmien_fraze

    journal = "Dziennik Urzędowy Województwa Małopolskiego"
    assert odmien_fraze(journal, MIEJSCOWNIK) != decline(journal, Case.LOCATIVE)


# --- voivodeships -----------------------------------------------------------------------------


def test_all_sixteen_voivodeships_have_their_journal() -> None:
    assert len({v.name for v in VOIVODESHIPS}) == 16
    assert voivodeship("Małopolskie").journal == "Dziennik Urzędowy Województwa Małopolskiego"
    assert voivodeship("dolnośląskie").journal == "Dziennik Urzędowy Województwa Dolnośląskiego"
    kujawsko = voivodeship("województwo kujawsko-pomorskie")
    assert kujawsko is not None
    assert kujawsko.journal == "Dziennik Urzędowy Województwa Kujawsko-Pomorskiego"
    assert kujawsko.journal_citation == "Dz. Urz. Woj. Kujawsko-Pomorskiego"
    assert voivodeship("Wielkopolskie").journal_locative == (
        "Dzienniku Urzędowym Województwa Wielkopolskiego"
    )
    assert voivodeship("Bawaria") is None


def test_the_voivodeships_are_those_the_workbook_accepts() -> None:
    from generator.workbook.schema import VOIVODESHIPS as WORKBOOK_VOIVODESHIPS

    assert tuple(v.name for v in VOIVODESHIPS) == WORKBOOK_VOIVODESHIPS
