"""The output folder as a record store: one version of a project at a time, written only
into the folder opened, only over regular files, never silently leaving stale records.

Concurrency is tested with real processes (two runs at once, a pool whose parent is killed);
a swap of the folder mid-run is simulated at the moment the first document is flushed.
"""

from __future__ import annotations

import errno
import hashlib
import json
import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from workbooks import TODAY, set_field, valid_sheets, write_workbook

from generator import pipeline
from generator.cli import cli
from generator.documents import output

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DAY = ["--na-dzien", "2026-11-24"]
CASE_SIGN = "OR.0123.7.2026"
DECISION = "01_decyzja_o_podjeciu_prac.docx"
STATUTE = "06_projekt_uchwaly_statut.docx"
CANNOT_WRITE = "nie można zapisać — "


def generate(*args: object) -> Result:
    result = CliRunner().invoke(cli, ["generate", *map(str, args), *DAY])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}") from result.exception
    return result


def workbook(path: Path, title: str = "Elektroniczna obsługa wniosków", **fields: str) -> Path:
    sheets = valid_sheets()
    set_field(sheets, "Tytuł projektu", title)
    for label, value in fields.items():
        set_field(sheets, label, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_workbook(path, sheets)


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def manifest_matches_disk(folder: Path) -> bool:
    """Every document the manifest lists is on disk with that hash, and no other is."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {name: entry["sha256"] for name, entry in manifest["documents"].items()}
    on_disk = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.docx")
    }
    return listed == on_disk


# --- one version per project: the lock and duplicate znaki --------------------------------


def test_a_run_waits_for_the_lock_and_stops_with_a_polish_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run holding the project folder: this one waits, then stops, writing nothing."""
    import fcntl

    out = tmp_path / "out"
    folder = out / CASE_SIGN
    folder.mkdir(parents=True)
    monkeypatch.setattr(output, "LOCK_WAIT_SECONDS", 0.3)
    held = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = generate(workbook(tmp_path / "projekt.xlsx"), "-o", out)
    finally:
        os.close(held)
    assert result.exit_code == 1
    assert (
        f"{folder}: {CANNOT_WRITE}w tym katalogu projektu zapisuje właśnie inne uruchomienie "
        "programu (czekano 0 s) — poczekaj, aż się zakończy, i uruchom polecenie ponownie"
    ) in result.stderr
    assert list(folder.iterdir()) == []


def test_a_run_that_waited_briefly_goes_on(tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out"
    folder = out / CASE_SIGN
    folder.mkdir(parents=True)
    held = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(held, fcntl.LOCK_EX)
    releaser = threading.Timer(0.5, os.close, args=(held,))
    releaser.start()
    result = generate(workbook(tmp_path / "projekt.xlsx"), "-o", out)
    releaser.join()
    assert result.exit_code == 0, result.output
    assert manifest_matches_disk(folder)


def test_two_workbooks_with_one_case_sign_are_both_refused(tmp_path: Path) -> None:
    first = workbook(tmp_path / "in" / "a.xlsx", "Wersja A")
    second = workbook(tmp_path / "in" / "b.xlsx", "Wersja B")
    out = tmp_path / "out"
    result = generate(first, second, "-o", out)
    assert result.exit_code == 1
    assert (
        f"błąd: {first}: ten sam znak sprawy {CASE_SIGN} ma także {second} — dokumenty "
        "trafiłyby do jednego katalogu i pomieszały się; nadaj każdemu projektowi własny znak "
        "sprawy (nie wygenerowano dokumentów żadnego z tych skoroszytów)"
    ) in result.stderr
    assert f"{second}: ten sam znak sprawy {CASE_SIGN} ma także {first}" in result.stderr
    assert "a.xlsx: nie wygenerowano dokumentów" in result.stderr
    assert "b.xlsx: nie wygenerowano dokumentów" in result.stderr
    assert not (out / CASE_SIGN).exists()


def test_duplicates_are_refused_in_the_worker_pool_too(tmp_path: Path) -> None:
    """Five workbooks over two processes: the two sharing a znak are refused, the rest done."""
    inputs = tmp_path / "in"
    paths = [
        workbook(inputs / "a.xlsx", "Wersja A"),
        workbook(inputs / "b.xlsx", **{"Znak sprawy": "OR.0123.1.2026"}),
        workbook(inputs / "c.xlsx", **{"Znak sprawy": "OR.0123.2.2026"}),
        workbook(inputs / "d.xlsx", **{"Znak sprawy": "OR.0123.3.2026"}),
        workbook(inputs / "e.xlsx", "Wersja E"),
    ]
    out = tmp_path / "out"
    results = pipeline.generate(paths, pipeline.GenerateSettings(TODAY, out), workers=2)
    assert [r.ok for r in results] == [False, True, True, True, False]
    assert f"ma także {paths[4]}" in (results[0].failure or "")
    assert f"ma także {paths[0]}" in (results[4].failure or "")
    assert not (out / CASE_SIGN).exists()
    assert sorted(p.name for p in out.iterdir()) == [f"OR.0123.{n}.2026" for n in (1, 2, 3)]


def _run_at_the_barrier(barrier: object, source: Path, out: Path) -> None:
    real_replace = os.replace

    def slow_replace(*args: object, **kwargs: object) -> None:  # a network share, say
        real_replace(*args, **kwargs)  # type: ignore[arg-type]
        time.sleep(0.01)

    os.replace = slow_replace  # in this forked child only
    barrier.wait()  # type: ignore[attr-defined]
    pipeline.generate([source], pipeline.GenerateSettings(TODAY, out, force=True))


@pytest.mark.slow
def test_two_runs_at_once_never_leave_a_folder_mixing_versions(tmp_path: Path) -> None:
    """Two processes, two workbooks with one znak, both with --force, released together; after
    every round the manifest lists exactly the documents on disk."""
    first = workbook(tmp_path / "a" / "projekt.xlsx", "Wersja pierwsza")
    second = workbook(tmp_path / "b" / "projekt.xlsx", "Wersja druga, inna")
    out = tmp_path / "out"
    context = multiprocessing.get_context("fork")
    for _ in range(10):
        barrier = context.Barrier(2)
        runs = [
            context.Process(target=_run_at_the_barrier, args=(barrier, source, out))
            for source in (first, second)
        ]
        for run in runs:
            run.start()
        for run in runs:
            run.join(timeout=60)
            assert run.exitcode == 0
        assert manifest_matches_disk(out / CASE_SIGN)


def test_the_manifest_never_lists_documents_that_were_kept(tmp_path: Path) -> None:
    """Without --force a changed document is kept; a manifest written now would describe the
    new bytes, not the kept ones, so it is held back too."""
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    assert generate(workbook(tmp_path / "projekt.xlsx"), "-o", out).exit_code == 0
    (folder / "manifest.json").unlink()  # e.g. lost when the folder was copied
    result = generate(workbook(tmp_path / "projekt.xlsx", "Nowy tytuł"), "-o", out)
    assert result.exit_code == 1  # a record kept out of date: nobody may take it as fresh
    assert f"  {folder / DECISION}: pominięto (istnieje, użyj --force)" in result.stdout
    # without the manifest the program cannot tell which fields changed
    assert f"{DECISION}: nieaktualny — zmieniło się: treść dokumentu" in result.stderr
    assert (
        f"  {folder / 'manifest.json'}: nie zapisano (opisywałby pominięte dokumenty; użyj "
        "--force)"
    ) in result.stdout
    assert not (folder / "manifest.json").exists()


# --- the folder opened once: a link planted mid-run ---------------------------------------


def test_a_folder_swapped_for_a_link_mid_run_is_not_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    elsewhere = tmp_path / "gdzie-indziej"
    elsewhere.mkdir()
    real_fsync, swapped = os.fsync, []

    def fsync_then_swap(handle: int) -> None:
        real_fsync(handle)
        if not swapped:  # the first document is written: the folder becomes a link
            folder.rename(out / "przeniesiony")
            folder.symlink_to(elsewhere, target_is_directory=True)
            swapped.append(True)

    monkeypatch.setattr(os, "fsync", fsync_then_swap)
    result = generate(workbook(tmp_path / "projekt.xlsx"), "-o", out)
    assert swapped
    assert result.exit_code == 1
    assert (
        f"{folder}: {CANNOT_WRITE}katalog został przeniesiony albo podmieniony (np. na "
        "dowiązanie) w trakcie zapisu — nic w nim nie zmieniono"
    ) in result.stderr
    assert list(elsewhere.iterdir()) == []
    assert list((out / "przeniesiony").iterdir()) == []  # no document, no temporary file


# --- only regular files -------------------------------------------------------------------


def _limited_memory() -> None:
    limit = 1 << 30  # 1 GB: reading /dev/zero must not take the machine down
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _generate_in_a_process(source: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(source), "-o", str(out), *DAY],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,  # a pipe in a document's place used to hang for ever
        preexec_fn=_limited_memory,
        check=False,
    )


LINK = "w tym miejscu jest dowiązanie symboliczne — program nie czyta i nie zapisuje przez"
SPECIAL = "w tym miejscu jest plik specjalny (potok, gniazdo lub urządzenie), a nie zwykły plik"


@pytest.mark.parametrize(
    ("name", "plant", "reason"),
    [
        (DECISION, lambda p: p.symlink_to("/dev/zero"), LINK),
        ("manifest.json", lambda p: p.symlink_to("/dev/zero"), LINK),
        (DECISION, os.mkfifo, SPECIAL),
        ("manifest.json", os.mkfifo, SPECIAL),
    ],
    ids=["document-links-to-dev-zero", "manifest-links-to-dev-zero", "document-fifo",
         "manifest-fifo"],
)
def test_a_link_or_pipe_in_a_records_place_is_an_error(
    tmp_path: Path, name: str, plant, reason: str  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    folder.mkdir(parents=True)
    plant(folder / name)
    completed = _generate_in_a_process(workbook(tmp_path / "projekt.xlsx"), out)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert f"{folder / name}: {CANNOT_WRITE}{reason}" in completed.stderr
    assert [p.name for p in folder.iterdir()] == [name]  # nothing written beside it


def test_a_document_linking_to_a_file_elsewhere_is_neither_read_nor_replaced(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    folder.mkdir(parents=True)
    secret = tmp_path / "tajne.txt"
    secret.write_text("nie ruszać", encoding="utf-8")
    (folder / DECISION).symlink_to(secret)
    result = generate(workbook(tmp_path / "projekt.xlsx"), "-o", out, "--force")
    assert result.exit_code == 1
    assert f"{folder / DECISION}: {CANNOT_WRITE}{LINK}" in result.stderr
    assert (folder / DECISION).is_symlink()
    assert secret.read_text(encoding="utf-8") == "nie ruszać"


def test_force_refuses_a_read_only_document(tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    assert generate(workbook(tmp_path / "projekt.xlsx"), "-o", out).exit_code == 0
    (folder / DECISION).chmod(0o444)  # signed and locked by the office
    before = files_in(folder)
    result = generate(workbook(tmp_path / "projekt.xlsx", "Nowy tytuł"), "-o", out, "--force")
    assert result.exit_code == 1
    assert (
        f"{folder / DECISION}: {CANNOT_WRITE}plik jest tylko do odczytu — program nie "
        "nadpisuje go także z --force"
    ) in result.stderr
    assert files_in(folder) == before  # nothing of the project replaced
    assert (folder / DECISION).stat().st_mode & 0o777 == 0o444


# --- stale records ------------------------------------------------------------------------


def test_a_document_no_longer_produced_is_reported_then_archived_with_force(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    source = workbook(tmp_path / "projekt.xlsx")
    assert generate(source, "-o", out, "--force").exit_code == 0
    statute = (folder / STATUTE).read_bytes()
    sheets = valid_sheets()
    del sheets["Zmiany"][2]  # the statute no longer changes: no 06
    write_workbook(source, sheets)

    kept = generate(source, "-o", out)
    assert kept.exit_code == 1
    assert (
        f"  {folder / STATUTE}: nieaktualny — skoroszyt już go nie tworzy (użyj --force, aby "
        "przenieść go do podkatalogu archiwum)"
    ) in kept.stdout
    assert (
        f"projekt.xlsx: w katalogu {folder} są dokumenty, których skoroszyt już nie tworzy "
        "(nieaktualne: 1)"
    ) in kept.stderr
    assert (folder / STATUTE).read_bytes() == statute

    forced = generate(source, "-o", out, "--force")
    assert forced.exit_code == 0, forced.output
    assert f"  {folder / STATUTE}: nieaktualny — przeniesiono do podkatalogu archiwum" in (
        forced.stdout
    )
    assert not (folder / STATUTE).exists()
    assert (folder / "archiwum" / STATUTE).read_bytes() == statute
    assert manifest_matches_disk(folder)

    again = generate(source, "-o", out)
    assert again.exit_code == 0 and "nieaktualny" not in again.stdout


def test_archiving_never_overwrites_an_earlier_archived_copy(tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = out / CASE_SIGN
    source = workbook(tmp_path / "projekt.xlsx")
    assert generate(source, "-o", out).exit_code == 0
    (folder / "archiwum").mkdir()
    (folder / "archiwum" / STATUTE).write_bytes(b"older")
    sheets = valid_sheets()
    del sheets["Zmiany"][2]
    write_workbook(source, sheets)
    assert generate(source, "-o", out, "--force").exit_code == 0
    assert (folder / "archiwum" / STATUTE).read_bytes() == b"older"
    assert (folder / "archiwum" / STATUTE.replace(".docx", " (2).docx")).exists()


# --- workers die with their parent --------------------------------------------------------


def _children(parent: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == parent:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="reads the process tree from /proc")
@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_die_with_their_parent(tmp_path: Path, kill: signal.Signals) -> None:
    inputs = tmp_path / "in"
    for number in range(1, 13):
        workbook(inputs / f"p{number}.xlsx", **{"Znak sprawy": f"OR.0123.{number}.2026"})
    parent = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.argv[0] = 'szj'; "
         "from generator import pipeline; pipeline.worker_count = lambda n: 2; "
         "from generator.cli import main; main()",
         "generate", str(inputs), "-o", str(tmp_path / "out"), *DAY],
        cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and parent.poll() is None and time.monotonic() < deadline:
            workers = _children(parent.pid)
            time.sleep(0.005)
        assert len(workers) == 2, "the pool never started"
        os.kill(parent.pid, kill)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers)
    finally:
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError as e:
                assert e.errno == errno.ESRCH
    if kill == signal.SIGTERM:  # handled: the parent ended its pool and exited itself
        assert parent.returncode == 128 + signal.SIGTERM
