"""The pipeline as a library: find workbooks, validate them, generate their documents.

No Click here. The CLI and a future web page call these functions and print the results.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator import messages as msg
from generator.errors import ConverterError, InputFileError, OutputError, SzjError
from generator.model import Issue, Severity
from generator.output import (
    FileStatus,
    WrittenFile,
    file_sha256,
    manifest_bytes,
    sha256,
    write_files,
)
from generator.validate import Validation, validate_file

if TYPE_CHECKING:  # rendering pulls in docxtpl; only `generate` pays for it
    from concurrent.futures import Future

    from generator.render import TemplateSet

DEFAULT_INPUTS = Path("inputs")
DEFAULT_OUTPUT = Path("output")
MANIFEST_NAME = "manifest.json"
PDF_WORK_PREFIX = ".szj-pdf-"
STALE_WORK_SECONDS = 3600  # LibreOffice may take minutes on a large batch, never an hour
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
            problems.append(f"{path}: {msg.FILE_NOT_FOUND}")
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


@dataclass(frozen=True)
class Generated:
    """The outcome for one workbook: the files written, or why nothing was."""

    checked: Checked
    folder: Path | None = None
    files: tuple[WrittenFile, ...] = ()
    failure: str | None = None
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    partial: bool = False  # the failure came after some documents were already replaced

    @property
    def ok(self) -> bool:
        return self.checked.ok and self.failure is None


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
    """Validate one workbook and, when it is valid, render and write its documents.

    Everything is rendered in memory first: a workbook with errors, or a template that fails,
    writes nothing.
    """
    from generator.context import build_contexts

    checked = check_workbook(path, settings.today)
    validation = checked.validation
    if validation is None or validation.workbook is None or validation.state is None:
        return Generated(checked)
    workbook, state = validation.workbook, validation.state
    try:
        folder = project_folder(settings.output_dir, workbook.project.case_sign)
        documents = {
            name: templates.render(name, context)
            for name, context in build_contexts(workbook, state).items()
        }
        described = {name: templates.describe(name) for name in documents}
        if manifest:  # written with the documents, in one all-or-nothing step
            entries = [(name, sha256(data), len(data)) for name, data in documents.items()]
            documents[MANIFEST_NAME] = _manifest(path, described, entries)
        files = write_files(folder, documents, settings.force)
        return Generated(checked, folder, tuple(files), templates=described)
    except OutputError as e:
        return Generated(checked, failure=str(e), partial=e.partial)
    except SzjError as e:
        return Generated(checked, failure=str(e))
    except OSError as e:  # reading the input again for the manifest, say; never a traceback
        return Generated(checked, failure=f"{path}: {e.strerror or e}")


def _manifest(
    path: Path, templates: Mapping[str, tuple[str, str]], entries: Sequence[tuple[str, str, int]]
) -> bytes:
    return manifest_bytes(__version__, path, file_sha256(path), templates, entries)


def _with_manifest(result: Generated, force: bool) -> Generated:
    """Write `manifest.json` after the PDFs, describing every file of the run."""
    assert result.folder is not None
    entries = [(w.path.name, w.sha256, w.size) for w in result.files]
    data = _manifest(result.checked.path, result.templates, entries)
    try:
        written = write_files(result.folder, {MANIFEST_NAME: data}, force)
    except OutputError as e:  # the documents and PDFs are written already
        return replace(result, failure=str(e), partial=True)
    return replace(result, files=(*result.files, *written))


def generate(
    paths: Sequence[Path],
    settings: GenerateSettings,
    progress: Callable[[Path], None] | None = None,
    *,
    workers: int | None = None,
) -> list[Generated]:
    """Generate the documents of every workbook; a failed one never stops the others.

    Results come in the order of `paths`; `progress` is called with each workbook's path as it
    is finished. Many workbooks are shared among `workers` processes (by default one per CPU
    core when there are at least `PARALLEL_FROM` workbooks); the documents are the same bytes
    either way. With `pdf`, every document is also converted to PDF/A in one LibreOffice run
    at the end (LibreOffice is slow to start), and the manifests, written last, list the PDFs
    too.
    """
    if settings.pdf:
        from generator.pdf import find_soffice  # subprocess & co. only when converting

        if find_soffice() is None:
            raise ConverterError(msg.SOFFICE_MISSING)
    count = worker_count(len(paths)) if workers is None else max(1, min(workers, len(paths)))
    if count > 1:
        results = _generate_in_processes(paths, settings, count, progress)
    else:
        results = _generate_here(paths, settings, progress)
    if settings.pdf:
        results = _add_pdfs(results, settings)
    return results


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


def _generate_here(
    paths: Sequence[Path], settings: GenerateSettings, progress: Callable[[Path], None] | None
) -> list[Generated]:
    from generator.render import TemplateSet

    templates = TemplateSet.load(settings.templates_dir)
    results = []
    for path in paths:
        results.append(generate_workbook(path, settings, templates, manifest=not settings.pdf))
        if progress:
            progress(path)
    return results


def _generate_in_processes(
    paths: Sequence[Path],
    settings: GenerateSettings,
    workers: int,
    progress: Callable[[Path], None] | None,
) -> list[Generated]:
    """`generate_workbook` for each path in a pool of processes, each with its own templates.

    A workbook whose process fails in a way `generate_workbook` does not catch (a bug, a
    killed process) is reported as not generated; the others go on.
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
        initargs=(settings.templates_dir,),
    )
    done: dict[int, Generated] = {}
    try:
        futures: dict[Future[Generated], int] = {
            pool.submit(_generate_in_worker, path, settings): index
            for index, path in enumerate(paths)
        }
        for future in as_completed(futures):
            index = futures[future]
            done[index] = _outcome(future, paths[index])
            if progress:
                progress(paths[index])
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [done[index] for index in range(len(paths))]


def _outcome(future: Future[Generated], path: Path) -> Generated:
    try:
        return future.result()
    except Exception as e:  # the worker died or hit a bug: this workbook only
        detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        failure = msg.WORKER_FAILED.format(file=path.name, detail=detail)
        return Generated(Checked(path, None, failure))


_worker_templates: TemplateSet | None = None  # one per worker process, set by `_start_worker`


def _start_worker(templates_dir: Path | None) -> None:
    from generator.render import TemplateSet

    global _worker_templates
    _worker_templates = TemplateSet.load(templates_dir)


def _generate_in_worker(path: Path, settings: GenerateSettings) -> Generated:
    assert _worker_templates is not None, "worker started without _start_worker"
    return generate_workbook(path, settings, _worker_templates, manifest=not settings.pdf)


def _add_pdfs(results: list[Generated], settings: GenerateSettings) -> list[Generated]:
    """PDF/A copies of the documents that are new or changed (or whose PDF is missing)."""
    from generator.pdf import convert_to_pdf

    wanted: list[tuple[int, WrittenFile]] = [
        (index, w)
        for index, result in enumerate(results)
        if result.ok
        for w in result.files
        if w.status in (FileStatus.CREATED, FileStatus.OVERWRITTEN)
        or (w.status is FileStatus.IDENTICAL and not w.path.with_suffix(".pdf").exists())
    ]
    pdfs: dict[int, list[WrittenFile]] = {}
    try:
        settings.output_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_work_folders(settings.output_dir)
        with tempfile.TemporaryDirectory(prefix=PDF_WORK_PREFIX, dir=settings.output_dir) as work:
            staged = []
            for number, (_, w) in enumerate(wanted):
                copy = Path(work) / f"{number:05d}_{w.path.name}"  # names repeat across projects
                shutil.copyfile(w.path, copy)
                staged.append(copy)
            converted = convert_to_pdf(staged, Path(work) / "pdf")
            for (index, w), pdf in zip(wanted, converted, strict=True):
                folder = results[index].folder
                assert folder is not None
                name = w.path.with_suffix(".pdf").name
                pdfs.setdefault(index, []).extend(
                    write_files(folder, {name: pdf.read_bytes()}, force=True)
                )
    except (SzjError, OSError) as e:
        failure = str(e) if isinstance(e, SzjError) else f"PDF: {e}"
        return [replace(r, failure=failure) if r.ok else r for r in results]
    finished = []
    for index, result in enumerate(results):
        if not result.ok:
            finished.append(result)
            continue
        kept = [
            _existing(w.path.with_suffix(".pdf"))
            for w in result.files
            if index not in pdfs
            or w.path.with_suffix(".pdf").name not in {p.path.name for p in pdfs[index]}
        ]
        extra = [p for p in kept if p is not None]
        finished.append(
            _with_manifest(
                replace(result, files=(*result.files, *pdfs.get(index, []), *extra)),
                settings.force,
            )
        )
    return finished


def _remove_stale_work_folders(output_dir: Path) -> None:
    """Work folders of PDF conversions a killed run left behind (older than a conversion)."""
    oldest_kept = time.time() - STALE_WORK_SECONDS
    for leftover in output_dir.glob(f"{PDF_WORK_PREFIX}*"):
        with contextlib.suppress(OSError):
            if leftover.is_dir() and leftover.stat().st_mtime < oldest_kept:
                shutil.rmtree(leftover)


def _existing(path: Path) -> WrittenFile | None:
    """An up-to-date PDF kept from an earlier run, described for the manifest."""
    if not path.exists():
        return None
    return WrittenFile(path, FileStatus.IDENTICAL, file_sha256(path), path.stat().st_size)
