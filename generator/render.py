"""Rendering the Word templates: the only module that imports docxtpl and Jinja.

A `TemplateSet` opens each template once per run: it reads the .docx, lets docxtpl turn the
Word XML of the body, headers and footers into Jinja source (`DocxTemplate.patch_xml`, the
step that joins `{{ … }}` split across runs and expands `{%tr %}`/`{%p %}` tags), compiles that
source in a sandboxed, strict, autoescaping Jinja environment and checks the fields it uses
against `context.FIELDS`. Rendering a context then only runs the compiled templates and zips
the result with every other part of the .docx copied unchanged — no file is re-read and no
XML re-parsed per document (docxtpl's own `DocxTemplate.render` reloads the file each time).

Values reach Word exactly: autoescaping keeps `&`, `<`, `>` and quotes; line breaks become
`<w:br/>` and tabs `<w:tab/>` (docxtpl's `resolve_listing`); `None` is refused; a
`context.Porownanie` becomes runs struck through (deleted) or underlined (inserted).
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, Template, meta
from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup, escape

from generator.context import FIELDS, TEMPLATE_NAMES, Porownanie
from generator.errors import TemplateError

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ORIGIN_DEFAULT = "default"
ORIGIN_OFFICE = "office"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY = f"{{{_W}}}body"
_DOCUMENT_PART = "word/document.xml"
_OTHER_PARTS = re.compile(r"word/(header\d*|footer\d*|footnotes|endnotes)\.xml")
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_MARKED_PARAGRAPH = re.compile(r"\n<w:p([ >])")
_TAGS = re.compile(r"<[^>]+>")
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
TEMPLATE_SYNTAX = "{name}: błąd w znacznikach szablonu: {detail} (w pobliżu tekstu: „{near}”)"
TEMPLATE_UNKNOWN_FIELDS = "{name}: szablon używa nieznanych pól: {fields}"
TEMPLATE_RENDER = "{name}: nie udało się wypełnić szablonu: {detail}"
TEMPLATE_BROKEN_XML = "{name}: wypełniony szablon nie jest poprawnym dokumentem Word: {detail}"
VALUE_NONE = "pole bez wartości (None)"
YES, NO = "tak", "nie"


# --- the Jinja environment -----------------------------------------------------------------


def _finalize(value: object) -> object:
    """What `{{ … }}` prints: text as is (escaped later), redlines as runs, no `None`."""
    if value is None:
        raise UndefinedError(VALUE_NONE)
    if isinstance(value, Porownanie):
        return Markup(redline_xml(value))
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, str) and not isinstance(value, Markup):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def make_environment() -> SandboxedEnvironment:
    """Sandboxed (templates are edited by the office), strict, autoescaping."""
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True, finalize=_finalize)


def redline_xml(redline: Porownanie) -> str:
    """Word runs for a redline, closing and reopening the run that holds the tag, so it
    works both as `{{ x }}` and as docxtpl's `{{r x }}`."""
    runs = "".join(
        f'<w:r>{_REDLINE_PROPS[segment.op]}<w:t xml:space="preserve">{escape(segment.text)}'
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


_HELPER = DocxTemplate(io.BytesIO())  # only its pure XML helpers are used


def _compile(name: str, data: bytes, env: SandboxedEnvironment) -> _Compiled:
    """Open a .docx, turn its body, headers and footers into compiled Jinja templates."""
    members = _read_members(name, data)
    root = _parse(name, dict(members)[_DOCUMENT_PART])
    shell = copy.deepcopy(root)
    body = shell.find(_BODY)
    if body is None:
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail="brak treści"))
    body_index = shell.index(body)
    shell.remove(body)

    sources = {_DOCUMENT_PART: etree.tostring(root.find(_BODY), encoding="unicode")}
    for member, content in members:
        if _OTHER_PARTS.fullmatch(member):
            sources[member] = etree.tostring(_parse(name, content), encoding="unicode")
    parts: dict[str, Template] = {}
    variables: set[str] = set()
    for member, xml in sources.items():
        source = _PARAGRAPH_START.sub(r"\n<w:p\1", _HELPER.patch_xml(xml))
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as e:
            near = _text_near(source, e.lineno)
            raise TemplateError(
                TEMPLATE_SYNTAX.format(name=name, detail=e.message, near=near)
            ) from e
        variables |= meta.find_undeclared_variables(tree)
        parts[member] = env.from_string(tree)
    return _Compiled(name, members, parts, shell, body_index, frozenset(variables))


def _read_members(name: str, data: bytes) -> tuple[tuple[str, bytes], ...]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = tuple((info.filename, archive.read(info)) for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as e:
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=e)) from e
    if _DOCUMENT_PART not in dict(members):
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=_DOCUMENT_PART))
    return members


def _parse(name: str, xml: bytes) -> etree._Element:
    try:
        return etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as e:
        raise TemplateError(TEMPLATE_UNREADABLE.format(name=name, detail=e)) from e


def _text_near(source: str, line: int | None) -> str:
    """The document text around a Jinja error line (the XML is one paragraph per line)."""
    lines = source.splitlines()
    start = max((line or 1) - 2, 0)
    text = " ".join(_TAGS.sub("", chunk) for chunk in lines[start : start + 3])
    return " ".join(text.split())[:120]


def _postprocess(xml: str) -> str:
    """What docxtpl does after Jinja: drop the paragraph markers, unescape literal tags,
    turn line breaks and tabs inside text into Word breaks and tabs."""
    xml = _MARKED_PARAGRAPH.sub(r"<w:p\1", xml)
    xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    return _HELPER.resolve_listing(xml)


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
        fields: Mapping[str, frozenset[str]] = FIELDS,
    ) -> None:
        self.office_dir = office_dir
        self.default_dir = default_dir
        self.fields = fields
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

    def render(self, name: str, context: Mapping[str, object]) -> bytes:
        """The .docx bytes of a template filled with `context`.

        The template is checked against the known fields before its first use; any problem
        is a TemplateError naming the template.
        """
        compiled = self._checked(name)
        rendered = {
            member: self._render_part(compiled, member, tpl, context)
            for member, tpl in compiled.parts.items()
        }
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, content in compiled.members:
                info = zipfile.ZipInfo(member, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, rendered.get(member, content))
        return out.getvalue()

    def _render_part(
        self, compiled: _Compiled, member: str, template: Template, context: Mapping[str, object]
    ) -> bytes:
        try:
            xml = _postprocess(template.render(context))
        except (JinjaError, TypeError, ValueError) as e:
            detail = getattr(e, "message", None) or str(e)
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
            self._compiled[name] = _compile(name, self._bytes(name), self._env)
        return self._compiled[name]

    def _checked(self, name: str) -> _Compiled:
        unknown = self.check(name)
        if unknown:
            raise TemplateError(_unknown_fields(name, unknown))
        return self._compiled[name]


def _unknown_fields(name: str, unknown: Iterable[str]) -> str:
    return TEMPLATE_UNKNOWN_FIELDS.format(
        name=name, fields=", ".join(f"„{field}”" for field in unknown)
    )
