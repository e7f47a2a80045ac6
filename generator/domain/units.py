"""Editorial units of Polish legal acts (jednostki redakcyjne): `§ 12 ust. 3 pkt 4 lit. a`.

The office's acts (the Regulamin Organizacyjny, the Statut) are divided into paragraphs (§),
which divide into ustępy (ust.), points (pkt), letters (lit.) and tirets, as the „Zasady
techniki prawodawczej” describe (Dz. U. z 2026 r. poz. 300, the current consolidated text).
A unit that was inserted between two existing ones carries a letter suffix (`§ 30a`,
`ust. 2a`, `lit. aa`); that suffix is what tells an insertion („po ust. 2 dodaje się
ust. 2a”) from an addition at the end („dodaje się ust. 5”).

Above the paragraphs an act has chapters (Rozdział 3, whose title may change) and annexes
(„załącznik nr 1”, e.g. the schemat organizacyjny); below a unit, a change may reach only one
sentence („zdanie drugie”) or some words. `parse_target` reads all of these from the
Jednostka redakcyjna cell.

This module is pure: parsing, canonical text and a natural total order. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import total_ordering

NBSP = "\u00a0"


class Level(IntEnum):
    """The levels of the hierarchy, outermost first."""

    PARAGRAPH = 0
    USTEP = 1
    POINT = 2
    LETTER = 3
    TIRET = 4
    CHAPTER = 5  # after every paragraph: which paragraphs a chapter holds is not known
    ANNEX = 6

    @property
    def abbreviation(self) -> str:
        """How the level is named before its identifier: `§`, `ust.`, `pkt`, `lit.`, `tiret`."""
        return _ABBREVIATIONS[self]


_ABBREVIATIONS = {
    Level.PARAGRAPH: "§",
    Level.USTEP: "ust.",
    Level.POINT: "pkt",
    Level.LETTER: "lit.",
    Level.TIRET: "tiret",
    Level.CHAPTER: "Rozdział",
    Level.ANNEX: "załącznik nr",
}

# Tirets are not numbered in the text; they are cited by a neuter ordinal: „tiret drugie”.
_TIRET_ORDINALS = (
    "pierwsze",
    "drugie",
    "trzecie",
    "czwarte",
    "piąte",
    "szóste",
    "siódme",
    "ósme",
    "dziewiąte",
    "dziesiąte",
    "jedenaste",
    "dwunaste",
    "trzynaste",
    "czternaste",
    "piętnaste",
    "szesnaste",
    "siedemnaste",
    "osiemnaste",
    "dziewiętnaste",
    "dwudzieste",
)

_NUMBERED_ID = re.compile(r"([1-9][0-9]*)([a-z]*)")  # `12`, `30a`, `2aa`
_LETTER_ID = re.compile(r"[a-z]+")  # `a`, `aa`, `za`
_TIRET_ID = re.compile(r"[1-9][0-9]*")
_CHAPTER_ID = re.compile(r"[1-9][0-9]*[A-Z]?|[IVXLC]+")


@dataclass(frozen=True)
class UnitPart:
    """One level of a unit's address, e.g. `ust. 3`."""

    level: Level
    ident: str

    def __str__(self) -> str:
        return self.text()

    def text(self, *, nbsp: bool = False) -> str:
        space = NBSP if nbsp else " "
        if self.level is Level.TIRET:
            return f"tiret{space}{_tiret_ordinal(self.ident)}"
        if self.level is Level.ANNEX and not self.ident:
            return "załącznik"  # the act's only annex
        return f"{self.level.abbreviation}{space}{self.ident}"


def _tiret_ordinal(ident: str) -> str:
    number = int(ident)
    return _TIRET_ORDINALS[number - 1] if number <= len(_TIRET_ORDINALS) else ident


def ordinal(number: int) -> str:
    """The neuter ordinal a sentence or tiret is cited by: 2 → „drugie”."""
    return _TIRET_ORDINALS[number - 1] if 0 < number <= len(_TIRET_ORDINALS) else str(number)


def ordinal_locative(number: int) -> str:
    """The ordinal after „po” and „w”: 1 → „pierwszym”, 3 → „trzecim”."""
    word = ordinal(number)
    if not word.isalpha():
        return word
    return word[:-2] + "im" if word.endswith("ie") else word[:-1] + "ym"


@total_ordering
@dataclass(frozen=True)
class EditorialUnit:
    """An address such as `§ 12 ust. 3 pkt 4 lit. a`.

    Identifiers are strings: `paragraph`, `ustep` and `point` are a number with an optional
    lowercase letter suffix (`"30a"`), `letter` is lowercase Latin letters (`"a"`, `"aa"`),
    `tiret` is the tiret's ordinal as digits (`"2"` for „tiret drugie”). A level may be
    skipped only where acts skip it: `ust.` (`§ 12 pkt 4`); a letter needs a point and a tiret
    needs a point or a letter. A chapter (`"3"`, `"III"`) or an annex (`"1"`, or `""` for the
    act's only annex) stands alone, without a paragraph.
    """

    paragraph: str | None = None
    ustep: str | None = None
    point: str | None = None
    letter: str | None = None
    tiret: str | None = None
    chapter: str | None = None
    annex: str | None = None

    def __post_init__(self) -> None:
        for name in ("paragraph", "ustep", "point", "letter", "tiret", "annex"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, str(value).strip().lower())
        if self.chapter is not None:
            object.__setattr__(self, "chapter", str(self.chapter).strip().upper())
        if self.chapter is not None or self.annex is not None:
            self._check_division()
            return
        if self.paragraph is None:
            raise ValueError("brak paragrafu")
        _check(_NUMBERED_ID, self.paragraph, "§")
        _check(_NUMBERED_ID, self.ustep, "ust.")
        _check(_NUMBERED_ID, self.point, "pkt")
        _check(_LETTER_ID, self.letter, "lit.")
        _check(_TIRET_ID, self.tiret, "tiret")
        if self.letter is not None and self.point is None:
            raise ValueError("a letter must belong to a point")
        if self.tiret is not None and self.point is None:
            raise ValueError("a tiret must belong to a point or a letter")

    def _check_division(self) -> None:
        inner = (self.paragraph, self.ustep, self.point, self.letter, self.tiret)
        if any(value is not None for value in inner) or None not in (self.chapter, self.annex):
            raise ValueError("rozdział i załącznik nie mają jednostek wewnętrznych")
        _check(_CHAPTER_ID, self.chapter, "Rozdział")
        if self.annex:
            _check(_NUMBERED_ID, self.annex, "załącznik nr")

    # --- structure ---------------------------------------------------------------------------

    @property
    def parts(self) -> tuple[UnitPart, ...]:
        """The present levels, outermost first: `(§ 12, ust. 3, pkt 4)`."""
        values = (
            self.paragraph,
            self.ustep,
            self.point,
            self.letter,
            self.tiret,
            self.chapter,
            self.annex,
        )
        return tuple(
            UnitPart(level, value)
            for level, value in zip(Level, values, strict=True)
            if value is not None
        )

    @property
    def depth(self) -> int:
        """1 for a bare paragraph, 2 for `§ 12 ust. 3` or `§ 12 pkt 4`, and so on."""
        return len(self.parts)

    @property
    def last_part(self) -> UnitPart:
        return self.parts[-1]

    @property
    def last_level(self) -> Level:
        return self.last_part.level

    @property
    def last_level_name(self) -> str:
        """`§`, `ust.`, `pkt`, `lit.` or `tiret`."""
        return self.last_level.abbreviation

    @property
    def designation(self) -> str:
        """How the unit is marked in the act's own text: `§ 30a.`, `3a.`, `4)`, `a)`, `–`."""
        ident = self.last_part.ident
        match self.last_level:
            case Level.PARAGRAPH:
                return f"§ {ident}."
            case Level.USTEP:
                return f"{ident}."
            case Level.POINT | Level.LETTER:
                return f"{ident})"
            case Level.TIRET:
                return "–"
            case _:
                return ""  # a chapter's or annex's wording is quoted as typed

    def starts_with_designation(self, text: str) -> bool:
        """Whether `text` already begins with this unit's mark (`§30a.`, `3a.`, `4)`, `a )`)."""
        mark = re.escape(self.designation).replace(r"\ ", r"\s*")
        mark = re.sub(r"(\\\.|\\\))$", r"\\s*\1", mark)
        return re.match(mark, text.lstrip(), flags=re.IGNORECASE) is not None

    @property
    def is_paragraph(self) -> bool:
        return self.depth == 1 and self.paragraph is not None

    @property
    def is_division(self) -> bool:
        """A chapter or an annex: outside the paragraphs."""
        return self.chapter is not None or self.annex is not None

    @property
    def parent(self) -> EditorialUnit | None:
        """The enclosing unit; None for a paragraph."""
        parts = self.parts
        return None if len(parts) == 1 else from_parts(parts[:-1])

    @property
    def ancestors(self) -> tuple[EditorialUnit, ...]:
        """Enclosing units, outermost first (the paragraph first); empty for a paragraph."""
        parts = self.parts
        return tuple(from_parts(parts[:n]) for n in range(1, len(parts)))

    def contains(self, other: EditorialUnit) -> bool:
        """True when `other` is this unit or lies inside it."""
        mine = self.parts
        return other.parts[: len(mine)] == mine

    @property
    def predecessor(self) -> EditorialUnit | None:
        """The sibling after which an inserted unit goes: `2a` → `2`, `3b` → `3a`, `30a` → `30`.

        None for a unit without a suffix: such a unit, when added, goes at the end.
        """
        before = _previous_ident(self.last_part)
        if before is None:
            return None
        return from_parts((*self.parts[:-1], UnitPart(self.last_level, before)))

    @property
    def preceding(self) -> EditorialUnit | None:
        """The sibling right before an unsuffixed unit: `pkt 5` → `pkt 4`, `lit. c` → `lit. b`;
        None for the first unit, a suffixed one, a chapter or an annex."""
        part = self.last_part
        if part.level in (Level.CHAPTER, Level.ANNEX) or self.predecessor is not None:
            return None
        if part.level is Level.LETTER:
            if len(part.ident) != 1 or part.ident == "a":
                return None
            before = chr(ord(part.ident) - 1)
        else:
            number = int(_NUMBERED_ID.fullmatch(part.ident).group(1))  # type: ignore[union-attr]
            if number == 1:
                return None
            before = str(number - 1)
        return from_parts((*self.parts[:-1], UnitPart(part.level, before)))

    # --- text ----------------------------------------------------------------------------------

    def __str__(self) -> str:
        return self.text()

    def text(self, *, nbsp: bool = False) -> str:
        """Canonical form; with `nbsp`, non-breaking spaces keep `§` and its number together."""
        return " ".join(part.text(nbsp=nbsp) for part in self.parts)

    # --- order ---------------------------------------------------------------------------------

    def sort_key(self) -> tuple[tuple[int, int, str], ...]:
        """Natural order: `§ 2 < § 10 < § 10a < § 11`; a unit right after its parent."""
        return tuple((part.level, *_ident_key(part)) for part in self.parts)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EditorialUnit):
            return NotImplemented
        return self.sort_key() < other.sort_key()


def _check(pattern: re.Pattern[str], value: str | None, name: str) -> None:
    if value is not None and not pattern.fullmatch(value):
        raise ValueError(f"niepoprawne oznaczenie jednostki: {name} {value!r}")


def _ident_key(part: UnitPart) -> tuple[int, str]:
    if part.level is Level.LETTER:
        return (0, part.ident)
    if part.level is Level.CHAPTER and not part.ident[:1].isdigit():
        return (_roman_value(part.ident), "")
    if part.level is Level.ANNEX and not part.ident:
        return (0, "")
    match = _NUMBERED_ID.fullmatch(part.ident)
    assert match is not None  # guaranteed by EditorialUnit.__post_init__
    return (int(match.group(1)), match.group(2))


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for char, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = values[char]
        total += -value if following and values[following] > value else value
    return total


def _previous_ident(part: UnitPart) -> str | None:
    """The identifier an inserted unit follows, or None when it has no insertion suffix."""
    if part.level in (Level.TIRET, Level.CHAPTER, Level.ANNEX):
        return None
    if part.level is Level.LETTER:
        stem, suffix = part.ident[:1], part.ident[1:]
    else:
        match = _NUMBERED_ID.fullmatch(part.ident)
        assert match is not None
        stem, suffix = match.group(1), match.group(2)
    if not suffix:
        return None
    head, last = suffix[:-1], suffix[-1]
    # `2aa` follows `2a`, `2ab` follows `2aa`; `2a` follows `2`, `2b` follows `2a`.
    return stem + head if last == "a" else stem + head + chr(ord(last) - 1)


def from_parts(parts: tuple[UnitPart, ...]) -> EditorialUnit:
    """Build a unit from its levels (the inverse of `EditorialUnit.parts`)."""
    values: dict[Level, str] = {part.level: part.ident for part in parts}
    return EditorialUnit(
        paragraph=values.get(Level.PARAGRAPH),
        chapter=values.get(Level.CHAPTER),
        annex=values.get(Level.ANNEX),
        ustep=values.get(Level.USTEP),
        point=values.get(Level.POINT),
        letter=values.get(Level.LETTER),
        tiret=values.get(Level.TIRET),
    )


# --- parsing -------------------------------------------------------------------------------

_SPACE_LIKE = re.compile(r"[\s\u00a0\u2007\u202f\u2060]+")
_NUM = r"([0-9]+[a-z]{0,2})"  # a longer tail is a misspelt `ust`/`pkt`, not a suffix
_UNIT = re.compile(
    rf"""
    (?:§|paragraf|par\.?)\s*{_NUM}
    (?:\s*,?\s*(?:ustęp|ust\.?)\s*{_NUM})?
    (?:\s*,?\s*(?:punkt|pkt\.?)\s*{_NUM}\)?)?
    (?:\s*,?\s*(?:litera|lit\.?)\s*([a-z]+)\)?)?
    (?:\s*,?\s*tiret\s*([0-9]+|[a-ząćęłńóśźż]+))?
    \s*[.,;:]?
    """,
    re.VERBOSE,
)


def parse_unit(text: str) -> EditorialUnit | None:
    """Read a unit as users type it; None when the text is not a unit.

    Accepts `§12`, `par. 12`, `§ 12 ust.3`, `§ 12 ust 3 pkt 4`, `§ 30a`, `§ 12 pkt 4`,
    `§ 5 ust. 2 pkt 1 lit a)`, `§ 5 ust. 2 pkt 1 lit. a tiret drugie`, any case, any
    spacing (including non-breaking spaces), and a trailing dot, comma or semicolon.
    """
    if not isinstance(text, str):
        return None
    normalized = _SPACE_LIKE.sub(" ", text).strip().lower()
    match = _UNIT.fullmatch(normalized)
    if match is None:
        return None
    paragraph, ustep, point, letter, tiret = match.groups()
    if tiret is not None:
        tiret = _parse_tiret(tiret)
        if tiret is None:
            return None
    try:
        return EditorialUnit(paragraph, ustep, point, letter, tiret)
    except ValueError:
        return None  # e.g. `§ 0`, `§ 012`, a letter without a point


def _parse_tiret(text: str) -> str | None:
    if text.isdigit():
        return text
    if text in _TIRET_ORDINALS:
        return str(_TIRET_ORDINALS.index(text) + 1)
    return None
