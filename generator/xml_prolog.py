"""Whether an XML part of a zip package (a workbook or a Word template) declares a DTD.

Office never writes a DTD; entity declarations are how XML bombs and external-entity reads
work. The question is answered by an XML parser, not by looking for `<!DOCTYPE` in the bytes,
so a part's name (`*.XML`), its encoding (UTF-16, UTF-32, with or without a byte order mark)
or padding before the declaration cannot hide one: the parser decodes the part as any
consumer would and reports the doctype it meets. Only the prolog is parsed (a DTD can stand
nowhere else), fed in blocks and at most `MAX_PROLOG` bytes of it; a part whose prolog the
parser cannot read, or that is longer, raises `UnreadableXml` (fail closed: nothing vouches
for it).

Used by `read` (workbooks) and `render` (templates): one function, one limit.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from typing import IO

MAX_PROLOG = 16 * 1024 * 1024  # what may come before the root element; Office writes ~60 bytes
_BLOCK = 1 << 16
_XML_NAMES = (".xml", ".rels", ".vml")
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
         codecs.BOM_UTF16_BE)


class UnreadableXml(Exception):
    """Raised when an XML part cannot be parsed up to its root element (or its prolog is
    longer than `MAX_PROLOG`), so nothing vouches that it holds no DTD."""


class _RootReached(Exception):
    """Raised by the parser target at the root element: the prolog is over."""


class _Prolog:
    """An lxml parser target that remembers a doctype and stops at the root element."""

    def __init__(self) -> None:
        self.declared = False

    def doctype(self, *_: object) -> None:
        self.declared = True
        raise _RootReached

    def start(self, *_: object) -> None:
        raise _RootReached

    def end(self, *_: object) -> None:
        pass

    def data(self, *_: object) -> None:
        pass

    def close(self) -> None:
        return None


def may_be_xml(name: str, head: bytes, content_type: str = "") -> bool:
    """Whether a part is to be parsed as XML: by its name in any case, by its content type
    (`…+xml`, `…/xml`), or because it starts like an XML document in any encoding."""
    if name.lower().endswith(_XML_NAMES) or content_type.lower().endswith("xml"):
        return True
    if head.startswith(_BOMS):
        return True
    # UTF-16 and UTF-32 text is ASCII with NUL bytes between: without them `<?xml` shows.
    start = head[:64].replace(b"\0", b"").lstrip(b" \t\r\n")
    return start.startswith((b"<?xml", b"<!"))


def holds_doctype(blocks: Iterable[bytes]) -> bool:
    """Whether the XML whose bytes come in `blocks` declares a DTD (see the module's doc).

    Raises UnreadableXml when the parser cannot read the part up to its root element."""
    from lxml import etree  # imported on first need: `szj validate` starts faster

    found = _Prolog()
    parser = etree.XMLParser(
        target=found, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    read = 0
    try:
        for block in blocks:
            if read == 0 and block.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
                block = block[4:]  # libxml2 reads UTF-32 by its `<`, not by this mark
            read += len(block)
            if read > MAX_PROLOG:
                raise UnreadableXml("prolog too long")
            parser.feed(block)
        parser.close()
    except _RootReached:
        return found.declared
    except etree.XMLSyntaxError as e:
        raise UnreadableXml(str(e)) from e
    raise UnreadableXml("no root element")


def stream_blocks(stream: IO[bytes]) -> Iterable[bytes]:
    """The bytes of `stream` in blocks, for `holds_doctype`."""
    while block := stream.read(_BLOCK):
        yield block


def bytes_blocks(data: bytes) -> Iterable[bytes]:
    """The bytes of `data` in blocks, for `holds_doctype`."""
    for start in range(0, len(data), _BLOCK):
        yield data[start : start + _BLOCK]
