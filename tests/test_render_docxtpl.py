"""Rendering against docxtpl's own: the same text as `DocxTemplate.render` on every default
template, and what docxtpl fixes after rendering (drawing ids of pictures in loops)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Cm
from docxtpl import DocxTemplate
from lxml import etree

from generator.documents.contexts import build_contexts
from generator.documents.environment import make_environment
from generator.documents.field_meta import as_mapping
from generator.documents.fields import TemplateFields
from generator.documents.registry import RESOURCES, TEMPLATE_NAMES
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet
from generator.domain.procedure import assess
from generator.pipeline import check_workbook
from tests.docx_text import document_text
from tests.factories import SAMPLE_TODAY, make_sample_workbook

EXAMPLE = Path(__file__).resolve().parent.parent / "inputs" / "przyklad.xlsx"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


@pytest.fixture(scope="module")
def example_contexts() -> dict[str, TemplateFields]:
    checked = check_workbook(EXAMPLE, date(2026, 12, 1))
    validation = checked.validation
    assert validation is not None and validation.workbook and validation.state
    return build_contexts(validation.workbook, validation.state, forms=True)


def _docxtpl_render(name: str, fields: TemplateFields) -> bytes:
    """What docxtpl's own `render` makes of a default template, in our strict sandbox."""
    document = DocxTemplate(DEFAULT_TEMPLATES / name)
    document.render(as_mapping(fields), jinja_env=make_environment(), autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_same_text_as_docxtpls_own_render(
    name: str, example_contexts: dict[str, TemplateFields]
) -> None:
    assert name in example_contexts  # the example, with --wszystkie, produces every template
    ours = TemplateSet().render(name, example_contexts[name])
    assert document_text(ours) == document_text(_docxtpl_render(name, example_contexts[name]))


def _picture() -> bytes:
    """A small JPEG: the thumbnail Word stored in a default template."""
    with zipfile.ZipFile(DEFAULT_TEMPLATES / TEMPLATE_NAMES[0]) as archive:
        return archive.read("docProps/thumbnail.jpeg")


def _template_with_a_picture_in_a_row_loop(folder: Path) -> None:
    """03 as an office might make it: each resource's row starts with the coat of arms."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for w in zasoby %}"
    table.cell(1, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_picture()), width=Cm(1))
    table.cell(1, 1).text = "{{ w.opis }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    document.add_paragraph().add_run().add_picture(io.BytesIO(_picture()), width=Cm(2))
    document.save(folder / RESOURCES)


def test_a_picture_in_a_row_loop_gets_a_new_drawing_id_in_each_row(tmp_path: Path) -> None:
    _template_with_a_picture_in_a_row_loop(tmp_path)
    workbook = make_sample_workbook()
    fields = build_contexts(workbook, assess(workbook, SAMPLE_TODAY))[RESOURCES]
    rendered = TemplateSet(tmp_path).render(RESOURCES, fields)
    with zipfile.ZipFile(io.BytesIO(rendered)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    ids = [d.get("id") for d in body.iter(f"{{{WP}}}docPr")]
    assert len(ids) == len(workbook.resources) + 1  # a picture per row, one after the table
    assert len(set(ids)) == len(ids)  # Word calls a document with repeated ids damaged
    text = document_text(rendered)
    assert all(resource.description in text for resource in workbook.resources)
