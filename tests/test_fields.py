"""The field declarations: one dataclass per document, and everything derived from it.

The last tests follow the recipe of docs/architecture.md for a real column, „Sposób
zapewnienia” of Zasoby printed in document 12: declared once, it reaches `CZYTAJ.txt`, the
linter and the document."""

from __future__ import annotations

import dataclasses
import zipfile

from workbooks import TODAY, ensure_resources, set_cell, valid_sheets

from generator.documents import admin, guide
from generator.documents.contexts import build_contexts
from generator.documents.field_meta import COMMON_FIELDS, field_doc, field_names, field_types
from generator.documents.records import SOURCE, WierszPotwierdzenia, WierszZasobu
from generator.documents.registry import CONFIRMATION, DOCUMENTS
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet
from generator.files import zip_bytes
from generator.workbook import schema as s
from generator.workbook.validate import validate_file
from tests.docx_text import document_text


def test_every_document_declares_the_common_fields_first_and_describes_every_field() -> None:
    for document in DOCUMENTS:
        names = field_names(document.fields)
        assert names[: len(COMMON_FIELDS)] == COMMON_FIELDS
        assert len(set(names)) == len(names)
        for name in names:
            meaning, _ = field_doc(document.fields, name)
            assert meaning, (document.code, name)


def test_a_name_means_the_same_thing_in_every_template() -> None:
    meanings: dict[str, tuple[object, tuple[str, str]]] = {}
    for document in DOCUMENTS:
        for name, kind in field_types(document.fields).items():
            seen = meanings.setdefault(name, (kind, field_doc(document.fields, name)))
            assert seen == (kind, field_doc(document.fields, name)), (document.code, name)


# --- the recipe, done for a real column: „Sposób zapewnienia” printed in 12 ----------------
# Added by the four hand-edited places of docs/architecture.md („How to add a field”): the
# schema, the model, the row part with its source, the template. These tests check that the
# rest followed from the declarations, with no other code changed.


def test_the_new_column_reaches_the_guide() -> None:
    readme = guide.readme_text()
    section = readme[readme.index(CONFIRMATION) :]
    assert "{{ w.sposob }} — sposób zapewnienia (np. umowa nr 12/2026)" in section


def test_the_linter_knows_the_new_part_and_suggests_it_for_a_typo() -> None:
    template = (DEFAULT_TEMPLATES / CONFIRMATION).read_bytes()
    assert admin.check_template(CONFIRMATION, template).ok
    with zipfile.ZipFile(DEFAULT_TEMPLATES / CONFIRMATION) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    typo = zip_bytes(
        (name, data.replace(b"{{ r.sposob }}", b"{{ r.sposb }}")) for name, data in members
    )
    report = admin.check_template(CONFIRMATION, typo)
    assert any("czy chodziło o „r.sposob”" in issue.message for issue in report.issues)


def test_every_row_part_with_a_source_prints_a_column_of_zasoby() -> None:
    columns = {c.key for c in s.RESOURCES.columns}
    for row in (WierszZasobu, WierszPotwierdzenia):
        sources = {f.metadata[SOURCE] for f in dataclasses.fields(row) if f.metadata[SOURCE]}
        assert sources <= columns, row.__name__
    assert "provided_how" in {f.metadata[SOURCE] for f in dataclasses.fields(WierszPotwierdzenia)}


def test_the_new_column_reaches_the_document_from_the_workbook(make_workbook) -> None:
    sheets = ensure_resources(valid_sheets(), how=None)  # not typed: the document prints „—”
    set_cell(sheets, s.RESOURCES.name, 1, "Sposób zapewnienia", "umowa nr 12/2026 & protokół")
    validation = validate_file(make_workbook(sheets), TODAY)
    assert validation.workbook is not None and validation.state is not None
    assert validation.workbook.resources[0].provided_how == "umowa nr 12/2026 & protokół"
    fields = build_contexts(validation.workbook, validation.state, forms=True)[CONFIRMATION]
    text = document_text(TemplateSet().render(CONFIRMATION, fields))
    rows = [line for line in text.splitlines() if "Czytnik dowodów" in line]
    assert rows and "| umowa nr 12/2026 & protokół |" in rows[0]
    assert "| — |" in next(line for line in text.splitlines() if "Szkolenie" in line)
