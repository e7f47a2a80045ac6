"""A workbook open in Excel or LibreOffice is read from its last save: every command that
reads it says so on that workbook, and the lock files themselves are never read as input."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from user_cli import szj
from workbooks import valid_sheets, write_workbook

DAY = ["--na-dzien", "2026-11-24"]
EXCEL_WARNING = (
    "projekt.xlsx: ostrzeżenie: jest otwarty w Excelu — zapisz i zamknij go; niezapisane "
    "zmiany nie zostaną uwzględnione"
)
LIBREOFFICE_WARNING = EXCEL_WARNING.replace("w Excelu", "w LibreOffice")
LOCKS = {
    "excel": ("~$projekt.xlsx", EXCEL_WARNING),
    "libreoffice": (".~lock.projekt.xlsx#", LIBREOFFICE_WARNING),
}


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args: szj(monkeypatch, capsys, *args)


def open_workbook(tmp_path: Path, lock: str) -> Path:
    folder = tmp_path / "projekty"
    folder.mkdir()
    write_workbook(folder / "projekt.xlsx", valid_sheets())
    owner = "Jan Kowalski".encode("utf-16-le")
    (folder / lock).write_bytes(bytes([len("Jan Kowalski")]) + owner.ljust(161, b" "))
    return folder


@pytest.mark.parametrize("program", LOCKS)
@pytest.mark.parametrize("command", ["validate", "status", "generate", "register"])
def test_every_reading_command_warns_on_an_open_workbook(
    run, tmp_path: Path, command: str, program: str
) -> None:  # type: ignore[no-untyped-def]
    lock, warning = LOCKS[program]
    folder = open_workbook(tmp_path, lock)
    extra = {"generate": ["-o", tmp_path / "wynik"], "register": ["-o", tmp_path / "r.xlsx"]}
    ran = run(command, folder, *extra.get(command, []), *DAY)
    assert ran.exit_code == 0, ran.stderr
    assert f"{folder}/{warning}" in ran.stderr.splitlines()
    assert "błąd" not in ran.stderr  # the lock file itself is not read as a workbook


def test_the_register_row_says_the_workbook_is_open(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = open_workbook(tmp_path, "~$projekt.xlsx")
    target = tmp_path / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[2:]] == ["projekt.xlsx"]  # under the title and the header
    remarks = dict(zip(rows[1], rows[2], strict=True))["Uwagi"]
    assert "otwarty w Excelu — niezapisane zmiany nie zostały uwzględnione" in remarks


def test_a_closed_workbook_gets_no_warning(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = open_workbook(tmp_path, "~$inny.xlsx")  # a lock of another, closed-since file
    ran = run("validate", folder, *DAY)
    assert ran.exit_code == 0
    assert "jest otwarty" not in ran.stderr
