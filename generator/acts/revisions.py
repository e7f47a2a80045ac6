"""Word tracked changes (`w:ins` / `w:del`) for a paragraph whose wording changes.

python-docx cannot write revisions, so this module edits the WordprocessingML directly. A
paragraph's runs are replaced by a word-level diff of its old and new text: unchanged words as
plain runs, removed words as `w:del` holding runs with `w:delText`, added words as `w:ins`
holding runs with `w:t`; each revision has a unique `w:id`, the author „szj” and a date, and the
paragraph's properties (`w:pPr`) stay first, as the schema requires. „Accept all” in Word (and
`accept_all` here) gives the new text; „Reject all” gives the old one.

Limitation of this core: the paragraph keeps the formatting of its first run only (bold or
italic words inside the paragraph are not carried over).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from copy import deepcopy
from datetime import datetime

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
AUTHOR = "szj"
_TOKENS = re.compile(r"\s+|[^\s]+")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def revision_ids(document_root: etree._Element) -> Iterator[int]:
    """Fresh `w:id` values, above every id already used in the document (bookmarks included)."""
    used = [
        int(value)
        for element in document_root.iter()
        if (value := element.get(_w("id"))) is not None and value.lstrip("-").isdigit()
    ]
    start = max(used, default=0) + 1
    return iter(range(start, 2**31))


def revise_paragraph(
    paragraph: etree._Element,
    old_text: str,
    new_text: str,
    *,
    date: datetime | None,
    ids: Iterator[int],
    author: str = AUTHOR,
) -> None:
    """Rewrite `paragraph` (a `w:p`) from `old_text` to `new_text` as tracked changes.

    `old_text` is the paragraph's visible text (tabs as `\\t`, soft breaks as `\\n`), as
    `generator.acts.document.paragraph_text` reads it.
    """
    run_properties = paragraph.find(f"{_w('r')}/{_w('rPr')}")
    for child in list(paragraph):
        if etree.QName(child).localname != "pPr":
            paragraph.remove(child)
    stamp = _stamp(date)
    old_tokens, new_tokens = _TOKENS.findall(old_text), _TOKENS.findall(new_text)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            paragraph.append(_run("".join(old_tokens[a0:a1]), run_properties, deleted=False))
            continue
        if a1 > a0:
            removed = _revision("del", next(ids), author, stamp)
            removed.append(_run("".join(old_tokens[a0:a1]), run_properties, deleted=True))
            paragraph.append(removed)
        if b1 > b0:
            added = _revision("ins", next(ids), author, stamp)
            added.append(_run("".join(new_tokens[b0:b1]), run_properties, deleted=False))
            paragraph.append(added)


def _stamp(date: datetime | None) -> str | None:
    """A revision's `w:date`; None (the attribute left out, as OOXML allows) while the
    changes have no date of their own in `Przebieg` — never the run's day."""
    return date.strftime("%Y-%m-%dT%H:%M:%SZ") if date is not None else None


def _revision(kind: str, ident: int, author: str, stamp: str | None) -> etree._Element:
    element = etree.Element(_w(kind), nsmap={"w": W})
    element.set(_w("id"), str(ident))
    element.set(_w("author"), author)
    if stamp is not None:
        element.set(_w("date"), stamp)
    return element


def _run(text: str, properties: etree._Element | None, *, deleted: bool) -> etree._Element:
    """A `w:r` whose text is split into `w:t`/`w:delText`, `w:tab` and `w:br`, `w:rPr` first."""
    run = etree.Element(_w("r"), nsmap={"w": W})
    if properties is not None:
        run.append(deepcopy(properties))
    for piece in re.split(r"([\t\n])", text):
        if piece == "\t":
            etree.SubElement(run, _w("tab"))
        elif piece == "\n":
            etree.SubElement(run, _w("br"))
        elif piece:
            node = etree.SubElement(run, _w("delText" if deleted else "t"))
            node.text = piece
            node.set(XML_SPACE, "preserve")
    return run


def accept_all(root: etree._Element) -> None:
    """Apply every insertion and drop every deletion below `root`, as Word's „Accept all”: a
    paragraph whose mark is deleted goes when nothing of its text is left."""
    for removed in [e for e in root.iter(_w("del")) if not _is_mark(e)]:
        removed.getparent().remove(removed)
    for marker in [e for e in root.iter(_w("del")) if _is_mark(e)]:
        paragraph = _paragraph_of(marker)
        marker.getparent().remove(marker)
        if paragraph is not None and not _has_text(paragraph):
            paragraph.getparent().remove(paragraph)
    for added in list(root.iter(_w("ins"))):
        if _is_mark(added):
            added.getparent().remove(added)
        else:
            _unwrap(added)


def reject_all(root: etree._Element) -> None:
    """Drop every insertion and restore every deletion below `root`, as Word's „Reject all”: a
    paragraph whose mark is inserted goes with its text."""
    for marker in [e for e in root.iter(_w("ins")) if _is_mark(e)]:
        paragraph = _paragraph_of(marker)
        if paragraph is not None and paragraph.getparent() is not None:
            paragraph.getparent().remove(paragraph)
    for added in list(root.iter(_w("ins"))):
        added.getparent().remove(added)
    for removed in list(root.iter(_w("del"))):
        if _is_mark(removed):
            removed.getparent().remove(removed)
            continue
        for deleted_text in removed.iter(_w("delText")):
            deleted_text.tag = _w("t")
        _unwrap(removed)


def _is_mark(element: etree._Element) -> bool:
    """A revision of a paragraph mark (`w:pPr/w:rPr/w:ins|del`), not of runs."""
    parent = element.getparent()
    return parent is not None and parent.tag == _w("rPr") and parent.getparent().tag == _w("pPr")


def _paragraph_of(element: etree._Element) -> etree._Element | None:
    return next((a for a in element.iterancestors(_w("p"))), None)


def _has_text(paragraph: etree._Element) -> bool:
    return any((t.text or "") for t in paragraph.iter(_w("t")))


# --- whole paragraphs inserted or deleted ----------------------------------------------------

# CT_PPr: `w:rPr` comes after every other property but `w:sectPr` and `w:pPrChange`.
_AFTER_RPR = (_w("sectPr"), _w("pPrChange"))


def mark_paragraph(paragraph: etree._Element, kind: str, ident: int, author: str,
                   stamp: str | None) -> None:
    """Record the paragraph's mark as inserted or deleted (`kind` "ins" / "del"): the
    revision goes first in `w:pPr/w:rPr`, as CT_ParaRPr requires."""
    properties = paragraph.find(_w("pPr"))
    if properties is None:
        properties = etree.Element(_w("pPr"), nsmap={"w": W})
        paragraph.insert(0, properties)
    run_properties = properties.find(_w("rPr"))
    if run_properties is None:
        run_properties = etree.Element(_w("rPr"), nsmap={"w": W})
        later = [child for child in properties if child.tag in _AFTER_RPR]
        if later:
            later[0].addprevious(run_properties)
        else:
            properties.append(run_properties)
    run_properties.insert(0, _revision(kind, ident, author, stamp))


def inserted_paragraph(
    template: etree._Element,
    text: str,
    *,
    date: datetime | None,
    ids: Iterator[int],
    keep_numbering: bool,
    author: str = AUTHOR,
) -> etree._Element:
    """A new paragraph with `text`, formatted as `template`, inserted as a tracked change:
    its mark in `w:pPr/w:rPr/w:ins`, its run inside `w:ins`. Without `keep_numbering` the
    template's automatic numbering (`w:numPr`) is left out."""
    stamp = _stamp(date)
    paragraph = etree.Element(_w("p"), nsmap={"w": W})
    properties = template.find(_w("pPr"))
    if properties is not None:
        copied = deepcopy(properties)
        for unwanted in copied.findall(_w("sectPr")) + copied.findall(_w("pPrChange")):
            copied.remove(unwanted)
        if not keep_numbering:
            for numbering in copied.findall(_w("numPr")):
                copied.remove(numbering)
        mark_revisions = copied.find(_w("rPr"))
        if mark_revisions is not None:
            for old in mark_revisions.findall(_w("ins")) + mark_revisions.findall(_w("del")):
                mark_revisions.remove(old)
        paragraph.append(copied)
    mark_paragraph(paragraph, "ins", next(ids), author, stamp)
    added = _revision("ins", next(ids), author, stamp)
    added.append(_run(text, template.find(f"{_w('r')}/{_w('rPr')}"), deleted=False))
    paragraph.append(added)
    return paragraph


def delete_paragraph(
    paragraph: etree._Element, *, date: datetime | None, ids: Iterator[int], author: str = AUTHOR
) -> None:
    """Record the whole paragraph as deleted: every run inside `w:del` (its text as
    `w:delText`) and the paragraph mark deleted, so „Accept all” removes the paragraph."""
    stamp = _stamp(date)
    for run in [r for r in paragraph.iter(_w("r")) if not _inside_revision(r, paragraph)]:
        for text in run.iter(_w("t")):
            text.tag = _w("delText")
        for instruction in run.iter(_w("instrText")):
            instruction.tag = _w("delInstrText")
        removed = _revision("del", next(ids), author, stamp)
        run.addprevious(removed)
        removed.append(run)
    mark_paragraph(paragraph, "del", next(ids), author, stamp)


def _inside_revision(run: etree._Element, paragraph: etree._Element) -> bool:
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in (_w("ins"), _w("del")):
            return True
    return False


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    position = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(position + offset, child)
    parent.remove(element)
