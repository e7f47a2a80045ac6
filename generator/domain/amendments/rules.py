"""Rules across the rows of Zmiany: conflicting changes and too many of them (§ 84 ZTP)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from generator.domain.amendments.grouping import _document_key
from generator.domain.amendments.provision import _partial
from generator.domain.model import Change, ChangeKind
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit, ordinal

# --- rules across rows: conflicts, size --------------------------------------------------------


def target_text(change: Change) -> str:
    """What a row changes, as cited: „§ 5 ust. 2”, „§ 5 ust. 2 zdanie drugie”, „§ 5 ust. 2
    (wyrazy)”, „tytuł rozdziału 3”, „załącznik nr 1”."""
    unit = change.unit.text()
    match change.scope:
        case Scope.SENTENCE:
            return f"{unit} zdanie {ordinal(change.sentence or 1)}"
        case Scope.WORDS:
            return f"{unit} (wyrazy)"
        case Scope.TITLE:
            return f"tytuł rozdziału {change.unit.last_part.ident}"
        case _:
            return unit


ConflictKind = Literal["same", "added twice", "inside", "inside repealed"]


@dataclass(frozen=True)
class Conflict:
    """Two rows that cannot both stand in one amending act; `change` is reported, naming
    `other` (for `inside*`, `other` changes a unit that holds `change`'s unit)."""

    kind: ConflictKind
    change: Change
    other: Change


def conflicts(changes: Iterable[Change]) -> tuple[Conflict, ...]:
    """Rows of one workbook that contradict each other, per document: the same unit twice
    (the same sentence, the whole unit and its sentence), a unit added twice, a unit inside
    one another row replaces or repeals as a whole. Changes of different words or different
    sentences of one unit may stand side by side."""
    by_unit: dict[tuple[str, EditorialUnit], list[Change]] = {}
    found: list[Conflict] = []
    rows = sorted(changes, key=lambda change: change.source.row)
    for change in rows:
        document = _document_key(change.document)
        for earlier in by_unit.get((document, change.unit), ()):
            if _clash(earlier, change):
                both_add = earlier.kind is change.kind is ChangeKind.ADD
                found.append(Conflict("added twice" if both_add else "same", change, earlier))
        by_unit.setdefault((document, change.unit), []).append(change)
    for change in rows:
        document = _document_key(change.document)
        for outer_unit in change.unit.ancestors:
            for outer in by_unit.get((document, outer_unit), ()):
                if not _partial(outer) and outer.scope is not Scope.TITLE:
                    repealed = outer.kind is ChangeKind.REPEAL
                    found.append(
                        Conflict("inside repealed" if repealed else "inside", change, outer)
                    )
    return tuple(found)


def _clash(first: Change, second: Change) -> bool:
    if _partial(first) and _partial(second):
        return first.scope is second.scope is Scope.SENTENCE and first.sentence == second.sentence
    return True


# § 84 ZTP: when changes would be many, a new act is issued instead of an amendment.
MANY_CHANGES = 25


def too_many_changes(changes: Sequence[Change]) -> bool:
    """Whether the changes to one document call for a new act (§ 84 ZTP): more than
    `MANY_CHANGES` rows, or at least 10 paragraphs changed that are more than half of the
    paragraphs up to the highest one changed (a lower bound of the act's size)."""
    if len(changes) > MANY_CHANGES:
        return True
    paragraphs = {c.unit.paragraph for c in changes if c.unit.paragraph is not None}
    numbers = [int(re.match(r"\d+", p).group()) for p in paragraphs]  # type: ignore[union-attr]
    return len(paragraphs) >= 10 and len(paragraphs) > max(numbers, default=0) / 2
