"""Documents 10 and 11: the regulamin and the statute after the changes, with the changes as
Word tracked changes, made from the acts the validation parsed (`acts.check.LoadedAct`).

They show the proposals of step 5, so they are made once step 5 is done or is the step to do
now, like 05 and 06 (never as a „WZÓR” form of a later step: a copy of the office's act is no
form). The tracked changes bear the step-5 date (the latest `Przebieg` entry of step 5 with a
date) and no date at all while step 5 has none — never the run's day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from generator.acts.check import LoadedAct
from generator.acts.consolidated import consolidated_text
from generator.documents import registry, timing
from generator.domain.amendments import document_groups
from generator.domain.model import ProjectWorkbook
from generator.domain.procedure import ProcedureState

_ACT_OF = {registry.REGULAMIN_TEXT: "regulamin_text", registry.STATUTE_TEXT: "statute_text"}


def act_texts(
    workbook: ProjectWorkbook, acts: Mapping[str, LoadedAct], state: ProcedureState
) -> dict[str, bytes]:
    """The consolidated texts this project gets (`registry.act_texts_for`), by file name."""
    when = revision_date(workbook)
    groups = document_groups(workbook.changes)
    result: dict[str, bytes] = {}
    for document in registry.act_texts_for(workbook):
        loaded = acts.get(_ACT_OF[document.file_name])
        if loaded is None or timing.phase(state, document.code) is timing.Phase.LATER:
            continue
        regulamin = document.file_name == registry.REGULAMIN_TEXT
        changes = next(g.changes for g in groups if (g.is_regulamin if regulamin else g.is_statute))
        result[document.file_name] = consolidated_text(loaded.data, loaded.act, changes, when)
    return result


def revision_date(workbook: ProjectWorkbook) -> datetime | None:
    """The date the tracked changes bear: the latest step-5 date, else none."""
    dates = [e.date for e in workbook.steps if e.step == 5 and e.date is not None]
    day = max(dates, default=None)
    return datetime(day.year, day.month, day.day) if day is not None else None
