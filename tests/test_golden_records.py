"""Golden texts of the records at two points of a project (issue 12): at step 3 (the default
run: records of steps 1–3, the next document to sign, the checklist) and completed (the
first internal audit held, every action closed). `SZJ_UPDATE_GOLDEN=1` rewrites them
(the `golden` fixture)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from generator.documents.contexts import build_contexts, header_lines
from generator.documents.render import TemplateSet
from generator.domain.model import ProjectWorkbook
from generator.domain.procedure import assess
from tests.docx_text import document_text
from tests.factories import SAMPLE_TODAY, make_sample_workbook, replace_project

GOLDEN = Path(__file__).parent / "golden"


def completed() -> ProjectWorkbook:
    workbook = replace_project(
        make_sample_workbook(),
        audit_date=date(2027, 3, 15),
        audit_report="RA/1/2027",
        criteria_assessment="spełnione",
        criteria_remarks="W lutym 2027 r. w EZD zarejestrowano 97% pism przychodzących.",
    )
    closed = tuple(
        dataclasses.replace(
            a, status="zamknięte", closed_on=a.closed_on or date(2027, 2, 20),
            effectiveness=a.effectiveness or "skuteczne",
            verified_by=a.verified_by or "Anna Kowalska",
            verified_on=a.verified_on or date(2027, 3, 1),
        )
        for a in workbook.actions
    )
    return dataclasses.replace(workbook, actions=closed)


SCENARIOS = {
    "krok_3": (lambda: make_sample_workbook(3), SAMPLE_TODAY),
    "zakonczony": (completed, date(2027, 4, 1)),
}


def rendered(scenario: str) -> dict[str, str]:
    make, today = SCENARIOS[scenario]
    workbook = make()
    templates = TemplateSet()
    return {
        name: document_text(templates.render(name, fields, header=header_lines(fields)))
        for name, fields in build_contexts(workbook, assess(workbook, today)).items()
    }


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_golden_records(scenario: str, golden) -> None:
    folder = GOLDEN / scenario
    texts = {n.replace(".docx", ".txt"): t for n, t in rendered(scenario).items()}
    assert sorted(texts) == sorted(p.name for p in folder.glob("*.txt"))  # none left over
    for name, text in texts.items():
        golden(folder / name, text)


def test_at_step_3_only_the_records_the_next_document_and_the_checklist() -> None:
    assert sorted(rendered("krok_3")) == [
        "01_decyzja_o_podjeciu_prac.docx",
        "02_zalozenia_projektu.docx",
        "03_wykaz_zasobow.docx",
        "08_lista_kontrolna.docx",
    ]


def test_a_completed_project_is_dated_by_its_steps_and_the_audit() -> None:
    texts = rendered("zakonczony")
    assert "Przykładowo, 15 marca 2027 r." in texts["09_karta_nadzoru.docx"]
    assert "Przykładowo, 1 kwietnia 2027 r." in texts["08_lista_kontrolna.docx"]
    assert "1 kwietnia 2027" not in "".join(
        t for n, t in texts.items() if n != "08_lista_kontrolna.docx"
    )


def forms_at(step: int) -> dict[str, str]:
    """Every document of a project at `step`, later ones as forms (`--wszystkie`), by code."""
    from generator.documents.registry import BY_FILE

    workbook = make_sample_workbook(step)
    state = assess(workbook, SAMPLE_TODAY)
    templates = TemplateSet()
    return {
        BY_FILE[name].code: document_text(
            templates.render(name, fields, header=header_lines(fields))
        )
        for name, fields in build_contexts(workbook, state, forms=True).items()
    }


def test_forms_of_later_steps_say_nothing_happened() -> None:
    """Issue 12: forms of steps not reached are marked „WZÓR” and their fixed sentences do
    not say resources were determined or documents submitted."""
    at_step_2 = forms_at(2)
    assert "WZÓR" in at_step_2["03"]
    assert "określono" not in at_step_2["03"] and "określa się" in at_step_2["03"]
    at_step_3 = forms_at(3)
    assert "WZÓR" in at_step_3["04"] and "WZÓR" in at_step_3["07"]
    assert "przedkłada" not in at_step_3["04"] and "przedłoży" in at_step_3["04"]
    assert "przedłożono" not in at_step_3["07"]
    assert "Dokumenty do przedłożenia" in at_step_3["07"]
