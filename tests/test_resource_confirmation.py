"""Step 8's confirmation that each resource was provided (issue 12, rule 6): the `Zasoby`
columns „Data zapewnienia” and „Zapewnił”, their rules, and document 12 that records them.

Every workbook is written inline (`workbooks.valid_sheets`: step 7 at the Mayor's, step 4
done on 25.09.2026); `_step_8_done` completes steps 7 and 8 (8 on 10.11.2026).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from user_cli import szj
from workbooks import TODAY, Sheets, ensure_resources, set_cell, valid_sheets, write_workbook

from generator.workbook import schema as s
from tests.docx_text import document_text

DOCUMENT = "12_potwierdzenie_zapewnienia_zasobow.docx"
CASE = "OR.0123.7.2026"
DAY = TODAY.isoformat()


def _step_8_done(sheets: Sheets) -> Sheets:
    steps = sheets[s.STEPS.name]
    steps[9][2:6] = [datetime(2026, 11, 5), "Jan Kowalski", "wykonano", "zatwierdzono"]
    steps[10][2:5] = [datetime(2026, 11, 10), "Anna Nowak", "wykonano"]
    return sheets


def _made_before_the_columns(sheets: Sheets) -> Sheets:
    """The Zasoby sheet of a workbook made before step 8's columns were added."""
    kept = [i for i, c in enumerate(s.RESOURCES.columns) if not c.added]
    sheets[s.RESOURCES.name] = [[row[i] for i in kept] for row in sheets[s.RESOURCES.name]]
    return sheets


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    def go(command: str, sheets: Sheets, *options: str):
        path = write_workbook(tmp_path / "projekt.xlsx", sheets)
        arguments = ["-o", tmp_path / "wynik"] if command == "generate" else []
        return szj(monkeypatch, capsys, command, path, *arguments, "--na-dzien", DAY, *options)

    return go


def _document(tmp_path: Path) -> str:
    return document_text((tmp_path / "wynik" / CASE / DOCUMENT).read_bytes())


def _rows(text: str) -> list[dict[str, str]]:
    """The resource table of 12, each row by the column names of its header."""
    lines = [line.replace("\u00a0", " ") for line in text.splitlines() if line.startswith("| ")]
    header = next(line for line in lines if line.startswith("| Lp. |"))
    names = [cell.strip() for cell in header.strip("| ").split(" | ")]
    cells = (
        [cell.strip() for cell in line.strip("| ").split(" | ")]
        for line in lines[lines.index(header) + 1 :]
    )
    return [dict(zip(names, row, strict=True)) for row in cells if len(row) == len(names)]


# --- old workbooks ------------------------------------------------------------------------


def test_a_workbook_made_before_the_columns_validates_and_generates(run, tmp_path: Path) -> None:
    sheets = _made_before_the_columns(_step_8_done(valid_sheets()))
    for row in sheets[s.RESOURCES.name][1:]:
        row[9] = s.RESOURCE_ENSURED
    assert "Data zapewnienia" not in sheets[s.RESOURCES.name][0]

    checked = run("validate", sheets)
    assert checked.exit_code == 0, checked.stderr
    assert "błąd" not in checked.stdout + checked.stderr
    generated = run("generate", sheets)
    assert generated.exit_code == 0, generated.stderr
    text = _document(tmp_path)
    assert "Testowo, 10 listopada 2026 r." in text
    [first, second] = _rows(text)
    assert first["Zasób"] == "Czytnik dowodów osobistych"
    # no date, no person: nothing invented
    assert (first["Data zapewnienia"], first["Zapewnił/a"], first["Status"]) == (
        "—",
        "—",
        "zapewniony",
    )


# --- bad input: errors naming the cell, nothing written -------------------------------------


def _confirmed(on: object, by: object = "Ewa Wiśniewska") -> Sheets:
    sheets = valid_sheets()
    set_cell(sheets, s.RESOURCES.name, 1, "Data zapewnienia", on)
    set_cell(sheets, s.RESOURCES.name, 1, "Zapewnił", by)
    set_cell(sheets, s.RESOURCES.name, 1, "Status", s.RESOURCE_ENSURED)
    return sheets


def _step_4_undone(sheets: Sheets) -> Sheets:
    for row in sheets[s.STEPS.name][4:]:  # steps 4 … 9: not started
        row[2:7] = [None, None, "nie rozpoczęto", None, None]
    return sheets


def _no_date_once_step_8_is_done() -> Sheets:
    sheets = _step_8_done(ensure_resources(valid_sheets()))
    set_cell(sheets, s.RESOURCES.name, 2, "Data zapewnienia", None)
    return sheets


BAD = {
    "before step 4": (
        _confirmed(datetime(2026, 9, 20)),
        "Zasoby!K2",
        "data zapewnienia 20.09.2026 jest wcześniejsza niż określenie zasobów w kroku 4 "
        "(25.09.2026)",
    ),
    "step 4 not done": (
        _step_4_undone(_confirmed(datetime(2026, 9, 20))),
        "Zasoby!K2",
        "wpisano datę zapewnienia 20.09.2026, choć krok 4 (określenie zasobów) nie jest wykonany",
    ),
    "after step 8": (
        _step_8_done(ensure_resources(valid_sheets(), on=datetime(2026, 11, 12))),
        "Zasoby!K3",
        "data zapewnienia 12.11.2026 jest późniejsza niż data wykonania kroku 8 (10.11.2026), "
        "którą nosi potwierdzenie zapewnienia zasobów (dokument 12)",
    ),
    "no date once step 8 is done": (
        _no_date_once_step_8_is_done(),
        "Zasoby!K3",
        "zasób ma status „zapewniony”, a krok 8 jest wykonany — wpisz datę zapewnienia "
        "(kolumna „Data zapewnienia”)",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_confirmation_is_an_error_at_its_cell_and_nothing_is_written(
    run, tmp_path: Path, case: str
) -> None:
    sheets, cell, message = BAD[case]
    generated = run("generate", sheets)
    assert generated.exit_code == 1
    assert f"projekt.xlsx: {cell}: błąd: {message}" in generated.stderr
    assert not (tmp_path / "wynik").exists() or not any((tmp_path / "wynik").rglob("*.docx"))


def test_a_confirmation_by_someone_not_in_osoby_or_of_a_resource_not_ensured_warns(run) -> None:
    sheets = _confirmed(datetime(2026, 10, 1), by="Jan Nieznany")
    set_cell(sheets, s.RESOURCES.name, 1, "Status", s.RESOURCE_ACCEPTED)
    checked = run("validate", sheets)
    assert checked.exit_code == 0
    out = checked.stdout + checked.stderr
    assert "Zasoby!L2: ostrzeżenie: osoba „Jan Nieznany” nie występuje w arkuszu Osoby" in out
    assert (
        "Zasoby!J2: ostrzeżenie: wpisano datę zapewnienia, a zasób nie ma statusu „zapewniony”"
        in out
    )


def test_a_confirmation_that_does_not_say_how_warns_at_its_cell(run) -> None:
    """Review: 12 stated the resources were provided „w sposób podany w tabeli” beside a row
    whose „Sposób zapewnienia” was „—”."""
    sheets = _confirmed(datetime(2026, 10, 1))
    column = [c.label for c in s.RESOURCES.columns].index("Sposób zapewnienia")
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[column]
    checked = run("validate", sheets)
    out = checked.stdout + checked.stderr
    assert f"Zasoby!{letter}2: ostrzeżenie: wpisano datę zapewnienia, ale nie sposób" in out
    set_cell(sheets, s.RESOURCES.name, 1, "Sposób zapewnienia", "umowa nr 12/2026")
    again = run("validate", sheets)
    assert f"Zasoby!{letter}2:" not in again.stdout + again.stderr


# --- document 12: a record only once step 8 is done ----------------------------------------


def test_at_step_7_document_12_is_made_only_as_a_form_with_wszystkie(run, tmp_path: Path) -> None:
    assert run("generate", valid_sheets()).exit_code == 0
    assert not (tmp_path / "wynik" / CASE / DOCUMENT).exists()

    assert run("generate", valid_sheets(), "--wszystkie", "--force").exit_code == 0
    text = _document(tmp_path)
    assert "WZÓR" in text and "……………………… r." in text
    assert "zostały zapewnione" not in text and "Potwierdzam, że" not in text
    assert "(dokument 03) – krok 8 procedury. Przy każdym zasobie wpisuje się datę" in text


def test_completed_step_8_is_recorded_with_its_date_who_and_when(run, tmp_path: Path) -> None:
    sheets = _step_8_done(ensure_resources(valid_sheets(), on=datetime(2026, 11, 6)))
    set_cell(sheets, s.RESOURCES.name, 2, "Zapewnił", "ANNA  NOWAK")  # matched like any name
    assert run("generate", sheets).exit_code == 0
    text = _document(tmp_path)
    assert "Testowo, 10 listopada 2026 r." in text
    assert "WZÓR" not in text
    assert "zostały zapewnione w dniach" in text
    first, second = _rows(text)
    assert (first["Lp."], first["Zasób"], first["Ilość"], first["J.m."]) == (
        "1",
        "Czytnik dowodów osobistych",
        "2",
        "szt.",
    )
    assert first["Data zapewnienia"] == second["Data zapewnienia"] == "06.11.2026"
    assert first["Zapewnił/a"] == "Ewa Wiśniewska (Kierownik Referatu Organizacyjnego)"
    assert second["Zapewnił/a"] == "ANNA  NOWAK (Sekretarz Miasta i Gminy)"
    assert first["Status"] == second["Status"] == "zapewniony"
    assert "Potwierdzam: / ……………………………………………… / (data i podpis) / Sekretarz Miasta i Gminy" in text
