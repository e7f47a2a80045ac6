"""Drafting amendments: redlines for the change table and the amending provision's wording.

Everything here is pure text for the Word templates of documents 04, 05 and 06 (SPEC §4):

- `redline` — a word-level diff of the current and proposed wording (document 04);
- `amendment_text` — the amending provision in the form of the „Zasady techniki
  prawodawczej” (załącznik do rozporządzenia Prezesa Rady Ministrów z dnia 20 czerwca 2002 r.,
  cited as the current consolidated text, Dz. U. z 2026 r. poz. 300, Dział IV),
  e.g. „w § 15 ust. 2 otrzymuje brzmienie:” followed by the new wording in „…”;
- `legal_basis` — the act's opening sentence „Na podstawie … zarządza się, co następuje:”;
- `document_groups`, `is_regulamin`, `is_statute` — which document a change belongs to.

The proposed wording is quoted as typed (surrounding whitespace removed, line endings unified
to `\\n`), preceded by the unit's own mark when the clerk left it out. The uzasadnienie of the
drafts is built in `context.py`, one item per change.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Literal

from generator.model import Change, ChangeKind
from generator.schema import DOCUMENT_REGULAMIN, DOCUMENT_STATUTE, normalize_label
from generator.units import EditorialUnit, UnitPart, from_parts

OPEN_QUOTE = "\u201e"  # „
CLOSE_QUOTE = "\u201d"  # ”

# --- redline -------------------------------------------------------------------------------

Op = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged, deleted (struck through) or inserted (underlined)."""

    text: str
    op: Op


# Words, runs of whitespace, and single punctuation marks: a changed comma does not mark the
# whole neighbouring word as changed.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def redline(old: str | None, new: str | None) -> tuple[Segment, ...]:
    """Word-level differences between `old` and `new`.

    The `equal` and `delete` segments joined give `old` exactly; the `equal` and `insert`
    segments joined give `new` exactly. Within one change the deletion comes before the
    insertion; adjacent segments never share an operation; no segment is empty. Whitespace
    alone between two changes is folded into them, so „a b c” → „x y z” reads as one
    replacement rather than three.
    """
    old_tokens, new_tokens = _tokens(old or ""), _tokens(new or "")
    # The common beginning and end cost one pass; only the middle is compared word by word.
    start = _common_length(old_tokens, new_tokens)
    end = _common_length(old_tokens[start:][::-1], new_tokens[start:][::-1])
    old_middle = old_tokens[start : len(old_tokens) - end]
    new_middle = new_tokens[start : len(new_tokens) - end]
    # Each chunk is (deleted, inserted) for a change or (text, text) for an equal run.
    chunks: list[tuple[bool, str, str]] = []
    if start:
        text = "".join(old_tokens[:start])
        chunks.append((True, text, text))
    chunks += _middle_chunks(old_middle, new_middle)
    if end:
        text = "".join(old_tokens[len(old_tokens) - end :])
        chunks.append((True, text, text))
    return _segments(_fold_whitespace(chunks))


# SequenceMatcher takes time in proportion to the product of the two lengths (more on
# repetitive text). Past this many token pairs the middle is shown as one replacement:
# the redline stays exact, only coarser, and two 32,767-character wordings take well
# under a second instead of minutes.
REDLINE_BUDGET = 250_000


def _common_length(first: Sequence[str], second: Sequence[str]) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _middle_chunks(old: list[str], new: list[str]) -> list[tuple[bool, str, str]]:
    if not old and not new:
        return []
    if len(old) * len(new) > REDLINE_BUDGET:
        return [(False, "".join(old), "".join(new))]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (tag == "equal", "".join(old[i1:i2]), "".join(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _fold_whitespace(
    chunks: list[tuple[bool, str, str]],
) -> list[tuple[bool, str, str]]:
    """Merge whitespace-only equal runs lying between two changes into one change."""
    folded: list[tuple[bool, str, str]] = []
    for index, (is_equal, deleted, inserted) in enumerate(chunks):
        between_changes = (
            is_equal
            and not deleted.strip()
            and 0 < index < len(chunks) - 1
            and not chunks[index - 1][0]
            and not chunks[index + 1][0]
        )
        keep_equal = is_equal and not between_changes
        before_deleted = before_inserted = ""
        if not keep_equal and folded and not folded[-1][0]:
            _, before_deleted, before_inserted = folded.pop()  # extend the previous change
        folded.append((keep_equal, before_deleted + deleted, before_inserted + inserted))
    return folded


def _segments(chunks: list[tuple[bool, str, str]]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for is_equal, deleted, inserted in chunks:
        parts: list[tuple[str, Op]] = (
            [(deleted, "equal")] if is_equal else [(deleted, "delete"), (inserted, "insert")]
        )
        for text, op in parts:
            if not text:
                continue
            if segments and segments[-1].op == op:
                segments[-1] = Segment(segments[-1].text + text, op)
            else:
                segments.append(Segment(text, op))
    return tuple(segments)


# --- ordering and documents ----------------------------------------------------------------


def order_changes(changes: Iterable[Change]) -> tuple[Change, ...]:
    """Changes in the order of their units (§ 2 < § 10 < § 10a); stable for equal units."""
    return tuple(sorted(changes, key=lambda change: change.unit.sort_key()))


def is_regulamin(document: str) -> bool:
    """Whether `document` names the organisational rules (case and spacing tolerated)."""
    return normalize_label(document) == normalize_label(DOCUMENT_REGULAMIN)


def is_statute(document: str) -> bool:
    """Whether `document` names the statute (case and spacing tolerated)."""
    return normalize_label(document) == normalize_label(DOCUMENT_STATUTE)


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
        key = normalize_label(change.document)
        if key not in names:
            names[key] = _display_name(change.document)
            members[key] = []
        members[key].append(change)
    ordered = sorted(names, key=lambda key: _document_rank(names[key]))
    return tuple(DocumentChanges(names[key], order_changes(members[key])) for key in ordered)


def _display_name(document: str) -> str:
    if is_regulamin(document):
        return DOCUMENT_REGULAMIN
    if is_statute(document):
        return DOCUMENT_STATUTE
    return " ".join(document.split())


# --- the amending provision ----------------------------------------------------------------

END = "."
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


def amendment_text(changes: Sequence[Change], act_intro: str) -> AmendingProvision:
    """The amending provision for the changes to one document, in unit order.

    `act_intro` cites the amended act, e.g. „W Regulaminie Organizacyjnym … stanowiącym
    załącznik do Zarządzenia Nr 12/2019 … z dnia 5 marca 2019 r.”; it is used as given (only
    trailing whitespace is removed) and followed by a space, without a comma, as in the ZTP
    („W ustawie … § 8 otrzymuje brzmienie:”). A caller whose citation ends in a participial
    clause may end it with a comma itself.

    Raises ValueError when there are no changes.
    """
    if not changes:
        raise ValueError("brak zmian do sformułowania")
    ordered = order_changes(changes)
    intro = act_intro.rstrip()
    groups = _group_by_paragraph(ordered)

    if len(ordered) == 1:
        return _single(intro, ordered[0])
    only = groups[0]
    if len(groups) == 1 and only.context is not None:
        # All changes inside one unit: „W … w § 15 wprowadza się następujące zmiany: 1) …”.
        context = only.context.parts
        items = _numbered(only.changes, context, _point_label, ITEM_END, END)
        lead = _ancestry(context, ())
        return AmendingProvision(f"{intro} {lead} wprowadza się następujące zmiany:", items)

    numbered: list[AmendmentItem] = []
    for index, group in enumerate(groups):
        tail = END if index == len(groups) - 1 else ITEM_END
        label = _point_label(index)
        if group.context is None:
            (change,) = group.changes
            numbered.append(_item(change, (), label, tail))
        else:
            parts = group.context.parts
            subitems = _numbered(group.changes, parts, _letter_label, SUBITEM_END, tail)
            numbered.append(AmendmentItem(label, _ancestry(parts, ()) + ":", None, "", subitems))
    return AmendingProvision(f"{intro} wprowadza się następujące zmiany:", tuple(numbered))


def _single(intro: str, change: Change) -> AmendingProvision:
    lead = _lead(change, ())
    if change.kind is ChangeKind.REPEAL:
        return AmendingProvision(f"{intro} {lead}{END}", ())
    item = AmendmentItem("", "", _wording(change), END, change=change)
    return AmendingProvision(f"{intro} {lead}", (item,))


@dataclass(frozen=True)
class _Group:
    """Consecutive changes to one paragraph, stated within `context` („w § 15 w ust. 2:”).

    `context` is None for a change that stands alone (the only change to its paragraph, or
    a change to a whole paragraph, which cannot be grouped under itself).
    """

    context: EditorialUnit | None
    changes: tuple[Change, ...]


def _group_by_paragraph(changes: tuple[Change, ...]) -> list[_Group]:
    groups: list[_Group] = []
    for _, run in groupby(changes, key=lambda change: change.unit.paragraph):
        members = tuple(run)
        if len(members) > 1 and all(change.unit.depth > 1 for change in members):
            groups.append(_Group(_common_ancestor(members), members))
        else:
            # A single change, or an odd mix with the whole paragraph: list them one by one.
            groups.extend(_Group(None, (change,)) for change in members)
    return groups


def _common_ancestor(changes: tuple[Change, ...]) -> EditorialUnit:
    """The deepest unit strictly containing every changed unit (at least the paragraph)."""
    all_parts = [change.unit.parts for change in changes]
    limit = min(len(parts) for parts in all_parts) - 1
    common: list[UnitPart] = []
    for level_parts in zip(*all_parts, strict=False):
        if len(common) == limit or any(part != level_parts[0] for part in level_parts):
            break
        common.append(level_parts[0])
    return from_parts(tuple(common))


def _point_label(index: int) -> str:
    return f"{index + 1})"


def _letter_label(index: int) -> str:
    # a) … z), then za) … zz) as the ZTP numbers letters beyond the alphabet.
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < len(letters):
        return f"{letters[index]})"
    return f"z{letters[(index - len(letters)) % len(letters)]})"


def _numbered(
    changes: tuple[Change, ...],
    context: tuple[UnitPart, ...],
    label_for: Callable[[int], str],
    separator: str,
    last: str,
) -> tuple[AmendmentItem, ...]:
    count = len(changes)
    return tuple(
        _item(change, context, label_for(index), last if index == count - 1 else separator)
        for index, change in enumerate(changes)
    )


def _item(change: Change, context: tuple[UnitPart, ...], label: str, tail: str) -> AmendmentItem:
    quoted = None if change.kind is ChangeKind.REPEAL else _wording(change)
    return AmendmentItem(label, _lead(change, context), quoted, tail, change=change)


def _lead(change: Change, context: tuple[UnitPart, ...]) -> str:
    """The operative words for one change, relative to the units already named in `context`.

    Enclosing units each take „w” („w § 5 w ust. 2 w pkt 1 lit. a otrzymuje brzmienie:”).
    """
    unit = change.unit
    parts = unit.parts
    ancestry = _ancestry(parts[:-1], context)
    target = str(unit.last_part)
    match change.kind:
        case ChangeKind.REPLACE:
            words = f"{target} otrzymuje brzmienie:"
        case ChangeKind.ADD:
            before = unit.predecessor
            after = f"po {before.last_part} " if before is not None else ""
            words = f"{after}dodaje się {target} w brzmieniu:"
        case ChangeKind.REPEAL:
            words = f"uchyla się {target}"
    return f"{ancestry} {words}" if ancestry else words


def _ancestry(parts: tuple[UnitPart, ...], context: tuple[UnitPart, ...]) -> str:
    """„w § 15 w ust. 2” for the levels of `parts` below those already named in `context`."""
    return " ".join(f"w {part}" for part in parts[len(context) :])


def _wording(change: Change) -> str:
    """The proposed wording as quoted: the whole unit with its own mark („3a. …”, „§ 30a. …”,
    „4) …”), as the technique requires; the mark is added only when the user left it out.
    Otherwise the text is kept as typed, with surrounding whitespace removed and line endings
    made `\\n`."""
    text = (change.proposed or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if change.unit.starts_with_designation(text):
        return text
    return f"{change.unit.designation} {text}"


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
