"""The template linter behind `szj templates check`: what an office's template, as Word saved
it, gets wrong (tags split into runs, smart quotes, tracked changes, row and paragraph tags)
and which fields and parts its tags read, each with the text of its paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from jinja2 import meta
from jinja2.exceptions import (
    TemplateAssertionError,
    TemplateSyntaxError,
)
from lxml import etree

from generator import messages as msg
from generator.documents.active_content import find_active_content
from generator.documents.docx_parts import P, T, W, part_elements, read_members
from generator.documents.environment import make_environment
from generator.documents.jinja_uses import (
    RAW_TAG,
    SMART_QUOTES,
    RawParagraph,
    UseCollector,
    excerpt,
    inspection_source,
    line_text,
    locate,
    located_syntax,
    raw_paragraphs,
    static_refusals,
)

# Word stores a tag such as `{{ urzad }}` as text spread over runs (`<w:r><w:t>`) whenever
# the spelling checker, an edit or a formatting change splits it. docxtpl joins the pieces
# by deleting the XML between them, which is harmless when the pieces only differ in Word's
# bookkeeping (revision ids, spelling marks, bookmarks) but not when the formatting differs
# (the value takes the formatting of the first piece) or when the pieces sit in different
# containers (a hyperlink, a tracked change: the document comes out broken). The checks below
# look at the XML as Word saved it, and at the Jinja the tags make, and say where in the
# document's text each problem is.

_R = f"{{{W}}}r"
_TR = f"{{{W}}}tr"
_RPR = f"{{{W}}}rPr"
_RFONTS = f"{{{W}}}rFonts"
_REVISIONS = tuple(f"{{{W}}}{n}" for n in ("ins", "del", "moveFrom", "moveTo"))
# Run properties Word changes by itself; they do not change how a value looks.
_BOOKKEEPING_PROPS = frozenset(f"{{{W}}}{n}" for n in ("lang", "noProof", "rPrChange"))
_HINT = f"{{{W}}}hint"
_DELIMITER = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")
_SPACED_DELIMITER = re.compile(r"\{\s+[{%]|[%}]\s+\}")  # `{ {`: printed as typed, not a tag
_CLOSING = {"{{": "}}", "{%": "%}", "{#": "#}"}
_OPENING = {closing: opening for opening, closing in _CLOSING.items()}
_P_TAG = re.compile(r"\{[%{#]p ")  # docxtpl's paragraph tags: `{%p if … %}`
_TR_TAG = re.compile(r"\{[%{#]tr ")  # and its table-row tags: `{%tr for … %}`


class TagFault(Enum):
    """What is wrong with a tag as Word stored it."""

    SMART_QUOTES = "smart quotes"
    SPLIT_FORMATTING = "split across runs with different formatting"
    SPLIT_CONTAINER = "split across a hyperlink, tracked change, field or content control"
    UNCLOSED = "opened but not closed in its paragraph"
    UNOPENED = "closed but never opened"
    TRACKED_CHANGES = "unaccepted tracked changes"
    TEXT_BESIDE_P = "text beside a {%p %} tag"
    TEXT_BESIDE_TR = "text beside a {%tr %} tag in its row"
    TR_OUTSIDE_TABLE = "{%tr %} outside a table"
    SPACED_DELIMITER = "a delimiter with a space inside: { {"


@dataclass(frozen=True)
class TagIssue:
    fault: TagFault
    tag: str  # the tag, or the broken piece of one, as Word shows it
    paragraph: str  # the text of its paragraph (or table row)
    detail: str = ""  # the smart quotes found; the delimiter missing or meant


@dataclass(frozen=True)
class FieldUse:
    """A field or attribute a template reads, as written and where."""

    base: tuple[str, ...] | None  # path of the object an attribute is read from (None: unknown)
    name: str  # the field, or the attribute
    is_attribute: bool
    written: str  # `o.imie_nazwisko`
    paragraph: str


@dataclass(frozen=True)
class PrintedValue:
    """A field or attribute printed as it is (`{{ sekretarz }}`); `path` as in FieldUse."""

    path: tuple[str, ...]
    written: str
    paragraph: str


@dataclass(frozen=True)
class Inspection:
    """What `inspect_template` found; the caller judges it against the known fields."""

    tag_issues: tuple[TagIssue, ...]
    syntax: tuple[str, str] | None  # (paragraph, Polish explanation) of the first Jinja error
    variables: frozenset[str]  # top-level names the template reads
    uses: tuple[FieldUse, ...]
    printed: tuple[PrintedValue, ...]
    active: tuple[str, ...] = ()  # active content (links, fields, macros…), in Polish
    refused: tuple[str, ...] = ()  # what the sandbox refuses whatever the data, in Polish


def inspect_template(name: str, data: bytes) -> Inspection:
    """Look for everything that can be wrong with a template an office edited in Word.

    Raises TemplateError when the file is not a readable .docx.
    """
    members = read_members(name, data)
    _, elements = part_elements(name, members)
    paragraphs = [p for element in elements.values() for p in raw_paragraphs(element)]
    issues = [issue for p in paragraphs for issue in _tag_issues(p)]
    issues += _tracked_changes(elements.values())
    env = make_environment()
    syntax: tuple[str, str] | None = None
    variables: set[str] = set()
    uses: list[FieldUse] = []
    printed: list[PrintedValue] = []
    refused: list[str] = []
    for element in elements.values():
        source = inspection_source(element, straight_quotes=True)
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as e:
            syntax = syntax or located_syntax(source, e, paragraphs)
            continue  # no tree to look into
        collector = UseCollector()
        collector.visit(tree, {})
        try:
            env.compile(tree)  # finds unknown filters
            variables |= meta.find_undeclared_variables(tree)
        except TemplateAssertionError as e:
            syntax = syntax or located_syntax(source, e, paragraphs)
            variables |= {use[1] for use in collector.uses if not use[2]}  # top-level names
        lines = source.splitlines()
        refused += [
            msg.SYNTAX_IN_PARAGRAPH.format(paragraph=line_text(lines, line), detail=detail)
            for line, detail in static_refusals(env, tree)
        ]
        for base, field_name, is_attribute, written, line in collector.uses:
            where = locate(written, paragraphs, lines, line)
            uses.append(FieldUse(base, field_name, is_attribute, written, where))
        for path, written, line in collector.printed:
            where = locate(written, paragraphs, lines, line, whole=True)
            printed.append(PrintedValue(path, written, where))
    return Inspection(
        tuple(dict.fromkeys(issues)),
        syntax,
        frozenset(variables),
        tuple(uses),
        tuple(printed),
        tuple(find_active_content(members)),
        tuple(dict.fromkeys(refused)),
    )


def _tag_issues(paragraph: RawParagraph) -> list[TagIssue]:
    issues = _delimiter_issues(paragraph)
    text = paragraph.text
    for match in RAW_TAG.finditer(text):
        tag = match.group()
        shown = excerpt(text, tag)
        quotes = "".join(dict.fromkeys(c for c in tag if c in SMART_QUOTES))
        if quotes:
            issues.append(TagIssue(TagFault.SMART_QUOTES, tag, shown, quotes))
        split = _split_fault(paragraph.owners[match.start() : match.end()])
        if split:
            issues.append(TagIssue(split, tag, shown))
        if _P_TAG.match(tag) and _P_TAG_ONLY.sub("", text, count=1).strip():
            # docxtpl keeps the first {%p %} tag of a paragraph and drops everything else
            issues.append(TagIssue(TagFault.TEXT_BESIDE_P, tag, shown))
        if _TR_TAG.match(tag):
            issues += _row_issue(paragraph, tag, shown)
    return issues


_P_TAG_ONLY = re.compile(r"\{[%{#]p .*?[%}#]\}")
_TR_TAG_ONLY = re.compile(r"\{[%{#]tr .*?[%}#]\}")


def _delimiter_issues(paragraph: RawParagraph) -> list[TagIssue]:
    """`{{` without `}}` (and the like) within one paragraph."""
    text = paragraph.text
    issues = []
    opened: re.Match[str] | None = None
    for match in _DELIMITER.finditer(text):
        delimiter = match.group()
        if delimiter in _CLOSING:
            if opened is not None:
                issues.append(_unclosed(text, opened, match.start()))
            opened = match
        elif opened is not None and _CLOSING[opened.group()] == delimiter:
            opened = None
        elif opened is not None:  # `{{ … %}`
            issues.append(_unclosed(text, opened, match.end()))
            opened = None
        else:
            shown = excerpt(text, delimiter)
            issues.append(TagIssue(TagFault.UNOPENED, delimiter, shown, _OPENING[delimiter]))
    if opened is not None:
        issues.append(_unclosed(text, opened, len(text)))
    for match in _SPACED_DELIMITER.finditer(text):
        fixed = "".join(match.group().split())
        issues.append(
            TagIssue(TagFault.SPACED_DELIMITER, match.group(), excerpt(text, match.group()), fixed)
        )
    return issues


def _unclosed(text: str, opened: re.Match[str], end: int) -> TagIssue:
    fragment = excerpt(text[opened.start() : end], width=40)
    closing = _CLOSING[opened.group()]
    return TagIssue(TagFault.UNCLOSED, fragment, excerpt(text, fragment[:10]), closing)


def _split_fault(owners: tuple[etree._Element, ...]) -> TagFault | None:
    texts = list(dict.fromkeys(owners))
    if len(texts) < 2:
        return None
    runs = [t.getparent() for t in texts]
    if len({id(run.getparent()) for run in runs if run is not None}) > 1:
        return TagFault.SPLIT_CONTAINER
    if len({_run_format(run) for run in runs if run is not None}) > 1:
        return TagFault.SPLIT_FORMATTING
    return None  # only Word's bookkeeping differs: docxtpl joins the pieces safely


def _run_format(run: etree._Element) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """How a run looks, without what Word changes by itself (language, spelling marks)."""
    properties = run.find(_RPR) if run.tag == _R else None
    if properties is None:
        return ()
    kept = []
    for prop in properties:
        if prop.tag in _BOOKKEEPING_PROPS or not isinstance(prop.tag, str):
            continue
        attributes = tuple(sorted((k, v) for k, v in prop.attrib.items() if k != _HINT))
        if prop.tag == _RFONTS and not attributes:
            continue
        kept.append((prop.tag, attributes))
    return tuple(sorted(kept))


def _row_issue(paragraph: RawParagraph, tag: str, shown: str) -> list[TagIssue]:
    row = next(paragraph.element.iterancestors(_TR), None)
    if row is None:
        return [TagIssue(TagFault.TR_OUTSIDE_TABLE, tag, shown)]
    row_text = "".join(t.text or "" for t in row.iter(T))
    if _TR_TAG_ONLY.sub("", row_text, count=1).strip():
        return [TagIssue(TagFault.TEXT_BESIDE_TR, tag, excerpt(row_text, tag))]
    return []


def _tracked_changes(parts: Iterable[etree._Element]) -> list[TagIssue]:
    for part in parts:
        revision = next(part.iter(*_REVISIONS), None)
        if revision is not None:
            paragraph = next(revision.iterancestors(P), None)
            text = "".join(t.text or "" for t in paragraph.iter(T)) if paragraph is not None else ""
            return [TagIssue(TagFault.TRACKED_CHANGES, "", excerpt(text))]
    return []
