"""The Jinja environment templates are rendered in: sandboxed and bounded (`sandbox`),
strict, autoescaped; how values reach Word XML (line breaks, tabs, redlines, no `None`)."""

from __future__ import annotations

import re

from jinja2 import StrictUndefined
from jinja2.exceptions import (
    UndefinedError,
)
from markupsafe import Markup, escape

from generator import messages as msg
from generator.documents.records import Osoba, Porownanie
from generator.documents.sandbox import (
    BoundedEnvironment,
    LimitError,
    check_printable,
)
from generator.domain.people import agreeing, gender_of

LISTING = re.compile("[\t\a\n\f]")
YES, NO = "tak", "nie"  # how a yes/no field prints
# Run properties of the redline (document 04): deletions red and struck, insertions blue
# and underlined, as Word's own change tracking shows them.
_REDLINE_PROPS = {
    "equal": "",
    "delete": '<w:rPr><w:strike/><w:color w:val="C00000"/></w:rPr>',
    "insert": '<w:rPr><w:color w:val="0070C0"/><w:u w:val="single"/></w:rPr>',
}

GENDER_FILTER = "forma"  # `{{ sekretarz | forma("Sporządził", "Sporządziła") }}`


def agreeing_form(person: object, masculine: object, feminine: object) -> str:
    """The `forma` filter: the verb form that agrees with the person („Sporządziła”), or
    both in one („Sporządził/a”) when the first name does not tell (`domain.people`)."""
    if not isinstance(person, Osoba):
        raise LimitError(msg.TEMPLATE_FORM_NOT_PERSON.format(filter=GENDER_FILTER))
    if not isinstance(masculine, str) or not isinstance(feminine, str):
        raise LimitError(msg.TEMPLATE_FORM_NOT_TEXT.format(filter=GENDER_FILTER))
    return agreeing(gender_of(person.imie_nazwisko), masculine, feminine)


def _finalize(value: object) -> object:
    """What `{{ … }}` prints: text as is (escaped later), redlines as runs, no `None`, and
    nothing that is not text, a number or a date (a function's repr, a list, a record)."""
    if value is None:
        raise UndefinedError(msg.VALUE_NONE)
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
    env = BoundedEnvironment(undefined=StrictUndefined, autoescape=True, finalize=_finalize)
    env.filters[GENDER_FILTER] = agreeing_form
    return env


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
