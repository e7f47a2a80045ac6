"""The context of 07, the approval sheet: what was submitted, the Secretary's review rounds
and the executive organ's decision (Wójt, Burmistrz or Prezydent Miasta)."""

from __future__ import annotations

from collections.abc import Sequence

from generator import messages as msg
from generator.documents.contexts.common import (
    DASH,
    Inputs,
    common,
    office_of,
    person,
    short_or_dash,
)
from generator.documents.fields import CHECKED, UNCHECKED, ZatwierdzenieFields
from generator.documents.records import PozycjaListy, WierszRundy
from generator.documents.registry import APPROVAL, ORDINANCE, PROPOSALS, RESOLUTION
from generator.domain import polish
from generator.domain.offices import Case, Office, decline
from generator.domain.procedure import ReviewRound
from generator.workbook import schema as s


def approval(inputs: Inputs) -> ZatwierdzenieFields:
    workbook, state = inputs.workbook, inputs.state
    documents = [d.file_name for d in inputs.documents]
    step7 = state.step(7)
    result = step7.last.result if step7.last and step7.done else None
    office = office_of(inputs)
    submitted = [_submitted_name(d, office) for d in documents]
    submitted = [name for name in submitted if name]
    submitted += [
        f"{d.symbol} {d.name} – {msg.DOC_QMS_SUBMITTED.get(d.action, d.action)}"
        for d in workbook.qms_documents
    ]
    submission = next(
        (e.date for e in step7.entries if e.date and e.status != s.STEP_NOT_STARTED), None
    )
    return ZatwierdzenieFields(
        **common(inputs, APPROVAL),
        dokumenty_przedlozone=tuple(
            PozycjaListy(str(i), name) for i, name in enumerate(submitted, start=1)
        ),
        rundy=tuple(_round_row(r) for r in state.rounds),
        wynik_analizy=_rounds_summary(state.rounds),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
        zatwierdzenie_burmistrza=state.mayor_approval_required,
        data_przedlozenia_burmistrzowi=short_or_dash(submission) if submission else "",
        obrady_rady=office.council_genitive if RESOLUTION in documents else "",
        burmistrz=person(workbook, workbook.executive_role),
        organ_dopelniacz=decline(workbook.executive_role, Case.GENITIVE),
        organ_celownik=decline(workbook.executive_role, Case.DATIVE),
        sekretarz_celownik=office.secretary_dative,
        sekretarz_dopelniacz=decline(office.secretary, Case.GENITIVE),
        zatwierdzam=CHECKED if result == s.RESULT_APPROVED else UNCHECKED,
        nie_zatwierdzam=CHECKED if result == s.RESULT_REJECTED else UNCHECKED,
        data_zatwierdzenia=short_or_dash(step7.date) if step7.done else "",
        uwagi_burmistrza=(step7.last.remarks or "") if step7.last and step7.done else "",
    )


def _submitted_name(document: str, office: Office) -> str:
    """The full name of a generated document submitted to the Secretary ("" for others)."""
    if document == PROPOSALS:
        return msg.DOC_PROPOSALS_NAME
    if document == ORDINANCE:
        return msg.DOC_ORDINANCE_NAME.format(
            mayor=office.organ_genitive, regulamin=office.regulamin_genitive
        )
    if document == RESOLUTION:
        return msg.DOC_RESOLUTION_NAME.format(
            council=office.council_genitive, statute=office.statute_genitive
        )
    return ""


def _round_row(review: ReviewRound) -> WierszRundy:
    decision = review.decision
    done = decision is not None and decision.status == s.STEP_DONE
    return WierszRundy(
        nr=str(review.number),
        data_przedlozenia=short_or_dash(review.submission.date if review.submission else None),
        decyzja=msg.DOC_ROUND_DECISIONS.get(decision.result or "", msg.DOC_PENDING_DECISION)
        if done and decision
        else msg.DOC_PENDING_DECISION,
        uwagi=(decision.remarks if decision else None) or DASH,
        data_decyzji=short_or_dash(decision.date if done and decision else None),
    )


def _rounds_summary(rounds: Sequence[ReviewRound]) -> str:
    if not rounds:
        return msg.DOC_ROUNDS_NONE
    last = rounds[-1]
    decision = last.decision
    if decision is None or decision.status != s.STEP_DONE or decision.date is None:
        return msg.DOC_ROUNDS_PENDING
    when = polish.long_date(decision.date, nbsp=True)
    if last.returned:
        return msg.DOC_ROUNDS_RETURNED.format(date=when)
    after = msg.DOC_AFTER_ROUNDS if len(rounds) > 1 else msg.DOC_AFTER_ONE_ROUND
    return msg.DOC_ROUNDS_ACCEPTED.format(date=when, after=after)


