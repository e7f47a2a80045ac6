"""Redline: a word-level diff of a unit's current and proposed wording, for the change
table of document 04. A text too long to compare within `REDLINE_BUDGET` steps is shown as
deleted and inserted whole.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged, deleted (struck through) or inserted (underlined)."""

    text: str
    op: Op


# Words, runs of whitespace, and single punctuation marks: a changed comma does not mark the
# whole neighbouring word as changed.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def redline(old: str | None, new: str | None) -> tuple[Segment, ...]:
    """Word-level differences between `old` and `new`.

    The `equal` and `delete` segments joined give `old` exactly; the `equal` and `insert`
    segments joined give `new` exactly. Within one change the deletion comes before the
    insertion; adjacent segments never share an operation; no segment is empty. Whitespace
    alone between two changes is folded into them, so „a b c” → „x y z” reads as one
    replacement rather than three.
    """
    old_tokens, new_tokens = _tokens(old or ""), _tokens(new or "")
    # The common beginning and end cost one pass; only the middle is compared word by word.
    start = _common_length(old_tokens, new_tokens)
    end = _common_length(old_tokens[start:][::-1], new_tokens[start:][::-1])
    old_middle = old_tokens[start : len(old_tokens) - end]
    new_middle = new_tokens[start : len(new_tokens) - end]
    # Each chunk is (deleted, inserted) for a change or (text, text) for an equal run.
    chunks: list[tuple[bool, str, str]] = []
    if start:
        text = "".join(old_tokens[:start])
        chunks.append((True, text, text))
    chunks += _middle_chunks(old_middle, new_middle)
    if end:
        text = "".join(old_tokens[len(old_tokens) - end :])
        chunks.append((True, text, text))
    return _segments(_fold_whitespace(chunks))


# SequenceMatcher takes time in proportion to the product of the two lengths (more on
# repetitive text). Past this many token pairs the middle is shown as one replacement:
# the redline stays exact, only coarser, and two 32,767-character wordings take well
# under a second instead of minutes.
REDLINE_BUDGET = 250_000


def _common_length(first: Sequence[str], second: Sequence[str]) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _middle_chunks(old: list[str], new: list[str]) -> list[tuple[bool, str, str]]:
    if not old and not new:
        return []
    if len(old) * len(new) > REDLINE_BUDGET:
        return [(False, "".join(old), "".join(new))]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (tag == "equal", "".join(old[i1:i2]), "".join(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _fold_whitespace(
    chunks: list[tuple[bool, str, str]],
) -> list[tuple[bool, str, str]]:
    """Merge whitespace-only equal runs lying between two changes into one change."""
    folded: list[tuple[bool, str, str]] = []
    for index, (is_equal, deleted, inserted) in enumerate(chunks):
        between_changes = (
            is_equal
            and not deleted.strip()
            and 0 < index < len(chunks) - 1
            and not chunks[index - 1][0]
            and not chunks[index + 1][0]
        )
        keep_equal = is_equal and not between_changes
        before_deleted = before_inserted = ""
        if not keep_equal and folded and not folded[-1][0]:
            _, before_deleted, before_inserted = folded.pop()  # extend the previous change
        folded.append((keep_equal, before_deleted + deleted, before_inserted + inserted))
    return folded


def _segments(chunks: list[tuple[bool, str, str]]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for is_equal, deleted, inserted in chunks:
        parts: list[tuple[str, Op]] = (
            [(deleted, "equal")] if is_equal else [(deleted, "delete"), (inserted, "insert")]
        )
        for text, op in parts:
            if not text:
                continue
            if segments and segments[-1].op == op:
                segments[-1] = Segment(segments[-1].text + text, op)
            else:
                segments.append(Segment(text, op))
    return tuple(segments)
