"""Where the register goes and how it is recognised: written by the rule of every command
(nothing replaced without `--force`, never a workbook it was made from), and known again by
its marker (`REGISTER_IDENTIFIER`) so `find_workbooks` never reads it as a project.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from generator import messages as msg
from generator.documents.output import FileStatus, plan_status
from generator.errors import OutputError
from generator.workbook.target import existing_target, refuse_read_only, write_target

REGISTER_SHEET = msg.REGISTER_SHEET
REGISTER_IDENTIFIER = "szj-rejestr"  # docProps/core.xml dc:identifier of every register
_MAX_PROBED_PART = 1 << 20  # a register's core.xml and workbook.xml are a few hundred bytes



def write_register(
    target: Path, data: bytes, force: bool, inputs: Sequence[Path]
) -> FileStatus:
    """Write the register to `target` by the rule of every command: nothing existing is
    replaced without `force`, and never a workbook the register was made from."""
    if existing_target(target):
        if any(_same_file(target, path) for path in inputs):
            raise OutputError(msg.REGISTER_TARGET_IS_INPUT.format(target=target))
        status = plan_status(target, data, force)
        if status is FileStatus.SKIPPED:
            refusal = msg.REGISTER_EXISTS if is_register(target) else msg.REGISTER_TARGET_FOREIGN
            raise OutputError(refusal.format(target=target))
        if status is FileStatus.IDENTICAL:
            return status
        refuse_read_only(target)
        write_target(target, data)
        return status
    write_target(target, data)
    return FileStatus.CREATED


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False



def is_register(path: Path) -> bool:
    """Whether `path` is a register `szj register` wrote: marked as one, or (written before
    the marker) a workbook whose only sheet is the register's. Anything odd means no; the
    reader then reports the file as it would any other."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # never open a pipe or device: it could block for ever
        with zipfile.ZipFile(path) as archive:
            core = _part(archive, "docProps/core.xml")
            if core is not None and _text_of(core, "identifier") == [REGISTER_IDENTIFIER]:
                return True
            book = _part(archive, "xl/workbook.xml")
            return book is not None and _sheet_names(book) == [REGISTER_SHEET]
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
        return False


def _part(archive: zipfile.ZipFile, name: str) -> Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PROBED_PART:
        return None
    try:
        return fromstring(archive.read(info))
    except (ParseError, DefusedXmlException):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text_of(root: Element, name: str) -> list[str]:
    return [(e.text or "").strip() for e in root.iter() if _local(str(e.tag)) == name]


def _sheet_names(root: Element) -> list[str]:
    return [e.get("name", "") for e in root.iter() if _local(str(e.tag)) == "sheet"]
