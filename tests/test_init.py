"""`szj init` as a user runs it: the blank workbook is written whole or not at all, never
through a link, never over a read-only file; file-system problems are Polish one-liners."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
import pytest
from user_cli import szj

from generator import messages as msg
from generator.documents.output import STALE_TEMPORARY_SECONDS, TEMPORARY_PREFIX, TEMPORARY_SUFFIX

PROJECT_ROOT = Path(__file__).resolve().parent.parent
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args: szj(monkeypatch, capsys, *args)


def temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"))


def test_init_writes_a_workbook_that_opens(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "projekt.xlsx"
    ran = run("init", path)
    assert ran.exit_code == 0, ran.stderr
    assert ran.stdout == msg.INIT_WRITTEN.format(path=path) + "\n"
    assert "Projekt" in openpyxl.load_workbook(path).sheetnames
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_init_never_writes_through_a_link(run, tmp_path: Path, force) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "inny" / "wazny.xlsx"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"wazne dane")
    link = tmp_path / "projekt.xlsx"
    link.symlink_to(elsewhere)
    ran = run("init", link, *force)
    assert ran.exit_code == 1
    assert ran.stderr == f"błąd: {msg.TARGET_IS_LINK.format(path=link)}\n"
    assert link.is_symlink() and elsewhere.read_bytes() == b"wazne dane"


def test_init_never_creates_a_file_through_a_dangling_link(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pointed = tmp_path / "gdzies" / "nowy.xlsx"
    pointed.parent.mkdir()
    link = tmp_path / "projekt.xlsx"
    link.symlink_to(pointed)
    ran = run("init", link)
    assert ran.exit_code == 1
    assert msg.TARGET_IS_LINK.format(path=link) in ran.stderr
    assert not pointed.exists()


def test_init_in_a_missing_folder_is_one_polish_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nie-ma" / "projekt.xlsx"
    ran = run("init", path)
    assert ran.exit_code == 1
    assert ran.stderr == (
        f"błąd: {msg.TARGET_FOLDER_MISSING.format(path=path, folder=path.parent)}\n"
    )
    assert not path.parent.exists()


def test_init_in_a_folder_it_may_not_write_is_one_polish_line(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # as a read-only folder does (not as root)
    path = tmp_path / "projekt.xlsx"
    ran = run("init", path)
    assert ran.exit_code == 1
    assert ran.stderr == f"błąd: {path}: nie można zapisać — {msg.OUTPUT_NO_PERMISSION}\n"
    assert not path.exists()


@pytest.mark.skipif(AS_ROOT, reason="root writes into a read-only folder anyway")
def test_init_in_a_read_only_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "tylko-odczyt"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        ran = run("init", folder / "projekt.xlsx")
    finally:
        folder.chmod(0o700)
    assert ran.exit_code == 1
    assert ran.stderr.startswith("błąd: ") and ran.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_init_force_keeps_a_read_only_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "projekt.xlsx"
    path.write_bytes(b"chroniony")
    path.chmod(0o444)
    ran = run("init", path, "--force")
    assert ran.exit_code == 1
    assert ran.stderr == f"błąd: {msg.TARGET_READ_ONLY.format(path=path)}\n"
    assert path.read_bytes() == b"chroniony" and path.stat().st_mode & 0o777 == 0o444


def test_init_force_replaces_a_writable_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "projekt.xlsx"
    path.write_bytes(b"stary")
    assert run("init", path).exit_code == 1 and path.read_bytes() == b"stary"
    assert run("init", path, "--force").exit_code == 0
    assert "Projekt" in openpyxl.load_workbook(path).sheetnames


def test_init_removes_a_temporary_file_a_killed_run_left(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leftover = tmp_path / f"{TEMPORARY_PREFIX}zabity{TEMPORARY_SUFFIX}"
    leftover.write_bytes(b"PK\x03\x04")
    old = time.time() - STALE_TEMPORARY_SECONDS - 60
    os.utime(leftover, (old, old))
    assert run("init", tmp_path / "projekt.xlsx").exit_code == 0
    assert temporaries(tmp_path) == []


# `python -m generator` killed with SIGKILL on the 5th zip member written: half a workbook.
_KILLED_WHILE_ZIPPING = """
import os, signal, sys, zipfile
real, calls = zipfile.ZipFile.writestr, [0]
def dying(*args, **kwargs):
    calls[0] += 1
    if calls[0] == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
zipfile.ZipFile.writestr = dying
sys.argv[0] = "szj"
from generator.cli import main
main()
"""


@pytest.mark.slow
def test_a_killed_init_leaves_no_truncated_workbook_and_the_rerun_completes(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "projekt.xlsx"
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_WHILE_ZIPPING, "init", str(path)],
        cwd=PROJECT_ROOT, capture_output=True, timeout=60, check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    assert not path.exists()
    ran = run("init", path)
    assert ran.exit_code == 0, ran.stderr
    assert "Projekt" in openpyxl.load_workbook(path).sheetnames
