"""The tree of an act's units: §§ with their ustępy, punkty, litery and tirets; chapters;
annexes; and what could not be parsed, each pointing at its source paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from generator.domain.units import EditorialUnit

# --- the tree ------------------------------------------------------------------------------


@dataclass
class ActUnit:
    """A unit of the act: `§ 3`, `§ 3 ust. 2`, `§ 3 ust. 2 pkt 1 lit. a`, a tiret.

    `text` is the unit's own text after its mark, with whitespace collapsed (for a unit with
    children: the words before the enumeration, e.g. „Regulamin określa:”). `paragraphs` are
    indexes into `Document.paragraphs`; the first is the one carrying the mark.
    """

    address: EditorialUnit
    text: str
    paragraphs: list[int]
    children: list[ActUnit] = field(default_factory=list)
    chapter: str | None = None

    @property
    def mark(self) -> str:
        """The mark as written in the act: `§ 3.`, `2.`, `1)`, `a)`, `–`."""
        return self.address.designation

    def walk(self) -> Iterator[ActUnit]:
        """This unit and every unit inside it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def wording(self) -> str:
        """The unit with all its children, one unit per line, each with its mark."""
        lines = [f"{unit.mark} {unit.text}".rstrip() for unit in self.walk()]
        return "\n".join(lines)


@dataclass(frozen=True)
class Chapter:
    """„Rozdział 1 / Postanowienia ogólne”: its number as written (`1`, `IV`) and its title."""

    number: str
    title: str
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class Annex:
    """„Załącznik nr 1 …” after the act's text, kept as plain paragraphs (not parsed into units)."""

    number: str | None
    heading: str
    paragraphs: tuple[int, ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ParseIssue:
    """A paragraph the parser could not place, or a numbering warning; `message` is Polish."""

    paragraph: int
    text: str
    message: str


@dataclass
class Act:
    """A parsed act: title and header lines, chapters, the tree of §§, annexes and warnings."""

    title_lines: list[str] = field(default_factory=list)
    header_lines: list[str] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    units: list[ActUnit] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    warnings: list[ParseIssue] = field(default_factory=list)

    def walk(self) -> Iterator[ActUnit]:
        """Every unit in document order."""
        for unit in self.units:
            yield from unit.walk()

    def find(self, address: EditorialUnit) -> ActUnit | None:
        """The unit at `address` (the first one when the act repeats a number), or None."""
        return next((unit for unit in self.walk() if unit.address == address), None)

    def __contains__(self, address: object) -> bool:
        return isinstance(address, EditorialUnit) and self.find(address) is not None
