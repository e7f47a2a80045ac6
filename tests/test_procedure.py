"""The procedure rules of SPEC §3 and where a project stands (`generator.domain.procedure`).

Most tests write the `Przebieg` sheet with `steps_done_through(n)`: steps 1..n done (one
review round, accepted), the rest not started; step n sits in Excel row n + 1.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from workbooks import TODAY, Sheets, ensure_resources, set_field, valid_sheets

from generator.domain.model import Issue, Severity
from generator.workbook import schema as s
from generator.workbook.validate import Validation, validate_file

_DONE = {
    1: (datetime(2026, 9, 1), "Anna Nowak", None),
    2: (datetime(2026, 9, 10), "Piotr Zieliński", None),
    3: (datetime(2026, 9, 15), "Anna Nowak", None),
    4: (datetime(2026, 9, 25), "Ewa Wiśniewska", None),
    5: (datetime(2026, 10, 10), "Katarzyna Wójcik", None),
    6: (datetime(2026, 10, 15), "Anna Nowak", "zaakceptowano"),
    7: (datetime(2026, 11, 5), "Jan Kowalski", "zatwierdzono"),
    8: (datetime(2026, 11, 10), "Anna Nowak", None),
    9: (datetime(2026, 11, 16), "Anna Nowak", None),
}


def steps_done_through(last: int) -> list[list[object]]:
    rows: list[list[object]] = [[c.label for c in s.STEPS.columns]]
    for step in range(1, 10):
        if step <= last:
            day, who, result = _DONE[step]
            rows.append([step, f"Krok {step}", day, who, "wykonano", result, None])
        else:
            rows.append([step, f"Krok {step}", None, None, "nie rozpoczęto", None, None])
    return rows


def with_steps(last: int) -> Sheets:
    sheets = valid_sheets()
    sheets["Przebieg"] = steps_done_through(last)
    return sheets


def without_mayor_approval(sheets: Sheets) -> Sheets:
    set_field(sheets, "Wymaga zatwierdzenia Burmistrza", "nie")
    return sheets


@pytest.fixture
def check(make_workbook):
    def run(sheets: Sheets, today: date = TODAY) -> Validation:
        return validate_file(make_workbook(sheets), today)

    return run


def _all(validation: Validation) -> str:
    return "; ".join(i.format("projekt.xlsx") for i in validation.issues)


def error_at(validation: Validation, location: str) -> Issue:
    found = [i for i in validation.errors if i.location == location]
    assert len(found) == 1, f"expected one error at {location}; got: {_all(validation)}"
    return found[0]


def warnings_at(validation: Validation, location: str) -> list[Issue]:
    return [i for i in validation.warnings if i.location == location]


def assert_clean(validation: Validation) -> None:
    assert validation.issues == (), _all(validation)


@pytest.mark.parametrize("last", range(0, 10))
def test_every_stage_of_a_regular_project_is_valid(check, last: int) -> None:
    sheets = with_steps(last)
    if last >= 8:
        ensure_resources(sheets)
    assert_clean(check(sheets))


# --- order of steps -----------------------------------------------------------------------


def test_step_done_while_an_earlier_one_is_not(check) -> None:
    sheets = with_steps(4)
    sheets["Przebieg"][3][2:5] = [None, None, "w toku"]  # step 3
    issue = error_at(check(sheets), "Przebieg!E5")  # step 4
    assert issue.message == (
        "krok 4 oznaczono „wykonano”, choć wcześniejszy krok 3 nie jest wykonany"
    )


def test_step_8_done_while_required_mayor_approval_is_not(check) -> None:
    sheets = with_steps(8)
    sheets["Przebieg"][7][2:6] = [None, None, "w toku", None]  # step 7
    assert "wcześniejszy krok 7" in error_at(check(sheets), "Przebieg!E9").message


def test_step_8_done_without_step_7_when_mayor_approval_not_required(check) -> None:
    sheets = without_mayor_approval(with_steps(8))
    sheets["Przebieg"][7][2:6] = [None, None, "nie rozpoczęto", None]
    ensure_resources(sheets)
    assert_clean(check(sheets))


def test_decision_done_while_its_submission_is_not(check) -> None:
    sheets = valid_sheets()
    sheets["Przebieg"][7][2:5] = [None, None, "w toku"]  # second step-5 row (row 8)
    assert "krok 6" in error_at(check(sheets), "Przebieg!E9").message


def test_dates_of_done_steps_going_backwards(check) -> None:
    sheets = with_steps(3)
    sheets["Przebieg"][2][2] = datetime(2026, 8, 31)  # step 2 before step 1 (01.09.2026)
    issue = error_at(check(sheets), "Przebieg!C3")
    assert issue.message == (
        "data 31.08.2026 jest wcześniejsza niż data wykonania kroku 1 (01.09.2026)"
    )

    sheets["Przebieg"][2][2] = datetime(2026, 9, 1)  # the same day is fine
    assert_clean(check(sheets))


def test_dates_going_backwards_between_review_rounds(check) -> None:
    sheets = valid_sheets()
    sheets["Przebieg"][7][2] = datetime(2026, 10, 12)  # round 2 submitted before round 1's decision
    assert "kroku 6 (15.10.2026)" in error_at(check(sheets), "Przebieg!C8").message


def test_done_without_a_date(check) -> None:
    sheets = with_steps(4)
    sheets["Przebieg"][4][2] = None
    issue = error_at(check(sheets), "Przebieg!C5")
    assert issue.message == "krok oznaczono „wykonano”, ale nie podano daty"


def test_date_typed_as_text_counts(check) -> None:
    sheets = with_steps(4)
    sheets["Przebieg"][4][2] = "25 września 2026 r."
    assert_clean(check(sheets))


# --- nie dotyczy and step 7 ---------------------------------------------------------------


@pytest.mark.parametrize("step", [2, 8, 9])
def test_nie_dotyczy_only_on_step_7(check, step: int) -> None:
    sheets = with_steps(1)
    sheets["Przebieg"][step][4] = "nie dotyczy"
    issue = error_at(check(sheets), f"Przebieg!E{step + 1}")
    assert issue.message == "status „nie dotyczy” jest dopuszczalny tylko dla kroku 7"


def test_step_7_nie_dotyczy_while_mayor_approval_required(check) -> None:
    sheets = with_steps(6)
    sheets["Przebieg"][7][4] = "nie dotyczy"
    assert "wymaga zatwierdzenia Burmistrza" in error_at(check(sheets), "Przebieg!E8").message

    assert_clean(check(without_mayor_approval(sheets)))


# --- review rounds ------------------------------------------------------------------------


def test_two_review_rounds_are_both_reported(check) -> None:
    state = check(valid_sheets()).state
    assert [r.number for r in state.rounds] == [1, 2]
    first, second = state.rounds
    assert first.returned and not first.accepted
    assert first.decision.remarks == "Uzupełnić uzasadnienie"
    assert second.accepted and not second.returned
    assert [first.submission.source.row, second.submission.source.row] == [6, 8]
    assert state.step(5).done and state.step(6).done  # the last round counts


def test_steps_after_6_done_while_the_last_round_is_do_poprawy(check) -> None:
    sheets = with_steps(7)
    sheets["Przebieg"][6][5] = "do poprawy"  # step 6 returns the project
    issue = error_at(check(sheets), "Przebieg!E8")  # step 7
    assert issue.message.startswith("krok 7 oznaczono „wykonano”, a ostatnia runda analizy")

    # A new round, accepted, before step 7 makes it right.
    sheets["Przebieg"][7:7] = [
        [5, "Poprawki", datetime(2026, 10, 20), "Katarzyna Wójcik", "wykonano", None, None],
        [6, "Analiza", datetime(2026, 10, 22), "Anna Nowak", "wykonano", "zaakceptowano", None],
    ]
    validation = check(sheets)
    assert_clean(validation)
    assert len(validation.state.rounds) == 2


def test_a_returned_last_round_makes_the_next_step_5(check) -> None:
    sheets = valid_sheets()
    sheets["Przebieg"][8][5] = "do poprawy"  # second decision returns it again
    sheets["Przebieg"][9][4] = "nie rozpoczęto"  # step 7
    state = check(sheets).state
    assert state.rounds[-1].returned
    assert state.next_step.definition.number == 5
    assert state.next_step.person.name == "Katarzyna Wójcik"
    assert state.step(5).status == "nie rozpoczęto"


@pytest.mark.parametrize(
    ("step", "result", "message"),
    [
        (6, "zatwierdzono", "wynik „zatwierdzono” nie pasuje do kroku 6"),
        (7, "zaakceptowano", "wynik „zaakceptowano” nie pasuje do kroku 7"),
        (3, "zaakceptowano", "krok 3 nie ma wyniku"),
        (6, None, "krok 6 wykonano, ale nie podano wyniku"),
        (7, None, "krok 7 wykonano, ale nie podano wyniku"),
    ],
)
def test_result_must_fit_the_step(check, step: int, result: str | None, message: str) -> None:
    sheets = with_steps(7)
    sheets["Przebieg"][step][5] = result
    assert error_at(check(sheets), f"Przebieg!F{step + 1}").message.startswith(message)


def test_only_steps_5_and_6_repeat(check) -> None:
    sheets = with_steps(3)
    sheets["Przebieg"].insert(
        4, [3, "Jeszcze raz", datetime(2026, 9, 16), "Anna Nowak", "wykonano", None, None]
    )
    assert "krok 3 występuje więcej niż raz" in error_at(check(sheets), "Przebieg!A5").message


def test_missing_step_row_is_a_warning(check) -> None:
    sheets = with_steps(3)
    del sheets["Przebieg"][9]  # step 9
    validation = check(sheets)
    assert validation.ok
    assert [i.message for i in warnings_at(validation, "Przebieg")] == [
        "brak wiersza kroku 9 w arkuszu Przebieg"
    ]


# --- who performed a step -----------------------------------------------------------------


def test_performer_with_another_role_is_a_warning(check) -> None:
    sheets = with_steps(3)
    sheets["Przebieg"][2][3] = "Anna Nowak"  # step 2 belongs to the designer
    validation = check(sheets)
    assert validation.ok
    [issue] = warnings_at(validation, "Przebieg!D3")
    assert issue.message == (
        "„Anna Nowak” nie pełni roli „Odpowiedzialny za projektowanie”, odpowiedzialnej za krok 2"
    )


def test_mayor_or_secretary_may_sign_off_step_7(check) -> None:
    sheets = with_steps(7)
    assert_clean(check(sheets))  # Jan Kowalski, the Mayor
    sheets["Przebieg"][7][3] = "Anna Nowak"  # the Secretary submitting it
    assert_clean(check(sheets))


def test_a_person_holding_the_role_among_others_is_fine(check) -> None:
    sheets = with_steps(3)
    sheets["Osoby"].append(["Anna Nowak", "Sekretarz Miasta i Gminy", None, s.ROLE_TEAM_MEMBER])
    assert_clean(check(sheets))


# --- resources ----------------------------------------------------------------------------


def test_resource_still_identified_after_step_4(check) -> None:
    sheets = with_steps(4)
    sheets["Zasoby"][1][9] = "zidentyfikowany"
    validation = check(sheets)
    assert validation.ok
    [issue] = warnings_at(validation, "Zasoby!J2")
    assert issue.message.startswith("zasób ma status „zidentyfikowany”, choć krok 4 jest wykonany")


def test_resource_identified_before_step_4_is_fine(check) -> None:
    sheets = with_steps(3)
    sheets["Zasoby"][1][9] = "zidentyfikowany"
    assert_clean(check(sheets))


def test_resources_not_ensured_after_step_8(check) -> None:
    sheets = with_steps(8)
    validation = check(sheets)
    assert validation.ok
    for cell in ("Zasoby!J2", "Zasoby!J3"):
        [issue] = warnings_at(validation, cell)
        assert issue.message == "zasób nie ma statusu „zapewniony”, choć krok 8 jest wykonany"

    ensure_resources(sheets)
    assert_clean(check(sheets))


# --- supervision --------------------------------------------------------------------------


def _ensured(sheets: Sheets) -> Sheets:
    return ensure_resources(sheets)


def test_step_9_done_without_planned_audit(check) -> None:
    sheets = _ensured(with_steps(9))
    row = set_field(sheets, "Planowany termin pierwszego auditu wewnętrznego", None)
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert "Planowany termin pierwszego auditu" in issue.message

    set_field(sheets, "Planowany termin pierwszego auditu wewnętrznego", "15.03.2027")
    assert_clean(check(sheets))


def test_planned_audit_not_needed_before_step_9(check) -> None:
    sheets = _ensured(with_steps(8))
    set_field(sheets, "Planowany termin pierwszego auditu wewnętrznego", None)
    assert_clean(check(sheets))


def test_supervision_past_the_planned_audit_without_an_audit(check) -> None:
    sheets = _ensured(with_steps(9))
    row = set_field(sheets, "Planowany termin pierwszego auditu wewnętrznego", "20.11.2026")
    validation = check(sheets)
    assert validation.ok
    [issue] = warnings_at(validation, f"Projekt!B{row}")
    assert issue.message.startswith(
        "minął planowany termin pierwszego auditu wewnętrznego (20.11.2026)"
    )
    assert not validation.state.supervision_finished

    set_field(sheets, "Data przeprowadzenia pierwszego auditu", "20.11.2026")
    validation = check(sheets)
    assert_clean(validation)
    assert validation.state.supervision_finished
    assert validation.state.finished


def test_planned_audit_not_yet_due_on_the_given_day(check) -> None:
    sheets = _ensured(with_steps(9))
    set_field(sheets, "Planowany termin pierwszego auditu wewnętrznego", "20.11.2026")
    assert_clean(check(sheets, today=date(2026, 11, 20)))


def test_supervision_dates(check) -> None:
    state = check(_ensured(with_steps(9))).state
    assert state.supervision_start == date(2026, 11, 16)
    assert state.supervision_end == date(2027, 3, 15)


# --- where the project stands -------------------------------------------------------------


def test_next_step_and_who_acts_in_the_valid_workbook(check) -> None:
    state = check(valid_sheets()).state
    assert state.next_step.definition.number == 7
    assert state.next_step.status == "w toku"
    assert state.next_step.person.name == "Anna Nowak"
    assert state.next_step.person.role == s.ROLE_SECRETARY
    assert state.current_step.definition.number == 6


@pytest.mark.parametrize(
    ("last", "expected_step", "expected_person"),
    [
        (0, 1, "Anna Nowak"),
        (1, 2, "Piotr Zieliński"),
        (3, 4, "Ewa Wiśniewska"),
        (4, 5, "Katarzyna Wójcik"),
        (5, 6, "Anna Nowak"),
        (7, 8, "Anna Nowak"),
    ],
)
def test_next_step_follows_the_done_ones(check, last, expected_step, expected_person) -> None:
    state = check(with_steps(last)).state
    assert state.next_step.definition.number == expected_step
    assert state.next_step.person.name == expected_person


def test_step_7_is_skipped_when_mayor_approval_not_required(check) -> None:
    state = check(without_mayor_approval(with_steps(6))).state
    assert state.next_step.definition.number == 8


def test_step_7_in_progress_is_next_even_when_not_required(check) -> None:
    sheets = without_mayor_approval(with_steps(6))
    sheets["Przebieg"][7][4] = "w toku"
    assert check(sheets).state.next_step.definition.number == 7


def test_no_next_step_when_all_are_done(check) -> None:
    state = check(_ensured(with_steps(9))).state
    assert state.next_step is None
    assert not state.finished  # supervision lasts until the first audit


def test_procedure_issues_are_warnings_and_errors_as_the_spec_says(check) -> None:
    sheets = with_steps(4)
    sheets["Przebieg"][2][3] = "Anna Nowak"  # W: wrong role
    sheets["Przebieg"][4][2] = None  # error: done without a date
    validation = check(sheets)
    assert {(i.location, i.severity) for i in validation.issues} == {
        ("Przebieg!D3", Severity.WARNING),
        ("Przebieg!C5", Severity.ERROR),
    }
