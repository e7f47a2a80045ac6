"""Cell conversions of `generator.workbook.values`: the Polish forms a clerk types into Excel."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from generator.workbook import schema as s
from generator.workbook import values as v

# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1234,56",
        "1 234,56",
        "1234.56",
        "1.234,56",
        "1.234,56 zł",
        "1 234,56 zł",
        "1 234,56 PLN",
        "1\u00a0234,56",  # NBSP, as Excel's Polish number format types it
        "1\u202f234,56 zł",  # narrow NBSP
        "1,234.56",
        "  1234,56  ",
    ],
)
def test_polish_number_text_is_read_exactly(text: str) -> None:
    assert v.as_decimal(text) == Decimal("1234.56")


def test_numbers_stored_by_excel_are_read_exactly() -> None:
    assert v.as_decimal(3) == Decimal(3)
    # The shortest decimal that round-trips, not the binary expansion 3499.98999…
    assert v.as_decimal(3499.99) == Decimal("3499.99")


def test_thousands_grouped_by_dots_alone() -> None:
    assert v.as_decimal("1.234.567") == Decimal(1234567)
    assert v.as_decimal("1.234.567,89 zł") == Decimal("1234567.89")


@pytest.mark.parametrize("text", ["abc", "12,34,5", "1.2.3", "1 234,56 €", "--5", ""])
def test_text_that_is_not_a_number_is_refused_and_quoted(text: str) -> None:
    with pytest.raises(v.ValueProblem, match="nie jest liczbą"):
        v.as_decimal(text)


@pytest.mark.parametrize(
    "raw", ["12 3456 7890 1234 5678 9012 3456", 1e308, 10**12, "-1 000 000 000 000"]
)
def test_absurdly_large_number_is_refused(raw: object) -> None:
    # e.g. a bank account number pasted into Ilość; Ilość × Cena must stay exact
    with pytest.raises(v.ValueProblem, match="jest zbyt duża"):
        v.as_decimal(raw)


def test_largest_accepted_number() -> None:
    assert v.as_money("999 999 999 999,99") == Decimal("999999999999.99")


def test_boolean_is_not_a_number() -> None:
    with pytest.raises(v.ValueProblem):
        v.as_decimal(True)


# --- money --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1 200,00", "1200.00"),
        ("12,3", "12.30"),
        ("7", "7.00"),
        (450.5, "450.50"),
        (0.1 + 0.2, "0.30"),  # a float Excel computed: rounded to the grosz
        (2.675, "2.68"),  # half up, as a Polish invoice rounds, not banker's rounding
        (1.005, "1.01"),
    ],
)
def test_money_is_exact_in_grosze(raw: object, expected: str) -> None:
    amount = v.as_money(raw)
    assert amount == Decimal(expected)
    assert amount.as_tuple().exponent == -2


def test_typed_amount_with_three_decimals_is_refused() -> None:
    with pytest.raises(v.ValueProblem, match="więcej niż 2 miejsca po przecinku"):
        v.as_money("12,345")


def test_amount_that_is_not_a_number_says_kwota() -> None:
    with pytest.raises(v.ValueProblem, match="„abc” nie jest kwotą"):
        v.as_money("abc")


@pytest.mark.parametrize("raw", ["-1,00", -5])
def test_negative_amount_is_refused(raw: object) -> None:
    with pytest.raises(v.ValueProblem, match="nie może być ujemna"):
        v.as_money(raw)


def test_negative_quantity_is_refused() -> None:
    with pytest.raises(v.ValueProblem, match="nie może być ujemna"):
        v.as_quantity("-2")
    assert v.as_quantity("2,5") == Decimal("2.5")


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        datetime(2026, 11, 23),
        datetime(2026, 11, 23, 14, 30),  # a date typed with a time keeps only the day
        date(2026, 11, 23),
        "23.11.2026",
        "23-11-2026",
        "23/11/2026",
        "2026-11-23",
        "2026-11-23 00:00:00",
        "23 listopada 2026 r.",
        "23 listopada 2026",
        "23 Listopada 2026r.",
        "23 listopada 2026 roku",
        "23 listopad 2026",
        "23 XI 2026",
        " 23.11.2026 ",
    ],
)
def test_date_from_excel_or_polish_text(raw: object) -> None:
    assert v.as_date(raw) == date(2026, 11, 23)


def test_date_with_single_digit_day_and_month() -> None:
    assert v.as_date("5.3.2026") == date(2026, 3, 5)  # 5 March, day first as in Poland


def test_month_names_with_polish_letters() -> None:
    assert v.as_date("1 października 2026 r.") == date(2026, 10, 1)
    assert v.as_date("30 września 2026") == date(2026, 9, 30)


@pytest.mark.parametrize(
    "text", ["31.02.2026", "jutro", "23.13.2026", "23 listopadzie 2026", "2026"]
)
def test_bad_date_is_refused_and_quoted(text: str) -> None:
    with pytest.raises(v.ValueProblem, match=f"„{text}” nie jest datą"):
        v.as_date(text)


@pytest.mark.parametrize("raw", ["1899-12-31", date(1899, 12, 31), "1.1.2101"])
def test_date_outside_1900_2100_is_refused(raw: object) -> None:
    with pytest.raises(v.ValueProblem, match="poza dopuszczalnym zakresem"):
        v.as_date(raw)


def test_a_bare_number_is_not_a_date() -> None:
    # A serial number Excel does not format as a date is shown to the user as a number too.
    with pytest.raises(v.ValueProblem, match="nie jest datą"):
        v.as_date(46349)


# --- integers -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [3, 3.0, "3", "3.", " 3 ", "3,0"])
def test_integer_in_its_usual_forms(raw: object) -> None:
    assert v.as_integer(raw) == 3


@pytest.mark.parametrize("raw", [3.5, "3,5", "trzy", True, "III"])
def test_not_an_integer(raw: object) -> None:
    with pytest.raises(v.ValueProblem, match="nie jest liczbą całkowitą"):
        v.as_integer(raw)


# --- closed lists -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "zmiana istniejącego działania",
        "Zmiana istniejącego działania",
        "  ZMIANA   istniejącego działania ",
        "zmiana\u00a0istniejącego działania",
    ],
)
def test_choice_tolerates_case_and_spaces(typed: str) -> None:
    assert v.as_choice(typed, s.ACTIVITY_KINDS) == "zmiana istniejącego działania"


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "\u2212"])
def test_choice_tolerates_dash_variants(dash: str) -> None:
    assert v.as_choice(f"pn{dash}en", ("PN-EN",)) == "PN-EN"


def test_choice_gives_the_canonical_spelling() -> None:
    assert v.as_choice("sekretarz (pełnomocnik ds. szj)", s.ROLES) == s.ROLE_SECRETARY


def test_choice_with_polish_letter_typed_as_base_and_combining_mark() -> None:
    decomposed = "zmiana istnieja\u0328cego dzia\u0142ania"  # ą as a + combining ogonek
    assert v.as_choice(decomposed, s.ACTIVITY_KINDS) == "zmiana istniejącego działania"


def test_value_outside_the_list_names_it_and_the_allowed_ones() -> None:
    with pytest.raises(v.ValueProblem) as caught:
        v.as_choice("zrobione", s.RESOURCE_STATUSES)
    assert "„zrobione” nie jest dozwoloną wartością" in str(caught.value)
    assert "„zidentyfikowany”, „zaakceptowany”, „zapewniony”" in str(caught.value)


def test_multi_choice_split_on_semicolons_order_kept_duplicates_dropped() -> None:
    typed = "Wymagania klienta ;zmiana  przepisów prawa; wymagania klienta;"
    assert v.as_choices(typed, s.NEED_SOURCES) == (s.NEED_CUSTOMER, s.NEED_LAW)


def test_multi_choice_single_value() -> None:
    assert v.as_choices("rozwój cywilizacyjny społeczeństwa", s.NEED_SOURCES) == (s.NEED_SOCIETY,)


@pytest.mark.parametrize("typed", ["zmiana przepisów prawa, wymagania klienta", "; ;", "prawo"])
def test_multi_choice_refuses_what_is_not_on_the_list(typed: str) -> None:
    with pytest.raises(v.ValueProblem, match="nie jest dozwoloną wartością"):
        v.as_choices(typed, s.NEED_SOURCES)


# --- text ---------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x0c", "\x1f", "\ufffe"])
def test_control_characters_are_refused_with_their_code(char: str) -> None:
    with pytest.raises(v.ValueProblem, match=f"U\\+{ord(char):04X}"):
        v.as_text(f"Opis{char}zasobu")


def test_tabs_and_line_breaks_are_kept() -> None:
    assert v.as_text("a\tb\nc") == "a\tb\nc"


def test_windows_line_breaks_become_newlines() -> None:
    # Excel stores a line break as `_x000D_` + `\n`; read.py decodes it to `\r\n`.
    assert v.as_text("linia 1\r\nlinia 2\rlinia 3") == "linia 1\nlinia 2\nlinia 3"


def test_text_of_excel_values_is_what_the_user_sees() -> None:
    assert v.as_text(True) == "tak"
    assert v.as_text(12.0) == "12"
    assert v.as_text(datetime(2026, 11, 23)) == "23.11.2026"
    assert v.as_text("  Referat  ") == "Referat"
    assert v.as_text('& < " ąęł') == '& < " ąęł'


def test_text_longer_than_an_excel_cell_is_refused() -> None:
    with pytest.raises(v.ValueProblem, match="32 767"):
        v.as_text("x" * 32768)


# --- invisible characters (issue 16, item 12) ---------------------------------------------


@pytest.mark.parametrize(
    "code", [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0x2060,
             0xFEFF, 0x061C],
)
def test_invisible_controls_are_refused_naming_the_character(code: int) -> None:
    with pytest.raises(v.ValueProblem, match=f"niewidoczny znak sterujący U\\+{code:04X}"):
        v.as_text(f"Zakup {chr(code)}sprzętu")


def test_right_to_left_letters_are_text_like_any_other() -> None:
    assert v.as_text("Słownik שלום مرحبا") == "Słownik שלום مرحبا"
