"""The quoted wording: typed marks and outer quotes removed, ASCII quotes made Polish."""

from __future__ import annotations

import re

from generator.domain.model import Change, ChangeKind
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit, Level

OPEN_QUOTE = "\u201e"  # „
CLOSE_QUOTE = "\u201d"  # ”


# --- the quoted wording ----------------------------------------------------------------------


def _quoted(change: Change) -> str | None:
    """What follows the lead in quotes; None when nothing is quoted (a repeal, a word change,
    an annex given by the amending act's own annex)."""
    if change.kind is ChangeKind.REPEAL or change.scope is Scope.WORDS:
        return None
    if change.unit.annex is not None:
        return None
    return _wording(change)


def _clean_text(text: str | None) -> str:
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


_OUTER_QUOTES = re.compile(r'^[„“”"«»]+(?P<body>.*?)[”“"«»]+$', re.DOTALL)
_ASCII_QUOTED = re.compile(r'"([^"\n]*)"')


def _strip_outer_quotes(text: str) -> str:
    match = _OUTER_QUOTES.match(text)
    return match.group("body").strip() if match else text


def polish_quotes(text: str) -> str:
    """Pairs of ASCII quotes as Polish ones: "EZD" → „EZD”."""
    return _ASCII_QUOTED.sub(lambda m: f"{OPEN_QUOTE}{m.group(1)}{CLOSE_QUOTE}", text)


def has_ascii_quotes(text: str | None) -> bool:
    """Whether a wording holds ASCII quotes inside it (outer quotes aside)."""
    return '"' in _strip_outer_quotes(_clean_text(text))


def _wording(change: Change) -> str:
    """The proposed wording as quoted: the whole unit with its own mark („3a. …”, „§ 30a. …”,
    „4) …”), as the technique requires. Typed outer quotes are dropped, a typed mark of the
    unit („3.”, „3)”, „ust. 3”, „§30a.”) is replaced by the canonical one, ASCII quotes inside
    become „…”. A sentence, a chapter title or a whole chapter is quoted without a mark."""
    text = polish_quotes(_strip_outer_quotes(_clean_text(change.proposed)))
    unit = change.unit
    if change.scope is not Scope.UNIT or unit.is_division:
        return text
    text = _strip_typed_mark(unit, text)
    return f"{unit.designation} {text}"


def _strip_typed_mark(unit: EditorialUnit, text: str) -> str:
    part = unit.last_part
    ident = re.escape(part.ident)
    names = {
        Level.PARAGRAPH: r"(?:§|par\.?)\s*",
        Level.USTEP: r"(?:ust\.?\s*)?",
        Level.POINT: r"(?:pkt\.?\s*)?",
        Level.LETTER: r"(?:lit\.?\s*)?",
    }
    if part.level not in names:
        return re.sub(r"^[–—-]\s*", "", text)
    ends = r"\)" if part.level is Level.LETTER else r"[.)]"  # „c.” may be a word
    mark = re.compile(rf"^{names[part.level]}{ident}\s*{ends}\s*", re.IGNORECASE)
    return mark.sub("", text, count=1)
