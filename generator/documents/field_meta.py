"""What is derived from the field declarations (`fields.py`): each template's field list,
a field's meaning and type (for `CZYTAJ.txt` and the linter), the hashes that name the
fields a changed record would change, and the mapping the renderer passes to Jinja."""

from __future__ import annotations

import dataclasses
import hashlib
import typing
from collections.abc import Mapping

from generator.documents.fields import TemplateFields
from generator.documents.records import DESCRIPTION, EXAMPLE


def field_names(cls: type[TemplateFields]) -> tuple[str, ...]:
    """The fields a template may read, common ones first."""
    return tuple(f.name for f in dataclasses.fields(cls))


def own_field_names(cls: type[TemplateFields]) -> tuple[str, ...]:
    """The fields only this kind of document has (not the common ones)."""
    common = set(COMMON_FIELDS)
    return tuple(name for name in field_names(cls) if name not in common)


COMMON_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(TemplateFields))


def field_doc(cls: type, name: str) -> tuple[str, str]:
    """A field's (or a record part's) meaning and example."""
    metadata = {f.name: f.metadata for f in dataclasses.fields(cls)}[name]
    return metadata.get(DESCRIPTION, ""), metadata.get(EXAMPLE, "")


def field_types(cls: type) -> Mapping[str, object]:
    """What each field or part of a dataclass holds: `str`, `bool`, a record class or
    `tuple[X, ...]`."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def field_hashes(fields: TemplateFields) -> dict[str, str]:
    """A short hash of each field's value, kept in the manifest so that a later run can
    name the fields that changed in a record („zmieniło się: Cel projektu”)."""
    return {
        f.name: hashlib.sha256(repr(getattr(fields, f.name)).encode("utf-8")).hexdigest()[:16]
        for f in dataclasses.fields(fields)
    }


def field_label(cls: type[TemplateFields], name: str) -> str:
    """A field as a user names it: its meaning without the remark in brackets, capitalised
    („cel projektu” → „Cel projektu”)."""
    try:
        meaning = field_doc(cls, name)[0].split(" (")[0].split(":")[0].strip()
    except KeyError:
        return name
    return meaning[:1].upper() + meaning[1:] if meaning else name


def as_mapping(fields: TemplateFields) -> dict[str, object]:
    """The top-level fields as the renderer passes them to Jinja (records stay objects)."""
    return {f.name: getattr(fields, f.name) for f in dataclasses.fields(fields)}
