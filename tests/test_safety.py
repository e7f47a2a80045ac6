"""Nothing let in: XML and zip bombs in workbooks and templates, output paths, the sandbox.

Workbooks come from anyone who can e-mail a file; templates are edited by the office in Word.
Neither may make the tool expand an XML bomb, unpack a zip bomb, write outside the output
folder or run code. Each refusal is a Polish message naming the file, exit 1, nothing written.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner, Result
from hostile import _LAUGHS, CASES, DAY, SAFETY, workbook
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import messages as msg
from generator.cli import cli
from generator.documents.registry import DECISION
from generator.documents.render import DEFAULT_TEMPLATES
from generator.errors import InputFileError, OutputError
from generator.pipeline import project_folder
from generator.workbook.read import read_workbook
from generator.workbook.schema import CASE_SIGN

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def generate(source: Path, output: Path, *options: object) -> Result:
    result = CliRunner().invoke(
        cli, ["generate", str(source), "-o", str(output), "--na-dzien", DAY, *map(str, options)]
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result


def nothing_written(output: Path) -> bool:
    return not output.exists() or not any(output.rglob("*"))


# --- workbooks ----------------------------------------------------------------------------


def test_openpyxl_reads_workbook_xml_through_defusedxml() -> None:
    """openpyxl parses sheets and shared strings with defusedxml when it is installed."""
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if c.group == SAFETY], ids=lambda c: c.name)
def test_workbook_bombs_are_refused_before_openpyxl_reads_them(case, tmp_path: Path) -> None:
    """The container check refuses each bomb itself, whichever parser would meet it later."""
    import generator.workbook.read as read

    path = case.build(tmp_path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(read, "_load", lambda path: pytest.fail("the bomb reached openpyxl"))
        with pytest.raises(InputFileError) as refused:
            read_workbook(path)
    assert case.message in str(refused.value)


def test_a_dtd_after_a_long_comment_is_still_found(tmp_path: Path) -> None:
    """The scan reads whole parts in blocks: padding cannot push the DTD out of sight."""

    def padded(parts: dict[str, bytes]) -> None:
        name = "xl/worksheets/sheet1.xml"
        padding = os.urandom(3 << 19).hex().encode()  # 3 MB that does not compress
        parts[name] = b"<!--" + padding + b"-->" + _LAUGHS.encode() + parts[name]

    from hostile import rezipped

    with pytest.raises(InputFileError, match="deklaracje DTD"):
        read_workbook(rezipped(padded)(tmp_path))


# --- templates ----------------------------------------------------------------------------


def office_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "szablony"
    folder.mkdir()
    return folder


def template_with_paragraph(tmp_path: Path, text: str) -> Path:
    """A copy of the decision template whose title paragraph holds `text`."""
    folder = office_templates(tmp_path)
    document = docx.Document(str(DEFAULT_TEMPLATES / DECISION))
    title = next(p for p in document.paragraphs if p.text == "Decyzja")
    title.text = text
    document.save(str(folder / DECISION))
    return folder


def template_with_parts(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the decision template with its zip members changed byte by byte."""
    folder = office_templates(tmp_path)
    with zipfile.ZipFile(DEFAULT_TEMPLATES / DECISION) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    change(parts)
    with zipfile.ZipFile(folder / DECISION, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return folder


def with_doctype(member: str, reference: bool):  # type: ignore[no-untyped-def]
    def change(parts: dict[str, bytes]) -> None:
        xml = parts[member].decode("utf-8")
        xml = re.sub(r"^(<\?xml[^>]*\?>)", lambda m: m[1] + _LAUGHS, xml, count=1)
        if reference:
            xml = xml.replace(">Decyzja<", ">&lol9;<", 1)
        parts[member] = xml.encode("utf-8")

    return change


def declared_huge(parts: dict[str, bytes]) -> None:
    parts["word/media/bomba.bin"] = b"\0" * (210 << 20)  # deflates to about 200 kB


@pytest.mark.slow
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (with_doctype("word/document.xml", reference=True), msg.TEMPLATE_DTD),
        (with_doctype("word/document.xml", reference=False), msg.TEMPLATE_DTD),
        (with_doctype("word/styles.xml", reference=False), msg.TEMPLATE_DTD),  # copied as is
        (declared_huge, msg.TEMPLATE_TOO_LARGE),
    ],
    ids=["laughs-in-body", "dtd-unused", "dtd-in-styles", "zip-bomb"],
)
def test_template_bombs_are_refused(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    templates = template_with_parts(tmp_path, change)
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1
    assert f"{DECISION}: nie można odczytać szablonu jako dokumentu Word (.docx): {message}" in (
        result.stderr
    )
    assert nothing_written(output)


# --- the sandbox --------------------------------------------------------------------------

ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "{{ self._TemplateReference__context }}",
    "{{ self.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ config }}",
    "{{ config.__class__.__init__.__globals__['os'] }}",
    "{{ request }}",
    "{{ request.application.__globals__.__builtins__ }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "{{ ''|attr('__class__') }}",
    "{{ (urzad|attr('__class__')|attr('__mro__'))[1] }}",
    "{{ urzad['__class__'] }}",
    "{{ '{0.__class__}'.format(urzad) }}",
    "{{ '{x.__class__.__init__.__globals__}'.format_map({'x': urzad}) }}",
    "{{ '%s'|format(urzad.__class__) }}",
    "{{ sekretarz.__dict__ }}",
    "{{ sekretarz.__reduce_ex__(2) }}",
    "{% set x = urzad.__class__ %}{{ x }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}{{ os }}",
    "{% extends '/etc/passwd' %}",
    "{{ range(10**8)|list }}",
    "{{ 1/0 }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_sandbox_escape_in_an_office_template_is_refused(tmp_path: Path, payload: str) -> None:
    templates = template_with_paragraph(tmp_path, payload)
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1, result.output
    assert f"błąd: {DECISION}: " in result.stderr
    assert "projekt.xlsx: nie wygenerowano dokumentów" in result.stderr
    assert "uid=" not in result.output and "root:" not in result.output
    assert nothing_written(output)


def test_sandbox_refusal_in_a_real_process(tmp_path: Path) -> None:
    templates = template_with_paragraph(tmp_path, ESCAPES[1])
    output = tmp_path / "wynik"
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(workbook()(tmp_path)), "-o",
         str(output), "--templates", str(templates), "--na-dzien", DAY],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT, timeout=120,
        check=False,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr and "uid=" not in completed.stdout
    assert "nie może sięgać do wewnętrznych danych programu" in completed.stderr
    assert nothing_written(output)


# --- output paths -------------------------------------------------------------------------

HOSTILE_SIGNS = [
    "../../etc", "..", ".", "", "...", "/abs", "/etc/passwd", "C:\\x", "C:x", "\\\\serwer\\udział",
    "a/../../b", "OR.0123.1.2026/../../..", "nul\x00byte", "\x00", "~", "~root", "$HOME",
    "OR.0123.1.2026\n..", " .. ", "..\\..\\Windows", "con", "OR.0123.1.2026:strumień",
]


@pytest.mark.parametrize("sign", HOSTILE_SIGNS)
def test_project_folder_never_leaves_the_output_folder(tmp_path: Path, sign: str) -> None:
    output = tmp_path / "wynik"
    try:
        folder = project_folder(output, sign)
    except OutputError:
        return
    assert folder.resolve().parent == output.resolve()
    assert folder.name not in ("", ".", "..")


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(sign=st.text(max_size=40))
def test_project_folder_stays_inside_for_any_text(sign: str) -> None:
    output = Path("/srv/szj/wynik")
    try:
        folder = project_folder(output, sign)
    except OutputError:
        return
    assert folder.parent == output and folder.name not in ("", ".", "..")
    assert "/" not in folder.name and "\\" not in folder.name and "\x00" not in folder.name


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(sign=st.from_regex(CASE_SIGN, fullmatch=True))
def test_every_valid_case_sign_is_a_plain_folder_name(sign: str) -> None:
    output = Path("/srv/szj/wynik")
    assert project_folder(output, sign) == output / sign


def test_a_link_planted_in_the_output_folder_is_not_followed(tmp_path: Path) -> None:
    output = tmp_path / "wynik"
    output.mkdir()
    elsewhere = tmp_path / "gdzie-indziej"
    elsewhere.mkdir()
    (output / "OR.0123.7.2026").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OutputError):
        project_folder(output, "OR.0123.7.2026")
    result = generate(workbook()(tmp_path), output)
    assert result.exit_code == 1
    assert list(elsewhere.iterdir()) == []
