"""The act after the changes (tekst ujednolicony): a copy of the office's own .docx with each
change of `Zmiany` as a Word tracked change, so „Accept all” in Word yields the clean text.

A replaced unit is rewritten paragraph by paragraph (`revisions.revise_paragraph`, word-level
`w:del`/`w:ins`), keeping each paragraph's mark as the act writes it (typed or Word's automatic
numbering); lines the new wording adds become inserted paragraphs, lines it drops deleted
ones. An added unit goes after the last unit before it, formatted as its nearest sibling; a
repealed unit's paragraphs are deleted with their marks. A new chapter title replaces the
title line. Every other member of the package is copied byte for byte, so styles, headers and
layout stay; the zip is written with fixed times, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import datetime

from lxml import etree

from generator.acts.check import words_of
from generator.acts.document import paragraph_text
from generator.acts.parse import normalize
from generator.acts.revisions import (
    delete_paragraph,
    inserted_paragraph,
    revise_paragraph,
    revision_ids,
)
from generator.acts.tree import Act, ActUnit
from generator.domain.amendments import CLOSE_QUOTE, OPEN_QUOTE, list_continues
from generator.domain.model import Change, ChangeKind
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit, Level
from generator.files import zip_bytes

QUOTES = f"{OPEN_QUOTE}{CLOSE_QUOTE}\""  # outer quotes a clerk may type

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_ANY_MARK = re.compile(r"^\s*(?:§\s*\d+[a-z]*\s*\.?|\d+[a-z]*\s*[.)]|[a-z]{1,3}\)|[–—-])\s*")


def consolidated_text(
    data: bytes, act: Act, changes: Sequence[Change], when: datetime | None
) -> bytes:
    """The .docx `data` (the act `act` was parsed from) with `changes` as tracked changes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    contents = dict(members)
    main = _main_part(contents)
    root = etree.fromstring(contents[main], _PARSER)
    editor = _Editor(root, act, when)
    editor.apply(changes)
    editor.finish()
    contents[main] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return zip_bytes((name, contents[name]) for name, _ in members)


def _main_part(contents: dict[str, bytes]) -> str:
    rels = etree.fromstring(contents["_rels/.rels"], _PARSER)
    for rel in rels.iter(f"{{{_REL}}}Relationship"):
        if rel.get("Type") == _OFFICE_DOCUMENT:
            return rel.get("Target", "word/document.xml").lstrip("/")
    return "word/document.xml"


class _Editor:
    """One pass over the changes of one act, in the order given."""

    def __init__(self, root: etree._Element, act: Act, when: datetime | None) -> None:
        body = root.find(f"{{{W}}}body")
        assert body is not None
        self.paragraphs = [child for child in body if child.tag == f"{{{W}}}p"]
        self.act = act
        self.when = when
        self.ids: Iterator[int] = revision_ids(root)
        self.units = list(act.walk())
        self.keys = [unit.address.sort_key() for unit in self.units]
        self.placeholders: list[etree._Element] = []
        self.at: dict[int, list[ActUnit]] = {}  # paragraph index -> the units it carries
        for unit in self.units:
            for index in unit.paragraphs:
                self.at.setdefault(index, []).append(unit)

    def apply(self, changes: Sequence[Change]) -> None:
        rewritten = {c.unit for c in changes if c.scope is Scope.UNIT}
        for change in changes:
            if (change.fix_punctuation and change.unit.preceding not in rewritten
                    and not list_continues(change, changes)):
                self.punctuate(change)
            if change.scope is Scope.TITLE:
                self.retitle(change)
                continue
            if change.scope not in (Scope.UNIT, Scope.WORDS) or change.unit.is_division:
                continue  # sentences, whole chapters, annexes: validation warns of them
            unit = self.act.find(change.unit)
            if change.scope is Scope.WORDS:
                if unit is not None:
                    self.replace_words(unit, change)
                continue
            if unit is None:
                self.add(change)
            elif change.kind is ChangeKind.REPEAL:
                self.repeal(unit)
            else:
                self.replace(unit, change.proposed or "")

    # --- the three kinds ---

    def replace(self, unit: ActUnit, proposed: str) -> None:
        indexes = _subtree_paragraphs(unit)
        lines = _lines(proposed)
        if lines:
            lines[0] = _strip_mark(unit.address, lines[0])
        for position, index in enumerate(indexes[: len(lines)]):
            self.rewrite(index, lines[position])
        anchor = self.paragraphs[indexes[-1]]
        numbered = _is_numbered(anchor)
        for line in lines[len(indexes):]:
            text = _ANY_MARK.sub("", line) if numbered else line
            new = inserted_paragraph(anchor, text, date=self.when, ids=self.ids,
                                     keep_numbering=numbered)
            anchor.addnext(new)
            anchor = new
        for index in indexes[len(lines):]:
            delete_paragraph(self.paragraphs[index], date=self.when, ids=self.ids)

    def replace_words(self, unit: ActUnit, change: Change) -> None:
        """„wyrazy „…” zastępuje się wyrazami „…””: the first paragraph holding the words."""
        old = words_of(change.current)
        new = words_of(change.proposed)
        pattern = re.compile(r"\s+".join(re.escape(word) for word in old.split()))
        for index in _subtree_paragraphs(unit):
            paragraph = self.paragraphs[index]
            raw = paragraph_text(paragraph)
            found = pattern.search(raw)
            if found:
                changed = raw[: found.start()] + new + raw[found.end():]
                changed = re.sub(r"  +", " ", changed) if not new else changed
                revise_paragraph(paragraph, raw, changed, date=self.when, ids=self.ids)
                return

    def punctuate(self, change: Change) -> None:
        """The list's end moves: the element before an added last one ends with the list's
        separator instead of „.”; the one before a repealed last one ends with „.”."""
        neighbour = change.unit.preceding
        unit = self.act.find(neighbour) if neighbour is not None else None
        if unit is None or change.scope is not Scope.UNIT:
            return
        separator = ";" if change.unit.last_level is Level.POINT else ","
        old, new = (".", separator) if change.kind is ChangeKind.ADD else (separator, ".")
        paragraph = self.paragraphs[_subtree_paragraphs(unit)[-1]]
        raw = paragraph_text(paragraph)
        stripped = raw.rstrip()
        if stripped.endswith(old):
            changed = stripped[: -len(old)] + new + raw[len(stripped):]
            revise_paragraph(paragraph, raw, changed, date=self.when, ids=self.ids)

    def rewrite(self, index: int, line: str) -> None:
        paragraph = self.paragraphs[index]
        raw = paragraph_text(paragraph)
        owner = self.owner(index)
        prefix = _prefix(raw, _content(owner, index))
        if owner is not None:
            line = _strip_mark(owner.address, line)
        new = prefix + line
        if normalize(new) != normalize(raw):
            revise_paragraph(paragraph, raw, new, date=self.when, ids=self.ids)

    def repeal(self, unit: ActUnit) -> None:
        for index in _subtree_paragraphs(unit):
            outer = self.owner(index, outermost=True)
            if outer is not None and not unit.address.contains(outer.address):
                self.cut_from_line(index, unit)  # shares its parent's line („§ 2. 1. …”)
                continue
            delete_paragraph(self.paragraphs[index], date=self.when, ids=self.ids)

    def cut_from_line(self, index: int, unit: ActUnit) -> None:
        """Repeal a unit that starts on its parent's line: the line keeps the parent's mark."""
        paragraph = self.paragraphs[index]
        raw = paragraph_text(paragraph)
        prefix = _prefix(raw, _content(self.owner(index), index))
        mark = _mark_pattern(unit.address)
        kept = re.sub(rf"{mark}\s*$", "", prefix, flags=re.IGNORECASE).rstrip()
        revise_paragraph(paragraph, raw, kept, date=self.when, ids=self.ids)

    def add(self, change: Change) -> None:
        lines = _lines(change.proposed or "")
        if not lines:
            return
        anchor, template = self.place(change.unit)
        if anchor is None:  # before the act's first unit, at the very start of the body
            anchor = etree.Element(f"{{{W}}}p")
            template.addprevious(anchor)
            self.placeholders.append(anchor)
        numbered = _is_numbered(template)
        first = _strip_mark(change.unit, lines[0])
        if not numbered:
            separator = _separator(paragraph_text(template))
            first = f"{change.unit.designation}{separator}{first}"
        texts = [first, *(_ANY_MARK.sub("", line) if numbered else line for line in lines[1:])]
        for position, text in enumerate(texts):
            new = inserted_paragraph(template, text, date=self.when, ids=self.ids,
                                     keep_numbering=numbered and position == 0)
            anchor.addnext(new)
            anchor = new

    def finish(self) -> None:
        for placeholder in self.placeholders:
            placeholder.getparent().remove(placeholder)

    def retitle(self, change: Change) -> None:
        number = change.unit.chapter
        chapter = next((c for c in self.act.chapters if c.number.upper() == number), None)
        if chapter is None or len(chapter.paragraphs) < 2 or not change.proposed:
            return
        paragraph = self.paragraphs[chapter.paragraphs[-1]]
        raw = paragraph_text(paragraph)
        revise_paragraph(paragraph, raw, normalize(change.proposed), date=self.when, ids=self.ids)

    # --- where things are ---

    def owner(self, index: int, *, outermost: bool = False) -> ActUnit | None:
        """The unit whose text the paragraph carries (the deepest one starting there, or the
        one it continues); with `outermost`, the first unit that starts there."""
        found = self.at.get(index, [])
        if not found:
            return None
        return found[0] if outermost else found[-1]

    def place(self, address: EditorialUnit) -> tuple[etree._Element | None, etree._Element]:
        """(the paragraph after which an added unit goes, the paragraph it is formatted as)."""
        key = address.sort_key()
        before = [u for u, k in zip(self.units, self.keys, strict=True) if k < key]
        parent = address.parent
        holder = None if parent is None else self.act.find(parent)
        family = self.act.units if holder is None else holder.children
        siblings = [u for u in family if u.address.last_level is address.last_level]
        earlier = [u for u in siblings if u.address.sort_key() < key]
        model = (earlier or siblings or before or self.units)[-1 if earlier else 0]
        if before:
            last = max(i for u in before for i in _subtree_paragraphs(u))
            anchor = self.paragraphs[last]
        else:
            anchor = None
        return anchor, self.paragraphs[model.paragraphs[0]]


def _subtree_paragraphs(unit: ActUnit) -> list[int]:
    return sorted({index for u in unit.walk() for index in u.paragraphs})


def _lines(text: str) -> list[str]:
    text = text.strip().strip(QUOTES).strip()
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _content(owner: ActUnit | None, index: int) -> str:
    """The text of paragraph `index` after its marks, as the parser read it."""
    if owner is None or not owner.text:
        return ""
    pieces = owner.text.split("\n")
    position = owner.paragraphs.index(index)
    return pieces[position] if position < len(pieces) else ""


def _prefix(raw: str, content: str) -> str:
    """The part of the paragraph's text before `content`: its typed marks and their spacing."""
    wanted = normalize(content)
    for start in range(len(raw) + 1):
        if normalize(raw[start:]) == wanted:
            while wanted and raw[start].isspace():
                start += 1  # the space or tab after the mark belongs to the mark
            return raw[:start]
    return ""


def _separator(raw: str) -> str:
    """What follows a typed mark in this paragraph: a tab or a space."""
    match = _ANY_MARK.match(raw)
    return "\t" if match and "\t" in match.group(0) else " "


def _mark_pattern(address: EditorialUnit) -> str:
    """A regex of the unit's mark as typed: `§30a.`, `3 .`, `4)`."""
    mark = re.escape(address.designation).replace(r"\ ", r"\s*")
    return re.sub(r"(\\\.|\\\))$", r"\\s*\1", mark)


def _strip_mark(address: EditorialUnit, line: str) -> str:
    if not address.starts_with_designation(line):
        return line
    mark = _mark_pattern(address)
    return re.sub(rf"^\s*{mark}\s*", "", line, count=1, flags=re.IGNORECASE)


def _is_numbered(paragraph: etree._Element) -> bool:
    """Whether Word numbers the paragraph itself (`w:numPr` in its properties or style)."""
    if paragraph.find(f"{{{W}}}pPr/{{{W}}}numPr") is not None:
        return True
    return not _ANY_MARK.match(paragraph_text(paragraph)) and bool(
        paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle") is not None
    )
