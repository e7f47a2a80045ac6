"""What in an office's Word template would make Word or LibreOffice fetch, run or include
something: external relationships, linked images, active fields, an attached template, OLE
objects and ActiveX controls, macros, XInclude, subdocuments and imported chunks, a mail
merge data source.

Every part of a template is copied into every generated document, so any of these would
reach every signable document, and `--pdf` would let LibreOffice fetch a URL or embed a local
file. Each finding is a Polish sentence naming the paragraph (the text a clerk sees) or, where
there is none, the part of the file. The parts have been read already (`render` refuses a DTD
in any of them first), so they are parsed here without entities or network.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

from generator import messages as msg
from generator.xml_prolog import may_be_xml

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"
_XINCLUDE = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")
_P, _T = f"{{{_W}}}p", f"{{{_W}}}t"
_INSTR_TEXT, _FLD_CHAR, _FLD_SIMPLE = f"{{{_W}}}instrText", f"{{{_W}}}fldChar", f"{{{_W}}}fldSimple"
_FLD_TYPE, _INSTR = f"{{{_W}}}fldCharType", f"{{{_W}}}instr"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# Field codes that fetch a file or a link, or run another program (Word's DDE).
ACTIVE_FIELDS = ("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "IMPORT", "LINK")
_ACTIVE_FIELD = re.compile(r"^\s*(" + "|".join(ACTIVE_FIELDS) + r")(?![\w])", re.IGNORECASE)
# Elements that are active content wherever they stand.
_ELEMENTS = {
    f"{{{_W}}}attachedTemplate": msg.ACTIVE_ATTACHED_TEMPLATE,
    f"{{{_W}}}mailMerge": msg.ACTIVE_MAIL_MERGE,
    f"{{{_W}}}altChunk": msg.ACTIVE_INCLUDED,
    f"{{{_W}}}subDoc": msg.ACTIVE_INCLUDED,
    f"{{{_W}}}object": msg.ACTIVE_OLE,
    f"{{{_W}}}control": msg.ACTIVE_OLE,
    f"{{{_OFFICE}}}OLEObject": msg.ACTIVE_OLE,
}
# Relationship types (their last word) that bring in code, objects or other documents.
_RELATIONSHIPS = {
    "vbaproject": msg.ACTIVE_MACRO,
    "wordvbadata": msg.ACTIVE_MACRO,
    "keymapcustomizations": msg.ACTIVE_MACRO,
    "oleobject": msg.ACTIVE_OLE,
    "control": msg.ACTIVE_OLE,
    "activexcontrol": msg.ACTIVE_OLE,
    "activexcontrolbinary": msg.ACTIVE_OLE,
    "attachedtemplate": msg.ACTIVE_ATTACHED_TEMPLATE,
    "subdocument": msg.ACTIVE_INCLUDED,
    "afchunk": msg.ACTIVE_INCLUDED,
}
_MACRO_NAMES = ("vbaproject.bin", "vbadata.xml")
_MACRO_TYPES = ("macroenabled", "vbaproject", "vbadata")
_OLE_TYPES = ("oleobject", "activex")


@dataclass(frozen=True)
class _Part:
    name: str
    data: bytes
    content_type: str


def find_active_content(members: Sequence[tuple[str, bytes]]) -> list[str]:
    """Every piece of active content in a template's zip members, as Polish sentences."""
    types = content_types(dict(members))
    parts = [_Part(name, data, content_type(name, types)) for name, data in members]
    trees = {p.name: tree for p in parts if (tree := _tree(p)) is not None}
    found: list[str] = []
    for part in parts:
        found += _part_problems(part)
    for name, tree in trees.items():
        if name.lower().endswith(".rels"):
            found += _relationship_problems(name, tree, trees)
        else:
            found += _element_problems(name, tree)
    return list(dict.fromkeys(found))


def content_types(members: Mapping[str, bytes]) -> dict[str, str]:
    """`[Content_Types].xml` as {"/part" or "ext": content type} (lower-case keys)."""
    data = next((d for n, d in members.items() if n.lower() == "[content_types].xml"), None)
    if data is None:
        return {}
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return {}
    types = {}
    for element in root:
        kind = element.get("ContentType", "")
        if element.tag == f"{{{_CONTENT_TYPES}}}Override":
            types[element.get("PartName", "").lower()] = kind
        elif element.tag == f"{{{_CONTENT_TYPES}}}Default":
            types[element.get("Extension", "").lower()] = kind
    return types


def content_type(name: str, types: Mapping[str, str]) -> str:
    """The content type of part `name`: its override, else its extension's default."""
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    return types.get("/" + name.lower(), types.get(extension, ""))


def _tree(part: _Part) -> etree._Element | None:
    if not may_be_xml(part.name, part.data[:64], part.content_type):
        return None
    try:
        return etree.fromstring(part.data, _PARSER)
    except etree.XMLSyntaxError:
        return None  # not rendered; Word and LibreOffice would not read it either


def _part_problems(part: _Part) -> list[str]:
    """Macro and OLE parts, by name or by content type."""
    where = msg.WHERE_PART.format(part=part.name)
    kind = part.content_type.lower()
    base = posixpath.basename(part.name).lower()
    if base in _MACRO_NAMES or any(t in kind for t in _MACRO_TYPES):
        return [msg.ACTIVE_MACRO.format(where=where)]
    if any(t in kind for t in _OLE_TYPES) or base.startswith(("oleobject", "activex")):
        return [msg.ACTIVE_OLE.format(where=where)]
    return []


def _relationship_problems(
    name: str, tree: etree._Element, trees: Mapping[str, etree._Element]
) -> list[str]:
    """External targets, and relationships to code, objects or other documents."""
    source = _source_part(name)
    found = []
    for relationship in tree.iter(f"{{{_PKG_RELS}}}Relationship"):
        rel_id = relationship.get("Id", "")
        target = relationship.get("Target", "")
        kind = relationship.get("Type", "").rpartition("/")[2].lower()
        where = _where_used(source, rel_id, trees) or msg.WHERE_PART.format(part=name)
        if relationship.get("TargetMode", "").lower() == "external":
            found.append(msg.ACTIVE_EXTERNAL.format(target=_short(target), where=where))
        elif kind in _RELATIONSHIPS:
            found.append(_RELATIONSHIPS[kind].format(where=where))
    return found


def _source_part(rels_name: str) -> str:
    """`word/_rels/document.xml.rels` → `word/document.xml`."""
    folder, _, file = rels_name.rpartition("/")
    parent = folder.removesuffix("_rels").rstrip("/")
    return f"{parent}/{file.removesuffix('.rels')}" if parent else file.removesuffix(".rels")


def _where_used(source: str, rel_id: str, trees: Mapping[str, etree._Element]) -> str:
    """The paragraph of the element that uses relationship `rel_id` in `source`."""
    tree = next((t for n, t in trees.items() if n.lower() == source.lower()), None)
    if tree is None or not rel_id:
        return ""
    for element in tree.iter():
        if any(k.startswith(f"{{{_R}}}") and v == rel_id for k, v in element.attrib.items()):
            return _where(element, source)
    return ""


def _element_problems(name: str, tree: etree._Element) -> list[str]:
    found = []
    if any(uri in _XINCLUDE for uri in tree.nsmap.values()):
        found.append(msg.ACTIVE_XINCLUDE.format(where=msg.WHERE_PART.format(part=name)))
    for element in _SUSPECTS(tree):
        problem = _element_problem(element)
        if problem:
            found.append(problem.format(where=_where(element, name)))
    found += _field_problems(name, tree)
    return found


# The elements `_element_problem` judges, found by libxml2 in one pass (a styles part alone
# has ~20,000 elements; visiting each in Python took 60 ms per template).
_SUSPECTS = etree.XPath(
    "//w:attachedTemplate | //w:mailMerge | //w:altChunk | //w:subDoc | //w:object"
    " | //w:control | //o:OLEObject | //xi1:* | //xi2:* | //*[@r:link]"
    " | //v:*[@src or @o:href or @o:althref]",
    namespaces={
        "w": _W, "o": _OFFICE, "v": _VML, "r": _R, "xi1": _XINCLUDE[0], "xi2": _XINCLUDE[1]
    },
)
_XINCLUDE_TAGS = tuple(f"{{{uri}}}" for uri in _XINCLUDE)
_VML_TAG = f"{{{_VML}}}"
_LINK = f"{{{_R}}}link"
_VML_LINKS = ("src", f"{{{_OFFICE}}}href", f"{{{_OFFICE}}}althref")


def _element_problem(element: etree._Element) -> str | None:
    tag = element.tag
    if tag in _ELEMENTS:
        return _ELEMENTS[tag]
    if tag.startswith(_XINCLUDE_TAGS):
        return msg.ACTIVE_XINCLUDE
    attributes = element.attrib
    if not attributes:
        return None
    if _LINK in attributes:  # <a:blip r:link=…>: a picture linked, not embedded
        return msg.ACTIVE_LINKED_IMAGE
    if tag.startswith(_VML_TAG) and any(key in attributes for key in _VML_LINKS):
        return msg.ACTIVE_LINKED_IMAGE
    return None


def _field_problems(name: str, tree: etree._Element) -> list[str]:
    """Fields whose code (in `w:fldSimple` or in `w:instrText` runs) fetches or runs."""
    found = []
    for element, code in _field_codes(tree):
        match = _ACTIVE_FIELD.match(code)
        if match:
            where = _where(element, name)
            found.append(msg.ACTIVE_FIELD.format(field=match.group(1).upper(), where=where))
    return found


def _field_codes(tree: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(element, code) of every field: simple ones, and complex ones whose code is spread
    over runs between `begin` and `separate`/`end`, nested fields each on its own."""
    stack: list[tuple[etree._Element, list[str]]] = []
    for element in tree.iter(_FLD_SIMPLE, _FLD_CHAR, _INSTR_TEXT):
        if element.tag == _FLD_SIMPLE:
            yield element, element.get(_INSTR, "")
        elif element.tag == _INSTR_TEXT:
            if stack:
                stack[-1][1].append(element.text or "")
            else:
                yield element, element.text or ""
        elif element.get(_FLD_TYPE) == "begin":
            stack.append((element, []))
        elif element.get(_FLD_TYPE) in ("separate", "end") and stack:
            begin, pieces = stack.pop() if element.get(_FLD_TYPE) == "end" else stack[-1]
            if pieces:
                yield begin, "".join(pieces)
                pieces.clear()
    for begin, pieces in stack:
        yield begin, "".join(pieces)


def _where(element: etree._Element, part: str) -> str:
    paragraph = next(element.iterancestors(_P), None)
    if paragraph is not None:
        text = " ".join("".join(t.text or "" for t in paragraph.iter(_T)).split())
        if text:
            return msg.WHERE_PARAGRAPH.format(paragraph=_short(text))
    return msg.WHERE_PART.format(part=part)


def _short(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 2] + " …"
