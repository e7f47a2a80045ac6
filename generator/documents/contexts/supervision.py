"""The context of 09, the special supervision record: the acts adopted after step 7, the
log of the supervision, the corrective actions with their verification and, once the first
internal audit is recorded, the note that closes the supervision with the check of the
acceptance criteria of 02.

A record only says what happened: before step 9 the log says the supervision has not begun,
and the closing note appears only after the audit.
"""

from __future__ import annotations

from generator import messages as msg
from generator.documents.contexts.common import (
    DASH,
    Inputs,
    actions_summary,
    common,
    long_or_dash,
    office_of,
    person,
    short_or_dash,
    with_position,
)
from generator.documents.fields import CHECKED, UNCHECKED, NadzorFields
from generator.documents.records import WierszAktu, WierszDzialania, WpisNadzoru
from generator.documents.registry import SUPERVISION
from generator.domain import polish
from generator.domain.model import Action, AdoptedAct, ProjectWorkbook
from generator.domain.offices import Office
from generator.domain.procedure import ProcedureState
from generator.workbook import schema as s


def supervision(inputs: Inputs) -> NadzorFields:
    workbook, state = inputs.workbook, inputs.state
    project = workbook.project
    office = office_of(inputs)
    closed = state.supervision_start is not None and project.audit_date is not None
    assessment = project.criteria_assessment if closed else None
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
            state, workbook.actions, project.audit_date if state.supervision_finished else None
        ),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        akty=tuple(_act_row(office, i, a) for i, a in enumerate(workbook.adopted_acts, start=1)),
        dziennik=tuple(
            WpisNadzoru(
                str(i), polish.short_date(e.date), e.checked, e.findings or DASH, e.checked_by
            )
            for i, e in enumerate(workbook.supervision_log, start=1)
        ),
        brak_wpisow=msg.DOC_SUPERVISION_LOG_EMPTY
        if state.supervision_start
        else msg.DOC_SUPERVISION_LOG_NOT_STARTED,
        zamkniecie=closed,
        nota_zamykajaca=_closing_note(workbook) if closed else "",
        kryteria_akceptacji=project.acceptance_criteria or "",
        spelnione=CHECKED if assessment == s.CRITERIA_MET else UNCHECKED,
        niespelnione=CHECKED if assessment == s.CRITERIA_NOT_MET else UNCHECKED,
        uwagi_oceny=(project.criteria_remarks or "") if closed else "",
    )


def _closing_note(workbook: ProjectWorkbook) -> str:
    project = workbook.project
    assert project.audit_date is not None
    report = msg.DOC_SUPERVISION_REPORT.format(report=project.audit_report)
    return msg.DOC_CLOSING_NOTE.format(
        date=polish.long_date(project.audit_date, nbsp=True),
        report=report if project.audit_report else "",
    )


def _act_row(office: Office, index: int, act: AdoptedAct) -> WierszAktu:
    name = msg.DOC_ACT_NAME[act.kind].format(
        number=act.bare_number, organ=office.organ_genitive, council=office.council_genitive
    )
    return WierszAktu(
        lp=str(index),
        akt=name,
        data_przyjecia=polish.short_date(act.adopted_on),
        ogloszenie=act.publication or DASH,
        wejscie_w_zycie=short_or_dash(act.in_force_on),
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
        zweryfikowal=action.verified_by or DASH,
        data_weryfikacji=short_or_dash(action.verified_on) if action.verified_on else "",
    )
