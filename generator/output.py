"""Writing documents safely: atomic writes, status per file, the manifest.

A file is written whole or not at all (a temporary name in the same folder, then a rename);
the same content gives the same bytes, so a re-run reports files as identical; an existing
file that would change is kept unless `force`.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from generator import messages as msg
from generator.errors import OutputError


class FileStatus(Enum):
    CREATED = msg.STATUS_CREATED
    IDENTICAL = msg.STATUS_IDENTICAL
    OVERWRITTEN = msg.STATUS_OVERWRITTEN
    SKIPPED = msg.STATUS_SKIPPED


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    status: FileStatus
    sha256: str
    size: int


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def plan_status(path: Path, data: bytes, force: bool) -> FileStatus:
    """What writing `data` to `path` would do, decided before anything is written."""
    if not path.exists():
        return FileStatus.CREATED
    if path.read_bytes() == data:
        return FileStatus.IDENTICAL
    return FileStatus.OVERWRITTEN if force else FileStatus.SKIPPED


def write_files(folder: Path, files: Mapping[str, bytes], force: bool) -> list[WrittenFile]:
    """Write every file of one project atomically; raises `OutputError` on the first failure.

    Files already written stay whole; the one that failed leaves no trace.
    """
    _make_folder(folder)
    results: list[WrittenFile] = []
    for name, data in files.items():
        path = folder / name
        status = plan_status(path, data, force)
        if status in (FileStatus.CREATED, FileStatus.OVERWRITTEN):
            write_atomic(path, data)
        results.append(WrittenFile(path, status, sha256(data), len(data)))
    return results


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(_describe(folder, e)) from e


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`."""
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".~szj-", suffix=".tmp", dir=path.parent)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; documents are shared
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as e:
        raise OutputError(_describe(path, e)) from e
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _describe(path: Path, error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        reason = "brak miejsca na dysku"
    elif error.errno in (errno.EACCES, errno.EPERM):
        reason = "brak uprawnień do zapisu lub plik jest otwarty w innym programie (np. w Wordzie)"
    elif error.errno == errno.EROFS:
        reason = "katalog jest tylko do odczytu"
    else:
        reason = error.strerror or str(error)
    return f"{path}: nie można zapisać — {reason}"


def manifest_bytes(
    version: str,
    input_path: Path,
    input_sha256: str,
    templates: Mapping[str, tuple[str, str]],
    documents: Sequence[tuple[str, str, int]],
) -> bytes:
    """`manifest.json` (machine-readable, so English keys): tool version, input hash, per
    template its source (`default` or `office`) and hash, per document its hash and size.
    No timestamps, so an unchanged run gives the same bytes."""
    manifest = {
        "tool": "szj",
        "version": version,
        "input": {"file": input_path.name, "sha256": input_sha256},
        "templates": {
            name: {"source": origin, "sha256": digest}
            for name, (origin, digest) in sorted(templates.items())
        },
        "documents": {name: {"sha256": digest, "size": size} for name, digest, size in documents},
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
