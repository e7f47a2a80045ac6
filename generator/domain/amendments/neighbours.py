"""What a change does to its neighbours: the punctuation at the end of a list, and the
annexes the amending act adds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.domain.amendments.grouping import order_changes
from generator.domain.amendments.wording import CLOSE_QUOTE, OPEN_QUOTE, _clean_text
from generator.domain.model import Change, ChangeKind
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit, Level, UnitPart, ordinal_locative

# --- the end of a list: the neighbour's punctuation ----------------------------------------

_LIST_LEVELS = (Level.POINT, Level.LETTER, Level.TIRET)
# The mark between the elements of a list at each level; the last element ends with „.”.
_SEPARATOR_MARK = {Level.POINT: "średnik", Level.LETTER: "przecinek", Level.TIRET: "przecinek"}
_INSTRUMENTAL = {"średnik": "średnikiem", "przecinek": "przecinkiem", "kropka": "kropką"}
_ACCUSATIVE = {"średnik": "średnik", "przecinek": "przecinek", "kropka": "kropkę"}


def _settle_punctuation(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """Decide, for each change, whether the preceding list element's punctuation changes.

    Adding an unsuffixed point, letter or tiret adds it at the end of its list: the element
    before it loses its closing „.”. Repealing a point whose current wording ends with „.”
    repeals the last element: the one before it gets the „.”. The clerk's „(bez zmiany
    interpunkcji)” or „(ze zmianą interpunkcji)” wins; no fix when another row already gives
    the neighbour a new wording.
    """
    changed = {change.unit for change in changes if change.scope is Scope.UNIT}
    settled: list[Change] = []
    for change in changes:
        neighbour = change.unit.preceding
        applies = (
            change.scope is Scope.UNIT
            and change.unit.last_level in _LIST_LEVELS
            and neighbour is not None
            and neighbour not in changed
            and change.kind is not ChangeKind.REPLACE
        )
        fix = change.fix_punctuation
        if fix is None:
            fix = applies and _ends_list(change)
        settled.append(replace(change, fix_punctuation=bool(fix and applies)))
    return tuple(settled)


def _ends_list(change: Change) -> bool:
    if change.kind is ChangeKind.ADD:
        return True
    return (change.current or "").rstrip().rstrip(OPEN_QUOTE + CLOSE_QUOTE + '"').endswith(".")


def _punctuation_words(change: Change, *, add: bool) -> str:
    """„w pkt 4 kropkę zastępuje się średnikiem i ” (before „dodaje się pkt 5”), or
    „w pkt 4 średnik zastępuje się kropką i ” (before „uchyla się pkt 5”); "" when none."""
    neighbour = change.unit.preceding
    if not change.fix_punctuation or neighbour is None:
        return ""
    separator = _SEPARATOR_MARK[change.unit.last_level]
    old, new = ("kropka", separator) if add else (separator, "kropka")
    where = _locative(neighbour.last_part)
    return f"w {where} {_ACCUSATIVE[old]} zastępuje się {_INSTRUMENTAL[new]} i "


# --- annexes ---------------------------------------------------------------------------------


def _annex_references(changes: tuple[Change, ...], amending_act: str) -> dict[EditorialUnit, str]:
    """Where each new annex's wording is: „załączniku do niniejszego zarządzenia” for one,
    „załączniku nr 2 do niniejszego zarządzenia” when the amending act has several."""
    units = [
        c.unit for c in changes if c.unit.annex is not None and c.kind is not ChangeKind.REPEAL
    ]
    if len(units) == 1:
        return {units[0]: f"załączniku do {amending_act}"}
    return {unit: f"załączniku nr {n} do {amending_act}" for n, unit in enumerate(units, 1)}


def annex_wordings(changes: Sequence[Change]) -> tuple[tuple[str, str], ...]:
    """The annexes of the amending act, in order: (its number, "" for a single annex; the
    new wording as typed). The documents print each as a page „Załącznik [nr n] do
    zarządzenia Nr …/… z dnia …” followed by the wording."""
    units = [
        c
        for c in order_changes(changes)
        if c.unit.annex is not None and c.kind is not ChangeKind.REPEAL
    ]
    if len(units) == 1:
        return (("", _clean_text(units[0].proposed)),)
    return tuple((str(n), _clean_text(c.proposed)) for n, c in enumerate(units, 1))

def _locative(part: UnitPart) -> str:
    if part.level is Level.TIRET:
        return f"tiret {ordinal_locative(int(part.ident))}"
    if part.level is Level.CHAPTER:
        return f"rozdziale {part.ident}"
    if part.level is Level.ANNEX:
        return f"załączniku nr {part.ident}" if part.ident else "załączniku"
    return str(part)
