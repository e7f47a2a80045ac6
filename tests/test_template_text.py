"""The default templates are Word files edited in Word or LibreOffice; beside each one a
committed text dump (`templates/<name>.txt`) shows every wording change in a diff.

After editing a template: `python -m tools.normalise_templates`, then
`SZJ_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_template_text.py` (it rewrites
the dumps and fails once, so the new text is reviewed before the next run passes).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from generator.documents.registry import TEMPLATE_NAMES
from generator.documents.render import DEFAULT_TEMPLATES
from tests.docx_text import document_text
from tools.normalise_templates import normalise

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_each_template_has_a_fresh_text_dump(name: str, golden) -> None:
    text = document_text((DEFAULT_TEMPLATES / name).read_bytes())
    golden(DEFAULT_TEMPLATES / name.replace(".docx", ".txt"), text)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_committed_templates_are_normalised(name: str) -> None:
    data = (DEFAULT_TEMPLATES / name).read_bytes()
    assert normalise(data) == data, f"{name}: run `python -m tools.normalise_templates`"


def _as_word_saves_it(data: bytes) -> bytes:
    """The template re-zipped in another order with today's times, with revision ids and a
    spelling mark added, as Word or LibreOffice would save it unchanged."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(i.filename, source.read(i)) for i in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member, content in reversed(members):
            if member == "word/document.xml":
                content = content.replace(b"<w:p>", b'<w:p w:rsidR="00A1B2C3">', 1)
                content = content.replace(
                    b"<w:r>", b'<w:proofErr w:type="spellStart"/><w:r w:rsidRPr="00D4E5F6">', 1
                )
            target.writestr(zipfile.ZipInfo(member, (2026, 5, 17, 10, 42, 0)), content)
    return out.getvalue()


def test_normalising_a_resaved_template_gives_back_the_committed_bytes() -> None:
    data = (DEFAULT_TEMPLATES / TEMPLATE_NAMES[0]).read_bytes()
    resaved = _as_word_saves_it(data)
    assert resaved != data
    assert b"w:rsidR=" in zipfile.ZipFile(io.BytesIO(resaved)).read("word/document.xml")
    assert normalise(resaved) == data
