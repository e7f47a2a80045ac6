"""Which document a change belongs to, and the changes of one document in unit order."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.domain.model import Change
from generator.workbook.labels import normalize_label
from generator.workbook.schema import DOCUMENT_REGULAMIN, DOCUMENT_STATUTE

# --- ordering and documents ----------------------------------------------------------------


def order_changes(changes: Iterable[Change]) -> tuple[Change, ...]:
    """Changes in the order of their units (§ 2 < § 10 < § 10a); stable for equal units."""
    return tuple(sorted(changes, key=lambda change: change.unit.sort_key()))


# The full names offices type: „Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo”,
# „Regulamin organizacyjny Urzędu Gminy w Kościelisku”, „Statut Gminy Kościelisko”,
# „Statut Miasta i Gminy Przykładowo”, „Statut Gminy Miejskiej …”, „Statut Miasta …”.
_REGULAMIN_NAME = re.compile(r"regulamin organizacyjny(?: urzędu\b.*)?")
_STATUTE_NAME = re.compile(r"statut(?: (?:gminy|miasta)\b.*)?")


def is_regulamin(document: str) -> bool:
    """Whether `document` names the office's organisational rules, short or in full (any
    case and spacing)."""
    return _REGULAMIN_NAME.fullmatch(normalize_label(document)) is not None


def is_statute(document: str) -> bool:
    """Whether `document` names the gmina's statute, short or in full (any case, spacing)."""
    return _STATUTE_NAME.fullmatch(normalize_label(document)) is not None


def looks_like_act(document: str) -> bool:
    """A name that mentions a regulamin or a statut yet is neither the office's regulamin nor
    the gmina's statute („Regulamin organizacjny”, „Statut Urzędu”): its changes get no draft
    act, so the clerk is warned."""
    if is_regulamin(document) or is_statute(document):
        return False
    name = normalize_label(document)
    head = " ".join(name.split()[:2])
    near = difflib.SequenceMatcher(None, head, "regulamin organizacyjny").ratio() >= 0.8
    return near or "organizac" in name or "statut" in name or name.startswith("stat")


@dataclass(frozen=True)
class DocumentChanges:
    """The changes to one document, in unit order."""

    document: str
    changes: tuple[Change, ...]

    @property
    def is_regulamin(self) -> bool:
        return is_regulamin(self.document)

    @property
    def is_statute(self) -> bool:
        return is_statute(self.document)


_POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"


def _polish_key(text: str) -> tuple[tuple[int, int], ...]:
    """Alphabetical order with Polish letters in place (ą after a, ł after l, ż last)."""
    return tuple(
        (1, _POLISH_ALPHABET.index(char)) if char in _POLISH_ALPHABET else (0, ord(char))
        for char in normalize_label(text)
    )


def _document_rank(document: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    if is_regulamin(document):
        return (0, ())
    if is_statute(document):
        return (1, ())
    return (2, _polish_key(document))


def document_groups(changes: Iterable[Change]) -> tuple[DocumentChanges, ...]:
    """Changes grouped by document: the regulamin, the statute, then others alphabetically.

    Names that differ only in case or spacing are one document; the regulamin and the statute
    are named as in the contract (`Regulamin organizacyjny`, `Statut`), any other document as
    first written (trimmed).
    """
    names: dict[str, str] = {}
    members: dict[str, list[Change]] = {}
    for change in changes:
        key = _document_key(change.document)
        if key not in names:
            names[key] = _display_name(change.document)
            members[key] = []
        members[key].append(change)
    ordered = sorted(names, key=lambda key: _document_rank(names[key]))
    return tuple(DocumentChanges(names[key], order_changes(members[key])) for key in ordered)


def _document_key(document: str) -> str:
    if is_regulamin(document):
        return normalize_label(DOCUMENT_REGULAMIN)
    if is_statute(document):
        return normalize_label(DOCUMENT_STATUTE)
    return normalize_label(document)


def _display_name(document: str) -> str:
    if is_regulamin(document):
        return DOCUMENT_REGULAMIN
    if is_statute(document):
        return DOCUMENT_STATUTE
    return " ".join(document.split())
