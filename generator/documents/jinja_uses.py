"""The Jinja the tags of a template make, read for the linter: the fields and parts each tag
uses, values printed whole, syntax errors located in the paragraph they come from, and what
the sandbox would refuse whatever the data (`static_refusals`)."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import (
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from generator import messages as msg
from generator.documents.docx_parts import TAGS, P, T, docxtpl_helper
from generator.documents.environment import make_environment
from generator.documents.sandbox import (
    BOUNDED_FILTERS,
    PRINTING_FILTERS,
    BoundedEnvironment,
    LimitError,
    check_printable,
)

ITEM = "[]"  # a path step: one element of a list (in `{% for o in zespol %}`, `o` is zespol[])
RAW_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
SMART_QUOTES = "„”“‘’‚«»"
_STRAIGHT_QUOTES = str.maketrans("„”“‘’‚«»", '"""\'\'\'""')
_TAG_BODY = re.compile(r"(?<=\{[{%]).*?(?=[}%]\})")
_DOCX_TAG = re.compile(r"\{([%{#])(?:p|tr|tc|r) ")  # `{%p ` as docxtpl reads it: `{% `
_BLOCK_TAG = re.compile(r"\{%-?\s*(?:p |tr |tc |r )?\s*(\w+)")
_BLOCKS = frozenset({"if", "for", "with", "macro", "call", "filter", "raw", "autoescape"})
_EXCERPT = 160


def syntax_problem(
    element: etree._Element, env: SandboxedEnvironment, error: TemplateSyntaxError
) -> tuple[str, str]:
    """(paragraph text, Polish explanation) of a Jinja error in a part of a template.

    The part is parsed again with every paragraph and table row on a line of its own, so
    the error's line number names the paragraph (docxtpl's `{%p %}` tags included)."""
    source = inspection_source(element)
    try:
        env.compile(env.parse(source))
    except TemplateSyntaxError as e:
        return located_syntax(source, e, raw_paragraphs(element))
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
    return _explain_tokens(message)


def _explain_tokens(message: str) -> str:
    """Jinja's remaining messages about tokens, in Polish; nothing of its English is shown."""
    if "end of template" in message.lower():
        return msg.SYNTAX_UNCLOSED_TAG.format()
    if m := re.fullmatch(r"expected token '(.+?)', got '(.+?)'", message):
        expected, got = (_TOKEN_NAMES.get(t, t) for t in m.groups())
        return msg.SYNTAX_EXPECTED.format(expected=expected, got=got)
    if m := re.fullmatch(r"unexpected '(.+?)'", message):
        return msg.SYNTAX_UNEXPECTED.format(token=_TOKEN_NAMES.get(m.group(1), m.group(1)))
    if message.startswith("expected name or number"):
        return msg.SYNTAX_NAME_EXPECTED.format()
    return msg.SYNTAX_OTHER.format()


# How Jinja names the tokens a clerk types.
_TOKEN_NAMES = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "begin of print statement": "{{",
    "begin of statement block": "{%",
    "name": "nazwa pola",
}


def excerpt(text: str, needle: str = "", width: int = _EXCERPT) -> str:
    """`text` shortened to about `width` characters around `needle`, with „…” where cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    at = max(text.find(needle), 0) if needle else 0
    start = max(min(at - width // 3, len(text) - width), 0)
    end = min(start + width, len(text))
    return ("… " if start else "") + text[start:end].strip() + (" …" if end < len(text) else "")


@dataclass(frozen=True)
class RawParagraph:
    element: etree._Element
    text: str
    owners: tuple[etree._Element, ...]  # for each character of `text`, its <w:t>


def raw_paragraphs(part: etree._Element) -> list[RawParagraph]:
    paragraphs = []
    for paragraph in part.iter(P):
        pieces: list[str] = []
        owners: list[etree._Element] = []
        for t in paragraph.iter(T):
            if next(t.iterancestors(P)) is not paragraph:  # a text box's own paragraph
                continue
            pieces.append(t.text or "")
            owners += [t] * len(t.text or "")
        paragraphs.append(RawParagraph(paragraph, "".join(pieces), tuple(owners)))
    return paragraphs


def inspection_source(element: etree._Element, straight_quotes: bool = False) -> str:
    """docxtpl's Jinja source with each paragraph and table row on its own line, so that a
    `{%p if %}` paragraph, which docxtpl reduces to its tag, stays a line of its own.

    With `straight_quotes`, Word's smart quotes inside tags become straight ones, so that the
    rest of a template can still be checked once they have been reported."""
    xml = etree.tostring(element, encoding="unicode")
    source = docxtpl_helper().patch_xml(re.sub(r"<w:(p|tr)([ >])", r"\n<w:\1\2", xml))
    if straight_quotes:
        source = _TAG_BODY.sub(lambda m: m.group().translate(_STRAIGHT_QUOTES), source)
    return source


def located_syntax(
    source: str, error: TemplateSyntaxError, paragraphs: list[RawParagraph]
) -> tuple[str, str]:
    """(paragraph, explanation); an unclosed block is shown where it opens, and a line that
    docxtpl reduced to its tag (`{% if x %}` from `{%p if x %}`) as the user typed it."""
    message = error.message or ""
    line = error.lineno
    if "end of template" in message.lower():
        line = _unclosed_block_line(source) or line
    text = line_text(source.splitlines(), line)
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


def line_text(lines: list[str], line: int | None) -> str:
    if not line or line > len(lines):
        return ""
    return excerpt(html.unescape(TAGS.sub("", lines[line - 1])))


def locate(
    written: str, paragraphs: list[RawParagraph], lines: list[str], line: int, whole: bool = False
) -> str:
    """The text of the paragraph where `written` (`o.imie_nazwisko`) is used: the first
    paragraph whose tags hold it (`whole`: printed by a `{{ }}` tag, not followed by a part),
    else the paragraph of the Jinja line."""
    names = [re.escape(part) for part in written.split(".")]
    end = r"(?!\w|\s*[.\[])" if whole else r"(?!\w)"
    pattern = re.compile(r"(?<![\w.])" + r"\s*\.\s*".join(names) + end)
    for paragraph in paragraphs:
        for tag in RAW_TAG.findall(paragraph.text):
            if pattern.search(tag) and (tag.startswith("{{") or not whole):
                return excerpt(paragraph.text, tag)
    return line_text(lines, line)


class UseCollector:
    """Walks a Jinja tree and records every field or attribute read, with its path from the
    top-level field (`zespol`, `[]`, `imie_nazwisko`) resolved through `{% for %}` loops."""

    def __init__(self) -> None:
        self.uses: list[tuple[tuple[str, ...] | None, str, bool, str, int]] = []
        self.printed: list[tuple[tuple[str, ...], str, int]] = []

    def visit(self, node: nodes.Node, scope: dict[str, tuple[str, ...] | None]) -> None:
        if isinstance(node, nodes.For):
            self._visit_for(node, scope)
        elif isinstance(node, nodes.Output):
            for printed in node.nodes:
                path = self.resolve(printed, scope)
                written = _written(printed)
                if path is not None and written and isinstance(printed, nodes.Name | nodes.Getattr):
                    self.printed.append((path, written, printed.lineno))
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


# --- what `szj templates check` can tell without data --------------------------------------


class _NotConstant(Exception):
    """Raised for an expression whose value depends on the data."""


def static_refusals(env: BoundedEnvironment, tree: nodes.Template) -> list[tuple[int, str]]:
    """(line, Polish message) for what the sandbox would refuse whatever the data: constant
    expressions too large (`{{ 10**(10**9) }}`, `{{ 'a'|center(10**9) }}`) and the
    environment's own objects printed (`{{ cycler }}`), so that `szj templates check`
    refuses what `generate` would."""
    found = []
    for node in tree.find_all((nodes.BinExpr, nodes.Filter, nodes.Output)):
        children = node.nodes if isinstance(node, nodes.Output) else [node]
        for child in children:
            try:
                value = _evaluate(env, child)
                if isinstance(node, nodes.Output):
                    check_printable(value)
            except LimitError as e:
                found.append((child.lineno, str(e)))
            except Exception:  # not constant, or an error the rendering reports itself
                continue
    return found


def _evaluate(env: BoundedEnvironment, node: nodes.Node) -> Any:
    """The value of a constant expression, computed with the sandbox's bounded operators."""
    if isinstance(node, nodes.Const):
        return node.value
    if isinstance(node, nodes.Name) and node.ctx == "load" and node.name in env.globals:
        return env.globals[node.name]
    if isinstance(node, nodes.List | nodes.Tuple):
        items = [_evaluate(env, item) for item in node.items]
        return items if isinstance(node, nodes.List) else tuple(items)
    if isinstance(node, nodes.BinExpr):
        left, right = _evaluate(env, node.left), _evaluate(env, node.right)
        return env.call_binop(None, node.operator, left, right)  # type: ignore[arg-type]
    checked = (*PRINTING_FILTERS, *BOUNDED_FILTERS)
    if isinstance(node, nodes.Filter) and node.node is not None and node.name in checked:
        if node.kwargs or node.dyn_args or node.dyn_kwargs:
            raise _NotConstant
        arguments = [_evaluate(env, argument) for argument in node.args]
        return env.call_filter(node.name, _evaluate(env, node.node), arguments)
    raise _NotConstant
