"""The pipeline as a library: find workbooks, validate them, generate their documents.

No Click here. The CLI and a future web page call these functions and print the results.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator import messages as msg
from generator.documents.manifest import (
    manifest_bytes,
    read_manifest_entries,
    read_manifest_names,
)
from generator.documents.output import (
    FileStatus,
    ProjectFolder,
    WrittenFile,
    file_sha256,
    open_folder,
    sha256,
    write_files,
)
from generator.errors import ConverterError, InputFileError, OutputError, SzjError
from generator.model import Issue, Severity
from generator.validate import Validation, validate_file

if TYPE_CHECKING:  # rendering pulls in docxtpl; only `generate` pays for it
    from concurrent.futures import Future, ProcessPoolExecutor

    from generator.documents.render import TemplateSet

DEFAULT_INPUTS = Path("inputs")
DEFAULT_OUTPUT = Path("output")
MANIFEST_NAME = "manifest.json"
PDF_WORK_PREFIX = ".szj-pdf-"
_UNSAFE_PATH_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


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
    from generator.register import is_register  # the register imports this module

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


# --- generating documents -----------------------------------------------------------------


@dataclass(frozen=True)
class GenerateSettings:
    """Everything `szj generate` needs; built by the CLI or a web page."""

    today: date
    output_dir: Path = DEFAULT_OUTPUT
    force: bool = False
    pdf: bool = False
    templates_dir: Path | None = None
    # Converts .docx files to PDF/A (`generator.documents.pdf.convert_to_pdf` when None); the web
    # server passes its `WarmConverter.convert`.
    converter: Callable[..., list[Path]] | None = field(default=None, compare=False)
    forms: bool = False  # `--wszystkie`: also the documents of later steps, marked „WZÓR”
    only: tuple[str, ...] = ()  # `--dokument`: the codes of the documents to write (all if empty)


@dataclass(frozen=True)
class Generated:
    """The outcome for one workbook: the files written, or why nothing was."""

    checked: Checked
    folder: Path | None = None
    files: tuple[WrittenFile, ...] = ()
    failure: str | None = None
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    partial: bool = False  # the failure came after some documents were already replaced
    stale: tuple[WrittenFile, ...] = ()  # documents the workbook no longer produces
    # Records kept without --force although they would change: name → what changed.
    outdated: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # for the manifest

    @property
    def ok(self) -> bool:
        return self.checked.ok and self.failure is None

    @property
    def stale_left(self) -> bool:
        """Out-of-date documents stay in the folder (no `--force`): the run is not clean."""
        return any(w.status is FileStatus.STALE for w in self.stale)

    @property
    def outdated_left(self) -> bool:
        """A record that would change stays as it was (no `--force`): nobody may sign it
        believing it fresh, so the run is not clean."""
        return bool(self.outdated)


@dataclass(frozen=True)
class Prepared:
    """One workbook validated and its documents rendered in memory, nothing written yet."""

    checked: Checked
    case_sign: str | None = None
    folder: Path | None = None
    documents: Mapping[str, bytes] = field(default_factory=dict)
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    failure: str | None = None
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # per document
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field → Polish
    produced: tuple[str, ...] = ()  # every document the project has, forms included

    @property
    def writable(self) -> bool:
        return self.folder is not None and self.failure is None and self.checked.ok


def project_folder(output_dir: Path, case_sign: str) -> Path:
    """`output/<znak sprawy>/`, guaranteed to stay inside `output_dir` whatever the sign holds."""
    name = _UNSAFE_PATH_CHARS.sub("_", case_sign).strip(". ") or "_"
    folder = (output_dir / name).resolve()
    if folder.parent != output_dir.resolve():
        raise OutputError(f"{case_sign}: znak sprawy nie może być nazwą katalogu")
    return output_dir / name


def generate_workbook(
    path: Path, settings: GenerateSettings, templates: TemplateSet, *, manifest: bool = True
) -> Generated:
    """Validate one workbook and, when it is valid, render and write its documents."""
    return write_prepared(prepare_workbook(path, settings, templates, manifest=manifest), settings)


def prepare_workbook(
    path: Path, settings: GenerateSettings, templates: TemplateSet, *, manifest: bool = True
) -> Prepared:
    """Validate one workbook and render its documents (and manifest) in memory.

    A workbook with errors, or a template that fails, gives nothing to write.
    """
    from generator.documents.contexts import build_contexts, header_lines
    from generator.documents.fields import field_hashes, field_label
    from generator.documents.registry import BY_FILE, documents_for

    checked = check_workbook(path, settings.today)
    validation = checked.validation
    if validation is None or validation.workbook is None or validation.state is None:
        return Prepared(checked)
    workbook, state = validation.workbook, validation.state
    case_sign = workbook.project.case_sign
    try:
        folder = project_folder(settings.output_dir, case_sign)
        contexts = build_contexts(workbook, state, forms=settings.forms)
        if settings.only:
            contexts = {n: c for n, c in contexts.items() if BY_FILE[n].code in settings.only}
        documents = {
            name: templates.render(name, context, header=header_lines(context))
            for name, context in contexts.items()
        }
        hashes = {name: field_hashes(context) for name, context in contexts.items()}
        labels = {
            name: {key: field_label(type(c), key) for key in hashes[name]}
            for name, c in contexts.items()
        }
        described = {name: templates.describe(name) for name in documents}
        if manifest:  # written with the documents, in one all-or-nothing step
            entries = [(name, sha256(data), len(data)) for name, data in documents.items()]
            documents[MANIFEST_NAME] = _manifest(path, described, entries, hashes)
    except SzjError as e:
        return Prepared(checked, case_sign, failure=str(e))
    except OSError as e:  # reading the input again for the manifest, say; never a traceback
        return Prepared(checked, case_sign, failure=f"{path}: {e.strerror or e}")
    produced = tuple(d.file_name for d in documents_for(workbook))
    return Prepared(
        checked, case_sign, folder, documents, described, None, hashes, labels, produced
    )


def write_prepared(prepared: Prepared, settings: GenerateSettings) -> Generated:
    """Write one project's documents into its folder, locked for the whole plan-and-write.

    Documents an earlier run wrote that this workbook no longer produces are reported as
    stale and, with `force`, moved into the folder's `archiwum/`.
    """
    from generator.documents.registry import CHECKLIST, TEMPLATE_NAMES

    checked = prepared.checked
    if not prepared.writable or prepared.folder is None:
        return Generated(checked, failure=prepared.failure)
    try:
        with open_folder(prepared.folder) as folder:
            known = (*TEMPLATE_NAMES, *read_manifest_names(folder, MANIFEST_NAME))
            recorded = read_manifest_entries(folder, MANIFEST_NAME)
            documents = _with_current_pdfs(folder, prepared.documents)
            if settings.only:
                documents = _with_other_entries(documents, recorded)
            # The checklist is a report as of the run's day: refreshed without --force —
            # unless a record is kept out of date: the manifest then stays as it was and must
            # keep describing every file on disk, the checklist included.
            records_kept = any(
                folder.plan(name, data, settings.force) is FileStatus.SKIPPED
                for name, data in documents.items()
                if name not in (CHECKLIST, MANIFEST_NAME)
            )
            refreshed = frozenset() if records_kept else frozenset({CHECKLIST})
            files = folder.write(
                documents, settings.force, index=MANIFEST_NAME, always=refreshed
            )
            stale = folder.stale(prepared.produced or prepared.documents, known)
            try:
                if settings.force:
                    stale = folder.archive(stale)
            except OutputError as e:
                e.partial = True  # the documents themselves are written already
                raise
    except OutputError as e:
        return Generated(checked, failure=str(e), partial=e.partial)
    return Generated(
        checked,
        prepared.folder,
        tuple(files),
        templates=prepared.templates,
        stale=tuple(stale),
        outdated=_outdated(files, prepared, recorded),
        fields=prepared.fields,
    )


def _outdated(
    files: Sequence[WrittenFile], prepared: Prepared, recorded: Mapping[str, Mapping[str, object]]
) -> dict[str, tuple[str, ...]]:
    """Per document kept without `--force` although it would change, the fields that
    changed since the run that wrote it (the manifest keeps a hash of each), or a general
    reason when the manifest does not tell (another template, another program version)."""
    outdated = {}
    for written in files:
        name = written.path.name
        if written.status is not FileStatus.SKIPPED or name not in prepared.fields:
            continue
        before = recorded.get(name, {}).get("fields")
        before = before if isinstance(before, dict) else {}
        labels = prepared.labels.get(name, {})
        changed = tuple(
            dict.fromkeys(
                labels.get(key, key)
                for key, digest in prepared.fields[name].items()
                if before and before.get(key) != digest
            )
        )
        outdated[name] = changed or (msg.RECORD_CHANGED_OTHERWISE,)
    return outdated


def _with_other_entries(
    documents: Mapping[str, bytes], recorded: Mapping[str, Mapping[str, object]]
) -> dict[str, bytes]:
    """With `--dokument`, the new manifest keeps the entries of the documents not written
    this time as the earlier run recorded them."""
    if MANIFEST_NAME not in documents:
        return dict(documents)
    new = json.loads(documents[MANIFEST_NAME])
    others = {n: e for n, e in recorded.items() if n not in new["documents"]}
    new["documents"] = {**others, **new["documents"]}
    data = (json.dumps(new, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return {**documents, MANIFEST_NAME: data}


def _with_current_pdfs(folder: ProjectFolder, documents: Mapping[str, bytes]) -> dict[str, bytes]:
    """The documents with their manifest keeping the PDFs of an earlier `--pdf` run that are
    still current: made from the very .docx now written, and unchanged on disk. A run
    without `--pdf` then leaves the manifest as it was instead of dropping them."""
    if MANIFEST_NAME not in documents:
        return dict(documents)
    new = json.loads(documents[MANIFEST_NAME])
    current = {name: entry["sha256"] for name, entry in new["documents"].items()}
    kept = {}
    for name, entry in _recorded_entries(folder).items():
        source = entry.get("source") if isinstance(entry, dict) else None
        if not name.endswith(".pdf") or not isinstance(source, dict):
            continue
        if current.get(source.get("file")) != source.get("sha256"):
            continue
        on_disk = folder.read(name)
        if on_disk is not None and sha256(on_disk) == entry.get("sha256"):
            kept[name] = entry
    if not kept:
        return dict(documents)
    new["documents"] = {**new["documents"], **kept}  # as `--pdf` lists them: PDFs last
    data = (json.dumps(new, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return {**documents, MANIFEST_NAME: data}


def _recorded_entries(folder: ProjectFolder) -> dict[str, object]:
    """The `documents` of the manifest now in the folder (nothing if it is not the tool's)."""
    data = folder.read(MANIFEST_NAME, limit=MANIFEST_MAX_BYTES)
    try:
        manifest = json.loads(data) if data is not None else None
    except ValueError:
        return {}
    if not isinstance(manifest, dict) or manifest.get("tool") != "szj":
        return {}
    entries = manifest.get("documents")
    return entries if isinstance(entries, dict) else {}


def refuse_shared_folders(prepared: Sequence[Prepared]) -> list[Prepared]:
    """Workbooks of one run that share a project folder (the same znak sprawy) would mix
    their documents there: each of them fails, naming the others, and none is written."""
    sharing: dict[str, list[int]] = {}
    for index, item in enumerate(prepared):
        if item.writable and item.folder is not None:
            sharing.setdefault(item.folder.name.casefold(), []).append(index)
    refused = list(prepared)
    for indices in sharing.values():
        if len(indices) < 2:
            continue
        for index in indices:
            item = prepared[index]
            others = ", ".join(str(prepared[i].checked.path) for i in indices if i != index)
            failure = msg.DUPLICATE_CASE_SIGN.format(
                file=item.checked.path, sign=item.case_sign, others=others
            )
            refused[index] = replace(item, failure=failure)
    return refused


def _manifest(
    path: Path,
    templates: Mapping[str, tuple[str, str]],
    entries: Sequence[tuple[str, str, int]],
    fields: Mapping[str, Mapping[str, str]] | None = None,
) -> bytes:
    return manifest_bytes(__version__, path, file_sha256(path), templates, entries, fields)


def generate(
    paths: Sequence[Path],
    settings: GenerateSettings,
    progress: Callable[[Path], None] | None = None,
    *,
    workers: int | None = None,
) -> list[Generated]:
    """Generate the documents of every workbook; a failed one never stops the others.

    Results come in the order of `paths`; `progress` is called with each workbook's path as it
    is rendered. Many workbooks are rendered by `workers` processes (by default one per CPU
    core when there are at least `PARALLEL_FROM` workbooks); the documents are the same bytes
    either way. Nothing is written until every workbook is rendered, so two workbooks with
    one znak sprawy are both refused before either touches the folder. With `pdf`, every
    document is also converted to PDF/A in one LibreOffice run at the end (LibreOffice is
    slow to start), and the manifests, written last, list the PDFs too. SIGTERM stops the
    run like Ctrl+C: workers are ended and no temporary file is left.
    """
    if settings.pdf:
        from generator.documents.pdf import find_soffice  # subprocess & co. only when converting

        if find_soffice() is None:
            raise ConverterError(msg.SOFFICE_MISSING)
    count = worker_count(len(paths)) if workers is None else max(1, min(workers, len(paths)))
    with _stopped_by_sigterm():
        if count > 1:
            prepared = _prepare_in_processes(paths, settings, count, progress)
        else:
            prepared = _prepare_here(paths, settings, progress)
        results = []
        for item in refuse_shared_folders(prepared):
            _stop_if_terminated()
            results.append(write_prepared(item, settings))
        if settings.pdf:
            results = _add_pdfs(results, settings)
    return results


_terminated: list[int] = []  # SIGTERM received during `generate` (see `_stopped_by_sigterm`)


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM raises `SystemExit` in the main thread, so `finally` blocks run: workers are
    ended, temporary files removed. A handler that fires inside a callback Python ignores
    exceptions from (an at-fork hook while the pool starts) is caught up with at the next
    `_stop_if_terminated`. Elsewhere (a web page's thread) signals are not ours."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        _terminated.append(signum)
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        _terminated.clear()


def _stop_if_terminated() -> None:
    if _terminated:
        raise SystemExit(128 + _terminated[0])


# Each extra process imports the renderer and compiles the templates again (~0.2 s of CPU).
# Measured on 2 free cores (docs/performance.md), 2 and 3 workbooks gain a little
# (0.65 → 0.51 s, 0.77 → 0.65 s) and lose when the cores are busy; 4 gain clearly
# (0.92 → 0.64 s).
PARALLEL_FROM = 4


def worker_count(workbooks: int) -> int:
    """How many processes `generate` uses for this many workbooks: one per usable core."""
    if workbooks < PARALLEL_FROM:
        return 1
    if hasattr(os, "sched_getaffinity"):  # the cores this process may run on (Linux)
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    return max(1, min(cores, workbooks))


def _prepare_here(
    paths: Sequence[Path], settings: GenerateSettings, progress: Callable[[Path], None] | None
) -> list[Prepared]:
    from generator.documents.render import TemplateSet

    templates = TemplateSet.load(settings.templates_dir)
    results = []
    for path in paths:
        results.append(prepare_workbook(path, settings, templates, manifest=not settings.pdf))
        if progress:
            progress(path)
    return results


def _prepare_in_processes(
    paths: Sequence[Path],
    settings: GenerateSettings,
    workers: int,
    progress: Callable[[Path], None] | None,
) -> list[Prepared]:
    """`prepare_workbook` for each path in a pool of processes, each with its own templates.

    A workbook whose process fails in a way `prepare_workbook` does not catch (a bug, a
    killed process) is reported as not generated; the others go on. Workers die with this
    process, however it ends (see `_start_worker`).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork starts a worker in milliseconds with everything already imported; elsewhere
    # (Windows, macOS, where fork is unavailable or unsafe) the platform's default is used.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(settings.templates_dir, os.getpid()),
    )
    done: dict[int, Prepared] = {}
    try:
        futures: dict[Future[Prepared], int] = {
            pool.submit(_prepare_in_worker, path, settings): index
            for index, path in enumerate(paths)
        }
        _stop_if_terminated()
        for future in as_completed(futures):
            _stop_if_terminated()
            index = futures[future]
            done[index] = _outcome(future, paths[index])
            if progress:
                progress(paths[index])
        _stop_if_terminated()
    except BaseException:
        _end_workers(pool)
        raise
    pool.shutdown()
    return [done[index] for index in range(len(paths))]


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: its queued work cancelled, its running workers terminated."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()


def _outcome(future: Future[Prepared], path: Path) -> Prepared:
    try:
        return future.result()
    except Exception as e:  # the worker died or hit a bug: this workbook only
        detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        failure = msg.WORKER_FAILED.format(file=path.name, detail=detail)
        return Prepared(Checked(path, None, failure))


_worker_templates: TemplateSet | None = None  # one per worker process, set by `_start_worker`


def _start_worker(templates_dir: Path | None, parent: int) -> None:
    _die_with_parent(parent)
    from generator.documents.render import TemplateSet

    global _worker_templates
    _worker_templates = TemplateSet.load(templates_dir)


def _die_with_parent(parent: int) -> None:
    """Make this worker end when `parent` ends, even by SIGKILL: on Linux the kernel sends it
    SIGKILL (`PR_SET_PDEATHSIG`); elsewhere a thread watches the parent's process id."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    if sys.platform == "linux":
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _prepare_in_worker(path: Path, settings: GenerateSettings) -> Prepared:
    assert _worker_templates is not None, "worker started without _start_worker"
    return prepare_workbook(path, settings, _worker_templates, manifest=not settings.pdf)


def _add_pdfs(results: list[Generated], settings: GenerateSettings) -> list[Generated]:
    """PDF/A copies of the documents, then each project's manifest, written last.

    A PDF is kept only when the manifest vouches for its bytes and records that it was made
    from the .docx now beside it; every other PDF is made again, and writing it follows the
    `--force` rule of the documents. The manifest names each PDF's .docx by its SHA-256, so a
    run killed between the documents and their PDFs is repaired by the next.
    """
    from generator.documents.pdf import exit_on_sigterm

    try:
        with exit_on_sigterm():
            plans = {
                index: _plan_pdfs(result)
                for index, result in enumerate(results)
                if result.ok and result.folder is not None
            }
            wanted = [docx for plan in plans.values() for docx in plan.wanted]
            made = _make_pdfs(wanted, settings.output_dir, settings.converter)
    except (SzjError, OSError) as e:
        failure = str(e) if isinstance(e, SzjError) else msg.PDF_FAILED.format(detail=e)
        return [replace(r, failure=failure, partial=_changed(r)) if r.ok else r for r in results]
    return [
        _finish_pdfs(result, plans[index], made, settings.force) if index in plans else result
        for index, result in enumerate(results)
    ]


def _changed(result: Generated) -> bool:
    """Whether the run already replaced some of this project's documents."""
    return any(w.status in (FileStatus.CREATED, FileStatus.OVERWRITTEN) for w in result.files)


@dataclass(frozen=True)
class _PdfPlan:
    """What `--pdf` does in one project folder, decided before LibreOffice starts."""

    kept: tuple[tuple[WrittenFile, WrittenFile], ...]  # (up-to-date PDF, its .docx)
    wanted: tuple[WrittenFile, ...]  # documents whose PDF is made (again)
    held: tuple[WrittenFile, ...]  # PDFs beside a document kept without --force


def _plan_pdfs(result: Generated) -> _PdfPlan:
    assert result.folder is not None
    recorded = _recorded_pdfs(result.folder / MANIFEST_NAME)
    kept: list[tuple[WrittenFile, WrittenFile]] = []
    wanted: list[WrittenFile] = []
    held: list[WrittenFile] = []
    for docx in (w for w in result.files if w.path.suffix == ".docx"):
        pdf_path = docx.path.with_suffix(".pdf")
        if docx.status is FileStatus.SKIPPED:  # the old document stays, and so does its PDF
            held.extend(_regular_file(pdf_path, FileStatus.SKIPPED))
            continue
        current = _regular_file(pdf_path, FileStatus.IDENTICAL)
        if current and recorded.get(pdf_path.name) == (current[0].sha256, docx.sha256):
            kept.append((current[0], docx))
        else:
            wanted.append(docx)
    return _PdfPlan(tuple(kept), tuple(wanted), tuple(held))


MANIFEST_MAX_BYTES = 1 << 20


def _recorded_pdfs(manifest: Path) -> dict[str, tuple[str, str]]:
    """Per PDF named in an existing manifest: (its SHA-256, its .docx's SHA-256)."""
    try:
        info = manifest.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MANIFEST_MAX_BYTES:
            return {}
        documents = json.loads(manifest.read_bytes()).get("documents", {})
        return {
            name: (entry["sha256"], entry["source"]["sha256"])
            for name, entry in documents.items()
            if name.endswith(".pdf") and isinstance(entry.get("source"), dict)
        }
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return {}  # no manifest, or not one this tool wrote: every PDF is made again


def _regular_file(path: Path, status: FileStatus) -> list[WrittenFile]:
    """`path` described as a file of the run, if it is a regular file (else nothing)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return []
    if not stat.S_ISREG(info.st_mode):
        return []  # a link or a FIFO is never read; writing it is refused later
    return [WrittenFile(path, status, file_sha256(path), info.st_size)]


def _make_pdfs(
    documents: Sequence[WrittenFile],
    output_dir: Path,
    converter: Callable[..., list[Path]] | None = None,
) -> dict[str, bytes]:
    """PDF bytes per .docx SHA-256, each distinct document converted once, in one
    LibreOffice run, in a private work folder removed on every exit path."""
    from generator.documents.pdf import convert_to_pdf
    from generator.documents.profiles import private_folder, remove_abandoned

    sources = {w.sha256: w.path for w in documents}
    if not sources:
        return {}
    output_dir.mkdir(parents=True, exist_ok=True)
    remove_abandoned(output_dir, PDF_WORK_PREFIX)
    with private_folder(output_dir, PDF_WORK_PREFIX) as work:
        staged = []
        for digest, path in sources.items():
            copy = work / f"{digest}.docx"  # named by content: the PDF never depends on the batch
            shutil.copyfile(path, copy)
            if file_sha256(copy) != digest:  # another run replaced it meanwhile
                raise ConverterError(msg.PDF_SOURCE_CHANGED.format(path=path))
            staged.append(copy)
        labels = [str(path.with_suffix(".pdf")) for path in sources.values()]
        converted = (converter or convert_to_pdf)(staged, work / "pdf", labels=labels)
        return {digest: pdf.read_bytes() for digest, pdf in zip(sources, converted, strict=True)}


def _finish_pdfs(
    result: Generated, plan: _PdfPlan, made: Mapping[str, bytes], force: bool
) -> Generated:
    """Write one project's new PDFs (the `--force` rule applies), then its manifest."""
    assert result.folder is not None
    new = {docx.path.with_suffix(".pdf").name: made[docx.sha256] for docx in plan.wanted}
    try:
        written = write_files(result.folder, new, force) if new else []
    except OutputError as e:  # the documents are written already
        return replace(result, failure=str(e), partial=True)
    sources = {pdf.path.name: docx for pdf, docx in plan.kept}
    sources |= {docx.path.with_suffix(".pdf").name: docx for docx in plan.wanted}
    pdfs = sorted([*(pdf for pdf, _ in plan.kept), *written], key=lambda w: w.path.name)
    vouched = [w for w in pdfs if w.status is not FileStatus.SKIPPED]  # stale ones unlisted
    entries = [(w.path.name, w.sha256, w.size) for w in (*result.files, *vouched)]
    data = _manifest(result.checked.path, result.templates, entries, result.fields)
    data = _with_sources(data, {w.path.name: sources[w.path.name] for w in vouched})
    files = (*result.files, *sorted([*pdfs, *plan.held], key=lambda w: w.path.name))
    # With every document current, the manifest follows them without --force; with a
    # document kept (`pominięto`), the --force rule holds for the manifest too.
    documents_kept = any(w.status is FileStatus.SKIPPED for w in result.files)
    index = None if documents_kept else MANIFEST_NAME
    try:
        manifest = write_files(result.folder, {MANIFEST_NAME: data}, force, index=index)
    except OutputError as e:
        return replace(result, files=files, failure=str(e), partial=True)
    return replace(result, files=(*files, *manifest))


def _with_sources(manifest: bytes, sources: Mapping[str, WrittenFile]) -> bytes:
    """The manifest with, for each PDF, the .docx it was made from (name and SHA-256)."""
    data = json.loads(manifest)
    for name, docx in sources.items():
        data["documents"][name]["source"] = {"file": docx.path.name, "sha256": docx.sha256}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
