"""What a row of Zmiany reaches: a unit, one sentence of it, some words, a chapter's title or
an annex — parsed from the „Jednostka redakcyjna” cell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from generator.domain.units import _SPACE_LIKE, _TIRET_ORDINALS, EditorialUnit, parse_unit

# --- what a change reaches: the unit, one sentence, some words, a chapter title ------------


class Scope(Enum):
    """How much of a unit a change touches."""

    UNIT = "unit"  # the whole unit („ust. 2 otrzymuje brzmienie:”)
    SENTENCE = "sentence"  # „ust. 2 zdanie drugie otrzymuje brzmienie:”
    WORDS = "words"  # „w ust. 2 wyrazy „…” zastępuje się wyrazami „…””
    TITLE = "title"  # „tytuł rozdziału 3 otrzymuje brzmienie:”


@dataclass(frozen=True)
class Target:
    """What one row of Zmiany changes: a unit, the part of it, and the clerk's word on the
    punctuation of the neighbouring list element (None: let the tool judge)."""

    unit: EditorialUnit
    scope: Scope = Scope.UNIT
    sentence: int | None = None
    fix_punctuation: bool | None = None


_NO_FIX = re.compile(r"\(?\s*bez\s+zmiany\s+interpunkcji\s*\)?\s*$")
_FIX = re.compile(r"\(?\s*ze?\s+zmianą\s+interpunkcji\s*\)?\s*$")
_SENTENCE = re.compile(r"^(.*?)[\s,]+(?:zdanie|zd\.)\s*([0-9]+|[a-ząćęłńóśźż]+)$")
_WORDS = re.compile(r"^(.*?)[\s,]+\(?(?:wyrazy|wyraz)\)?$")
_CHAPTER = re.compile(
    r"^(?:(tytuł)\s+(?:rozdziału|rozdz\.?)|(?:rozdział|rozdz\.?))\s*([0-9]+[a-z]?|[ivxlc]+)"
    r"(?:\s+(tytuł))?\.?$"
)
_ANNEX = re.compile(r"^(?:załącznik|zał\.?)(?:\s*(?:nr|numer)?\s*([0-9]+[a-z]?))?\.?$")


def parse_target(text: str) -> Target | None:
    """Read the Jednostka redakcyjna cell; None when it names nothing an act has.

    Besides units (`parse_unit`): `§ 5 ust. 2 zdanie drugie` (or `zd. 2`), `§ 5 ust. 2
    wyrazy`, `Rozdział 3` / `Rozdział III`, `tytuł rozdziału 3` (or `Rozdział 3 tytuł`),
    `załącznik nr 1` / `załącznik`; a closing `(bez zmiany interpunkcji)` or `(ze zmianą
    interpunkcji)` overrides the tool's guess about the end of a list.
    """
    if not isinstance(text, str):
        return None
    normalized = _SPACE_LIKE.sub(" ", text).strip().lower()
    fix: bool | None = None
    for pattern, value in ((_NO_FIX, False), (_FIX, True)):
        if pattern.search(normalized):
            normalized, fix = pattern.sub("", normalized).strip(), value
    division = _parse_division(normalized)
    if division is not None:
        return Target(division[0], division[1], None, fix)
    scope, sentence = Scope.UNIT, None
    if match := _SENTENCE.match(normalized):
        sentence = _parse_ordinal(match.group(2))
        if sentence is None:
            return None
        normalized, scope = match.group(1), Scope.SENTENCE
    elif match := _WORDS.match(normalized):
        normalized, scope = match.group(1), Scope.WORDS
    unit = parse_unit(normalized)
    return None if unit is None else Target(unit, scope, sentence, fix)


def _parse_division(text: str) -> tuple[EditorialUnit, Scope] | None:
    if match := _CHAPTER.match(text):
        title = match.group(1) or match.group(3)
        scope = Scope.TITLE if title else Scope.UNIT
        try:
            return EditorialUnit(chapter=match.group(2)), scope
        except ValueError:
            return None
    if match := _ANNEX.match(text):
        return EditorialUnit(annex=match.group(1) or ""), Scope.UNIT
    return None


def _parse_ordinal(text: str) -> int | None:
    if text.isdigit():
        return int(text) if int(text) > 0 else None
    return _TIRET_ORDINALS.index(text) + 1 if text in _TIRET_ORDINALS else None
