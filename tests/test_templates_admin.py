"""Templates the office edits in Word: `szj templates export`, `szj templates check`, and
`szj generate --templates` with an edited copy, as a user runs them.

Edited templates are made the way Word leaves them: python-docx for ordinary edits, and raw
WordprocessingML for what Word does behind the user's back (a tag split into runs with
different formatting, spelling marks, hyperlinks, tracked changes, smart quotes).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from workbooks import valid_sheets, write_workbook

from generator import messages as msg
from generator.cli import cli
from generator.documents.contexts import build_contexts
from generator.documents.field_meta import COMMON_FIELDS, as_mapping, field_doc, field_types
from generator.documents.guide import (
    FIELD_TYPES,
    field_type,
    is_record,
    list_item,
    readme_text,
    record_parts,
)
from generator.documents.records import Porownanie
from generator.documents.registry import (
    APPROVAL,
    ASSUMPTIONS,
    DECISION,
    DOCUMENTS,
    ORDINANCE,
    RESOURCES,
    TEMPLATE_FIELDS,
    TEMPLATE_NAMES,
)
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet
from generator.domain.procedure import assess
from tests.factories import SAMPLE_TODAY, make_sample_workbook

DAY = ["--na-dzien", "2026-11-24"]
README = msg.README_NAME


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A folder with the exported templates, as `szj templates export` leaves it."""
    folder = tmp_path / "szablony"
    result = run("templates", "export", folder)
    assert result.exit_code == 0, result.output
    return folder


def add_paragraphs(path: Path, *paragraphs: str, raw: bool = False) -> None:
    """Append paragraphs at the end of a template's body: plain text, or (with `raw`) the
    inner XML of a `<w:p>` as Word might have saved it."""
    document = docx.Document(str(path))
    for paragraph in paragraphs:
        if raw:
            body = document.element.body
            body.insert(len(body) - 1, parse_xml(f"<w:p {nsdecls('w')}>{paragraph}</w:p>"))
        else:
            document.add_paragraph(paragraph)
    document.save(str(path))


def replace_text(path: Path, old: str, new: str) -> None:
    """Change text inside runs, as a user retyping a word would."""
    document = docx.Document(str(path))
    parts = [document, *(s.header for s in document.sections)]
    found = False
    for part in parts:
        paragraphs = list(part.paragraphs)
        for table in getattr(part, "tables", []):
            paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
        for paragraph in paragraphs:
            for run_ in paragraph.runs:
                if old in run_.text:
                    run_.text = run_.text.replace(old, new)
                    found = True
    assert found, old
    document.save(str(path))


def check(folder: Path) -> Result:
    return CliRunner().invoke(cli, ["templates", "check", str(folder)], catch_exceptions=False)


def only(folder: Path, *keep: str) -> None:
    """Leave only some templates in the folder (the others fall back to the defaults)."""
    for name in TEMPLATE_NAMES:
        if name not in keep:
            (folder / name).unlink()


# --- export --------------------------------------------------------------------------------


def test_export_copies_the_ten_templates_and_the_guide(office: Path) -> None:
    assert sorted(p.name for p in office.iterdir()) == sorted([*TEMPLATE_NAMES, README])
    for name in TEMPLATE_NAMES:
        assert (office / name).read_bytes() == (DEFAULT_TEMPLATES / name).read_bytes()


def test_export_reports_each_file_and_what_to_do_next(tmp_path: Path) -> None:
    result = run("templates", "export", tmp_path / "szablony")
    lines = result.stdout.splitlines()
    assert sum(line.endswith(": utworzono") for line in lines) == 11  # ten templates, CZYTAJ
    assert f"{tmp_path / 'szablony'}: utworzono: 11" in lines
    assert "szj templates check" in result.stdout and "szj generate --templates" in result.stdout


def test_export_never_overwrites_an_edited_template_without_force(office: Path) -> None:
    again = run("templates", "export", office)
    assert again.exit_code == 0
    assert again.stdout.count(": bez zmian\n") == 11

    add_paragraphs(office / DECISION, "Nasz papier firmowy")
    edited = (office / DECISION).read_bytes()
    kept = run("templates", "export", office)
    assert kept.exit_code == 0
    assert f"{office / DECISION}: pominięto (istnieje, użyj --force)" in kept.stdout
    assert (office / DECISION).read_bytes() == edited

    forced = run("templates", "export", office, "--force")
    assert f"{office / DECISION}: nadpisano" in forced.stdout
    assert (office / DECISION).read_bytes() == (DEFAULT_TEMPLATES / DECISION).read_bytes()


def test_export_into_a_file_is_a_polish_error_not_a_traceback(tmp_path: Path) -> None:
    target = tmp_path / "plik"
    target.write_text("x", encoding="utf-8")
    completed = run_module("templates", "export", target / "szablony", cwd=tmp_path)
    assert completed.returncode == 1
    assert "nie można zapisać" in completed.stderr and "Traceback" not in completed.stderr


def test_guide_is_for_notepad_utf8_with_bom_and_crlf(office: Path) -> None:
    data = (office / README).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == readme_text()


def _template_sections(text: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        head = line.split(" — ")[0]
        if head in TEMPLATE_NAMES:
            current = head
            sections[current] = ""
        elif current:
            sections[current] += line + "\n"
    return sections


def test_guide_lists_every_field_of_each_template_with_meaning_and_example() -> None:
    text = readme_text()
    flat = " ".join(text.split())
    sections = _template_sections(text)
    assert list(sections) == list(TEMPLATE_NAMES)
    for document in DOCUMENTS:
        section = sections[document.file_name]
        for field in TEMPLATE_FIELDS[document.file_name]:
            assert f"{{{{ {field}" in section or f"{field} — " in section, (document, field)
            meaning, example = field_doc(document.fields, field)
            assert meaning and " ".join(meaning.split()) in flat, field
            if field_type(field) is str and example:
                assert f"przykład: {' '.join(example.split())}" in flat, field
    # the common fields once with their meaning, then named in every template
    for field in COMMON_FIELDS:
        assert all(f"{{{{ {field} }}}}" in s for s in sections.values())


def _records() -> set[type]:
    """Every record type a template can reach from a field, lists and nesting included."""
    found: set[type] = set()
    todo = list(FIELD_TYPES.values())
    while todo:
        kind = todo.pop()
        kind = list_item(kind) or kind
        if is_record(kind) and kind not in found:
            assert isinstance(kind, type)
            found.add(kind)
            if kind is not Porownanie:  # a redline is printed whole
                todo += list(record_parts(kind).values())
    return found


def test_guide_lists_the_parts_of_loop_items_read_from_the_dataclasses() -> None:
    text = readme_text()
    flat = " ".join(text.split())
    assert "{%p for o in zespol %}" in flat and "{{ o.imie_nazwisko }}" in flat
    assert "{%tr for w in zasoby %}" in flat and "{{ w.wartosc }} — wartość" in flat
    assert "{%tr for z in w.zmiany %}" in flat and "{{ z.porownanie }}" in flat
    assert "{%p for z in paragraf1.punkty %}" in flat and "z.podpunkty" in flat
    assert "{{ sekretarz.opis }}" in flat
    for record in _records() - {Porownanie}:
        for part in record_parts(record):
            assert f".{part} " in flat or f".{part} }}}}" in flat, (record.__name__, part)


def test_every_part_of_every_record_has_a_polish_meaning() -> None:
    records = _records()
    records.discard(Porownanie)  # printed whole: its parts are not for the office
    for record in records:
        for part in record_parts(record):
            assert field_doc(record, part)[0], (record.__name__, part)


def test_guide_explains_tags_loops_and_the_commands() -> None:
    text = readme_text()
    for needle in (
        "{{ pole }}",
        "{%p if podstawa_prawna %}",
        "{%p endif %}",
        "{%tr for w in zasoby %}",
        "{%tr endfor %}",
        "{{ loop.index }}",
        "szj templates check KATALOG",
        "szj generate --templates KATALOG",
        "cudzysłowy proste",
    ):
        assert needle in text, needle
    assert max(len(line) for line in text.splitlines()) <= 100


def _conforms(value: object, kind: object) -> bool:
    item = list_item(kind)
    if item is not None:
        return isinstance(value, tuple) and all(_conforms(v, item) for v in value)
    if is_record(kind):
        assert isinstance(kind, type)
        return isinstance(value, kind) and all(
            _conforms(getattr(value, part), part_kind)
            for part, part_kind in record_parts(kind).items()
            if kind is not Porownanie
        )
    assert isinstance(kind, type)
    return isinstance(value, kind)


@pytest.mark.parametrize("steps_done", [9, 3])
def test_field_types_match_what_the_contexts_hold(steps_done: int) -> None:
    workbook = make_sample_workbook(steps_done)
    contexts = build_contexts(workbook, assess(workbook, SAMPLE_TODAY))
    for template, fields in contexts.items():
        declared = field_types(type(fields))
        for field, value in as_mapping(fields).items():
            assert _conforms(value, declared[field]), (template, field, value)


# --- check: the exported templates and the folder --------------------------------------------


def test_exported_templates_pass_the_check(office: Path) -> None:
    result = check(office)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines == [f"{name}: poprawny" for name in TEMPLATE_NAMES] + ["szablony poprawne"]


def test_templates_not_in_the_folder_fall_back_to_the_defaults(office: Path) -> None:
    only(office, DECISION)
    result = check(office)
    assert result.exit_code == 0
    assert f"{DECISION}: poprawny" in result.stdout
    assert f"{RESOURCES}: brak w katalogu — program użyje szablonu domyślnego" in result.stdout


def test_other_word_files_are_warned_about_but_do_not_fail(office: Path) -> None:
    shutil.copy(office / DECISION, office / "notatki.docx")
    shutil.copy(office / DECISION, office / "02_zalozenia.docx")
    (office / "07_karta_zatwierdzenia.doc").write_bytes(b"stary Word")
    (office / "~$_decyzja_o_podjeciu_prac.docx").write_bytes(b"blokada")
    (office / "logo.png").write_bytes(b"png")
    result = check(office)
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert (
        "notatki.docx: ostrzeżenie: plik nie jest szablonem programu i nie będzie używany\n" in err
    )
    assert "02_zalozenia.docx: ostrzeżenie: plik nie jest szablonem programu" in err
    assert "czy chodziło o „02_zalozenia_projektu.docx”?" in err
    assert "07_karta_zatwierdzenia.doc: ostrzeżenie: program czyta tylko pliki .docx" in err
    assert "~$_decyzja_o_podjeciu_prac.docx: ostrzeżenie: pominięto plik blokady Worda" in err
    assert "logo.png" not in err
    assert result.stdout.endswith("szablony poprawne\n")


def test_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["templates", "check", str(tmp_path / "brak")])
    assert result.exit_code == 2


def run_module(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *(str(a) for a in args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_corrupt_or_empty_folder_gives_messages_not_tracebacks(
    office: Path, tmp_path: Path
) -> None:
    (office / RESOURCES).write_bytes(b"to nie jest docx")
    (office / APPROVAL).write_bytes((office / APPROVAL).read_bytes()[:2000])  # cut short
    completed = run_module("templates", "check", office, cwd=tmp_path)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert f"{RESOURCES}: błąd: nie można odczytać szablonu jako dokumentu Word" in completed.stderr
    assert f"{APPROVAL}: błąd: nie można odczytać szablonu" in completed.stderr
    assert "szablony z błędami: 2 pliki (2 błędy)" in completed.stdout

    empty = tmp_path / "pusty"
    empty.mkdir()
    nothing = run_module("templates", "check", empty, cwd=tmp_path)
    assert nothing.returncode == 1 and "Traceback" not in nothing.stderr
    assert "nie ma żadnego szablonu programu" in nothing.stderr


# --- check: fields and their parts ---------------------------------------------------------


def test_a_typo_in_a_field_is_named_with_its_paragraph_and_a_suggestion(office: Path) -> None:
    replace_text(office / ORDINANCE, "regulamin_dopelniacz", "regulamin_dopelnacz")
    result = check(office)
    assert result.exit_code == 1
    assert (
        f"{ORDINANCE}: błąd: nieznane pole „regulamin_dopelnacz” w akapicie: „w sprawie zmiany "
        "{{ regulamin_dopelnacz }}” — czy chodziło o „regulamin_dopelniacz”?"
    ) in result.stderr
    assert "<w:" not in result.stderr  # paragraph text, not XML
    assert f"{DECISION}: poprawny" in result.stdout
    assert result.stdout.endswith("szablony z błędami: 1 plik (1 błąd)\n")


def test_a_field_of_another_template_says_where_it_belongs(office: Path) -> None:
    add_paragraphs(office / DECISION, "Rada: {{ rada }}", "Coś: {{ zupelnie_obce }}")
    err = check(office).stderr
    assert "nieznane pole „rada” w akapicie: „Rada: {{ rada }}” — to pole jest dostępne " in err
    assert "tylko w: 06_projekt_uchwaly_statut.docx\n" in err
    assert "nieznane pole „zupelnie_obce” w akapicie: „Coś: {{ zupelnie_obce }}” — pola " in err


def test_a_typo_in_a_part_of_a_loop_item_is_found(office: Path) -> None:
    add_paragraphs(
        office / ASSUMPTIONS,
        "{%p for o in zespol %}",
        "Członek: {{ o.imie_nazwiko }}",
        "{%p endfor %}",
        "{{ projektant.stanowsko }}",
    )
    err = check(office).stderr
    assert (
        f"{ASSUMPTIONS}: błąd: nieznana część „o.imie_nazwiko” w akapicie: „Członek: "
        "{{ o.imie_nazwiko }}” — czy chodziło o „o.imie_nazwisko”? („o” ma części: "
        "imie_nazwisko, stanowisko, komorka, opis, plec)"
    ) in err
    assert "nieznana część „projektant.stanowsko”" in err
    assert "czy chodziło o „projektant.stanowisko”?" in err


def test_nested_loops_resolve_the_items_of_inner_lists(office: Path) -> None:
    add_paragraphs(
        office / ORDINANCE,
        "{%p for p in paragraf1.punkty %}",
        "{%p for l in p.podpunkty %}",
        "{{ l.naglowk }}",
        "{%p endfor %}",
        "{%p endfor %}",
    )
    err = check(office).stderr
    assert "nieznana część „l.naglowk” w akapicie: „{{ l.naglowk }}”" in err
    assert "czy chodziło o „l.naglowek”?" in err


def test_parts_of_lists_and_of_text_are_explained(office: Path) -> None:
    add_paragraphs(office / ASSUMPTIONS, "{{ zespol.imie_nazwisko }}", "{{ urzad.nazwa }}")
    err = check(office).stderr
    assert (
        "„zespol.imie_nazwisko” w akapicie: „{{ zespol.imie_nazwisko }}” — „zespol” to lista" in err
    )
    assert "{%p for w in zespol %} … {{ w.imie_nazwisko }} … {%p endfor %}" in err
    assert "„urzad.nazwa” w akapicie: „{{ urzad.nazwa }}” — „urzad” to tekst bez części" in err


def test_text_methods_are_allowed(office: Path) -> None:
    add_paragraphs(
        office / DECISION, "{{ urzad.upper() }} {{ zrodla|length }} {{ zrodla|join(', ') }}"
    )
    only(office, DECISION)
    assert check(office).exit_code == 0


def test_a_record_or_list_printed_whole_is_refused(office: Path) -> None:
    add_paragraphs(office / ASSUMPTIONS, "Sekretarz: {{ sekretarz }}", "Zespół: {{ zespol }}")
    err = check(office).stderr
    assert (
        "{{ sekretarz }} w akapicie: „Sekretarz: {{ sekretarz }}” wypisałoby surowe dane — "
        "wybierz jedną część, np. {{ sekretarz.imie_nazwisko }}"
    ) in err
    assert (
        "{{ zespol }} w akapicie: „Zespół: {{ zespol }}” wypisałoby surowe dane — to lista" in err
    )


def test_a_template_reaching_python_internals_is_refused(office: Path) -> None:
    add_paragraphs(
        office / DECISION, "{{ urzad.__class__.__mro__ }}", "{{ sekretarz|attr('__dict__') }}"
    )
    err = check(office).stderr
    assert (
        "„urzad.__class__” w akapicie: „{{ urzad.__class__.__mro__ }}” — szablon nie może "
        "sięgać do wewnętrznych danych programu"
    ) in err
    assert "__mro__" not in err.replace("{{ urzad.__class__.__mro__ }}", "")  # reported once
    assert "„sekretarz|attr('__dict__')”" in err


def test_fields_in_headers_are_checked_too(office: Path) -> None:
    replace_text(office / DECISION, "{{ urzad }}", "{{ urzd }}")
    err = check(office).stderr
    assert "nieznane pole „urzd” w akapicie: „{{ urzd }}" in err
    assert "czy chodziło o „urzad”?" in err


# --- check: Jinja syntax -------------------------------------------------------------------


def test_an_unclosed_block_points_at_its_opening_paragraph(office: Path) -> None:
    add_paragraphs(
        office / DECISION, "{%p if podstawa_prawna %}", "Podstawa: {{ podstawa_prawna }}"
    )
    err = check(office).stderr
    assert (
        f"{DECISION}: błąd: w akapicie: „{{%p if podstawa_prawna %}}” — blok „if” nie jest "
        "zamknięty — brakuje znacznika {% endif %} (lub {%p endif %})"
    ) in err


def test_a_stray_end_tag_and_an_unknown_filter_are_explained(office: Path) -> None:
    add_paragraphs(office / DECISION, "Koniec {% endfor %}")
    add_paragraphs(office / RESOURCES, "{{ razem|upperr }}")
    err = check(office).stderr
    assert (
        f"{DECISION}: błąd: w akapicie: „Koniec {{% endfor %}}” — znacznik {{% endfor %}} nie "
        "ma pasującego znacznika otwierającego"
    ) in err
    assert "nieznany filtr „upperr” — czy chodziło o „upper”?" in err
    assert " at " not in err  # no character offsets


def test_a_space_in_a_field_name_is_explained(office: Path) -> None:
    add_paragraphs(office / DECISION, "Sekretarz: {{ imie nazwisko }}")
    err = check(office).stderr
    assert (
        "w akapicie: „Sekretarz: {{ imie nazwisko }}” — nieoczekiwane słowo „nazwisko” w "
        "znaczniku — w {{ … }} stoi jedno pole"
    ) in err


def test_syntax_errors_in_generate_also_name_the_paragraph(office: Path, tmp_path: Path) -> None:
    """`generate` says what `templates check` says (it runs the same check first)."""
    add_paragraphs(office / DECISION, "{%p for z in zrodla %}", "{{ z }}")
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    result = run("generate", workbook, "-o", out, "--templates", office, *DAY)
    assert result.exit_code == 1
    said = "w akapicie: „{%p for z in zrodla %}” — blok „for” nie jest zamknięty"
    assert f"błąd: {DECISION}: {said}" in result.stderr
    assert f"{DECISION}: błąd: {said}" in check(office).output
    assert not out.exists()


# --- check: what Word does to tags -----------------------------------------------------------

_RUN = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
_BOLD_RUN = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'


def test_smart_quotes_inside_a_tag_are_explained_with_the_autocorrect_setting(
    office: Path,
) -> None:
    add_paragraphs(
        office / DECISION,
        "{% if rodzaj_dzialania == „nowe działanie” %}Nowe{% endif %}",
        "{% if rodzaj_dzialania == “nowe działanie” %}Nowe{% endif %}",
        "Cytat „{{ tytul }}” poza znacznikiem jest w porządku",
    )
    result = check(office)
    assert result.exit_code == 1
    err = result.stderr
    assert (
        f"{DECISION}: błąd: cudzysłów drukarski („ i ”) w znaczniku „{{% if rodzaj_dzialania == "
        "„nowe działanie” %}” w akapicie:"
    ) in err
    assert "cudzysłów drukarski (“ i ”) w znaczniku" in err
    assert "wpisz znacznik jeszcze raz z cudzysłowami prostymi" in err
    assert "Opcje Autokorekty → Autoformatowanie podczas pisania" in err
    assert "poza znacznikiem" not in err


def test_a_tag_split_into_runs_of_different_formatting_is_found(office: Path) -> None:
    add_paragraphs(
        office / DECISION,
        _RUN.format("Tytuł: {{ tyt") + _BOLD_RUN.format("ul }} koniec"),
        raw=True,
    )
    err = check(office).stderr
    assert (
        f"{DECISION}: błąd: znacznik „{{{{ tytul }}}}” ma w środku zmianę formatowania (np. część "
        "pogrubiona) w akapicie: „Tytuł: {{ tytul }} koniec”"
    ) in err
    assert "usuń znacznik, wpisz go jeszcze raz w całości" in err
    assert msg.HINT_RETYPE in err


def test_a_delimiter_split_across_runs_of_different_formatting_is_found(office: Path) -> None:
    add_paragraphs(office / DECISION, _BOLD_RUN.format("{") + _RUN.format("{ tytul }}"), raw=True)
    assert "znacznik „{{ tytul }}” ma w środku zmianę formatowania" in check(office).stderr


@pytest.mark.parametrize(
    "container",
    [
        '<w:hyperlink w:anchor="x">{}</w:hyperlink>',
        '<w:ins w:id="7" w:author="Jan" w:date="2026-01-01T00:00:00Z">{}</w:ins>',
    ],
    ids=["hyperlink", "tracked-insertion"],
)
def test_a_tag_split_by_a_hyperlink_or_tracked_change_is_found(
    office: Path, container: str
) -> None:
    add_paragraphs(
        office / DECISION,
        _RUN.format("Tytuł: {{ tyt") + container.format(_RUN.format("ul }}")),
        raw=True,
    )
    err = check(office).stderr
    assert "znacznik „{{ tytul }}” jest przedzielony hiperłączem, zmianą śledzoną" in err
    assert "dokument wyszedłby uszkodzony" in err


def test_tracked_changes_must_be_accepted(office: Path) -> None:
    deletion = (
        '<w:del w:id="8" w:author="Jan" w:date="2026-01-01T00:00:00Z">'
        "<w:r><w:delText>stare</w:delText></w:r></w:del>"
    )
    add_paragraphs(office / DECISION, _RUN.format("Akapit ze zmianą ") + deletion, raw=True)
    err = check(office).stderr
    assert (
        f"{DECISION}: błąd: szablon zawiera nieprzyjęte zmiany śledzone (np. w akapicie: "
        "„Akapit ze zmianą”) — przyjmij wszystkie zmiany"
    ) in err


def test_harmless_splits_by_spelling_marks_and_bookmarks_are_accepted(
    office: Path, tmp_path: Path
) -> None:
    """Word's spelling checker splits every field name it does not know („urzad”) into runs
    with `<w:proofErr>` marks, and saves a `_GoBack` bookmark where the cursor was. docxtpl
    joins those pieces correctly, so the check must not cry wolf about them."""
    add_paragraphs(
        office / DECISION,
        _RUN.format("Urząd: {{ ")
        + '<w:proofErr w:type="spellStart"/>'
        + _RUN.format("urzad")
        + '<w:proofErr w:type="spellEnd"/>'
        + _RUN.format(" }} i tytuł {")
        + _RUN.format("{ tyt")
        + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
        + '<w:r><w:rPr><w:lang w:val="pl-PL"/></w:rPr><w:t>ul }}</w:t></w:r>',
        raw=True,
    )
    only(office, DECISION)
    result = check(office)
    assert result.exit_code == 0, result.stderr

    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    assert run("generate", workbook, "-o", out, "--templates", office, *DAY).exit_code == 0
    text = "\n".join(
        p.text for p in docx.Document(str(out / "OR.0123.7.2026" / DECISION)).paragraphs
    )
    assert "Urząd: Urząd Miasta i Gminy Testowo i tytuł Elektroniczna obsługa wniosków" in text


def test_unclosed_and_unopened_tags_are_found(office: Path) -> None:
    add_paragraphs(office / DECISION, "Niedokończony {{ urzad i dalej", "Dalej }} tekst")
    err = check(office).stderr
    assert (
        "niezamknięty znacznik „{{ urzad i dalej” w akapicie: „Niedokończony {{ urzad i dalej” "
        "— brakuje „}}”; znacznik musi się zaczynać i kończyć w tym samym akapicie"
    ) in err
    assert "„}}” bez początku znacznika w akapicie: „Dalej }} tekst” — brakuje „{{”" in err
    assert "expected token" not in err  # the Jinja error they cause is not repeated


def test_spaces_inside_a_delimiter_are_found(office: Path) -> None:
    add_paragraphs(office / DECISION, "Urząd: { { urzad } }", "{ % if urzad %}x{% endif %}")
    err = check(office).stderr
    assert (
        "„{ {” w akapicie: „Urząd: { { urzad } }” — między nawiasami znacznika nie może być "
        "spacji; wpisz „{{”"
    ) in err
    assert "„} }” w akapicie" in err and "„{ %” w akapicie" in err


def test_text_beside_a_paragraph_tag_would_be_lost(office: Path) -> None:
    add_paragraphs(
        office / DECISION,
        "Ważne zdanie {%p if podstawa_prawna %}",
        "{%p endif %}",
        "{%p for z in zrodla %}{%p if z %}",  # docxtpl keeps only the first tag
    )
    err = check(office).stderr
    assert "akapit ze znacznikiem „{%p for z in zrodla %}” zawiera też inny tekst" in err
    assert (
        "akapit ze znacznikiem „{%p if podstawa_prawna %}” zawiera też inny tekst: „Ważne zdanie "
        "{%p if podstawa_prawna %}” — program usuwa cały akapit"
    ) in err


def test_a_row_tag_outside_a_table_is_found(office: Path) -> None:
    add_paragraphs(office / DECISION, "{%tr for z in zrodla %}", "{{ z }}", "{%tr endfor %}")
    err = check(office).stderr
    assert "znacznik „{%tr for z in zrodla %}” poza tabelą w akapicie" in err
    assert "w zwykłym tekście użyj {%p … %}" in err


def test_text_beside_a_row_tag_would_be_lost(office: Path) -> None:
    document = docx.Document(str(office / RESOURCES))
    for table in document.tables:
        for row in table.rows:
            cells = row.cells
            if cells[0].text.startswith("{%tr for"):
                cells[1].paragraphs[0].add_run("Uwaga")
                break
    document.save(str(office / RESOURCES))
    assert "wiersz tabeli ze znacznikiem „{%tr for" in check(office).stderr


def test_check_is_at_least_as_strict_as_generate(office: Path) -> None:
    """Whatever `generate` refuses, the check reports too."""
    add_paragraphs(office / DECISION, "{{ nieznane }}")
    add_paragraphs(office / RESOURCES, "{% if razem %}")
    with pytest.raises(Exception, match="nieznane"):
        TemplateSet(office).check_all([DECISION])
    with pytest.raises(Exception, match="nie jest zamknięty"):
        TemplateSet(office).check_all([RESOURCES])
    err = check(office).stderr
    assert f"{DECISION}: błąd: nieznane pole „nieznane”" in err
    assert f"{RESOURCES}: błąd: w akapicie: „{{% if razem %}}” — blok „if”" in err


# --- generate --templates ------------------------------------------------------------------


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_generate_with_the_office_letterhead(office: Path, tmp_path: Path) -> None:
    letterhead = "Urząd Miasta i Gminy Testowo • ul. Rynek 1, 62-000 Testowo • tel. 61 000 00 00"
    template = office / DECISION
    document = docx.Document(str(template))
    document.paragraphs[0].insert_paragraph_before(letterhead)
    document.save(str(template))
    only(office, DECISION)
    assert check(office).exit_code == 0

    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    result = run("generate", workbook, "-o", out, "--templates", office, *DAY)
    assert result.exit_code == 0, result.stderr
    folder = out / "OR.0123.7.2026"
    paragraphs = [p.text for p in docx.Document(str(folder / DECISION)).paragraphs]
    assert paragraphs[0] == letterhead
    assert any("Elektroniczna obsługa wniosków o dowód osobisty" in p for p in paragraphs)

    manifest = _manifest(folder)["templates"]
    assert manifest[DECISION] == {
        "source": "office",
        "sha256": hashlib.sha256(template.read_bytes()).hexdigest(),
    }
    assert len(manifest) > 1  # the documents this project produces at its step
    for name in (n for n in TEMPLATE_NAMES[1:] if n in manifest):
        assert manifest[name]["source"] == "default", name
        digest = hashlib.sha256((DEFAULT_TEMPLATES / name).read_bytes()).hexdigest()
        assert manifest[name]["sha256"] == digest

    default_run = run("generate", workbook, "-o", tmp_path / "domyslne", *DAY)
    assert default_run.exit_code == 0
    plain = docx.Document(str(tmp_path / "domyslne" / "OR.0123.7.2026" / DECISION))
    assert letterhead not in [p.text for p in plain.paragraphs]


def test_generate_refuses_a_template_with_a_typo_and_writes_nothing(
    office: Path, tmp_path: Path
) -> None:
    replace_text(office / ORDINANCE, "regulamin_dopelniacz", "regulamin_dopelnacz")
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    result = run("generate", workbook, "-o", out, "--templates", office, *DAY)
    assert result.exit_code == 1
    assert (
        f"{ORDINANCE}: nieznane pole „regulamin_dopelnacz” w akapicie: „w sprawie zmiany "
        "{{ regulamin_dopelnacz }}” — czy chodziło o „regulamin_dopelniacz”?"
    ) in result.stderr
    assert "projekt.xlsx: nie wygenerowano dokumentów" in result.stderr
    assert not out.exists()


def test_generate_refuses_an_unknown_filter_without_a_traceback(
    office: Path, tmp_path: Path
) -> None:
    add_paragraphs(office / RESOURCES, "{{ razem|upperr }}")
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    result = run("generate", workbook, "-o", out, "--templates", office, *DAY)
    assert result.exit_code == 1
    assert (
        f"{RESOURCES}: w akapicie: „{{{{ razem|upperr }}}}” — "
        "nieznany filtr „upperr” — czy chodziło o „upper”?"
    ) in result.stderr
    assert not out.exists()


def test_generate_refuses_a_template_reaching_python_internals(
    office: Path, tmp_path: Path
) -> None:
    add_paragraphs(office / DECISION, "{{ urzad.__class__.__mro__ }}")
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    completed = run_module(
        "generate", workbook, "-o", out, "--templates", office, *DAY, cwd=tmp_path
    )
    assert completed.returncode == 1
    assert DECISION in completed.stderr and "Traceback" not in completed.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "source",
    [
        "{{ tytul) }}",
        "{{ tytul",
        "{{ tytul x }}",
        "{{ a. }}",
        "{{ a(, ) }}",
        "{% if %}x{% endif %}",
        "{{ f(a=) }}",
        "{% for x in %}{% endfor %}",
    ],
)
def test_syntax_errors_are_explained_without_the_template_engines_english(source: str) -> None:
    """Issue 17: „(unexpected '}')” and the like reached the clerk in English."""
    from jinja2 import TemplateSyntaxError

    from generator.documents.jinja_uses import explain_syntax
    from generator.documents.render import make_environment

    with pytest.raises(TemplateSyntaxError) as error:
        make_environment().parse(source)
    explained = explain_syntax(error.value.message or "")
    assert not re.search(
        r"\b(expected|unexpected|token|got|end of|template|statement|name or number)\b",
        explained,
    ), explained
