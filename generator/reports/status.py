"""Plain-text views for the terminal (`szj status`). No Click here, so a web page or a test
can use the same text."""

from __future__ import annotations

import dataclasses
import textwrap

from generator import messages as msg
from generator.domain.declension import DeclensionError
from generator.domain.model import Person, ProjectWorkbook
from generator.domain.offices import OfficeError, voivodeship, workbook_office
from generator.domain.polish import short_date
from generator.domain.procedure import ProcedureState, checklist_rows

_COLUMNS = tuple(zip(msg.STATUS_COLUMNS, (8, 44, 24, 10, 24), strict=True))
_SHORTENED = 1  # only the activity is shortened; names, dates and statuses are shown whole


def person_label(person: Person) -> str:
    return f"{person.name} ({person.role})"


def next_step_line(state: ProcedureState) -> str:
    if state.next_step is None:
        return msg.ALL_STEPS_DONE
    definition = state.next_step.definition
    people = ", ".join(person_label(p) for p in state.next_people) or msg.NO_PERSON.format(
        role=state.next_role
    )
    return msg.NEXT_STEP.format(
        step=definition.number, name=state.step_name(definition.number), person=people
    )


def partial_status_text(
    workbook: ProjectWorkbook, state: ProcedureState | None, file_name: str, errors: int
) -> str:
    """What can be read of a workbook with errors, marked as incomplete at the top."""
    heading = msg.STATUS_PARTIAL.format(errors=msg.errors(errors))
    if state is None:
        project = workbook.project
        title = f"{project.case_sign or '—'} — {project.title or '—'}  [{file_name}]"
        return "\n".join([heading, "", title, "", msg.STATUS_PARTIAL_NO_STEPS])
    return "\n".join([heading, "", status_text(workbook, state, file_name)])


def status_text(workbook: ProjectWorkbook, state: ProcedureState, file_name: str) -> str:
    """The checklist of one project: a table of steps, the next step, the warnings."""
    project = workbook.project
    lines = [f"{project.case_sign or '—'} — {project.title or '—'}  [{file_name}]", ""]
    lines.append(_row([title for title, _ in _COLUMNS]))
    lines.append(_row(["-" * width for _, width in _COLUMNS]))
    for item in checklist_rows(state):
        label = item.label if item.round_number is None else f"{item.label} (r.{item.round_number})"
        entry = item.entry
        lines.append(
            _row(
                [
                    label,
                    item.name,
                    item.person.name if item.person else "—",
                    short_date(entry.date) if entry and entry.date else "",
                    _status(item.status, entry.result if entry else None),
                ]
            )
        )
    lines += ["", next_step_line(state)]
    if state.supervision_start:
        start = short_date(state.supervision_start)
        end = short_date(state.supervision_end) if state.supervision_end else "—"
        lines.append(msg.STATUS_SUPERVISION.format(start=start, end=end))
    if state.warnings:
        lines += ["", msg.STATUS_WARNINGS]
        lines += [
            f"  - {w.location}: {w.message}" if w.location else f"  - {w.message}"
            for w in state.warnings
        ]
    return "\n".join(lines)


def _status(status: str, result: str | None) -> str:
    return f"{status}: {result}" if result else status


def _row(cells: list[str]) -> str:
    parts = []
    for index, (text, (_, width)) in enumerate(zip(cells, _COLUMNS, strict=True)):
        text = text.replace("\n", " ")
        if index == _SHORTENED and text:
            text = textwrap.shorten(text, width, placeholder="…")
        parts.append(text.ljust(width))
    return " ".join(parts).rstrip()


def office_forms_lines(workbook: ProjectWorkbook, file_name: str) -> list[str]:
    """Every name the documents use and each declined form of it, with the field where the
    clerk corrects it (issue 13, „nothing silent”); none when a name cannot be declined
    (validation reports that as an error naming the cell)."""
    try:
        office = workbook_office(workbook)
    except (OfficeError, DeclensionError):
        return []
    forms = dataclasses.asdict(office)
    found = voivodeship(workbook.project.voivodeship)
    if found is not None:
        forms["journal"] = found.journal_locative
    lines = [msg.FORMS_HEADING.format(file=file_name)]
    lines += [
        msg.FORM_LINE.format(what=label, form=forms[key])
        for key, label in msg.FORM_LABELS.items()
        if key in forms
    ]
    return lines
