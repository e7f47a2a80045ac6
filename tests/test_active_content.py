"""Office templates with active content, and DTDs hidden by a part's name or encoding, are
refused by `szj templates check` and by `szj generate --templates` alike (issue 16, items 2,
8 and 14): each with the paragraph or the part named, exit 1, nothing written.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hostile import _LAUGHS, DAY, rezipped, workbook
from test_safety import generate, nothing_written, template_with_parts

from generator import messages as msg
from generator.cli import cli
from generator.documents.registry import DECISION, TEMPLATE_NAMES
from generator.documents.render import DEFAULT_TEMPLATES
from generator.errors import InputFileError
from generator.workbook.read import read_workbook

Change = Callable[[dict[str, bytes]], None]
TITLE = ">Decyzja<"  # the text of the decision template's title paragraph
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def check(folder: Path) -> Result:
    return CliRunner().invoke(cli, ["templates", "check", str(folder)])


def _edit(member: str, edit: Callable[[str], str]) -> Change:
    def change(parts: dict[str, bytes]) -> None:
        parts[member] = edit(parts[member].decode("utf-8")).encode("utf-8")

    return change


def _both(*changes: Change) -> Change:
    def change(parts: dict[str, bytes]) -> None:
        for one in changes:
            one(parts)

    return change


def _in_title(xml: str) -> Callable[[str], str]:
    """Insert `xml` as a run after the title paragraph's text run."""

    def edit(document: str) -> str:
        at = document.index(TITLE)
        end = document.index("</w:r>", at) + len("</w:r>")
        return document[:end] + xml + document[end:]

    return edit


def _relationship(rel_id: str, kind: str, target: str, external: bool = True) -> Change:
    mode = ' TargetMode="External"' if external else ""
    entry = (
        f'<Relationship Id="{rel_id}" Type="{_R}/{kind}" Target="{target}"{mode}/>'
        "</Relationships>"
    )
    return _edit("word/_rels/document.xml.rels", lambda x: x.replace("</Relationships>", entry))


def _field(code: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{code[:3]}</w:instrText></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{code[3:]}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


_LINKED_BLIP = (
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
    'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
    'drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
    'drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="' + _R + '" r:link="rIdX9"/>'
    "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)
_VML_IMAGE = (
    '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata '
    'src="http://127.0.0.1:9/obraz.png"/></v:shape></w:pict></w:r>'
)
_OLE = (
    '<w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
    'Type="Link" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025"/></w:object></w:r>'
)
_XINCLUDE = (
    '<w:r><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
    'href="file:///etc/passwd" parse="text"/></w:r>'
)
_SETTINGS = "word/settings.xml"


def _settings(xml: str) -> Change:
    opening = re.compile(r"(<w:settings[^>]*>)")
    return _edit(_SETTINGS, lambda s: opening.sub(lambda m: m[1] + xml, s, count=1))


def _macros(parts: dict[str, bytes]) -> None:
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0macro"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )


def _prefix(template: str, **values: str) -> str:
    """A message up to where the paragraph or part is named."""
    return template.split("{where}")[0].format(**values)


WHERE_TITLE = msg.WHERE_PARAGRAPH.format(paragraph="Decyzja")
CASES: dict[str, tuple[Change, str]] = {
    "linked-image-http": (
        _both(
            _edit("word/document.xml", _in_title(_LINKED_BLIP)),
            _relationship("rIdX9", "image", "http://127.0.0.1:9/herb.png"),
        ),
        msg.ACTIVE_EXTERNAL.format(target="http://127.0.0.1:9/herb.png", where=WHERE_TITLE),
    ),
    "linked-image-file": (
        _both(
            _edit("word/document.xml", _in_title(_LINKED_BLIP)),
            _relationship("rIdX9", "image", "file:///etc/passwd"),
        ),
        msg.ACTIVE_LINKED_IMAGE.format(where=WHERE_TITLE),
    ),
    "vml-image": (
        _edit("word/document.xml", _in_title(_VML_IMAGE)),
        msg.ACTIVE_LINKED_IMAGE.format(where=WHERE_TITLE),
    ),
    "hyperlink": (
        _relationship("rIdX8", "hyperlink", "http://example.org/"),
        msg.ACTIVE_EXTERNAL.format(
            target="http://example.org/", where=msg.WHERE_PART.format(
                part="word/_rels/document.xml.rels"
            )
        ),
    ),
    "ddeauto": (
        _edit("word/document.xml", _in_title(_field(" ddeauto c:\\\\windows\\\\cmd.exe "))),
        _prefix(msg.ACTIVE_FIELD, field="DDEAUTO"),
    ),
    "includetext": (
        _edit(
            "word/document.xml",
            _in_title(
                '<w:fldSimple w:instr=" includeText &quot;file:///etc/passwd&quot;">'
                "<w:r><w:t>x</w:t></w:r></w:fldSimple>"
            ),
        ),
        _prefix(msg.ACTIVE_FIELD, field="INCLUDETEXT"),
    ),
    "includepicture": (
        _edit("word/document.xml", _in_title(_field('INCLUDEPICTURE "http://127.0.0.1:9/a.png"'))),
        _prefix(msg.ACTIVE_FIELD, field="INCLUDEPICTURE"),
    ),
    "attached-template": (
        _both(
            _settings('<w:attachedTemplate r:id="rIdT1" xmlns:r="' + _R + '"/>'),
            lambda parts: parts.__setitem__(
                "word/_rels/settings.xml.rels",
                (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    'relationships"><Relationship Id="rIdT1" Type="' + _R + '/attachedTemplate"'
                    ' Target="http://127.0.0.1:9/t.dotm" TargetMode="External"/></Relationships>'
                ).encode(),
            ),
        ),
        msg.ACTIVE_ATTACHED_TEMPLATE.format(where=msg.WHERE_PART.format(part=_SETTINGS)),
    ),
    "ole-link": (
        _edit("word/document.xml", _in_title(_OLE)),
        msg.ACTIVE_OLE.format(where=WHERE_TITLE),
    ),
    "macros": (_macros, _prefix(msg.ACTIVE_MACRO)),
    "xinclude": (
        _edit("word/document.xml", _in_title(_XINCLUDE)),
        msg.ACTIVE_XINCLUDE.format(where=WHERE_TITLE),
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_active_content_is_refused_by_check_and_by_generate(tmp_path: Path, case: str) -> None:
    change, message = CASES[case]
    templates = template_with_parts(tmp_path, change)
    expected = message

    checked = check(templates)
    assert checked.exit_code == 1
    assert f"{DECISION}: błąd: {expected}" in checked.output

    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1
    assert f"{DECISION}: {expected}" in result.stderr
    assert nothing_written(output)


def test_unaccepted_tracked_changes_are_refused_by_generate_too(tmp_path: Path) -> None:
    """Item 14: they used to end up as revision marks in signable documents."""
    tracked = (
        '<w:ins w:id="901" w:author="Sekretarz" w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve"> dodane</w:t></w:r></w:ins>'
    )
    templates = template_with_parts(tmp_path, _edit("word/document.xml", _in_title(tracked)))
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1
    assert f"błąd: {DECISION}: szablon zawiera nieprzyjęte zmiany śledzone" in result.stderr
    assert nothing_written(output)


# --- DTDs whatever the name or encoding ----------------------------------------------------


def _recoded(member: str, encoding: str, rename: str | None = None) -> Change:
    """`member` with a DTD, re-encoded (and renamed) as another program might store it."""

    def change(parts: dict[str, bytes]) -> None:
        xml = parts.pop(member).decode("utf-8")
        xml = re.sub(r"^<\?xml[^>]*\?>", "", xml)
        declared = f'<?xml version="1.0" encoding="{encoding.upper()}" standalone="yes"?>'
        parts[rename or member] = (declared + _LAUGHS + xml).encode(encoding)

    return change


DTD_CASES = {
    "utf-32": _recoded("word/styles.xml", "utf-32"),
    "utf-32-le": _recoded("word/styles.xml", "utf-32-le"),
    "utf-32-be": _recoded("word/styles.xml", "utf-32-be"),
    "utf-16-be": _recoded("word/styles.xml", "utf-16-be"),
    "upper-case-name": _recoded("word/styles.xml", "utf-8", rename="word/STYLES.XML"),
    "rels-upper-case": _recoded("_rels/.rels", "utf-8", rename="_rels/.RELS"),
    "other-name": _recoded("word/fontTable.xml", "utf-8", rename="word/fontTable.dat"),
}


@pytest.mark.parametrize("case", DTD_CASES, ids=list(DTD_CASES))
def test_a_dtd_in_any_part_is_found_by_parsing(tmp_path: Path, case: str) -> None:
    templates = template_with_parts(tmp_path, DTD_CASES[case])
    checked = check(templates)
    assert checked.exit_code == 1
    assert msg.TEMPLATE_DTD in checked.output
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1
    assert f"{DECISION}: nie można odczytać szablonu jako dokumentu Word (.docx): " in result.stderr
    assert nothing_written(output)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16"])
def test_a_workbook_dtd_in_any_encoding_is_refused(tmp_path: Path, encoding: str) -> None:
    """Item 8: the UTF-32 trick got a DTD past the workbook's check."""
    path = rezipped(_recoded("xl/workbook.xml", encoding))(tmp_path)
    with pytest.raises(InputFileError, match="deklaracje DTD"):
        read_workbook(path)


def test_a_workbook_dtd_in_an_upper_case_part_is_refused(tmp_path: Path) -> None:
    path = rezipped(_recoded("docProps/app.xml", "utf-8", rename="docProps/APP.XML"))(tmp_path)
    with pytest.raises(InputFileError, match="deklaracje DTD"):
        read_workbook(path)


def test_exported_defaults_pass_every_check(tmp_path: Path) -> None:
    folder = tmp_path / "szablony"
    assert CliRunner().invoke(cli, ["templates", "export", str(folder)]).exit_code == 0
    checked = check(folder)
    assert checked.exit_code == 0, checked.output
    for name in TEMPLATE_NAMES:
        with zipfile.ZipFile(DEFAULT_TEMPLATES / name) as archive:
            assert archive.testzip() is None
    output = tmp_path / "wynik"
    assert generate(workbook()(tmp_path), output, "--templates", folder).exit_code == 0
    assert DAY
