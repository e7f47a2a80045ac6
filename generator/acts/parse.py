"""Read a Polish act (regulamin organizacyjny, statut) from the office's .docx into a unit tree.

The act is read as offices keep it in Word: title lines and the „Załącznik do zarządzenia …”
line, then „Rozdział 1” with its title on the next paragraph, „§ 1.” (or „§ 2. 1. …” with the
first ustęp on the same line), ustępy „2.”, points „1)”, letters „a)”, tirets „–”, and at the
end annexes („Załącznik nr 1”, e.g. the schemat organizacyjny), kept as paragraphs. Marks may be
typed or come from Word's automatic numbering (`generator.acts.numbering`); spacing, tabs,
non-breaking spaces and soft line breaks around them do not matter.

Every unit has the address of `generator.domain.units.EditorialUnit`, its own text and the
indexes of its source paragraphs in `Document.paragraphs` (the body's paragraphs, tables
excluded), so the next steps can look up `§ 12 ust. 3` and edit exactly those paragraphs.

Nothing is guessed: a paragraph whose place in the tree is not certain is an issue naming the
paragraph and its text, and any issue stops parsing with `ActError`. Numbering gaps and repeats
are warnings on the parsed act.
"""

from __future__ import annotations

import re

from generator import messages
from generator.acts.tree import Act, ActUnit, Annex, Chapter, ParseIssue
from generator.domain.units import EditorialUnit, Level, UnitPart, from_parts
from generator.errors import ActError

_ISSUE_TEXT_LIMIT = 120


# --- parsing the text ----------------------------------------------------------------------

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"\s+")
_ID = r"([1-9][0-9]*[a-z]{0,3})"
_PARAGRAPH = re.compile(rf"§ ?{_ID}(?: ?\.|(?= )|$) ?(.*)")
_USTEP = re.compile(rf"{_ID} ?\.(?![0-9]) ?(.*)")
_POINT = re.compile(rf"{_ID} ?\) ?(.*)")
_LETTER = re.compile(r"([a-z]{1,3}) ?\) ?(.*)")
# Dashes and the bullets Word's automatic lists draw (also the Symbol-font private-use ones); a
# hyphen counts only when a space follows, so „-owy” is not a tiret.
_TIRET = re.compile("(?:[\u2013\u2014\u2212\u2022\u25aa\u25e6\uf0b7\uf02d\uf0a7] ?|- )(.*)")
_CHAPTER = re.compile(r"(?i:rozdział) ([1-9][0-9]*[a-z]?|[IVXLC]+)\b\.? ?(?:[–—:.-] ?)?(.*)")
_ANNEX = re.compile(r"(?i:załącznik)(?: (?i:nr) ?([1-9][0-9]*[a-z]?))?\b\.? ?(.*)")
_SUSPICIOUS = re.compile(r"(§|&\s*\d|\d+\s*[./)]|[IVXLC]+\.\s|[a-z][./]\s|(?i:dział)\s)")


def normalize(text: str) -> str:
    """Collapse tabs, soft breaks, non-breaking and other spaces; drop invisible characters."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def parse_paragraphs(paragraphs: list[tuple[int, str]]) -> Act:
    """Parse (index, text) paragraphs into an `Act`; raise `ActError` listing every issue."""
    builder = _Builder()
    for index, raw in paragraphs:
        text = normalize(raw)
        if text:
            builder.feed(index, text)
    return builder.finish()


def _issue(index: int, text: str, problem: str) -> ParseIssue:
    short = text if len(text) <= _ISSUE_TEXT_LIMIT else text[: _ISSUE_TEXT_LIMIT - 1] + "…"
    line = messages.ACT_ISSUE_LINE.format(number=index + 1, problem=problem, text=short)
    return ParseIssue(index, text, line)


class _Builder:
    """The state of one pass over the paragraphs: where we are and what is open."""

    def __init__(self) -> None:
        self.act = Act()
        self.issues: list[ParseIssue] = []
        self.state = "preamble"  # then "body", then "annex"
        self.stack: list[ActUnit] = []  # open units, the paragraph first
        self.chapter: str | None = None
        self.pending_chapter: tuple[int, str, str] | None = None  # index, number, heading text
        self.annex: tuple[str | None, str, list[int], list[str]] | None = None
        self.seen: dict[EditorialUnit, int] = {}
        self.repeated: set[EditorialUnit] = set()

    # --- dispatch ---

    def feed(self, index: int, text: str) -> None:
        if self.state != "preamble" and _ANNEX.match(text) and not _PARAGRAPH.match(text):
            self._start_annex(index, text)
            return
        if self.state == "annex":
            assert self.annex is not None
            self.annex[2].append(index)
            self.annex[3].append(text)
            return
        if self.pending_chapter is not None and self._take_chapter_title(index, text):
            return
        self._feed_body(index, text)

    def _feed_body(self, index: int, text: str) -> None:
        chapter = _CHAPTER.fullmatch(text)
        if chapter:
            self._start_chapter(index, chapter.group(1), chapter.group(2))
            return
        paragraph = _PARAGRAPH.fullmatch(text)
        if paragraph:
            self._start_paragraph(index, paragraph.group(1), paragraph.group(2))
            return
        if self.state == "preamble":
            self._feed_preamble(index, text)
            return
        for pattern, level in ((_USTEP, Level.USTEP), (_POINT, Level.POINT),
                               (_LETTER, Level.LETTER)):
            match = pattern.fullmatch(text)
            if match:
                self._add(index, text, level, match.group(1), match.group(2))
                return
        tiret = _TIRET.fullmatch(text)
        if tiret:
            self._add(index, text, Level.TIRET, "", tiret.group(1))
            return
        self._plain(index, text)

    def _feed_preamble(self, index: int, text: str) -> None:
        if _ANNEX.match(text):
            self.act.header_lines.append(text)
        elif _starts_with_mark(text):
            self.issues.append(_issue(index, text, messages.ACT_MARK_BEFORE_FIRST_PARAGRAPH))
        else:
            self.act.title_lines.append(text)

    # --- chapters and annexes ---

    def _start_chapter(self, index: int, number: str, rest: str) -> None:
        self._close_pending_chapter()
        self.state = "body"
        self.stack.clear()
        if rest:
            self._add_chapter(number, rest, (index,))
        else:
            self.pending_chapter = (index, number, "")

    def _take_chapter_title(self, index: int, text: str) -> bool:
        assert self.pending_chapter is not None
        if _starts_with_mark(text) or _CHAPTER.fullmatch(text):
            self._close_pending_chapter()
            return False
        start, number, _ = self.pending_chapter
        self.pending_chapter = None
        self._add_chapter(number, text, (start, index))
        return True

    def _close_pending_chapter(self) -> None:
        if self.pending_chapter is None:
            return
        start, number, _ = self.pending_chapter
        self.pending_chapter = None
        self.act.warnings.append(
            ParseIssue(start, f"Rozdział {number}",
                       messages.ACT_CHAPTER_NO_TITLE.format(number=start + 1, chapter=number))
        )
        self._add_chapter(number, "", (start,))

    def _add_chapter(self, number: str, title: str, paragraphs: tuple[int, ...]) -> None:
        self.chapter = number
        self.act.chapters.append(Chapter(number, title, paragraphs))

    def _start_annex(self, index: int, text: str) -> None:
        self._close_pending_chapter()
        self._flush_annex()
        self.state = "annex"
        self.stack.clear()
        match = _ANNEX.match(text)
        assert match is not None
        self.annex = (match.group(1), text, [index], [])

    def _flush_annex(self) -> None:
        if self.annex is not None:
            number, heading, indexes, lines = self.annex
            self.act.annexes.append(Annex(number, heading, tuple(indexes), tuple(lines)))
            self.annex = None

    # --- units ---

    def _start_paragraph(self, index: int, ident: str, rest: str) -> None:
        self._close_pending_chapter()
        self.state = "body"
        self.stack.clear()
        unit = ActUnit(EditorialUnit(ident), "", [index], chapter=self.chapter)
        self._check_sequence(index, text=f"§ {ident}", unit=unit, siblings=self.act.units)
        self.act.units.append(unit)
        self.stack.append(unit)
        inline = _USTEP.fullmatch(rest) or _POINT.fullmatch(rest)
        if inline and rest:
            level = Level.USTEP if inline.re is _USTEP else Level.POINT
            self._add(index, rest, level, inline.group(1), inline.group(2))
        else:
            unit.text = rest

    def _add(self, index: int, text: str, level: Level, ident: str, rest: str) -> None:
        parent = self._parent_for(index, text, level, ident)
        if parent is None:
            return
        if level is Level.TIRET:
            ident = str(sum(1 for c in parent.children if c.address.last_level is level) + 1)
        address = from_parts((*parent.address.parts, UnitPart(level, ident)))
        unit = ActUnit(address, rest, [index], chapter=self.chapter)
        self._check_sequence(index, text, unit, parent.children)
        parent.children.append(unit)
        self.stack.append(unit)

    def _parent_for(self, index: int, text: str, level: Level, ident: str) -> ActUnit | None:
        if not self.stack:
            self.issues.append(_issue(index, text, messages.ACT_TEXT_OUTSIDE_PARAGRAPH))
            return None
        while self.stack and self.stack[-1].address.last_level >= level:
            self.stack.pop()
        parent = self.stack[-1]
        problem = self._misplaced(parent, level, ident)
        if problem is not None:
            self.issues.append(_issue(index, text, problem))
            return None
        return parent

    @staticmethod
    def _misplaced(parent: ActUnit, level: Level, ident: str) -> str | None:
        name = parent.address.text()
        kinds = {child.address.last_level for child in parent.children}
        if level is Level.USTEP and parent.text and not kinds:
            return messages.ACT_USTEP_AFTER_TEXT.format(ident=ident, unit=name)
        if level is Level.USTEP and Level.POINT in kinds:
            return messages.ACT_USTEP_AFTER_POINTS.format(ident=ident, unit=name)
        if level is Level.LETTER and parent.address.last_level is not Level.POINT:
            return messages.ACT_LETTER_WITHOUT_POINT.format(ident=ident, unit=name)
        if level is Level.TIRET and parent.address.last_level not in (Level.POINT, Level.LETTER):
            return messages.ACT_TIRET_WITHOUT_POINT.format(unit=name)
        return None

    def _plain(self, index: int, text: str) -> None:
        if _starts_with_mark(text):
            self.issues.append(_issue(index, text, messages.ACT_UNKNOWN_MARK))
            return
        if not self.stack:
            self.issues.append(_issue(index, text, messages.ACT_TEXT_OUTSIDE_PARAGRAPH))
            return
        unit = self.stack[-1]
        if unit.address.last_level in (Level.PARAGRAPH, Level.USTEP):
            unit.text = f"{unit.text}\n{text}" if unit.text else text
            unit.paragraphs.append(index)
            return
        name = unit.address.text()
        self.issues.append(_issue(index, text, messages.ACT_LOOSE_TEXT.format(unit=name)))

    # --- numbering checks ---

    def _check_sequence(
        self, index: int, text: str, unit: ActUnit, siblings: list[ActUnit]
    ) -> None:
        address = unit.address
        if self.repeated and any(ancestor in self.repeated for ancestor in address.ancestors):
            return
        if address in self.seen:
            self.repeated.add(address)
            self._warn(index, text, messages.ACT_NUMBER_REPEAT.format(
                number=index + 1, unit=address.text(), first=self.seen[address] + 1))
            return
        self.seen[address] = index
        if address.last_level is Level.TIRET:
            return
        same = [s for s in siblings if s.address.last_level is address.last_level]
        previous = same[-1].address if same else None
        problem = _sequence_problem(previous, address)
        if problem is not None:
            self._warn(index, text, problem.format(
                number=index + 1, unit=address.text(),
                previous=previous.text() if previous else ""))

    def _warn(self, index: int, text: str, message: str) -> None:
        self.act.warnings.append(ParseIssue(index, text, message))

    def finish(self) -> Act:
        self._close_pending_chapter()
        self._flush_annex()
        if self.issues:
            lines = [messages.ACT_CANNOT_PARSE.format(count=len(self.issues))]
            lines += [f"  {issue.message}" for issue in self.issues]
            raise ActError("\n".join(lines), tuple(self.issues))
        if not self.act.units:
            raise ActError(messages.ACT_NO_PARAGRAPHS)
        return self.act


def _starts_with_mark(text: str) -> bool:
    return any(
        pattern.fullmatch(text) for pattern in (_PARAGRAPH, _USTEP, _POINT, _LETTER)
    ) or bool(_SUSPICIOUS.match(text))


def _sequence_problem(previous: EditorialUnit | None, current: EditorialUnit) -> str | None:
    """Which numbering message applies to `current` following `previous` (None: in order)."""
    if previous is None:
        first = "a" if current.last_level is Level.LETTER else "1"
        return None if current.last_part.ident == first else messages.ACT_NUMBER_START
    if current < previous:
        return messages.ACT_NUMBER_BACKWARDS
    if current.predecessor is not None:
        return None if current.predecessor == previous else messages.ACT_NUMBER_GAP
    return None if _next_plain_ident(previous.last_part) == current.last_part.ident else (
        messages.ACT_NUMBER_GAP
    )


def _next_plain_ident(part: UnitPart) -> str:
    """The identifier of the next unit without a suffix: `2a` → `3`, `b` → `c`, `ab` → `b`."""
    if part.level is Level.LETTER:
        return chr(ord(part.ident[0]) + 1)
    digits = re.match(r"[0-9]+", part.ident)
    assert digits is not None
    return str(int(digits.group(0)) + 1)
