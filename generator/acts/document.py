"""Reading an act's .docx: refused when it has tracked changes or no text, its paragraphs as
Word shows them (automatic numbering resolved), then parsed into the tree."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from generator import messages
from generator.acts.numbering import NumberingDefinitions, read_numbering
from generator.acts.parse import parse_paragraphs
from generator.acts.tree import Act
from generator.errors import ActError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}
_REVISION_TAGS = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange")



# --- reading the file ----------------------------------------------------------------------


def parse_act(path: Path) -> Act:
    """Read and parse an act's .docx; raise `ActError` (Polish, naming the file) when it cannot."""
    document = _open(path)
    body = document.element.body
    revisions = _count_revisions(body)
    if revisions:
        raise ActError(f"{path.name}: " + messages.ACT_TRACKED_CHANGES.format(count=revisions))
    paragraphs = read_paragraphs(document)
    if not any(text.strip() for _, text in paragraphs) and not _has_table_text(body):
        raise ActError(f"{path.name}: " + messages.ACT_NO_TEXT)
    try:
        return parse_paragraphs(paragraphs)
    except ActError as error:
        raise ActError(f"{path.name}: {error}", error.issues) from None


def _open(path: Path) -> docx.document.Document:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ActError(f"{path.name}: " + messages.FILE_NOT_FOUND) from None
    except OSError:
        raise ActError(f"{path.name}: " + messages.ACT_NOT_DOCX) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ActError(f"{path.name}: " + messages.ACT_ENCRYPTED)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise ActError(f"{path.name}: " + messages.ACT_NOT_DOCX) from None


def _count_revisions(body: etree._Element) -> int:
    query = " | ".join(f".//w:{tag}" for tag in _REVISION_TAGS)
    return len(etree.ElementBase.xpath(body, query, namespaces=_NS))


def _has_table_text(body: etree._Element) -> bool:
    return any((t.text or "").strip() for t in body.iterfind(".//w:tbl//w:t", _NS))


def read_paragraphs(document: docx.document.Document) -> list[tuple[int, str]]:
    """The body's paragraphs as (index in `Document.paragraphs`, text with automatic marks).

    Automatic numbering is rendered in front of the text, separated by a space; paragraphs in
    tables advance Word's list counters but are not returned.
    """
    numbering = _numbering_of(document)
    body = document.element.body
    result: list[tuple[int, str]] = []
    index = 0
    for paragraph in body.iter(f"{{{W}}}p"):
        if _inside_text_box(paragraph):
            continue
        mark = numbering.mark_for(paragraph)
        if paragraph.getparent() is not body:
            continue
        text = paragraph_text(paragraph)
        result.append((index, f"{mark} {text}" if mark else text))
        index += 1
    return result


def _numbering_of(document: docx.document.Document) -> NumberingDefinitions:
    part = document.part
    numbering_xml = None
    for rel in part.rels.values():
        if rel.reltype.endswith("/numbering") and not rel.is_external:
            target = rel.target_part
            numbering_xml = getattr(target, "element", None)
            if numbering_xml is None:
                numbering_xml = etree.fromstring(target.blob)
    return read_numbering(numbering_xml, document.styles.element)


def _inside_text_box(element: etree._Element) -> bool:
    return any(
        etree.QName(ancestor).localname == "txbxContent" for ancestor in element.iterancestors()
    )


def paragraph_text(paragraph: etree._Element) -> str:
    """A paragraph's visible text: runs, tabs as `\\t`, soft breaks as `\\n`; no text boxes."""
    pieces: list[str] = []
    for node in paragraph.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr",
                               f"{{{W}}}noBreakHyphen"):
        if _inside_text_box(node) or etree.QName(node.getparent()).localname == "pPr":
            continue
        name = etree.QName(node).localname
        if name == "t":
            pieces.append(node.text or "")
        elif name == "tab":
            if etree.QName(node.getparent()).localname == "r":
                pieces.append("\t")
        elif name == "noBreakHyphen":
            pieces.append("-")
        else:
            pieces.append("\n")
    return "".join(pieces)
