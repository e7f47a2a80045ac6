"""Private folders for LibreOffice (its profile, the work folder of a conversion): made
private, owned through a lock while in use, and removed when abandoned by a killed run."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

OWNER_FILE = ".szj-owner"  # locked while the folder is in use; a free lock means abandoned
UNOWNED_KEPT_SECONDS = 3600  # a folder killed before its lock existed: removed when this old
# Private profile settings (registrymodifications.xcu): LibreOffice loads no linked image or
# file (a document from an untrusted place may not fetch anything), updates no links when
# loading (LinkUpdateModes.NEVER) and runs no macros.
PROFILE_SETTINGS = (
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "0"),
)


def write_profile_settings(profile: Path) -> None:
    items = "".join(
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
        f"<value>{value}</value></prop></item>\n"
        for path, name, value in PROFILE_SETTINGS
    )
    (profile / "user").mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}</oor:items>\n",
        encoding="utf-8",
    )


@contextlib.contextmanager
def private_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new folder in `parent`, locked as in use while open and removed on leaving."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        with _owner_lock(folder):
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _owner_lock(folder: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # not POSIX: leftovers are removed by age only
        yield
        return
    handle = os.open(folder / OWNER_FILE, os.O_CREAT | os.O_WRONLY | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def remove_abandoned(parent: Path, prefix: str) -> None:
    """Remove this user's `prefix*` folders in `parent` that no running process holds (left
    by a killed run). A folder in use keeps its owner lock and is left alone."""
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if (
                entry.name.startswith(prefix)
                and entry.is_dir(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_uid == _euid()
            ):
                _remove_if_abandoned(Path(entry.path))


def _remove_if_abandoned(folder: Path) -> None:
    try:
        import fcntl

        handle = os.open(folder / OWNER_FILE, os.O_RDONLY | os.O_NOFOLLOW)
    except (ImportError, FileNotFoundError):
        if time.time() - folder.stat().st_mtime > UNOWNED_KEPT_SECONDS:
            shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return  # in use by a running conversion
        raise
    else:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        os.close(handle)


def _euid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else -1
