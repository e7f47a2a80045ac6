"""Finding the workbooks a user names (files or folders) and checking each one.

Lock files of Excel and LibreOffice and registers written by `szj register` are passed
over; each workbook is validated into a `Checked` (its issues, or why it is unreadable).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator import messages as msg
from generator.domain.model import Issue, Severity
from generator.errors import InputFileError
from generator.reports.register_file import is_register
from generator.workbook.validate import Validation, validate_file

DEFAULT_INPUTS = Path("inputs")


@dataclass(frozen=True)
class Found:
    """Workbooks found under the paths a user gave, and what was passed over."""

    workbooks: tuple[Path, ...]
    lock_files: tuple[Path, ...]
    problems: tuple[str, ...]  # paths that do not exist or hold no workbook
    registers: tuple[Path, ...] = ()  # written by `szj register`, never read as projects
    open_in: Mapping[Path, str] = field(default_factory=dict)  # workbook → EXCEL/LIBREOFFICE


EXCEL, LIBREOFFICE = "Excel", "LibreOffice"


def is_lock_file(path: Path) -> bool:
    """Excel's owner file `~$name.xlsx` or LibreOffice's `.~lock.name.xlsx#`, kept beside a
    workbook while it is open."""
    name = path.name
    return name.startswith("~$") or (name.startswith(".~lock.") and name.endswith("#"))


def open_in(workbook: Path) -> str | None:
    """The program that has `workbook` open (its lock file lies beside it), or None."""
    if os.path.lexists(workbook.parent / f"~${workbook.name}"):
        return EXCEL
    if os.path.lexists(workbook.parent / f".~lock.{workbook.name}#"):
        return LIBREOFFICE
    return None


def find_workbooks(paths: Iterable[Path]) -> Found:
    """Expand files and folders into `.xlsx` workbooks, in a stable order.

    Lock files and registers written by `szj register` are passed over, never read as
    project workbooks; a workbook whose lock file lies beside it is noted in `open_in`.
    """
    paths = list(paths)
    workbooks: list[Path] = []
    locks: list[Path] = []
    registers: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.suffix.lower() == ".xlsx")
            if not candidates:
                problems.append(msg.NO_WORKBOOKS.format(where=path))
        elif path.exists():
            candidates = [path]
        else:
            problems.append(f"{path}: {_not_found(path)}")
            continue
        for candidate in candidates:
            if is_lock_file(candidate):
                locks.append(candidate)
            elif is_register(candidate):
                registers.append(candidate)
            else:
                workbooks.append(candidate)
    if not workbooks and not problems:  # e.g. only an Excel lock file was given
        problems.append(msg.NO_WORKBOOKS.format(where=", ".join(str(p) for p in paths)))
    unique = tuple(dict.fromkeys(workbooks))
    opened = {w: program for w in unique if (program := open_in(w))}
    return Found(unique, tuple(locks), tuple(problems), tuple(dict.fromkeys(registers)), opened)


def _not_found(path: Path) -> str:
    """A missing path named with where it was looked for: a name ending in `.xlsx` was a
    file; any other may have been a folder (`inputs`) or a file (`OR.0123.5.2026`)."""
    message = msg.PATH_NOT_FOUND if path.suffix.lower() == ".xlsx" else msg.PATH_NOT_FOUND_ANY
    return message.format(looked=path.absolute())


@dataclass(frozen=True)
class Checked:
    """One workbook after validation: its issues, or the reason it could not be read."""

    path: Path
    validation: Validation | None
    failure: str | None = None  # set when the file is not a workbook at all

    @property
    def ok(self) -> bool:
        return self.validation is not None and self.validation.ok

    @property
    def issues(self) -> tuple[Issue, ...]:
        if self.validation is None:
            return (Issue(Severity.ERROR, self.failure or ""),)
        return self.validation.issues

    def report_lines(self) -> list[str]:
        """`FILE: ARKUSZ!KOMÓRKA: błąd: …` lines, errors first."""
        if self.validation is None:
            return [f"{self.failure}"]
        ordered = sorted(self.issues, key=lambda i: not i.is_error)
        return [i.format(self.path.name) for i in ordered]

    def summary(self) -> str:
        """`projekt.xlsx: poprawny (1 ostrzeżenie)` or `projekt.xlsx: 2 błędy, 0 ostrzeżeń`."""
        if self.validation is None:
            return msg.SUMMARY_INVALID.format(
                file=self.path.name, errors=msg.errors(1), warnings=msg.warnings(0)
            )
        v = self.validation
        if v.ok:
            return msg.SUMMARY_VALID.format(
                file=self.path.name, warnings=msg.warnings(len(v.warnings))
            )
        return msg.SUMMARY_INVALID.format(
            file=self.path.name,
            errors=msg.errors(len(v.errors)),
            warnings=msg.warnings(len(v.warnings)),
        )


def check_workbook(path: Path, today: date) -> Checked:
    try:
        return Checked(path, validate_file(path, today))
    except InputFileError as e:
        return Checked(path, None, str(e))


def check_workbooks(
    paths: Sequence[Path], today: date, progress: Callable[[Path], None] | None = None
) -> list[Checked]:
    results = []
    for path in paths:
        results.append(check_workbook(path, today))
        if progress:
            progress(path)
    return results
