"""Who acts next: `szj status`, the checklist (08) and the register give one answer, the
procedure's; and a person is the same person however the name's letters were typed."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from workbooks import TODAY, Sheets, valid_sheets

from generator.documents.contexts import build_contexts
from generator.documents.registry import CHECKLIST, SUPERVISION
from generator.pipeline import check_workbook
from generator.reports.register import register_row
from generator.reports.status import next_step_line

MakeWorkbook = Callable[[Sheets], Path]
PEOPLE = ("Anna Nowak", "Jan Kowalski", "Ewa Wiśniewska", "Piotr Zieliński", "Katarzyna Wójcik")


def _step7(status: str) -> Sheets:
    sheets = valid_sheets()
    sheets["Przebieg"][9][4] = status
    return sheets


def _returned_round() -> Sheets:
    sheets = _step7("nie rozpoczęto")
    sheets["Przebieg"][8][5] = "do poprawy"  # the second decision returns the project again
    return sheets


def _step8() -> Sheets:
    sheets = valid_sheets()
    sheets["Przebieg"][9][2:6] = ["30.10.2026", "Jan Kowalski", "wykonano", "zatwierdzono"]
    return sheets


def _three_answers(make_workbook: MakeWorkbook, sheets: Sheets) -> dict[str, str]:
    checked = check_workbook(make_workbook(sheets), TODAY)
    assert checked.ok, checked.report_lines()
    validation = checked.validation
    assert validation is not None and validation.workbook and validation.state
    checklist = build_contexts(validation.workbook, validation.state)[CHECKLIST]
    next_step = checklist.nastepny_krok
    assert isinstance(next_step, str)
    row = register_row(checked)
    return {
        "szj status": next_step_line(validation.state),
        "08": next_step,
        "register": f"{row.next_step} {row.who}",
    }


@pytest.mark.parametrize(
    ("sheets", "step", "who"),
    [
        (_step7("nie rozpoczęto"), "7", {"Anna Nowak"}),  # the Secretary submits
        (_step7("w toku"), "7", {"Jan Kowalski"}),  # submitted: the Mayor decides
        (_returned_round(), "5", {"Katarzyna Wójcik"}),  # back to the implementer
        (_step8(), "8", {"Anna Nowak"}),
    ],
    ids=["step 7 not started", "step 7 in progress", "returned round", "step 8"],
)
def test_status_checklist_and_register_name_the_same_next_step_and_people(
    make_workbook: MakeWorkbook,
    sheets: Sheets,
    step: str,
    who: set[str],
) -> None:
    for source, text in _three_answers(make_workbook, sheets).items():
        assert re.findall(r"\d+", text)[0] == step, (source, text)
        assert {name for name in PEOPLE if name in text} == who, (source, text)


def test_a_name_typed_in_decomposed_letters_keeps_its_position_in_09(
    make_workbook: MakeWorkbook,
) -> None:
    sheets = valid_sheets()
    sheets["Osoby"][5][0] = unicodedata.normalize("NFD", "Katarzyna  Wójcik")
    assert sheets["Działania"][1][4] == "Katarzyna Wójcik"  # composed, as most keyboards type
    checked = check_workbook(make_workbook(sheets), TODAY)
    validation = checked.validation
    assert validation and validation.workbook and validation.state
    assert checked.ok and not validation.warnings, checked.report_lines()
    built = build_contexts(validation.workbook, validation.state, forms=True)
    actions = built[SUPERVISION].dzialania
    assert isinstance(actions, tuple)
    assert actions[0].odpowiedzialny == "Katarzyna Wójcik (Kierownik USC)"


def _supervision_started() -> Sheets:
    sheets = _step8()
    sheets["Przebieg"][10][2:5] = ["05.11.2026", "Anna Nowak", "wykonano"]
    sheets["Przebieg"][11][2:5] = ["10.11.2026", "Anna Nowak", "wykonano"]
    sheets["Działania"] = sheets["Działania"][:1]
    return sheets


@pytest.mark.parametrize(
    ("today", "overdue"), [(date(2027, 3, 15), False), (date(2027, 3, 16), True)]
)
def test_register_marks_an_overdue_audit_by_its_date_not_by_the_remark_text(
    make_workbook: MakeWorkbook,
    today: date,
    overdue: bool,
) -> None:
    row = register_row(check_workbook(make_workbook(_supervision_started()), today))
    assert row.errors == 0 and row.supervision_end == date(2027, 3, 15)
    assert row.overdue is overdue
    assert dataclasses.replace(row, remarks="").overdue is overdue  # the remark is only shown
