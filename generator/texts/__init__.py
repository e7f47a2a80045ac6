"""Long Polish prose kept as text files beside the code (the Instrukcja sheet), so a Polish
reader reviews it as prose, not as Python strings; short messages live in generator/messages/.

`paragraphs(name, values)` reads one file in the small line format its header describes and
returns (style, text) pairs with every `{name}` filled from `values`.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources

TITLE = "title"
HEADING = "heading"
TEXT = "text"
ITEM = "item"

_MARKERS = (("== ", HEADING), ("= ", TITLE), ("- ", ITEM))

Paragraph = tuple[str, str]  # (style, text)


def read(name: str) -> str:
    """The text of the resource `name` (UTF-8), installed with the package."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def paragraphs(name: str, values: Mapping[str, str]) -> list[Paragraph]:
    """The paragraphs of the resource `name` as (style, text), placeholders filled."""
    result: list[list[str]] = []
    for line in read(name).splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith(" ") and result:
            result[-1][1] += " " + line.strip()
            continue
        style, text = next(
            ((style, line[len(mark) :]) for mark, style in _MARKERS if line.startswith(mark)),
            (TEXT, line),
        )
        result.append([style, text.strip()])
    return [(style, text.format_map(values)) for style, text in result]
