"""Writing one project's documents into its folder: the plan, stale documents, the manifest.

The documents were rendered in memory (`pipeline.prepare_workbook`); here they are written in
one locked, all-or-nothing step, with the manifest merged from what an earlier run recorded
(`--dokument`, PDFs still current) and the records kept without `--force` named with what
changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from generator import messages as msg
from generator.documents.manifest import (
    manifest_json,
    read_manifest_entries,
    read_manifest_names,
)
from generator.documents.output import (
    FileStatus,
    ProjectFolder,
    WrittenFile,
    open_folder,
    sha256,
)
from generator.errors import OutputError
from generator.results import Generated, GenerateSettings, Prepared

MANIFEST_NAME = "manifest.json"
MANIFEST_MAX_BYTES = 1 << 20


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
            documents = _with_current_pdfs(folder, prepared.documents, recorded)
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
    return {**documents, MANIFEST_NAME: keep_other_entries(documents[MANIFEST_NAME], recorded)}


def keep_other_entries(manifest: bytes, recorded: Mapping[str, Mapping[str, object]]) -> bytes:
    """`manifest` of a `--dokument` run with the entries an earlier run recorded for the
    documents not written this time (and their PDFs) put back first, in their order. A PDF
    of a document written now is not put back: it is vouched for anew or not at all."""
    new = json.loads(manifest)
    now = set(new["documents"])

    def other(name: str) -> bool:
        if name in now:
            return False
        return not (name.endswith(".pdf") and name.removesuffix(".pdf") + ".docx" in now)

    others = {name: entry for name, entry in recorded.items() if other(name)}
    new["documents"] = {**others, **new["documents"]}
    return manifest_json(new)


def _with_current_pdfs(
    folder: ProjectFolder,
    documents: Mapping[str, bytes],
    recorded: Mapping[str, Mapping[str, object]],
) -> dict[str, bytes]:
    """The documents with their manifest keeping the PDFs of an earlier `--pdf` run
    (`recorded`, the manifest now in the folder) that are still current: made from the very
    .docx now written, and unchanged on disk. A run without `--pdf` then leaves the manifest
    as it was instead of dropping them."""
    if MANIFEST_NAME not in documents:
        return dict(documents)
    new = json.loads(documents[MANIFEST_NAME])
    current = {name: entry["sha256"] for name, entry in new["documents"].items()}
    kept: dict[str, Mapping[str, object]] = {}
    for name, entry in recorded.items():
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
    data = manifest_json(new)
    return {**documents, MANIFEST_NAME: data}
