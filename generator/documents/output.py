"""Writing documents safely: the project folder as a record store.

A folder is opened once, without following a link in its place, and (for a project folder)
locked for the whole plan-and-write, so two runs never mix their versions of one project.
Every read and write then goes through that open handle (`dir_fd`), so a link planted in the
folder's place mid-run is never written through; before anything is renamed into place the
folder is checked to still be the one opened. Only regular files are read or replaced: a link,
a pipe or a device where a document should be is an error, never followed or read.

A file is written whole or not at all (a temporary name in the same folder, then a rename);
the same content gives the same bytes, so a re-run reports files as identical; an existing
file that would change is kept unless `force`, and a read-only one is refused even then.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from generator import messages as msg
from generator.documents.folder_handles import (
    BINARY,
    CLOEXEC,
    NOFOLLOW,
    NONBLOCK,
    describe,
    identity,
    lock_folder,
    open_handles,
    require_regular,
)
from generator.errors import OutputError
from generator.files import TEMPORARY_PREFIX, TEMPORARY_SUFFIX, replace_atomically

__all__ = ["TEMPORARY_PREFIX", "TEMPORARY_SUFFIX"]  # the names of temporary files, for clean-up

STALE_TEMPORARY_SECONDS = 600  # outside a locked project folder: leftovers older than this go
ARCHIVE_FOLDER = "archiwum"  # where `--force` moves documents a workbook no longer produces
LOCK_WAIT_SECONDS = 10.0  # a second run on the same project waits this long, then stops
_READ_LIMIT = 64 << 20  # a manifest or document larger than this is not one the tool wrote



class FileStatus(Enum):
    CREATED = msg.STATUS_CREATED
    IDENTICAL = msg.STATUS_IDENTICAL
    OVERWRITTEN = msg.STATUS_OVERWRITTEN
    SKIPPED = msg.STATUS_SKIPPED
    HELD_BACK = msg.STATUS_HELD_BACK  # a new manifest that would describe skipped documents
    STALE = msg.STATUS_STALE  # a document the workbook no longer produces, left in place
    ARCHIVED = msg.STATUS_ARCHIVED  # the same, moved into `archiwum/` by `--force`


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


class ProjectFolder:
    """One output folder, opened without following links and held under an exclusive lock.

    Made by `open_folder`; valid only inside its `with` block. Names passed to its methods are
    plain file names inside the folder (no `/`).
    """

    def __init__(self, path: Path, fd: int | None, parent_fd: int | None) -> None:
        self.path = path
        self._fd = fd
        self._parent_fd = parent_fd
        self._identity = identity(os.fstat(fd)) if fd is not None else None

    # --- reading ---------------------------------------------------------------------------

    def entry(self, name: str) -> os.stat_result | None:
        """What stands under `name` (not following a link); None when nothing does."""
        try:
            return os.stat(self._at(name), dir_fd=self._fd, follow_symlinks=False)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise OutputError(describe(self.path / name, e)) from e

    def regular(self, name: str) -> os.stat_result | None:
        """Like `entry`, but anything other than a regular file there is an `OutputError`."""
        found = self.entry(name)
        if found is not None:
            require_regular(self.path / name, found.st_mode)
        return found

    def read(self, name: str, limit: int = _READ_LIMIT) -> bytes | None:
        """The bytes of a regular file (None when absent); never follows a link, never waits
        on a pipe, never reads a device, never reads more than `limit` bytes."""
        flags = os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC | BINARY
        try:
            handle = os.open(self._at(name), flags, dir_fd=self._fd)
        except FileNotFoundError:
            return None
        except OSError as e:
            self.regular(name)  # a link or a folder there: say which
            raise OutputError(describe(self.path / name, e)) from e
        try:
            found = os.fstat(handle)
            require_regular(self.path / name, found.st_mode)
            if found.st_size > limit:
                raise OutputError(describe(self.path / name, OSError(errno.EFBIG, "too large")))
            with os.fdopen(handle, "rb", closefd=False) as stream:
                return stream.read(limit + 1)[:limit]
        except OSError as e:
            raise OutputError(describe(self.path / name, e)) from e
        finally:
            os.close(handle)

    def describe_file(self, name: str) -> WrittenFile | None:
        """An existing regular file, kept as it is (`bez zmian`), with its hash and size."""
        data = self.read(name)
        if data is None:
            return None
        return WrittenFile(self.path / name, FileStatus.IDENTICAL, sha256(data), len(data))

    def plan(self, name: str, data: bytes, force: bool) -> FileStatus:
        """What writing `data` as `name` would do, decided before anything is written."""
        found = self.regular(name)
        if found is None:
            return FileStatus.CREATED
        if found.st_size == len(data) and self.read(name) == data:
            return FileStatus.IDENTICAL
        if not force:
            return FileStatus.SKIPPED
        if not found.st_mode & stat.S_IWUSR:  # read-only: someone meant it to stay
            raise OutputError(
                msg.OUTPUT_CANNOT_WRITE.format(path=self.path / name, reason=msg.OUTPUT_FILE_LOCKED)
            )
        return FileStatus.OVERWRITTEN

    # --- writing ---------------------------------------------------------------------------

    def write(
        self,
        files: Mapping[str, bytes],
        force: bool,
        *,
        index: str | None = None,
        always: frozenset[str] = frozenset(),
    ) -> list[WrittenFile]:
        """Write every file; raises `OutputError` on the first failure.

        In two steps: every file that changes is first written whole, and flushed, under a
        temporary name; only then are they renamed over their targets. A full disk or a
        refused write therefore changes no file; a rename refused (a document open in Word)
        leaves every file whole, either old or new. `index` names a file that describes the
        others (the manifest): when any other file is kept unchanged (`pominięto`) a new one
        is not created, so it never lists bytes that are not on disk (an existing one that
        would change is kept anyway without `force`). `always` names reports (the checklist)
        that are replaced without `force`: they are not records.
        """
        statuses = {
            name: self.plan(name, data, force or name in always) for name, data in files.items()
        }
        kept = [n for n, s in statuses.items() if s is FileStatus.SKIPPED and n != index]
        if index in statuses and kept and statuses[index] is FileStatus.CREATED:
            statuses[index] = FileStatus.HELD_BACK
        # The tool's own index follows the files it describes, all of them current now: it is
        # replaced without --force (a file of that name the tool did not write is still kept).
        if (
            index is not None
            and not kept
            and statuses.get(index) is FileStatus.SKIPPED
            and self._is_own_index(index)
        ):
            statuses[index] = FileStatus.OVERWRITTEN
        writing = (FileStatus.CREATED, FileStatus.OVERWRITTEN)
        changed = [n for n, s in statuses.items() if s in writing]
        staged: dict[str, str] = {}  # target → its temporary name, not yet renamed
        try:
            for name in changed:
                staged[name] = self._write_temporary(name, files[name])
            self.check_unchanged()
            self._rename_all(staged)
        finally:
            for temporary in staged.values():
                with contextlib.suppress(OSError):
                    os.unlink(self._at(temporary), dir_fd=self._fd)
        return [
            WrittenFile(self.path / name, statuses[name], sha256(data), len(data))
            for name, data in files.items()
        ]

    def _is_own_index(self, name: str) -> bool:
        """Whether `name` holds a manifest this tool wrote (`"tool": "szj"`)."""
        data = self.read(name)
        try:
            manifest = json.loads(data) if data is not None else None
        except ValueError:
            return False
        return isinstance(manifest, dict) and manifest.get("tool") == "szj"

    def _rename_all(self, staged: dict[str, str]) -> None:
        for renamed, name in enumerate(list(staged)):
            try:
                os.replace(
                    self._at(staged[name]), self._at(name), src_dir_fd=self._fd, dst_dir_fd=self._fd
                )
            except OSError as e:
                error = OutputError(describe(self.path / name, e))
                error.partial = renamed > 0
                raise error from e
            del staged[name]

    def _write_temporary(self, name: str, data: bytes) -> str:
        """`data` written and flushed to disk under a new temporary name in the folder."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC | BINARY
        temporary = f"{TEMPORARY_PREFIX}{secrets.token_hex(6)}{TEMPORARY_SUFFIX}"
        try:
            handle = os.open(self._at(temporary), flags, 0o666, dir_fd=self._fd)
        except OSError as e:
            raise OutputError(describe(self.path / name, e)) from e
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as e:
            with contextlib.suppress(OSError):
                os.unlink(self._at(temporary), dir_fd=self._fd)
            raise OutputError(describe(self.path / name, e)) from e
        return temporary

    def check_unchanged(self) -> None:
        """Refuse to go on when the folder's name no longer leads to the folder opened (it
        was moved away, or a link was put in its place): nothing is renamed into it."""
        if self._fd is None or self._identity is None:
            return
        try:
            now = os.stat(self.path.name, dir_fd=self._parent_fd, follow_symlinks=False)
        except OSError:
            now = None
        if now is None or identity(now) != self._identity:
            raise OutputError(
                msg.OUTPUT_CANNOT_WRITE.format(path=self.path, reason=msg.OUTPUT_FOLDER_CHANGED)
            )

    # --- records no longer produced --------------------------------------------------------

    def stale(self, produced: Iterable[str], known: Iterable[str]) -> list[WrittenFile]:
        """Records the tool makes (`known` names, with each document's PDF) that stand in the
        folder although no file of `produced` has their stem: out of date, no longer made."""
        made = {Path(name).stem for name in produced}
        candidates: dict[str, None] = {}
        for name in known:
            if Path(name).name != name or Path(name).stem in made:
                continue
            candidates[name] = None
            if name.endswith(".docx"):
                candidates[name.removesuffix(".docx") + ".pdf"] = None
        found = []
        for name in candidates:
            described = self.describe_file(name)
            if described is not None:
                found.append(
                    WrittenFile(described.path, FileStatus.STALE, described.sha256, described.size)
                )
        return found

    def archive(self, stale: Sequence[WrittenFile]) -> list[WrittenFile]:
        """Move stale files into `archiwum/` (a free name: `05_x.docx`, `05_x (2).docx` …)."""
        if not stale:
            return []
        with open_folder(self.path / ARCHIVE_FOLDER, lock=False) as archive:
            archived = []
            for record in stale:
                target = archive.free_name(record.path.name)
                try:
                    os.rename(
                        self._at(record.path.name),
                        archive._at(target),
                        src_dir_fd=self._fd,
                        dst_dir_fd=archive._fd,
                    )
                except OSError as e:
                    raise OutputError(describe(record.path, e)) from e
                archived.append(WrittenFile(record.path, FileStatus.ARCHIVED, record.sha256,
                                            record.size))
            return archived

    def free_name(self, name: str) -> str:
        stem, dot, suffix = name.rpartition(".")
        candidate, number = name, 1
        while self.entry(candidate) is not None:
            number += 1
            candidate = f"{stem} ({number}){dot}{suffix}" if dot else f"{name} ({number})"
        return candidate

    # --- housekeeping ----------------------------------------------------------------------

    def remove_temporaries(self) -> None:
        """Remove the temporary files a killed run left. Called with the lock held: no other
        run can be writing into this folder now, so every temporary file is a leftover."""
        try:
            names = os.listdir(self._fd if self._fd is not None else self.path)
        except OSError:
            return
        for name in names:
            if name.startswith(TEMPORARY_PREFIX) and name.endswith(TEMPORARY_SUFFIX):
                found = self.entry(name)
                if found is not None and stat.S_ISREG(found.st_mode):
                    with contextlib.suppress(OSError):
                        os.unlink(self._at(name), dir_fd=self._fd)

    def _at(self, name: str) -> str:
        return name if self._fd is not None else str(self.path / name)


@contextlib.contextmanager
def open_folder(
    path: Path, *, lock: bool = True, wait: float | None = None
) -> Iterator[ProjectFolder]:
    """Create `path` if needed, open it once (a link in its place is refused) and, with
    `lock`, hold its exclusive lock until the block ends (waiting up to `wait` seconds,
    `LOCK_WAIT_SECONDS` by default, for a run already writing there). Leftover temporary
    files are removed once locked."""
    parent_fd = fd = None
    try:
        parent_fd, fd = open_handles(path)
        folder = ProjectFolder(path, fd, parent_fd)
        if lock:
            lock_folder(path, fd, LOCK_WAIT_SECONDS if wait is None else wait)
            folder.check_unchanged()  # the folder may have been swapped while we waited
            folder.remove_temporaries()
        yield folder
    finally:
        for handle in (fd, parent_fd):
            if handle is not None:
                os.close(handle)  # closing the folder's handle releases its lock










def plan_status(path: Path, data: bytes, force: bool) -> FileStatus:
    """What writing `data` to the single file `path` would do (a file outside any project
    folder, such as the register); only a regular file is ever read or replaced."""
    try:
        found = path.lstat()
    except FileNotFoundError:
        return FileStatus.CREATED
    except OSError as e:
        raise OutputError(describe(path, e)) from e
    require_regular(path, found.st_mode)
    if found.st_size == len(data):
        try:
            if path.read_bytes() == data:
                return FileStatus.IDENTICAL
        except OSError as e:
            raise OutputError(describe(path, e)) from e
    return FileStatus.OVERWRITTEN if force else FileStatus.SKIPPED


def write_files(
    folder: Path,
    files: Mapping[str, bytes],
    force: bool,
    *,
    index: str | None = None,
    always: frozenset[str] = frozenset(),
) -> list[WrittenFile]:
    """Open and lock `folder`, write `files` into it (see `ProjectFolder.write`)."""
    with open_folder(folder) as opened:
        return opened.write(files, force, index=index, always=always)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a single file such as the register, outside any project folder (no lock):
    a temporary file beside `path`, flushed to disk, renamed over it (`files`)."""
    try:
        replace_atomically(path, data)
    except OSError as e:
        raise OutputError(describe(path, e)) from e






