"""The Jinja environment of the Word templates: sandboxed, strict, bounded, printable only.

Templates are edited by the office, so a template is untrusted code. Jinja's own sandbox
stops attribute escapes; this module adds what it leaves open:

- work: repetition (`'a' * 10**9`, `[0] * 10**8`), powers (`10**(10**9)`), padding and
  wrapping widths (`center`, `indent`, `ljust`, `wordwrap(1)`, format widths), growing
  concatenation and ranges, nested `range` loops (one budget per rendering) are refused
  before they allocate anything. Every binary operator is intercepted, which also stops
  Jinja folding them at compile time (`BinExpr.as_const` gives up on intercepted operators,
  so `{{ 10**(10**9) }}` cannot hang `szj templates check`); the filters Jinja may fold are
  the bounded ones below, which refuse at compile time as they would at run time.
- output: only text, numbers, amounts and dates are printed — by `{{ … }}`, `~`, `string`,
  `format`, `%` or `str.format` alike; a function, list or record is refused, so a repr
  such as `<function generate_lorem_ipsum at 0x…>` never reaches a signed document.
- mutation: builtin lists and dicts cannot be changed (`ImmutableSandboxedEnvironment`).

What is not bounded here (loops over the data nested many times, say) is bounded by the
process limits of `limits`, around every rendering of an office's template.
"""

from __future__ import annotations

import dataclasses
import math
import operator
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from functools import update_wrapper
from typing import Any

from jinja2 import StrictUndefined, Undefined, filters, pass_environment, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.runtime import Context, markup_join, str_join
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from markupsafe import Markup

from generator import messages as msg

MAX_TEXT = 1_000_000  # characters one operation may make; a whole document holds ~100 kB
MAX_ITEMS = 100_000  # elements of one list or range; also the loop budget of one rendering
MAX_WIDTH = 1_000  # padding, indentation and format widths
MAX_LINES = 10_000  # lines `wordwrap` may make
MAX_POWER_BITS = 4_096  # 2**4096 is far beyond any amount of money
PRINTABLE = (str, int, float, Decimal, date)  # Markup is a str; bool an int


class LimitError(SecurityError):
    """Raised when a template would make more than a document can hold, or print what is
    not text; its message is Polish, for the office."""


def _too_much(what: str) -> LimitError:
    return LimitError(msg.TEMPLATE_TOO_MUCH.format(what=what))


def check_printable(value: object) -> object:
    """`value` when it is text, a number, an amount or a date; else LimitError."""
    if isinstance(value, (*PRINTABLE, Undefined)):  # Undefined: StrictUndefined says why
        return value
    raise LimitError(msg.TEMPLATE_NOT_PRINTABLE.format(kind=_kind(value)))


def _kind(value: object) -> str:
    """What a non-printable value is, in the office's words."""
    if callable(value):
        return msg.KIND_FUNCTION
    if isinstance(value, list | tuple | set | frozenset | range):
        return msg.KIND_LIST
    if isinstance(value, Mapping) or dataclasses.is_dataclass(value):
        return msg.KIND_RECORD
    return msg.KIND_OTHER


def _check_text(length: int, what: str) -> None:
    if length > MAX_TEXT:
        raise _too_much(what)


def _check_width(width: object, what: str) -> None:
    if isinstance(width, int | float) and abs(width) > MAX_WIDTH:
        raise _too_much(what)
    if isinstance(width, str) and len(width) > MAX_WIDTH:
        raise _too_much(what)


# --- operators ----------------------------------------------------------------------------


def _multiply(left: Any, right: Any) -> Any:
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(times, int):
            limit = MAX_TEXT if isinstance(sequence, str) else MAX_ITEMS
            if len(sequence) * max(times, 0) > limit:
                raise _too_much(msg.LIMIT_REPEAT)
    return left * right


def _power(left: Any, right: Any) -> Any:
    numbers = isinstance(left, int | float) and isinstance(right, int | float)
    if numbers and (
        abs(right) > MAX_POWER_BITS
        or (abs(left) > 1 and right > 0 and right * math.log2(abs(left)) > MAX_POWER_BITS)
    ):
        raise _too_much(msg.LIMIT_POWER)
    return left**right


def _add(left: Any, right: Any) -> Any:
    if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        limit = MAX_TEXT if isinstance(left, str) else MAX_ITEMS
        if len(left) + len(right) > limit:
            raise _too_much(msg.LIMIT_TEXT)
    return left + right


def _modulo(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        _check_percent_format(left, right)
    return left % right


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": _multiply,
    "**": _power,
    "+": _add,
    "%": _modulo,
    "-": operator.sub,
    "/": operator.truediv,
    "//": operator.floordiv,
}

# --- formats ------------------------------------------------------------------------------

_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)")


def _check_percent_format(text: str, arguments: object) -> None:
    """`'%10s' % x` and the `format` filter: widths bounded, arguments printable."""
    for width, precision, _ in _PERCENT_SPEC.findall(text):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_WIDTH):
                raise _too_much(msg.LIMIT_WIDTH)
    values: Iterable[object]
    if isinstance(arguments, Mapping):
        values = arguments.values()
    elif isinstance(arguments, tuple):
        values = arguments
    else:
        values = (arguments,)
    for value in values:
        check_printable(value)


def _check_brace_format(text: str) -> None:
    """`'{:>10}'.format(x)`: widths bounded, no width taken from an argument."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return  # str.format raises the same error itself
    for _, _, spec, _ in parsed:
        if not spec:
            continue
        if "{" in spec or any(int(n) > MAX_WIDTH for n in re.findall(r"\d+", spec)):
            raise _too_much(msg.LIMIT_WIDTH)


class _PrintingFormatter(SandboxedFormatter):
    """Jinja's sandboxed `str.format`, printing only printable values."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        return super().format_field(check_printable(value), format_spec)


class _PrintingEscapeFormatter(SandboxedEscapeFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        return super().format_field(check_printable(value), format_spec)


# --- filters ------------------------------------------------------------------------------


def _printing(name: str) -> Callable[..., Any]:
    """A builtin filter that turns its value into text: the value must be printable."""
    original = filters.FILTERS[name]

    def checked(value: Any, *args: Any, **kwargs: Any) -> Any:
        return original(check_printable(value), *args, **kwargs)

    return update_wrapper(checked, original)


def _center(value: Any, width: int = 80) -> str:
    _check_width(width, msg.LIMIT_WIDTH)
    return filters.do_center(check_printable(value), width)  # type: ignore[arg-type]


def _indent(value: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    _check_width(width, msg.LIMIT_WIDTH)
    return filters.do_indent(check_printable(value), width, first, blank)  # type: ignore[arg-type]


@pass_environment
def _wordwrap(environment: Any, value: Any, width: int = 79, *args: Any, **kwargs: Any) -> str:
    text = str(check_printable(value))
    if not isinstance(width, int) or width < 1 or len(text) / width > MAX_LINES:
        raise _too_much(msg.LIMIT_WIDTH)
    return filters.do_wordwrap(environment, text, width, *args, **kwargs)


@pass_eval_context
def _replace(eval_ctx: Any, value: Any, old: Any, new: Any, count: int | None = None) -> Any:
    text, old_text, new_text = str(check_printable(value)), str(old), str(new)
    found = len(text) + 1 if old_text == "" else text.count(old_text)
    if count is not None and count >= 0:
        found = min(found, count)
    _check_text(len(text) + found * max(len(new_text) - len(old_text), 0), msg.LIMIT_TEXT)
    return filters.do_replace(eval_ctx, value, old, new, count)


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    _check_percent_format(str(check_printable(value)), kwargs or args)
    return filters.do_format(value, *args, **kwargs)


@pass_eval_context
def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
    items = []
    for item in value:
        items.append(item)
        if len(items) > MAX_ITEMS:
            raise _too_much(msg.LIMIT_TEXT)
    if attribute is not None:
        items = list(map(filters.make_attrgetter(eval_ctx.environment, attribute), items))
    for item in items:
        check_printable(item)
    _check_text(sum(len(str(item)) for item in items) + len(d) * len(items), msg.LIMIT_TEXT)
    return filters.sync_do_join(eval_ctx, items, d)


def _batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Iterator[list[Any]]:
    if linecount > MAX_ITEMS:
        raise _too_much(msg.LIMIT_REPEAT)
    return filters.do_batch(value, linecount, fill_with)


def _slice(value: Any, slices: int, fill_with: Any = None) -> Iterator[list[Any]]:
    if slices > MAX_ITEMS:
        raise _too_much(msg.LIMIT_REPEAT)
    return filters.sync_do_slice(value, slices, fill_with)


# Filters that turn any value into text print only what `{{ … }}` may print.
PRINTING_FILTERS = (
    "string", "e", "escape", "forceescape", "safe", "trim", "upper", "lower", "capitalize",
    "title", "truncate", "striptags", "urlencode", "wordcount",
)
# Filters for web pages, not Word documents, that print reprs or build markup.
_DROPPED_FILTERS = ("pprint", "urlize", "xmlattr")
BOUNDED_FILTERS: dict[str, Callable[..., Any]] = {
    "center": _center,
    "indent": _indent,
    "wordwrap": _wordwrap,
    "replace": _replace,
    "format": _format,
    "join": _join,
    "batch": _batch,
    "slice": _slice,
}


# --- concatenation ------------------------------------------------------------------------


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator with `~` going through `Environment.concat_printable`."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            autoescape = "context.eval_ctx.autoescape"
        else:
            autoescape = repr(bool(frame.eval_ctx.autoescape))
        self.write("environment.concat_printable((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(f"), {autoescape})")


# --- the environment ----------------------------------------------------------------------


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with the limits above. `start_rendering` resets the loop budget."""

    code_generator_class = _CodeGenerator
    intercepted_binops = frozenset(_BINOPS)

    def __init__(self, **options: Any) -> None:
        options.setdefault("undefined", StrictUndefined)
        options.setdefault("optimized", False)  # no compile-time evaluation beyond Jinja's own
        super().__init__(**options)
        self.binop_table = {**self.binop_table, **_BINOPS}
        for name in PRINTING_FILTERS:
            self.filters[name] = _printing(name)
        for name in _DROPPED_FILTERS:
            self.filters.pop(name, None)
        self.filters.update(BOUNDED_FILTERS)
        self.globals.pop("lipsum", None)  # lorem ipsum of any length has no place in an act
        self.globals["range"] = self._range
        self._budget = MAX_ITEMS

    def start_rendering(self) -> None:
        """A fresh loop budget for one rendering."""
        self._budget = MAX_ITEMS

    def _range(self, *args: int) -> range:
        steps = range(*args)
        self._budget -= len(steps)
        if len(steps) > MAX_ITEMS or self._budget < 0:
            raise _too_much(msg.LIMIT_LOOPS)
        return steps

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        return self.binop_table[operator](left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Methods of text that pad or multiply are bounded like the filters."""
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            name = getattr(__obj, "__name__", "")
            if name == "join" and args:  # counted once, so a generator is read once
                args = (list(args[0]), *args[1:])
            _check_text_method(owner, name, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` with bounded widths and printable values only."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text: str = value.__self__
        _check_brace_format(text)
        formatter: SandboxedFormatter
        if isinstance(text, Markup):
            formatter = _PrintingEscapeFormatter(self, escape=text.escape)
        else:
            formatter = _PrintingFormatter(self)

        def checked(*args: Any, **kwargs: Any) -> str:
            if value.__name__ == "format_map":
                if kwargs or len(args) != 1:
                    return wrapped(*args, **kwargs)  # Jinja's own error
                return type(text)(formatter.vformat(text, (), args[0]))
            return type(text)(formatter.vformat(text, args, kwargs))

        return update_wrapper(checked, value)

    def concat_printable(self, values: tuple[Any, ...], autoescape: bool) -> str:
        """`a ~ b`: printable values only, the result bounded."""
        for value in values:
            check_printable(value)
        length = sum(len(str(v)) for v in values if not isinstance(v, Undefined))
        _check_text(length, msg.LIMIT_TEXT)
        return markup_join(values) if autoescape else str_join(values)


def _check_text_method(text: str, name: str, args: tuple[Any, ...], kwargs: dict) -> None:
    arguments = [*args, *kwargs.values()]
    if name in ("center", "ljust", "rjust", "zfill") and arguments:
        _check_width(arguments[0], msg.LIMIT_WIDTH)
    elif name == "expandtabs":
        size = arguments[0] if arguments else 8
        if isinstance(size, int) and size > 0:
            _check_text(len(text) + text.count("\t") * size, msg.LIMIT_WIDTH)
    elif name == "replace" and len(arguments) >= 2:
        old, new = str(arguments[0]), str(arguments[1])
        found = len(text) + 1 if old == "" else text.count(old)
        _check_text(len(text) + found * max(len(new) - len(old), 0), msg.LIMIT_TEXT)
    elif name == "join" and arguments:
        items = arguments[0] if isinstance(arguments[0], list) else []
        _check_text(sum(len(str(i)) for i in items) + len(text) * len(items), msg.LIMIT_TEXT)
