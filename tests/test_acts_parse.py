"""The act parser on regulamin- and statute-shaped texts, built as .docx the ways Word does."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from act_docx import ACT_LIST, Numbered, Styled, build_act

from generator.acts.document import parse_act
from generator.domain.units import parse_unit
from generator.errors import ActError


def unit_text(act, address: str) -> str:
    unit = act.find(parse_unit(address))
    assert unit is not None, f"{address} not found"
    return unit.text


def addresses(act) -> list[str]:
    return [str(unit.address) for unit in act.walk()]


# --- 1. a regulamin typed by hand: header, titles, chapters, „§ 1. 1.”, annex ----------------

REGULAMIN = [
    "Załącznik do Zarządzenia Nr 48/2024",
    "Burmistrza Miasta Przykładowo z dnia 2 lutego 2024 r.",
    "REGULAMIN ORGANIZACYJNY",
    "URZĘDU MIEJSKIEGO W PRZYKŁADOWIE",
    "",
    "Rozdział 1",
    "Postanowienia ogólne",
    "§ 1. 1. Regulamin organizacyjny, zwany dalej „Regulaminem”, określa:",
    "1) zakres działania Urzędu;",
    "2) organizację wewnętrzną Urzędu.",
    "2. Ilekroć w Regulaminie jest mowa o:",
    "1)\tUrzędzie – należy przez to rozumieć Urząd Miejski w Przykładowie;",
    "2)\tBurmistrzu – należy przez to rozumieć Burmistrza Miasta Przykładowo.",
    "§ 2.\tUrząd jest jednostką budżetową Gminy.",
    "Rozdział 2",
    "Organizacja Urzędu",
    "§ 3. 1. W skład Urzędu wchodzą:",
    "1) referaty:",
    "a) Referat Finansowy – FN,",
    "b) Referat Organizacyjny – OR;",
    "2) samodzielne stanowiska:",
    "– radca prawny,",
    "– audytor wewnętrzny.",
    "2. Schemat organizacyjny Urzędu stanowi załącznik nr 1 do Regulaminu.",
    "§ 3a. Urzędem kieruje Burmistrz.",
    "Załącznik nr 1 do Regulaminu Organizacyjnego",
    "SCHEMAT ORGANIZACYJNY URZĘDU MIEJSKIEGO",
    "BURMISTRZ",
    "Sekretarz – Referat Organizacyjny",
]


def test_typed_regulamin_builds_the_tree(tmp_path: Path) -> None:
    act = parse_act(build_act(tmp_path / "regulamin.docx", REGULAMIN))

    assert act.header_lines == ["Załącznik do Zarządzenia Nr 48/2024"]
    assert act.title_lines == [
        "Burmistrza Miasta Przykładowo z dnia 2 lutego 2024 r.",
        "REGULAMIN ORGANIZACYJNY",
        "URZĘDU MIEJSKIEGO W PRZYKŁADOWIE",
    ]
    assert [(c.number, c.title) for c in act.chapters] == [
        ("1", "Postanowienia ogólne"),
        ("2", "Organizacja Urzędu"),
    ]
    assert unit_text(act, "§ 1") == ""
    assert unit_text(act, "§ 1 ust. 1").startswith("Regulamin organizacyjny")
    assert unit_text(act, "§ 1 ust. 2 pkt 1") == (
        "Urzędzie – należy przez to rozumieć Urząd Miejski w Przykładowie;"
    )
    assert unit_text(act, "§ 2") == "Urząd jest jednostką budżetową Gminy."
    assert unit_text(act, "§ 3 ust. 1 pkt 1 lit. b") == "Referat Organizacyjny – OR;"
    assert unit_text(act, "§ 3 ust. 1 pkt 2 tiret drugie") == "audytor wewnętrzny."
    assert unit_text(act, "§ 3a") == "Urzędem kieruje Burmistrz."
    assert act.find(parse_unit("§ 3 ust. 1 pkt 1 lit. a")).chapter == "2"
    assert act.find(parse_unit("§ 4")) is None
    # the „§ 1. 1.” line is the source of both the paragraph and its first ustęp
    assert act.find(parse_unit("§ 1")).paragraphs == [7]
    assert act.find(parse_unit("§ 1 ust. 1")).paragraphs == [7]
    assert act.find(parse_unit("§ 3 ust. 2")).paragraphs == [23]
    [annex] = act.annexes
    assert annex.number == "1"
    assert annex.lines == ("SCHEMAT ORGANIZACYJNY URZĘDU MIEJSKIEGO", "BURMISTRZ",
                           "Sekretarz – Referat Organizacyjny")
    assert act.warnings == []


def test_source_paragraph_indexes_point_at_python_docx_paragraphs(tmp_path: Path) -> None:
    path = build_act(tmp_path / "regulamin.docx", REGULAMIN)
    act = parse_act(path)
    document = docx.Document(str(path))
    for address in ("§ 2", "§ 3 ust. 1 pkt 2 tiret pierwsze", "§ 1 ust. 2"):
        unit = act.find(parse_unit(address))
        assert unit.text in document.paragraphs[unit.paragraphs[0]].text.replace("\t", " ")


def test_wording_lists_the_unit_with_its_children(tmp_path: Path) -> None:
    act = parse_act(build_act(tmp_path / "regulamin.docx", REGULAMIN))
    assert act.find(parse_unit("§ 3 ust. 1 pkt 2")).wording() == (
        "2) samodzielne stanowiska:\n– radca prawny,\n– audytor wewnętrzny."
    )


# --- 2. Word automatic numbering: §, ust., pkt, lit., tiret all from numbering.xml -----------


def test_automatic_numbering_is_read_from_numbering_xml(tmp_path: Path) -> None:
    paragraphs = [
        "STATUT GMINY PRZYKŁADOWO",
        Numbered(1, 0, ""),
        Numbered(1, 1, "Gmina Przykładowo jest wspólnotą samorządową."),
        Numbered(1, 1, "Gmina obejmuje sołectwa:"),
        Numbered(1, 2, "Dolne;"),
        Numbered(1, 2, "Górne:"),
        Numbered(1, 3, "wieś Górna,"),
        Numbered(1, 3, "przysiółek Zagórze:"),
        Numbered(1, 4, "kolonia Pierwsza,"),
        Numbered(1, 4, "kolonia Druga."),
        Numbered(1, 0, "Siedzibą władz gminy jest Przykładowo."),
        Numbered(1, 0, ""),
        Numbered(1, 2, "herb,"),  # points straight under a § restart at 1)
        Numbered(1, 2, "flaga."),
    ]
    act = parse_act(build_act(tmp_path / "statut.docx", paragraphs, lists={1: ACT_LIST}))

    assert unit_text(act, "§ 1 ust. 2 pkt 2 lit. b tiret drugie") == "kolonia Druga."
    assert unit_text(act, "§ 2") == "Siedzibą władz gminy jest Przykładowo."
    assert unit_text(act, "§ 3 pkt 2") == "flaga."
    assert addresses(act)[:3] == ["§ 1", "§ 1 ust. 1", "§ 1 ust. 2"]
    assert act.title_lines == ["STATUT GMINY PRZYKŁADOWO"]
    assert act.warnings == []


def test_numbering_through_a_paragraph_style_and_separate_lists(tmp_path: Path) -> None:
    lists = {
        1: (("decimal", "§ %1"),),  # the office's „Paragraf” style: „§ 1” without a dot
        2: (("decimal", "%1)"),),
        3: (("decimal", "%1)"),),  # a second list instance: restarts at 1)
    }
    paragraphs = [
        "Regulamin kontroli zarządczej",
        Styled("Paragraf", "Kontrolę zarządczą zapewnia Burmistrz."),
        Styled("Paragraf", "Kontrola obejmuje:"),
        Numbered(2, 0, "wydziały,"),
        Numbered(2, 0, "jednostki."),
        Styled("Paragraf", "Dokumenty kontroli obejmują:"),
        Numbered(3, 0, "plan,"),
        Numbered(3, 0, "sprawozdanie."),
    ]
    path = build_act(tmp_path / "r.docx", paragraphs, lists=lists,
                     numbered_styles={"Paragraf": (1, 0)})
    act = parse_act(path)
    assert unit_text(act, "§ 2") == "Kontrola obejmuje:"
    assert unit_text(act, "§ 2 pkt 2") == "jednostki."
    assert unit_text(act, "§ 3 pkt 1") == "plan,"
    assert act.warnings == []


# --- 3. odd spacing: no space, non-breaking spaces, tabs, soft line breaks, Roman chapters ---


def test_odd_spacing_tabs_and_soft_breaks(tmp_path: Path) -> None:
    paragraphs = [
        "Załącznik do Uchwały Nr XII/98/2023 Rady Gminy Przykładowo",
        "STATUT  GMINY",
        "Rozdział I",
        "Postanowienia\togólne",
        "§1.Gmina Przykładowo jest wspólnotą samorządową.",
        "§\u00a02.\u00a01.\u00a0Terytorium gminy obejmuje\u00a0 obszar 120 km².",
        "2 .  Granice gminy określa mapa.",  # a space before the dot, two after it
        "Rozdział II – Władze gminy",
        "§ 3.\nOrganami gminy są:",  # a soft line break after the mark
        "1)\t\tRada Gminy,",
        "2 )\tWójt.",
        "§ 3a.  Kadencja Rady trwa 5 lat.",
        "§ 4 . Wybory zarządza Wojewoda.",
    ]
    act = parse_act(build_act(tmp_path / "statut.docx", paragraphs))
    assert unit_text(act, "§ 1") == "Gmina Przykładowo jest wspólnotą samorządową."
    assert unit_text(act, "§ 2 ust. 1") == "Terytorium gminy obejmuje obszar 120 km²."
    assert unit_text(act, "§ 2 ust. 2") == "Granice gminy określa mapa."
    assert unit_text(act, "§ 3") == "Organami gminy są:"
    assert unit_text(act, "§ 3 pkt 2") == "Wójt."
    assert unit_text(act, "§ 3a") == "Kadencja Rady trwa 5 lat."
    assert unit_text(act, "§ 4") == "Wybory zarządza Wojewoda."
    assert [(c.number, c.title) for c in act.chapters] == [
        ("I", "Postanowienia ogólne"), ("II", "Władze gminy"),
    ]
    assert act.title_lines == ["STATUT GMINY"]
    assert act.warnings == []


# --- 4. „§ 1” as a centred heading, the text on the next paragraph, multi-paragraph units ----


def test_paragraph_heading_on_its_own_line(tmp_path: Path) -> None:
    paragraphs = [
        "REGULAMIN ORGANIZACYJNY URZĘDU GMINY",
        "§ 1",
        "1. Wójt wykonuje zadania przy pomocy Urzędu.",
        "2. Urząd realizuje zadania:",
        "1) własne gminy,",
        "2) zlecone.",
        "§ 2",
        "Regulamin określa:",
        "1) zasady kierowania Urzędem,",
        "2) organizację Urzędu.",
        "§ 3",
        "Urząd czynny jest od poniedziałku do piątku.",
        "Szczegóły określa regulamin pracy.",
    ]
    act = parse_act(build_act(tmp_path / "r.docx", paragraphs))
    assert unit_text(act, "§ 1 ust. 2 pkt 1") == "własne gminy,"
    assert unit_text(act, "§ 2") == "Regulamin określa:"
    assert unit_text(act, "§ 2 pkt 2") == "organizację Urzędu."
    assert act.find(parse_unit("§ 2 ust. 1")) is None
    three = act.find(parse_unit("§ 3"))
    assert three.text == (
        "Urząd czynny jest od poniedziałku do piątku.\nSzczegóły określa regulamin pracy."
    )
    assert three.paragraphs == [10, 11, 12]


# --- 5. numbering gaps and repeats are warnings naming the paragraph -------------------------


def test_numbering_gaps_and_repeats_are_warnings(tmp_path: Path) -> None:
    paragraphs = [
        "REGULAMIN",
        "§ 1. Tekst pierwszy.",
        "§ 2. 1. Ustęp pierwszy.",
        "3. Ustęp trzeci.",
        "§ 4. Tekst czwarty.",
        "§ 6. Tekst szósty.",
        "§ 6. Tekst szósty drugi raz.",
        "1) punkt;",
        "§ 6a. Dodany.",
        "§ 6c. Dodany z luką.",
    ]
    act = parse_act(build_act(tmp_path / "r.docx", paragraphs))
    messages = [warning.message for warning in act.warnings]
    assert messages == [
        "akapit 4: po § 2 ust. 1 następuje § 2 ust. 3 — luka w numeracji",
        "akapit 5: po § 2 następuje § 4 — luka w numeracji",
        "akapit 6: po § 4 następuje § 6 — luka w numeracji",
        "akapit 7: § 6 występuje drugi raz (poprzednio w akapicie 6)",
        "akapit 10: po § 6a następuje § 6c — luka w numeracji",
    ]
    assert act.find(parse_unit("§ 6")).text == "Tekst szósty."


# --- what cannot be parsed is reported with the paragraph's text, never guessed -------------


def test_unparseable_paragraphs_are_all_named(tmp_path: Path) -> None:
    paragraphs = [
        "REGULAMIN",
        "1) punkt przed paragrafem",
        "§ 1. Urząd realizuje zadania:",
        "1) własne,",
        "dalszy tekst bez oznaczenia",
        "1.1. Numeracja wielopoziomowa",
        "§ 2. 1. Ustęp.",
        "a) litera bez punktu",
        "– tiret w ustępie",
        "2/ stary zapis punktu",
    ]
    with pytest.raises(ActError) as caught:
        parse_act(build_act(tmp_path / "regulamin.docx", paragraphs))
    text = str(caught.value)
    assert text.startswith("regulamin.docx: nie udało się odczytać podziału aktu na jednostki (6):")
    assert "akapit 2: oznaczenie jednostki przed pierwszym paragrafem — „1) punkt przed" in text
    assert "akapit 5: akapit bez oznaczenia po § 1 pkt 1" in text
    assert "— „dalszy tekst bez oznaczenia”" in text
    assert "akapit 6: nierozpoznane oznaczenie jednostki — „1.1. Numeracja wielopoziomowa”" in text
    assert "akapit 8: litera „a)” poza punktem" in text
    assert "akapit 9: tiret poza punktem i literą (w § 2 ust. 1)" in text
    assert "akapit 10: nierozpoznane oznaczenie jednostki — „2/ stary zapis punktu”" in text
    assert [issue.paragraph for issue in caught.value.issues] == [1, 4, 5, 7, 8, 9]


def test_ustep_after_the_paragraphs_own_text_is_not_guessed(tmp_path: Path) -> None:
    paragraphs = ["REGULAMIN", "§ 1. Ilekroć jest mowa o:", "1. Gminie – Gminę Przykładowo,"]
    with pytest.raises(ActError, match="akapit 3: ustęp „1.” po tekście § 1"):
        parse_act(build_act(tmp_path / "r.docx", paragraphs))


# --- the file itself -----------------------------------------------------------------------


def test_unaccepted_tracked_changes_are_refused(tmp_path: Path) -> None:
    path = build_act(tmp_path / "statut.docx", ["STATUT", "§ 1. Tekst."])
    document = docx.Document(str(path))
    run = document.paragraphs[1].runs[0]._r
    wrapper = run.makeelement(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ins",
        {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id": "1",
         "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}author": "Jan"},
    )
    run.addprevious(wrapper)
    wrapper.append(run)
    document.save(str(path))
    with pytest.raises(ActError) as caught:
        parse_act(path)
    assert str(caught.value) == (
        "statut.docx: dokument zawiera niezaakceptowane śledzone zmiany (1); otwórz go w Wordzie, "
        "wybierz Recenzja → Zaakceptuj → Zaakceptuj wszystkie zmiany, zapisz plik i spróbuj "
        "ponownie"
    )


def test_a_scan_without_text_is_refused(tmp_path: Path) -> None:
    path = build_act(tmp_path / "skan.docx", ["", "   ", "\t"])
    with pytest.raises(ActError, match=r"^skan.docx: dokument nie zawiera tekstu \(czy to skan"):
        parse_act(path)


def test_text_without_any_paragraph_mark_is_refused(tmp_path: Path) -> None:
    path = build_act(tmp_path / "list.docx", ["Szanowni Państwo,", "uprzejmie informuję"])
    with pytest.raises(ActError, match="nie znaleziono żadnego paragrafu"):
        parse_act(path)


def test_not_a_docx_and_encrypted_files(tmp_path: Path) -> None:
    text = tmp_path / "akt.docx"
    text.write_text("§ 1. To jest zwykły plik tekstowy.", encoding="utf-8")
    with pytest.raises(ActError, match="^akt.docx: nie da się otworzyć pliku jako dokumentu Word"):
        parse_act(text)
    broken = tmp_path / "zip.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "x")
    with pytest.raises(ActError, match="^zip.docx: nie da się otworzyć"):
        parse_act(broken)
    encrypted = tmp_path / "haslo.docx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(ActError, match="^haslo.docx: dokument jest chroniony hasłem"):
        parse_act(encrypted)
    with pytest.raises(ActError, match="^brak.docx: nie znaleziono pliku"):
        parse_act(tmp_path / "brak.docx")
