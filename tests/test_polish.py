"""Polish formatting: dates, amounts (NBSP-grouped), amounts in words, declined names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from generator.domain.polish import (
    NBSP,
    act_genitive,
    long_date,
    lowercase_start,
    money,
    money_in_words,
    nbsp_legal,
    number,
    plural,
    short_date,
    voivodeship_genitive,
    zloty_form,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 11, 23), "23 listopada 2026 r."),
        (date(2026, 1, 1), "1 stycznia 2026 r."),
        (date(2025, 2, 28), "28 lutego 2025 r."),
        (date(2026, 3, 5), "5 marca 2026 r."),
        (date(2026, 4, 30), "30 kwietnia 2026 r."),
        (date(2026, 5, 3), "3 maja 2026 r."),
        (date(2026, 6, 15), "15 czerwca 2026 r."),
        (date(2026, 7, 22), "22 lipca 2026 r."),
        (date(2026, 8, 31), "31 sierpnia 2026 r."),
        (date(2026, 9, 1), "1 września 2026 r."),
        (date(2026, 10, 14), "14 października 2026 r."),
        (date(2026, 12, 24), "24 grudnia 2026 r."),
    ],
)
def test_long_date_uses_the_genitive_month(value: date, expected: str) -> None:
    assert long_date(value) == expected


def test_short_date_pads_day_and_month() -> None:
    assert short_date(date(2026, 3, 5)) == "05.03.2026"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1234.56", "1 234,56 zł"),
        ("0", "0,00 zł"),
        ("5", "5,00 zł"),
        ("999.9", "999,90 zł"),
        ("1234567.8", "1 234 567,80 zł"),
        ("0.005", "0,01 zł"),  # half up, not banker's rounding
        ("2.675", "2,68 zł"),
    ],
)
def test_money_groups_with_non_breaking_spaces(amount: str, expected: str) -> None:
    # Tests write a plain space for readability; the real separator is U+00A0.
    assert money(Decimal(amount)) == expected.replace(" ", NBSP)


def test_money_never_contains_a_breakable_space() -> None:
    assert " " not in money(Decimal("1234567.89"))


def test_number_keeps_only_needed_decimals() -> None:
    assert number(Decimal("2")) == "2"
    assert number(Decimal("1.5")) == "1,5"
    assert number(Decimal("1000")) == f"1{NBSP}000"


@pytest.mark.parametrize(
    ("count", "form"),
    [
        (0, "złotych"),
        (1, "złoty"),
        (2, "złote"),
        (4, "złote"),
        (5, "złotych"),
        (11, "złotych"),
        (12, "złotych"),
        (14, "złotych"),
        (21, "złotych"),
        (22, "złote"),
        (101, "złotych"),
        (112, "złotych"),
        (1001, "złotych"),
        (1002, "złote"),
    ],
)
def test_zloty_plural_forms(count: int, form: str) -> None:
    assert zloty_form(count) == form


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1234.56", "tysiąc dwieście trzydzieści cztery złote 56/100"),
        ("1", "jeden złoty 00/100"),
        ("0.5", "zero złotych 50/100"),
        ("12", "dwanaście złotych 00/100"),
        ("22.05", "dwadzieścia dwa złote 05/100"),
        ("15000", "piętnaście tysięcy złotych 00/100"),
        ("2000000", "dwa miliony złotych 00/100"),
    ],
)
def test_money_in_words(amount: str, expected: str) -> None:
    assert money_in_words(Decimal(amount)) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("wielkopolskie", "Wielkopolskiego"),
        ("Wielkopolskie", "Wielkopolskiego"),
        ("  WIELKOPOLSKIE ", "Wielkopolskiego"),
        ("województwo wielkopolskie", "Wielkopolskiego"),
        ("Województwo Wielkopolskie", "Wielkopolskiego"),
        ("woj. wielkopolskie", "Wielkopolskiego"),
        ("wielkopolskiego", "Wielkopolskiego"),
        ("dolnośląskie", "Dolnośląskiego"),
        ("kujawsko-pomorskie", "Kujawsko-Pomorskiego"),
        ("kujawsko - pomorskie", "Kujawsko-Pomorskiego"),
        ("lubelskie", "Lubelskiego"),
        ("lubuskie", "Lubuskiego"),
        ("łódzkie", "Łódzkiego"),
        ("małopolskie", "Małopolskiego"),
        ("mazowieckie", "Mazowieckiego"),
        ("opolskie", "Opolskiego"),
        ("podkarpackie", "Podkarpackiego"),
        ("podlaskie", "Podlaskiego"),
        ("pomorskie", "Pomorskiego"),
        ("śląskie", "Śląskiego"),
        ("świętokrzyskie", "Świętokrzyskiego"),
        ("warmińsko-mazurskie", "Warmińsko-Mazurskiego"),
        ("zachodniopomorskie", "Zachodniopomorskiego"),
    ],
)
def test_voivodeship_genitive(typed: str, expected: str) -> None:
    assert voivodeship_genitive(typed) == expected


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        (
            "Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Przykładowo z dnia 5 marca 2019 r.",
            "zarządzenia Nr 12/2019 Burmistrza Miasta i Gminy Przykładowo z dnia 5 marca 2019 r.",
        ),
        ("uchwała nr XX/123/2012 Rady Miejskiej", "uchwały nr XX/123/2012 Rady Miejskiej"),
        ("Uchwały Nr XX/123/2012", "uchwały Nr XX/123/2012"),
        ("Obwieszczenie Nr 1/2020", "Obwieszczenie Nr 1/2020"),  # not an act it declines
    ],
)
def test_act_genitive_declines_the_kind_of_act(citation: str, expected: str) -> None:
    # Inside „stanowiącym załącznik do zarządzenia Nr …” the kind is written in lower case.
    assert act_genitive(citation) == expected


@pytest.mark.parametrize(
    ("count", "form"),
    [(0, "działań"), (1, "działanie"), (2, "działania"), (4, "działania"), (5, "działań"),
     (12, "działań"), (14, "działań"), (22, "działania"), (25, "działań"), (104, "działania")],
)  # fmt: skip
def test_plural_forms(count: int, form: str) -> None:
    assert plural(count, "działanie", "działania", "działań") == form


def test_long_date_with_non_breaking_spaces() -> None:
    assert long_date(date(2026, 9, 1), nbsp=True) == f"1{NBSP}września{NBSP}2026{NBSP}r."
    assert " " not in long_date(date(2026, 12, 24), nbsp=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Na podstawie art. 33 ust. 2 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym "
            "(Dz. U. z 2024 r. poz. 1465, z późn. zm.)",
            "Na podstawie art.~33 ust.~2 ustawy z dnia 8~marca~1990~r. o samorządzie gminnym "
            "(Dz.~U. z~2024~r. poz.~1465, z późn. zm.)",
        ),
        ("w § 12 pkt 3 lit. a", "w §~12 pkt~3 lit.~a"),
        (
            "zarządzenia Nr 12/2019 z dnia 5 marca 2019 r.",
            "zarządzenia Nr~12/2019 z dnia 5~marca~2019~r.",
        ),
        ("w pkt  2 lit. b", "w pkt~2 lit.~b"),  # a double space becomes one NBSP
        ("Rapkt 5, partner 3 r.", "Rapkt 5, partner 3~r."),  # „pkt”, „art” only as words
        ("ust.", "ust."),
    ],
)  # fmt: skip
def test_nbsp_legal_keeps_citations_on_one_line(text: str, expected: str) -> None:
    # `~` stands for the non-breaking space; nothing but spaces changes.
    assert nbsp_legal(text) == expected.replace("~", NBSP)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wskazanie osoby odpowiedzialnej.", "wskazanie osoby odpowiedzialnej."),
        ("Referat przejmuje nowe zadania", "referat przejmuje nowe zadania"),
        ("Wprowadzenie EZD jako podstawy", "wprowadzenie EZD jako podstawy"),
        ("EZD zastępuje dziennik", "EZD zastępuje dziennik"),  # an acronym
        ("BIP", "BIP"),
        ("ePUAP umożliwia", "ePUAP umożliwia"),
        ("Punkt Obsługi Mieszkańca przejmuje", "Punkt Obsługi Mieszkańca przejmuje"),  # a name
        ("§ 30a określa", "§ 30a określa"),
        ("A", "A"),
        ("", ""),
    ],
)
def test_lowercase_start_continues_a_sentence_but_keeps_names(text: str, expected: str) -> None:
    assert lowercase_start(text) == expected
