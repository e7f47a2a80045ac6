"""A .docx as the renderer and the linter read it: its zip members (bounded, DTD-free),
the parsed Word XML of the parts Jinja fills, and docxtpl's Jinja source of each."""

from __future__ import annotations

import functools
import io
import re
import zipfile
import zlib

from lxml import etree

from generator import messages as msg
from generator.documents.active_content import content_type, content_types
from generator.errors import TemplateError
from generator.files import MAX_UNPACKED_BYTES, unpacked_size
from generator.xml_prolog import UnreadableXml, bytes_blocks, holds_doctype, may_be_xml

# What a damaged, encrypted or truncated .docx raises while it is unpacked.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    zlib.error,
)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = f"{{{W}}}body"
DOCUMENT_PART = "word/document.xml"
_OTHER_PARTS = re.compile(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml")
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
TAGS = re.compile(r"<[^>]+>")
# Templates come from outside the program: no entity expansion, no network, no DTD loading.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@functools.cache
def docxtpl_helper():  # type: ignore[no-untyped-def]
    """docxtpl, for its pure XML helpers; imported on first need (it pulls in python-docx)."""
    from docxtpl import DocxTemplate

    return DocxTemplate(io.BytesIO())


def part_elements(
    name: str, members: tuple[tuple[str, bytes], ...]
) -> tuple[etree._Element, dict[str, etree._Element]]:
    """The parsed word/document.xml and, per templated part, the element Jinja fills: the
    body of the document, the whole of each header, footer and note part."""
    root = _parse(name, dict(members)[DOCUMENT_PART])
    body = root.find(BODY)
    if body is None:
        raise TemplateError(msg.TEMPLATE_UNREADABLE.format(name=name, detail=msg.TEMPLATE_NO_BODY))
    elements = {DOCUMENT_PART: body}
    for member, content in members:
        if _OTHER_PARTS.fullmatch(member):
            elements[member] = _parse(name, content)
    return root, elements


def jinja_source(element: etree._Element) -> str:
    """docxtpl's Jinja source of a part, one Word paragraph per line (`postprocess` removes
    the line breaks again)."""
    xml = docxtpl_helper().patch_xml(etree.tostring(element, encoding="unicode"))
    # docxtpl's literal tags (`{_{` prints `{{`) become Jinja string literals here, in the
    # template, so text a workbook puts into a document is never unescaped after rendering.
    for escaped, literal in _LITERAL_TAGS:
        xml = xml.replace(escaped, "{{ '" + literal + "' }}")
    return _PARAGRAPH_START.sub(r"\n<w:p\1", xml)


_LITERAL_TAGS = (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}"))


def read_members(name: str, data: bytes) -> tuple[tuple[str, bytes], ...]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if unpacked_size(infos) > MAX_UNPACKED_BYTES:
                raise TemplateError(
                    msg.TEMPLATE_UNREADABLE.format(name=name, detail=msg.TEMPLATE_TOO_LARGE)
                )
            members = tuple((info.filename, archive.read(info)) for info in infos)
    except _ZIP_ERRORS as e:
        detail = msg.TEMPLATE_DAMAGED
        raise TemplateError(msg.TEMPLATE_UNREADABLE.format(name=name, detail=detail)) from e
    if DOCUMENT_PART not in dict(members):
        raise TemplateError(msg.TEMPLATE_UNREADABLE.format(name=name, detail=DOCUMENT_PART))
    _check_prologs(name, members)
    return members


def _check_prologs(name: str, members: tuple[tuple[str, bytes], ...]) -> None:
    """No DTD in any XML part, whatever its name's case or its encoding, found by parsing.

    Word never writes a DTD; entity declarations are how XML bombs work, and the parts not
    rendered are copied into every document, so none may hold one. Parts are XML by name,
    by how they start, or by the content type `[Content_Types].xml` gives them (checked
    first, by name, before it is read)."""
    for kinds in (None, content_types(dict(members))):
        for member, content in members:
            kind = content_type(member, kinds) if kinds is not None else ""
            if kinds is not None and not kind.lower().endswith("xml"):
                continue  # the first round saw it
            if may_be_xml(member, content[:64], kind):
                _check_prolog(name, member, content)


def _check_prolog(name: str, member: str, content: bytes) -> None:
    try:
        doctype = holds_doctype(bytes_blocks(content))
    except UnreadableXml as e:
        detail = msg.TEMPLATE_PART_NOT_XML.format(part=member)
        raise TemplateError(msg.TEMPLATE_UNREADABLE.format(name=name, detail=detail)) from e
    if doctype:
        detail = f"{msg.TEMPLATE_DTD} {msg.WHERE_PART.format(part=member)}"
        raise TemplateError(msg.TEMPLATE_UNREADABLE.format(name=name, detail=detail))


def _parse(name: str, xml: bytes) -> etree._Element:
    try:
        return etree.fromstring(xml, PARSER)
    except etree.XMLSyntaxError as e:
        raise TemplateError(msg.TEMPLATE_UNREADABLE.format(name=name, detail=e)) from e


P = f"{{{W}}}p"
T = f"{{{W}}}t"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_DOC_PR = f"{{{_WP}}}docPr"
_FIRST_NEW_ID = 1001  # as docxtpl's `fix_docpr_ids`, above the ids Word gives a template


def unique_drawing_ids(part: etree._Element) -> None:
    """Give every repeated `wp:docPr` id a new one, as docxtpl's `fix_docpr_ids` does.

    A picture (the office's coat of arms, a signature) inside a `{%tr for %}` or `{%p for %}`
    loop is copied with its drawing id, and Word calls a document with duplicate ids
    damaged. The first drawing with an id keeps it, so a document without repeats (every
    default template) is unchanged byte for byte; the copies are numbered from 1001 up,
    past every id in the part."""
    seen: set[str] = set()
    repeated = []
    for drawing in part.iter(_DOC_PR):
        key = drawing.get("id", "")
        if key in seen:
            repeated.append(drawing)
        seen.add(key)
    if not repeated:
        return
    taken = [int(k) for k in seen if k.isdigit()]
    fresh = max([_FIRST_NEW_ID - 1, *taken]) + 1
    for drawing in repeated:
        drawing.set("id", str(fresh))
        fresh += 1


HEADER_PART = re.compile(r"word/header\d*\.xml")


# Half-points: the form's identity as small print (10 pt); „WZÓR” large and spaced (16 pt,
# 3 pt between letters), so nobody files a form of a step still ahead as its record.
_LINE_SIZE, _MARK_SIZE, _MARK_SPACING = "20", "32", "60"


def header_paragraph(text: str) -> etree._Element:
    """A right-aligned bold line for the top of a header: the form's identity, „WZÓR”."""
    paragraph = etree.Element(f"{{{W}}}p")
    properties = etree.SubElement(paragraph, f"{{{W}}}pPr")
    etree.SubElement(properties, f"{{{W}}}spacing", {f"{{{W}}}after": "0"})
    etree.SubElement(properties, f"{{{W}}}jc", {f"{{{W}}}val": "right"})
    run = etree.SubElement(paragraph, f"{{{W}}}r")
    run_properties = etree.SubElement(run, f"{{{W}}}rPr")
    etree.SubElement(run_properties, f"{{{W}}}b")
    mark = text == msg.FORM_MARK
    if mark:  # CT_RPr order: b, spacing, sz
        etree.SubElement(run_properties, f"{{{W}}}spacing", {f"{{{W}}}val": _MARK_SPACING})
    size = _MARK_SIZE if mark else _LINE_SIZE
    etree.SubElement(run_properties, f"{{{W}}}sz", {f"{{{W}}}val": size})
    etree.SubElement(run, f"{{{W}}}t").text = text
    return paragraph


def prepend_lines(container: etree._Element, lines: tuple[str, ...]) -> None:
    """Put `lines` as paragraphs at the start of a header (or a body without one)."""
    for index, line in enumerate(lines):
        container.insert(index, header_paragraph(line))
