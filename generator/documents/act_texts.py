"""Documents 10 and 11: the regulamin and the statute after the changes, with the changes as
Word tracked changes, made from the acts the validation parsed (`acts.check.LoadedAct`).

Each is dated with the step-5 date (the latest `Przebieg` entry of step 5 with a date; the
run's date when there is none): the proposals of step 5 are what it shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from generator.acts.check import LoadedAct
from generator.acts.consolidated import consolidated_text
from generator.documents import registry
from generator.domain.amendments import document_groups
from generator.domain.model import ProjectWorkbook

_ACT_OF = {registry.REGULAMIN_TEXT: "regulamin_text", registry.STATUTE_TEXT: "statute_text"}


def act_texts(
    workbook: ProjectWorkbook, acts: Mapping[str, LoadedAct], today: date
) -> dict[str, bytes]:
    """The consolidated texts this project gets (`registry.act_texts_for`), by file name."""
    when = revision_date(workbook, today)
    groups = document_groups(workbook.changes)
    result: dict[str, bytes] = {}
    for document in registry.act_texts_for(workbook):
        loaded = acts.get(_ACT_OF[document.file_name])
        if loaded is None:
            continue
        regulamin = document.file_name == registry.REGULAMIN_TEXT
        changes = next(g.changes for g in groups if (g.is_regulamin if regulamin else g.is_statute))
        result[document.file_name] = consolidated_text(loaded.data, loaded.act, changes, when)
    return result


def revision_date(workbook: ProjectWorkbook, today: date) -> datetime:
    """The date the tracked changes bear: the latest step-5 date, else `today`."""
    dates = [e.date for e in workbook.steps if e.step == 5 and e.date is not None]
    day = max(dates, default=today)
    return datetime(day.year, day.month, day.day)
