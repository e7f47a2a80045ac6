"""Normalise Word templates after editing them in Word or LibreOffice, so that saving a file
without changing it changes no bytes and a real change shows only where it was made.

Run from the repository root: `python -m tools.normalise_templates [FILE.docx …]` (without
arguments: every template in `templates/`). Then refresh the text dumps beside them:
`SZJ_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_template_text.py` and review
the diff of `templates/*.txt`.

What changes, and nothing else:
- the zip: entries in a fixed order (`[Content_Types].xml`, then by name), fixed times and
  modes, deflated;
- the XML parts: Word's revision-session ids (`w:rsid…` attributes and the `w:rsids` list in
  the settings) and its spelling/grammar marks (`w:proofErr`) are removed. A part that holds
  none of them keeps its bytes exactly.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

from generator.files import zip_bytes

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOISE_ELEMENTS = (f"{{{_W}}}proofErr", f"{{{_W}}}rsids")
_NOISE_MARKERS = (b"rsid", b"proofErr")
_FIRST = "[Content_Types].xml"
_ROOT_START = re.compile(rb"<[^?!]")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


def normalise(data: bytes) -> bytes:
    """The .docx `data` with a deterministic zip and without rsid/proofErr noise."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    ordered = sorted(members, key=lambda n: (n != _FIRST, n))
    return zip_bytes((name, _clean_part(name, members[name])) for name in ordered)


def _clean_part(name: str, content: bytes) -> bytes:
    if not name.endswith(".xml") or not any(m in content for m in _NOISE_MARKERS):
        return content
    root = etree.fromstring(content, _PARSER)
    changed = False
    for element in root.iter():
        for attribute in [a for a in element.attrib if _is_rsid(a)]:
            del element.attrib[attribute]
            changed = True
    for element in [e for e in root.iter(*_NOISE_ELEMENTS)]:
        _remove_keeping_tail(element)
        changed = True
    if not changed:
        return content
    # Keep what precedes the root element (the XML declaration) exactly as it was written.
    start = _ROOT_START.search(content)
    prefix = content[: start.start()] if start else b""
    return prefix + etree.tostring(root, encoding="UTF-8", xml_declaration=False)


def _is_rsid(attribute: str) -> bool:
    return attribute.startswith(f"{{{_W}}}rsid")


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(TEMPLATES.glob("*.docx"))
    for path in paths:
        data = path.read_bytes()
        result = normalise(data)
        if result != data:
            path.write_bytes(result)
            print(f"{path}: normalised")
        else:
            print(f"{path}: unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
