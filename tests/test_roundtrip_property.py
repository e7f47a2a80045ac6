"""Property: any text Excel can hold, put into a text field, reaches the documents exactly.

Exactly means modulo the two normalisations validation documents: surrounding whitespace is
stripped and CR LF / CR become LF. Characters Word cannot hold (XML 1.0 excludes most C0
controls, U+FFFE and U+FFFF) are refused instead, with the cell named — never dropped; so are
the invisible controls that change how text reads (bidi marks, overrides and isolates,
zero-width characters, the byte order mark). Right-to-left letters pass like any other.

The workbook is written as Excel writes it: characters XML cannot carry as `_xHHHH_`
escapes, and a literal `_xHHHH_` in the text with its underscore escaped (`_x005F_`).
Rendering runs in-process through the pipeline (`generate_workbook`).
"""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from hostile import docx_text
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from workbooks import TODAY, valid_sheets

from generator import pipeline
from generator.documents.registry import DECISION, PROPOSALS, RESOURCES
from generator.documents.render import TemplateSet
from generator.workbook.labels import INVISIBLE

pytestmark = pytest.mark.slow  # LibreOffice, a browser, killed processes or Hypothesis

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class TextField:
    label: str  # for test ids
    sheet: str
    coordinate: str
    document: str  # the document that prints the field as typed


FIELDS = (
    TextField("Tytuł projektu", "Projekt", "B7", DECISION),
    TextField("Opis potrzeby", "Projekt", "B10", DECISION),
    TextField("Zasoby: Opis", "Zasoby", "C2", RESOURCES),
    TextField("Zmiany: Brzmienie proponowane", "Zmiany", "E2", PROPOSALS),
)

# Characters that have broken text pipelines before, mixed into arbitrary text.
TRICKY = [
    *"ąćęłńóśźżĄĆĘŁŃÓŚŹŻ",
    *"&<>\"'",
    "{{ x }}", "{% if %}", "]]>", "_x0041_", "_x005F_",  # template and escape syntax
    "😀", "👩‍💻", "🇵🇱",  # astral, ZWJ sequence, flag
    "שלום", "مرحبا", "\u200f", "\u202e", "\u2067",  # right-to-left text, marks, isolates
    "\u00a0", "\u202f", "\u2009", "\u200b",  # NBSP, narrow NBSP, thin and zero-width space
    "\t", "\n", "\r\n", "\r", "  ",
    "e\u0301", "z\u0307", "\u0328",  # combining marks (decomposed ę/ż, a lone ogonek)
    "\x07", "\x1b", "\x1f", "\x00", "\ufffe",  # what Word cannot hold
    "\u2028", "\u0085", "\ufeff",
]
texts = st.lists(
    st.one_of(st.sampled_from(TRICKY), st.characters(exclude_categories=("Cs",))),
    min_size=1,
    max_size=30,
).map("".join)


def holds_in_xml(char: str) -> bool:
    """XML 1.0's `Char` production: what a .docx (and a .xlsx) can carry as is."""
    code = ord(char)
    return (
        char in "\t\n\r"
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or code >= 0x10000
    )


def excel_escape(text: str) -> str:
    """What Excel stores for a cell's text (ECMA-376 ST_Xstring)."""
    text = re.sub(r"_(?=x[0-9A-Fa-f]{4}_)", "_x005F_", text)
    return "".join(
        c if holds_in_xml(c) and c != "\r" else f"_x{ord(c):04X}_" for c in text
    )


def normalised(text: str) -> str:
    """What the documents print of a typed text: one line-break style, trimmed, and letters
    composed (NFC) — „e” + U+0301 prints as the one letter „é” it looks like."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").strip())


def write_workbook_as_excel(path: Path, field: TextField, text: str) -> None:
    sheets = valid_sheets()
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    target = book[field.sheet][field.coordinate]
    target.value = excel_escape(text)
    target.data_type = "s"  # text, even when it starts with "=" as a formula would
    book.save(path)


_TEMPLATES = TemplateSet.load()


def generate(field: TextField, text: str) -> tuple[pipeline.Generated, dict[str, bytes]]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "projekt.xlsx"
        write_workbook_as_excel(source, field, text)
        settings = pipeline.GenerateSettings(TODAY, Path(folder) / "wynik")
        result = pipeline.generate_workbook(source, settings, _TEMPLATES, manifest=False)
        documents = {w.path.name: w.path.read_bytes() for w in result.files}
    return result, documents


def assert_whitespace_is_preserved_for_word(data: bytes) -> None:
    """Word drops spaces at the ends of a `w:t` unless it says `xml:space="preserve"`."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for node in root.iter(f"{_W}t"):
        value = node.text or ""
        if value != value.strip(" "):
            assert node.get(_XML_SPACE) == "preserve", etree.tostring(node)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(field=st.sampled_from(FIELDS), text=texts)
# docxtpl's literal-tag escapes typed as text were unescaped after rendering („{_{” → „{{”)
@example(field=FIELDS[0], text="{_{ x }_} {_% y %_}")
def test_text_reaches_the_document_exactly_or_is_refused_naming_the_cell(
    field: TextField, text: str
) -> None:
    expected = normalised(text)
    assume(expected)  # an empty required field is another rule's business
    result, documents = generate(field, text)
    where = f"{field.sheet}!{field.coordinate}"
    if all(holds_in_xml(c) for c in text) and not INVISIBLE.search(text):
        assert result.ok, [str(i) for i in result.checked.issues]
        assert expected in docx_text(documents[field.document])
        assert_whitespace_is_preserved_for_word(documents[field.document])
    else:
        assert not result.ok and documents == {}
        errors = [i for i in result.checked.issues if i.is_error]
        assert [i.location for i in errors] == [where]
        assert "znak sterujący" in errors[0].message


def test_a_few_texts_explicitly() -> None:
    """The examples the property is about, always run (Hypothesis may not draw them)."""
    field = FIELDS[1]
    for text in [
        "Zażółć gęślą jaźń & <b>„cytat”</b> 'x' \"y\"",
        "linia 1\r\nlinia 2\n\tz tabulatorem",
        "😀 שלום \u00a0 e\u0301 _x0041_ {{ tytul }}",
        "  spacje w środku  i na końcu  ",
    ]:
        result, documents = generate(field, text)
        assert result.ok
        assert normalised(text) in docx_text(documents[field.document])
    result, documents = generate(field, "ok\x07")
    assert not result.ok and documents == {}
    result, documents = generate(field, "Zakup \u202ewolanretni\u202c sprzętu")
    assert not result.ok and documents == {}
    assert "niewidoczny znak sterujący U+202E" in result.checked.issues[0].message
