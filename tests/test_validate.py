"""The validation rules of SPEC §3 on cells and records (`generator.workbook.validate`).

Each rule: a wrong value is reported at the exact cell, and the corrected value passes.
The procedure rules (steps, rounds, supervision) are in test_procedure.py.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from workbooks import TODAY, Sheets, set_field, valid_sheets

from generator import messages as msg
from generator.domain.model import ChangeKind, Issue, Severity
from generator.workbook import schema as s
from generator.workbook.validate import Validation, validate_file


@pytest.fixture
def check(make_workbook):
    """`check(sheets, today=TODAY)` -> the Validation of a workbook written from `sheets`."""

    def run(sheets: Sheets, today=TODAY) -> Validation:
        return validate_file(make_workbook(sheets), today)

    return run


def at(validation: Validation, location: str) -> list[Issue]:
    return [i for i in validation.issues if i.location == location]


def error_at(validation: Validation, location: str) -> Issue:
    found = [i for i in at(validation, location) if i.is_error]
    assert len(found) == 1, f"expected one error at {location}; got: " + "; ".join(
        i.format("projekt.xlsx") for i in validation.issues
    )
    return found[0]


def warning_at(validation: Validation, location: str) -> Issue:
    found = [i for i in at(validation, location) if i.severity is Severity.WARNING]
    assert len(found) == 1, f"expected one warning at {location}; got: " + "; ".join(
        i.format("projekt.xlsx") for i in validation.issues
    )
    return found[0]


def assert_clean(validation: Validation) -> None:
    assert validation.issues == (), [i.format("projekt.xlsx") for i in validation.issues]


def test_the_builders_workbook_is_valid_and_typed(check) -> None:
    validation = check(valid_sheets())
    assert_clean(validation)
    assert validation.ok and validation.workbook is not None and validation.state is not None
    project = validation.workbook.project
    assert project.case_sign == "OR.0123.7.2026"
    assert project.need_sources == (s.NEED_LAW, s.NEED_CUSTOMER)
    assert project.mayor_approval_required is True
    assert project.cell("case_sign") == "Projekt!B6"


def test_errors_leave_no_workbook_and_every_problem_is_reported_in_one_run(check) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", "OR/0123/7/2026")
    sheets["Zasoby"][1][5] = "abc"
    sheets["Działania"][1][6] = "zamknięte"
    validation = check(sheets)

    assert not validation.ok
    assert validation.workbook is None and validation.state is None
    assert {i.location for i in validation.errors} == {"Projekt!B6", "Zasoby!F2", "Działania!H2"}


def test_issue_line_names_file_cell_and_severity(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"
    issue = error_at(check(sheets), "Zasoby!F2")
    assert issue.format("projekt.xlsx") == "projekt.xlsx: Zasoby!F2: błąd: „abc” nie jest kwotą"


# --- required fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Nazwa urzędu",
        "Znak sprawy",
        "Rodzaj działania",
        "Planowany termin wdrożenia",
        "Wymaga zatwierdzenia Burmistrza",
    ],
)
def test_required_project_field_empty(check, label: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, label, "   ")
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert issue.message == f"pole „{label}” jest wymagane"


def test_required_project_field_row_missing(check) -> None:
    sheets = valid_sheets()
    sheets[s.PROJECT_SHEET] = [r for r in sheets[s.PROJECT_SHEET] if r[0] != "Cel projektu"]
    issue = error_at(check(sheets), "Projekt")
    assert issue.message == "brak pola „Cel projektu” w arkuszu Projekt"


def test_optional_project_field_may_be_empty_or_absent(check) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Kryteria akceptacji", None)
    sheets[s.PROJECT_SHEET] = [r for r in sheets[s.PROJECT_SHEET] if r[0] != "Komórka wiodąca"]
    assert_clean(check(sheets))


def test_project_field_label_tolerates_colon_and_case(check) -> None:
    sheets = valid_sheets()
    row = next(i for i, r in enumerate(sheets[s.PROJECT_SHEET]) if r[0] == "Cel projektu")
    sheets[s.PROJECT_SHEET][row][0] = "CEL  projektu:"
    assert_clean(check(sheets))


@pytest.mark.parametrize(
    ("sheet", "row", "column", "label"),
    [
        ("Zasoby", 1, 2, "Opis"),
        ("Osoby", 2, 3, "Rola"),
        ("Przebieg", 1, 4, "Status"),
        ("Działania", 1, 5, "Termin"),
    ],
)
def test_required_table_cell_empty(check, sheet: str, row: int, column: int, label: str) -> None:
    sheets = valid_sheets()
    sheets[sheet][row][column] = None
    where = f"{sheet}!{'ABCDEFGHIJ'[column]}{row + 1}"
    assert error_at(check(sheets), where).message == f"pole „{label}” jest wymagane"


# --- closed lists, dates, numbers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sheet", "row", "column", "wrong", "right"),
    [
        ("Zasoby", 1, 9, "zrobione", "Zapewniony"),
        ("Zasoby", 1, 1, "komputery", "sprzęt  i oprogramowanie"),
        ("Osoby", 1, 3, "Sekretarz", "sekretarz (pełnomocnik ds. szj)"),
        ("Dokumentacja SZJ", 1, 2, "regulamin", "karta procesu"),
        ("Dokumentacja SZJ", 1, 3, "usunięcie", "wycofanie"),
        ("Przebieg", 9, 4, "trwa", "W toku"),
        ("Działania", 1, 1, "naprawa", "korekcja"),
    ],
)
def test_table_value_outside_its_list(check, sheet, row, column, wrong, right) -> None:
    sheets = valid_sheets()
    sheets[sheet][row][column] = wrong
    where = f"{_quote(sheet)}!{'ABCDEFGHIJ'[column]}{row + 1}"
    assert error_at(check(sheets), where).message.startswith(f"„{wrong}” nie jest dozwoloną")

    sheets[sheet][row][column] = right
    assert check(sheets).ok


@pytest.mark.parametrize(
    ("label", "wrong", "right"),
    [
        ("Rodzaj działania", "nowa działalność", "Nowe działanie"),
        ("Wymaga zatwierdzenia Burmistrza", "może", "TAK"),
        (
            "Źródło potrzeby",
            "zmiana przepisów prawa, wymagania klienta",
            "zmiana przepisów prawa;wymagania klienta",
        ),
    ],
)
def test_project_value_outside_its_list(check, label, wrong, right) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, label, wrong)
    assert "nie jest dozwoloną wartością" in error_at(check(sheets), f"Projekt!B{row}").message

    set_field(sheets, label, right)
    assert_clean(check(sheets))


@pytest.mark.parametrize(
    ("wrong", "message"),
    [
        ("31.02.2027", "„31.02.2027” nie jest datą"),
        ("jutro", "„jutro” nie jest datą"),
        ("1899-12-31", "data „1899-12-31” jest poza dopuszczalnym zakresem"),
    ],
)
def test_bad_project_date(check, wrong: str, message: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Planowany termin wdrożenia", wrong)
    assert error_at(check(sheets), f"Projekt!B{row}").message.startswith(message)

    set_field(sheets, "Planowany termin wdrożenia", "4 stycznia 2027 r.")
    validation = check(sheets)
    assert_clean(validation)
    assert validation.workbook.project.planned_implementation == datetime(2027, 1, 4).date()


def test_bad_table_date(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][2][8] = "połowa grudnia"
    issue = error_at(check(sheets), "Zasoby!I3")
    assert issue.message.startswith("„połowa grudnia” nie jest datą")

    sheets["Zasoby"][2][8] = "15.12.2026"
    assert_clean(check(sheets))


def test_bad_quantity(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][3] = "dwie"
    assert error_at(check(sheets), "Zasoby!D2").message == "„dwie” nie jest liczbą"

    sheets["Zasoby"][1][3] = "2,0"
    assert_clean(check(sheets))


def test_pasted_account_number_as_quantity(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][3] = "12 3456 7890 1234 5678 9012 3456"
    assert "zbyt duża" in error_at(check(sheets), "Zasoby!D2").message


def test_bad_unit_price(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "450,505"
    assert "więcej niż 2 miejsca" in error_at(check(sheets), "Zasoby!F2").message

    sheets["Zasoby"][1][5] = "450,50 zł"
    assert_clean(check(sheets))


def test_bad_integer(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][1][0] = "pierwszy"
    assert error_at(check(sheets), "Zmiany!A2").message == "„pierwszy” nie jest liczbą całkowitą"

    sheets["Zmiany"][1][0] = "1."
    assert_clean(check(sheets))


def test_step_number_outside_the_procedure(check) -> None:
    sheets = valid_sheets()
    sheets["Przebieg"][11][0] = 10
    assert "procedura ma kroki 1–9" in error_at(check(sheets), "Przebieg!A12").message


def test_control_character_in_a_project_field(check) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Opis potrzeby", "Mieszkańcy_x001B_ oczekują")
    assert "U+001B" in error_at(check(sheets), f"Projekt!B{row}").message


# --- znak sprawy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    [
        "OR/0123/7/2026",
        "OR.0123.7",
        "OR.0123.7.26",
        "0123.7.2026",
        "OR.0123.7.2026.J1",  # initials are letters
        "OR.0123.7.2026.JK.AB",
        "OR 0123.7.2026",
        "OR.0123.7.2026.",
        "OR.\uff10\uff11\uff12\uff13.7.2026",  # fullwidth digits
        "OR.0123.\u0667.2026",  # an Arabic-Indic seven
        "OR.0123.7.\u0968\u0966\u0968\u096c",  # a Devanagari year
    ],
)
def test_case_sign_not_following_jrwa(check, wrong: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Znak sprawy", wrong)
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert issue.message.startswith(f"„{wrong}” nie jest poprawnym znakiem sprawy")


@pytest.mark.parametrize(
    "right",
    [
        "OR.0123.5.2026",
        "OR-I.0123.5.2026",
        "USC.5340.12.2026",
        " OR.0123.5.2026 ",
        "or.0123.5.2026",
        "OR.0123.5.2026.JK",
        "or-i.0123.5.2026.jk",
    ],
)
def test_case_sign_following_jrwa(check, right: str) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", right)
    assert_clean(check(sheets))


@pytest.mark.parametrize(
    ("sign", "unit"),
    [("CON.0123.5.2026", "CON"), ("PRN.0123.5.2026", "PRN"), ("AUX.0123.5.2026", "AUX"),
     ("NUL.0123.5.2026", "NUL"), ("nul.0123.5.2026", "nul"), ("COM1.0123.5.2026", "COM1"),
     ("LPT9.0123.5.2026", "LPT9"), ("Con.0123.5.2026", "Con")],
)
def test_case_sign_naming_a_windows_device_is_refused(check, sign: str, unit: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Znak sprawy", sign)
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert issue.message == (
        f"„{sign}” nie może być znakiem sprawy: „{unit}” to zastrzeżona nazwa urządzenia "
        "w Windows i nie może być nazwą katalogu"
    )


# --- fields required by other fields ------------------------------------------------------


def test_legal_basis_required_when_the_law_changed(check) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Podstawa prawna", None)
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert issue.message.startswith("pole „Podstawa prawna” jest wymagane, gdy")

    set_field(sheets, "Źródło potrzeby", "wymagania klienta; rozwój cywilizacyjny społeczeństwa")
    assert_clean(check(sheets))


_CONDITIONAL = [  # step 9's audit date is checked with the procedure (test_procedure.py)
    f for f in s.PROJECT_FIELDS if f.required_when not in (None, s.Condition.STEP_9_DONE)
]


@pytest.mark.parametrize("field", _CONDITIONAL, ids=lambda f: f.key)
def test_conditional_field_is_required_as_the_blank_workbook_says(check, field) -> None:
    """The blank workbook's note and the validator state one condition, declared once in
    the schema (the valid workbook meets every condition: law, customers, both acts)."""
    from generator.workbook.blank import build_blank_workbook

    sheet = build_blank_workbook()[s.PROJECT_SHEET]
    label = next(c for c in sheet["A"] if c.value == field.label)
    note = label.comment.text.split("\n")[0]
    assert note.startswith("Wymagane, gdy ") and note.endswith(".")
    condition = note.removeprefix("Wymagane, gdy ").removesuffix(".")

    sheets = valid_sheets()
    row = set_field(sheets, field.label, None)
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert issue.message == f"pole „{field.label}” jest wymagane, gdy {condition}"


def test_legal_basis_required_even_when_its_row_is_missing(check) -> None:
    sheets = valid_sheets()
    sheets[s.PROJECT_SHEET] = [r for r in sheets[s.PROJECT_SHEET] if r[0] != "Podstawa prawna"]
    assert "„Podstawa prawna”" in error_at(check(sheets), "Projekt").message


def test_customer_requirements_required_when_customers_asked(check) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Wymagania klientów", "")
    assert "„Wymagania klientów”" in error_at(check(sheets), f"Projekt!B{row}").message

    set_field(sheets, "Źródło potrzeby", "zmiana przepisów prawa")
    assert_clean(check(sheets))


@pytest.mark.parametrize(
    "label", ["Akt nadający regulamin organizacyjny", "Podstawa prawna zarządzenia"]
)
def test_ordinance_fields_required_when_the_regulamin_changes(check, label: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, label, None)
    assert f"„{label}”" in error_at(check(sheets), f"Projekt!B{row}").message

    sheets["Zmiany"] = [r for r in sheets["Zmiany"] if r[1] != s.DOCUMENT_REGULAMIN]
    assert_clean(check(sheets))


@pytest.mark.parametrize("label", ["Akt uchwalający statut", "Podstawa prawna uchwały"])
def test_resolution_fields_required_when_the_statute_changes(check, label: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, label, None)
    assert f"„{label}”" in error_at(check(sheets), f"Projekt!B{row}").message

    sheets["Zmiany"][2][1] = "Procedura P-07"  # the change now concerns another document
    assert_clean(check(sheets))


def test_document_name_matched_tolerantly_for_the_act_rule(check) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Akt nadający regulamin organizacyjny", None)
    sheets["Zmiany"][1][1] = "  regulamin  ORGANIZACYJNY"
    assert error_at(check(sheets), f"Projekt!B{row}")


# --- people -------------------------------------------------------------------------------


def _people_without(sheets: Sheets, name: str) -> None:
    sheets["Osoby"] = [r for r in sheets["Osoby"] if r[0] != name]


def test_no_secretary(check) -> None:
    sheets = valid_sheets()
    sheets["Osoby"][1][3] = s.ROLE_TEAM_MEMBER  # Anna Nowak is no longer the Secretary
    issue = error_at(check(sheets), "Osoby")
    assert issue.message == f"brak osoby w roli „{s.ROLE_SECRETARY}” (wymagana dokładnie jedna)"


def test_two_secretaries_reported_at_the_second(check) -> None:
    sheets = valid_sheets()
    sheets["Osoby"].append(["Maria Sekretarz", "Zastępca Sekretarza", None, s.ROLE_SECRETARY])
    issue = error_at(check(sheets), "Osoby!D8")
    assert "więcej niż jednej osobie (także w Osoby!D2)" in issue.message


@pytest.mark.parametrize("role", [s.ROLE_HEAD_OF_ORG, s.ROLE_DESIGNER, s.ROLE_IMPLEMENTER])
def test_other_single_roles_exactly_one(check, role: str) -> None:
    sheets = valid_sheets()
    sheets["Osoby"].append(["Druga Osoba", "Inspektor", None, role])
    assert error_at(check(sheets), "Osoby!D8")

    sheets = valid_sheets()
    sheets["Osoby"] = [r for r in sheets["Osoby"] if r[3] != role]
    assert f"„{role}”" in error_at(check(sheets), "Osoby").message


def test_mayor_missing_while_approval_required(check) -> None:
    sheets = valid_sheets()
    _people_without(sheets, "Jan Kowalski")
    issue = error_at(check(sheets), "Osoby")
    assert "Burmistrz" in issue.message and "wymaga zatwierdzenia" in issue.message


def test_mayor_may_be_missing_when_not_required(check) -> None:
    sheets = valid_sheets()
    _people_without(sheets, "Jan Kowalski")
    set_field(sheets, "Wymaga zatwierdzenia Burmistrza", "nie")
    sheets["Przebieg"][9][4] = "nie dotyczy"
    assert_clean(check(sheets))


def test_mayor_at_most_one_even_when_not_required(check) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Wymaga zatwierdzenia Burmistrza", "nie")
    sheets["Przebieg"][9][4] = "nie dotyczy"
    sheets["Osoby"].append(["Adam Drugi", "Zastępca Burmistrza", None, s.ROLE_MAYOR])
    assert error_at(check(sheets), "Osoby!D8")


def test_any_number_of_team_members_and_several_roles_per_person(check) -> None:
    sheets = valid_sheets()
    sheets["Osoby"] += [
        ["Maria Nowicka", "Podinspektor", None, s.ROLE_TEAM_MEMBER],
        ["Katarzyna Wójcik", "Kierownik USC", "Urząd Stanu Cywilnego", s.ROLE_TEAM_MEMBER],
    ]
    assert_clean(check(sheets))


def test_unknown_person_in_przebieg_is_a_warning(check) -> None:
    sheets = valid_sheets()
    sheets["Przebieg"][1][3] = "Anna Nowakowska"
    validation = check(sheets)
    assert validation.ok
    assert warning_at(validation, "Przebieg!D2").message == (
        "osoba „Anna Nowakowska” nie występuje w arkuszu Osoby"
    )


def test_unknown_person_in_dzialania_is_a_warning(check) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][4] = "K. Wójcik"
    validation = check(sheets)
    assert validation.ok
    assert "„K. Wójcik”" in warning_at(validation, "Działania!E2").message


def test_person_name_matched_despite_case_and_spacing(check) -> None:
    sheets = valid_sheets()
    sheets["Przebieg"][1][3] = "anna  NOWAK"
    sheets["Działania"][1][4] = "Katarzyna  Wójcik"
    assert_clean(check(sheets))


# --- money --------------------------------------------------------------------------------


def test_value_disagreeing_with_quantity_times_price(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][6] = 901.02  # 2 × 450,50 = 901,00
    issue = error_at(check(sheets), "Zasoby!G2")
    assert issue.message == (
        "wartość 901,02 zł nie zgadza się z iloczynem Ilość × Cena jednostkowa = 901,00 zł"
    )


@pytest.mark.parametrize("typed", [901.01, "900,99", "901", "901,00 zł"])
def test_value_within_a_grosz_is_accepted(check, typed: object) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][6] = typed
    assert_clean(check(sheets))


def test_empty_value_is_computed_exactly(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"] = [sheets["Zasoby"][0]] + [
        [n, "inne", f"Drobne {n}", 3, "szt.", 0.1, None, None, None, "zaakceptowany"]
        for n in range(1, 11)
    ]
    resources = check(sheets).workbook.resources
    assert resources[0].value == Decimal("0.30")
    assert sum(r.value for r in resources) == Decimal("3.00")


def test_computed_value_rounds_half_up_to_the_grosz(check) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][3:7] = ["2,5", "h", "3,33", None]  # 8,325 zł
    assert check(sheets).workbook.resources[0].value == Decimal("8.33")


# --- changes ------------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", ["rozdział pierwszy", "12", "art. 5"])
def test_unparsable_editorial_unit(check, wrong: str) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][1][2] = wrong
    issue = error_at(check(sheets), "Zmiany!C2")
    assert issue.message.startswith(f"„{wrong}” nie jest jednostką redakcyjną")


@pytest.mark.parametrize("right", ["§ 12", "§ 12 ust. 3 pkt 4", "§ 30a", "§12 ust.3"])
def test_editorial_unit_in_usual_forms(check, right: str) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][1][2] = right
    assert_clean(check(sheets))


def test_change_with_no_wording(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][2][3:5] = [None, "  "]
    assert "oba puste w wierszu 3" in error_at(check(sheets), "Zmiany!E3").message


def test_change_kind_follows_the_wordings(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"].append([3, "Statut", "§ 31", "Uchylany przepis.", None, "Zbędny."])
    kinds = [c.kind for c in check(sheets).workbook.changes]
    assert kinds == [ChangeKind.REPLACE, ChangeKind.ADD, ChangeKind.REPEAL]


# --- changes that contradict each other, names, typography (issue 14) ----------------------

REGULAMIN = "Regulamin organizacyjny"


@pytest.mark.parametrize(
    ("unit", "current", "proposed", "expected"),
    [
        ("§ 12 ust. 3", "Stare.", "Inne.", msg.CHANGE_SAME_UNIT.format(
            unit="§ 12 ust. 3", other="Zmiany!C2")),
        ("§ 12", "Stary §.", "Nowy §.", msg.CHANGE_INSIDE.format(
            unit="§ 12 ust. 3", outer="§ 12", other="Zmiany!C4")),
        ("§ 12", "Stary §.", None, msg.CHANGE_INSIDE_REPEALED.format(
            unit="§ 12 ust. 3", outer="§ 12", other="Zmiany!C4")),
        ("§ 12 ust. 3 zdanie drugie", "Stare.", "Nowe.", msg.CHANGE_SAME_UNIT.format(
            unit="§ 12 ust. 3 zdanie drugie", other="Zmiany!C2")),
    ],
    ids=["same unit", "unit inside a replaced one", "unit inside a repealed one", "sentence"],
)
def test_contradicting_rows_are_errors_naming_both_cells(
    check, unit: str, current: str, proposed: str | None, expected: str
) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"].append([3, REGULAMIN, unit, current, proposed, None])
    validation = check(sheets)
    location = "Zmiany!C2" if "należy" in expected else "Zmiany!C4"
    assert error_at(validation, location).message == expected


def test_a_unit_added_twice_is_an_error_naming_both_cells(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"].append([3, "statut gminy przykładowo", "§ 30a", None, "Drugi raz."])
    issue = error_at(check(sheets), "Zmiany!C4")
    assert issue.message == msg.CHANGE_ADDED_TWICE.format(unit="§ 30a", other="Zmiany!C3")


def test_different_words_and_sentences_of_one_unit_may_stand_together(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"] += [
        [3, REGULAMIN, "§ 40 ust. 1 wyrazy", "Referat", "Biuro", None],
        [4, REGULAMIN, "§ 40 ust. 1 wyrazy", "Wójt", "Burmistrz", None],
        [5, REGULAMIN, "§ 40 ust. 1 zdanie drugie", "Stare.", "Nowe.", None],
        [6, REGULAMIN, "§ 40 ust. 1 pkt 2", "Stary;", "Nowy;", None],
    ]
    assert_clean(check(sheets))


@pytest.mark.parametrize(
    "name",
    ["Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo", "regulamin ORGANIZACYJNY"],
)
def test_full_regulamin_name_needs_the_act_like_the_short_one(check, name: str) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Akt nadający regulamin organizacyjny", None)
    sheets["Zmiany"][1][1] = name
    assert error_at(check(sheets), f"Projekt!B{row}")


def test_full_statute_name_needs_the_act_like_the_short_one(check) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Akt uchwalający statut", None)
    sheets["Zmiany"][2][1] = "Statut Gminy Kościelisko"
    assert error_at(check(sheets), f"Projekt!B{row}")


@pytest.mark.parametrize("name", ["Regulamin organizacjny", "Statut Urzędu Gminy"])
def test_a_name_like_the_regulamin_or_statute_is_warned_about(check, name: str) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][2][1] = name
    issue = warning_at(check(sheets), "Zmiany!B3")
    assert issue.message == msg.DOCUMENT_NOT_RECOGNISED.format(value=name)


def test_another_document_is_not_warned_about(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][2][1] = "Regulamin pracy"
    assert not at(check(sheets), "Zmiany!B3")


def test_ascii_quotes_and_ampersand_in_a_wording_are_warned_about(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][1][4] = 'Referat "EZD" & archiwum.'
    warnings = {i.message for i in at(check(sheets), "Zmiany!E2")}
    assert warnings == {msg.WORDING_ASCII_QUOTES, msg.WORDING_AMPERSAND}


def test_typed_outer_ascii_quotes_are_no_warning(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][1][4] = '"Referat prowadzi sprawy."'
    assert_clean(check(sheets))


def test_word_change_needs_the_current_words(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"][1][2:4] = ["§ 12 ust. 3 wyrazy", None]
    assert error_at(check(sheets), "Zmiany!D2").message == msg.WORDS_NEED_CURRENT


def test_entry_into_force_of_the_ordinance_is_checked(check) -> None:
    sheets = valid_sheets()
    sheets["Projekt"].append(["Wejście w życie zarządzenia", "kiedyś"])
    row = len(sheets["Projekt"])
    issue = error_at(check(sheets), f"Projekt!B{row}")
    assert issue.message == msg.ENTRY_INTO_FORCE_INVALID.format(value="kiedyś")

    sheets["Projekt"][-1][1] = "1.01.2027"
    validation = check(sheets)
    assert_clean(validation)
    assert validation.workbook.project.ordinance_entry_into_force == "1.01.2027"


def test_many_changes_warn_under_paragraph_84(check) -> None:
    sheets = valid_sheets()
    sheets["Zmiany"] += [
        [n, REGULAMIN, f"§ {40 + n}", "Stary.", "Nowy.", None] for n in range(3, 28)
    ]
    issue = warning_at(check(sheets), "Zmiany")
    assert "§ 84 Zasad techniki prawodawczej" in issue.message
    assert issue.message == msg.TOO_MANY_CHANGES.format(document=REGULAMIN, count=26)

    del sheets["Zmiany"][-1]
    assert not at(check(sheets), "Zmiany")


# --- actions ------------------------------------------------------------------------------


def test_closed_action_without_date(check) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][6] = "zamknięte"
    issue = error_at(check(sheets), "Działania!H2")
    assert issue.message == "działanie „zamknięte” bez daty zamknięcia"

    sheets["Działania"][1][7] = "20.11.2026"
    assert_clean(check(sheets))


def test_open_action_past_its_termin_is_a_warning(check) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][5] = datetime(2026, 11, 23)  # TODAY is 24.11.2026
    validation = check(sheets)
    assert validation.ok
    issue = warning_at(validation, "Działania!F2")
    assert issue.message == "działanie otwarte po terminie (23.11.2026)"
    assert len(validation.state.overdue_actions) == 1


def test_open_action_due_today_is_not_overdue(check) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][5] = datetime(2026, 11, 24)
    assert_clean(check(sheets))


def test_overdue_depends_on_the_given_day(check) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][5] = datetime(2026, 11, 23)
    assert_clean(check(sheets, today=datetime(2026, 11, 23).date()))


def test_closed_action_past_its_termin_is_fine(check) -> None:
    sheets = valid_sheets()
    sheets["Działania"][1][5:8] = [datetime(2026, 10, 1), "zamknięte", datetime(2026, 10, 20)]
    assert_clean(check(sheets))


def _quote(sheet: str) -> str:
    return f"'{sheet}'" if " " in sheet else sheet


def test_voivodeship_must_be_one_of_the_sixteen(make_workbook) -> None:  # type: ignore[no-untyped-def]
    sheets = valid_sheets()
    row = set_field(sheets, "Województwo", "wielkopolska")
    issues = validate_file(make_workbook(sheets), TODAY).errors
    assert [i.location for i in issues] == [f"Projekt!B{row}"]
    assert "„wielkopolska” nie jest dozwoloną wartością" in issues[0].message

    set_field(sheets, "Województwo", "Województwo Wielkopolskie")
    validation = validate_file(make_workbook(sheets), TODAY)
    assert validation.ok
    assert validation.workbook.project.voivodeship == "wielkopolskie"


# --- records built by keyword from the schema ---------------------------------------------


def test_every_schema_column_has_its_record_field(check) -> None:
    """Records take each value by its schema key; the valid workbook fills every sheet."""
    workbook = check(valid_sheets()).workbook
    records = {
        s.PEOPLE: workbook.people[0],
        s.RESOURCES: workbook.resources[0],
        s.CHANGES: workbook.changes[0],
        s.QMS_DOCUMENTS: workbook.qms_documents[0],
        s.STEPS: workbook.steps[0],
        s.ACTIONS: workbook.actions[0],
    }
    for sheet, record in records.items():
        for column in sheet.columns:
            assert hasattr(record, column.key), (sheet.name, column.key)
    assert workbook.resources[0].description == "Czytnik dowodów osobistych"
    assert workbook.actions[0].responsible == "Katarzyna Wójcik"


def test_a_schema_key_without_a_record_field_is_refused() -> None:
    from generator.domain.model import Person, Source
    from generator.workbook.records import record as _record

    values = {"name": "Anna Nowak", "position": "Sekretarz", "unit": None, "role": "x"}
    source = Source("Osoby", 2, {})
    assert _record(Person, values, source=source).name == "Anna Nowak"
    with pytest.raises(TypeError, match="phone"):
        _record(Person, {**values, "phone": "123"}, source=source)
