"""The pipeline as a library: find workbooks, validate them, generate their documents.

No Click here. The CLI and the web page call these functions and print the results. Finding
and checking live in `workbook/find.py` (re-exported here), worker-process plumbing in
`processes.py`, the PDF stage in `pdf_stage.py`; this module renders and writes.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
)
from generator.errors import ConverterError, OutputError, SzjError
from generator.processes import die_with_parent, end_workers
from generator.sigterm import stop_if_terminated, stopped_by_sigterm
from generator.workbook.find import DEFAULT_INPUTS as DEFAULT_INPUTS
from generator.workbook.find import EXCEL as EXCEL
from generator.workbook.find import LIBREOFFICE as LIBREOFFICE
from generator.workbook.find import Checked as Checked
from generator.workbook.find import Found as Found
from generator.workbook.find import check_workbook as check_workbook
from generator.workbook.find import check_workbooks as check_workbooks
from generator.workbook.find import find_workbooks as find_workbooks
from generator.workbook.find import is_lock_file as is_lock_file
from generator.workbook.find import open_in as open_in

if TYPE_CHECKING:  # rendering pulls in docxtpl; only `generate` pays for it
    from concurrent.futures import Future

    from generator.documents.render import TemplateSet

DEFAULT_OUTPUT = Path("output")
MANIFEST_NAME = "manifest.json"
MANIFEST_MAX_BYTES = 1 << 20
PDF_WORK_PREFIX = ".szj-pdf-"
_UNSAFE_PATH_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


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
        raise OutputError(msg.CASE_SIGN_NOT_A_FOLDER.format(case_sign=case_sign))
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
    from generator.documents.act_texts import act_texts
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
        documents.update(act_texts(workbook, validation.acts, settings.today))
        if manifest:  # written with the documents, in one all-or-nothing step
            entries = [(name, sha256(data), len(data)) for name, data in documents.items()]
            documents[MANIFEST_NAME] = manifest_of(path, described, entries, hashes)
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
    from generator.documents.registry import ACT_TEXT_NAMES, CHECKLIST, TEMPLATE_NAMES

    checked = prepared.checked
    if not prepared.writable or prepared.folder is None:
        return Generated(checked, failure=prepared.failure)
    try:
        with open_folder(prepared.folder) as folder:
            known = (*TEMPLATE_NAMES, *ACT_TEXT_NAMES, *read_manifest_names(folder, MANIFEST_NAME))
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
    kept: dict[str, dict[str, Any]] = {}
    for name, entry in _recorded_entries(folder).items():
        if not isinstance(entry, dict):
            continue
        source = entry.get("source")
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


def manifest_of(
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
    with stopped_by_sigterm():
        if count > 1:
            prepared = _prepare_in_processes(paths, settings, count, progress)
        else:
            prepared = _prepare_here(paths, settings, progress)
        results = []
        for item in refuse_shared_folders(prepared):
            stop_if_terminated()
            results.append(write_prepared(item, settings))
        if settings.pdf:
            from generator.pdf_stage import add_pdfs  # LibreOffice & co. only when converting

            results = add_pdfs(results, settings)
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
        stop_if_terminated()
        for future in as_completed(futures):
            stop_if_terminated()
            index = futures[future]
            done[index] = _outcome(future, paths[index])
            if progress:
                progress(paths[index])
        stop_if_terminated()
    except BaseException:
        end_workers(pool)
        raise
    pool.shutdown()
    return [done[index] for index in range(len(paths))]


def _outcome(future: Future[Prepared], path: Path) -> Prepared:
    try:
        return future.result()
    except Exception as e:  # the worker died or hit a bug: this workbook only
        detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        failure = msg.WORKER_FAILED.format(file=path.name, detail=detail)
        return Prepared(Checked(path, None, failure))


_worker_templates: TemplateSet | None = None  # one per worker process, set by `_start_worker`


def _start_worker(templates_dir: Path | None, parent: int) -> None:
    die_with_parent(parent)
    from generator.documents.render import TemplateSet

    global _worker_templates
    _worker_templates = TemplateSet.load(templates_dir)


def _prepare_in_worker(path: Path, settings: GenerateSettings) -> Prepared:
    assert _worker_templates is not None, "worker started without _start_worker"
    return prepare_workbook(path, settings, _worker_templates, manifest=not settings.pdf)
