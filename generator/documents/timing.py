"""Where each document stands in the procedure (SPEC § 6 „Records, not snapshots”).

A document is dated by the last step it records (`registry.Document.date_step`): 07, which
records the Secretary's review (step 6) and the approval (step 7), is a record once the
approval is given, and bears its date (the review's, when no approval is required). When that
step is done the document is a record and bears the step's date from `Przebieg`; when one of
the steps it records is the next one the document is the one to sign now, its date left for
the hand unless the step already has a date; a document of a later step is a form, produced
only on request (`--wszystkie`) and marked „WZÓR”. The checklist (08) is a report: it is
always produced and bears the run's date. The supervision card (09) is closed by the first
internal audit and bears its date.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from generator.documents import registry
from generator.domain.model import ProjectWorkbook
from generator.domain.procedure import ProcedureState

CHECKLIST_CODE = registry.BY_FILE[registry.CHECKLIST].code
SUPERVISION_CODE = registry.BY_FILE[registry.SUPERVISION].code


class Phase(Enum):
    """How far the procedure has come for one document."""

    RECORD = "record"  # its step is done
    NEXT = "next"  # its step is the one to do now
    LATER = "later"  # its step is still ahead: only a form („WZÓR”)
    REPORT = "report"  # 08: a report as of the run's day


def phase(state: ProcedureState, code: str) -> Phase:
    """The phase of document `code` in a project that stands at `state`."""
    if code == CHECKLIST_CODE:
        return Phase.REPORT
    document = registry.ANY_BY_CODE[code]
    if state.step(document.date_step).settled:
        return Phase.RECORD
    steps = document.steps or (document.date_step,)  # 10/11: the texts of step 5's proposals
    if state.next_step is not None and state.next_step.definition.number in steps:
        return Phase.NEXT
    return Phase.LATER


def record_date(workbook: ProjectWorkbook, state: ProcedureState, code: str) -> date | None:
    """The date document `code` bears; None leaves the date line for the hand.

    Never the run's day, except for the checklist (08), a report „stan na dzień”.
    """
    current = phase(state, code)
    if current is Phase.REPORT:
        return state.today
    if current is Phase.LATER:
        return None
    if code == SUPERVISION_CODE:  # the card is closed by the first internal audit
        return workbook.project.audit_date if state.supervision_finished else None
    document = registry.BY_CODE[code]
    step = state.step(document.date_step)
    if step.not_applicable:  # 07 without the optional approval: closed by the last step done
        dates = [state.step(n).date for n in document.steps if state.step(n).done]
        return max((d for d in dates if d is not None), default=None)
    return step.date
