"""The manifest of a project folder (`manifest.json`): which documents the tool wrote, from
which workbook and templates, with their SHA-256."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.documents.output import ProjectFolder
from generator.errors import OutputError


def read_manifest_names(folder: ProjectFolder, name: str) -> list[str]:
    """The document names an earlier run listed in `name` (empty when unreadable)."""
    try:
        data = folder.read(name, limit=1 << 20)
        listed = json.loads(data or b"{}").get("documents", {})
    except (OutputError, ValueError, AttributeError):
        return []
    return [key for key in listed if isinstance(key, str)] if isinstance(listed, dict) else []


def read_manifest_entries(folder: ProjectFolder, name: str) -> dict[str, dict[str, object]]:
    """The per-document entries an earlier run wrote in `name` (empty when unreadable or
    not the tool's)."""
    try:
        return manifest_entries(folder.read(name, limit=1 << 20))
    except OutputError:
        return {}


def manifest_entries(data: bytes | None) -> dict[str, dict[str, object]]:
    """The per-document entries of a manifest's bytes; none when there are no bytes, they
    are not JSON, or not a manifest this tool wrote."""
    try:
        manifest = json.loads(data or b"{}")
    except ValueError:
        return {}
    if not isinstance(manifest, dict) or manifest.get("tool") != "szj":
        return {}
    listed = manifest.get("documents")
    if not isinstance(listed, dict):
        return {}
    return {k: v for k, v in listed.items() if isinstance(k, str) and isinstance(v, dict)}


def manifest_bytes(
    version: str,
    input_path: Path,
    input_sha256: str,
    templates: Mapping[str, tuple[str, str]],
    documents: Sequence[tuple[str, str, int]],
    fields: Mapping[str, Mapping[str, str]] | None = None,
) -> bytes:
    """`manifest.json` (machine-readable, so English keys): tool version, input hash, per
    template its source (`default` or `office`) and hash, per document its hash and size.
    No timestamps, so an unchanged run gives the same bytes. `fields` holds, per document,
    the hash of each template field's value (`field_meta.field_hashes`): a later run names the
    fields of a record that changed."""
    fields = fields or {}
    manifest = {
        "tool": "szj",
        "version": version,
        "input": {"file": input_path.name, "sha256": input_sha256},
        "templates": {
            name: {"source": origin, "sha256": digest}
            for name, (origin, digest) in sorted(templates.items())
        },
        "documents": {
            name: {"sha256": digest, "size": size}
            | ({"fields": dict(fields[name])} if name in fields else {})
            for name, digest, size in documents
        },
    }
    return manifest_json(manifest)


def manifest_json(manifest: Mapping[str, object]) -> bytes:
    """A manifest as written: UTF-8 JSON, indented, one final newline (the same bytes for
    the same content)."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
