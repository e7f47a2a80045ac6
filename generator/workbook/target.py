"""One file a command writes at a path the user names: `szj init PLIK`, `szj register -o PLIK`.

The file is written whole or not at all (a temporary file beside it, flushed, then renamed
over it), never through a symbolic link, never over a folder, pipe or device, and never over
a read-only file. Temporary files a killed run left beside it are removed first; the one of
this run is removed on every way out, including `SIGTERM`.
"""

from __future__ import annotations

import contextlib
import stat
import time
from pathlib import Path

from generator import messages as msg
from generator.documents.output import (
    STALE_TEMPORARY_SECONDS,
    TEMPORARY_PREFIX,
    TEMPORARY_SUFFIX,
    write_atomic,
)
from generator.errors import OutputError
from generator.sigterm import stopped_by_sigterm


def existing_target(path: Path) -> bool:
    """Whether `path` already holds a file; raises `OutputError` for what must not be replaced.

    Refused whatever `--force` says: a missing folder, a symbolic link (even a dangling one),
    anything that is not a regular file.
    """
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(msg.TARGET_FOLDER_MISSING.format(path=path, folder=folder))
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return False
    except OSError as e:
        raise OutputError(msg.TARGET_UNREADABLE.format(path=path, detail=e.strerror)) from e
    if stat.S_ISLNK(mode):
        raise OutputError(msg.TARGET_IS_LINK.format(path=path))
    if not stat.S_ISREG(mode):
        raise OutputError(msg.TARGET_NOT_A_FILE.format(path=path))
    return True


def refuse_read_only(path: Path) -> None:
    """A file without any write permission is kept, even with `--force` (and even as root)."""
    if path.lstat().st_mode & 0o222 == 0:
        raise OutputError(msg.TARGET_READ_ONLY.format(path=path))


def write_target(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, after removing temporaries a killed run left."""
    remove_stale_temporaries(path.parent)
    with stopped_by_sigterm():
        write_atomic(path, data)


def remove_stale_temporaries(folder: Path) -> None:
    """Remove `.~szj-*.tmp` files older than any write takes (a killed run left them)."""
    oldest_kept = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"):
        with contextlib.suppress(OSError):
            if leftover.lstat().st_mtime < oldest_kept:
                leftover.unlink()
