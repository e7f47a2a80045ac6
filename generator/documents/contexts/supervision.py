"""The context of 09, the special supervision record: the first internal audit and the
corrective actions."""

from __future__ import annotations

from generator import messages as msg
from generator.documents.contexts.common import (
    DASH,
    Inputs,
    actions_summary,
    common,
    long_or_dash,
    person,
    short_or_dash,
    with_position,
)
from generator.documents.fields import NadzorFields
from generator.documents.records import WierszDzialania
from generator.documents.registry import SUPERVISION
from generator.domain import polish
from generator.domain.model import Action, ProjectWorkbook
from generator.domain.procedure import ProcedureState
from generator.workbook import schema as s


def supervision(inputs: Inputs) -> NadzorFields:
    workbook, state = inputs.workbook, inputs.state
    project = workbook.project
    return NadzorFields(
        **common(inputs, SUPERVISION),
        rozpoczecie=long_or_dash(state.supervision_start),
        planowany_audit=long_or_dash(project.planned_audit),
        data_auditu=long_or_dash(project.audit_date),
        nr_raportu=project.audit_report or DASH,
        status_nadzoru=_supervision_status(workbook, state),
        dzialania=tuple(
            _action_row(workbook, i, a) for i, a in enumerate(workbook.actions, start=1)
        ),
        podsumowanie_dzialan=actions_summary(
            state, len(workbook.actions), project.audit_date if state.supervision_finished else None
        ),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
    )


def _supervision_status(workbook: ProjectWorkbook, state: ProcedureState) -> str:
    project = workbook.project
    if project.audit_date is not None:
        text = msg.DOC_SUPERVISION_DONE.format(date=polish.long_date(project.audit_date, nbsp=True))
        if project.audit_report:
            text += msg.DOC_SUPERVISION_REPORT.format(report=project.audit_report)
        return text
    if state.supervision_start is None:
        return msg.DOC_SUPERVISION_NOT_STARTED
    if project.planned_audit is None:
        return msg.DOC_SUPERVISION_ONGOING_UNPLANNED
    # Whether the audit is overdue depends on the day of the run: the checklist (08) and
    # `szj status` say it; this record does not change with the calendar.
    planned = polish.long_date(project.planned_audit, nbsp=True)
    return msg.DOC_SUPERVISION_ONGOING.format(date=planned)


def _action_row(workbook: ProjectWorkbook, index: int, action: Action) -> WierszDzialania:
    return WierszDzialania(
        lp=str(index),
        rodzaj=action.kind,
        opis=action.description,
        przyczyna=action.cause or DASH,
        odpowiedzialny=with_position(workbook, action.responsible) if action.responsible else DASH,
        termin=polish.short_date(action.due),
        status=action.status,
        data_zamkniecia=short_or_dash(action.closed_on),
        ocena=action.effectiveness or DASH,
    )
