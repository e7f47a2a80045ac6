"""One unpack limit for every archive the tool reads: a workbook and a template declaring the
same size are refused alike (read.py allowed 300 MB, the renderer 200 MB)."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import pytest

from generator import messages as msg
from generator.documents.registry import DECISION
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet
from generator.errors import InputFileError, TemplateError
from generator.files import zip_bytes
from generator.workbook.read import read_workbook

DECLARED = 250 * 1024 * 1024  # between the two old limits
_CENTRAL_ENTRY = b"PK\x01\x02"
_UNCOMPRESSED_SIZE = 24  # offset of the uncompressed size in a central directory entry


def _declaring(members: list[tuple[str, bytes]], declared: int) -> bytes:
    """An archive of `members` plus a stored part of random bytes (so the compression ratio
    is ordinary) whose central directory entry declares `declared` bytes unpacked."""
    out = io.BytesIO(zip_bytes(members))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("zz/big.bin", os.urandom(1_400_000))
    forged = bytearray(out.getvalue())
    entry = forged.rfind(_CENTRAL_ENTRY)  # the part written last
    struct.pack_into("<I", forged, entry + _UNCOMPRESSED_SIZE, declared)
    return bytes(forged)


def test_a_workbook_declaring_250_mb_is_refused_as_too_large(tmp_path: Path) -> None:
    path = tmp_path / "projekt.xlsx"
    path.write_bytes(_declaring([("xl/workbook.xml", b"<workbook/>")], DECLARED))
    with pytest.raises(InputFileError) as refused:
        read_workbook(path)
    assert msg.FILE_TOO_LARGE.format(size=DECLARED >> 20) in str(refused.value)


def test_a_template_declaring_250_mb_is_refused_as_too_large(tmp_path: Path) -> None:
    with zipfile.ZipFile(DEFAULT_TEMPLATES / DECISION) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    (tmp_path / DECISION).write_bytes(_declaring(members, DECLARED))
    with pytest.raises(TemplateError, match=msg.TEMPLATE_TOO_LARGE):
        TemplateSet(default_dir=tmp_path).check(DECISION)
