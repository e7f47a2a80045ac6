"""The pipeline as a library: find workbooks, validate them, generate their documents.

No Click here. The CLI and the web page call these functions and print the results. Finding
and checking live in `workbook/find.py` (re-exported here), the settings and outcomes of a
run in `results.py` (re-exported too), writing into the project folder in `write_stage.py`,
worker-process plumbing in `processes.py`, the PDF stage in `pdf_stage.py`; this module
renders, in this process or in a pool of workers.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator import messages as msg
from generator.documents.manifest import manifest_bytes
from generator.documents.output import file_sha256, sha256
from generator.errors import ConverterError, OutputError, SzjError
from generator.processes import die_with_parent, end_workers
from generator.results import DEFAULT_OUTPUT as DEFAULT_OUTPUT
from generator.results import Generated as Generated
from generator.results import GenerateSettings as GenerateSettings
from generator.results import Prepared as Prepared
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
from generator.write_stage import MANIFEST_NAME
from generator.write_stage import write_prepared as write_prepared

if TYPE_CHECKING:  # rendering pulls in docxtpl; only `generate` pays for it
    from concurrent.futures import Future

    from generator.documents.render import TemplateSet
    from generator.domain.model import ProjectWorkbook

PDF_WORK_PREFIX = ".szj-pdf-"
_UNSAFE_PATH_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


# --- generating documents -----------------------------------------------------------------


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
    from generator.documents.field_meta import field_hashes, field_label
    from generator.documents.registry import ANY_BY_FILE, BY_FILE, documents_for

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
        documents.update(act_texts(workbook, validation.acts, state))
        if settings.only:
            documents = {n: d for n, d in documents.items() if ANY_BY_FILE[n].code in settings.only}
            made = {ANY_BY_FILE[name].code for name in documents}
            missing = [code for code in settings.only if code not in made]
            if missing:
                return Prepared(checked, case_sign, failure=_not_made(path, workbook, missing))
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


def _not_made(path: Path, workbook: ProjectWorkbook, codes: Sequence[str]) -> str:
    """Why each document `--dokument` names is not made at this point of the project."""
    from generator.documents import registry

    made_for = (*registry.documents_for(workbook), *registry.act_texts_for(workbook))
    applicable = {d.code for d in made_for}
    lines = []
    for code in codes:
        document = registry.ANY_BY_CODE[code]
        if code not in applicable:
            template = msg.DOCUMENT_NOT_FOR_PROJECT
        elif document in registry.ACT_TEXTS:
            template = msg.ACT_TEXT_STEP_AHEAD
        else:
            template = msg.DOCUMENT_STEP_AHEAD
        lines.append(
            template.format(file=path, code=code, legend=document.legend, step=document.date_step)
        )
    return "\n".join(lines)


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


# --- the other commands -------------------------------------------------------------------

# A name ending in one of these means another file type: `init` refuses it rather than
# writing `projekt.xls.xlsx`; any other name (`projekt2`, `OR.0123.5.2026`) gets `.xlsx`.
OTHER_FORMATS = frozenset(
    {".xls", ".xlsm", ".xlsb", ".ods", ".csv", ".txt", ".doc", ".docx", ".odt", ".pdf", ".json"}
)


def init_workbook(path: Path, force: bool, executive_role: str) -> tuple[Path, Path | None]:
    """Write the blank workbook of `szj init` for an office of this executive role.

    Returns the path written and, when `.xlsx` was added to the name, the name given.
    Raises SzjError for a name of another file type, or an existing file without `force`.
    """
    from generator.workbook.blank import blank_workbook_bytes
    from generator.workbook.target import existing_target, refuse_read_only, write_target

    given = None
    if path.suffix.lower() != ".xlsx":
        if path.suffix.lower() in OTHER_FORMATS:
            raise SzjError(msg.INIT_NOT_XLSX.format(path=path))
        given, path = path, path.with_name(f"{path.name}.xlsx")  # `OR.0123.5.2026` stays
    if existing_target(path):
        if not force:
            raise SzjError(msg.INIT_EXISTS.format(path=path))
        refuse_read_only(path)
    write_target(path, blank_workbook_bytes(executive_role))
    return path, given


def document_codes(values: Sequence[str]) -> tuple[str, ...]:
    """`8`, `08` or `02,08` (as `--dokument` takes them) as registry codes, each once.

    Raises ValueError, with the Polish message, for a code no document has.
    """
    from generator.documents.registry import ANY_BY_CODE

    codes = []
    for value in values:
        for part in value.replace(",", " ").split():
            code = part.strip().zfill(2)
            if code not in ANY_BY_CODE:
                known = ", ".join(sorted(ANY_BY_CODE))
                raise ValueError(msg.UNKNOWN_DOCUMENT_CODE.format(value=part, codes=known))
            codes.append(code)
    return tuple(dict.fromkeys(codes))
