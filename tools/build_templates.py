"""Build the default Word templates in `templates/` (run: `python tools/build_templates.py`).

The templates are ordinary .docx files an office can open and edit in Word: named styles
(Title, Heading 1/2, Normal, „Tabela SZJ”, „Podpis”, …), A4 pages, the office name and the
case sign in the header, „Strona X z Y” in the footer (real PAGE/NUMPAGES fields), tables
whose header row repeats on every page, and docxtpl tags (`{{ … }}`, `{%tr for … %}`,
`{%p if … %}`) naming the fields of `generator.context.FIELDS`.

The output is deterministic: the same script gives byte-identical files (fixed ZIP times).
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import context as c  # noqa: E402  (the template names live there)

FONT = "Times New Roman"  # LibreOffice substitutes the metric-compatible Liberation Serif
MARGIN_CM = 2.5
A4_CM = (21.0, 29.7)
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CORE_TIME = datetime(2026, 1, 1)
HEADER_FILL = "D9D9D9"
DOTS = "…" * 18
SIGNATURE_SPACE = 14  # points above the signature blocks
BLANK = "………………"

# Paragraph and table styles the templates use: (name shown in Word, style id).
TABLE_TEXT = ("Tabela – tekst", "TabelaTekst")
TABLE_HEAD = ("Tabela – nagłówek", "TabelaNaglowek")
SIGNATURE = ("Podpis", "Podpis")
SIGNATURE_NOTE = ("Podpis – objaśnienie", "PodpisObjasnienie")
DATE_LINE = ("Miejscowość i data", "MiejscowoscData")
LIST_ITEM = ("Wyliczenie", "Wyliczenie")
ACT_HEAD = ("Akt – tytuł", "AktTytul")
ACT_TEXT = ("Akt – przepis", "AktPrzepis")
ACT_POINT = ("Akt – punkt", "AktPunkt")
ACT_QUOTE = ("Akt – cytat", "AktCytat")
ACT_LETTER = ("Akt – litera", "AktLitera")
ACT_LETTER_QUOTE = ("Akt – cytat litery", "AktCytatLitery")
NOTE = ("Objaśnienie", "Objasnienie")
GRID_TABLE = ("Tabela SZJ", "TabelaSZJ")
PLAIN_TABLE = ("Tabela bez obramowania", "TabelaBezObramowania")


# Elements that follow <w:pBdr> in <w:pPr>, and <w:tblW> in <w:tblPr> (schema order).
_PPR_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_TBLPR_AFTER_WIDTH = (
    "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
    "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange",
)  # fmt: skip


# --- styles --------------------------------------------------------------------------------


def _set_fonts(rpr: object, size_pt: float | None = None) -> None:
    """Give a run-properties element explicit fonts (no theme fonts) and optionally a size."""
    fonts = rpr.get_or_add_rFonts()  # type: ignore[attr-defined]
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    if size_pt is not None:
        rpr.sz_val = Pt(size_pt)  # type: ignore[attr-defined]  # python-docx keeps the order
        size = rpr.find(qn("w:szCs"))  # type: ignore[attr-defined]
        if size is None:
            size = OxmlElement("w:szCs")
            rpr.find(qn("w:sz")).addnext(size)  # type: ignore[attr-defined]
        size.set(qn("w:val"), str(int(size_pt * 2)))


def _clean_styles(doc: DocxDocument) -> None:
    """Remove theme fonts, theme colours and decorative borders from every style."""
    styles = doc.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
    for tag in ("w:color", "w:pBdr", "w:kern"):
        for el in list(styles.iter(qn(tag))):
            el.getparent().remove(el)
    for rpr in styles.iter(qn("w:rPr")):  # letter-spacing of Title/Subtitle
        for el in rpr.findall(qn("w:spacing")):
            rpr.remove(el)
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "pl-PL")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def setup_settings(doc: DocxDocument) -> None:
    """Polish document settings; justified lines ending in a line break are not stretched."""
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))
    values = {"w:themeFontLang": "pl-PL", "w:decimalSymbol": ",", "w:listSeparator": ";"}
    for tag, value in values.items():
        el = settings.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), value)
            for attr in [a for a in el.attrib if a != qn("w:val")]:
                del el.attrib[attr]


def _paragraph_style(
    doc: DocxDocument,
    name_id: tuple[str, str] | str,
    *,
    base: str = "Normal",
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    caps: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    before: float = 0,
    after: float = 0,
    left: float = 0,
    first: float = 0,
    keep_next: bool = False,
) -> None:
    """Create (or redefine a built-in) paragraph style."""
    if isinstance(name_id, str):
        style = doc.styles[name_id]
    else:
        name, style_id = name_id
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = style_id
        style.base_style = doc.styles[base]
        style.quick_style = True
    font = style.font
    font.name = FONT
    _set_fonts(style.element.get_or_add_rPr(), size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    font.all_caps = caps or None
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.left_indent = Cm(left) if left else None
    fmt.first_line_indent = Cm(first) if first else None
    fmt.keep_with_next = keep_next or None


def _table_style(doc: DocxDocument, name_id: tuple[str, str], borders: bool) -> None:
    name, style_id = name_id
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    xml = (
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        "<w:qFormat/>"
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:tblPr>"
        + (f"<w:tblBorders>{border}</w:tblBorders>" if borders else "")
        + '<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>"
    )
    doc.styles.element.append(parse_xml(xml))


def setup_styles(doc: DocxDocument) -> None:
    """The named styles every template shares."""
    _clean_styles(doc)
    normal = doc.styles["Normal"]
    _paragraph_style(doc, "Normal", size=11, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
    normal.paragraph_format.widow_control = True
    _paragraph_style(
        doc,
        "Title",
        size=14,
        bold=True,
        caps=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=12,
        after=2,
        keep_next=True,
    )
    _paragraph_style(
        doc,
        "Subtitle",
        size=12,
        bold=True,
        italic=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=14,
        keep_next=True,
    )
    _paragraph_style(
        doc,
        "Heading 1",
        size=12,
        bold=True,
        before=12,
        after=4,
        keep_next=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    _paragraph_style(
        doc,
        "Heading 2",
        size=11,
        bold=True,
        before=8,
        after=4,
        keep_next=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    _paragraph_style(doc, TABLE_TEXT, size=9.5, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph_style(
        doc,
        TABLE_HEAD,
        base=TABLE_TEXT[0],
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        keep_next=True,
    )
    _paragraph_style(doc, SIGNATURE, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, SIGNATURE_NOTE, base=SIGNATURE[0], size=8, italic=True)
    _paragraph_style(doc, DATE_LINE, align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
    _paragraph_style(doc, LIST_ITEM, left=0.9, first=-0.45, after=3)
    _paragraph_style(doc, NOTE, size=9, italic=True, before=4, after=4)
    _paragraph_style(
        doc,
        ACT_HEAD,
        size=12,
        bold=True,
        caps=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        keep_next=True,
    )
    _paragraph_style(doc, ACT_TEXT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=1.0, after=6)
    _paragraph_style(
        doc, ACT_POINT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=0.6, first=-0.6, after=3
    )
    _paragraph_style(doc, ACT_QUOTE, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=0.6, after=3)
    _paragraph_style(
        doc, ACT_LETTER, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=1.2, first=-0.6, after=3
    )
    _paragraph_style(doc, ACT_LETTER_QUOTE, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=1.2, after=3)
    _table_style(doc, GRID_TABLE, borders=True)
    _table_style(doc, PLAIN_TABLE, borders=False)


# --- header, footer, page ------------------------------------------------------------------


def _field(paragraph: Paragraph, code: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice compute when shown."""

    def run_with(child: object) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _border(paragraph: Paragraph, side: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="4" w:space="4" '
        'w:color="000000"/></w:pBdr>'
    )
    ppr.insert_element_before(borders, *_PPR_AFTER_BORDER)


def _small(paragraph: Paragraph, size: float = 9) -> None:
    for run in paragraph.runs:
        run.font.size = Pt(size)


def setup_page(doc: DocxDocument, footer_label: str, landscape: bool) -> float:
    """A4 with 2.5 cm margins, header (office, case sign) and footer (page X of Y).

    Returns the text width in centimetres.
    """
    section = doc.sections[0]
    width, height = A4_CM
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    section.header_distance = section.footer_distance = Cm(1.25)
    text_width = width - 2 * MARGIN_CM

    header = section.header.paragraphs[0]
    header.style = doc.styles["Normal"]
    header.alignment = WD_ALIGN_PARAGRAPH.LEFT
    header.paragraph_format.space_after = Pt(0)
    header.paragraph_format.tab_stops.add_tab_stop(Cm(text_width), WD_TAB_ALIGNMENT.RIGHT)
    header.add_run("{{ urzad }}")
    header.add_run("\tZnak sprawy: {{ znak }}")
    _small(header)
    _border(header, "bottom")

    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Normal"]
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    footer.paragraph_format.space_after = Pt(0)
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(text_width), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(f"{footer_label}\tStrona ")
    _field(footer, "PAGE", "1")
    footer.add_run(" z ")
    _field(footer, "NUMPAGES", "1")
    _small(footer)
    _border(footer, "top")
    return text_width


# --- building blocks -----------------------------------------------------------------------

Run = tuple[str, str]  # (text, flags: "b" bold, "i" italic, "u" underline, "s" strike-red)


@dataclass(frozen=True)
class Column:
    """A table column: header text, width in cm, the cell's template text, alignment."""

    header: str
    width: float
    value: str
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT


@dataclass(frozen=True)
class Signature:
    """A signature block: caption, dotted line, „(data i podpis)”, role lines, name."""

    caption: str
    roles: tuple[str, ...]
    name: str | None


class Builder:
    """Writes one template top to bottom."""

    def __init__(self, footer_label: str, title: str, *, landscape: bool = False) -> None:
        self.doc = Document()
        setup_styles(self.doc)
        setup_settings(self.doc)
        self.width = setup_page(self.doc, footer_label, landscape)
        props = self.doc.core_properties
        props.title = title
        props.subject = "System Zarządzania Jakością"
        props.author = "Generator dokumentów SZJ"
        props.last_modified_by = "Generator dokumentów SZJ"
        props.language = "pl-PL"
        props.created = props.modified = CORE_TIME
        props.revision = 1
        props.comments = ""
        props.keywords = "SZJ"

    # paragraphs

    def para(
        self,
        *runs: str | Run,
        style: tuple[str, str] | str = "Normal",
        align: WD_ALIGN_PARAGRAPH | None = None,
        keep_next: bool = False,
        container: object = None,
    ) -> Paragraph:
        target = container if container is not None else self.doc
        paragraph = target.add_paragraph()  # type: ignore[attr-defined]
        paragraph.style = self.doc.styles[style if isinstance(style, str) else style[0]]
        if align is not None:
            paragraph.alignment = align
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True
        for run in runs:
            text, flags = (run, "") if isinstance(run, str) else run
            _add_run(paragraph, text, flags)
        return paragraph

    def tag(self, tag: str, container: object = None) -> None:
        """A paragraph holding only a `{%p … %}` tag; docxtpl removes it when rendering."""
        self.para(tag, container=container)

    def date_line(self) -> None:
        self.para("{{ miejscowosc }}, {{ data }}", style=DATE_LINE)

    def title(self, text: str, subtitle: str | None = "{{ tytul }}") -> None:
        self.para(text, style="Title")
        if subtitle:
            self.para(subtitle, style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        self.para(text, style=f"Heading {level}")

    def items(self, loop: str, text: str, empty: str | None = None) -> None:
        """A dashed list from a loop (`o in zespol`), or `empty` when the list is empty."""
        var = loop.split(" in ")[1].strip()
        if empty:
            self.tag(f"{{%p if {var} %}}")
        self.tag(f"{{%p for {loop} %}}")
        self.para("–\t" + text, style=LIST_ITEM)
        self.tag("{%p endfor %}")
        if empty:
            self.tag("{%p else %}")
            self.para(empty)
            self.tag("{%p endif %}")

    def optional_text(self, field: str, otherwise: str) -> None:
        """The field's text, or a fixed sentence when the field is empty."""
        self.tag(f"{{%p if {field} %}}")
        self.para(f"{{{{ {field} }}}}")
        self.tag("{%p else %}")
        self.para(otherwise)
        self.tag("{%p endif %}")

    # tables

    def table(
        self,
        columns: Sequence[Column],
        loop: str,
        *,
        empty: str | None = None,
        keep_together: bool = False,
        extra_row: Callable[[Table], None] | None = None,
        after: Callable[[Table], None] | None = None,
    ) -> Table:
        """A bordered table: a repeating header row, then one row per item of `loop`.

        No data row splits across pages. `extra_row` adds rows inside the loop (after the
        item's row); `after` adds rows after the loop (totals). With `keep_together`, each
        item's row stays on a page with the row after it (its extra row, or the next item:
        a short table then moves as a whole, with the heading before it). With `empty`, one
        merged row says so when there are no items.
        """
        table = self._grid(len(columns), [col.width for col in columns])
        header = table.rows[0]
        _repeat_header(header)
        for cell, col in zip(header.cells, columns, strict=True):
            _cell_text(cell, col.header, TABLE_HEAD)
            _shade(cell, HEADER_FILL)
            _valign(cell, "center")
        self._tag_row(table, f"{{%tr for {loop} %}}")
        row = table.add_row()
        for cell, col in zip(row.cells, columns, strict=True):
            _cell_text(cell, col.value, TABLE_TEXT, col.align)
            if keep_together:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
        _cant_split(row)
        if extra_row:
            extra_row(table)
        self._tag_row(table, "{%tr endfor %}")
        if empty:
            var = loop.split(" in ")[1].strip()
            self._tag_row(table, f"{{%tr if not {var} %}}")
            merged = table.add_row()
            cell = merged.cells[0].merge(merged.cells[-1])
            _cell_text(cell, empty, TABLE_TEXT, WD_ALIGN_PARAGRAPH.CENTER)
            _cant_split(merged)
            self._tag_row(table, "{%tr endif %}")
        if after:
            after(table)
        _fix_widths(table, [col.width for col in columns])
        self.para("", style="Normal").paragraph_format.space_after = Pt(2)
        return table

    def key_values(self, rows: Sequence[tuple[str, str]], label_width: float = 6.0) -> Table:
        """A two-column table of labelled values (label shaded)."""
        widths = [label_width, self.width - label_width]
        table = self._grid(2, widths, rows=len(rows))
        for row, (label, value) in zip(table.rows, rows, strict=True):
            _cell_text(row.cells[0], label, TABLE_HEAD, WD_ALIGN_PARAGRAPH.LEFT)
            _shade(row.cells[0], HEADER_FILL)
            _cell_text(row.cells[1], value, TABLE_TEXT)
            _cant_split(row)
        _fix_widths(table, widths)
        self.para("", style="Normal").paragraph_format.space_after = Pt(2)
        return table

    def box(self) -> _Cell:
        """A one-cell bordered box to write paragraphs into (the approval box)."""
        table = self._grid(1, [self.width], rows=1)
        _fix_widths(table, [self.width])
        _cant_split(table.rows[0])
        cell = table.rows[0].cells[0]
        cell.paragraphs[0].style = self.doc.styles["Normal"]
        return cell

    def signatures(self, *blocks: Signature | str | None, container: object = None) -> None:
        """Signature blocks side by side, kept on one page together with the paragraph
        before them. None leaves a column empty; a text is written left-aligned into its
        column and the empty columns after it.

        No empty paragraph stands between that paragraph and the blocks (the space is the
        captions' own): LibreOffice does not carry „keep with next” through an empty one.
        """
        if container is None:
            content = [p for p in self.doc.paragraphs if not p.text.startswith("{%")]
            if content:
                content[-1].paragraph_format.keep_with_next = True
        else:
            spacer = self.para("", keep_next=True, container=container)
            spacer.paragraph_format.space_before = Pt(6)
        target = container if container is not None else self.doc
        width = (self.width - 0.4) if container is not None else self.width
        widths = [width / len(blocks)] * len(blocks)
        table = target.add_table(rows=1, cols=len(blocks))  # type: ignore[attr-defined]
        table.style = self.doc.styles[PLAIN_TABLE[0]]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _cant_split(table.rows[0])
        for cell, block in zip(table.rows[0].cells, blocks, strict=True):
            first = cell.paragraphs[0]
            first.style = self.doc.styles[SIGNATURE[0]]
            if container is None:
                first.paragraph_format.space_before = Pt(SIGNATURE_SPACE)
            if isinstance(block, str):
                first.style = self.doc.styles["Normal"]
                first.alignment = WD_ALIGN_PARAGRAPH.LEFT
                _add_run(first, block, "")
            elif block is not None:
                self._signature(cell, block)
        _fix_widths(table, widths)
        cells = table.rows[0].cells
        for index, block in enumerate(blocks):
            if isinstance(block, str):
                span = next(
                    (i for i in range(index + 1, len(blocks)) if blocks[i] is not None),
                    len(blocks),
                )
                if span - 1 > index:
                    cells[index].merge(cells[span - 1])
        if container is not None:  # a cell must end with a paragraph: make it tiny
            end = self.para("", container=container)
            end.paragraph_format.space_after = Pt(0)
            end._p.get_or_add_pPr().append(
                parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr>')
            )

    def _signature(self, cell: _Cell, block: Signature) -> None:
        caption = cell.paragraphs[0]
        _add_run(caption, block.caption, "")
        space = self.para("", style=SIGNATURE, container=cell)
        space.paragraph_format.space_before = Pt(22)
        self.para(DOTS, style=SIGNATURE, container=cell)
        self.para("(data i podpis)", style=SIGNATURE_NOTE, container=cell)
        for role in block.roles:
            self.para(role, style=SIGNATURE, container=cell)
        if block.name:
            self.para((block.name, "b"), style=SIGNATURE, container=cell)

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        path.write_bytes(_deterministic_zip(buffer.getvalue()))

    # internals

    def _grid(self, cols: int, widths: Sequence[float], rows: int = 1) -> Table:
        table = self.doc.add_table(rows=rows, cols=cols)
        table.style = self.doc.styles[GRID_TABLE[0]]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        return table

    def _tag_row(self, table: Table, tag: str) -> None:
        row = table.add_row()
        _cell_text(row.cells[0], tag, TABLE_TEXT)


def _add_run(paragraph: Paragraph, text: str, flags: str) -> None:
    run = paragraph.add_run(text)
    if "b" in flags:
        run.bold = True
    if "i" in flags:
        run.italic = True
    if "u" in flags:
        run.underline = True
    if "s" in flags:
        run.font.strike = True


def _cell_text(
    cell: _Cell,
    text: str,
    style: tuple[str, str],
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = style[0]
    if align is not None:
        paragraph.alignment = align
    if text:
        paragraph.add_run(text)


def _shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _valign(cell: _Cell, where: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="{where}"/>'))


def _row_flag(row: object, tag: str) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    trpr.append(OxmlElement(tag))


def _repeat_header(row: object) -> None:
    _row_flag(row, "w:cantSplit")
    _row_flag(row, "w:tblHeader")


def _cant_split(row: object) -> None:
    _row_flag(row, "w:cantSplit")


def _fix_widths(table: Table, widths: Sequence[float]) -> None:
    """Fixed layout with explicit grid and cell widths, so Word and LibreOffice agree."""
    table.autofit = False  # <w:tblLayout w:type="fixed"/>
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(int(Cm(sum(widths)).twips)))
    total.set(qn("w:type"), "dxa")
    tblpr.insert_element_before(total, *_TBLPR_AFTER_WIDTH)
    for col, width in zip(table.columns, widths, strict=True):
        col.width = Cm(width)
    for row in table.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            index = row._tr.tc_lst.index(tc)
            start = sum(t.grid_span for t in row._tr.tc_lst[:index])
            tc.width = Cm(sum(widths[start : start + span]))


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed timestamps and order, so rebuilding changes no bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# --- the nine templates --------------------------------------------------------------------

SECRETARY_ROLES = ("{{ sekretarz.stanowisko }}", "Pełnomocnik ds.\u00a0SZJ")
DESIGNER = "Osoba odpowiedzialna za projektowanie"
IMPLEMENTER = "Osoba odpowiedzialna za wdrożenie"


def _secretary(caption: str) -> Signature:
    return Signature(caption, SECRETARY_ROLES, "{{ sekretarz.imie_nazwisko }}")


def _person_line(var: str) -> str:
    return (
        f"{{{{ {var}.imie_nazwisko }}}}, {{{{ {var}.stanowisko }}}}"
        f"{{% if {var}.komorka %}} ({{{{ {var}.komorka }}}}){{% endif %}}"
    )


def build_decision(path: Path) -> None:
    b = Builder("Decyzja o podjęciu prac projektowych", "Decyzja o podjęciu prac projektowych")
    b.date_line()
    b.title("Decyzja", "w sprawie podjęcia prac projektowych")
    b.para(
        "Działając jako {% if sekretarz.stanowisko %}{{ sekretarz.stanowisko }} – {% endif %}"
        "Pełnomocnik ds.\u00a0Systemu Zarządzania Jakością, postanawiam podjąć prace projektowe "
        "w ramach projektu pn.\u00a0",
        ("„{{ tytul }}”", "b"),
        ".",
    )
    b.para("Rodzaj działania: {{ rodzaj_dzialania }}.")
    b.heading("1. Źródło potrzeby")
    b.para("{{ potrzeba_wynika }}", keep_next=True)
    b.items("z in zrodla", "{{ z }}")
    b.heading("2. Opis potrzeby")
    b.para("{{ opis_potrzeby }}")
    b.tag("{%p if podstawa_prawna %}")
    b.para(("Podstawa prawna: ", "b"), "{{ podstawa_prawna }}")
    b.tag("{%p endif %}")
    b.tag("{%p if wymagania_klientow %}")
    b.para(("Wymagania klientów: ", "b"), "{{ wymagania_klientow }}")
    b.tag("{%p endif %}")
    b.heading("3. Wyznaczenie osoby odpowiedzialnej za projektowanie")
    b.para(
        "Osoba odpowiedzialna za realizację prac projektowych: ",
        ("{{ projektant.imie_nazwisko }}", "b"),
        "{% if projektant.stanowisko %} – {{ projektant.stanowisko }}{% endif %}"
        "{% if projektant.komorka %} ({{ projektant.komorka }}){% endif %}.",
    )
    b.heading("4. Termin opracowania założeń")
    b.para(
        "Założenia i wytyczne do projektu, zgodne ze zidentyfikowanymi i zaakceptowanymi "
        "potrzebami klientów oraz z obowiązującymi przepisami i przyjętymi do stosowania "
        "normami, należy opracować i przedłożyć mi do zatwierdzenia w terminie do dnia ",
        ("{{ termin_zalozen }}", "b"),
    )
    b.para("Planowany termin wdrożenia działania: {{ termin_wdrozenia }}")
    b.signatures(
        Signature("Zapoznałem/am się z decyzją:", (DESIGNER,), "{{ projektant.imie_nazwisko }}"),
        _secretary("Decyzję podjął/podjęła:"),
    )
    b.save(path)


def build_assumptions(path: Path) -> None:
    b = Builder("Założenia i wytyczne do projektu", "Założenia i wytyczne do projektu")
    b.date_line()
    b.title("Założenia i wytyczne do projektu")
    b.key_values(
        [
            ("Rodzaj działania", "{{ rodzaj_dzialania }}"),
            (DESIGNER, _person_line("projektant")),
            (
                "Komórka wiodąca",
                "{% if komorka_wiodaca %}{{ komorka_wiodaca }}{% else %}—{% endif %}",
            ),
            ("Planowany termin wdrożenia", "{{ termin_wdrozenia }}"),
        ]
    )
    b.heading("1. Cel projektu")
    b.para("{{ cel }}")
    b.heading("2. Zakres projektu")
    b.para("{{ zakres }}")
    b.heading("3. Wymagania klientów")
    b.optional_text("wymagania_klientow", "Nie zidentyfikowano szczególnych wymagań klientów.")
    b.heading("4. Wymagania prawne")
    b.optional_text(
        "podstawa_prawna",
        "Projekt nie wynika ze zmiany przepisów prawa; stosuje się przepisy obowiązujące Urząd.",
    )
    b.heading("5. Normy i przepisy do stosowania")
    b.optional_text(
        "normy", "Nie wskazano norm innych niż przyjęte w Systemie Zarządzania Jakością Urzędu."
    )
    b.heading("6. Kryteria akceptacji")
    b.optional_text("kryteria_akceptacji", "Nie określono odrębnych kryteriów akceptacji.")
    b.heading("7. Dokumenty Urzędu wymagające zmiany")
    b.table(
        [
            Column("Lp.", 1.0, "{{ d.lp }}", WD_ALIGN_PARAGRAPH.CENTER),
            Column("Dokument", 15.0, "{{ d.dokument }}"),
        ],
        "d in dokumenty_do_zmiany",
        empty="Projekt nie wymaga zmian w dokumentach Urzędu.",
    )
    b.heading("8. Dokumentacja Systemu Zarządzania Jakością")
    _qms_table(b, [1.0, 2.0, 5.2, 2.2, 2.2, 3.4])
    b.signatures(
        Signature("Opracował/a:", (DESIGNER,), "{{ projektant.imie_nazwisko }}"),
        None,
    )
    b.heading("Zatwierdzenie założeń i skierowanie do wdrożenia")
    box = b.box()
    box.paragraphs[0].add_run(
        "Zatwierdzam założenia do projektu i kieruję projekt zmian do wdrożenia."
    )
    b.para((IMPLEMENTER + ": ", "b"), _person_line("wdrazajacy"), container=box)
    b.para(("Zespół pracowników przydzielony do pomocy:", "b"), container=box)
    b.tag("{%p if zespol %}", container=box)
    b.tag("{%p for o in zespol %}", container=box)
    b.para("–\t" + _person_line("o"), style=LIST_ITEM, container=box)
    b.tag("{%p endfor %}", container=box)
    b.tag("{%p else %}", container=box)
    b.para("nie przydzielono zespołu", container=box)
    b.tag("{%p endif %}", container=box)
    b.signatures(None, _secretary("Zatwierdzam:"), container=box)
    b.save(path)


def _qms_table(b: Builder, widths: Sequence[float]) -> None:
    b.table(
        [
            Column("Lp.", widths[0], "{{ q.lp }}", WD_ALIGN_PARAGRAPH.CENTER),
            Column("Symbol", widths[1], "{{ q.symbol }}"),
            Column("Nazwa dokumentu", widths[2], "{{ q.nazwa }}"),
            Column("Rodzaj", widths[3], "{{ q.rodzaj }}"),
            Column("Działanie", widths[4], "{{ q.dzialanie }}"),
            Column("Osoba odpowiedzialna", widths[5], "{{ q.odpowiedzialny }}"),
        ],
        "q in dokumentacja_szj",
        empty="Projekt nie wymaga zmian w dokumentacji Systemu Zarządzania Jakością.",
    )


def build_resources(path: Path) -> None:
    b = Builder("Wykaz zasobów", "Wykaz zasobów niezbędnych do realizacji projektu", landscape=True)
    right = WD_ALIGN_PARAGRAPH.RIGHT
    center = WD_ALIGN_PARAGRAPH.CENTER
    b.date_line()
    b.title("Wykaz zasobów niezbędnych do realizacji projektu")
    b.para(
        "Na podstawie założeń do projektu{% if data_zatwierdzenia_zalozen %} zatwierdzonych "
        "w dniu {{ data_zatwierdzenia_zalozen }}{% endif %}, przy pomocy podległych służb, "
        "określono następujące zasoby niezbędne do realizacji wdrażanego działania:"
    )
    b.table(
        [
            Column("Lp.", 0.9, "{{ r.lp }}", center),
            Column("Rodzaj zasobu", 2.9, "{{ r.rodzaj }}"),
            Column("Opis", 5.3, "{{ r.opis }}"),
            Column("Ilość", 1.2, "{{ r.ilosc }}", right),
            Column("J.m.", 1.2, "{{ r.jm }}", center),
            Column("Cena jedn.", 2.5, "{{ r.cena }}", right),
            Column("Wartość", 2.6, "{{ r.wartosc }}", right),
            Column("Źródło finansowania", 3.1, "{{ r.zrodlo }}"),
            Column("Termin zapewnienia", 2.4, "{{ r.termin }}", center),
            Column("Status", 2.6, "{{ r.status }}", center),
        ],
        "r in zasoby",
        empty="Nie zidentyfikowano zasobów niezbędnych do realizacji projektu.",
    )
    b.heading("Zestawienie według rodzajów zasobów", 2)

    def total_row(table: Table) -> None:
        row = table.add_row()
        _cell_text(row.cells[0], "", TABLE_TEXT)
        row.cells[0].paragraphs[0].add_run("Razem").bold = True
        _cell_text(row.cells[1], "", TABLE_TEXT, right)
        row.cells[1].paragraphs[0].add_run("{{ razem }}").bold = True
        _cant_split(row)

    sums = b.table(
        [
            Column("Rodzaj zasobu", 7.0, "{{ s.rodzaj }}"),
            Column("Wartość", 3.5, "{{ s.wartosc }}", right),
        ],
        "s in sumy",
        keep_together=True,  # the summary moves as a whole, with its heading
        after=total_row,
    )
    sums.alignment = WD_TABLE_ALIGNMENT.LEFT
    b.para(
        "Łączna wartość zasobów: ",
        ("{{ razem }}", "b"),
        " (słownie: {{ razem_slownie }}).",
        keep_next=True,
    )
    b.signatures(
        Signature(
            "Sporządził/a:",
            ("{{ kierownik_ro.stanowisko }}",),
            "{{ kierownik_ro.imie_nazwisko }}",
        ),
        _secretary("Akceptuję:"),
        Signature("Przekazano – otrzymałem/am:", (IMPLEMENTER,), "{{ wdrazajacy.imie_nazwisko }}"),
    )
    b.save(path)


def build_proposals(path: Path) -> None:
    b = Builder(
        "Propozycje zmian w dokumentach", "Propozycje zmian w dokumentach Urzędu", landscape=True
    )
    b.date_line()
    b.title("Propozycje zmian w dokumentach Urzędu")
    b.para(
        "Osoba odpowiedzialna za wdrożenie projektu wraz z zespołem przedkłada "
        "{{ sekretarz_celownik }} – Pełnomocnikowi ds.\u00a0SZJ następujące propozycje zmian "
        "w dokumentach Urzędu:"
    )
    b.para(
        ("Objaśnienie: ", "i"),
        ("w wierszu „Porównanie” tekst usunięty jest ", "i"),
        ("przekreślony", "is"),
        (", a tekst dodany – ", "i"),
        ("podkreślony", "iu"),
        (".", "i"),
        style=NOTE,
    )
    _color_last_runs(b)
    b.tag("{%p for d in dokumenty %}")
    b.heading("{{ loop.index }}. {{ d.nazwa }}")

    def redline_row(table: Table) -> None:
        row = table.add_row()
        cell = row.cells[0].merge(row.cells[-1])
        _cell_text(cell, "", TABLE_TEXT)
        paragraph = cell.paragraphs[0]
        paragraph.add_run("Porównanie: ").italic = True
        paragraph.add_run("{{ z.porownanie }}")
        _cant_split(row)

    b.table(
        [
            Column("Lp.", 0.9, "{{ z.lp }}", WD_ALIGN_PARAGRAPH.CENTER),
            Column("Jednostka redakcyjna", 2.3, "{{ z.jednostka }}"),
            Column("Brzmienie obecne", 6.3, "{{ z.obecne }}"),
            Column("Brzmienie proponowane", 6.3, "{{ z.proponowane }}"),
            Column("Rodzaj zmiany", 2.2, "{{ z.rodzaj }}"),
            Column("Uzasadnienie", 6.7, "{{ z.uzasadnienie }}"),
        ],
        "z in d.zmiany",
        keep_together=True,  # a change stays on one page with its „Porównanie” row
        extra_row=redline_row,
    )
    b.tag("{%p endfor %}")
    b.tag("{%p if not dokumenty %}")
    b.para("Projekt nie wymaga zmian w dokumentach Urzędu.")
    b.tag("{%p endif %}")
    b.heading("Dokumentacja Systemu Zarządzania Jakością")
    _qms_table(b, [0.9, 2.6, 9.0, 3.0, 3.0, 6.2])
    b.tag("{%p if zespol %}")
    b.para(
        ("Członkowie zespołu: ", "b"),
        "{% for o in zespol %}{{ o.imie_nazwisko }} ({{ o.stanowisko }})"
        "{% if not loop.last %}, {% endif %}{% endfor %}.",
    )
    b.tag("{%p endif %}")
    b.signatures(
        Signature("Opracował/a i przedłożył/a:", (IMPLEMENTER,), "{{ wdrazajacy.imie_nazwisko }}"),
        None,
        None,
    )
    b.save(path)


def _color_last_runs(b: Builder) -> None:
    """Colour the legend's struck (red) and underlined (blue) runs like the redline."""
    paragraph = b.doc.paragraphs[-1]
    for run in paragraph.runs:
        if run.font.strike:
            _run_color(run, "C00000")
        elif run.underline:
            _run_color(run, "0070C0")


def _tighten(paragraph: Paragraph) -> None:
    """Make the empty paragraph after a table a small gap (its mark is 2 pt high)."""
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr>')
    )


def _run_color(run: object, color: str) -> None:
    run.font.color.rgb = RGBColor.from_string(color)  # type: ignore[attr-defined]


def _act_body(b: Builder) -> None:
    """§ 1 of a draft act: the opening sentence, numbered items, lettered sub-items."""
    b.para(("§\u00a01. ", "b"), "{{ paragraf1.wstep }}", style=ACT_TEXT)
    b.tag("{%p for p in paragraf1.punkty %}")
    b.tag("{%p if p.naglowek %}")
    b.para("{{ p.naglowek }}", style=ACT_POINT)
    b.tag("{%p endif %}")
    b.tag("{%p if p.cytat %}")
    b.para("{{ p.cytat }}", style=ACT_QUOTE)
    b.tag("{%p endif %}")
    b.tag("{%p for l in p.podpunkty %}")
    b.para("{{ l.naglowek }}", style=ACT_LETTER)
    b.tag("{%p if l.cytat %}")
    b.para("{{ l.cytat }}", style=ACT_LETTER_QUOTE)
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")


def _act_heading(b: Builder, kind: str, organ: str, subject: str) -> None:
    b.para("Projekt z dnia {{ data }}", style=DATE_LINE)
    b.para(kind, style=ACT_HEAD)
    b.para(organ, style=ACT_HEAD)
    b.para("z dnia ……………………\u00a0r.", align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    last = b.para((subject, "b"), align=WD_ALIGN_PARAGRAPH.CENTER)
    last.paragraph_format.space_before = Pt(12)
    last.paragraph_format.space_after = Pt(18)


def _act_end(b: Builder, act: str, competence: str, relation: str) -> None:
    """The justification: the organ's competence, the project, the list of changes."""
    b.heading("Uzasadnienie")
    b.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.doc.paragraphs[-1].paragraph_format.space_before = Pt(24)
    b.para(competence, style=ACT_TEXT)
    b.para(relation, style=ACT_TEXT)
    b.para("Projektowane zmiany obejmują:", style=ACT_TEXT, keep_next=True)
    b.tag("{%p for punkt in uzasadnienie %}")
    b.para("{{ punkt }}", style=ACT_POINT)
    b.tag("{%p endfor %}")
    b.signatures(
        Signature(
            f"Projekt {act} przygotował/a:",
            ("{{ wdrazajacy.stanowisko }}",),
            "{{ wdrazajacy.imie_nazwisko }}",
        ),
        Signature("Sprawdzono pod względem formalnoprawnym:", ("radca prawny",), None),
    )


def build_ordinance(path: Path) -> None:
    b = Builder(
        "Projekt zarządzenia", "Projekt zarządzenia w sprawie zmiany Regulaminu Organizacyjnego"
    )
    _act_heading(
        b,
        "Zarządzenie Nr\u00a0……/……",
        "{{ burmistrz_dopelniacz }}",
        "w sprawie zmiany Regulaminu Organizacyjnego {{ urzad_dopelniacz }}",
    )
    b.para("{{ podstawa_zarzadzenia }} zarządza się, co następuje:", style=ACT_TEXT)
    _act_body(b)
    b.para(
        ("§\u00a02. ", "b"),
        "Wykonanie zarządzenia powierza się {{ sekretarz_celownik }}.",
        style=ACT_TEXT,
    )
    b.para(
        ("§\u00a03. ", "b"),
        "Zarządzenie wchodzi w życie z dniem podpisania i podlega publikacji w Biuletynie "
        "Informacji Publicznej.",
        style=ACT_TEXT,
    )
    _act_end(
        b,
        "zarządzenia",
        "Zgodnie z art.\u00a033 ust.\u00a02 ustawy o samorządzie gminnym regulamin organizacyjny "
        "urzędu gminy nadaje burmistrz w drodze zarządzenia.",
        "Zmiana Regulaminu Organizacyjnego {{ urzad_dopelniacz }} jest związana z realizacją "
        "projektu pn.\u00a0„{{ tytul }}”.",
    )
    b.save(path)


def build_resolution(path: Path) -> None:
    b = Builder("Projekt uchwały", "Projekt uchwały w sprawie zmiany Statutu")
    _act_heading(
        b,
        "Uchwała Nr\u00a0……/……/……",
        "{{ rada_dopelniacz }}",
        "w sprawie zmiany {{ statut_dopelniacz }}",
    )
    b.para("{{ podstawa_uchwaly }} {{ rada }} uchwala, co następuje:", style=ACT_TEXT)
    _act_body(b)
    b.para(
        ("§\u00a02. ", "b"),
        "Wykonanie uchwały powierza się {{ burmistrz_celownik }}.",
        style=ACT_TEXT,
    )
    b.para(
        ("§\u00a03. ", "b"),
        "Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia w Dzienniku Urzędowym "
        "Województwa {{ wojewodztwo_dopelniacz }}.",
        style=ACT_TEXT,
    )
    _act_end(
        b,
        "uchwały",
        "Zgodnie z art.\u00a018 ust.\u00a02 pkt\u00a01 ustawy o samorządzie gminnym uchwalanie "
        "statutu gminy należy do wyłącznej właściwości rady gminy.",
        "Zmiana {{ statut_dopelniacz }} jest związana z realizacją projektu "
        "pn.\u00a0„{{ tytul }}”.",
    )
    b.save(path)


def build_approval(path: Path) -> None:
    b = Builder("Karta zatwierdzenia projektu", "Karta zatwierdzenia projektu")
    center = WD_ALIGN_PARAGRAPH.CENTER
    b.date_line()
    b.title("Karta zatwierdzenia projektu")
    b.key_values([(IMPLEMENTER, _person_line("wdrazajacy"))])
    b.heading("1. Dokumenty przedłożone Sekretarzowi")
    b.table(
        [
            Column("Lp.", 1.0, "{{ d.lp }}", center),
            Column("Dokument", 15.0, "{{ d.nazwa }}"),
        ],
        "d in dokumenty_przedlozone",
        empty="Nie przedłożono dokumentów.",
    )
    b.heading("2. Analiza Sekretarza – Pełnomocnika ds.\u00a0SZJ")
    b.table(
        [
            Column("Nr analizy", 1.6, "{{ r.nr }}", center),
            Column("Data przedłożenia", 2.4, "{{ r.data_przedlozenia }}", center),
            Column("Decyzja", 3.2, "{{ r.decyzja }}", center),
            Column("Uwagi i polecone zmiany", 6.4, "{{ r.uwagi }}"),
            Column("Data decyzji", 2.4, "{{ r.data_decyzji }}", center),
        ],
        "r in rundy",
        empty="Projektu jeszcze nie przedłożono.",
    )
    b.para(("{{ wynik_analizy }}", "b"), keep_next=True)
    b.signatures(None, _secretary("Analizy dokonał/a:"))
    b.tag("{%p if zatwierdzenie_burmistrza %}")
    b.heading("3. Zatwierdzenie przez Burmistrza")
    b.para(
        "Projekt wraz z dokumentami wymienionymi w części 1 przedłożono Burmistrzowi "
        "do zatwierdzenia.",
        keep_next=True,
    )
    b.para(
        "Data przedłożenia Burmistrzowi: {% if data_przedlozenia_burmistrzowi %}"
        "{{ data_przedlozenia_burmistrzowi }}{% else %}" + BLANK + "{% endif %}",
        keep_next=True,
    )
    b.signatures(None, _secretary("Przedłożył/a:"))
    b.heading("Decyzja Burmistrza", 2)
    b.para(
        ("{{ zatwierdzam }}", "b"),
        " zatwierdzam dokumenty{% if obrady_rady %} i kieruję projekt uchwały pod obrady "
        "{{ obrady_rady }}{% endif %}",
        keep_next=True,
    )
    b.para(("{{ nie_zatwierdzam }}", "b"), " nie zatwierdzam", keep_next=True)
    b.para(
        "Data decyzji: {% if data_zatwierdzenia %}{{ data_zatwierdzenia }}"
        "{% else %}" + BLANK + "{% endif %}",
        keep_next=True,
    )
    b.tag("{%p if uwagi_burmistrza %}")
    b.para(("Uwagi: ", "b"), "{{ uwagi_burmistrza }}", keep_next=True)
    b.tag("{%p endif %}")
    b.signatures(
        None,
        Signature(
            "Decyzję podjął/podjęła:",
            ("{{ burmistrz.stanowisko }}",),
            "{{ burmistrz.imie_nazwisko }}",
        ),
    )
    b.tag("{%p endif %}")
    b.save(path)


def build_checklist(path: Path) -> None:
    b = Builder(
        "Lista kontrolna przebiegu projektu", "Lista kontrolna przebiegu projektu", landscape=True
    )
    center = WD_ALIGN_PARAGRAPH.CENTER
    b.date_line()
    b.title("Lista kontrolna przebiegu projektu")
    b.para("Stan na dzień {{ stan_na_dzien }}", align=center)
    b.table(
        [
            Column("Krok", 1.8, "{{ w.krok }}", center),
            Column("Czynność", 6.6, "{{ w.czynnosc }}"),
            Column("Odpowiada", 4.9, "{{ w.odpowiada }}"),
            Column("Dokument", 1.9, "{{ w.dokument }}", center),
            Column("Data", 2.1, "{{ w.data }}", center),
            Column("Status", 2.6, "{{ w.status }}", center),
            Column("Uwagi", 4.8, "{{ w.uwagi }}"),
        ],
        "w in wiersze",
    )
    b.para(("Oznaczenia dokumentów: ", "i"), ("{{ oznaczenia_dokumentow }}", "i"), style=NOTE)
    b.heading("Ostrzeżenia")
    b.items("o in ostrzezenia", "{{ o }}", empty="Brak ostrzeżeń.")
    b.heading("Następny krok")
    b.para(("{{ nastepny_krok }}", "b"), keep_next=True)
    b.signatures(None, None, _secretary("Sporządził/a:"))
    b.save(path)


def build_supervision(path: Path) -> None:
    b = Builder("Karta szczególnego nadzoru", "Karta szczególnego nadzoru", landscape=True)
    center = WD_ALIGN_PARAGRAPH.CENTER
    b.date_line()
    b.title("Karta szczególnego nadzoru")
    b.para(
        "Po zapewnieniu niezbędnych zasobów i rozpoczęciu realizacji nowej bądź "
        "zmodyfikowanej działalności {{ sekretarz.stanowisko }} poddaje ją szczególnemu "
        "nadzorowi do czasu przeprowadzenia pierwszego auditu wewnętrznego."
    )
    b.key_values(
        [
            ("Rozpoczęcie działalności i nadzoru", "{{ rozpoczecie }}"),
            ("Planowany termin pierwszego auditu wewnętrznego", "{{ planowany_audit }}"),
            ("Data przeprowadzenia pierwszego auditu wewnętrznego", "{{ data_auditu }}"),
            ("Nr raportu z auditu", "{{ nr_raportu }}"),
            ("Stan nadzoru", "{{ status_nadzoru }}"),
        ],
        label_width=9.0,
    )
    _tighten(b.doc.paragraphs[-1])
    b.heading("Działania korekcyjne, korygujące i zapobiegawcze")
    b.para(
        "Korekcja – działanie w celu wyeliminowania wykrytej niezgodności; działanie "
        "korygujące – działanie w celu wyeliminowania przyczyny niezgodności i zapobieżenia "
        "jej ponownemu wystąpieniu; działanie zapobiegawcze – działanie w celu wyeliminowania "
        "przyczyny potencjalnej niezgodności lub innej potencjalnej sytuacji niepożądanej "
        "(PN-EN ISO 9000:2015).",
        style=NOTE,
    )
    b.table(
        [
            Column("Lp.", 0.8, "{{ a.lp }}", center),
            Column("Rodzaj", 2.6, "{{ a.rodzaj }}"),
            Column("Opis działania", 4.6, "{{ a.opis }}"),
            Column("Przyczyna", 3.4, "{{ a.przyczyna }}"),
            Column("Osoba odpowiedzialna", 3.4, "{{ a.odpowiedzialny }}"),
            Column("Termin", 1.9, "{{ a.termin }}", center),
            Column("Status", 1.8, "{{ a.status }}", center),
            Column("Data zamknięcia", 2.1, "{{ a.data_zamkniecia }}", center),
            Column("Ocena skuteczności", 4.1, "{{ a.ocena }}"),
        ],
        "a in dzialania",
        empty="Nie określono działań.",
    )
    # The summary sits beside the signature, so that a short card fits on one page.
    _tighten(b.doc.paragraphs[-1])
    b.signatures("{{ podsumowanie_dzialan }}", None, _secretary("Nadzór sprawuje:"))
    b.save(path)


BUILDERS: dict[str, Callable[[Path], None]] = {
    c.DECISION: build_decision,
    c.ASSUMPTIONS: build_assumptions,
    c.RESOURCES: build_resources,
    c.PROPOSALS: build_proposals,
    c.ORDINANCE: build_ordinance,
    c.RESOLUTION: build_resolution,
    c.APPROVAL: build_approval,
    c.CHECKLIST: build_checklist,
    c.SUPERVISION: build_supervision,
}


def build_all(directory: Path) -> list[Path]:
    """Write the nine templates into `directory`; returns their paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in c.TEMPLATE_NAMES:
        path = directory / name
        BUILDERS[name](path)
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    directory = Path(args[0]) if args else ROOT / "templates"
    for path in build_all(directory):
        print(path.relative_to(directory.parent) if path.is_relative_to(directory.parent) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
