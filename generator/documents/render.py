"""Rendering the Word templates: compile each once, fill it for any number of contexts.

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

The Jinja environment is `environment`, reading a .docx `docx_parts`, the compiled-template
cache `cache`; the linter of `szj templates check` is `lint` (with `jinja_uses`), of which
rendering uses only the paragraph a syntax error comes from.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import cast

from jinja2 import Template, meta
from jinja2.exceptions import (
    SecurityError,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from generator import messages as msg
from generator.documents import cache, limits
from generator.documents.docx_parts import (
    BODY,
    DOCUMENT_PART,
    HEADER_PART,
    PARSER,
    docxtpl_helper,
    jinja_source,
    part_elements,
    prepend_lines,
    read_members,
    unique_drawing_ids,
)
from generator.documents.environment import LISTING, make_environment
from generator.documents.field_meta import as_mapping
from generator.documents.fields import TemplateFields
from generator.documents.jinja_uses import syntax_problem
from generator.documents.registry import TEMPLATE_FIELDS, TEMPLATE_NAMES
from generator.documents.sandbox import (
    LimitError,
)
from generator.errors import TemplateError
from generator.files import zip_bytes


def _default_templates() -> Path:
    """`templates/` of a source checkout (what the office edits), else the copy installed
    inside the package (`generator/default_templates/`, see pyproject.toml)."""
    package = Path(__file__).resolve().parents[1]  # generator/
    checkout = package.parent / "templates"
    return checkout if (checkout / TEMPLATE_NAMES[0]).is_file() else package / "default_templates"


DEFAULT_TEMPLATES = _default_templates()
ORIGIN_DEFAULT = "default"
ORIGIN_OFFICE = "office"

_MARKED_PARAGRAPH = re.compile(r"\n<w:p([ >])")




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


def _compile(name: str, data: bytes, env: SandboxedEnvironment) -> _Compiled:
    """Open a .docx, turn its body, headers and footers into compiled Jinja templates."""
    members = read_members(name, data)
    root, elements = part_elements(name, members)
    shell = copy.deepcopy(root)
    body = shell.find(BODY)
    assert body is not None  # part_elements checked it
    body_index = shell.index(body)
    shell.remove(body)

    key = cache.cache_key(data)
    cached = cache.load(key)
    if cached is None:
        codes, variables = _compile_parts(name, elements, env)
        unchanged = zip_bytes((m, content) for m, content in members if m not in codes)
        # kept: the code, the variables, the unchanged members zipped
        cache.store(key, (codes, variables, unchanged))
    else:
        # an entry is only ever what the branch above stores (vouched for by its MAC)
        codes, variables, unchanged = cast(_CachedEntry, cached)
    globals_ = env.make_globals(None)
    parts = {
        member: env.template_class.from_code(env, code, globals_, None)
        for member, code in codes.items()
    }
    return _Compiled(name, members, parts, shell, body_index, frozenset(variables), unchanged)


_Codes = tuple[dict[str, CodeType], list[str]]  # compiled code per part, variables used
_CachedEntry = tuple[dict[str, CodeType], list[str], bytes]  # and the unchanged members


def _compile_parts(
    name: str, elements: Mapping[str, etree._Element], env: SandboxedEnvironment
) -> _Codes:
    codes: dict[str, CodeType] = {}
    variables: set[str] = set()
    for member, element in elements.items():
        try:
            tree = env.parse(jinja_source(element))
            codes[member] = env.compile(tree)  # an unknown filter is found here
        except TemplateSyntaxError as e:
            paragraph, detail = syntax_problem(element, env, e)
            raise TemplateError(
                msg.TEMPLATE_SYNTAX.format(name=name, detail=detail, near=paragraph)
            ) from e
        variables |= meta.find_undeclared_variables(tree)
    return codes, sorted(variables)


def postprocess(xml: str) -> str:
    """What docxtpl does after Jinja: drop the paragraph markers, turn line breaks and tabs
    inside text into Word breaks and tabs (literal tags are resolved in `jinja_source`)."""
    xml = _MARKED_PARAGRAPH.sub(r"<w:p\1", xml)
    if not LISTING.search(xml):  # no tab, line or page break left: nothing to resolve
        return xml
    return docxtpl_helper().resolve_listing(xml)


# --- the set of templates ------------------------------------------------------------------


class TemplateSet:
    """The templates of a run: the office's where it has them, else the defaults.

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

    def render(
        self,
        name: str,
        context: TemplateFields | Mapping[str, object],
        *,
        header: tuple[str, ...] = (),
    ) -> bytes:
        """The .docx bytes of a template filled with `context` (a document's fields, made a
        mapping only here), with the lines of `header` („WZÓR”, the form's identity) added at
        the top of every header (of the body when the template has no header), so the mark
        does not depend on the office's template.

        The template is checked against the known fields before its first use; any problem
        is a TemplateError naming the template.
        """
        compiled = self._checked(name)
        if isinstance(context, TemplateFields):
            context = as_mapping(context)
        if self.origin(name) == ORIGIN_OFFICE:  # untrusted: under a memory and time limit
            return limits.render_limited(name, lambda: self._fill(compiled, context, header))
        return self._fill(compiled, context, header)

    def _fill(
        self, compiled: _Compiled, context: Mapping[str, object], header: tuple[str, ...] = ()
    ) -> bytes:
        headers = [m for m in compiled.parts if HEADER_PART.fullmatch(m)] or [DOCUMENT_PART]
        rendered = {
            member: self._render_part(
                compiled, member, tpl, context, header if member in headers else ()
            )
            for member, tpl in compiled.parts.items()
        }
        # The filled parts are appended to the members compressed once per template.
        return zip_bytes(rendered.items(), onto=compiled.unchanged)

    def _render_part(
        self,
        compiled: _Compiled,
        member: str,
        template: Template,
        context: Mapping[str, object],
        header: tuple[str, ...] = (),
    ) -> bytes:
        self._env.start_rendering()
        try:
            xml = postprocess(template.render(context))
        except LimitError as e:
            raise TemplateError(msg.TEMPLATE_RENDER.format(name=compiled.name, detail=e)) from e
        except MemoryError as e:
            detail = msg.TEMPLATE_LIMIT_MEMORY.format(megabytes=limits.RENDER_MEMORY >> 20)
            failed = msg.TEMPLATE_RENDER.format(name=compiled.name, detail=detail)
            raise TemplateError(failed) from e
        except SecurityError as e:
            detail = msg.TEMPLATE_UNSAFE.format(detail=e)
            failed = msg.TEMPLATE_RENDER.format(name=compiled.name, detail=detail)
            raise TemplateError(failed) from e
        except Exception as e:  # an office's template can raise anything: 1/0, a recursive
            # macro, a range over the sandbox's limit; each is that template's fault
            detail = getattr(e, "message", None) or str(e) or type(e).__name__
            failed = msg.TEMPLATE_RENDER.format(name=compiled.name, detail=detail)
            raise TemplateError(failed) from e
        try:
            tree = etree.fromstring(xml, PARSER)
        except etree.XMLSyntaxError as e:
            raise TemplateError(msg.TEMPLATE_BROKEN_XML.format(name=compiled.name, detail=e)) from e
        unique_drawing_ids(tree)  # a picture in a loop is copied with its id
        prepend_lines(tree, header)
        if member == DOCUMENT_PART:
            document = copy.deepcopy(compiled.shell)
            document.insert(compiled.body_index, tree)
            tree = document
        return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)

    # internals

    def _known(self, name: str) -> None:
        if name not in self.fields:
            names = ", ".join(self.fields)
            raise TemplateError(msg.TEMPLATE_UNKNOWN.format(name=name, names=names))

    def _bytes(self, name: str) -> bytes:
        if name not in self._data:
            path = self.path(name)
            try:
                self._data[name] = path.read_bytes()
            except OSError as e:
                where = ", ".join(str(d) for d in (self.office_dir, self.default_dir) if d)
                raise TemplateError(msg.TEMPLATE_MISSING.format(name=name, where=where)) from e
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


def _unknown_fields(name: str, unknown: Iterable[str]) -> str:
    return msg.TEMPLATE_UNKNOWN_FIELDS.format(
        name=name, fields=msg.join_quoted(unknown)
    )
