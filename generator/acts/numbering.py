"""Word automatic numbering, rendered as the text Word shows: `§ 3.`, `2.`, `4)`, `b)`, `–`.

Offices number many acts with Word's lists instead of typing the marks, so a paragraph's text
lacks its mark. Word keeps the list in `numbering.xml`: a paragraph's `w:numPr` (directly or
through its style) names a list instance (`w:numId`) and a level (`w:ilvl`); the instance
points at an abstract list whose level says the format (`decimal`, `lowerLetter`, `bullet`)
and the mark's pattern (`%1.`, `%1)`, `§ %1.`). This module counts the paragraphs of each list
the way Word does and gives each numbered paragraph its mark, so the act parser reads typed and
automatic numbering alike.

Simplification (documented, not guessed silently): counters belong to a list instance
(`w:numId`); `w:lvlOverride/w:startOverride` restarts it; a level restarts when a higher level
of the same instance advances (`w:lvlRestart` is honoured when it says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass(frozen=True)
class LevelFormat:
    """One level of an abstract list: its format, its mark pattern and its start value."""

    num_fmt: str
    lvl_text: str
    start: int = 1
    restart_after: int | None = None  # w:lvlRestart: restart when this level (1-based) advances


@dataclass
class NumberingDefinitions:
    """The lists of one document, resolved from `numbering.xml` and the styles' `w:numPr`."""

    levels: dict[int, dict[int, LevelFormat]] = field(default_factory=dict)  # numId → ilvl → fmt
    style_numbering: dict[str, tuple[int, int]] = field(default_factory=dict)  # styleId → ids
    counters: dict[int, dict[int, int]] = field(default_factory=dict)

    def mark_for(self, paragraph: etree._Element) -> str | None:
        """The mark Word shows before `paragraph`, advancing the counters; None if unnumbered."""
        ids = self._num_ids(paragraph)
        if ids is None:
            return None
        num_id, ilvl = ids
        formats = self.levels.get(num_id)
        if not formats or ilvl not in formats:
            return None
        counts = self.counters.setdefault(num_id, {})
        self._advance(formats, counts, ilvl)
        return _render(formats, counts, ilvl)

    def _num_ids(self, paragraph: etree._Element) -> tuple[int, int] | None:
        num_pr = paragraph.find("w:pPr/w:numPr", _NS)
        style = paragraph.find("w:pPr/w:pStyle", _NS)
        style_ids = None
        if style is not None:
            style_ids = self.style_numbering.get(style.get(_w("val"), ""))
        if num_pr is None:
            return style_ids
        num_id = _int_val(num_pr.find("w:numId", _NS))
        ilvl = _int_val(num_pr.find("w:ilvl", _NS))
        if num_id is None and style_ids is not None:
            num_id = style_ids[0]
        if ilvl is None:
            ilvl = style_ids[1] if style_ids is not None else 0
        if num_id is None or num_id == 0:  # numId 0 switches numbering off
            return None
        return num_id, ilvl

    @staticmethod
    def _advance(formats: dict[int, LevelFormat], counts: dict[int, int], ilvl: int) -> None:
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else formats[ilvl].start
        for deeper in [level for level in counts if level > ilvl]:
            if _restarts(formats.get(deeper), ilvl):
                del counts[deeper]


def _restarts(deeper: LevelFormat | None, advanced: int) -> bool:
    """Whether a deeper level restarts when level `advanced` (0-based) is used.

    Word's `w:lvlRestart` names the 1-based level after which the level restarts (it restarts
    after that level or any higher one); 0 means never; absent means after any higher level.
    """
    if deeper is None or deeper.restart_after is None:
        return True
    return deeper.restart_after > 0 and advanced + 1 <= deeper.restart_after


def _render(formats: dict[int, LevelFormat], counts: dict[int, int], ilvl: int) -> str:
    fmt = formats[ilvl]
    if fmt.num_fmt == "bullet":
        return fmt.lvl_text
    text = fmt.lvl_text
    for level in range(9):
        placeholder = f"%{level + 1}"
        if placeholder in text:
            level_fmt = formats.get(level, fmt)
            value = counts.get(level, level_fmt.start)
            text = text.replace(placeholder, format_number(value, level_fmt.num_fmt))
    return text


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def format_number(value: int, num_fmt: str) -> str:
    """A counter as Word writes it in the given `w:numFmt` (`decimal`, `lowerLetter`, …).

    An unknown format gives `?` followed by the value, so the parser reports the paragraph
    instead of reading a wrong number.
    """
    match num_fmt:
        case "decimal" | "decimalZero":
            return str(value) if num_fmt == "decimal" or value > 9 else f"0{value}"
        case "lowerLetter" | "upperLetter":
            letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
            return letter if num_fmt == "lowerLetter" else letter.upper()
        case "lowerRoman" | "upperRoman":
            roman = _to_roman(value)
            return roman if num_fmt == "lowerRoman" else roman.upper()
        case "none":
            return ""
        case _:
            return f"?{value}"


def _to_roman(value: int) -> str:
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _int_val(element: etree._Element | None) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(_w("val"), ""))
    except ValueError:
        return None


def read_numbering(
    numbering_xml: etree._Element | None, styles_xml: etree._Element | None
) -> NumberingDefinitions:
    """Resolve every list instance of a document to its level formats."""
    definitions = NumberingDefinitions()
    if numbering_xml is not None:
        abstracts = {
            _int_val_attr(abstract, "abstractNumId"): _read_levels(abstract)
            for abstract in numbering_xml.findall("w:abstractNum", _NS)
        }
        for num in numbering_xml.findall("w:num", _NS):
            num_id = _int_val_attr(num, "numId")
            abstract_id = _int_val(num.find("w:abstractNumId", _NS))
            levels = dict(abstracts.get(abstract_id, {}))
            _apply_overrides(num, levels)
            if num_id is not None:
                definitions.levels[num_id] = levels
    if styles_xml is not None:
        definitions.style_numbering = _read_style_numbering(styles_xml)
    return definitions


def _int_val_attr(element: etree._Element, name: str) -> int | None:
    try:
        return int(element.get(_w(name), ""))
    except ValueError:
        return None


def _read_levels(abstract: etree._Element) -> dict[int, LevelFormat]:
    levels: dict[int, LevelFormat] = {}
    for lvl in abstract.findall("w:lvl", _NS):
        ilvl = _int_val_attr(lvl, "ilvl")
        if ilvl is not None:
            levels[ilvl] = _read_level(lvl)
    return levels


def _read_level(lvl: etree._Element) -> LevelFormat:
    fmt = lvl.find("w:numFmt", _NS)
    text = lvl.find("w:lvlText", _NS)
    start = _int_val(lvl.find("w:start", _NS))
    restart = _int_val(lvl.find("w:lvlRestart", _NS))
    return LevelFormat(
        num_fmt=fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
        lvl_text=text.get(_w("val"), "") if text is not None else "",
        start=1 if start is None else start,
        restart_after=restart,
    )


def _apply_overrides(num: etree._Element, levels: dict[int, LevelFormat]) -> None:
    for override in num.findall("w:lvlOverride", _NS):
        ilvl = _int_val_attr(override, "ilvl")
        if ilvl is None:
            continue
        replacement = override.find("w:lvl", _NS)
        if replacement is not None:
            levels[ilvl] = _read_level(replacement)
        start = _int_val(override.find("w:startOverride", _NS))
        if start is not None and ilvl in levels:
            old = levels[ilvl]
            levels[ilvl] = LevelFormat(old.num_fmt, old.lvl_text, start, old.restart_after)


def _read_style_numbering(styles_xml: etree._Element) -> dict[str, tuple[int, int]]:
    """Paragraph styles that carry numbering, following `w:basedOn` chains."""
    direct: dict[str, tuple[int | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles_xml.findall("w:style", _NS):
        style_id = style.get(_w("styleId"), "")
        parent = style.find("w:basedOn", _NS)
        if parent is not None:
            based_on[style_id] = parent.get(_w("val"), "")
        num_pr = style.find("w:pPr/w:numPr", _NS)
        if num_pr is not None:
            direct[style_id] = (
                _int_val(num_pr.find("w:numId", _NS)),
                _int_val(num_pr.find("w:ilvl", _NS)),
            )
    resolved: dict[str, tuple[int, int]] = {}
    for style_id in {*direct, *based_on}:
        current: str | None = style_id
        seen: set[str] = set()
        while current is not None and current not in direct and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if current in direct:
            num_id, ilvl = direct[current]
            if num_id:
                resolved[style_id] = (num_id, ilvl or 0)
    return resolved
