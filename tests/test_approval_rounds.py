"""07, the approval sheet (issue 12, item 7): one dated, signed block per review round of the
Secretary; a decision still to take has empty tick boxes and a date line for the hand, never
a sentence that it happened; the same for the executive organ's approval (step 7)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.workbook import schema as s
from tests.docx_text import document_text
from tests.workbooks import Sheets, set_field, valid_sheets, write_workbook

CASE = "OR.0123.7.2026"
APPROVAL = "07_karta_zatwierdzenia.docx"
BLANK_DATE = "……………………… r."
SIGNED_BY_SECRETARY = (
    "|  | Analizy dokonała: / ……………………………………………… / (data i podpis) / "
    "Sekretarz Miasta i Gminy / Pełnomocnik ds. SZJ / Anna Nowak |"
)


def approval_text(tmp_path: Path, sheets: Sheets, *extra: str) -> str:
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["generate", str(workbook), "-o", str(out), "--na-dzien", "2026-11-24", *extra]
    )
    assert result.exit_code == 0, result.output
    return document_text((out / CASE / APPROVAL).read_bytes())


def round_block(number: int, submitted: str, accepted: bool, remarks: str, decided: str) -> str:
    return (
        f"Analiza nr {number} – projekt przedłożony {submitted}\n"
        f"{'☒' if accepted else '☐'} akceptuję projekt\n"
        f"{'☐' if accepted else '☒'} do poprawy – polecam wprowadzenie zmian\n"
        f"Uwagi i polecone zmiany: {remarks}\n"
        f"Data decyzji: {decided}\n" + SIGNED_BY_SECRETARY
    )


def test_a_returned_round_then_an_accepted_one_print_two_dated_signed_blocks(
    tmp_path: Path,
) -> None:
    # The test workbook: returned on 15 October, accepted on 30 October; step 7 in progress.
    text = approval_text(tmp_path, valid_sheets())
    first = round_block(
        1, "10 października 2026 r.", False, "Uzupełnić uzasadnienie", "15 października 2026 r."
    )
    second = round_block(2, "25 października 2026 r.", True, "—", "30 października 2026 r.")
    assert first + "\n" + second in text
    assert text.count("Analizy dokonała:") == 2
    assert "Projekt zaakceptowano w dniu 30 października 2026 r., po ponownej analizie." in text


def test_the_organs_decision_still_to_take_has_empty_boxes_and_a_date_line(
    tmp_path: Path,
) -> None:
    # Step 7 „w toku” with the day of submission: submitted, the Mayor has not decided.
    sheets = valid_sheets()
    sheets[s.STEPS.name][9][2] = datetime(2026, 11, 2)
    text = approval_text(tmp_path, sheets)
    assert "części 1 przedłożono Burmistrzowi do zatwierdzenia." in text
    assert "Data przedłożenia Burmistrzowi: 2 listopada 2026 r." in text
    assert (
        "☐ zatwierdzam dokumenty i kieruję projekt uchwały pod obrady Rady Miejskiej "
        f"w Testowie\n☐ nie zatwierdzam\nData decyzji: {BLANK_DATE}"
    ) in text
    assert "zatwierdzono" not in text
    assert "Decyzję podjął: / ……" in text  # Jan Kowalski


@pytest.mark.parametrize("status", ["nie rozpoczęto", "w toku"])
def test_a_project_not_yet_submitted_to_the_organ_is_not_said_to_be(
    tmp_path: Path, status: str
) -> None:
    """Step 7 not started, or „w toku” with no date: no sentence says it was submitted (it
    said „przedłożono” beside a blank date line)."""
    sheets = valid_sheets()
    sheets[s.STEPS.name][9][4] = status
    text = approval_text(tmp_path, sheets)
    assert "części 1 przedkłada się Burmistrzowi do zatwierdzenia." in text
    assert "przedłożono" not in text
    assert f"Data przedłożenia Burmistrzowi: {BLANK_DATE}" in text


def _second_round_pending(sheets: Sheets) -> Sheets:
    """The second submission is in, the Secretary has not decided; nothing after."""
    steps = sheets[s.STEPS.name]
    steps[8][2:7] = [None, None, "w toku", None, None]
    for row in steps[9:]:
        row[2:7] = [None, None, "nie rozpoczęto", None, None]
    return sheets


def test_a_round_not_decided_prints_tick_boxes_and_a_blank_date(tmp_path: Path) -> None:
    text = approval_text(tmp_path, _second_round_pending(valid_sheets()))
    pending = (
        "Analiza nr 2 – projekt przedłożony 25 października 2026 r.\n"
        "☐ akceptuję projekt\n☐ do poprawy – polecam wprowadzenie zmian\n"
        "Uwagi i polecone zmiany: …………"
    )
    assert pending in text
    assert f"Data decyzji: {BLANK_DATE}\n{SIGNED_BY_SECRETARY}" in text
    assert "Projekt oczekuje na decyzję Sekretarza." in text
    assert "zaakceptowano" not in text and text.count("☒") == 1  # round 1's „do poprawy”
    assert text.startswith(f"[nagłówek] Urząd Miasta i Gminy Testowo\tZnak sprawy: {CASE}\n"
                           f"Testowo, {BLANK_DATE}")


def test_after_a_return_the_next_round_is_left_to_fill_in(tmp_path: Path) -> None:
    # Round 1 returned, the corrected project not yet submitted: 07 is a form (--wszystkie).
    sheets = valid_sheets()
    for row in sheets[s.STEPS.name][7:]:
        row[2:7] = [None, None, "nie rozpoczęto", None, None]
    text = approval_text(tmp_path, sheets, "--wszystkie")
    assert "☒ do poprawy – polecam wprowadzenie zmian\nUwagi i polecone zmiany: Uzupełnić" in text
    assert (
        f"Analiza nr 2 – projekt przedłożony {BLANK_DATE}\n"
        "☐ akceptuję projekt\n☐ do poprawy – polecam wprowadzenie zmian"
    ) in text
    assert "W dniu 15 października 2026 r. polecono wprowadzenie zmian w projekcie." in text


def test_a_wojt_office_approves_as_the_wojt(tmp_path: Path) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Organ wykonawczy", "Wójt Gminy Testowo")
    for row in sheets[s.PROJECT_SHEET]:
        if row[0] == "Wymaga zatwierdzenia Burmistrza":
            row[0] = "Wymaga zatwierdzenia Wójta"
    sheets[s.PEOPLE.name][2] = ["Ewa Nowicka", "Wójt Gminy Testowo", None, s.ROLE_WOJT]
    sheets[s.STEPS.name][9][2:6] = [datetime(2026, 11, 2), "Ewa Nowicka", "wykonano",
                                    "zatwierdzono"]
    text = approval_text(tmp_path, sheets)
    assert "3. Zatwierdzenie przez Wójta" in text and "Burmistrz" not in text
    assert "☒ zatwierdzam dokumenty" in text and "Data decyzji: 2 listopada 2026 r." in text
    assert "Decyzję podjęła: / ……………………………………………… / (data i podpis) / Wójt Gminy Testowo" in text
