"""The context of 07, the approval sheet: what was submitted, the Secretary's review rounds
and the executive organ's decision (Wójt, Burmistrz or Prezydent Miasta)."""

from __future__ import annotations

from collections.abc import Sequence

from generator import messages as msg
from generator.documents.contexts.common import (
    DASH,
    Inputs,
    common,
    long_or_blank,
    office_of,
    person,
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
        rundy=_round_rows(state.rounds),
        wynik_analizy=_rounds_summary(state.rounds),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
        zatwierdzenie_burmistrza=state.mayor_approval_required,
        # Submitted only once a step-7 row says when („w toku” with a date: the organ's
        # decision pending); a row without a date has not happened as far as the card knows.
        przedlozono_burmistrzowi=submission is not None or step7.done,
        data_przedlozenia_burmistrzowi=long_or_blank(submission),
        obrady_rady=office.council_genitive if RESOLUTION in documents else "",
        burmistrz=person(workbook, workbook.executive_role),
        organ_dopelniacz=decline(workbook.executive_role, Case.GENITIVE),
        organ_celownik=decline(workbook.executive_role, Case.DATIVE),
        sekretarz_celownik=office.secretary_dative,
        sekretarz_dopelniacz=decline(office.secretary, Case.GENITIVE),
        zatwierdzam=CHECKED if result == s.RESULT_APPROVED else UNCHECKED,
        nie_zatwierdzam=CHECKED if result == s.RESULT_REJECTED else UNCHECKED,
        data_zatwierdzenia=long_or_blank(step7.date if step7.done else None),
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


def _round_rows(rounds: Sequence[ReviewRound]) -> tuple[WierszRundy, ...]:
    """A block per review round; while no round is accepted, the last block is the decision
    still to take — in the round submitted, or in the next one after a return (or the
    first, before any submission)."""
    rows = [_round_row(r) for r in rounds]
    if not rounds or rounds[-1].returned:
        rows.append(_round_row(ReviewRound(len(rounds) + 1, None, None)))
    return tuple(rows)


def _round_row(review: ReviewRound) -> WierszRundy:
    decision = review.decision
    decided = decision is not None and decision.status == s.STEP_DONE
    result = decision.result if decision is not None and decided else None
    submitted = review.submission.date if review.submission else None
    return WierszRundy(
        nr=str(review.number),
        data_przedlozenia=long_or_blank(submitted),
        rozstrzygnieta=decided,
        akceptuje=CHECKED if decided and not review.returned else UNCHECKED,
        do_poprawy=CHECKED if decided and review.returned else UNCHECKED,
        decyzja=msg.DOC_ROUND_DECISIONS.get(result or "", msg.DOC_PENDING_DECISION),
        uwagi=((decision.remarks if decision else None) or DASH) if decided else "",
        data_decyzji=long_or_blank(decision.date if decision is not None and decided else None),
    )


def _started(review: ReviewRound) -> bool:
    """Whether a round happened at all: rows of steps 5 and 6 pre-filled „nie rozpoczęto”
    for the next round are not a submission."""
    return any(
        entry is not None and entry.status != s.STEP_NOT_STARTED
        for entry in (review.submission, review.decision)
    )


def _rounds_summary(all_rounds: Sequence[ReviewRound]) -> str:
    rounds = [r for r in all_rounds if _started(r)]
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


