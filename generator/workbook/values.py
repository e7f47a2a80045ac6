"""Turning one cell's raw value into a typed value, accepting Polish text forms.

Each converter returns the typed value or raises `ValueProblem` with the Polish message.
No openpyxl here: raw values are plain Python (str, int, float, bool, datetime, date).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from generator import messages as msg
from generator.domain import polish
from generator.workbook import schema as s
from generator.workbook.labels import INVISIBLE, normalize_label

GROSZ = Decimal("0.01")
MAX_NUMBER = Decimal(10) ** 12  # keeps Ilość × Cena within exact decimal precision
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)

_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _without_diacritics(text: str) -> str:
    """`września` → `wrzesnia`: a month typed without Polish letters still counts."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_MONTHS = {
    name: number
    for number, forms in enumerate(
        zip(polish.MONTHS_GENITIVE, polish.MONTHS_NOMINATIVE, _ROMAN_MONTHS, strict=True),
        start=1,
    )
    for form in forms
    for name in (form, _without_diacritics(form))
}
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T]00:00(?::00)?)?$")
_WORDS_DATE = re.compile(r"^(\d{1,2})\s+([a-ząćęłńóśźż]+)\.?\s+(\d{4})$")
_DATE_SUFFIX = re.compile(r"\s*(r\.|r|roku)$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_GROUPED_THOUSANDS = re.compile(r"^[+-]?\d{1,3}([.,])\d{3}(?:\1\d{3})+$")  # 1.234.567
_ONE_THOUSANDS_GROUP = re.compile(r"^(\d{1,3})[.,](\d{3})$")  # 1.234 or 1,234
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_SPACE_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:[\s\u00a0\u202f\u2009']\d{3})+(?:[.,]\d+)?$")
# Not characters XML 1.0 (so Word) can hold; surrogates arrive only from a `_xD800_` escape.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EXCEL_CELL_LIMIT = 32767


class ValueProblem(ValueError):
    """Raised when a cell's value cannot be read as the type its column needs."""


def as_text(value: object) -> str:
    """Text as the user sees it in the cell, with line breaks normalised to `\\n` and
    letters composed (NFC)."""
    if isinstance(value, bool):
        text = "tak" if value else "nie"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, float):  # as a Polish Excel shows it: 15 digits, decimal comma
        text = f"{value:.15g}".replace(".", ",")
    elif isinstance(value, datetime):
        text = polish.short_date(value) if value.time() == time(0) else value.isoformat(" ")
    elif isinstance(value, date):
        text = polish.short_date(value)
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    control = _CONTROL.search(text)  # before stripping: U+001C–U+001F count as whitespace
    if control:
        raise ValueProblem(msg.CONTROL_CHARACTER.format(code=ord(control.group())))
    invisible = INVISIBLE.search(text)
    if invisible:
        raise ValueProblem(_invisible_problem(invisible.group()))
    # One spelling of each letter: „ó” typed as „o” + U+0301 (decomposed, as some Mac and
    # PDF copies give it) looks the same but may print apart in Word and compares unequal.
    text = unicodedata.normalize("NFC", text.strip())
    if len(text) > EXCEL_CELL_LIMIT:
        raise ValueProblem(msg.TOO_LONG.format(length=len(text)))
    return text


_DIRECTION_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _invisible_problem(char: str) -> str:
    """Refused, not removed: a signed document must say what the cell shows, and a cell
    whose text reads differently from what it holds is for the clerk to look at."""
    kind = "bidi" if _DIRECTION_MARKS.match(char) else "zero-width"
    return msg.INVISIBLE_CHARACTER.format(code=ord(char), name=msg.INVISIBLE_NAMES[kind])


def as_date(value: object) -> date:
    """A date from an Excel date, or text: `23.11.2026`, `2026-11-23`, `23 listopada 2026 r.`."""
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, str):
        result = _parse_date_text(value)
    else:
        raise ValueProblem(msg.NOT_A_DATE.format(value=as_text(value)))
    if not MIN_DATE <= result <= MAX_DATE:
        raise ValueProblem(msg.DATE_OUT_OF_RANGE.format(value=as_text(value)))
    return result


def _parse_date_text(raw: str) -> date:
    text = _DATE_SUFFIX.sub("", raw.strip().lower()).strip()
    parts: tuple[int, int, int] | None = None
    if m := _NUMERIC_DATE.match(text):
        parts = (int(m[3]), int(m[2]), int(m[1]))
    elif m := _ISO_DATE.match(text):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    elif (m := _WORDS_DATE.match(text)) and m[2] in _MONTHS:
        parts = (int(m[3]), _MONTHS[m[2]], int(m[1]))
    if parts is None:
        raise ValueProblem(msg.NOT_A_DATE.format(value=raw.strip()))
    try:
        return date(*parts)
    except ValueError:
        raise ValueProblem(msg.NOT_A_DATE.format(value=raw.strip())) from None


def as_decimal(value: object, *, message: str = msg.NOT_A_NUMBER) -> Decimal:
    """A number from an Excel number or Polish text (`1 234,56`, `1234.56`, `1.234,56 zł`)."""
    if isinstance(value, bool):
        raise ValueProblem(message.format(value=as_text(value)))
    if isinstance(value, int | float | Decimal):
        # repr() gives the shortest text that round-trips: 3499.99, not 3499.98999…
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        return _within_range(number, value, message)
    if not isinstance(value, str):
        raise ValueProblem(message.format(value=as_text(value)))
    spaced = re.sub(r"\s*(zł|pln)$", "", value.strip(), flags=re.IGNORECASE)
    text = _SPACES.sub("", spaced)
    if "," in text and "." in text:
        decimal_mark = "," if text.rindex(",") > text.rindex(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif _GROUPED_THOUSANDS.match(text):  # a mark repeated is a thousands separator
        text = re.sub(r"[.,]", "", text)
    else:
        text = text.replace(",", ".")
    if not _NUMBER.match(text):
        raise ValueProblem(message.format(value=value.strip()))
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueProblem(message.format(value=value.strip())) from None
    number = _within_range(number, value, message)
    if _SPACES.search(spaced) and not _SPACE_GROUPED.match(spaced):
        # `4 50,50`: a space that separates no thousands is a typo, not a number to guess
        raise ValueProblem(message.format(value=value.strip()))
    return number


def _within_range(number: Decimal, value: object, message: str) -> Decimal:
    if not number.is_finite():
        raise ValueProblem(message.format(value=as_text(value)))
    if abs(number) >= MAX_NUMBER:
        raise ValueProblem(msg.TOO_LARGE.format(value=as_text(value)))
    return number


def as_money(value: object) -> Decimal:
    """An exact amount in złoty, in grosze. Typed text with more than 2 decimals is refused;
    a binary float computed by Excel is rounded half up to the grosz."""
    amount = as_decimal(value, message=msg.NOT_AN_AMOUNT)
    if amount < 0:
        raise ValueProblem(msg.NEGATIVE.format(value=as_text(value)))
    if isinstance(value, str) and amount != amount.quantize(GROSZ):
        message = msg.TOO_MANY_DECIMALS.format(value=value.strip())
        raise ValueProblem(message + thousands_hint(value))
    return amount.quantize(GROSZ, rounding=ROUND_HALF_UP)


def thousands_hint(text: str) -> str:
    """For `1.234` or `1,234 zł` (one group of three digits after a dot or comma), the hint
    that a thousands separator was probably meant; else nothing."""
    bare = re.sub(r"\s*(zł|pln)$", "", text.strip(), flags=re.IGNORECASE)
    found = _ONE_THOUSANDS_GROUP.match(bare)
    if not found:
        return ""
    thousands, rest = found.groups()
    return msg.THOUSANDS_HINT.format(whole=f"{thousands}{rest}", spaced=f"{thousands} {rest}")


def as_quantity(value: object) -> Decimal:
    number = as_decimal(value)
    if number < 0:
        raise ValueProblem(msg.NEGATIVE.format(value=as_text(value)))
    return number


def as_integer(value: object) -> int:
    """An integer such as `Lp.` or `Krok`: `3`, `3.0`, `"3"`, `"3."`."""
    text = as_text(value).rstrip(".") if isinstance(value, str) else value
    try:
        number = as_decimal(text, message=msg.NOT_AN_INTEGER)
    except ValueProblem:
        raise ValueProblem(msg.NOT_AN_INTEGER.format(value=as_text(value))) from None
    if number != number.to_integral_value():
        hint = thousands_hint(value) if isinstance(value, str) else ""
        raise ValueProblem(msg.NOT_AN_INTEGER.format(value=as_text(value)) + hint)
    return int(number)


def as_choice(value: object, choices: tuple[str, ...]) -> str:
    """The canonical spelling of a closed-list value, matched tolerantly."""
    text = as_text(value)
    wanted = normalize_label(text)
    for choice in choices:
        if normalize_label(choice) == wanted:
            return choice
    raise ValueProblem(msg.NOT_IN_LIST.format(value=text, allowed=msg.join_quoted(choices)))


def as_choices(value: object, choices: tuple[str, ...]) -> tuple[str, ...]:
    """Several closed-list values separated by `;` (order kept, duplicates dropped)."""
    picked: list[str] = []
    for part in as_text(value).split(";"):
        if part.strip():
            choice = as_choice(part, choices)
            if choice not in picked:
                picked.append(choice)
    if not picked:
        raise ValueProblem(msg.NOT_IN_LIST.format(value="", allowed=msg.join_quoted(choices)))
    return tuple(picked)


def _text(value: object, spec: s.Field) -> str:
    return as_identifier(value) if spec.identifier else as_text(value)


def as_identifier(value: object) -> str:
    """A number kept as text (`0050.123.2026`, `12/2026`, `123`). What Excel converted on
    typing is refused: „12/2026” stored as a date, „12.10” as the number 12.1; so is a number
    on several lines, which would break the sentence that cites it."""
    if isinstance(value, date):  # a datetime too
        raise ValueProblem(msg.IDENTIFIER_STORED_AS_DATE.format(value=as_text(value)))
    if isinstance(value, float) and not value.is_integer():
        raise ValueProblem(msg.IDENTIFIER_STORED_AS_FRACTION.format(value=as_text(value)))
    text = as_text(value)
    if "\n" in text or "\t" in text:  # a number is one line: it is printed inside a sentence
        raise ValueProblem(msg.IDENTIFIER_ON_LINES.format(value=" / ".join(text.split())))
    return text


_CONVERTERS: dict[s.Kind, Callable[[object, s.Field], Any]] = {
    s.Kind.TEXT: _text,
    s.Kind.DATE: lambda value, spec: as_date(value),
    s.Kind.NUMBER: lambda value, spec: as_quantity(value),
    s.Kind.MONEY: lambda value, spec: as_money(value),
    s.Kind.INTEGER: lambda value, spec: as_integer(value),
    s.Kind.CHOICE: lambda value, spec: as_choice(value, spec.choices),
    s.Kind.MULTI_CHOICE: lambda value, spec: as_choices(value, spec.choices),
}


def convert(value: object, spec: s.Field) -> Any:
    """A non-empty cell's value as its schema field's kind; raises `ValueProblem`."""
    return _CONVERTERS[spec.kind](value, spec)
