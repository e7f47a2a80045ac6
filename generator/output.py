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
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from generator import messages as msg
from generator.errors import OutputError

TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".~szj-", ".tmp"
STALE_TEMPORARY_SECONDS = 600


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
    try:
        identical = path.read_bytes() == data
    except OSError as e:  # a folder of that name, a file this user may not read
        raise OutputError(_describe(path, e)) from e
    if identical:
        return FileStatus.IDENTICAL
    return FileStatus.OVERWRITTEN if force else FileStatus.SKIPPED


def write_files(folder: Path, files: Mapping[str, bytes], force: bool) -> list[WrittenFile]:
    """Write every file of one project; raises `OutputError` on the first failure.

    In two steps: every file that changes is first written whole, and flushed, under a
    temporary name beside its target; only then are they renamed over their targets. A full
    disk or a refused write therefore changes no document; a rename refused (a document open
    in Word) leaves every file whole, either old or new. Temporary files left by a run that
    was killed are removed first.
    """
    _make_folder(folder)
    _remove_stale_temporaries(folder)
    results: list[WrittenFile] = []
    staged: list[tuple[str, Path]] = []  # (temporary file, its target), not yet renamed
    try:
        for name, data in files.items():
            path = folder / name
            status = plan_status(path, data, force)
            if status in (FileStatus.CREATED, FileStatus.OVERWRITTEN):
                staged.append((_write_temporary(path, data), path))
            results.append(WrittenFile(path, status, sha256(data), len(data)))
        renamed = 0
        while staged:
            try:
                _rename(*staged[0])
            except OutputError as e:
                e.partial = renamed > 0
                raise
            staged.pop(0)
            renamed += 1
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return results


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(_describe(folder, e)) from e


def _remove_stale_temporaries(folder: Path) -> None:
    """Remove temporary files a killed run left (a write takes milliseconds, not minutes)."""
    oldest_kept = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < oldest_kept:
                leftover.unlink()


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`."""
    temporary = _write_temporary(path, data)
    try:
        _rename(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write_temporary(path: Path, data: bytes) -> str:
    """`data` written and flushed to disk under a temporary name beside `path`."""
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=path.parent
        )
        with os.fdopen(handle, "wb") as stream:
            os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; documents are shared
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        written, temporary = temporary, None
        return written
    except OSError as e:
        raise OutputError(_describe(path, e)) from e
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _rename(temporary: str, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as e:
        raise OutputError(_describe(path, e)) from e


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _describe(path: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = msg.OUTPUT_NO_SPACE
    elif error.errno in (errno.EACCES, errno.EPERM):
        reason = msg.OUTPUT_NO_PERMISSION
    elif error.errno == errno.EROFS:
        reason = msg.OUTPUT_READ_ONLY
    elif error.errno in (errno.ENOTDIR, errno.EEXIST):
        reason = msg.OUTPUT_FILE_IN_THE_WAY
    elif error.errno == errno.EISDIR:
        reason = msg.OUTPUT_FOLDER_IN_THE_WAY
    else:
        reason = msg.OUTPUT_SYSTEM_ERROR.format(detail=error.strerror or error)
    return msg.OUTPUT_CANNOT_WRITE.format(path=path, reason=reason)


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
