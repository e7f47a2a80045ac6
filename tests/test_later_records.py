"""The records the procedure kept without (issue 12, rule 6): the acts adopted after step 7
(sheet Akty), the supervision log of step 9 (sheet Nadzór), who verified each action and when,
and the closing note of 09 with the check of 02's acceptance criteria. Each test states its
workbook inline and runs the command a clerk runs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import cli
from generator.workbook import schema as s
from generator.workbook.blank import build_blank_workbook
from generator.workbook.validate import validate_file
from tests.docx_text import document_text
from tests.workbooks import (
    TODAY,
    Sheets,
    ensure_resources,
    set_field,
    valid_sheets,
    write_workbook,
)

CASE = "OR.0123.7.2026"
SUPERVISION = "09_karta_nadzoru.docx"
STEP_DATES = {7: datetime(2026, 11, 5), 8: datetime(2026, 11, 12), 9: datetime(2026, 11, 16)}
ORDINANCE = ["zarządzenie", "0050.123.2026", datetime(2026, 11, 6), "BIP, 6.11.2026",
             datetime(2026, 11, 6)]
RESOLUTION = ["uchwała", "XV/123/2026", datetime(2026, 11, 10),
              "Dz. Urz. Woj. Wielkopolskiego z 2026 r. poz. 4567", datetime(2026, 12, 2)]
CHECK = [datetime(2026, 11, 20), "Obsługa wniosków przez ePUAP (próba 20 wniosków)",
         "Wszystkie rozpatrzone w 3 dni.", "Anna Nowak"]


def through_step(last: int) -> Sheets:
    """The valid workbook with steps 7…`last` done (the Mayor approved on 05.11.2026)."""
    sheets = valid_sheets()
    for row in sheets[s.STEPS.name][1:]:
        if 7 <= row[0] <= last:
            who = "Jan Kowalski" if row[0] == 7 else "Anna Nowak"
            result = s.RESULT_APPROVED if row[0] == 7 else None
            row[2:6] = [STEP_DATES[row[0]], who, s.STEP_DONE, result]
    if last >= 8:
        ensure_resources(sheets)
    return sheets


def with_rows(sheets: Sheets, sheet: s.TableSheet, *rows: list[object]) -> Sheets:
    sheets[sheet.name] = [[c.label for c in sheet.columns], *rows]
    return sheets


def verified_action(closed: datetime, verified: datetime | None) -> Sheets:
    sheets = through_step(9)
    action = sheets[s.ACTIONS.name][1]
    action[6:] = [s.ACTION_CLOSED, closed, "skuteczne", "Anna Nowak", verified]
    return sheets


def generate(workbook: Path, out: Path, day: str) -> Result:
    return CliRunner().invoke(cli, ["generate", str(workbook), "-o", str(out), "--na-dzien", day])


def test_a_workbook_made_before_the_new_sheets_and_columns_validates_and_generates(
    tmp_path: Path,
) -> None:
    sheets = valid_sheets()
    del sheets[s.ADOPTED_ACTS.name], sheets[s.SUPERVISION_LOG.name]
    old_columns = sum(1 for c in s.ACTIONS.columns if not c.added)
    sheets[s.ACTIONS.name] = [row[:old_columns] for row in sheets[s.ACTIONS.name]]
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    validation = validate_file(workbook, TODAY)
    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert [i.format("projekt.xlsx") for i in validation.issues] == []
    assert validation.workbook is not None and validation.workbook.adopted_acts == ()
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / CASE / "01_decyzja_o_podjeciu_prac.docx").exists()


def without_approval() -> Sheets:
    """No Mayor's approval: step 7 does not apply; acts follow the acceptance (30.10.2026)."""
    sheets = valid_sheets()
    set_field(sheets, "Wymaga zatwierdzenia Burmistrza", "nie")
    step7 = next(row for row in sheets[s.STEPS.name][1:] if row[0] == 7)
    step7[4] = s.STEP_NOT_APPLICABLE
    return with_rows(sheets, s.ADOPTED_ACTS, [*ORDINANCE[:2], datetime(2026, 10, 29)])


BAD_INPUTS = {
    "act adopted before step 7": (
        with_rows(through_step(9), s.ADOPTED_ACTS, [*ORDINANCE[:2], datetime(2026, 11, 4)]),
        "Akty!C2",
        "data przyjęcia 04.11.2026 jest wcześniejsza niż data kroku 7 (05.11.2026) — akt "
        "przyjmuje się po zatwierdzeniu projektu",
    ),
    "act adopted while step 7 is pending": (
        with_rows(valid_sheets(), s.ADOPTED_ACTS, ORDINANCE),
        "Akty!C2",
        "akt przyjęty 06.11.2026, a krok 7 nie jest jeszcze wykonany — akt przyjmuje się po "
        "zatwierdzeniu projektu; uzupełnij krok 7 w arkuszu Przebieg",
    ),
    "act adopted before the acceptance when step 7 does not apply": (
        without_approval(),
        "Akty!C2",
        "data przyjęcia 29.10.2026 jest wcześniejsza niż data kroku 6 (30.10.2026)",
    ),
    "in force before adoption": (
        with_rows(through_step(9), s.ADOPTED_ACTS, [*RESOLUTION[:4], datetime(2026, 11, 9)]),
        "Akty!E2",
        "data wejścia w życie 09.11.2026 jest wcześniejsza niż data przyjęcia aktu (10.11.2026)",
    ),
    "supervision before step 9": (
        with_rows(through_step(9), s.SUPERVISION_LOG, [datetime(2026, 11, 13), *CHECK[1:]]),
        "Nadzór!A2",
        "wpis nadzoru z 13.11.2026 jest wcześniejszy niż data kroku 9 (16.11.2026)",
    ),
    "supervision while step 9 is pending": (
        with_rows(through_step(8), s.SUPERVISION_LOG, CHECK),
        "Nadzór!A2",
        "wpis nadzoru z 20.11.2026, a krok 9 (rozpoczęcie działalności) nie jest wykonany",
    ),
    "verification before closing": (
        verified_action(datetime(2026, 11, 20), datetime(2026, 11, 18)),
        "Działania!K2",
        "data weryfikacji 18.11.2026 jest wcześniejsza niż data zamknięcia działania "
        "(20.11.2026) — skuteczność weryfikuje się po zamknięciu działania",
    ),
    # Hostile review: a name under „Skuteczność zweryfikował” with no date was printed in 09.
    "verified by someone, never dated": (
        verified_action(datetime(2026, 11, 20), None),
        "Działania!K2",
        "wpisano, kto zweryfikował skuteczność działania, ale nie kiedy",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_a_record_dated_before_its_step_names_the_cell_and_nothing_is_written(
    tmp_path: Path, case: str
) -> None:
    sheets, cell, message = BAD_INPUTS[case]
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 1
    assert f"projekt.xlsx: {cell}: błąd: {message}" in result.stderr
    assert not (tmp_path / "out" / CASE).exists()


def completed_project() -> Sheets:
    sheets = verified_action(datetime(2026, 11, 23), datetime(2026, 12, 1))
    with_rows(sheets, s.ADOPTED_ACTS, ORDINANCE, RESOLUTION)
    with_rows(sheets, s.SUPERVISION_LOG, CHECK)
    set_field(sheets, "Data przeprowadzenia pierwszego auditu", datetime(2027, 3, 10))
    set_field(sheets, "Nr raportu z auditu", "RA/2/2027")
    set_field(sheets, "Ocena kryteriów akceptacji", s.CRITERIA_MET)
    return sheets


def test_a_completed_project_09_shows_the_acts_the_log_the_verification_and_the_closing_note(
    tmp_path: Path,
) -> None:
    workbook = write_workbook(tmp_path / "projekt.xlsx", completed_project())

    result = generate(workbook, tmp_path / "out", "2027-03-20")

    assert result.exit_code == 0, result.output
    text = document_text((tmp_path / "out" / CASE / SUPERVISION).read_bytes())
    assert "Testowo, 10 marca 2027 r." in text  # the card is closed by the audit
    assert (
        "| 1 | Zarządzenie Nr 0050.123.2026 Burmistrza Miasta i Gminy Testowo | 06.11.2026 "
        "| BIP, 6.11.2026 | 06.11.2026 |" in text
    )
    assert (
        "| 2 | Uchwała Nr XV/123/2026 Rady Miejskiej w Testowie | 10.11.2026 "
        "| Dz. Urz. Woj. Wielkopolskiego z 2026 r. poz. 4567 | 02.12.2026 |" in text
    )
    assert (
        "| 1 | 20.11.2026 | Obsługa wniosków przez ePUAP (próba 20 wniosków) "
        "| Wszystkie rozpatrzone w 3 dni. | Anna Nowak |" in text
    )
    assert "| zamknięte | 23.11.2026 | skuteczne | Anna Nowak / 01.12.2026 |" in text
    assert (
        "Szczególny nadzór zakończono 10 marca 2027 r. pierwszym auditem wewnętrznym "
        "(raport nr RA/2/2027).\n"
        "Kryteria akceptacji określone w założeniach projektu (dokument 02):\n"
        "90% wniosków obsłużonych w 3 dni\n"
        "Ocena: ☒ kryteria spełnione    ☐ kryteria niespełnione" in text
    )


def test_at_step_8_the_09_form_says_no_supervision_took_place(tmp_path: Path) -> None:
    sheets = with_rows(through_step(8), s.ADOPTED_ACTS, ORDINANCE)
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 0, result.output
    text = document_text((tmp_path / "out" / CASE / SUPERVISION).read_bytes())
    assert "Testowo, ……………………… r." in text  # the document to sign next, undated
    assert "| Szczególnego nadzoru jeszcze nie rozpoczęto (krok 9). |" in text
    assert "nadzór nie został jeszcze rozpoczęty" in text
    assert "Zarządzenie Nr 0050.123.2026" in text  # the act was adopted: a fact
    for claim in ("zakończono", "Zamknięcie szczególnego nadzoru", "Kryteria akceptacji", "☒"):
        assert claim not in text


def test_the_criteria_assessed_before_the_audit_is_a_warning_at_its_field(
    tmp_path: Path,
) -> None:
    sheets = through_step(9)
    row = set_field(sheets, "Ocena kryteriów akceptacji", s.CRITERIA_MET)

    validation = validate_file(write_workbook(tmp_path / "projekt.xlsx", sheets), TODAY)

    assert [(i.location, i.is_error) for i in validation.issues] == [(f"Projekt!B{row}", False)]
    assert "wpisz też „Data przeprowadzenia pierwszego auditu”" in validation.issues[0].message


def test_init_writes_the_new_sheets_and_columns_with_drop_downs() -> None:
    book = build_blank_workbook()

    def drop_down(sheet: str, cell: str) -> str:
        lists = book[sheet].data_validations.dataValidation
        return next(v.formula1 for v in lists if v.type == "list" and cell in v.sqref)

    assert [c.value for c in book[s.ADOPTED_ACTS.name][1]] == [
        "Rodzaj aktu", "Numer", "Data przyjęcia", "Ogłoszenie", "Data wejścia w życie"
    ]
    assert drop_down(s.ADOPTED_ACTS.name, "A2") == '"zarządzenie,uchwała"'
    assert book[s.ADOPTED_ACTS.name]["B2"].number_format == "@"  # „12/2026” stays text
    assert [c.value for c in book[s.SUPERVISION_LOG.name][1]] == [
        "Data", "Co sprawdzono", "Ustalenia", "Sprawdził"
    ]
    assert [c.value for c in book[s.ACTIONS.name][1]][-2:] == [
        "Skuteczność zweryfikował", "Data weryfikacji"
    ]
    labels = [c.value for c in book[s.PROJECT_SHEET]["A"]]
    criteria = labels.index("Ocena kryteriów akceptacji") + 1
    assert drop_down(s.PROJECT_SHEET, f"B{criteria}") == '"spełnione,niespełnione"'
    report = labels.index("Nr raportu z auditu") + 1
    assert book[s.PROJECT_SHEET][f"B{report}"].number_format == "@"  # „1/2026” stays text


def test_a_workbook_read_back_has_the_typed_records(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "projekt.xlsx", completed_project())
    workbook = validate_file(path, datetime(2027, 3, 20).date()).workbook
    assert workbook is not None
    assert [(a.kind, a.number) for a in workbook.adopted_acts] == [
        ("zarządzenie", "0050.123.2026"),
        ("uchwała", "XV/123/2026"),
    ]
    assert workbook.supervision_log[0].checked_by == "Anna Nowak"
    assert workbook.actions[0].verified_on == datetime(2026, 12, 1).date()


# --- what Excel did to what was typed (hostile input, issue 12's new cells) ---------------

ACT_NUMBERS_EXCEL_CONVERTED = {
    # „12/2026” or „12.2026” typed into a General cell: Excel stores 1 December 2026
    "a date": (datetime(2026, 12, 1), "komórka zawiera datę 01.12.2026"),
    # „12.10” typed in a locale with a decimal point: Excel stores 12.1 and drops the zero
    "a fraction": (12.1, "komórka zawiera liczbę 12,1"),
}


@pytest.mark.parametrize("case", sorted(ACT_NUMBERS_EXCEL_CONVERTED))
def test_an_act_number_excel_turned_into_a_date_or_a_fraction_is_refused_at_its_cell(
    tmp_path: Path, case: str
) -> None:
    number, said = ACT_NUMBERS_EXCEL_CONVERTED[case]
    sheets = with_rows(through_step(9), s.ADOPTED_ACTS, [ORDINANCE[0], number, *ORDINANCE[2:]])
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 1
    assert f"projekt.xlsx: Akty!B2: błąd: {said}, a ma zawierać numer" in result.stderr
    assert "ustaw format komórki „Tekst” i wpisz numer ponownie" in result.stderr
    assert not (tmp_path / "out" / CASE).exists()


def test_an_act_number_typed_as_a_whole_number_is_printed_as_typed(tmp_path: Path) -> None:
    sheets = with_rows(through_step(9), s.ADOPTED_ACTS, [ORDINANCE[0], 123, *ORDINANCE[2:]])
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 0, result.output
    text = document_text((tmp_path / "out" / CASE / SUPERVISION).read_bytes())
    assert "| 1 | Zarządzenie Nr 123 Burmistrza Miasta i Gminy Testowo |" in text


def test_an_audit_report_number_excel_turned_into_a_date_is_refused_at_its_field(
    tmp_path: Path,
) -> None:
    sheets = through_step(9)
    set_field(sheets, "Data przeprowadzenia pierwszego auditu", datetime(2026, 11, 23))
    row = set_field(sheets, "Nr raportu z auditu", datetime(2026, 1, 1))  # „1/2026”

    validation = validate_file(write_workbook(tmp_path / "projekt.xlsx", sheets), TODAY)

    assert [(i.location, i.is_error) for i in validation.issues] == [(f"Projekt!B{row}", True)]
    assert validation.issues[0].message.startswith("komórka zawiera datę 01.01.2026")


@pytest.mark.parametrize("number", ["Nr", "nr.", " Nr  "])
def test_an_act_number_that_is_only_the_word_nr_is_refused(tmp_path: Path, number: str) -> None:
    sheets = with_rows(through_step(9), s.ADOPTED_ACTS, [ORDINANCE[0], number, *ORDINANCE[2:]])
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 1
    assert "projekt.xlsx: Akty!B2: błąd: w kolumnie „Numer” brak numeru aktu" in result.stderr
    assert not (tmp_path / "out" / CASE).exists()


def test_remarks_on_the_criteria_before_the_audit_are_a_warning_not_silently_left_out(
    tmp_path: Path,
) -> None:
    sheets = through_step(9)
    row = set_field(sheets, "Uwagi do oceny kryteriów akceptacji", "Czas obsługi: 4 dni")

    validation = validate_file(write_workbook(tmp_path / "projekt.xlsx", sheets), TODAY)

    assert [(i.location, i.is_error) for i in validation.issues] == [(f"Projekt!B{row}", False)]
    assert "wpisz też „Data przeprowadzenia pierwszego auditu”" in validation.issues[0].message
    assert "karta 09 ich nie pokaże" in validation.issues[0].message


def test_an_act_number_typed_with_the_acts_whole_name_is_refused(tmp_path: Path) -> None:
    typed = "Zarządzenie Nr 0050.123.2026 Burmistrza Miasta i Gminy Testowo"
    sheets = with_rows(through_step(9), s.ADOPTED_ACTS, [ORDINANCE[0], typed, *ORDINANCE[2:]])
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 1  # 09 would print „Zarządzenie Nr Zarządzenie Nr 0050…”
    assert "projekt.xlsx: Akty!B2: błąd: w kolumnie „Numer” wpisano nazwę aktu" in result.stderr
    assert not (tmp_path / "out" / CASE).exists()


def test_an_act_number_on_several_lines_is_refused_at_its_cell(tmp_path: Path) -> None:
    """Hostile review: „0050.123⏎2026” printed with a line break inside the act's name."""
    number = "0050.123\n.2026"
    sheets = with_rows(through_step(9), s.ADOPTED_ACTS, [ORDINANCE[0], number, *ORDINANCE[2:]])
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)

    result = generate(workbook, tmp_path / "out", "2026-11-24")

    assert result.exit_code == 1
    assert (
        "projekt.xlsx: Akty!B2: błąd: numer „0050.123 / .2026” zajmuje kilka wierszy komórki"
        in result.stderr
    )
    assert not (tmp_path / "out" / CASE).exists()
