"""Drafting amendments: redlines for the change table and the amending provision's wording.

Everything here is pure text for the Word templates of documents 04, 05 and 06 (SPEC §4):

- `redline` — a word-level diff of the current and proposed wording (document 04), from
  `redline.py`;
- `amendment_text` — the amending provision in the form of the „Zasady techniki
  prawodawczej” (załącznik do rozporządzenia Prezesa Rady Ministrów z dnia 20 czerwca 2002 r.,
  cited as the current consolidated text, Dz. U. z 2026 r. poz. 300, Dział IV),
  e.g. „w § 15 ust. 2 otrzymuje brzmienie:” followed by the new wording in „…”;
- `legal_basis` — the act's opening sentence „Na podstawie … zarządza się, co następuje:”;
- `document_groups`, `is_regulamin`, `is_statute` — which document a change belongs to.

The proposed wording is quoted as typed (surrounding whitespace removed, line endings unified
to `\\n`), preceded by the unit's own mark when the clerk left it out. The uzasadnienie of the
drafts is built in `documents/contexts/changes.py`, one item per change.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from typing import Literal

from generator.domain import polish
from generator.domain.model import Change, ChangeKind
from generator.domain.redline import REDLINE_BUDGET as REDLINE_BUDGET
from generator.domain.redline import Segment as Segment
from generator.domain.redline import redline as redline
from generator.domain.units import (
    EditorialUnit,
    Level,
    Scope,
    UnitPart,
    from_parts,
    ordinal,
    ordinal_locative,
)
from generator.workbook.schema import DOCUMENT_REGULAMIN, DOCUMENT_STATUTE, normalize_label
from generator.workbook.values import ValueProblem, as_date

OPEN_QUOTE = "\u201e"  # „
CLOSE_QUOTE = "\u201d"  # ”


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


# --- the amending provision ----------------------------------------------------------------

END = "."
AMENDING_ORDINANCE = "niniejszego zarządzenia"
AMENDING_RESOLUTION = "niniejszej uchwały"
ITEM_END = ";"
SUBITEM_END = ","


@dataclass(frozen=True)
class ProvisionLine:
    """One rendered line (paragraph) of a provision, for templates that loop over lines.

    `level` is 0 for the intro, 1 for numbered items `1)`, 2 for lettered sub-items `a)`;
    quoted wording sits on the level of the item it belongs to, with `quoted` set.
    """

    text: str
    level: int
    quoted: bool = False


@dataclass(frozen=True)
class AmendmentItem:
    """One change, or a group of changes in one unit („w § 15:”), of an amending provision.

    - `label`: `1)`, `a)`, or "" when the provision holds a single change;
    - `lead`: the operative words: „w § 15 ust. 2 otrzymuje brzmienie:”, „uchyla się § 9”,
      „w § 15:” for a group; "" when the provision's intro already says it;
    - `quoted`: the new wording without quotes (line breaks kept), None for a repeal or group;
    - `tail`: the closing punctuation (`;`, `,`, `.`), written right after the closing quote,
      or after the lead when nothing is quoted; "" for a group (its last sub-item ends it);
    - `subitems`: the lettered sub-items of a group;
    - `change`: the change this item expresses (None for a group).
    """

    label: str
    lead: str
    quoted: str | None
    tail: str
    subitems: tuple[AmendmentItem, ...] = ()
    change: Change | None = None

    @property
    def heading(self) -> str:
        """`label` and `lead`, with the tail when nothing follows: „2) uchyla się § 9;”."""
        text = " ".join(part for part in (self.label, self.lead) if part)
        if text and self.quoted is None and not self.subitems:
            text += self.tail
        return text

    @property
    def quoted_text(self) -> str:
        """„wording” plus the tail; "" when nothing is quoted."""
        if self.quoted is None:
            return ""
        return f"{OPEN_QUOTE}{self.quoted}{CLOSE_QUOTE}{self.tail}"

    @property
    def quoted_lines(self) -> tuple[str, ...]:
        """`quoted_text` split at its line breaks (the quote opens the first, closes the last)."""
        return tuple(self.quoted_text.split("\n")) if self.quoted is not None else ()

    def lines(self, level: int = 1) -> tuple[ProvisionLine, ...]:
        result: list[ProvisionLine] = []
        if self.heading:
            result.append(ProvisionLine(self.heading, level))
        result.extend(ProvisionLine(line, level, quoted=True) for line in self.quoted_lines)
        for sub in self.subitems:
            result.extend(sub.lines(level + 1))
        return tuple(result)


@dataclass(frozen=True)
class AmendingProvision:
    """The amending paragraph (§ 1 of the draft ordinance or resolution).

    `intro` is the opening sentence: „W Regulaminie … wprowadza się następujące zmiany:” for
    several changes, or „W Regulaminie … § 8 otrzymuje brzmienie:” for a single one (then the
    one item has neither label nor lead, only the quoted wording and the final `.`), or the
    whole provision for a single repeal („W Regulaminie … uchyla się § 9.”, no items).
    """

    intro: str
    items: tuple[AmendmentItem, ...]

    @property
    def lines(self) -> tuple[ProvisionLine, ...]:
        """The provision as a flat list of lines, intro first."""
        result = [ProvisionLine(self.intro, 0)]
        for item in self.items:
            result.extend(item.lines())
        return tuple(result)


def provision_as_text(provision: AmendingProvision, prefix: str = "") -> str:
    """The provision as plain text, one line per `ProvisionLine` (`prefix` e.g. „§ 1. ”)."""
    lines = [line.text for line in provision.lines]
    lines[0] = prefix + lines[0]
    return "\n".join(lines)


def amendment_text(
    changes: Sequence[Change],
    act_intro: str,
    *,
    amending_act: str = AMENDING_ORDINANCE,
    levels: int = 2,
) -> AmendingProvision:
    """The amending provision for the changes to one document, in unit order.

    `act_intro` cites the amended act, e.g. „W Regulaminie Organizacyjnym … stanowiącym
    załącznik do Zarządzenia Nr 12/2019 … z dnia 5 marca 2019 r.”; it is used as given (only
    trailing whitespace is removed) and followed by a space, without a comma, as in the ZTP
    („W ustawie … § 8 otrzymuje brzmienie:”). A caller whose citation ends in a participial
    clause may end it with a comma itself. `amending_act` names the amending act in the
    genitive for annexes („określone w załączniku do niniejszego zarządzenia”). `levels` is
    how many levels of items the document prints: 2 (points and letters; a change deeper in a
    letter's unit repeats „w ust. 2 w pkt 4”) or 3 (tirets „–” add one more grouping level).

    Raises ValueError when there are no changes.
    """
    if not changes:
        raise ValueError("no changes to word")
    ordered = _settle_punctuation(order_changes(changes))
    intro = act_intro.rstrip()
    levels = max(1, min(levels, len(_LABELS)))
    drafter = _Drafter(_annex_references(ordered, amending_act), levels)
    entries = _entries(ordered, (), 0, levels)
    only = entries[0]
    if len(entries) == 1 and isinstance(only, _Run):
        return drafter.single(intro, only.changes)
    if len(entries) == 1 and isinstance(only, _Group):
        # All changes inside one unit: „W … w § 15 wprowadza się następujące zmiany: 1) …”.
        context = only.context.parts
        items = drafter.items(_entries(only.changes, context, 0, levels), context, 0, END)
        lead = _ancestry(context, ())
        return AmendingProvision(f"{intro} {lead} wprowadza się następujące zmiany:", items)
    items = drafter.items(entries, (), 0, END)
    return AmendingProvision(f"{intro} wprowadza się następujące zmiany:", items)


@dataclass(frozen=True)
class _Group:
    """Changes inside one unit, stated within `context` („w § 15 w ust. 2:”)."""

    context: EditorialUnit
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class _Run:
    """One change, or consecutive sibling units changed alike („ust. 3 i 4 otrzymują …”)."""

    changes: tuple[Change, ...]


_Entry = _Group | _Run
# Numbered points, letters, tirets: the three levels of an amending provision (ZTP).
_LABELS: tuple[Callable[[int], str], ...] = (
    lambda index: f"{index + 1})",
    lambda index: _letter_label(index),
    lambda index: "–",
)
_SEPARATORS = (ITEM_END, SUBITEM_END, SUBITEM_END)


def _entries(
    changes: tuple[Change, ...], context: tuple[UnitPart, ...], level: int, levels: int
) -> list[_Entry]:
    """Changes as the entries of one level: grouped by the unit right below `context` when
    several lie inside it (one more level of the provision), else one by one or merged."""
    entries: list[_Entry] = []
    singles: list[Change] = []
    depth = len(context) + 1
    for _, run in groupby(changes, key=lambda change: change.unit.parts[:depth]):
        members = tuple(run)
        inside = all(change.unit.depth > depth or _partial(change) for change in members)
        if len(members) > 1 and inside and level < levels - 1:
            group = _Group(_common_ancestor(members), members)
            inner = _entries(members, group.context.parts, level + 1, levels)
            if len(inner) == 1 and isinstance(inner[0], _Run):
                entries.append(inner[0])  # merged into one: „uchyla się ust. 3–5”
            else:
                entries.append(group)
        else:
            singles.extend(members)
    entries.extend(_Run(tuple(s)) for s in _merged(singles))
    return sorted(entries, key=lambda entry: _entry_key(entry))


def _entry_key(entry: _Entry) -> tuple[tuple[int, int, str], ...]:
    return (
        entry.context.sort_key() if isinstance(entry, _Group) else entry.changes[0].unit.sort_key()
    )


def _partial(change: Change) -> bool:
    return change.scope in (Scope.SENTENCE, Scope.WORDS)


def _common_ancestor(changes: tuple[Change, ...]) -> EditorialUnit:
    """The deepest unit containing every changed unit, strictly unless only part of a unit
    changes (a sentence or words of `ust. 2` sit inside `ust. 2`)."""
    all_parts = [change.unit.parts for change in changes]
    limit = min(len(c.unit.parts) - (0 if _partial(c) else 1) for c in changes)
    common: list[UnitPart] = []
    for level_parts in zip(*all_parts, strict=False):
        if len(common) == limit or any(part != level_parts[0] for part in level_parts):
            break
        common.append(level_parts[0])
    return from_parts(tuple(common))


def _merged(changes: list[Change]) -> list[list[Change]]:
    """Consecutive sibling units changed alike, as ZTP writes them together."""
    runs: list[list[Change]] = []
    for change in changes:
        if runs and _continues(runs[-1][-1], change):
            runs[-1].append(change)
        else:
            runs.append([change])
    return runs


def _continues(before: Change, after: Change) -> bool:
    mergeable = (ChangeKind.REPLACE, ChangeKind.REPEAL)
    return (
        before.kind is after.kind
        and after.kind in mergeable
        and before.scope is after.scope is Scope.UNIT
        and not before.unit.is_division
        and after.unit.preceding == before.unit
        and not after.fix_punctuation
        and not before.fix_punctuation
    )


def _letter_label(index: int) -> str:
    # a) … z), then za) … zz) as the ZTP numbers letters beyond the alphabet.
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < len(letters):
        return f"{letters[index]})"
    return f"z{letters[(index - len(letters)) % len(letters)]})"


@dataclass(frozen=True)
class _Drafter:
    """Writes the items; knows which annex of the amending act holds each new annex."""

    annexes: dict[EditorialUnit, str]
    levels: int

    def single(self, intro: str, run: tuple[Change, ...]) -> AmendingProvision:
        """The whole provision in one sentence: „W … § 8 otrzymuje brzmienie: „…”.”."""
        item = self.run_item(run, (), "", END)
        if item.quoted is None:
            return AmendingProvision(f"{intro} {item.lead}{END}", ())
        return AmendingProvision(f"{intro} {item.lead}", (replace(item, lead=""),))

    def items(
        self, entries: list[_Entry], context: tuple[UnitPart, ...], level: int, last: str
    ) -> tuple[AmendmentItem, ...]:
        result: list[AmendmentItem] = []
        for index, entry in enumerate(entries):
            label = _LABELS[level](index)
            tail = last if index == len(entries) - 1 else _SEPARATORS[level]
            if isinstance(entry, _Group):
                parts = entry.context.parts
                inner = self.items(
                    _entries(entry.changes, parts, level + 1, self.levels), parts, level + 1, tail
                )
                result.append(
                    AmendmentItem(label, _ancestry(parts, context) + ":", None, "", inner)
                )
            else:
                result.append(self.run_item(entry.changes, context, label, tail))
        return tuple(result)

    def run_item(
        self, run: tuple[Change, ...], context: tuple[UnitPart, ...], label: str, tail: str
    ) -> AmendmentItem:
        quoted = [_quoted(change) for change in run]
        text = None if quoted[0] is None else "\n".join(q or "" for q in quoted)
        change = run[0] if len(run) == 1 else None
        return AmendmentItem(label, self.lead(run, context), text, tail, change=change)

    def lead(self, run: tuple[Change, ...], context: tuple[UnitPart, ...]) -> str:
        """The operative words, relative to the units already named in `context`; enclosing
        units each take „w” („w § 5 w ust. 2 w pkt 1 lit. a otrzymuje brzmienie:”)."""
        change = run[0]
        unit = change.unit
        if change.scope is Scope.WORDS:
            return _join(_ancestry(unit.parts, context), _words(change))
        if change.scope is Scope.SENTENCE:
            return _join(_ancestry(unit.parts, context), _sentence(change))
        if change.scope is Scope.TITLE:
            return f"tytuł rozdziału {unit.last_part.ident} otrzymuje brzmienie:"
        ancestry = _ancestry(unit.parts[:-1], context)
        if unit.annex is not None:
            return self.annex(change)
        return _join(ancestry, _unit_words(run))

    def annex(self, change: Change) -> str:
        target = str(change.unit.last_part)
        where = self.annexes.get(change.unit, "")
        match change.kind:
            case ChangeKind.REPEAL:
                return f"uchyla się {target}"
            case ChangeKind.ADD:
                return f"dodaje się {target} w brzmieniu określonym w {where}"
            case _:
                return f"{target} otrzymuje brzmienie określone w {where}"


def _join(ancestry: str, words: str) -> str:
    return f"{ancestry} {words}" if ancestry else words


def _unit_words(run: tuple[Change, ...]) -> str:
    change = run[0]
    unit = change.unit
    targets = _targets(run)
    plural = len(run) > 1
    match change.kind:
        case ChangeKind.REPLACE:
            return f"{targets} {'otrzymują' if plural else 'otrzymuje'} brzmienie:"
        case ChangeKind.ADD:
            before = unit.predecessor
            if before is not None:
                return f"po {before.last_part} dodaje się {targets} w brzmieniu:"
            fix = _punctuation_words(change, add=True)
            return f"{fix}dodaje się {targets} w brzmieniu:"
        case _:
            return f"{_punctuation_words(change, add=False)}uchyla się {targets}"


def _targets(run: tuple[Change, ...]) -> str:
    """`ust. 3`, `ust. 3 i 4`, `ust. 3–5`."""
    first, last = run[0].unit.last_part, run[-1].unit.last_part
    if len(run) == 1:
        return str(first)
    joiner = " i " if len(run) == 2 else "–"
    return f"{first}{joiner}{last.ident}"


def _ancestry(parts: tuple[UnitPart, ...], context: tuple[UnitPart, ...]) -> str:
    """„w § 15 w ust. 2” for the levels of `parts` below those already named in `context`."""
    return " ".join(f"w {_locative(part)}" for part in parts[len(context) :])


def _locative(part: UnitPart) -> str:
    if part.level is Level.TIRET:
        return f"tiret {ordinal_locative(int(part.ident))}"
    if part.level is Level.CHAPTER:
        return f"rozdziale {part.ident}"
    if part.level is Level.ANNEX:
        return f"załączniku nr {part.ident}" if part.ident else "załączniku"
    return str(part)


# --- sentences and words ---------------------------------------------------------------------


def _sentence(change: Change) -> str:
    number = change.sentence or 1
    target = f"zdanie {ordinal(number)}"
    match change.kind:
        case ChangeKind.REPLACE:
            return f"{target} otrzymuje brzmienie:"
        case ChangeKind.ADD:
            after = f"po zdaniu {ordinal_locative(number - 1)} " if number > 1 else ""
            return f"{after}dodaje się {target} w brzmieniu:"
        case _:
            return f"skreśla się {target}"


def _words(change: Change) -> str:
    """„wyrazy „…” zastępuje się wyrazami „…””, „skreśla się wyraz „…””."""
    old = _clean_words(change.current)
    if change.kind is ChangeKind.REPEAL:
        return f"skreśla się {_word_noun(old, 'wyraz', 'wyrazy')} {_in_quotes(old)}"
    new = _clean_words(change.proposed)
    old_noun = _word_noun(old, "wyraz", "wyrazy")
    new_noun = _word_noun(new, "wyrazem", "wyrazami")
    return f"{old_noun} {_in_quotes(old)} zastępuje się {new_noun} {_in_quotes(new)}"


def _clean_words(text: str | None) -> str:
    return polish_quotes(_strip_outer_quotes(" ".join((text or "").split())))


def _word_noun(words: str, one: str, many: str) -> str:
    return one if len(words.split()) == 1 else many


def _in_quotes(text: str) -> str:
    return f"{OPEN_QUOTE}{text}{CLOSE_QUOTE}"


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
            and not list_continues(change, changes)
        )
        fix = change.fix_punctuation
        if fix is None:
            fix = applies and _ends_list(change)
        settled.append(replace(change, fix_punctuation=bool(fix and applies)))
    return tuple(settled)


def list_continues(change: Change, changes: Iterable[Change]) -> bool:
    """Whether another row adds a later element to the list of a repealed one: then the
    repealed element is not the list's end and no neighbour's punctuation changes."""
    if change.kind is not ChangeKind.REPEAL:
        return False
    unit = change.unit
    return any(
        other.kind is ChangeKind.ADD
        and other.scope is Scope.UNIT
        and other.unit.parent == unit.parent
        and other.unit.last_level is unit.last_level
        and other.unit.sort_key() > unit.sort_key()
        for other in changes
    )


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


# --- the legal basis -----------------------------------------------------------------------

# The ordinance keeps the impersonal form throughout („zarządza się”, „powierza się”), the
# form the ZTP gives for rozporządzenia and many wójtowie and burmistrzowie use; the council
# names itself („Rada Miejska w … uchwala, co następuje:”).
ORDINANCE_CLOSING = "zarządza się, co następuje:"
RESOLUTION_CLOSING = "uchwala, co następuje:"

_BASIS_OPENING = re.compile(r"^\s*na\s+podstawie\b\s*", re.IGNORECASE)
_BASIS_CLOSING = re.compile(
    r"[\s,]*(?:(?:wójt|burmistrz|prezydent)\b[^,]*?\s+)?"
    r"(zarządza\s+się|zarządzam|zarządza|uchwala\s+się|rada\b.*?\buchwala|uchwala)"
    r"\s*,?\s*(co\s+następuje)?\s*[:.]?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def basis_citation(text: str) -> str:
    """The provisions cited as the basis, without „Na podstawie” and without any closing
    formula („zarządzam, co następuje:”, „Rada … uchwala, co następuje:”), whitespace joined,
    a trailing comma, semicolon or full stop after the citation removed."""
    text = " ".join(text.split())
    text = _BASIS_OPENING.sub("", text)
    text = _BASIS_CLOSING.sub("", text).rstrip(" ,;:")
    if text.endswith(".") and text[-2:-1] in (")", *"0123456789"):
        text = text[:-1]
    return text


def legal_basis(text: str, closing: str) -> str:
    """The opening sentence of an act: exactly one „Na podstawie”, the citation, exactly one
    closing formula, e.g. `legal_basis("art. 33 ust. 2 ustawy …", ORDINANCE_CLOSING)` →
    „Na podstawie art. 33 ust. 2 ustawy … zarządza się, co następuje:”. For a resolution the
    closing names the council: `legal_basis(text, f"{rada} {RESOLUTION_CLOSING}")`."""
    return f"Na podstawie {basis_citation(text)} {closing.strip()}"


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


# --- citing the amended act; entry into force ------------------------------------------------


def act_citation(
    act: str,
    *,
    title: str | None = None,
    publication: str | None = None,
    amendments: str | None = None,
) -> str:
    """The amended act in the genitive, as cited after „stanowiącym załącznik do”:
    „uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. w sprawie
    uchwalenia Statutu Miasta i Gminy Przykładowo (Dz. Urz. Woj. Wlkp. z 2012 r. poz. 3456,
    z 2019 r. poz. 1234)”. `title` („w sprawie …”) is added when `act` has none; the
    publication address and the later amendments (typed as the clerk found them, e.g.
    „z 2019 r. poz. 1234” or „z późn. zm.”) go in one parenthesis. Empty parts are left out.
    """
    text = polish.act_genitive(act).rstrip(" ,;")
    if text.endswith(".") and not re.search(r"\sr\.$", text):
        text = text[:-1]  # a closing full stop, not the „r.” of a date
    title = " ".join((title or "").split()).rstrip(" ,;.")
    if title and "w sprawie" not in text.casefold():
        prefix = "" if title.casefold().startswith("w sprawie") else "w sprawie "
        text += f" {prefix}{title}"
    address = [
        re.sub(r"(?<=\d)\.$", "", " ".join((part or "").split()).strip(" ()").rstrip(" ,;"))
        for part in (publication, amendments)
    ]
    parts = [part for part in address if part]
    if parts:
        text += f" ({', '.join(parts)})"
    return text


DEFAULT_ENTRY_INTO_FORCE = "z dniem podpisania"
_ON_PUBLICATION = "z dniem ogłoszenia"


def entry_into_force(value: str | None) -> str | None:
    """When the zarządzenie takes effect, for „Zarządzenie wchodzi w życie …”: „z dniem
    podpisania” (also when empty), „z dniem 1 stycznia 2027 r.” for a date, „z dniem
    ogłoszenia”; None when `value` is none of these."""
    text = " ".join((value or "").split()).rstrip(".").casefold()
    if text in ("", DEFAULT_ENTRY_INTO_FORCE, "podpisanie", "z dniem podjęcia"):
        return DEFAULT_ENTRY_INTO_FORCE
    if text in (_ON_PUBLICATION, "po ogłoszeniu", "ogłoszenie"):
        return _ON_PUBLICATION
    try:
        when = as_date(text.removeprefix("z dniem ").removesuffix(" r"))
    except ValueProblem:
        return None
    return f"z dniem {polish.long_date(when)}"


# --- what a change does, as the uzasadnienie names it ------------------------------------------

_UNIT_ACTIONS = {
    ChangeKind.REPLACE: "nadanie nowego brzmienia",
    ChangeKind.ADD: "dodanie",
    ChangeKind.REPEAL: "uchylenie",
}
_SENTENCE_ACTIONS = {
    ChangeKind.REPLACE: "nadanie nowego brzmienia zdaniu {n}",  # dative
    ChangeKind.ADD: "dodanie zdania {n}",  # genitive
    ChangeKind.REPEAL: "skreślenie zdania {n}",
}


def change_description(change: Change, *, nbsp: bool = False) -> str:
    """What one change does, for „Projektowane zmiany obejmują: 1) … – <uzasadnienie>;”:
    „nadanie nowego brzmienia § 12 ust. 3”, „dodanie zdania drugiego w § 18 ust. 1”, „zmiana
    wyrazów w § 19 ust. 2”, „nadanie nowego brzmienia tytułowi rozdziału 3”, „nadanie nowego
    brzmienia załącznikowi nr 1”."""
    unit = change.unit.text(nbsp=nbsp)
    ident = change.unit.last_part.ident
    number = change.sentence or 1
    match change.scope:
        case Scope.WORDS:
            verb = "skreślenie" if change.kind is ChangeKind.REPEAL else "zmiana"
            return f"{verb} wyrazów w {unit}"
        case Scope.SENTENCE:
            dative = ordinal(number)[:-1] + "emu"  # drugie → drugiemu
            genitive = ordinal(number)[:-1] + "ego"  # drugie → drugiego
            form = _SENTENCE_ACTIONS[change.kind]
            n = dative if change.kind is ChangeKind.REPLACE else genitive
            return f"{form.format(n=n)} w {unit}"
        case Scope.TITLE:
            return f"nadanie nowego brzmienia tytułowi rozdziału {ident}"
    if change.unit.annex is not None:
        annex = f"nr {ident}" if ident else ""
        forms = {
            ChangeKind.REPLACE: f"nadanie nowego brzmienia załącznikowi {annex}",
            ChangeKind.ADD: f"dodanie załącznika {annex}",
            ChangeKind.REPEAL: f"uchylenie załącznika {annex}",
        }
        return forms[change.kind].rstrip()
    if change.unit.chapter is not None:
        forms = {
            ChangeKind.REPLACE: f"nadanie nowego brzmienia rozdziałowi {ident}",
            ChangeKind.ADD: f"dodanie rozdziału {ident}",
            ChangeKind.REPEAL: f"uchylenie rozdziału {ident}",
        }
        return forms[change.kind]
    return f"{_UNIT_ACTIONS[change.kind]} {unit}"
