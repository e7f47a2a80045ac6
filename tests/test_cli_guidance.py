"""Messages that tell a clerk what to do next (issue 17, item 5), checked as a user runs
`szj`: what is printed, where, and what is written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import set_field, valid_sheets, write_workbook
from user_cli import szj

DAY = ["--na-dzien", "24.11.2026"]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args: szj(monkeypatch, capsys, *args)


def test_init_adds_xlsx_to_a_bare_name_and_says_so(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ran = run("init", tmp_path / "projekt2")
    assert ran.exit_code == 0, ran.stderr
    written = tmp_path / "projekt2.xlsx"
    assert openpyxl.load_workbook(written).sheetnames  # a workbook Excel opens
    assert not (tmp_path / "projekt2").exists()
    assert f"{tmp_path / 'projekt2'}: nazwa nie kończyła się na .xlsx — dodano je: {written}" in (
        ran.stdout
    )


def test_init_keeps_the_dots_of_a_case_sign_name(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ran = run("init", tmp_path / "OR.0123.5.2026")
    assert ran.exit_code == 0, ran.stderr
    assert (tmp_path / "OR.0123.5.2026.xlsx").is_file()


def test_init_still_refuses_another_file_type(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ran = run("init", tmp_path / "projekt.xls")
    assert ran.exit_code == 1
    assert "nazwa pliku musi kończyć się na .xlsx" in ran.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_progress_label_when_stderr_is_not_a_terminal(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for number in (1, 2):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", f"OR.0123.{number}.2026")
        write_workbook(inputs / f"p{number}.xlsx", sheets)
    ran = run("generate", inputs, "-o", tmp_path / "out", *DAY)
    assert ran.exit_code == 0, ran.stderr
    assert "Generowanie" not in ran.stderr
    assert ran.stderr == ""
