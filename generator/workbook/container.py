"""The workbook file as a whole, checked before openpyxl reads any of it (SPEC §3).

A FIFO, device or folder, an old `.xls`, an encrypted or OpenDocument file, a zip cut short,
a zip bomb or an XML part declaring a DTD is refused here with a message saying what it is.
"""

from __future__ import annotations

import itertools
import os
import stat
import zipfile
import zlib
from pathlib import Path

from generator import messages as msg
from generator.errors import InputFileError
from generator.files import MAX_UNPACKED_BYTES, unpacked_size
from generator.xml_prolog import UnreadableXml, holds_doctype, may_be_xml, stream_blocks

_OLE_BLOCK = 1 << 16
MAX_COMPRESSION_RATIO = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKER = "EncryptionInfo".encode("utf-16-le")
_ZIP_MAGIC = b"PK\x03\x04"
_ZIP_ENCRYPTED_FLAG = 0x1  # a zip entry encrypted with a password (not Excel's own protection)


def check_regular_file(path: Path) -> None:
    """Refuse a FIFO, device, socket or folder before anything opens it.

    Opening a FIFO for reading blocks until a writer comes, and a device such as
    `/dev/zero` never ends; `os.stat` follows links and never blocks, so a link to a regular
    file is read and a link to anything else is refused like the thing itself.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputFileError(path, msg.FILE_NOT_FOUND) from None
    except OSError as e:
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=e.strerror)) from e
    if not stat.S_ISREG(mode):
        raise InputFileError(path, msg.FILE_NOT_REGULAR)


def check_container(path: Path) -> None:
    """Refuse what is not an `.xlsx` with a message that says what it is instead."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InputFileError(path, msg.FILE_NOT_FOUND) from None
    except OSError as e:
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=e.strerror)) from e
    if size == 0:
        raise InputFileError(path, msg.FILE_EMPTY)
    if head == _OLE_MAGIC:
        # An encrypted .xlsx is an OLE container holding `EncryptionInfo`; else it is .xls.
        if _holds_bytes(path, _ENCRYPTED_MARKER):
            raise InputFileError(path, msg.FILE_ENCRYPTED)
        raise InputFileError(path, msg.FILE_OLD_XLS)
    if not zipfile.is_zipfile(path):
        # A zip that lost its end (the directory) is a copy or download cut short.
        cut_short = head[:4] == _ZIP_MAGIC
        raise InputFileError(path, msg.FILE_TRUNCATED if cut_short else msg.FILE_NOT_XLSX)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(path, archive)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as e:
        raise InputFileError(path, msg.FILE_DAMAGED.format(detail=type(e).__name__)) from e


def _holds_bytes(path: Path, marker: bytes) -> bool:
    """Whether the file holds `marker`, read in blocks: never the whole file in memory."""
    overlap = len(marker) - 1
    with path.open("rb") as handle:
        tail = b""
        while block := handle.read(_OLE_BLOCK):
            window = tail + block
            if marker in window:
                return True
            tail = window[-overlap:]
    return False


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """Size and ratio limits against zip bombs, then no DTD in any XML part.

    Excel never writes a DTD; entity declarations are how XML bombs and external-entity
    reads work, so a part holding one is refused whatever parser would read it later.
    """
    entries = archive.infolist()
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        opendocument = "mimetype" in names and "content.xml" in names
        raise InputFileError(path, msg.FILE_ODS if opendocument else msg.FILE_NOT_XLSX)
    if any(e.flag_bits & _ZIP_ENCRYPTED_FLAG for e in entries):
        raise InputFileError(path, msg.FILE_ENCRYPTED)
    unpacked = unpacked_size(entries)
    packed = sum(e.compress_size for e in entries) or 1
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
        raise InputFileError(path, msg.FILE_TOO_LARGE.format(size=unpacked // 2**20))
    for entry in entries:
        try:
            doctype = _holds_doctype(archive, entry)
        except UnreadableXml as e:
            raise InputFileError(path, msg.FILE_DAMAGED.format(detail=entry.filename)) from e
        if doctype:
            raise InputFileError(path, msg.FILE_XML_DOCTYPE)


def _holds_doctype(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """Whether a part that is XML (by its name in any case, or by how it starts) declares a
    DTD as an XML parser reads it, whatever its encoding; the same check as the templates'
    (`xml_prolog.holds_doctype`), reading only the prolog, in blocks."""
    with archive.open(entry) as stream:
        head = stream.read(64)
        if not may_be_xml(entry.filename, head):
            return False
        return holds_doctype(itertools.chain((head,), stream_blocks(stream)))
