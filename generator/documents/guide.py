"""`CZYTAJ.txt`, the office's guide to the template fields, and the types the linter knows:
both derived from the field declarations (`fields`, `records`), so they follow the code."""

from __future__ import annotations

import dataclasses
import re
import textwrap
import typing
from collections.abc import Mapping

from generator import messages as msg
from generator.documents.environment import GENDER_FILTER
from generator.documents.field_meta import COMMON_FIELDS, field_doc, field_types, own_field_names
from generator.documents.fields import TemplateFields
from generator.documents.jinja_uses import ITEM
from generator.documents.records import Osoba
from generator.documents.registry import DOCUMENTS

# What each field holds, whichever template reads it (a name means one thing everywhere).
FIELD_TYPES: dict[str, object] = {
    name: kind for d in DOCUMENTS for name, kind in field_types(d.fields).items()
}


# --- the types of fields -------------------------------------------------------------------


def field_type(name: str) -> object:
    """What a top-level field holds: a record class, `tuple[X, ...]`, `bool` or `str`."""
    return FIELD_TYPES.get(name, str)


def record_parts(cls: type) -> Mapping[str, object]:
    """The parts a template may read from a record: its fields (`records`)."""
    return field_types(cls)


def is_record(kind: object) -> bool:
    return isinstance(kind, type) and dataclasses.is_dataclass(kind)


def list_item(kind: object) -> object | None:
    """`X` for `tuple[X, ...]`, else None."""
    if typing.get_origin(kind) is tuple:
        return typing.get_args(kind)[0]
    return None


def path_type(path: tuple[str, ...]) -> object | None:
    """The type at a path (`zespol`, `[]`, `imie_nazwisko`), or None when it has none."""
    kind: object | None = field_type(path[0])
    for step in path[1:]:
        if step == ITEM:
            kind = list_item(kind)
        elif is_record(kind):
            assert isinstance(kind, type)
            kind = record_parts(kind).get(step)
        else:
            kind = None
        if kind is None:
            return None
    return kind


# --- CZYTAJ.txt ------------------------------------------------------------------------------


def readme_bytes() -> bytes:
    """`CZYTAJ.txt` as Windows Notepad reads it best: UTF-8 with a BOM, CRLF line ends."""
    return readme_text().replace("\n", "\r\n").encode("utf-8-sig")


def readme_text() -> str:
    """The Polish guide for the office: tags, loops, checking, and every field by template."""
    lines = [msg.README_INTRO, msg.README_COMMON]
    for name in COMMON_FIELDS:
        lines += _field_lines(TemplateFields, name, indent=2)
    lines += ["", *_wrap(msg.README_PERSON, 0)]
    lines += _parts_lines(Osoba, "sekretarz", indent=2)
    lines += _wrap(_gender_form_text(), 2)
    for document in DOCUMENTS:
        lines += [""] + _wrap(f"{document.file_name} — {document.title}", 0)
        common = ", ".join(f"{{{{ {name} }}}}" for name in COMMON_FIELDS)
        lines += _wrap(msg.README_COMMON_IN_TEMPLATE.format(fields=common), 2)
        for name in own_field_names(document.fields):
            lines += _field_lines(document.fields, name, indent=2)
    return "\n".join(lines) + "\n"


def _gender_form_text() -> str:
    return msg.README_GENDER_FORM.format(filter=GENDER_FILTER)


def _field_lines(fields: type[TemplateFields], name: str, indent: int) -> list[str]:
    meaning, example = field_doc(fields, name)
    kind = field_types(fields)[name]
    item = list_item(kind)
    if kind is Osoba:
        parts = ", ".join(f"{{{{ {name}.{part} }}}}" for part in record_parts(Osoba))
        return _wrap(f"{name} — {meaning}; {msg.README_PERSON_PARTS.format(parts=parts)}", indent)
    if is_record(kind):
        assert isinstance(kind, type)
        return _wrap(f"{name} — {meaning}; {msg.README_RECORD}", indent) + _parts_lines(
            kind, name, indent + 4
        )
    if item is str:
        usage = _loop("p", "t", name) + " {{ t }} " + _loop_end("p")
        text = f"{name} — {meaning}; {msg.README_LIST_OF_TEXT.format(usage=usage)}; "
        return _wrap(text + msg.README_EXAMPLE.format(example=example), indent)
    if is_record(item):
        assert isinstance(item, type)
        return _list_lines(name, meaning, item, name, indent, depth=0)
    if kind is bool:
        usage = f"{{%p if {name} %}} … {{%p endif %}}"
        yes_no = msg.README_YES_NO.format(usage=usage)
        return _wrap(f"{{{{ {name} }}}} — {meaning}; {yes_no}", indent)
    example_text = msg.README_EXAMPLE.format(example=example or "—")
    return _wrap(f"{{{{ {name} }}}} — {meaning}; {example_text}", indent)


def _list_lines(
    label: str, meaning: str, item: type, iterated: str, indent: int, depth: int
) -> list[str]:
    """A list of records: how to loop over it, then the parts of one element."""
    var = _loop_name(item, depth)
    kind = "p" if item is Osoba or _has_list_part(item) else "tr"  # as the default templates
    usage = f"{_loop(kind, var, iterated)} … {_loop_end(kind)}"
    if item is Osoba:
        parts = ", ".join(f"{{{{ {var}.{part} }}}}" for part in record_parts(Osoba))
        text = msg.README_LIST_OF_PERSONS.format(usage=usage, parts=parts)
        return _wrap(f"{label} — {meaning}; {text}", indent)
    head = _wrap(f"{label} — {meaning}; {msg.README_LIST_OF_RECORDS.format(usage=usage)}", indent)
    return head + _parts_lines(item, var, indent + 4, depth)


def _parts_lines(cls: type, var: str, indent: int, depth: int = 0) -> list[str]:
    """One line per part of a record (`{{ w.lp }} — liczba porządkowa`), lists nested."""
    lines: list[str] = []
    for part, kind in record_parts(cls).items():
        meaning = field_doc(cls, part)[0]
        item = list_item(kind)
        if item is cls:  # `podpunkty` of a `Punkt`
            lines += _wrap(f"{var}.{part} — {meaning} {msg.README_SAME_PARTS}", indent)
        elif is_record(item):
            assert isinstance(item, type)
            lines += _list_lines(f"{var}.{part}", meaning, item, f"{var}.{part}", indent, depth + 1)
        else:
            lines += _wrap(f"{{{{ {var}.{part} }}}} — {meaning}", indent)
    return lines


def _has_list_part(cls: type) -> bool:
    return any(list_item(kind) is not None for kind in record_parts(cls).values())


def _loop(kind: str, var: str, iterated: str) -> str:
    return f"{{%{kind} for {var} in {iterated} %}}"


def _loop_end(kind: str) -> str:
    return f"{{%{kind} endfor %}}"


def _loop_name(item: type, depth: int) -> str:
    if item is Osoba:
        return "o"
    return ("w", "z", "y", "x")[min(depth, 3)]


_TAG_IN_TEXT = re.compile(r"\{[{%].*?[}%]\}")
_KEEP_TOGETHER = re.compile(r"(?<=\d) (?=r\.)|(?<=§) |(?<=\b(?:ust|art)\.) |(?<=\bpkt) ")
_UNBREAKABLE = "\x00"


def _wrap(text: str, indent: int) -> list[str]:
    """Wrapped lines of `text`, never breaking inside a tag such as `{%p endfor %}`."""
    joined = _TAG_IN_TEXT.sub(lambda m: m.group().replace(" ", _UNBREAKABLE), text)
    joined = _KEEP_TOGETHER.sub(_UNBREAKABLE, joined)
    lines = textwrap.wrap(
        joined,
        width=92,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + 4),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_UNBREAKABLE, " ") for line in lines]
