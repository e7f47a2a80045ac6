"""The amending provision in the form of the ZTP: „w § 15 ust. 2 otrzymuje brzmienie:” and
the quoted wording, grouped, merged and numbered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import groupby

from generator.domain.amendments.grouping import order_changes
from generator.domain.amendments.neighbours import (
    _annex_references,
    _locative,
    _punctuation_words,
    _settle_punctuation,
)
from generator.domain.amendments.wording import (
    CLOSE_QUOTE,
    OPEN_QUOTE,
    _quoted,
    _strip_outer_quotes,
    polish_quotes,
)
from generator.domain.model import Change, ChangeKind
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit, UnitPart, from_parts, ordinal, ordinal_locative

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
