"""The PDF stage of `generate --pdf`: PDF/A copies of the documents just written, made in
one LibreOffice run, then each project's manifest, written last.
"""

from __future__ import annotations

import json
import shutil
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator import messages as msg
from generator.documents.manifest import manifest_entries, manifest_json
from generator.documents.output import (
    FileStatus,
    WrittenFile,
    file_sha256,
    write_files,
)
from generator.errors import ConverterError, OutputError, SzjError
from generator.pipeline import PDF_WORK_PREFIX, manifest_of
from generator.results import Generated, GenerateSettings
from generator.sigterm import stopped_by_sigterm
from generator.write_stage import MANIFEST_MAX_BYTES, MANIFEST_NAME, keep_other_entries


def add_pdfs(results: list[Generated], settings: GenerateSettings) -> list[Generated]:
    """PDF/A copies of the documents, then each project's manifest, written last.

    A PDF is kept only when the manifest vouches for its bytes and records that it was made
    from the .docx now beside it; every other PDF is made again, and writing it follows the
    `--force` rule of the documents. The manifest names each PDF's .docx by its SHA-256, so a
    run killed between the documents and their PDFs is repaired by the next.
    """

    try:
        with stopped_by_sigterm():
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
        _finish_pdfs(result, plans[index], made, settings) if index in plans else result
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


def _recorded_pdfs(manifest: Path) -> dict[str, tuple[str, str]]:
    """Per PDF named in an existing manifest: (its SHA-256, its .docx's SHA-256)."""
    recorded: dict[str, tuple[str, str]] = {}
    for name, entry in _recorded_entries(manifest).items():
        source = entry.get("source")
        if name.endswith(".pdf") and isinstance(source, dict):
            pdf_sha, docx_sha = entry.get("sha256"), source.get("sha256")
            if isinstance(pdf_sha, str) and isinstance(docx_sha, str):
                recorded[name] = (pdf_sha, docx_sha)
    return recorded


def _recorded_entries(manifest: Path) -> dict[str, dict[str, object]]:
    """The per-file entries of an existing manifest, read only when it is a regular file of
    a manifest's size; none otherwise (every PDF is then made again)."""
    try:
        info = manifest.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MANIFEST_MAX_BYTES:
            return {}
        return manifest_entries(manifest.read_bytes())
    except OSError:
        return {}


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
    result: Generated, plan: _PdfPlan, made: Mapping[str, bytes], settings: GenerateSettings
) -> Generated:
    """Write one project's new PDFs (the `--force` rule applies), then its manifest; with
    `--dokument` the manifest keeps what it said of the other documents and their PDFs."""
    assert result.folder is not None
    force = settings.force
    recorded = _recorded_entries(result.folder / MANIFEST_NAME) if settings.only else {}
    new = {docx.path.with_suffix(".pdf").name: made[docx.sha256] for docx in plan.wanted}
    try:
        written = write_files(result.folder, new, force, always=_refreshed(plan)) if new else []
    except OutputError as e:  # the documents are written already
        return replace(result, failure=str(e), partial=True)
    sources = {pdf.path.name: docx for pdf, docx in plan.kept}
    sources |= {docx.path.with_suffix(".pdf").name: docx for docx in plan.wanted}
    pdfs = sorted([*(pdf for pdf, _ in plan.kept), *written], key=lambda w: w.path.name)
    vouched = [w for w in pdfs if w.status is not FileStatus.SKIPPED]  # stale ones unlisted
    entries = [(w.path.name, w.sha256, w.size) for w in (*result.files, *vouched)]
    data = manifest_of(result.checked.path, result.templates, entries, result.fields)
    data = _with_sources(data, {w.path.name: sources[w.path.name] for w in vouched})
    if settings.only:
        data = keep_other_entries(data, recorded)
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


def _refreshed(plan: _PdfPlan) -> frozenset[str]:
    """A PDF follows its .docx when this run replaced the .docx: without `--force` only a
    document refreshed on every run is replaced (the checklist, 08), and its PDF of the day
    before would otherwise stay, no longer vouched for by the manifest."""
    return frozenset(
        docx.path.with_suffix(".pdf").name
        for docx in plan.wanted
        if docx.status is FileStatus.OVERWRITTEN
    )


def _with_sources(manifest: bytes, sources: Mapping[str, WrittenFile]) -> bytes:
    """The manifest with, for each PDF, the .docx it was made from (name and SHA-256)."""
    data = json.loads(manifest)
    for name, docx in sources.items():
        data["documents"][name]["source"] = {"file": docx.path.name, "sha256": docx.sha256}
    return manifest_json(data)
