"""Project workbooks for the benchmark, built the way an office builds them.

Each workbook starts from the blank workbook of `szj init` (with its formats, lists and
comments, so it reads like a real file) and is filled with the example project of
`tools/make_example.py`, varied: its own znak sprawy, title and number of resources, changes,
QMS documents and actions. `large_workbook` has 600 resources and 300 changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from generator.workbook import schema
from tools import make_example as example

Row = dict[str, object]


@dataclasses.dataclass(frozen=True)
class Shape:
    """How big one generated project is."""

    number: int
    resources: int
    changes: int
    qms_documents: int = 3
    actions: int = 1


def varied_shapes(count: int) -> list[Shape]:
    """`count` projects of different sizes: mostly small, some with long tables."""
    sizes = (2, 5, 7, 12, 25, 40)
    return [
        Shape(
            number=index + 1,
            resources=sizes[index % len(sizes)],
            changes=sizes[(index * 5 + 1) % len(sizes)],
            qms_documents=1 + index % 4,
            actions=index % 3,
        )
        for index in range(count)
    ]


LARGE = Shape(number=900, resources=600, changes=300, qms_documents=20, actions=30)


def resources(count: int) -> list[Row]:
    base = example.RESOURCES
    rows = []
    for index in range(count):
        row = dict(base[index % len(base)])
        row["number"] = index + 1
        row["description"] = f"{row['description']} (pozycja {index + 1})"
        quantity = Decimal(index % 9 + 1)
        price = Decimal(100 + 37 * index) / 4
        value = None if index % 2 else quantity * price
        row.update(quantity=quantity, unit_price=price, value=value)
        rows.append(row)
    return rows


def changes(count: int) -> list[Row]:
    """Changes to both acts, alternating: new wording, an added unit, a repealed unit."""
    rows = []
    for index in range(count):
        document = schema.DOCUMENT_REGULAMIN if index % 2 == 0 else schema.DOCUMENT_STATUTE
        paragraph = 10 + index // 2
        row: Row = {
            "number": index + 1,
            "document": document,
            "justification": f"Uzasadnienie zmiany nr {index + 1}: nowe zadania Urzędu.",
        }
        kind = index % 3
        if kind == 0:
            row["unit"] = f"§ {paragraph} ust. 2"
            row["current"] = f"Do zadań komórki nr {index} należy obsługa spraw bieżących."
            row["proposed"] = (
                f"Do zadań komórki nr {index} należy w szczególności:\n"
                "1) obsługa spraw bieżących;\n2) obsługa korespondencji elektronicznej."
            )
        elif kind == 1:
            row["unit"] = f"§ {paragraph}a"
            row["proposed"] = f"Punkt nr {index} prowadzi rejestr wniosków & skarg mieszkańców."
        else:
            row["unit"] = f"§ {paragraph} ust. 5"
            row["current"] = f"Sprawy z zakresu nr {index} prowadzi sekretariat."
        rows.append(row)
    return rows


def qms_documents(count: int) -> list[Row]:
    base = example.QMS_DOCUMENTS
    return [
        {**base[index % len(base)], "symbol": f"P-{index + 10:02d}"} for index in range(count)
    ]


def actions(count: int) -> list[Row]:
    base = example.ACTIONS[0]
    return [
        {
            **base,
            "number": index + 1,
            "description": f"{base['description']} — działanie {index + 1}",
            "due": date(2027, 1, 29) + timedelta(days=index),
        }
        for index in range(count)
    ]


def write_project(path: Path, shape: Shape) -> Path:
    """Write one project workbook of the given shape to `path`."""
    workbook = example.build_blank_workbook()
    project = {
        **example.PROJECT,
        "case_sign": f"OR.0123.{shape.number}.2026",
        "title": f"{example.PROJECT['title']} — etap {shape.number}",
    }
    example.fill_project(workbook[schema.PROJECT_SHEET], project)
    tables: Sequence[tuple[schema.TableSheet, Sequence[Row]]] = (
        (schema.PEOPLE, example.PEOPLE),
        (schema.RESOURCES, resources(shape.resources)),
        (schema.CHANGES, changes(shape.changes)),
        (schema.QMS_DOCUMENTS, qms_documents(shape.qms_documents)),
        (schema.STEPS, example.STEPS),
        (schema.ACTIONS, actions(shape.actions)),
    )
    for table, rows in tables:
        example.fill_table(workbook[table.name], table, rows)
    workbook.save(path)
    return path


def write_batch(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_project(folder / f"projekt_{shape.number:03d}.xlsx", shape)
        for shape in varied_shapes(count)
    ]
