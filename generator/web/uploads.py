"""Receiving one uploaded workbook into a private folder, fail-closed.

The body is counted while it streams in (a request over the limit is refused before it is
read whole), only a file named `.xlsx` is accepted, and it is written under its own name
(so messages name the clerk's file) into a folder of the request's own that the caller
removes after the response. What the file holds is checked by the reader, as on the
command line (zip and XML bombs, encryption, .xls).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request
from starlette.types import Message, Receive

from generator import messages as msg

FIELD = "skoroszyt"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
FORM_OVERHEAD_BYTES = 64 * 1024  # multipart boundaries, headers and the small fields
_UNSAFE_NAME_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_MAX_NAME_LENGTH = 120
_CHUNK = 1 << 16


class UploadRefused(Exception):
    """Raised when an upload is refused; `status` is the HTTP status, the message Polish."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Upload:
    path: Path  # the workbook, inside the request's private folder
    pdf: bool  # the form asked for PDF/A copies too


def too_large() -> UploadRefused:
    return UploadRefused(413, msg.WEB_UPLOAD_TOO_LARGE.format(limit=MAX_UPLOAD_BYTES // 2**20))


def limited(receive: Receive, limit: int) -> Receive:
    """`receive` that refuses the request once its body passes `limit` bytes."""
    received = 0

    async def receive_limited() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise too_large()
        return message

    return receive_limited


def safe_name(filename: str) -> str:
    """The file's own name without any folder, safe as a file name on every system."""
    name = re.split(r"[\\/]", filename)[-1]
    name = _UNSAFE_NAME_CHARS.sub("_", name).strip(". ")
    if len(name) > _MAX_NAME_LENGTH:
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem[: _MAX_NAME_LENGTH - 6]}{dot}{suffix}" if dot else name[:_MAX_NAME_LENGTH]
    return name or "skoroszyt.xlsx"


async def receive_workbook(request: Request, folder: Path) -> Upload:
    """Store the form's workbook in `folder`; raises `UploadRefused` for anything else."""
    limit = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large()
    bounded = Request(request.scope, limited(request.receive, limit))
    try:
        async with bounded.form(max_files=1, max_fields=8) as form:
            upload = form.get(FIELD)
            if not isinstance(upload, UploadFile) or not upload.filename:
                raise UploadRefused(422, msg.WEB_UPLOAD_MISSING)
            path = folder / safe_name(upload.filename)
            if path.suffix.lower() != ".xlsx":
                raise UploadRefused(422, msg.WEB_UPLOAD_NOT_XLSX.format(file=path.name))
            await _copy(upload, path)
            return Upload(path, form.get("pdf") == "1")
    except (MultiPartException, HTTPException, ClientDisconnect, ValueError) as e:
        raise UploadRefused(422, msg.WEB_UPLOAD_BROKEN) from e


async def _copy(upload: UploadFile, path: Path) -> None:
    size = 0
    with path.open("xb") as target:
        while chunk := await upload.read(_CHUNK):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                raise too_large()
            target.write(chunk)
    if size == 0:
        raise UploadRefused(422, msg.WEB_UPLOAD_EMPTY.format(file=path.name))
