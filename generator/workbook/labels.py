"""Tolerant matching of what users type against the workbook's labels (SPEC §2).

Sheet, column and closed-list labels match whatever their case, spacing, dashes or Unicode
composition (`normalize_label`); a name made of look-alike letters from another script, or
with characters that print nothing, is recognised for what it imitates (`look_alike`), so
the reader can say why it does not match; a voivodeship matches in any of the forms clerks
type (`canonical_voivodeship`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_VOIVODESHIP_PREFIX = re.compile(r"^(województw[oa]|woj\.?)\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")


def normalize_label(text: str) -> str:
    """Normalise a sheet/column/list label for tolerant matching (SPEC §2).

    Tolerates case, surrounding and repeated whitespace, the dash variants and Unicode
    composition differences (a Polish letter typed as base + combining mark).
    """
    text = unicodedata.normalize("NFC", text)
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip()
    return text.casefold()


# Characters that print nothing yet change how text reads or compares: zero-width spaces and
# joiners, direction marks, embeddings, overrides and isolates, the word joiner and invisible
# operators, the byte order mark. „Zakup \u202ewolanretni\u202c sprzętu” prints as „Zakup
# internalow sprzętu”. Right-to-left letters themselves (Arabic, Hebrew) are not here.
INVISIBLE = re.compile(
    "[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


@dataclass(frozen=True)
class LookAlike:
    """A name with characters that imitate others: what it imitates, and which they are.

    `foreign` holds (character, its script, the Latin text it imitates); `invisible` the
    characters that print nothing.
    """

    skeleton: str
    foreign: tuple[tuple[str, str, str], ...]
    invisible: tuple[str, ...]


def look_alike(text: str) -> LookAlike | None:
    """How `text` reads once look-alike letters are read as the Latin ones they imitate and
    invisible characters are dropped; None when it has neither (Unicode TR39 confusables)."""
    from confusable_homoglyphs import confusables  # only for names that match no sheet

    invisible = tuple(dict.fromkeys(INVISIBLE.findall(text)))
    visible = INVISIBLE.sub("", text)
    foreign: dict[str, tuple[str, str, str]] = {}
    for found in confusables.is_confusable(visible, greedy=True, preferred_aliases=["latin"]) or ():
        latin = next((h["c"] for h in found["homoglyphs"] if h["n"].startswith("LATIN")), None)
        if latin is not None:
            foreign.setdefault(found["character"], (found["character"], found["alias"], latin))
    for char in visible:  # fullwidth and other compatibility forms: „Ｐ” for „P”
        plain = unicodedata.normalize("NFKC", char)
        if plain != char and plain.isascii() and char not in foreign:
            foreign[char] = (char, "", plain)
    if not invisible and not foreign:
        return None
    skeleton = "".join(foreign[c][2] if c in foreign else c for c in visible)
    return LookAlike(skeleton, tuple(foreign.values()), invisible)


def canonical_voivodeship(text: str) -> str | None:
    """`Województwo Wielkopolskie`, ` wielkopolskiego` → `wielkopolskie`; None if unknown."""
    # Imported here: schema imports this module (see the end of schema.py).
    from generator.workbook.schema import VOIVODESHIPS

    name = _VOIVODESHIP_PREFIX.sub("", normalize_label(text))
    name = re.sub(r"\s*-\s*", "-", name)
    if name.endswith("iego"):
        name = name[:-4] + "ie"
    return name if name in VOIVODESHIPS else None


def _folded(text: str) -> str:
    """A label without case, spacing differences or Polish diacritics („Nadzór” → „nadzor”)."""
    decomposed = unicodedata.normalize("NFKD", normalize_label(text).replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def near_miss(text: str, names: Iterable[str]) -> str | None:
    """The name of `names` that `text` was most likely meant to be — typed without a Polish
    letter („Nadzor”, „Zapewnil”) or with a letter missing or swapped — else None."""
    by_folded = {_folded(name): name for name in names}
    close = difflib.get_close_matches(_folded(text), list(by_folded), n=1, cutoff=0.85)
    return by_folded[close[0]] if close else None
