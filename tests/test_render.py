"""Rendering: every template with the sample project, exact text, strictness, golden text,
and conversion to PDF with LibreOffice.

Golden files hold the normalised text of each document (`tests/golden/<name>.txt`); set
`SZJ_UPDATE_GOLDEN=1` to rewrite them after an intended change (the run that rewrites fails;
review the diff, then run again).
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from generator.documents.contexts import build_contexts
from generator.documents.field_meta import as_mapping
from generator.documents.fields import TemplateFields
from generator.documents.registry import (
    APPROVAL,
    CHECKLIST,
    DECISION,
    ORDINANCE,
    PROPOSALS,
    RESOLUTION,
    RESOURCES,
    SUPERVISION,
    TEMPLATE_NAMES,
)
from generator.documents.render import DEFAULT_TEMPLATES, ORIGIN_DEFAULT, ORIGIN_OFFICE, TemplateSet
from generator.domain.polish import NBSP
from generator.domain.procedure import assess
from generator.errors import TemplateError
from tests.docx_text import document_text
from tests.factories import SAMPLE_TODAY, make_sample_workbook, replace_project

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return TemplateSet()


@pytest.fixture(scope="module")
def sample_contexts() -> dict[str, TemplateFields]:
    workbook = make_sample_workbook()
    return build_contexts(workbook, assess(workbook, SAMPLE_TODAY))


@pytest.fixture(scope="module")
def rendered(templates: TemplateSet, sample_contexts) -> dict[str, bytes]:
    return {name: templates.render(name, ctx) for name, ctx in sample_contexts.items()}


def part(docx: bytes, member: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return archive.read(member).decode("utf-8")


# --- the templates -------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_default_templates_use_only_known_fields(templates: TemplateSet, name: str) -> None:
    assert templates.check(name) == []


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_templates_have_header_footer_fields_and_repeating_table_headers(name: str) -> None:
    data = (DEFAULT_TEMPLATES / name).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        headers = "".join(archive.read(n).decode() for n in names if "header" in n)
        footers = "".join(archive.read(n).decode() for n in names if "footer" in n)
        body = archive.read("word/document.xml").decode()
    assert "{{ urzad }}" in headers and "Znak sprawy: {{ znak }}" in headers
    assert " PAGE " in footers and " NUMPAGES " in footers and 'fldCharType="begin"' in footers
    assert "Strona " in footers
    assert body.count("<w:tblHeader/>") == body.count("{%tr for ")  # each list's header repeats
    assert 'w:w="11906"' in body or 'w:w="16838"' in body  # A4 portrait or landscape


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_wording_is_gender_neutral_and_uses_en_dashes(name: str) -> None:
    text = part((DEFAULT_TEMPLATES / name).read_bytes())
    assert "Odpowiedzialny" not in text and "Sprawujący" not in text
    assert "(a)" not in text and "(-ęła)" not in text  # one form: „Opracował/a”
    assert " — " not in text


# --- rendering the sample ------------------------------------------------------------------


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_document_renders_to_a_valid_docx(rendered: dict[str, bytes], name: str) -> None:
    text = document_text(rendered[name])
    assert "{{" not in text and "{%" not in text
    assert "Urząd Miasta i Gminy Przykładowo" in text
    assert "Znak sprawy: OR.0123.5.2026" in text
    assert "(data i podpis)" in text
    assert "audyt" not in text.lower()


def test_document_dates_and_people(rendered: dict[str, bytes]) -> None:
    decision = document_text(rendered[DECISION])
    assert "Przykładowo, 1 września 2026 r." in decision
    assert "do dnia 15 września 2026 r." in decision
    assert "Piotr Zieliński" in decision and "Anna Kowalska" in decision
    assert "Zapoznałem się" in decision and "Decyzję podjęła:" in decision  # Piotr, Anna


def test_decision_appoints_without_declining_the_name(rendered: dict[str, bytes]) -> None:
    decision = document_text(rendered[DECISION])
    assert (
        "Działając jako Sekretarz Miasta i Gminy – Pełnomocnik ds. Systemu Zarządzania "
        "Jakością, postanawiam podjąć prace projektowe w ramach projektu pn. „Wdrożenie "
        "elektronicznego zarządzania dokumentacją (EZD)”."
    ) in decision
    assert (
        "Potrzeba zmiany istniejącego działania wynika:\n"
        "–\tze zmiany przepisów prawa;\n"
        "–\tz wymagań klientów.\n"
    ) in decision
    assert (
        "Osoba odpowiedzialna za realizację prac projektowych: Piotr Zieliński – Inspektor "
        "ds. organizacyjnych (Referat Organizacyjny)."
    ) in decision


def test_draft_acts_bear_the_project_date_and_keep_numbers_with_their_marks(
    rendered: dict[str, bytes],
) -> None:
    for name, kind in ((ORDINANCE, "Zarządzenie Nr"), (RESOLUTION, "Uchwała Nr")):
        document = Document(io.BytesIO(rendered[name]))
        first = document.paragraphs[0]
        assert first.text == "Projekt z dnia 20 października 2026 r."
        assert first.style.paragraph_format.alignment == 2  # right
        xml = part(rendered[name])
        assert f"{kind}{NBSP}……" in xml
        assert f"§{NBSP}1. " in xml and f"……{NBSP}r." in xml
        assert "Przykładowo, 20 października" not in document_text(rendered[name])
    text = document_text(rendered[ORDINANCE])
    assert "Zgodnie z art. 33 ust. 2 ustawy o samorządzie gminnym regulamin organizacyjny" in text
    assert "Projektowane zmiany obejmują:\n1) nadanie nowego brzmienia § 12 ust. 3 – " in text


def _rows(docx: bytes) -> list:
    return [row for table in Document(io.BytesIO(docx)).tables for row in table.rows]


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_no_table_row_splits_across_pages(rendered: dict[str, bytes], name: str) -> None:
    for row in _rows(rendered[name]):
        assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None, (
            name,
            row.cells[0].text,
        )


def test_a_change_stays_with_its_comparison(rendered: dict[str, bytes]) -> None:
    document = Document(io.BytesIO(rendered[PROPOSALS]))
    changes = [t for t in document.tables if t.rows[0].cells[0].text == "Lp."]
    rows = [row for table in changes if len(table.columns) == 6 for row in table.rows[1:]]
    compared = [row for row in rows if row.cells[0].text.startswith("Porównanie")]
    assert compared
    for row in rows:
        keep = {p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs}
        is_change = not row.cells[0].text.startswith("Porównanie")
        if is_change and row.cells[1].text.startswith("§"):
            assert keep == {True}, row.cells[1].text


def test_resource_summary_moves_with_its_heading(rendered: dict[str, bytes]) -> None:
    document = Document(io.BytesIO(rendered[RESOURCES]))
    heading = next(p for p in document.paragraphs if p.text.startswith("Zestawienie"))
    assert heading.style.paragraph_format.keep_with_next
    summary = document.tables[1]
    for row in summary.rows[:-1]:  # all but the total keep with the next row
        assert all(
            p.style.paragraph_format.keep_with_next or p.paragraph_format.keep_with_next
            for c in row.cells
            for p in c.paragraphs
        ), row.cells[0].text


def test_approval_sheet_submission_and_mayor_decision(rendered: dict[str, bytes]) -> None:
    text = document_text(rendered[APPROVAL])
    assert "Analiza nr 2 – projekt przedłożony 20 października 2026 r.\n☒ akceptuję" in text
    assert "Projekt zaakceptowano w dniu 23 października 2026 r., po ponownej analizie." in text
    assert "Data przedłożenia Burmistrzowi: 30 października 2026 r." in text
    assert "Przedłożyła:" in text  # Anna Kowalska
    assert (
        "☒ zatwierdzam dokumenty i kieruję projekt uchwały pod obrady Rady Miejskiej "
        "w Przykładowie\n☐ nie zatwierdzam"
    ) in text


def test_checklist_and_supervision_wording(rendered: dict[str, bytes]) -> None:
    checklist = document_text(rendered[CHECKLIST])
    assert "Oznaczenia dokumentów: 01 – decyzja o podjęciu prac projektowych;" in checklist
    assert "Następny krok:" not in checklist
    supervision = document_text(rendered[SUPERVISION])
    assert "lub innej potencjalnej sytuacji niepożądanej" in supervision
    # the card is not closed yet (no audit): no count that would change with the calendar
    assert "Zaplanowano 3 działania; otwarte: 2." in supervision
    assert "Nadzór sprawuje:" in supervision


def test_money_keeps_non_breaking_spaces_and_words(rendered: dict[str, bytes]) -> None:
    xml = part(rendered[RESOURCES])
    assert f"57{NBSP}930,50{NBSP}zł" in xml
    assert "pięćdziesiąt siedem tysięcy dziewięćset trzydzieści złotych 50/100" in xml


def test_redline_strikes_deletions_and_underlines_insertions(rendered: dict[str, bytes]) -> None:
    xml = part(rendered[PROPOSALS])
    assert re.search(
        r'<w:strike/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">'
        r"Referat Organizacyjny prowadzi dziennik korespondencji\.</w:t>",
        xml,
    )
    assert re.search(
        r'<w:color w:val="0070C0"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">'
        r" i elektronicznej oraz jej rejestrowanie w systemie EZD</w:t>",
        xml,
    )


def test_line_breaks_become_word_breaks(rendered: dict[str, bytes]) -> None:
    xml = part(rendered[APPROVAL])
    assert 'zmian w § 12;</w:t><w:br/><w:t xml:space="preserve">sprawdzić' in xml


def test_special_characters_are_kept_exactly(templates: TemplateSet) -> None:
    title = "Obsługa \"EZD\" & <e-Doręczenia> — 'nowe' zasady\nwiersz drugi"
    workbook = replace_project(
        make_sample_workbook(), title=title, office="Urząd Miasta i Gminy Żółć"
    )
    context = build_contexts(workbook, assess(workbook, SAMPLE_TODAY))[DECISION]
    docx = templates.render(DECISION, context)
    xml = part(docx)
    assert "&amp; &lt;e-Doręczenia&gt;" in xml
    assert "<w:br/>" in xml
    text = document_text(docx)
    assert "Obsługa \"EZD\" & <e-Doręczenia> — 'nowe' zasady\nwiersz drugi" in text
    assert "Urząd Miasta i Gminy Żółć" in part(docx, "word/header1.xml")


def test_mayor_block_only_when_required(templates: TemplateSet) -> None:
    workbook = replace_project(make_sample_workbook(), mayor_approval_required=False)
    context = build_contexts(workbook, assess(workbook, SAMPLE_TODAY))[APPROVAL]
    text = document_text(templates.render(APPROVAL, context))
    assert "Zatwierdzenie przez Burmistrza" not in text
    assert "Analiza Sekretarza" in text


def test_empty_tables_say_so(templates: TemplateSet) -> None:
    workbook = dataclasses.replace(make_sample_workbook(), changes=(), qms_documents=())
    context = build_contexts(workbook, assess(workbook, SAMPLE_TODAY))[PROPOSALS]
    text = document_text(templates.render(PROPOSALS, context))
    assert "Projekt nie wymaga zmian w dokumentach Urzędu." in text
    assert "Projekt nie wymaga zmian w dokumentacji Systemu Zarządzania Jakością." in text


def test_rendering_is_deterministic(templates: TemplateSet, sample_contexts) -> None:
    first = templates.render(RESOURCES, sample_contexts[RESOURCES])
    assert templates.render(RESOURCES, sample_contexts[RESOURCES]) == first


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_golden_text(rendered: dict[str, bytes], name: str, golden) -> None:
    golden(GOLDEN / name.replace(".docx", ".txt"), document_text(rendered[name]))


# --- strictness ----------------------------------------------------------------------------


def test_a_missing_field_is_an_error(templates: TemplateSet, sample_contexts) -> None:
    context = as_mapping(sample_contexts[DECISION])
    del context["projektant"]
    with pytest.raises(TemplateError, match="01_decyzja_o_podjeciu_prac.docx"):
        templates.render(DECISION, context)


def test_none_never_reaches_a_document(templates: TemplateSet, sample_contexts) -> None:
    context = {**as_mapping(sample_contexts[DECISION]), "opis_potrzeby": None}
    with pytest.raises(TemplateError, match="None"):
        templates.render(DECISION, context)


def _office_template(path: Path, *lines: str) -> None:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)


def test_office_template_with_unknown_field_is_reported(tmp_path: Path) -> None:
    _office_template(tmp_path / DECISION, "{{ urzad }}", "{{ nieznane_pole }}", "{{ data }}")
    compiled_only = TemplateSet(tmp_path, check_office=False)
    assert compiled_only.origin(DECISION) == ORIGIN_OFFICE
    assert compiled_only.origin(RESOURCES) == ORIGIN_DEFAULT
    assert compiled_only.check(DECISION) == ["nieznane_pole"]
    office = TemplateSet(tmp_path)  # as `generate` uses it: `templates check` runs first
    with pytest.raises(TemplateError, match="nieznane pole „nieznane_pole” w akapicie"):
        office.render(DECISION, {"urzad": "U", "data": "d"})
    with pytest.raises(TemplateError, match="nieznane_pole"):
        office.check_all()


def test_office_template_with_broken_tags_is_reported(tmp_path: Path) -> None:
    _office_template(tmp_path / DECISION, "Decyzja {{ urzad ", "{% if %}")
    with pytest.raises(TemplateError, match="01_decyzja_o_podjeciu_prac.docx: błąd"):
        TemplateSet(tmp_path, check_office=False).check(DECISION)
    with pytest.raises(TemplateError, match="01_decyzja_o_podjeciu_prac.docx: niezamknięty"):
        TemplateSet(tmp_path).check(DECISION)


def test_office_template_that_is_not_a_docx(tmp_path: Path) -> None:
    (tmp_path / DECISION).write_bytes(b"to nie jest docx")
    with pytest.raises(TemplateError, match="nie można odczytać"):
        TemplateSet(tmp_path).check(DECISION)


def test_sandbox_refuses_internals(tmp_path: Path, sample_contexts) -> None:
    _office_template(tmp_path / DECISION, "{{ urzad.__class__.__mro__ }}")
    with pytest.raises(TemplateError):
        TemplateSet(tmp_path).render(DECISION, sample_contexts[DECISION])


def test_templates_are_read_once_per_set(tmp_path: Path, sample_contexts) -> None:
    folder = tmp_path / "szablony"
    shutil.copytree(DEFAULT_TEMPLATES, folder)
    templates = TemplateSet(folder)
    first = templates.render(DECISION, sample_contexts[DECISION])
    (folder / DECISION).write_bytes(b"zmieniony po wczytaniu")
    assert templates.render(DECISION, sample_contexts[DECISION]) == first


def test_describe_gives_origin_and_hash() -> None:
    origin, digest = TemplateSet().describe(DECISION)
    assert origin == ORIGIN_DEFAULT and re.fullmatch(r"[0-9a-f]{64}", digest)


# --- LibreOffice ---------------------------------------------------------------------------


@pytest.mark.slow
def test_every_document_converts_to_pdf(rendered: dict[str, bytes], tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")
    paths = []
    for name, data in rendered.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *paths,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in rendered:
        pdf = tmp_path / "pdf" / name.replace(".docx", ".pdf")
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), name
