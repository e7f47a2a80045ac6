"""The context of 08, the checklist: the input, every step and review round as recorded,
the output, and who acts next."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from generator import messages as msg
from generator.documents.contexts.common import (
    DASH,
    Inputs,
    actions_summary,
    common,
    person,
    role_label,
    short_or_dash,
)
from generator.documents.fields import ListaKontrolnaFields
from generator.documents.records import WierszKontrolny
from generator.documents.registry import BY_FILE, CHECKLIST, DECISION, SUPERVISION, Document
from generator.domain import polish
from generator.domain.model import Action, Person, ProjectWorkbook, StepEntry
from generator.domain.offices import Case, decline
from generator.domain.procedure import ProcedureState, StepState, checklist_rows
from generator.workbook import schema as s


def checklist(inputs: Inputs) -> ListaKontrolnaFields:
    workbook, state, documents = inputs.workbook, inputs.state, inputs.documents
    rows = [_input_row(workbook, state)]
    for item in checklist_rows(state):  # the procedure's own order, each review round
        base, names = _step_base(workbook, state, state.step(int(item.label)), documents)
        label = msg.DOC_ROUND.format(number=item.round_number) if item.round_number else ""
        rows.append(_entry_row(base, item.entry, label, names))
    rows.append(_output_row(state, workbook.actions))
    return ListaKontrolnaFields(
        **common(inputs, CHECKLIST),
        stan_na_dzien=polish.long_date(state.today),
        wiersze=tuple(rows),
        oznaczenia_dokumentow="; ".join(f"{d.code} – {d.legend}" for d in documents) + ".",
        ostrzezenia=tuple(
            f"{issue.location}: {issue.message}" if issue.location else issue.message
            for issue in state.warnings
        ),
        nastepny_krok=_next_step(state),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
    )


def _input_row(workbook: ProjectWorkbook, state: ProcedureState) -> WierszKontrolny:
    step1 = state.step(1)
    return WierszKontrolny(
        krok=msg.DOC_INPUT_LABEL,
        czynnosc=msg.INPUT_NAME,
        odpowiada=DASH,
        dokument=BY_FILE[DECISION].code,
        data=short_or_dash(step1.date if step1.done else None),
        status=msg.DOC_INPUT_STATUS,
        uwagi="; ".join(workbook.project.need_sources),
    )


def _step_name(state: ProcedureState, step: StepState) -> str:
    """The step's name; step 7 without „(gdy wymagane)” when the approval is required."""
    name = state.step_name(step.definition.number)
    if step.definition.number == 7 and state.mayor_approval_required:
        name = name.replace(msg.DOC_WHEN_REQUIRED, "")
    return name


def _step_base(
    workbook: ProjectWorkbook, state: ProcedureState, step: StepState, documents: Sequence[Document]
) -> tuple[WierszKontrolny, set[str]]:
    """A step's row before anything was recorded, and the names of those responsible."""
    people = _responsible_people(workbook, step)
    base = WierszKontrolny(
        krok=str(step.definition.number),
        czynnosc=_step_name(state, step),
        odpowiada="\n".join(
            f"{role_label(role)}:\n{p.name}" if p else role_label(role) for role, p in people
        ),
        dokument=", ".join(d.code for d in documents if step.definition.number in d.steps) or DASH,
        data=DASH,
        status=s.STEP_NOT_STARTED,
        uwagi=DASH,
    )
    return base, {p.name for _, p in people if p}


def _entry_row(
    base: WierszKontrolny, entry: StepEntry | None, round_label: str, responsible: set[str]
) -> WierszKontrolny:
    """The row of one recorded entry: its status, and in the remarks the result („Wynik: do
    poprawy.”), the remarks typed and who performed it when not the person responsible."""
    krok = f"{base.krok}\n({round_label})" if round_label else base.krok
    if entry is None:
        return dataclasses.replace(base, krok=krok)
    remarks = [entry.remarks] if entry.remarks else []
    if entry.performer and entry.performer not in responsible:
        remarks.append(msg.DOC_PERFORMED_BY.format(name=entry.performer))
    notes = "; ".join(remarks)
    if entry.result:
        result = msg.DOC_RESULT.format(result=entry.result)
        notes = " ".join(part for part in (result, notes) if part)
    return dataclasses.replace(
        base,
        krok=krok,
        data=short_or_dash(entry.date),
        status=entry.status,
        uwagi=notes or DASH,
    )


def _responsible_people(
    workbook: ProjectWorkbook, step: StepState
) -> list[tuple[str, Person | None]]:
    """The step's roles and their holders; step 7 also names the Mayor, who approves."""
    roles = [
        r
        for r in step.definition.roles
        if r not in s.EXECUTIVE_ROLES or r == workbook.executive_role
    ]
    return [(role, workbook.person_with_role(role)) for role in roles]


def _output_row(state: ProcedureState, actions: tuple[Action, ...]) -> WierszKontrolny:
    step9 = state.step(9)
    if state.supervision_finished:
        status = msg.DOC_OUTPUT_DONE
    elif step9.done:
        status = s.STEP_IN_PROGRESS
    else:
        status = msg.DOC_OUTPUT_NOT_REACHED
    return WierszKontrolny(
        krok=msg.DOC_OUTPUT_LABEL,
        czynnosc=msg.OUTPUT_NAME,
        odpowiada=DASH,
        dokument=BY_FILE[SUPERVISION].code,
        data=short_or_dash(state.supervision_end if state.supervision_finished else None),
        status=status,
        # No actions before step 9 is nothing to report yet, not a finding („Nie określono…”).
        uwagi=actions_summary(state, actions, state.today) if actions or step9.done else DASH,
    )


def _next_step(state: ProcedureState) -> str:
    """„Krok 7 – decyzja Wójta o zatwierdzeniu. Wykonuje: Tomasz Nowicki (Wójt).”

    Who acts is the procedure's answer (`state.next_role`, `state.next_people`)."""
    step = state.next_step
    if step is None or state.next_role is None:
        ongoing = "" if state.supervision_finished else " " + msg.DOC_SUPERVISION_NEXT
        return msg.ALL_STEPS_DONE + ongoing
    name = (
        msg.DOC_ORGAN_DECISION.format(organ=decline(state.executive_role, Case.GENITIVE))
        if state.awaiting_mayor
        else _step_name(state, step)
    )
    person = state.next_people[0] if state.next_people else None
    label = role_label(state.next_role)
    if label.startswith("Osoba "):
        label = label[0].lower() + label[1:]
    who = (
        msg.DOC_NEXT_PERSON.format(name=person.name, role=label)
        if person
        else msg.DOC_NEXT_NOBODY.format(role=label)
    )
    return msg.DOC_NEXT_STEP.format(
        number=step.definition.number, name=name[:1].lower() + name[1:], who=who
    )
