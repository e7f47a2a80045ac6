"""Faults while writing documents: a run killed mid-way, an unwritable folder, a full disk,
a document held open in Word, something in the way of a file or folder.

Each must leave every document whole (old or new, never half-written), say in Polish what
happened and where, exit 1 without a traceback, and let the next run complete. Kills are
real (`SIGKILL`, so no `finally` runs); the other faults are simulated where the test runs as
root (permissions do not bite) or cannot fill a disk.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result
from workbooks import set_field, valid_sheets, write_workbook

from generator.cli import cli
from generator.documents.output import TEMPORARY_PREFIX, TEMPORARY_SUFFIX

pytestmark = pytest.mark.slow  # LibreOffice, a browser, killed processes or Hypothesis

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DAY = ["--na-dzien", "2026-11-24"]
CASE_SIGN = "OR.0123.7.2026"
DOCUMENTS = 8  # the test workbook stands at step 7: 09 (step 9) is not produced yet
NO_PERMISSION = "brak uprawnień do zapisu lub plik jest otwarty w innym programie (np. w Wordzie)"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def make_batch(folder: Path, count: int) -> Path:
    """`count` valid workbooks, each with its own Znak sprawy (so its own project folder)."""
    folder.mkdir()
    for number in range(1, count + 1):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", f"OR.0123.{number}.2026")
        write_workbook(folder / f"projekt{number}.xlsx", sheets)
    return folder


def make_workbook(folder: Path, title: str = "Elektroniczna obsługa wniosków") -> Path:
    sheets = valid_sheets()
    set_field(sheets, "Tytuł projektu", title)
    folder.mkdir(exist_ok=True)
    return write_workbook(folder / "projekt.xlsx", sheets)


def generate(*args: object) -> Result:
    result = CliRunner().invoke(cli, ["generate", *map(str, args), *DAY])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result


def documents(output: Path) -> list[Path]:
    return sorted(output.rglob("*.docx"))


def temporaries(output: Path) -> list[Path]:
    return sorted(output.rglob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"))


def assert_whole(output: Path) -> None:
    """Every document there opens: a complete zip that Word's reader (python-docx) loads."""
    for path in documents(output):
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None, path
        docx.Document(str(path))
    for path in output.rglob("*"):
        if path.is_file() and path not in temporaries(output):
            assert path.suffix in (".docx", ".json"), f"unexpected file {path}"


def snapshot(output: Path) -> dict[str, bytes]:
    return {str(p.relative_to(output)): p.read_bytes() for p in sorted(output.rglob("*"))
            if p.is_file()}


# --- killed runs --------------------------------------------------------------------------

# `python -m generator` that kills its whole process group (itself and any worker processes)
# with SIGKILL on the n-th call of an `os` function: a power cut at a chosen point.
_KILLED_ON_CALL = """
import os, signal, sys
function, when = sys.argv.pop(1), int(sys.argv.pop(1))
real, calls = getattr(os, function), [0]
def dying(*args, **kwargs):
    calls[0] += 1
    if calls[0] == when:
        os.killpg(os.getpgrp(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, function, dying)
sys.argv[0] = "szj"
from generator.cli import main
main()
"""


def run_killed_on(function: str, call: int, inputs: Path, output: Path) -> int:
    completed = subprocess.run(
        [sys.executable, "-c", _KILLED_ON_CALL, function, str(call), "generate", str(inputs),
         "-o", str(output), *DAY],
        cwd=PROJECT_ROOT,
        env={**os.environ, "SZJ_CACHE_DIR": ""},  # count only the documents' own calls
        capture_output=True,
        timeout=120,
        start_new_session=True,  # its own process group, so the kill reaches no one else
        check=False,
    )
    return completed.returncode


@pytest.mark.parametrize(
    ("function", "call"),
    [
        ("replace", 3),  # between renames: some documents of the first project in place
        ("replace", 14),  # in the second project
        ("fsync", 5),  # while writing temporary files: none renamed yet
    ],
)
def test_a_killed_run_leaves_only_whole_documents_and_the_next_run_completes(
    tmp_path: Path, function: str, call: int
) -> None:
    inputs = make_batch(tmp_path / "wejscie", 3)
    output = tmp_path / "wynik"
    assert run_killed_on(function, call, inputs, output) == -signal.SIGKILL
    assert_whole(output)
    if function == "fsync":  # killed while staging: temporary files, no document renamed
        assert documents(output) == [] and temporaries(output) != []
    else:  # killed between renames: some documents in place, not all
        assert 0 < len(documents(output)) < 3 * DOCUMENTS

    result = generate(inputs, "-o", output)
    assert result.exit_code == 0, result.output
    assert len(documents(output)) == 3 * DOCUMENTS
    assert_whole(output)


def test_a_run_killed_from_outside_leaves_only_whole_documents(tmp_path: Path) -> None:
    """`kill -9` on the process group as soon as the first document appears."""
    inputs = make_batch(tmp_path / "wejscie", 6)
    output = tmp_path / "wynik"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(inputs), "-o", str(output), *DAY],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not documents(output) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert_whole(output)

    result = generate(inputs, "-o", output)
    assert result.exit_code == 0, result.output
    assert len(documents(output)) == 6 * DOCUMENTS
    assert_whole(output)


def test_temporary_files_of_a_killed_run_are_removed_by_the_next_run(tmp_path: Path) -> None:
    """With the project folder locked no other run can be writing there, so every temporary
    file is a leftover, however fresh (it used to stay for ten minutes)."""
    source = make_workbook(tmp_path / "wejscie")
    output = tmp_path / "wynik"
    folder = output / CASE_SIGN
    folder.mkdir(parents=True)
    leftovers = [folder / f"{TEMPORARY_PREFIX}killed{n}{TEMPORARY_SUFFIX}" for n in range(2)]
    for leftover in leftovers:
        leftover.write_bytes(b"PK\x03\x04 half a document")

    result = generate(source, "-o", output)
    assert result.exit_code == 0, result.output
    assert temporaries(output) == []
    assert len(documents(output)) == DOCUMENTS
    assert_whole(output)


# --- faults simulated in-process ----------------------------------------------------------


def failing(real, error: OSError, *, on_call: int = 1, when=lambda *args: True):  # type: ignore[no-untyped-def]
    """`real`, except that from its `on_call`-th matching call on it raises `error`."""
    calls = [0]

    def fake(*args, **kwargs):  # type: ignore[no-untyped-def]
        if when(*args):
            calls[0] += 1
            if calls[0] >= on_call:
                raise error
        return real(*args, **kwargs)

    return fake


def test_unwritable_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_workbook(tmp_path / "wejscie")
    output = tmp_path / "wynik"
    denied = PermissionError(errno.EACCES, "Permission denied")
    creating = lambda name, flags, *rest: bool(flags & os.O_CREAT)  # noqa: E731
    monkeypatch.setattr(os, "open", failing(os.open, denied, when=creating))

    result = generate(source, "-o", output)
    assert result.exit_code == 1
    folder = output / CASE_SIGN
    assert f"{folder / '01_decyzja_o_podjeciu_prac.docx'}: nie można zapisać — {NO_PERMISSION}" in (
        result.stderr
    )
    assert "projekt.xlsx: nie wygenerowano dokumentów" in result.stderr
    assert documents(output) == [] and temporaries(output) == []


@pytest.mark.skipif(AS_ROOT, reason="root writes into a read-only folder anyway")
def test_read_only_output_folder_for_real(tmp_path: Path) -> None:
    source = make_workbook(tmp_path / "wejscie")
    output = tmp_path / "wynik"
    output.mkdir()
    output.chmod(0o500)
    try:
        result = generate(source, "-o", output)
    finally:
        output.chmod(0o700)
    assert result.exit_code == 1
    assert NO_PERMISSION in result.stderr
    assert list(output.iterdir()) == []


def test_read_only_file_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_workbook(tmp_path / "wejscie")
    output = tmp_path / "wynik"
    read_only = OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(Path, "mkdir", failing(Path.mkdir, read_only))
    result = generate(source, "-o", output)
    assert result.exit_code == 1
    assert f"{output / CASE_SIGN}: nie można zapisać — katalog jest tylko do odczytu" in (
        result.stderr
    )


def test_full_disk_changes_no_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills while writing the third document of a run that replaces the old ones."""
    output = tmp_path / "wynik"
    assert generate(make_workbook(tmp_path / "wejscie"), "-o", output).exit_code == 0
    before = snapshot(output)
    source = make_workbook(tmp_path / "wejscie", title="Nowy tytuł po zmianach")
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", failing(os.fsync, full, on_call=3))

    result = generate(source, "-o", output, "--force")
    assert result.exit_code == 1
    document = output / CASE_SIGN / "03_wykaz_zasobow.docx"
    assert f"{document}: nie można zapisać — brak miejsca na dysku" in result.stderr
    assert snapshot(output) == before  # every old document intact, no temporary file left


def test_full_disk_on_a_first_run_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "wynik"
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", failing(os.fsync, full, on_call=2))
    result = generate(make_workbook(tmp_path / "wejscie"), "-o", output, "--force")
    assert result.exit_code == 1
    assert "brak miejsca na dysku" in result.stderr
    assert documents(output) == [] and temporaries(output) == []


def test_document_open_in_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file Word holds open (simulated: a rename refused)."""
    output = tmp_path / "wynik"
    assert generate(make_workbook(tmp_path / "wejscie"), "-o", output).exit_code == 0
    before = snapshot(output)
    source = make_workbook(tmp_path / "wejscie", title="Nowy tytuł po zmianach")
    locked = output / CASE_SIGN / "03_wykaz_zasobow.docx"
    held = PermissionError(errno.EACCES, "The process cannot access the file")
    refused = failing(os.replace, held, when=lambda _, target: Path(target).name == locked.name)
    monkeypatch.setattr(os, "replace", refused)

    result = generate(source, "-o", output, "--force")
    assert result.exit_code == 1
    assert f"{locked}: nie można zapisać — {NO_PERMISSION}" in result.stderr
    after = snapshot(output)
    name = f"{CASE_SIGN}/03_wykaz_zasobow.docx"
    assert after[name] == before[name]  # the held document is untouched
    assert after[f"{CASE_SIGN}/manifest.json"] == before[f"{CASE_SIGN}/manifest.json"]
    assert set(after) == set(before) and temporaries(output) == []
    assert_whole(output)

    monkeypatch.undo()  # Word closed: the next run completes
    result = generate(source, "-o", output, "--force")
    assert result.exit_code == 0, result.output
    assert snapshot(output)[name] != before[name]


def test_a_file_where_the_project_folder_should_be(tmp_path: Path) -> None:
    output = tmp_path / "wynik"
    output.mkdir()
    (output / CASE_SIGN).write_text("notatka", encoding="utf-8")
    result = generate(make_workbook(tmp_path / "wejscie"), "-o", output)
    assert result.exit_code == 1
    reason = "w miejscu katalogu jest plik o tej nazwie"
    assert f"{output / CASE_SIGN}: nie można zapisać — {reason}" in result.stderr
    assert (output / CASE_SIGN).read_text(encoding="utf-8") == "notatka"


def test_a_folder_where_a_document_should_be(tmp_path: Path) -> None:
    output = tmp_path / "wynik"
    in_the_way = output / CASE_SIGN / "01_decyzja_o_podjeciu_prac.docx"
    in_the_way.mkdir(parents=True)
    result = generate(make_workbook(tmp_path / "wejscie"), "-o", output)
    assert result.exit_code == 1
    assert f"{in_the_way}: nie można zapisać — " in result.stderr
    assert documents(output) == [in_the_way]  # the folder, untouched; nothing else written
    assert temporaries(output) == []
