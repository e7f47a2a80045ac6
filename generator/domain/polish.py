"""Polish formatting for the documents: dates, amounts, amounts in words, declined names.

Babel supplies the locale data (month names in the genitive, number grouping) and num2words
the numerals, so nothing here hard-codes what the CLDR already knows. What the CLDR does not
know — declining the names of offices, councils and voivodeships — is done by small rules for
the forms Polish communes actually use.

Amounts use a non-breaking space (U+00A0) both as the thousands separator and before „zł”,
so `1 234,56 zł` never wraps across lines in Word; `long_date(…, nbsp=True)` and `nbsp_legal`
do the same for dates and legal citations inside running text („§ 12”, „2019 r.”).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal
from num2words import num2words

from generator.workbook.labels import canonical_voivodeship

NBSP = "\u00a0"
LOCALE = "pl_PL"
_GROSZ = Decimal("0.01")
_PLURAL_FORM = Locale.parse(LOCALE).plural_form

# „stycznia” … „grudnia” (in dates) and „styczeń” … „grudzień” (on their own), from the CLDR.
MONTHS_GENITIVE: tuple[str, ...] = tuple(
    get_month_names("wide", context="format", locale=LOCALE)[m] for m in range(1, 13)
)
MONTHS_NOMINATIVE: tuple[str, ...] = tuple(
    get_month_names("wide", context="stand-alone", locale=LOCALE)[m] for m in range(1, 13)
)


# --- dates ---------------------------------------------------------------------------------


def long_date(value: date, *, nbsp: bool = False) -> str:
    """`23 listopada 2026 r.` — the month in the genitive, as in Polish official letters.

    With `nbsp`, the spaces are non-breaking (U+00A0), for a date inside running text.
    """
    text = f"{format_date(value, 'd MMMM y', locale=LOCALE)} r."
    return text.replace(" ", NBSP) if nbsp else text


def short_date(value: date) -> str:
    """`23.11.2026` — for table cells, the terminal and messages; the one `dd.mm.yyyy`."""
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


# --- amounts -------------------------------------------------------------------------------


def _to_grosze(amount: Decimal) -> Decimal:
    return amount.quantize(_GROSZ, rounding=ROUND_HALF_UP)


def number(amount: Decimal) -> str:
    """`1 234,56` (NBSP-grouped, decimals only as many as the value has, at most 4)."""
    text = format_decimal(amount, format="#,##0.####", locale=LOCALE)
    return text.replace("\u202f", NBSP).replace(" ", NBSP)


def money(amount: Decimal) -> str:
    """`1 234,56 zł`, rounded half up to grosze; both spaces are non-breaking (U+00A0)."""
    text = format_decimal(_to_grosze(amount), format="#,##0.00", locale=LOCALE)
    return f"{text.replace(chr(0x202F), NBSP).replace(' ', NBSP)}{NBSP}zł"


def plural(count: int, one: str, few: str, many: str) -> str:
    """The noun form after a numeral, by the CLDR's Polish plural rule: `one` for 1, `few`
    for 2–4, 22–24, … (but not 12–14), `many` otherwise:
    plural(5, "działanie", "działania", "działań") → "działań"."""
    return {"one": one, "few": few}.get(_PLURAL_FORM(count), many)


def zloty_form(count: int) -> str:
    """The noun after a numeral: 1 złoty, 2–4 złote (but 12–14 złotych), else złotych."""
    return plural(count, "złoty", "złote", "złotych")


def money_in_words(amount: Decimal) -> str:
    """`tysiąc dwieście trzydzieści cztery złote 56/100` — the form written on Polish forms.

    The złoty part is spelled out with the right plural form; grosze are written as `NN/100`.
    """
    grosze_total = int((_to_grosze(amount) * 100).to_integral_value())
    sign = "minus " if grosze_total < 0 else ""
    zloty, grosze = divmod(abs(grosze_total), 100)
    words = num2words(zloty, lang="pl")
    return f"{sign}{words} {zloty_form(zloty)} {grosze:02d}/100"


# --- declined names ------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _capitalize_parts(text: str) -> str:
    """`kujawsko-pomorskiego` → `Kujawsko-Pomorskiego` (as in the journal's title)."""
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


def voivodeship_genitive(name: str) -> str:
    """`wielkopolskie` → `Wielkopolskiego`, for „Dzienniku Urzędowym Województwa …”.

    Tolerates case, extra spaces, a leading „województwo”/„woj.”, and a name already in the
    genitive. Validation refuses names that are not one of the 16 voivodeships.
    """
    canonical = canonical_voivodeship(name) or _clean(name).lower()
    stem = canonical[:-2] if canonical.endswith("ie") else canonical
    return _capitalize_parts(stem + "iego" if canonical.endswith("ie") else stem)


_ACT_GENITIVE = {
    "zarządzenie": "zarządzenia",
    "uchwała": "uchwały",
    "uchwala": "uchwały",
    "zarządzenia": "zarządzenia",  # typed already in the genitive
    "uchwały": "uchwały",
}


def act_genitive(citation: str) -> str:
    """`Zarządzenie Nr 12/2019 Burmistrza …` → `zarządzenia Nr 12/2019 Burmistrza …`.

    Only the act's kind (the first word) changes, to the lower-case genitive it takes inside
    a sentence („stanowiącym załącznik do zarządzenia Nr …”); the rest is kept as typed.
    """
    text = _clean(citation)
    first, _, rest = text.partition(" ")
    genitive = _ACT_GENITIVE.get(first.lower())
    if genitive is None:
        return text
    return f"{genitive} {rest}".rstrip()


# --- typography ----------------------------------------------------------------------------

_MONTHS = "|".join(MONTHS_GENITIVE)
_NBSP_RULES = (
    # „§ 12”, „art. 33”, „ust. 2”, „pkt 1”, „lit. a”, „Nr 12/2019”, „poz. 1465”, „Dz. U.”
    (re.compile(r"(§|(?<!\w)(?:art|ust|lit|poz|Dz)\.|(?<!\w)(?:pkt|Nr|nr)(?!\w)) +(?=\S)"),
     rf"\1{NBSP}"),
    # „28 lutego 2019 r.”: the day, month, year and „r.” stay on one line
    (re.compile(rf"(?<!\w)(\d{{1,2}}) +({_MONTHS}) +(\d{{4}})(?!\w)"), rf"\1{NBSP}\2{NBSP}\3"),
    (re.compile(r"(\d) +(r\.)"), rf"\1{NBSP}\2"),
    # „z 2024 r.” in „Dz. U. z 2024 r.”
    (re.compile(r"(?<!\w)z +(?=\d)"), f"z{NBSP}"),
)  # fmt: skip


def nbsp_legal(text: str) -> str:
    """Non-breaking spaces where a legal citation must not wrap: after „§”, „art.”, „ust.”,
    „pkt”, „lit.”, „Nr”, „poz.”, „Dz.”, inside a date, before „r.” and in „z 2024”.

    Only spaces change (to U+00A0); the text is otherwise kept exactly.
    """
    for pattern, replacement in _NBSP_RULES:
        text = pattern.sub(replacement, text)
    return text


def lowercase_start(text: str) -> str:
    """The text with its first letter lowered, to continue a sentence („– referat przejmuje
    …”), unless it starts a name: an acronym („EZD …”, „BIP …”) or a capitalised phrase
    („Punkt Obsługi Mieszkańca …”, „Rada Miejska …”) is kept as written."""
    words = text.split(" ", 2)
    first = words[0]
    if len(first) < 2 or not (first[0].isupper() and first[1].islower()):
        return text
    if len(words) > 1 and len(words[1]) > 1 and words[1][0].isupper() and words[1][1].islower():
        return text
    return first[0].lower() + text[1:]
