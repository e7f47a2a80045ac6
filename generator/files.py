"""Writing files safely, once for the whole tool: deterministic zips (the documents, the
register, the page's download, the normalised templates), the temporary-file-and-rename
every write goes through, and the one limit on what an archive may unpack to (workbooks and
templates alike). Errors are OSError; callers say them in Polish.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so equal content gives equal bytes
# What an archive we read (a workbook, a template) may unpack to: real ones are a few
# hundred kB, so anything near this is a zip bomb.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".~szj-", ".tmp"


def fixed_info(name: str) -> zipfile.ZipInfo:
    """A zip member header with the fixed time, deflated, mode 0644."""
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def zip_bytes(members: Iterable[tuple[str, bytes]], onto: bytes = b"") -> bytes:
    """A deterministic zip of `members` in the order given, after those of `onto`."""
    out = io.BytesIO(onto)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a" if onto else "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members:
            archive.writestr(fixed_info(member), content)
    return out.getvalue()


def unpacked_size(infos: Iterable[zipfile.ZipInfo]) -> int:
    """What the members would unpack to, as their headers declare."""
    return sum(info.file_size for info in infos)


def replace_atomically(
    path: Path, data: bytes, *, shared: bool = True, durable: bool = True
) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`: a reader
    sees the old file or the new one, never half of one. `shared` gives the file the usual
    permissions (a temporary file is private, 0600); `durable` flushes it to disk before
    the rename. The temporary file is removed when anything fails; OSError propagates."""
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=path.parent
        )
        with os.fdopen(handle, "wb") as stream:
            if shared:
                os.chmod(temporary, 0o666 & ~_umask())
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
