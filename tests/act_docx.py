"""Build act texts as .docx files the way offices keep them in Word (typed or automatic marks).

A paragraph is given as a string (typed; `\\t` becomes a Word tab, `\\n` a soft line break) or
as `Numbered(num_id, level, text)` for Word's automatic numbering, whose lists are written into
`numbering.xml` from `LIST_FORMATS`-like level tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Numbered:
    """A paragraph numbered by Word (`w:numPr`), its mark not typed."""

    num_id: int
    level: int
    text: str


@dataclass(frozen=True)
class Styled:
    """A paragraph in a paragraph style (which may carry numbering)."""

    style_id: str
    text: str


# (numFmt, lvlText) per level: the usual multi-level list of a regulamin
ACT_LIST = (
    ("decimal", "§ %1."),
    ("decimal", "%2."),
    ("decimal", "%3)"),
    ("lowerLetter", "%4)"),
    ("bullet", "\u2013"),
)


def numbering_xml(lists: dict[int, tuple[tuple[str, str], ...]]) -> str:
    """`numbering.xml` with one abstract list and one instance per entry (numId → levels)."""
    parts = [f'<w:numbering xmlns:w="{W}">']
    for num_id, levels in lists.items():
        parts.append(f'<w:abstractNum w:abstractNumId="{num_id}">')
        for ilvl, (fmt, text) in enumerate(levels):
            parts.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
            )
        parts.append("</w:abstractNum>")
    for num_id in lists:
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
    parts.append("</w:numbering>")
    return "".join(parts)


def build_act(
    path: Path,
    paragraphs: list[str | Numbered | Styled],
    lists: dict[int, tuple[tuple[str, str], ...]] | None = None,
    numbered_styles: dict[str, tuple[int, int]] | None = None,
) -> Path:
    """Write the paragraphs as a .docx at `path`, with the given lists and numbered styles."""
    document = docx.Document()
    for style_id, (num_id, ilvl) in (numbered_styles or {}).items():
        style = document.styles.add_style(style_id, 1)  # 1: WD_STYLE_TYPE.PARAGRAPH
        style.element.set(qn("w:styleId"), style_id)
        p_pr = style.element.get_or_add_pPr()
        p_pr.append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        ))
    for item in paragraphs:
        _add(document, item)
    if lists:
        document.part.numbering_part._element = parse_xml(numbering_xml(lists))
    document.save(str(path))
    return path


def _add(document: docx.document.Document, item: str | Numbered | Styled) -> None:
    if isinstance(item, Styled):
        paragraph = document.add_paragraph(item.text)
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.insert(0, parse_xml(f'<w:pStyle xmlns:w="{W}" w:val="{item.style_id}"/>'))
        return
    text = item.text if isinstance(item, Numbered) else item
    paragraph = document.add_paragraph(text)
    if isinstance(item, Numbered):
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{item.level}"/>'
            f'<w:numId w:val="{item.num_id}"/></w:numPr>'
        ))
