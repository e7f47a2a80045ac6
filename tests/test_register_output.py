"""`szj register` as a user runs it, and what it leaves on disk: never over an input workbook
or a file it did not create without `--force`, nothing written for a folder that is not there,
its own registers never read as projects, a shared znak sprawy shown, no temporary litter."""

from __future__ import annotations

import errno
import os
import signal
import time
from pathlib import Path

import openpyxl
import pytest
from conftest import set_field, valid_sheets, write_workbook
from user_cli import Ran, szj

from generator import messages as msg
from generator.output import STALE_TEMPORARY_SECONDS, TEMPORARY_PREFIX, TEMPORARY_SUFFIX

DAY = ["--na-dzien", "2026-11-24"]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args: szj(monkeypatch, capsys, *args)


def projects(tmp_path: Path, count: int = 1) -> Path:
    folder = tmp_path / "projekty"
    folder.mkdir()
    for number in range(1, count + 1):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", f"OR.0123.{number}.2026")
        write_workbook(folder / f"projekt{number}.xlsx", sheets)
    return folder


def register_rows(path: Path) -> list[dict[str, object]]:
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    return [dict(zip(rows[1], row, strict=True)) for row in rows[2:]]  # under title, header


def temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"))


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_register_never_replaces_an_input_workbook(run, tmp_path: Path, force) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    workbook = folder / "projekt1.xlsx"
    before = workbook.read_bytes()
    ran: Ran = run("register", folder, "-o", workbook, *force, *DAY)
    assert ran.exit_code == 1
    assert msg.REGISTER_TARGET_IS_INPUT.format(target=workbook) in ran.stderr
    assert workbook.read_bytes() == before
    assert temporaries(folder) == []


def test_register_keeps_a_file_it_did_not_create_unless_forced(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    other = tmp_path / "inne" / "budzet.xlsx"
    other.parent.mkdir()
    write_workbook(other, {"Budżet": [["Pozycja", "Kwota"], ["Papier", 120]]})
    before = other.read_bytes()

    refused = run("register", folder, "-o", other, *DAY)
    assert refused.exit_code == 1
    assert msg.REGISTER_TARGET_FOREIGN.format(target=other) in refused.stderr
    assert other.read_bytes() == before

    forced = run("register", folder, "-o", other, "--force", *DAY)
    assert forced.exit_code == 0, forced.stderr
    assert [r["Plik"] for r in register_rows(other)] == ["projekt1.xlsx"]


def test_a_changed_register_needs_force_and_an_unchanged_one_is_left_alone(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    target = tmp_path / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    first = target.read_bytes()

    again = run("register", folder, "-o", target, *DAY)
    assert again.exit_code == 0, again.stderr
    assert again.stdout.startswith(f"{target}: rejestr bez zmian")
    assert target.read_bytes() == first

    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", "OR.0123.9.2026")
    write_workbook(folder / "projekt9.xlsx", sheets)
    changed = run("register", folder, "-o", target, *DAY)
    assert changed.exit_code == 1
    assert msg.REGISTER_EXISTS.format(target=target) in changed.stderr
    assert target.read_bytes() == first

    forced = run("register", folder, "-o", target, "--force", *DAY)
    assert forced.exit_code == 0, forced.stderr
    assert len(register_rows(target)) == 2


@pytest.mark.parametrize("existing", [True, False], ids=["register-kept", "nothing-created"])
def test_register_of_a_mistyped_folder_writes_nothing(run, tmp_path: Path, existing) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    target = tmp_path / "rejestr.xlsx"
    if existing:
        assert run("register", folder, "-o", target, *DAY).exit_code == 0
    before = target.read_bytes() if existing else None
    typo = tmp_path / "projkety"

    ran = run("register", typo, "-o", target, "--force", *DAY)

    assert ran.exit_code == 1
    assert ran.stderr == (
        "błąd: "
        + msg.REGISTER_FOLDER_MISSING.format(folder=typo, looked=typo.absolute())
        + "\n"
    )
    assert (target.read_bytes() if target.exists() else None) == before
    assert temporaries(tmp_path) == []


def test_register_of_a_folder_without_workbooks_keeps_the_register(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rejestr.xlsx"
    assert run("register", projects(tmp_path), "-o", target, *DAY).exit_code == 0
    before = target.read_bytes()
    empty = tmp_path / "pusty"
    empty.mkdir()
    ran = run("register", empty, "-o", target, "--force", *DAY)
    assert ran.exit_code == 1
    assert msg.REGISTER_NOT_WRITTEN.format(target=target) in ran.stderr
    assert target.read_bytes() == before


def test_a_register_inside_the_folder_is_never_read_as_a_project(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path, 2)
    target = folder / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    old_style = folder / "rejestr-2025.xlsx"  # written before registers carried a marker
    write_workbook(old_style, {"Rejestr projektów": [["Plik", "Znak sprawy"], ["a.xlsx", "X"]]})

    ran = run("register", folder, "-o", target, *DAY)

    assert ran.exit_code == 0, ran.stderr
    assert ran.stdout.startswith(f"{target}: rejestr bez zmian — 2 projekty")
    assert f"{target}: {msg.REGISTER_PASSED_OVER}" in ran.stderr
    assert f"{old_style}: {msg.REGISTER_PASSED_OVER}" in ran.stderr
    assert [r["Plik"] for r in register_rows(target)] == ["projekt1.xlsx", "projekt2.xlsx"]
    validated = run("validate", folder, *DAY)
    assert validated.exit_code == 0, validated.stderr


def test_a_shared_case_sign_is_marked_on_both_rows(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path, 2)
    sheets = valid_sheets()
    set_field(sheets, "Znak sprawy", "OR.0123.1.2026")
    write_workbook(folder / "projekt1-kopia.xlsx", sheets)
    target = tmp_path / "rejestr.xlsx"

    ran = run("register", folder, "-o", target, *DAY)

    assert ran.exit_code == 0, ran.stderr
    warning = msg.REGISTER_DUPLICATE_CASE_SIGN.format(
        sign="OR.0123.1.2026", files="projekt1-kopia.xlsx, projekt1.xlsx"
    )
    assert warning in ran.stderr
    rows = {r["Plik"]: r for r in register_rows(target)}
    assert rows["projekt1.xlsx"]["Uwagi"] == "ten sam znak sprawy co: projekt1-kopia.xlsx"
    assert rows["projekt1-kopia.xlsx"]["Uwagi"] == "ten sam znak sprawy co: projekt1.xlsx"
    assert not rows["projekt2.xlsx"]["Uwagi"]
    sheet = openpyxl.load_workbook(target).active
    fills = {sheet.cell(row=n, column=1).value: sheet.cell(row=n, column=1).fill.fgColor.rgb
             for n in (3, 4, 5)}
    assert fills["projekt1.xlsx"] == fills["projekt1-kopia.xlsx"] != fills["projekt2.xlsx"]


def test_register_does_not_write_through_a_link(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    elsewhere = tmp_path / "cudzy.xlsx"
    elsewhere.write_bytes(b"nie ruszac")
    link = tmp_path / "rejestr.xlsx"
    link.symlink_to(elsewhere)
    ran = run("register", folder, "-o", link, "--force", *DAY)
    assert ran.exit_code == 1
    assert msg.TARGET_IS_LINK.format(path=link) in ran.stderr
    assert link.is_symlink() and elsewhere.read_bytes() == b"nie ruszac"


def test_leftover_temporaries_beside_the_register_are_removed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    leftover = tmp_path / f"{TEMPORARY_PREFIX}zabity{TEMPORARY_SUFFIX}"
    leftover.write_bytes(b"PK\x03\x04 half a register")
    old = time.time() - STALE_TEMPORARY_SECONDS - 60
    os.utime(leftover, (old, old))
    assert run("register", folder, "-o", tmp_path / "rejestr.xlsx", *DAY).exit_code == 0
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("fault", ["refused", "terminated"])
def test_a_failed_or_terminated_write_leaves_the_register_and_no_temporary(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:  # type: ignore[no-untyped-def]
    folder = projects(tmp_path)
    target = tmp_path / "rejestr.xlsx"
    assert run("register", folder, "-o", target, *DAY).exit_code == 0
    before = target.read_bytes()
    real_fsync = os.fsync

    def failing_fsync(descriptor: int) -> None:
        if fault == "terminated":  # `kill` (SIGTERM) while the temporary file is written
            if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
                raise AssertionError("SIGTERM would end the run before its clean-up")
            os.kill(os.getpid(), signal.SIGTERM)
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    ran = run("register", folder, "-o", target, "--force", "--na-dzien", "2027-06-01")
    monkeypatch.setattr(os, "fsync", real_fsync)

    if fault == "terminated":
        assert ran.exit_code == 128 + signal.SIGTERM
    else:
        assert ran.exit_code == 1
        assert f"{target}: nie można zapisać — {msg.OUTPUT_NO_PERMISSION}" in ran.stderr
    assert target.read_bytes() == before
    assert temporaries(tmp_path) == []
