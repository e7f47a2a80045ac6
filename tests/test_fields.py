"""The field declarations: one dataclass per document, and everything derived from it.

The last test walks the documents side of the recipe in docs/architecture.md: a new part
declared once in a row record reaches `CZYTAJ.txt`, the linter and the document."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.documents import admin, guide
from generator.documents.contexts import build_contexts
from generator.documents.fields import (
    COMMON_FIELDS,
    ZasobyFields,
    as_mapping,
    described,
    field_doc,
    field_names,
    field_types,
)
from generator.documents.records import WierszZasobu, part
from generator.documents.registry import DOCUMENTS, RESOURCES, TEMPLATE_FIELDS
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet
from generator.domain.procedure import assess
from generator.files import zip_bytes
from tests.docx_text import document_text
from tests.factories import SAMPLE_TODAY, make_sample_workbook


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


# --- the recipe: a new column of Zasoby printed in 03 ---------------------------------------


@dataclass(frozen=True)
class WierszZasobuZKodem(WierszZasobu):
    """Step 2 of the recipe: the part, declared once with its meaning."""

    kod_cpv: str = part("kod CPV zamówienia")


@dataclass(frozen=True)
class ZasobyZKodem(ZasobyFields):
    """03 whose rows carry the new part (in the recipe, `WierszZasobu` itself changes)."""

    zasoby: tuple[WierszZasobuZKodem, ...] = described("zasoby", "")


def _template_printing(tag: str) -> bytes:
    """Step 4: the default 03 with `tag` after the resource's description in its row."""
    with zipfile.ZipFile(DEFAULT_TEMPLATES / RESOURCES) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    edited = [
        (name, data.replace(b"{{ r.opis }}", b"{{ r.opis }} " + tag.encode()))
        for name, data in members
    ]
    return zip_bytes(edited)


def _fields_with_codes() -> ZasobyZKodem:
    """Step 3: the builder fills the part (here from the row it already builds)."""
    workbook = make_sample_workbook()
    built = build_contexts(workbook, assess(workbook, SAMPLE_TODAY))[RESOURCES]
    rows = tuple(
        WierszZasobuZKodem(**as_mapping(row), kod_cpv=f"CPV-{row.lp}")  # type: ignore[arg-type]
        for row in built.zasoby
    )
    return ZasobyZKodem(**{**as_mapping(built), "zasoby": rows})


def test_a_new_part_reaches_the_guide_the_linter_and_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what guide derives from the declarations, derived from the new one
    monkeypatch.setitem(guide.FIELD_TYPES, "zasoby", field_types(ZasobyZKodem)["zasoby"])
    lines = " ".join(guide._parts_lines(WierszZasobuZKodem, "r", indent=0))
    assert "{{ r.kod_cpv }} — kod CPV zamówienia" in lines

    report = admin.check_template(RESOURCES, _template_printing("{{ r.kod_cpvv }}"))
    assert any("czy chodziło o „r.kod_cpv”" in issue.message for issue in report.issues)
    template = _template_printing("{{ r.kod_cpv }}")
    assert admin.check_template(RESOURCES, template).ok

    (tmp_path / RESOURCES).write_bytes(template)
    fields = {RESOURCES: frozenset(field_names(ZasobyZKodem))}
    assert fields[RESOURCES] == TEMPLATE_FIELDS[RESOURCES]  # a part adds no top-level field
    rendered = TemplateSet(default_dir=tmp_path, fields=fields).render(
        RESOURCES, _fields_with_codes()
    )
    rows = [line for line in document_text(rendered).splitlines() if "CPV-" in line]
    count = len(make_sample_workbook().resources)
    assert [f"CPV-{n}" in row for n, row in enumerate(rows, start=1)] == [True] * count

