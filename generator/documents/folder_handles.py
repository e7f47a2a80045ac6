"""Opening a project folder safely: by handle where the system allows (no symlink swapped
in between checks), locked against a second run, regular files only; every OS error said
in Polish (`describe`)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from pathlib import Path

from generator import messages as msg
from generator.errors import OutputError

LOCK_POLL_SECONDS = 0.05
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
DIRECTORY = getattr(os, "O_DIRECTORY", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a pipe must not wait for a writer
CLOEXEC = getattr(os, "O_CLOEXEC", 0)  # LibreOffice and workers never inherit a handle
BINARY = getattr(os, "O_BINARY", 0)
# POSIX: folders are opened and used through `dir_fd`. Elsewhere (Windows) paths are used.
BY_HANDLE = bool(DIRECTORY) and os.open in os.supports_dir_fd


def open_handles(path: Path) -> tuple[int | None, int | None]:
    """(output folder, project folder) handles; the project folder made if missing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(describe(path, e)) from e
    if not BY_HANDLE:
        try:
            path.mkdir(exist_ok=True)
        except OSError as e:
            raise OutputError(describe(path, e)) from e
        return None, None
    try:
        parent_fd = os.open(path.parent, os.O_RDONLY | DIRECTORY | CLOEXEC)
    except OSError as e:
        raise OutputError(describe(path, e)) from e
    try:
        with contextlib.suppress(FileExistsError):
            os.mkdir(path.name, 0o777, dir_fd=parent_fd)
        flags = os.O_RDONLY | DIRECTORY | NOFOLLOW | CLOEXEC
        return parent_fd, os.open(path.name, flags, dir_fd=parent_fd)
    except OSError as e:
        reason = e
        with contextlib.suppress(OSError):
            found = os.stat(path.name, dir_fd=parent_fd, follow_symlinks=False)
            if stat.S_ISLNK(found.st_mode):
                reason = OSError(errno.ELOOP, "symbolic link")
        os.close(parent_fd)
        raise OutputError(describe(path, reason)) from e


def lock_folder(path: Path, fd: int | None, wait: float) -> None:
    """An exclusive `flock` on the folder itself (no lock file to leave behind); released
    when the handle is closed, also when the process is killed."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks on folders
        return
    if fd is None:
        return
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                busy = msg.OUTPUT_BUSY.format(seconds=round(wait))
                raise OutputError(msg.OUTPUT_CANNOT_WRITE.format(path=path, reason=busy)) from None
            time.sleep(LOCK_POLL_SECONDS)
        except OSError as e:  # a file system without locks (some network shares)
            if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                return
            raise OutputError(describe(path, e)) from e


def identity(found: os.stat_result) -> tuple[int, int]:
    return found.st_dev, found.st_ino


def require_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISLNK(mode):
        reason = msg.OUTPUT_LINK_IN_THE_WAY
    elif stat.S_ISDIR(mode):
        reason = msg.OUTPUT_FOLDER_IN_THE_WAY
    else:
        reason = msg.OUTPUT_SPECIAL_FILE_IN_THE_WAY
    raise OutputError(msg.OUTPUT_CANNOT_WRITE.format(path=path, reason=reason))


def describe(path: Path, error: OSError) -> str:
    """`PATH: nie można zapisać — REASON`, the reason in Polish."""
    reasons = {
        errno.ENOSPC: msg.OUTPUT_NO_SPACE,
        errno.EDQUOT: msg.OUTPUT_NO_SPACE,
        errno.EACCES: msg.OUTPUT_NO_PERMISSION,
        errno.EPERM: msg.OUTPUT_NO_PERMISSION,
        errno.EROFS: msg.OUTPUT_READ_ONLY,
        errno.ENOTDIR: msg.OUTPUT_FILE_IN_THE_WAY,
        errno.EEXIST: msg.OUTPUT_FILE_IN_THE_WAY,
        errno.EISDIR: msg.OUTPUT_FOLDER_IN_THE_WAY,
        errno.ELOOP: msg.OUTPUT_LINK_IN_THE_WAY,
        errno.EFBIG: msg.OUTPUT_TOO_LARGE,
    }
    reason = reasons.get(error.errno or 0) or msg.OUTPUT_SYSTEM_ERROR.format(
        detail=error.strerror or error
    )
    return msg.OUTPUT_CANNOT_WRITE.format(path=path, reason=reason)
