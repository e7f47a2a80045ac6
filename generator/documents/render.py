"""Rendering the Word templates: the only module that imports docxtpl and Jinja.

A `TemplateSet` opens each template once per run: it reads the .docx, lets docxtpl turn the
Word XML of the body, headers and footers into Jinja source (`DocxTemplate.patch_xml`, the
step that joins `{{ … }}` split across runs and expands `{%tr %}`/`{%p %}` tags), compiles that
source in a sandboxed, strict, autoescaping Jinja environment and checks the fields it uses
against those the registry declares for it (`fields`; the renderer never imports the
contexts). Rendering a context then only runs the compiled templates and zips the result
with every other part of the .docx copied unchanged — no file is re-read and no XML re-parsed
per document (docxtpl's own `DocxTemplate.render` reloads the file each time).

Values reach Word exactly: autoescaping keeps `&`, `<`, `>` and quotes; line breaks become
`<w:br/>` and tabs `<w:tab/>` (docxtpl's `resolve_listing`); `None` is refused; a
`records.Porownanie` becomes runs struck through (deleted) or underlined (inserted).

`inspect_template` looks at a template an office edited as Word saved it (tags split into
runs, smart quotes, tracked changes) and at the fields and parts its tags read, each with the
text of its paragraph, for `szj templates check`.
"""

from __future__ import annotations

import copy
import difflib
import functools
import hashlib
import html
import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from jinja2 import StrictUndefined, Template, meta, nodes
from jinja2.exceptions import (
    SecurityError,
    TemplateAssertionError,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup, escape

from generator import messages as msg
from generator.documents import cache, limits
from generator.documents.active_content import content_type, content_types, find_active_content
from generator.documents.fields import TemplateFields, as_mapping
from generator.documents.records import Porownanie
from generator.documents.registry import TEMPLATE_FIELDS, TEMPLATE_NAMES
from generator.documents.sandbox import (
    BoundedEnvironment,
    LimitError,
    check_printable,
    static_refusals,
)
from generator.errors import TemplateError
from generator.xml_prolog import UnreadableXml, bytes_blocks, holds_doctype, may_be_xml


def _default_templates() -> Path:
    """`templates/` of a source checkout (what the office edits), else the copy installed
    inside the package (`generator/default_templates/`, see pyproject.toml)."""
    package = Path(__file__).resolve().parents[1]  # generator/
    checkout = package.parent / "templates"
    return checkout if (checkout / TEMPLATE_NAMES[0]).is_file() else package / "default_templates"


DEFAULT_TEMPLATES = _default_templates()
ORIGIN_DEFAULT = "default"
ORIGIN_OFFICE = "office"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MAX_UNPACKED = 200 * 1024 * 1024  # a template is a few hundred kB; refuse zip bombs
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

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY = f"{{{_W}}}body"
_DOCUMENT_PART = "word/document.xml"
_OTHER_PARTS = re.compile(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml")
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_MARKED_PARAGRAPH = re.compile(r"\n<w:p([ >])")
_TAGS = re.compile(r"<[^>]+>")
_LISTING = re.compile("[\t\a\n\f]")
# Templates come from outside the program: no entity expansion, no network, no DTD loading.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# Run properties of the redline (document 04): deletions red and struck, insertions blue
# and underlined, as Word's own change tracking shows them.
_REDLINE_PROPS = {
    "equal": "",
    "delete": '<w:rPr><w:strike/><w:color w:val="C00000"/></w:rPr>',
    "insert": '<w:rPr><w:color w:val="0070C0"/><w:u w:val="single"/></w:rPr>',
}

# --- Polish messages -----------------------------------------------------------------------

TEMPLATE_MISSING = "brak szablonu „{name}” (szukano w: {where})"
TEMPLATE_UNKNOWN = "„{name}” nie jest szablonem programu; znane szablony: {names}"
TEMPLATE_UNREADABLE = "{name}: nie można odczytać szablonu jako dokumentu Word (.docx): {detail}"
TEMPLATE_SYNTAX = "{name}: błąd w znacznikach szablonu w akapicie: „{near}” — {detail}"
TEMPLATE_UNKNOWN_FIELDS = "{name}: szablon używa nieznanych pól: {fields}"
TEMPLATE_RENDER = "{name}: nie udało się wypełnić szablonu: {detail}"
TEMPLATE_BROKEN_XML = "{name}: wypełniony szablon nie jest poprawnym dokumentem Word: {detail}"
VALUE_NONE = "pole bez wartości (None)"
YES, NO = "tak", "nie"


# --- the Jinja environment -----------------------------------------------------------------


def _finalize(value: object) -> object:
    """What `{{ … }}` prints: text as is (escaped later), redlines as runs, no `None`, and
    nothing that is not text, a number or a date (a function's repr, a list, a record)."""
    if value is None:
        raise UndefinedError(VALUE_NONE)
    if isinstance(value, Porownanie):
        return Markup(redline_xml(value))
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, str) and not isinstance(value, Markup):
        return _line_breaks(escape(value.replace("\r\n", "\n").replace("\r", "\n")))
    return check_printable(value)


_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'


def _line_breaks(text: Markup) -> Markup:
    """A line break inside a value as Word's `<w:br/>`, exactly as docxtpl's
    `resolve_listing` writes it (which then finds nothing left to do)."""
    return Markup(str(text).replace("\n", _BREAK)) if "\n" in text else text


def make_environment() -> BoundedEnvironment:
    """Sandboxed and bounded (templates are edited by the office), strict, autoescaping."""
    return BoundedEnvironment(undefined=StrictUndefined, autoescape=True, finalize=_finalize)


def redline_xml(redline: Porownanie) -> str:
    """Word runs for a redline, closing and reopening the run that holds the tag, so it
    works both as `{{ x }}` and as docxtpl's `{{r x }}`."""
    runs = "".join(
        f'<w:r>{_REDLINE_PROPS[segment.op]}<w:t xml:space="preserve">'
        f"{_line_breaks(escape(segment.text))}"
        "</w:t></w:r>"
        for segment in redline.segmenty
    )
    return f'</w:t></w:r>{runs}<w:r><w:t xml:space="preserve">'


# --- one compiled template -----------------------------------------------------------------


@dataclass(frozen=True)
class _Compiled:
    """A template opened and compiled once; rendering reuses all of it."""

    name: str
    members: tuple[tuple[str, bytes], ...]  # every zip member, in the original order
    parts: Mapping[str, Template]  # member name -> compiled Jinja (body or whole part)
    shell: etree._Element  # word/document.xml without its body
    body_index: int
    variables: frozenset[str]
    unchanged: bytes  # a .docx of every member Jinja does not fill, compressed once


@functools.cache
def _docxtpl():  # type: ignore[no-untyped-def]
    """docxtpl, for its pure XML helpers; imported on first need (it pulls in python-docx)."""
    from docxtpl import DocxTemplate

    return DocxTemplate(io.BytesIO())


def _compile(name: str, data: bytes, env: SandboxedEnvironment) -> _Compiled:
    """Open a .docx, turn its body, headers and footers into compiled Jinja templates."""
    members = _read_members(name, data)
    root, elements = _part_elements(name, members)
    shell = copy.deepcopy(root)
    body = shell.find(_BODY)
    assert body is not None  # _part_elements checked it
    body_index = shell.index(body)
    shell.remove(body)

    key = cache.cache_key(data)
    cached = cache.load(key)
    if cached is None:
        codes, variables = _compile_parts(name, elements, env)
        unchanged = _zip((m, content) for m, content in members if m not in codes)
        # kept: the code, the variables, the unchanged members zipped
        cache.store(key, (codes, variables, unchanged))
    else:
        codes, variables, unchanged = cached  # type: ignore[misc]
    globals_ = env.make_globals(None)
    parts = {
        member: env.template_class.from_code(env, code, globals_, None)
        for member, code in codes.items()
    }
    return _Compiled(name, members, parts, shell, body_index, frozenset(variables), unchanged)


_Codes = tuple[dict[str, object], list[str]]  # compiled code per part, variables used


def _compile_parts(
    name: str, elements: Mapping[str, etree._Element], env: SandboxedEnvironment
) -> _Codes:
    codes: dict[str, object] = {}
    variables: set[str] = set()
    for member, element in elements.items():
        try:
            tree = env.parse(_jinja_source(element))
            codes[member] = env.compile(tree)  # an unknown filter is found here
        except TemplateSyntaxError as e:
            paragraph, detail = syntax_problem(element, env, e)
            raise TemplateError(
                TEMPLATE_SYNTAX.format(name=name, detail=detail, near=paragraph)
            ) from e
        variables |= meta.find_undeclared_variables(tree)
    return codes, sorted(variables)


def _part_elements(
    name: str, members: tuple[tuple[str, bytes], ...]
) -> tuple[etree._Element, dict[str, etree._Element]]:
    """The parsed word/document.xml and, per templated part, the element Jinja fills: the
    body of the document, the whole of each header, footer and note part."""
    root = _parse(name, dict(members)[_DOCUMENT_PART])
    body = root.find(_BODY)
    if body is None:
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail="brak treści"))
    elements = {_DOCUMENT_PART: body}
    for member, content in members:
        if _OTHER_PARTS.fullmatch(member):
            elements[member] = _parse(name, content)
    return root, elements


def _jinja_source(element: etree._Element) -> str:
    """docxtpl's Jinja source of a part, one Word paragraph per line (`_postprocess` removes
    the line breaks again)."""
    xml = etree.tostring(element, encoding="unicode")
    return _PARAGRAPH_START.sub(r"\n<w:p\1", _docxtpl().patch_xml(xml))


def _read_members(name: str, data: bytes) -> tuple[tuple[str, bytes], ...]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > _MAX_UNPACKED:
                raise TemplateError(
                    TEMPLATE_UNREADABLE.format(name=name, detail=msg.TEMPLATE_TOO_LARGE)
                )
            members = tuple((info.filename, archive.read(info)) for info in infos)
    except _ZIP_ERRORS as e:
        detail = msg.TEMPLATE_DAMAGED
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=detail)) from e
    if _DOCUMENT_PART not in dict(members):
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=_DOCUMENT_PART))
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
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=detail)) from e
    if doctype:
        detail = f"{msg.TEMPLATE_DTD} {msg.WHERE_PART.format(part=member)}"
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=detail))


def _parse(name: str, xml: bytes) -> etree._Element:
    try:
        return etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as e:
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=e)) from e


def _postprocess(xml: str) -> str:
    """What docxtpl does after Jinja: drop the paragraph markers, unescape literal tags,
    turn line breaks and tabs inside text into Word breaks and tabs."""
    xml = _MARKED_PARAGRAPH.sub(r"<w:p\1", xml)
    xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    if not _LISTING.search(xml):  # no tab, line or page break left: nothing to resolve
        return xml
    return _docxtpl().resolve_listing(xml)


# --- the set of templates ------------------------------------------------------------------


class TemplateSet:
    """The nine templates of a run: the office's where it has them, else the defaults.

    Each template is read, compiled and checked once, on first use; `render` then fills it
    for any number of contexts.
    """

    def __init__(
        self,
        office_dir: Path | None = None,
        *,
        default_dir: Path = DEFAULT_TEMPLATES,
        fields: Mapping[str, frozenset[str]] = TEMPLATE_FIELDS,
        check_office: bool = True,
    ) -> None:
        self.office_dir = office_dir
        self.default_dir = default_dir
        self.fields = fields
        self.check_office = check_office
        self._env = make_environment()
        self._compiled: dict[str, _Compiled] = {}
        self._data: dict[str, bytes] = {}

    @classmethod
    def load(cls, office_dir: Path | None = None) -> TemplateSet:
        """The templates of a run (`--templates KATALOG` or the defaults)."""
        return cls(office_dir)

    # where templates come from

    def origin(self, name: str) -> str:
        """`office` when the office's folder holds this template, else `default`."""
        self._known(name)
        if self.office_dir is not None and (self.office_dir / name).is_file():
            return ORIGIN_OFFICE
        return ORIGIN_DEFAULT

    def path(self, name: str) -> Path:
        """The file this template is read from."""
        folder = self.office_dir if self.origin(name) == ORIGIN_OFFICE else self.default_dir
        assert folder is not None
        return folder / name

    def describe(self, name: str) -> tuple[str, str]:
        """(origin, SHA-256 of the template file), for the manifest."""
        return self.origin(name), hashlib.sha256(self._bytes(name)).hexdigest()

    # checking

    def check(self, name: str) -> list[str]:
        """Fields the template uses that its context does not provide (sorted).

        Raises TemplateError when the template is missing, unreadable or not valid Jinja.
        """
        return sorted(self._compile(name).variables - self.fields[name])

    def check_all(self, names: Iterable[str] = TEMPLATE_NAMES) -> None:
        """Raise one TemplateError listing every problem of the given templates."""
        problems = []
        for name in names:
            try:
                unknown = self.check(name)
            except TemplateError as e:
                problems.append(str(e))
                continue
            if unknown:
                problems.append(_unknown_fields(name, unknown))
        if problems:
            raise TemplateError("\n".join(problems))

    # rendering

    def render(self, name: str, context: TemplateFields | Mapping[str, object]) -> bytes:
        """The .docx bytes of a template filled with `context` (a document's fields, made a
        mapping only here).

        The template is checked against the known fields before its first use; any problem
        is a TemplateError naming the template.
        """
        compiled = self._checked(name)
        if isinstance(context, TemplateFields):
            context = as_mapping(context)
        if self.origin(name) == ORIGIN_OFFICE:  # untrusted: under a memory and time limit
            return limits.render_limited(name, lambda: self._fill(compiled, context))
        return self._fill(compiled, context)

    def _fill(self, compiled: _Compiled, context: Mapping[str, object]) -> bytes:
        rendered = {
            member: self._render_part(compiled, member, tpl, context)
            for member, tpl in compiled.parts.items()
        }
        # The filled parts are appended to the members compressed once per template.
        return _zip(rendered.items(), onto=compiled.unchanged)

    def _render_part(
        self, compiled: _Compiled, member: str, template: Template, context: Mapping[str, object]
    ) -> bytes:
        self._env.start_rendering()
        try:
            xml = _postprocess(template.render(context))
        except LimitError as e:
            raise TemplateError(TEMPLATE_RENDER.format(name=compiled.name, detail=e)) from e
        except MemoryError as e:
            detail = msg.TEMPLATE_LIMIT_MEMORY.format(megabytes=limits.RENDER_MEMORY >> 20)
            raise TemplateError(TEMPLATE_RENDER.format(name=compiled.name, detail=detail)) from e
        except SecurityError as e:
            detail = msg.TEMPLATE_UNSAFE.format(detail=e)
            raise TemplateError(TEMPLATE_RENDER.format(name=compiled.name, detail=detail)) from e
        except Exception as e:  # an office's template can raise anything: 1/0, a recursive
            # macro, a range over the sandbox's limit; each is that template's fault
            detail = getattr(e, "message", None) or str(e) or type(e).__name__
            raise TemplateError(TEMPLATE_RENDER.format(name=compiled.name, detail=detail)) from e
        try:
            tree = etree.fromstring(xml, _PARSER)
        except etree.XMLSyntaxError as e:
            raise TemplateError(TEMPLATE_BROKEN_XML.format(name=compiled.name, detail=e)) from e
        if member == _DOCUMENT_PART:
            document = copy.deepcopy(compiled.shell)
            document.insert(compiled.body_index, tree)
            tree = document
        return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)

    # internals

    def _known(self, name: str) -> None:
        if name not in self.fields:
            names = ", ".join(self.fields)
            raise TemplateError(TEMPLATE_UNKNOWN.format(name=name, names=names))

    def _bytes(self, name: str) -> bytes:
        if name not in self._data:
            path = self.path(name)
            try:
                self._data[name] = path.read_bytes()
            except OSError as e:
                where = ", ".join(str(d) for d in (self.office_dir, self.default_dir) if d)
                raise TemplateError(TEMPLATE_MISSING.format(name=name, where=where)) from e
        return self._data[name]

    def _compile(self, name: str) -> _Compiled:
        if name not in self._compiled:
            data = self._bytes(name)
            if self.check_office and self.origin(name) == ORIGIN_OFFICE:
                _check_office_template(name, data)
            self._compiled[name] = _compile(name, data, self._env)
        return self._compiled[name]

    def _checked(self, name: str) -> _Compiled:
        unknown = self.check(name)
        if unknown:
            raise TemplateError(_unknown_fields(name, unknown))
        return self._compiled[name]


def _check_office_template(name: str, data: bytes) -> None:
    """An office's template passes `szj templates check` before it is used — the same
    function, so `generate` never renders what the check refuses (tracked changes, linked
    images, active fields, macros…). Raises TemplateError listing every problem."""
    from generator.documents.admin import check_template  # it builds on this module

    passed = cache.cache_key(b"passed templates check\0" + data)
    if cache.load(passed) is True:  # vouched for by this user's key
        return
    report = check_template(name, data)
    problems = [f"{name}: {issue.message}" for issue in report.issues if issue.is_error]
    if problems:
        raise TemplateError("\n".join(problems))
    cache.store(passed, True)


def _zip(members: Iterable[tuple[str, bytes]], onto: bytes = b"") -> bytes:
    """A deterministic zip (fixed times and modes) of `members`, after those of `onto`."""
    out = io.BytesIO(onto)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a" if onto else "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members:
            info = zipfile.ZipInfo(member, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return out.getvalue()


def _unknown_fields(name: str, unknown: Iterable[str]) -> str:
    return TEMPLATE_UNKNOWN_FIELDS.format(
        name=name, fields=", ".join(f"„{field}”" for field in unknown)
    )


# --- checking an office's template (`szj templates check`) --------------------------------
#
# Word stores a tag such as `{{ urzad }}` as text spread over runs (`<w:r><w:t>`) whenever
# the spelling checker, an edit or a formatting change splits it. docxtpl joins the pieces
# by deleting the XML between them, which is harmless when the pieces only differ in Word's
# bookkeeping (revision ids, spelling marks, bookmarks) but not when the formatting differs
# (the value takes the formatting of the first piece) or when the pieces sit in different
# containers (a hyperlink, a tracked change: the document comes out broken). The checks below
# look at the XML as Word saved it, and at the Jinja the tags make, and say where in the
# document's text each problem is.

ITEM = "[]"  # a path step: one element of a list (in `{% for o in zespol %}`, `o` is zespol[])

_P = f"{{{_W}}}p"
_R = f"{{{_W}}}r"
_T = f"{{{_W}}}t"
_TR = f"{{{_W}}}tr"
_RPR = f"{{{_W}}}rPr"
_RFONTS = f"{{{_W}}}rFonts"
_REVISIONS = tuple(f"{{{_W}}}{n}" for n in ("ins", "del", "moveFrom", "moveTo"))
# Run properties Word changes by itself; they do not change how a value looks.
_BOOKKEEPING_PROPS = frozenset(f"{{{_W}}}{n}" for n in ("lang", "noProof", "rPrChange"))
_HINT = f"{{{_W}}}hint"

_RAW_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
_DELIMITER = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")
_SPACED_DELIMITER = re.compile(r"\{\s+[{%]|[%}]\s+\}")  # `{ {`: printed as typed, not a tag
_CLOSING = {"{{": "}}", "{%": "%}", "{#": "#}"}
_OPENING = {closing: opening for opening, closing in _CLOSING.items()}
_P_TAG = re.compile(r"\{[%{#]p ")  # docxtpl's paragraph tags: `{%p if … %}`
_TR_TAG = re.compile(r"\{[%{#]tr ")  # and its table-row tags: `{%tr for … %}`
SMART_QUOTES = "„”“‘’‚«»"
_STRAIGHT_QUOTES = str.maketrans("„”“‘’‚«»", '"""\'\'\'""')
_TAG_BODY = re.compile(r"(?<=\{[{%]).*?(?=[}%]\})")
_DOCX_TAG = re.compile(r"\{([%{#])(?:p|tr|tc|r) ")  # `{%p ` as docxtpl reads it: `{% `
_BLOCK_TAG = re.compile(r"\{%-?\s*(?:p |tr |tc |r )?\s*(\w+)")
_BLOCKS = frozenset({"if", "for", "with", "macro", "call", "filter", "raw", "autoescape"})
_EXCERPT = 160


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
    members = _read_members(name, data)
    _, elements = _part_elements(name, members)
    paragraphs = [p for element in elements.values() for p in _raw_paragraphs(element)]
    issues = [issue for p in paragraphs for issue in _tag_issues(p)]
    issues += _tracked_changes(elements.values())
    env = make_environment()
    syntax: tuple[str, str] | None = None
    variables: set[str] = set()
    uses: list[FieldUse] = []
    printed: list[PrintedValue] = []
    refused: list[str] = []
    for element in elements.values():
        source = _inspection_source(element, straight_quotes=True)
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as e:
            syntax = syntax or _located_syntax(source, e, paragraphs)
            continue  # no tree to look into
        collector = _UseCollector()
        collector.visit(tree, {})
        try:
            env.compile(tree)  # finds unknown filters
            variables |= meta.find_undeclared_variables(tree)
        except TemplateAssertionError as e:
            syntax = syntax or _located_syntax(source, e, paragraphs)
            variables |= {use[1] for use in collector.uses if not use[2]}  # top-level names
        lines = source.splitlines()
        refused += [
            msg.SYNTAX_IN_PARAGRAPH.format(paragraph=_line_text(lines, line), detail=detail)
            for line, detail in static_refusals(env, tree)
        ]
        for base, field_name, is_attribute, written, line in collector.uses:
            where = _locate(written, paragraphs, lines, line)
            uses.append(FieldUse(base, field_name, is_attribute, written, where))
        for path, written, line in collector.printed:
            where = _locate(written, paragraphs, lines, line, whole=True)
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


def syntax_problem(
    element: etree._Element, env: SandboxedEnvironment, error: TemplateSyntaxError
) -> tuple[str, str]:
    """(paragraph text, Polish explanation) of a Jinja error in a part of a template.

    The part is parsed again with every paragraph and table row on a line of its own, so
    the error's line number names the paragraph (docxtpl's `{%p %}` tags included)."""
    source = _inspection_source(element)
    try:
        env.compile(env.parse(source))
    except TemplateSyntaxError as e:
        return _located_syntax(source, e, _raw_paragraphs(element))
    return "", explain_syntax(error.message or "")  # pragma: no cover - same source, same error


def explain_syntax(message: str) -> str:
    """A Jinja syntax error in Polish, for someone who edits Word documents."""
    if m := re.search(r"unexpected char '(.)'", message):
        char = m.group(1)
        template = msg.SYNTAX_SMART_QUOTE if char in SMART_QUOTES else msg.SYNTAX_BAD_CHARACTER
        return template.format(char=char)
    innermost = re.search(r"innermost block that needs to be closed is '(\w+)'", message)
    if "end of template" in message.lower() and innermost:
        return msg.SYNTAX_UNCLOSED_BLOCK.format(block=innermost.group(1))
    if m := re.search(r"Encountered unknown tag '(\w+)'", message):
        tag = m.group(1)
        if innermost and tag.startswith("end"):
            return msg.SYNTAX_WRONG_END.format(tag=tag, block=innermost.group(1))
        if tag.startswith("end") or tag in ("else", "elif"):
            return msg.SYNTAX_END_WITHOUT_START.format(tag=tag)
        if tag in ("p", "tr", "tc", "r"):
            return msg.SYNTAX_DOCX_TAG.format(tag="{%" + tag + " … %}")
        return msg.SYNTAX_UNKNOWN_TAG.format(tag=tag)
    if m := re.search(r"No filter named '(\w+)'", message):
        close = difflib.get_close_matches(m.group(1), sorted(make_environment().filters), n=1)
        hint = msg.DID_YOU_MEAN.format(name=close[0]) if close else ""
        return msg.SYNTAX_UNKNOWN_FILTER.format(filter=m.group(1), hint=hint)
    if message in ("tag name expected",) or message.startswith("Expected an expression"):
        return msg.SYNTAX_EMPTY_TAG
    if m := re.search(r"expected token 'end of print statement', got '(\w+)'", message):
        return msg.SYNTAX_EXTRA_WORD.format(word=m.group(1))
    if message.startswith(("expected token", "unexpected")):
        return msg.SYNTAX_INVALID.format(detail=message)
    return msg.SYNTAX_OTHER.format(detail=message)


def excerpt(text: str, needle: str = "", width: int = _EXCERPT) -> str:
    """`text` shortened to about `width` characters around `needle`, with „…” where cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    at = max(text.find(needle), 0) if needle else 0
    start = max(min(at - width // 3, len(text) - width), 0)
    end = min(start + width, len(text))
    return ("… " if start else "") + text[start:end].strip() + (" …" if end < len(text) else "")


# --- the Word XML as saved


@dataclass(frozen=True)
class _RawParagraph:
    element: etree._Element
    text: str
    owners: tuple[etree._Element, ...]  # for each character of `text`, its <w:t>


def _raw_paragraphs(part: etree._Element) -> list[_RawParagraph]:
    paragraphs = []
    for paragraph in part.iter(_P):
        pieces: list[str] = []
        owners: list[etree._Element] = []
        for t in paragraph.iter(_T):
            if next(t.iterancestors(_P)) is not paragraph:  # a text box's own paragraph
                continue
            pieces.append(t.text or "")
            owners += [t] * len(t.text or "")
        paragraphs.append(_RawParagraph(paragraph, "".join(pieces), tuple(owners)))
    return paragraphs


def _tag_issues(paragraph: _RawParagraph) -> list[TagIssue]:
    issues = _delimiter_issues(paragraph)
    text = paragraph.text
    for match in _RAW_TAG.finditer(text):
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


def _delimiter_issues(paragraph: _RawParagraph) -> list[TagIssue]:
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


def _row_issue(paragraph: _RawParagraph, tag: str, shown: str) -> list[TagIssue]:
    row = next(paragraph.element.iterancestors(_TR), None)
    if row is None:
        return [TagIssue(TagFault.TR_OUTSIDE_TABLE, tag, shown)]
    row_text = "".join(t.text or "" for t in row.iter(_T))
    if _TR_TAG_ONLY.sub("", row_text, count=1).strip():
        return [TagIssue(TagFault.TEXT_BESIDE_TR, tag, excerpt(row_text, tag))]
    return []


def _tracked_changes(parts: Iterable[etree._Element]) -> list[TagIssue]:
    for part in parts:
        revision = next(part.iter(*_REVISIONS), None)
        if revision is not None:
            paragraph = next(revision.iterancestors(_P), None)
            text = (
                "".join(t.text or "" for t in paragraph.iter(_T)) if paragraph is not None else ""
            )
            return [TagIssue(TagFault.TRACKED_CHANGES, "", excerpt(text))]
    return []


# --- the Jinja the tags make


def _inspection_source(element: etree._Element, straight_quotes: bool = False) -> str:
    """docxtpl's Jinja source with each paragraph and table row on its own line, so that a
    `{%p if %}` paragraph, which docxtpl reduces to its tag, stays a line of its own.

    With `straight_quotes`, Word's smart quotes inside tags become straight ones, so that the
    rest of a template can still be checked once they have been reported."""
    xml = etree.tostring(element, encoding="unicode")
    source = _docxtpl().patch_xml(re.sub(r"<w:(p|tr)([ >])", r"\n<w:\1\2", xml))
    if straight_quotes:
        source = _TAG_BODY.sub(lambda m: m.group().translate(_STRAIGHT_QUOTES), source)
    return source


def _located_syntax(
    source: str, error: TemplateSyntaxError, paragraphs: list[_RawParagraph]
) -> tuple[str, str]:
    """(paragraph, explanation); an unclosed block is shown where it opens, and a line that
    docxtpl reduced to its tag (`{% if x %}` from `{%p if x %}`) as the user typed it."""
    message = error.message or ""
    line = error.lineno
    if "end of template" in message.lower():
        line = _unclosed_block_line(source) or line
    text = _line_text(source.splitlines(), line)
    typed = (p.text for p in paragraphs if excerpt(_DOCX_TAG.sub(r"{\1 ", p.text)) == text)
    return excerpt(next(typed, text)), explain_syntax(message)


def _unclosed_block_line(source: str) -> int | None:
    """The line of the innermost block tag (`{% if %}`, `{% for %}`) never closed."""
    stack: list[tuple[str, int]] = []
    for number, line in enumerate(source.splitlines(), start=1):
        for match in _BLOCK_TAG.finditer(line):
            word = match.group(1)
            if word in _BLOCKS:
                stack.append((word, number))
            elif word.startswith("end") and stack and stack[-1][0] == word[3:]:
                stack.pop()
    return stack[-1][1] if stack else None


def _line_text(lines: list[str], line: int | None) -> str:
    if not line or line > len(lines):
        return ""
    return excerpt(html.unescape(_TAGS.sub("", lines[line - 1])))


def _locate(
    written: str, paragraphs: list[_RawParagraph], lines: list[str], line: int, whole: bool = False
) -> str:
    """The text of the paragraph where `written` (`o.imie_nazwisko`) is used: the first
    paragraph whose tags hold it (`whole`: printed by a `{{ }}` tag, not followed by a part),
    else the paragraph of the Jinja line."""
    names = [re.escape(part) for part in written.split(".")]
    end = r"(?!\w|\s*[.\[])" if whole else r"(?!\w)"
    pattern = re.compile(r"(?<![\w.])" + r"\s*\.\s*".join(names) + end)
    for paragraph in paragraphs:
        for tag in _RAW_TAG.findall(paragraph.text):
            if pattern.search(tag) and (tag.startswith("{{") or not whole):
                return excerpt(paragraph.text, tag)
    return _line_text(lines, line)


class _UseCollector:
    """Walks a Jinja tree and records every field or attribute read, with its path from the
    top-level field (`zespol`, `[]`, `imie_nazwisko`) resolved through `{% for %}` loops."""

    def __init__(self) -> None:
        self.uses: list[tuple[tuple[str, ...] | None, str, bool, str, int]] = []
        self.printed: list[tuple[tuple[str, ...], str, int]] = []

    def visit(self, node: nodes.Node, scope: dict[str, tuple[str, ...] | None]) -> None:
        if isinstance(node, nodes.For):
            self._visit_for(node, scope)
        elif isinstance(node, nodes.Output):
            for child in node.nodes:
                path = self.resolve(child, scope)
                written = _written(child)
                if path is not None and written and isinstance(child, nodes.Name | nodes.Getattr):
                    self.printed.append((path, written, child.lineno))
        elif isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
            self.resolve(node, scope)
        elif isinstance(node, nodes.Assign | nodes.AssignBlock):
            for child in node.iter_child_nodes(exclude=("target",)):
                self.visit(child, scope)
            _bind(node.target, None, scope)
        elif isinstance(node, nodes.Filter) and node.name == "attr" and node.args:
            self._visit_attr_filter(node, scope)
        else:
            inner = scope
            if isinstance(node, nodes.Macro | nodes.CallBlock | nodes.With):
                inner = dict(scope)
                for target in getattr(node, "args", []) + getattr(node, "targets", []):
                    _bind(target, None, inner)
            for child in node.iter_child_nodes():
                self.visit(child, inner)

    def resolve(
        self, node: nodes.Node, scope: dict[str, tuple[str, ...] | None]
    ) -> tuple[str, ...] | None:
        """The path of an expression from a top-level field, or None when it has none."""
        if isinstance(node, nodes.Name):
            if node.ctx != "load":
                return None
            if node.name in scope:
                return scope[node.name]
            self.uses.append((None, node.name, False, node.name, node.lineno))
            return (node.name,)
        if isinstance(node, nodes.Getattr):
            return self._step(node, node.node, node.attr, scope)
        if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            if isinstance(node.arg.value, str):
                return self._step(node, node.node, node.arg.value, scope)
            base = self.resolve(node.node, scope)
            return None if base is None else (*base, ITEM)
        self.visit(node, scope)
        return None

    def _step(
        self, node: nodes.Node, owner: nodes.Node, attribute: str, scope: dict
    ) -> tuple[str, ...] | None:
        base = self.resolve(owner, scope)
        written = _written(node) or attribute
        self.uses.append((base, attribute, True, written, node.lineno))
        return None if base is None else (*base, attribute)

    def _visit_for(self, node: nodes.For, scope: dict[str, tuple[str, ...] | None]) -> None:
        base = self.resolve(node.iter, scope)
        inner = dict(scope)
        inner["loop"] = None
        _bind(node.target, None if base is None else (*base, ITEM), inner)
        for child in [*([node.test] if node.test else []), *node.body]:
            self.visit(child, inner)
        for child in node.else_:
            self.visit(child, scope)

    def _visit_attr_filter(self, node: nodes.Filter, scope: dict) -> None:
        """`x|attr("name")` reads an attribute like `x.name`."""
        argument = node.args[0]
        if node.node is not None and isinstance(argument, nodes.Const):
            base = self.resolve(node.node, scope)
            written = f"{_written(node.node) or ''}|attr({argument.value!r})"
            self.uses.append((base, str(argument.value), True, written, node.lineno))
        for child in node.iter_child_nodes(exclude=("node",)):
            self.visit(child, scope)


def _bind(target: nodes.Node, path: tuple[str, ...] | None, scope: dict) -> None:
    """Names a loop, `set` or macro binds: a single name gets `path`, the rest no path."""
    if isinstance(target, nodes.Name):
        scope[target.name] = path
    else:
        for name in target.find_all(nodes.Name):
            scope[name.name] = None


def _written(node: nodes.Node) -> str | None:
    """`o.imie_nazwisko` for a chain of names and attributes; None for anything else."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        owner = _written(node.node)
        return f"{owner}.{node.attr}" if owner else None
    return None
