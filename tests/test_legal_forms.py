"""Every form of the amending provision a legal adviser checks, with its exact wording.

Issue 14: the forms of the „Zasady techniki prawodawczej” (Dz. U. z 2026 r. poz. 300) the
draft zarządzenie and uchwała use, one row per form — the rows of Zmiany in, the provision
(§ 1 of the draft act) out, as the adviser reads it.
"""

from __future__ import annotations

import pytest

from generator.domain.amendments import (
    AMENDING_RESOLUTION,
    ORDINANCE_CLOSING,
    RESOLUTION_CLOSING,
    act_citation,
    amendment_text,
    annex_wordings,
    change_description,
    document_groups,
    entry_into_force,
    legal_basis,
    provision_as_text,
)
from generator.domain.model import Change, Source
from generator.domain.targets import parse_target

ACT = "W Regulaminie"


def row(unit: str, current: str | None, proposed: str | None, number: int = 2) -> Change:
    target = parse_target(unit)
    assert target is not None, unit
    return Change(
        number - 1,
        "Regulamin organizacyjny",
        target.unit,
        current,
        proposed,
        None,
        Source("Zmiany", number),
        target.scope,
        target.sentence,
        target.fix_punctuation,
    )


def rows(*specs: tuple[str, str | None, str | None]) -> list[Change]:
    return [row(*spec, number=index + 2) for index, spec in enumerate(specs)]


FORMS: list[tuple[str, list[Change], str]] = [
    (
        "adding after the last point fixes the previous point's full stop",
        rows(("§ 15 ust. 2 pkt 5", None, "prowadzenie EZD.")),
        "W Regulaminie w § 15 w ust. 2 w pkt 4 kropkę zastępuje się średnikiem i dodaje się "
        "pkt 5 w brzmieniu:\n„5) prowadzenie EZD.”.",
    ),
    (
        "adding after the last letter: the previous letter gets a comma",
        rows(("§ 15 ust. 2 pkt 1 lit. c", None, "archiwum.")),
        "W Regulaminie w § 15 w ust. 2 w pkt 1 w lit. b kropkę zastępuje się przecinkiem i "
        "dodaje się lit. c w brzmieniu:\n„c) archiwum.”.",
    ),
    (
        "the clerk overrides the guess: the list does not end there",
        rows(("§ 15 ust. 2 pkt 5 (bez zmiany interpunkcji)", None, "prowadzenie EZD;")),
        "W Regulaminie w § 15 w ust. 2 dodaje się pkt 5 w brzmieniu:\n„5) prowadzenie EZD;”.",
    ),
    (
        "repealing the last point gives the new last one the full stop",
        rows(("§ 15 ust. 2 pkt 5", "prowadzenie dziennika.", None)),
        "W Regulaminie w § 15 w ust. 2 w pkt 4 średnik zastępuje się kropką i uchyla się pkt 5.",
    ),
    (
        "repealing a point inside the list leaves the punctuation",
        rows(("§ 15 ust. 2 pkt 3", "prowadzenie dziennika;", None)),
        "W Regulaminie w § 15 w ust. 2 uchyla się pkt 3.",
    ),
    (
        "inserting a point between two leaves the punctuation",
        rows(("§ 15 ust. 2 pkt 4a", None, "prowadzenie EZD;")),
        "W Regulaminie w § 15 w ust. 2 po pkt 4 dodaje się pkt 4a w brzmieniu:\n"
        "„4a) prowadzenie EZD;”.",
    ),
    (
        "a sentence gets a new wording",
        rows(("§ 5 ust. 2 zdanie drugie", "Stare zdanie.", "Nowe zdanie.")),
        "W Regulaminie w § 5 w ust. 2 zdanie drugie otrzymuje brzmienie:\n„Nowe zdanie.”.",
    ),
    (
        "a sentence is added after the first",
        rows(("§ 5 ust. 2 zd. 2", None, "Nowe zdanie.")),
        "W Regulaminie w § 5 w ust. 2 po zdaniu pierwszym dodaje się zdanie drugie "
        "w brzmieniu:\n„Nowe zdanie.”.",
    ),
    (
        "a sentence is struck out",
        rows(("§ 5 ust. 2 zdanie trzecie", "Stare zdanie.", None)),
        "W Regulaminie w § 5 w ust. 2 skreśla się zdanie trzecie.",
    ),
    (
        "words are replaced",
        rows(("§ 5 ust. 2 wyrazy", "Referat Organizacyjny", "Biuro Organizacyjne")),
        "W Regulaminie w § 5 w ust. 2 wyrazy „Referat Organizacyjny” zastępuje się wyrazami "
        "„Biuro Organizacyjne”.",
    ),
    (
        "one word is replaced by one",
        rows(("§ 5 ust. 2 wyrazy", "Referatu", "Biura")),
        "W Regulaminie w § 5 w ust. 2 wyraz „Referatu” zastępuje się wyrazem „Biura”.",
    ),
    (
        "words are struck out",
        rows(("§ 5 ust. 2 wyrazy", "„niezwłocznie”", None)),
        "W Regulaminie w § 5 w ust. 2 skreśla się wyraz „niezwłocznie”.",
    ),
    (
        "a chapter's title",
        rows(("tytuł rozdziału 3", "Referaty", "Zadania komórek organizacyjnych")),
        "W Regulaminie tytuł rozdziału 3 otrzymuje brzmienie:\n"
        "„Zadania komórek organizacyjnych”.",
    ),
    (
        "an annex gets the wording given by the amending act's annex",
        rows(("załącznik nr 1", "Schemat", "Schemat organizacyjny Urzędu")),
        "W Regulaminie załącznik nr 1 otrzymuje brzmienie określone w załączniku do niniejszego "
        "zarządzenia.",
    ),
    (
        "two annexes: each points at its own annex of the amending act",
        rows(
            ("§ 1", "Stary.", "Nowy."),
            ("załącznik nr 1", "Schemat", "Schemat organizacyjny"),
            ("załącznik nr 2", None, "Wykaz stanowisk"),
        ),
        "W Regulaminie wprowadza się następujące zmiany:\n"
        "1) § 1 otrzymuje brzmienie:\n„§ 1. Nowy.”;\n"
        "2) załącznik nr 1 otrzymuje brzmienie określone w załączniku nr 1 do niniejszego "
        "zarządzenia;\n"
        "3) dodaje się załącznik nr 2 w brzmieniu określonym w załączniku nr 2 do niniejszego "
        "zarządzenia.",
    ),
    (
        "consecutive ustępy merged",
        rows(("§ 5 ust. 3", "a", "Trzy."), ("§ 5 ust. 4", "b", "Cztery.")),
        "W Regulaminie w § 5 ust. 3 i 4 otrzymują brzmienie:\n„3. Trzy.\n4. Cztery.”.",
    ),
    (
        "three consecutive repeals merged, within a list",
        rows(
            ("§ 5 ust. 3", "a.", None),
            ("§ 5 ust. 4", "b.", None),
            ("§ 5 ust. 5", "c.", None),
            ("§ 9", "d.", None),
        ),
        "W Regulaminie wprowadza się następujące zmiany:\n"
        "1) w § 5 uchyla się ust. 3–5;\n2) uchyla się § 9.",
    ),
    (
        "one more grouping level instead of repeating „w ust. 2 w pkt 4”",
        rows(
            ("§ 15 ust. 2 pkt 4 lit. a", "a", "a) pierwsza,"),
            ("§ 15 ust. 2 pkt 4 lit. c", "c", "c) trzecia,"),
            ("§ 15 ust. 3", "x", "Trzy."),
            ("§ 16", "x", "Szesnaście."),
        ),
        "W Regulaminie wprowadza się następujące zmiany:\n"
        "1) w § 15:\n"
        "a) w ust. 2 w pkt 4:\n"
        "– lit. a otrzymuje brzmienie:\n„a) pierwsza,”,\n"
        "– lit. c otrzymuje brzmienie:\n„c) trzecia,”,\n"
        "b) ust. 3 otrzymuje brzmienie:\n„3. Trzy.”;\n"
        "2) § 16 otrzymuje brzmienie:\n„§ 16. Szesnaście.”.",
    ),
    (
        "a typed mark of another style and typed quotes are dropped",
        rows(("§ 12 ust. 2", "x", "„2) Tekst.”"), ("§ 31", "x", "„§31. Inny.”")),
        "W Regulaminie wprowadza się następujące zmiany:\n"
        "1) w § 12 ust. 2 otrzymuje brzmienie:\n„2. Tekst.”;\n"
        "2) § 31 otrzymuje brzmienie:\n„§ 31. Inny.”.",
    ),
    (
        "ASCII quotes inside the wording become Polish ones",
        rows(("§ 12 ust. 2", "x", 'System "EZD" działa.')),
        "W Regulaminie w § 12 ust. 2 otrzymuje brzmienie:\n„2. System „EZD” działa.”.",
    ),
]


@pytest.mark.parametrize(("changes", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_every_form_reads_as_the_adviser_expects(changes: list[Change], expected: str) -> None:
    assert provision_as_text(amendment_text(changes, ACT, levels=3)) == expected


def test_with_two_printed_levels_a_deep_change_repeats_its_units() -> None:
    """Templates that print points and letters only get no third level they would drop."""
    changes = next(f[1] for f in FORMS if f[0].startswith("one more grouping level"))
    assert provision_as_text(amendment_text(changes, ACT)) == (
        "W Regulaminie wprowadza się następujące zmiany:\n"
        "1) w § 15:\n"
        "a) w ust. 2 w pkt 4 lit. a otrzymuje brzmienie:\n„a) pierwsza,”,\n"
        "b) w ust. 2 w pkt 4 lit. c otrzymuje brzmienie:\n„c) trzecia,”,\n"
        "c) ust. 3 otrzymuje brzmienie:\n„3. Trzy.”;\n"
        "2) § 16 otrzymuje brzmienie:\n„§ 16. Szesnaście.”."
    )


def test_the_resolution_points_at_its_own_annex() -> None:
    changes = rows(("załącznik", "Stary", "Nowy"))
    text = provision_as_text(amendment_text(changes, ACT, amending_act=AMENDING_RESOLUTION))
    assert text == (
        "W Regulaminie załącznik otrzymuje brzmienie określone w załączniku do niniejszej uchwały."
    )


def test_annex_pages_carry_the_new_wording_in_order() -> None:
    changes = rows(("załącznik nr 2", None, "Wykaz"), ("załącznik nr 1", "S", " Schemat\r\n"))
    assert annex_wordings(changes) == (("1", "Schemat"), ("2", "Wykaz"))
    assert annex_wordings(changes[:1]) == (("", "Wykaz"),)


BASIS = (
    "art. 33 ust. 2 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym "
    "(Dz. U. z 2024 r. poz. 1465)"
)
ORDINANCE = f"Na podstawie {BASIS} zarządza się, co następuje:"


@pytest.mark.parametrize(
    "typed",
    [
        BASIS,
        f"Na podstawie {BASIS}",
        f"na podstawie {BASIS},",
        f"{BASIS} zarządzam, co następuje:",
        f"Na podstawie {BASIS} zarządza się, co następuje:",
        f"Na podstawie {BASIS} Burmistrz Miasta i Gminy Przykładowo zarządza, co następuje:",
        f"  Na  podstawie {BASIS}.\n",
    ],
)
def test_the_ordinance_opens_with_exactly_one_basis_and_one_formula(typed: str) -> None:
    assert legal_basis(typed, ORDINANCE_CLOSING) == ORDINANCE


@pytest.mark.parametrize(
    "typed",
    [
        BASIS,
        f"Na podstawie {BASIS}",
        f"{BASIS} Rada Miejska w Przykładowie uchwala, co następuje:",
        f"Na podstawie {BASIS} uchwala się, co następuje:",
    ],
)
def test_the_resolution_opens_with_exactly_one_basis_and_the_council(typed: str) -> None:
    closing = f"Rada Miejska w Przykładowie {RESOLUTION_CLOSING}"
    assert legal_basis(typed, closing) == (
        f"Na podstawie {BASIS} Rada Miejska w Przykładowie uchwala, co następuje:"
    )


@pytest.mark.parametrize(
    ("name", "regulamin"),
    [
        ("Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo", True),
        ("REGULAMIN ORGANIZACYJNY URZĘDU GMINY W KOŚCIELISKU", True),
        ("Statut Gminy Kościelisko", False),
        ("statut miasta i gminy przykładowo", False),
    ],
)
def test_full_document_names_get_their_draft(name: str, regulamin: bool) -> None:
    change = row("§ 1", "a", "b")
    (group,) = document_groups([Change(**{**change.__dict__, "document": name})])
    assert (group.is_regulamin, group.is_statute) == (regulamin, not regulamin)


STATUTE_ACT = "Uchwała Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r."


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "title": "uchwalenia Statutu Miasta i Gminy Przykładowo",
                "publication": "Dz. Urz. Woj. Wlkp. z 2012 r. poz. 3456.",
                "amendments": "z 2019 r. poz. 1234",
            },
            "uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. "
            "w sprawie uchwalenia Statutu Miasta i Gminy Przykładowo "
            "(Dz. Urz. Woj. Wlkp. z 2012 r. poz. 3456, z 2019 r. poz. 1234)",
        ),
        (
            {
                "publication": "(Dz. Urz. Woj. Wlkp. z 2012 r. poz. 3456)",
                "amendments": "z późn. zm.",
            },
            "uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. "
            "(Dz. Urz. Woj. Wlkp. z 2012 r. poz. 3456, z późn. zm.)",
        ),
        (
            {"title": "w sprawie uchwalenia Statutu", "publication": "", "amendments": None},
            "uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. "
            "w sprawie uchwalenia Statutu",
        ),
        ({}, "uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r."),
    ],
    ids=["everything", "no title", "title only", "act only"],
)
def test_the_amended_act_is_cited_with_what_the_clerk_gave(fields, expected: str) -> None:
    assert act_citation(STATUTE_ACT, **fields) == expected


def test_a_title_already_in_the_act_is_not_repeated() -> None:
    act = f"{STATUTE_ACT} w sprawie uchwalenia Statutu."
    assert act_citation(act, title="uchwalenia Statutu") == (
        "uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. "
        "w sprawie uchwalenia Statutu"
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (None, "z dniem podpisania"),
        ("Z dniem podpisania.", "z dniem podpisania"),
        ("1.01.2027", "z dniem 1 stycznia 2027 r."),
        ("z dniem 1.01.2027 r.", "z dniem 1 stycznia 2027 r."),
        ("po ogłoszeniu", "z dniem ogłoszenia"),
        ("kiedyś", None),
    ],
)
def test_entry_into_force_of_the_ordinance(typed: str | None, expected: str | None) -> None:
    assert entry_into_force(typed) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (("§ 12 ust. 3", "a", "b"), "nadanie nowego brzmienia § 12 ust. 3"),
        (("§ 12 ust. 3a", None, "b"), "dodanie § 12 ust. 3a"),
        (("§ 21 ust. 4", "a", None), "uchylenie § 21 ust. 4"),
        (
            ("§ 18 ust. 1 zdanie drugie", "a", "b"),
            "nadanie nowego brzmienia zdaniu drugiemu w § 18 ust. 1",
        ),
        (("§ 18 ust. 1 zdanie trzecie", None, "b"), "dodanie zdania trzeciego w § 18 ust. 1"),
        (("§ 18 ust. 1 zdanie drugie", "a", None), "skreślenie zdania drugiego w § 18 ust. 1"),
        (("§ 19 ust. 2 wyrazy", "a", "b"), "zmiana wyrazów w § 19 ust. 2"),
        (("§ 19 ust. 2 wyrazy", "a", None), "skreślenie wyrazów w § 19 ust. 2"),
        (("tytuł rozdziału 3", "a", "b"), "nadanie nowego brzmienia tytułowi rozdziału 3"),
        (("Rozdział 4", "a", "b"), "nadanie nowego brzmienia rozdziałowi 4"),
        (("załącznik nr 1", "a", "b"), "nadanie nowego brzmienia załącznikowi nr 1"),
        (("załącznik", "a", "b"), "nadanie nowego brzmienia załącznikowi"),
        (("załącznik nr 2", None, "b"), "dodanie załącznika nr 2"),
    ],
)
def test_the_uzasadnienie_names_what_each_change_does(spec, expected: str) -> None:
    assert change_description(row(*spec)) == expected
