"""Table rows filled from the workbook's records by their declaration: a row part declared
with its source (`part("sposób zapewnienia", source="provided_how")`) prints that attribute
of the record, formatted by the kind of its column in the schema. A new column of a sheet
printed in a document therefore needs no change to the context builder.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from generator.documents.records import DASH, SOURCE
from generator.domain import polish
from generator.workbook import schema as s

R = TypeVar("R")

# How a value of each kind of column is printed; any other kind prints as typed.
_FORMATS: dict[s.Kind, Callable[[Any], str]] = {
    s.Kind.DATE: polish.short_date,  # 23.11.2026
    s.Kind.MONEY: polish.money,  # 1 234,56 zł
    s.Kind.NUMBER: polish.number,  # 2,5
    s.Kind.MULTI_CHOICE: "; ".join,
}


def printed(value: object, kind: s.Kind) -> str:
    """A record's value as a table prints it: by its column's kind; nothing → „—”."""
    if value is None or value == "" or value == ():
        return DASH
    return _FORMATS.get(kind, str)(value)


def row_from(cls: type[R], record: object, sheet: s.TableSheet, **given: str) -> R:
    """The row `cls` for one record of `sheet`: each part declared with a source prints that
    attribute of `record`; `given` fills the parts computed by the builder (and wins)."""
    kinds = {column.key: column.kind for column in sheet.columns}
    values = {
        f.name: printed(getattr(record, f.metadata[SOURCE]), kinds[f.metadata[SOURCE]])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.metadata.get(SOURCE) and f.name not in given
    }
    return cls(**values, **given)
