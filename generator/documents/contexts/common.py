"""What the contexts of several documents share: the inputs, the common fields, people,
dates and the QMS documentation rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from generator import messages as msg
from generator.documents import registry, timing
from generator.documents.records import DASH, NOBODY, DokumentSzj, Osoba
from generator.documents.registry import Document
from generator.domain import polish
from generator.domain.amendments import DocumentChanges, is_regulamin, is_statute
from generator.domain.model import Action, Person, ProjectWorkbook
from generator.domain.offices import Office, workbook_office
from generator.domain.procedure import ProcedureState
from generator.workbook import schema as s


@dataclass(frozen=True)
class Inputs:
    """What every context builder reads: the project, its assessed procedure, its changes
    grouped by document, and the documents it produces."""

    workbook: ProjectWorkbook
    state: ProcedureState
    groups: tuple[DocumentChanges, ...]
    documents: tuple[Document, ...]


# A date line left for the hand: the step has no date yet, or the document is a form.
DATE_BLANK = "……………………… r."


def document_date(workbook: ProjectWorkbook, state: ProcedureState, template: str) -> date | None:
    """The date a document bears (`timing.record_date`): its step's date, never the run's
    day except in the checklist; None when the date line is left for the hand."""
    return timing.record_date(workbook, state, registry.BY_FILE[template].code)


def is_form(state: ProcedureState, template: str) -> bool:
    """Whether the document's step is still ahead: printed as a form („WZÓR”)."""
    return timing.phase(state, registry.BY_FILE[template].code) is timing.Phase.LATER


def long_or_blank(value: date | None, *, nbsp: bool = False) -> str:
    """`23 listopada 2026 r.`, or a dotted line to fill in by hand."""
    return polish.long_date(value, nbsp=nbsp) if value else DATE_BLANK


def document_name(document: str, office: Office) -> str:
    """A changed document's full name: „Regulamin Organizacyjny Urzędu Miasta i Gminy
    Przykładowo”, „Statut Miasta i Gminy Przykładowo”, any other document as typed."""
    if is_regulamin(document):
        return office.regulamin
    if is_statute(document):
        return office.statute
    return " ".join(document.split())


def office_of(inputs: Inputs) -> Office:
    """The office's names and their cases (validation made sure they can be declined)."""
    return workbook_office(inputs.workbook)


def common(inputs: Inputs, template: str) -> dict[str, Any]:
    """The fields every template reads (`fields.TemplateFields`), for one document."""
    project = inputs.workbook.project
    return {
        "urzad": project.office,
        "znak": project.case_sign,
        "miejscowosc": project.town,
        "data": long_or_blank(document_date(inputs.workbook, inputs.state, template)),
        "tytul": project.title,
        "wzor": is_form(inputs.state, template),
        "oznaczenie": project.form_identity or "",
    }


def person(workbook: ProjectWorkbook, role: str) -> Osoba:
    """The holder of a role as documents name them; „—” when nobody holds it."""
    holder = workbook.person_with_role(role)
    return osoba(holder) if holder else NOBODY


def osoba(person: Person) -> Osoba:
    return Osoba(person.name, person.position, person.unit or "")


def with_position(workbook: ProjectWorkbook, name: str) -> str:
    """`Małgorzata Kaczmarek (Kierownik Referatu Organizacyjnego)` for a name listed in
    `Osoby` with a position; the name as typed otherwise."""
    person = next(iter(workbook.people_named(name)), None)
    if person is None or not person.position:
        return name
    return f"{name} ({person.position})"


def team(workbook: ProjectWorkbook) -> tuple[Osoba, ...]:
    return tuple(osoba(p) for p in workbook.people_with_role(s.ROLE_TEAM_MEMBER))


def qms_rows(workbook: ProjectWorkbook) -> tuple[DokumentSzj, ...]:
    return tuple(
        DokumentSzj(str(i), d.symbol, d.name, d.kind, d.action, d.responsible or DASH)
        for i, d in enumerate(workbook.qms_documents, start=1)
    )


def short_or_dash(value: date | None) -> str:
    return polish.short_date(value) if value else DASH


def long_or_dash(value: date | None) -> str:
    return polish.long_date(value) if value else DASH


def role_label(role: str) -> str:
    return msg.DOC_ROLE_LABELS.get(role, role)


def actions_summary(
    state: ProcedureState, actions: Sequence[Action], as_of: date | None
) -> str:
    """„Zaplanowano 3 działania; otwarte: brak; otwarte po terminie: brak; zamknięte po
    terminie: 1 (poz. 2).” — as of `as_of` (the run's day in the checklist, the record's date
    in 09), lateness left out when `as_of` is None (a record without a date must not change
    with the calendar). An action closed after its due date counts as late, as its row shows."""
    total = len(actions)
    if total == 0:
        return msg.DOC_NO_ACTIONS

    def count(number: int) -> str:
        return str(number) if number else msg.DOC_NONE

    text = msg.DOC_ACTIONS_SUMMARY.format(
        total=f"{total}{polish.NBSP}{polish.plural(total, *msg.DOC_ACTION_FORMS)}",
        open=count(len(state.open_actions)),
    )
    if as_of is None:
        return text + "."
    overdue = sum(1 for a in state.open_actions if a.due < as_of)
    late = [
        position
        for position, a in enumerate(actions, start=1)
        if a.closed_on is not None and a.due < a.closed_on <= as_of
    ]
    closed_late = msg.DOC_ACTIONS_CLOSED_LATE.format(
        count=len(late), positions=", ".join(map(str, late))
    ) if late else msg.DOC_NONE
    return text + msg.DOC_ACTIONS_OVERDUE.format(overdue=count(overdue), closed=closed_late)
