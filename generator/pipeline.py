"""The pipeline as a library: find workbooks, validate them, generate their documents.

No Click here. The CLI and a future web page call these functions and print the results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator import messages as msg
from generator.errors import InputFileError
from generator.model import Issue, Severity
from generator.validate import Validation, validate_file

DEFAULT_INPUTS = Path("inputs")
DEFAULT_OUTPUT = Path("output")


@dataclass(frozen=True)
class Found:
    """Workbooks found under the paths a user gave, and what was passed over."""

    workbooks: tuple[Path, ...]
    lock_files: tuple[Path, ...]
    problems: tuple[str, ...]  # paths that do not exist or hold no workbook


def is_lock_file(path: Path) -> bool:
    """Excel's owner file `~$name.xlsx`, left beside a workbook open in Excel."""
    return path.name.startswith("~$")


def find_workbooks(paths: Iterable[Path]) -> Found:
    """Expand files and folders into `.xlsx` workbooks, in a stable order."""
    workbooks: list[Path] = []
    locks: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.suffix.lower() == ".xlsx")
            if not candidates:
                problems.append(msg.NO_WORKBOOKS.format(where=path))
        elif path.exists():
            candidates = [path]
        else:
            problems.append(f"{path}: {msg.FILE_NOT_FOUND}")
            continue
        for candidate in candidates:
            (locks if is_lock_file(candidate) else workbooks).append(candidate)
    return Found(tuple(dict.fromkeys(workbooks)), tuple(locks), tuple(problems))


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
