"""Run `szj` in-process exactly as the installed command does (`generator.cli.main`), so a
test sees the exit code, stdout and stderr a user sees — including the `błąd: …` line of an
`SzjError` — and fails on anything that would have been a traceback."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest

from generator.cli import main


@dataclass(frozen=True)
class Ran:
    exit_code: int
    stdout: str
    stderr: str


def szj(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: object) -> Ran:
    """`szj ARGS…` as typed in a terminal."""
    capsys.readouterr()  # drop what the test printed before
    with monkeypatch.context() as patched:
        patched.setattr(sys, "argv", ["szj", *map(str, args)])
        try:
            main()
            code = 0
        except SystemExit as exited:
            code = exited.code if isinstance(exited.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return Ran(code, out, err)
