"""The text of a Word document as plain lines, for golden files, the templates' text dumps
and assertions on what a reader sees: header, body (paragraphs and table rows in order),
footer; struck runs as [-…-], underlined runs as [+…+]; non-breaking spaces as spaces."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from generator.domain.polish import NBSP


def document_text(docx: bytes) -> str:
    """Header, body (paragraphs and table rows in order) and footer as plain lines."""
    document = Document(io.BytesIO(docx))
    lines = [f"[nagłówek] {p.text}" for p in document.sections[0].header.paragraphs]
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_paragraph_text(block))
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    lines += [f"[stopka] {p.text}" for p in document.sections[0].footer.paragraphs]
    text = "\n".join(lines).replace(NBSP, " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _paragraph_text(paragraph: Paragraph) -> str:
    """The paragraph's text with struck runs as [-…-] and underlined runs as [+…+]."""
    parts = []
    for run in paragraph.iter_inner_content():
        text = run.text
        if getattr(getattr(run, "font", None), "strike", None) and text:  # not on a hyperlink
            text = f"[-{text}-]"
        elif getattr(run, "underline", None) and text:
            text = f"[+{text}+]"
        parts.append(text)
    return "".join(parts)


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in python-docx
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(_cell_lines(cell)).replace("\n", " / "))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _cell_lines(cell: _Cell) -> list[str]:
    lines = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            text = _paragraph_text(block)
            if text:
                lines.append(text)
        else:
            lines.extend(_table_lines(block))
    return lines
