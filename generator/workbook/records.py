"""Records built by keyword from the schema: each field of a `domain.model` record takes the
value of the schema field with the same key, so a column added to the schema and the model
needs no constructor call changed (a schema key without a record field is refused).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from generator.domain.model import (
    AdoptedAct,
    Person,
    Project,
    QmsDocument,
    Source,
    SupervisionEntry,
)
from generator.workbook import schema as s

R = TypeVar("R")


def record(cls: type[R], values: Mapping[str, Any], **given: Any) -> R:
    """A record built by keyword: each field takes the schema value of the same key, unless
    `given` (a value derived from it, the source). A schema key without a field is a bug."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(values) - names
    if unknown:
        raise TypeError(f"{cls.__name__} has no field for the schema keys {sorted(unknown)}")
    return cls(**{**values, **given})


# What stands in for a missing or bad required value of `Projekt`, by kind.
_PLACEHOLDERS: dict[s.Kind, Any] = {s.Kind.MULTI_CHOICE: (), s.Kind.DATE: date.min}


def project_record(values: Mapping[str, Any], where: dict[str, str]) -> Project:
    """A Project even from a bad sheet: placeholders stand in for bad values, so the rules
    that need the project can still run (the workbook is rejected anyway)."""
    filled = {
        spec.key: _PLACEHOLDERS.get(spec.kind, "")
        for spec in s.PROJECT_FIELDS
        if spec.required and values[spec.key] is None
    }
    return record(
        Project,
        {**values, **filled},
        mayor_approval_required=values["mayor_approval_required"] == s.YES,
        cells=dict(where),
    )


def person_record(values: Mapping[str, Any], source: Source) -> Person:
    return record(Person, values, source=source)


def qms_document_record(values: Mapping[str, Any], source: Source) -> QmsDocument:
    return record(QmsDocument, values, source=source)


# Table sheets added later (issue 12): each is read into the `ProjectWorkbook` field named
# beside it, one record a row, by keyword. A workbook made before them has none of their rows.
ADDED_TABLES: tuple[tuple[s.TableSheet, str, type], ...] = (
    (s.ADOPTED_ACTS, "adopted_acts", AdoptedAct),
    (s.SUPERVISION_LOG, "supervision_log", SupervisionEntry),
)


def row_record(cls: type[R]) -> Callable[[Mapping[str, Any], Source], R]:
    """The maker of `cls` records from a row's values and its source."""
    return lambda values, source: record(cls, values, source=source)
