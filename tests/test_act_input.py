"""The current act as input (issue 15): „Tekst regulaminu organizacyjnego” in `Projekt`, the
wording of `Zmiany` taken from the act or checked against it, and the act's own problems."""

from __future__ import annotations

from pathlib import Path

import docx
from act_docx import build_act
from workbooks import TODAY, Sheets, set_field, valid_sheets, write_workbook

from generator.domain.model import ChangeKind
from generator.workbook import schema as s
from generator.workbook.validate import Validation, validate_file

REGULAMIN_FIELD = "Tekst regulaminu organizacyjnego"
FILLER = [f"§ {n}. Przepis numer {n} regulaminu." for n in range(2, 12)]


def regulamin_paragraphs() -> list[str]:
    return [
        "Załącznik do zarządzenia Nr 12/2019 Burmistrza Miasta i Gminy Testowo",
        "REGULAMIN ORGANIZACYJNY",
        "Rozdział 1",
        "Postanowienia ogólne",
        "§ 1. Regulamin określa organizację Urzędu.",
        *FILLER,
        "§ 12. 1. Referat Spraw Obywatelskich realizuje zadania gminy.",
        "2. Referat współpracuje z Urzędem Stanu Cywilnego.",
        "3. Referat prowadzi sprawy dowodów.",
        "§ 13. Do Referatu Organizacyjnego należy:",
        "1) prowadzenie spraw kadrowych;",
        "2) obsługa sekretariatu.",
    ]


def regulamin(folder: Path, paragraphs: list[str] | None = None) -> Path:
    return build_act(folder / "regulamin.docx", paragraphs or regulamin_paragraphs())


def with_regulamin_change(unit: str, current: object, proposed: object) -> Sheets:
    """The valid workbook naming `regulamin.docx`, its regulamin row replaced."""
    sheets = valid_sheets()
    set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    row = sheets[s.CHANGES.name][1]
    row[2], row[3], row[4] = unit, current, proposed
    return sheets


def validate(folder: Path, sheets: Sheets) -> Validation:
    return validate_file(write_workbook(folder / "projekt.xlsx", sheets), TODAY)


def lines(validation: Validation) -> list[str]:
    return [issue.format("projekt.xlsx") for issue in validation.issues]


def test_an_empty_current_wording_is_taken_from_the_act(tmp_path: Path) -> None:
    regulamin(tmp_path)
    proposed = "Referat prowadzi sprawy dowodów.\nI paszportów."
    sheets = with_regulamin_change("§ 12 ust. 3", None, proposed)
    validation = validate(tmp_path, sheets)
    assert validation.ok, lines(validation)
    change = validation.workbook.changes[0]
    assert change.current == "Referat prowadzi sprawy dowodów."
    assert change.kind is ChangeKind.REPLACE


def test_a_whole_paragraph_is_taken_with_its_points(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 13", None, "Nowe brzmienie."))
    assert validation.ok, lines(validation)
    assert validation.workbook.changes[0].current == (
        "Do Referatu Organizacyjnego należy:\n1) prowadzenie spraw kadrowych;\n"
        "2) obsługa sekretariatu."
    )


def test_typed_wording_equal_but_for_spacing_and_mark_is_accepted(tmp_path: Path) -> None:
    regulamin(tmp_path)
    typed = "3.  Referat  prowadzi\nsprawy dowodów. "
    validation = validate(tmp_path, with_regulamin_change("§ 12 ust. 3", typed, "Nowe."))
    assert validation.ok, lines(validation)


def test_typed_wording_that_differs_from_the_act_names_the_cell_and_both_texts(
    tmp_path: Path,
) -> None:
    regulamin(tmp_path)
    sheets = with_regulamin_change("§ 12 ust. 3", "Referat prowadzi sprawy paszportów.", "Nowe.")
    validation = validate(tmp_path, sheets)
    assert not validation.ok
    assert lines(validation) == [
        "projekt.xlsx: Zmiany!D2: błąd: brzmienie obecne § 12 ust. 3 różni się od tekstu aktu:\n"
        "  w skoroszycie: „Referat prowadzi sprawy paszportów.”\n"
        "  w akcie: „Referat prowadzi sprawy dowodów.”"
    ]


def test_a_unit_the_act_lacks_is_an_error_naming_the_cell(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 99", "Cokolwiek.", "Nowe."))
    assert lines(validation) == ["projekt.xlsx: Zmiany!C2: błąd: w regulaminie nie ma § 99"]


def test_a_unit_to_repeal_the_act_lacks_is_an_error(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 5", None, None))
    assert lines(validation) == ["projekt.xlsx: Zmiany!C2: błąd: w regulaminie nie ma § 13 pkt 5"]


def test_a_unit_added_inside_a_missing_unit_is_an_error(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 40 pkt 3", None, "nowy punkt."))
    assert lines(validation) == ["projekt.xlsx: Zmiany!C2: błąd: w regulaminie nie ma § 40"]


def test_a_unit_the_act_lacks_with_only_proposed_wording_is_an_addition(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 3", None, "archiwum."))
    assert validation.ok, lines(validation)
    assert validation.workbook.changes[0].kind is ChangeKind.ADD


def test_both_wordings_empty_mean_repeal_with_an_act(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 2", None, None))
    assert validation.ok, lines(validation)
    change = validation.workbook.changes[0]
    assert change.kind is ChangeKind.REPEAL
    assert change.current == "obsługa sekretariatu."


def test_both_wordings_empty_without_an_act_stay_an_error(tmp_path: Path) -> None:
    sheets = valid_sheets()
    row = sheets[s.CHANGES.name][1]
    row[3], row[4] = None, None
    validation = validate(tmp_path, sheets)
    assert "projekt.xlsx: Zmiany!E2: błąd: podaj brzmienie obecne, proponowane albo oba " \
        "(oba puste w wierszu 2)" in lines(validation)


def test_without_the_act_fields_a_typed_wording_is_not_checked(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[s.CHANGES.name][1][2] = "§ 99"
    validation = validate(tmp_path, sheets)
    assert validation.ok, lines(validation)
    assert not validation.acts


def test_a_missing_act_file_names_the_projekt_cell(tmp_path: Path) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, REGULAMIN_FIELD, "akty/regulamin.docx")
    validation = validate(tmp_path, sheets)
    assert lines(validation) == [
        f"projekt.xlsx: Projekt!B{row}: błąd: nie ma pliku aktu „akty/regulamin.docx” "
        f"(ścieżka względem folderu skoroszytu: {tmp_path})"
    ]


def test_an_act_that_is_not_a_docx_names_the_cell(tmp_path: Path) -> None:
    (tmp_path / "regulamin.pdf").write_bytes(b"%PDF-1.4")
    sheets = valid_sheets()
    row = set_field(sheets, REGULAMIN_FIELD, "regulamin.pdf")
    validation = validate(tmp_path, sheets)
    assert lines(validation) == [
        f"projekt.xlsx: Projekt!B{row}: błąd: plik aktu „regulamin.pdf” nie jest dokumentem "
        ".docx; podaj tekst aktu zapisany w Wordzie jako .docx"
    ]


def test_an_absolute_path_is_allowed(tmp_path: Path) -> None:
    act = regulamin(tmp_path)
    sheets = with_regulamin_change("§ 12 ust. 3", None, "Nowe.")
    set_field(sheets, REGULAMIN_FIELD, str(act))
    (tmp_path / "elsewhere").mkdir()
    validation = validate(tmp_path / "elsewhere", sheets)
    assert validation.ok, lines(validation)


def test_a_password_protected_act_names_the_cell(tmp_path: Path) -> None:
    (tmp_path / "regulamin.docx").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    sheets = with_regulamin_change("§ 12 ust. 3", None, "Nowe.")
    row = set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    assert lines(validate(tmp_path, sheets)) == [
        f"projekt.xlsx: Projekt!B{row}: błąd: regulamin.docx: dokument jest chroniony hasłem "
        "albo zapisany w starym formacie .doc; zapisz go w Wordzie jako .docx bez hasła"
    ]


def test_an_act_with_tracked_changes_asks_to_accept_them_first(tmp_path: Path) -> None:
    path = regulamin(tmp_path)
    document = docx.Document(str(path))
    run = document.paragraphs[4].runs[0]._r
    ins = run.makeelement(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ins",
        {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id": "1"},
    )
    run.addprevious(ins)
    ins.append(run)
    document.save(str(path))
    issues = lines(validate(tmp_path, with_regulamin_change("§ 12 ust. 3", None, "Nowe.")))
    assert len(issues) == 1
    assert "niezaakceptowane śledzone zmiany (1)" in issues[0]
    assert "Zaakceptuj wszystkie zmiany" in issues[0]


def test_a_scan_without_text_is_refused(tmp_path: Path) -> None:
    regulamin(tmp_path, ["", " "])
    issues = lines(validate(tmp_path, with_regulamin_change("§ 12 ust. 3", None, "Nowe.")))
    assert len(issues) == 1
    assert "dokument nie zawiera tekstu (czy to skan?)" in issues[0]


def test_a_numbering_gap_is_a_warning_naming_the_paragraph(tmp_path: Path) -> None:
    paragraphs = regulamin_paragraphs()
    paragraphs.remove("§ 7. Przepis numer 7 regulaminu.")
    regulamin(tmp_path, paragraphs)
    validation = validate(tmp_path, with_regulamin_change("§ 12 ust. 3", None, "Nowe."))
    assert validation.ok
    warnings = [i.format("projekt.xlsx") for i in validation.warnings]
    assert any(
        "regulamin.docx: akapit 11: po § 6 następuje § 8 — luka w numeracji" in w
        for w in warnings
    ), warnings


def test_an_act_that_cannot_be_parsed_names_its_paragraphs_and_writes_nothing(
    tmp_path: Path,
) -> None:
    paragraphs = regulamin_paragraphs()
    paragraphs.insert(6, "a) litera bez punktu")
    regulamin(tmp_path, paragraphs)
    validation = validate(tmp_path, with_regulamin_change("§ 12 ust. 3", None, "Nowe."))
    assert validation.workbook is None
    assert len(validation.errors) == 1
    assert "akapit 7: litera „a)” poza punktem" in validation.errors[0].message
    assert "„a) litera bez punktu”" in validation.errors[0].message


def test_a_repeal_row_adds_no_error_of_its_own_when_the_act_cannot_be_read(
    tmp_path: Path,
) -> None:
    paragraphs = regulamin_paragraphs()
    paragraphs.insert(6, "a) litera bez punktu")
    regulamin(tmp_path, paragraphs)
    sheets = with_regulamin_change("§ 13 pkt 2", None, None)
    row = set_field(sheets, REGULAMIN_FIELD, "regulamin.docx")
    assert [i.location for i in validate(tmp_path, sheets).errors] == [f"Projekt!B{row}"]


def test_words_to_replace_must_be_in_the_unit(tmp_path: Path) -> None:
    regulamin(tmp_path)
    sheets = with_regulamin_change("§ 12 ust. 2 wyrazy", "Urzędem Skarbowym", "Urzędem Gminy")
    assert lines(validate(tmp_path, sheets)) == [
        "projekt.xlsx: Zmiany!D2: błąd: w § 12 ust. 2 nie ma wyrazów „Urzędem Skarbowym”"
    ]


def test_a_sentence_change_warns_that_the_consolidated_text_leaves_it_out(tmp_path: Path) -> None:
    regulamin(tmp_path)
    sheets = with_regulamin_change("§ 12 ust. 1 zdanie pierwsze", "Stare.", "Nowe.")
    validation = validate(tmp_path, sheets)
    assert validation.ok
    assert [i.format("projekt.xlsx") for i in validation.warnings] == [
        "projekt.xlsx: Zmiany!C2: ostrzeżenie: tej zmiany (zdanie, cały rozdział, załącznik) "
        "tekst ujednolicony jeszcze nie obejmuje; nanieś ją w nim ręcznie"
    ]


# --- the end of a list, judged from the act's real neighbours ------------------------------


def provision(validation: Validation) -> str:
    from generator.domain.amendments import amendment_text, provision_as_text

    regulamin_rows = [c for c in validation.workbook.changes if c.document.startswith("Reg")]
    return provision_as_text(amendment_text(regulamin_rows, "W regulaminie"))


def test_an_added_last_point_changes_the_neighbours_full_stop(tmp_path: Path) -> None:
    regulamin(tmp_path)
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 3", None, "archiwum."))
    assert validation.workbook.changes[0].fix_punctuation is True
    assert "w pkt 2 kropkę zastępuje się średnikiem i dodaje się pkt 3" in provision(validation)


def test_no_full_stop_to_change_when_the_neighbour_has_none(tmp_path: Path) -> None:
    paragraphs = regulamin_paragraphs()
    paragraphs[-1] = "2) obsługa sekretariatu;"  # the act's list does not end with „.”
    regulamin(tmp_path, paragraphs)
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 3", None, "archiwum."))
    assert validation.workbook.changes[0].fix_punctuation is False
    assert "kropkę" not in provision(validation)
    assert "dodaje się pkt 3 w brzmieniu" in provision(validation)


def test_a_repealed_point_that_is_not_last_leaves_the_punctuation(tmp_path: Path) -> None:
    paragraphs = regulamin_paragraphs()
    paragraphs[-1] = "2) obsługa sekretariatu."  # a typo: the list goes on after „.”
    paragraphs.append("3) prowadzenie archiwum.")
    regulamin(tmp_path, paragraphs)
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 2", None, None))
    assert validation.workbook.changes[0].fix_punctuation is False
    assert provision(validation).endswith("uchyla się pkt 2.")
    validation = validate(tmp_path, with_regulamin_change("§ 13 pkt 3", None, None))
    assert validation.workbook.changes[0].fix_punctuation is True  # pkt 3 is the last
