"""The context of 07, the approval sheet: what was submitted, the Secretary's review rounds
and the Mayor's decision."""

from __future__ import annotations

from collections.abc import Sequence

from generator.documents.contexts.common import DASH, Inputs, common, person, short_or_dash
from generator.documents.fields import CHECKED, UNCHECKED, ZatwierdzenieFields
from generator.documents.records import PozycjaListy, WierszRundy
from generator.documents.registry import APPROVAL, ORDINANCE, PROPOSALS, RESOLUTION
from generator.domain import polish
from generator.domain.procedure import ReviewRound
from generator.workbook import schema as s

_ROUND_DECISIONS = {
    s.RESULT_ACCEPTED: "akceptuję projekt",
    s.RESULT_RETURNED: "do poprawy – polecam wprowadzenie zmian",
}
_PENDING_DECISION = "oczekuje na decyzję"
_PROPOSALS_NAME = "Propozycje zmian w dokumentach Urzędu"
_ORDINANCE_NAME = "Projekt zarządzenia {mayor} w sprawie zmiany {regulamin}"
_RESOLUTION_NAME = "Projekt uchwały {council} w sprawie zmiany {statute}"
_QMS_SUBMITTED = {
    "opracowanie": "projekt nowego dokumentu",
    "zmiana": "projekt zmiany",
    "wycofanie": "wycofanie",
}


def approval(inputs: Inputs) -> ZatwierdzenieFields:
    workbook, state = inputs.workbook, inputs.state
    documents = [d.file_name for d in inputs.documents]
    project = workbook.project
    step7 = state.step(7)
    result = step7.last.result if step7.last and step7.done else None
    submitted = [_submitted_name(d, project.office, project.council) for d in documents]
    submitted = [name for name in submitted if name]
    submitted += [
        f"{d.symbol} {d.name} – {_QMS_SUBMITTED.get(d.action, d.action)}"
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
        obrady_rady=polish.council_genitive(project.council) if RESOLUTION in documents else "",
        burmistrz=person(workbook, s.ROLE_MAYOR),
        zatwierdzam=CHECKED if result == s.RESULT_APPROVED else UNCHECKED,
        nie_zatwierdzam=CHECKED if result == s.RESULT_REJECTED else UNCHECKED,
        data_zatwierdzenia=short_or_dash(step7.date) if step7.done else "",
        uwagi_burmistrza=(step7.last.remarks or "") if step7.last and step7.done else "",
    )


def _submitted_name(document: str, office: str, council: str) -> str:
    """The full name of a generated document submitted to the Secretary ("" for others)."""
    if document == PROPOSALS:
        return _PROPOSALS_NAME
    if document == ORDINANCE:
        return _ORDINANCE_NAME.format(
            mayor=polish.mayor_genitive(office),
            regulamin=f"Regulaminu Organizacyjnego {polish.office_genitive(office)}",
        )
    if document == RESOLUTION:
        return _RESOLUTION_NAME.format(
            council=polish.council_genitive(council), statute=polish.statute_genitive(office)
        )
    return ""


def _round_row(review: ReviewRound) -> WierszRundy:
    decision = review.decision
    done = decision is not None and decision.status == s.STEP_DONE
    return WierszRundy(
        nr=str(review.number),
        data_przedlozenia=short_or_dash(review.submission.date if review.submission else None),
        decyzja=_ROUND_DECISIONS.get(decision.result or "", _PENDING_DECISION)
        if done and decision
        else _PENDING_DECISION,
        uwagi=(decision.remarks if decision else None) or DASH,
        data_decyzji=short_or_dash(decision.date if done and decision else None),
    )


def _rounds_summary(rounds: Sequence[ReviewRound]) -> str:
    if not rounds:
        return _ROUNDS_NONE
    last = rounds[-1]
    decision = last.decision
    if decision is None or decision.status != s.STEP_DONE or decision.date is None:
        return _ROUNDS_PENDING
    when = polish.long_date(decision.date, nbsp=True)
    if last.returned:
        return _ROUNDS_RETURNED.format(date=when)
    after = _AFTER_ROUNDS if len(rounds) > 1 else _AFTER_ONE_ROUND
    return _ROUNDS_ACCEPTED.format(date=when, after=after)


_ROUNDS_ACCEPTED = "Projekt zaakceptowano w dniu {date}, {after}."
_AFTER_ONE_ROUND = "po analizie"
_AFTER_ROUNDS = "po ponownej analizie"
_ROUNDS_RETURNED = "W dniu {date} polecono wprowadzenie zmian w projekcie."
_ROUNDS_PENDING = "Projekt oczekuje na decyzję Sekretarza."
_ROUNDS_NONE = "Projektu jeszcze nie przedłożono."
