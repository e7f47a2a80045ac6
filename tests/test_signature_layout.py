"""A signature never stands alone on a page (an ISO record signs what is above it): every
signature block keeps with the last lines it signs by Word's own means — keep with next on
the paragraphs and the last table rows before it, rows that cannot split — so Word and
LibreOffice move them to the next page together. Also 09's closing section, signed above
its signature in the past tense once supervision is closed, and 12's form wording.
"""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from generator.documents import pdf
from generator.documents.contexts import build_contexts, header_lines
from generator.documents.fields import TemplateFields
from generator.documents.registry import CONFIRMATION, PROPOSALS, SUPERVISION, TEMPLATE_NAMES
from generator.documents.render import TemplateSet
from generator.domain.model import ProjectWorkbook
from generator.domain.procedure import assess
from generator.workbook import schema as s
from tests.docx_text import document_text
from tests.factories import SAMPLE_TODAY, make_sample_workbook
from tests.test_golden_records import completed

SIGNATURE = "(data i podpis)"
CLOSED_DAY = date(2027, 4, 1)


def contexts(workbook: ProjectWorkbook, today: date) -> dict[str, TemplateFields]:
    return build_contexts(workbook, assess(workbook, today))


@pytest.fixture(scope="module")
def templates() -> TemplateSet:
    return TemplateSet()


@pytest.fixture(scope="module")
def open_card(templates: TemplateSet) -> dict[str, bytes]:
    """Every document of the sample while supervision goes on (no audit yet)."""
    return {
        name: templates.render(name, fields)
        for name, fields in contexts(make_sample_workbook(), SAMPLE_TODAY).items()
    }


@pytest.fixture(scope="module")
def closed_card(templates: TemplateSet) -> dict[str, bytes]:
    """Every document of the completed project: audit held, supervision closed."""
    return {
        name: templates.render(name, fields)
        for name, fields in contexts(completed(), CLOSED_DAY).items()
    }


# --- the chain from a signature back to what it signs --------------------------------------


def _keeps_with_next(paragraph: Paragraph) -> bool:
    direct = paragraph.paragraph_format.keep_with_next
    if direct is not None:
        return direct
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return bool(style.paragraph_format.keep_with_next)
        style = style.base_style
    return False


def _is_heading(paragraph: Paragraph) -> bool:
    return paragraph.style is not None and paragraph.style.name.startswith(("Heading", "Title"))


def _blocks(document: DocumentObject) -> list[Paragraph | Table]:
    body = document.element.body
    return [
        Paragraph(e, document) if e.tag == qn("w:p") else Table(e, document)
        for e in body.iterchildren(qn("w:p"), qn("w:tbl"))
    ]


def _signs(table: Table) -> bool:
    return SIGNATURE in table._tbl.xml


def _unkept_before(blocks: list[Paragraph | Table], index: int) -> str | None:
    """What, walking back from the signature table at `index` to the section's heading or to
    the table before it, does not keep with the next: the text of the first such line, or
    None when the whole way back is one chain."""
    for block in reversed(blocks[:index]):
        if isinstance(block, Table):
            if _signs(block):  # the signature before this one ends the section
                return None
            last = block.rows[-1]
            loose = [p.text for c in last.cells for p in c.paragraphs if not _keeps_with_next(p)]
            return f"ostatni wiersz tabeli: {last.cells[0].text!r}" if loose else None
        if not _keeps_with_next(block):
            return repr(block.text)
        if _is_heading(block):
            return None
    return None


def loose_signatures(docx: bytes) -> list[str]:
    """The signature blocks of `docx` that could be left alone on a page, each with the line
    above it that lets go."""
    document = Document(io.BytesIO(docx))
    blocks = _blocks(document)
    found = []
    for index, block in enumerate(blocks):
        if isinstance(block, Table) and _signs(block):
            unkept = _unkept_before(blocks, index)
            if unkept is not None:
                found.append(f"podpis w bloku {index}: nie trzyma się {unkept}")
    return found


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_signature_keeps_with_the_lines_it_signs(
    open_card: dict[str, bytes], closed_card: dict[str, bytes], name: str
) -> None:
    for rendered in (open_card, closed_card):
        if name in rendered:
            assert loose_signatures(rendered[name]) == []


def test_the_check_finds_the_signature_left_alone_of_the_old_proposals(
    templates: TemplateSet, open_card: dict[str, bytes]
) -> None:
    document = Document(io.BytesIO(open_card[PROPOSALS]))
    qms = next(t for t in document.tables if t.rows[0].cells[1].text == "Symbol")
    for row in qms.rows:  # as 04 was: the QMS table let go of „Członkowie zespołu”
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = None
    spacer = qms._tbl.getnext()
    Paragraph(spacer, document).paragraph_format.keep_with_next = None
    buffer = io.BytesIO()
    document.save(buffer)
    assert loose_signatures(buffer.getvalue())


# --- 09: the closing section above the signature, the label by phase ----------------------


def test_the_open_card_is_signed_by_who_supervises(open_card: dict[str, bytes]) -> None:
    text = document_text(open_card[SUPERVISION])
    assert "Nadzór sprawuje:" in text
    assert "Zamknięcie szczególnego nadzoru" not in text and "sprawował" not in text


def test_the_closed_card_ends_with_its_closing_section_signed_in_the_past_tense(
    closed_card: dict[str, bytes],
) -> None:
    text = document_text(closed_card[SUPERVISION])
    assert "Nadzór sprawuje" not in text
    actions = text.index("Działania korekcyjne, korygujące i zapobiegawcze")
    closing = text.index("Zamknięcie szczególnego nadzoru")
    signature = text.index("Nadzór sprawowała i zamknęła: / ……")  # Anna Kowalska
    assert actions < closing < signature
    assert text.index("Uwagi: W lutym 2027 r.") < signature


def test_the_closing_label_agrees_with_the_secretary_or_gives_both_forms(
    templates: TemplateSet,
) -> None:
    workbook = completed()
    for name, label in (
        ("Jan Kowalski", "Nadzór sprawował i zamknął:"),
        ("Kim Kowalski", "Nadzór sprawował/a i zamknął/zamknęła:"),  # the name does not tell
    ):
        people = tuple(
            dataclasses.replace(p, name=name) if p.role == s.ROLE_SECRETARY else p
            for p in workbook.people
        )
        fields = contexts(dataclasses.replace(workbook, people=people), CLOSED_DAY)
        text = document_text(templates.render(SUPERVISION, fields[SUPERVISION]))
        assert f"{label} / ……" in text, name


# --- 12 as a form -------------------------------------------------------------------------


def _status_column(text: str) -> list[str]:
    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| ")]
    header = next(r for r in rows if r[0] == "| Lp.")
    at = header.index("Status |") if "Status |" in header else len(header) - 1
    return [r[at].strip(" |") for r in rows[rows.index(header) + 1 :] if len(r) == len(header)]


def test_the_form_of_12_says_who_provided_and_states_no_status_yet(
    templates: TemplateSet,
) -> None:
    workbook = make_sample_workbook(7)  # before step 8: 12 is the form to sign
    fields = contexts(workbook, SAMPLE_TODAY)[CONFIRMATION]
    text = document_text(templates.render(CONFIRMATION, fields))
    assert "wpisuje się datę zapewnienia, osobę, która go zapewniła, i sposób zapewnienia." in text
    statuses = _status_column(text)
    assert statuses and all(st == "" for st in statuses), statuses
    assert s.RESOURCE_ACCEPTED not in text


def test_the_form_of_12_prints_a_resource_already_provided(templates: TemplateSet) -> None:
    workbook = make_sample_workbook(7)
    first = dataclasses.replace(workbook.resources[0], status=s.RESOURCE_ENSURED)
    workbook = dataclasses.replace(workbook, resources=(first, *workbook.resources[1:]))
    fields = contexts(workbook, SAMPLE_TODAY)[CONFIRMATION]
    statuses = _status_column(document_text(templates.render(CONFIRMATION, fields)))
    assert statuses[0] == s.RESOURCE_ENSURED and set(statuses[1:]) == {""}


# --- the pages as LibreOffice lays them out ---------------------------------------------------


def _soffice() -> None:
    if pdf.find_soffice() is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")


def _pages(path: Path) -> Iterator[list[str]]:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    for page in done.stdout.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if lines:
            yield lines[1:-1]  # without the running header and footer


@pytest.mark.slow
def test_no_page_holds_a_signature_without_the_table_above_it(
    templates: TemplateSet, tmp_path: Path
) -> None:
    _soffice()
    # the pages the review found: 04 and 09 of the completed project, 09 as a form (WZÓR)
    closed = contexts(completed(), CLOSED_DAY)
    form = contexts(make_sample_workbook(8), SAMPLE_TODAY)
    documents = []
    for label, name, fields in (
        ("zakonczony", PROPOSALS, closed[PROPOSALS]),
        ("zakonczony", SUPERVISION, closed[SUPERVISION]),
        ("wzor", SUPERVISION, form[SUPERVISION]),
    ):
        path = tmp_path / f"{label}_{name}"
        path.write_bytes(templates.render(name, fields, header=header_lines(fields)))
        documents.append(path)
    for path in pdf.convert_to_pdf(documents, tmp_path / "pdf", pdfa=False):
        for lines in _pages(path):
            if any(SIGNATURE in line for line in lines):
                # rows of the table above (its header repeats on each of its pages), or the
                # closing section that a closed card signs
                table = any(line.startswith("Lp.") for line in lines)
                assert table or "Zamknięcie szczególnego nadzoru" in lines, (path.name, lines)
