"""The draft acts 05 and 06 as a legal adviser reads them (issue 14): the forms of the
amendment engine reach the signed text — the basis, the citation of the amended act, entry
into force, annexes and a justification without QMS boilerplate."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from docx_text import document_text
from workbooks import set_field, valid_sheets, write_workbook

from generator.cli import cli
from generator.workbook import schema as s

DAY = ["--na-dzien", "24.11.2026"]
ORDINANCE = "05_projekt_zarzadzenia_regulamin.docx"
RESOLUTION = "06_projekt_uchwaly_statut.docx"


def generate(tmp_path: Path, sheets) -> Path:  # type: ignore[no-untyped-def]
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(workbook), "-o", str(out), *DAY])
    assert result.exit_code == 0, result.output
    return out / "OR.0123.7.2026"


def text(folder: Path, name: str) -> str:
    return " ".join(document_text((folder / name).read_bytes()).split())


def test_a_basis_typed_without_na_podstawie_and_with_the_formula_reads_once(
    tmp_path: Path,
) -> None:
    sheets = valid_sheets()
    set_field(
        sheets,
        "Podstawa prawna zarządzenia",
        "art. 33 ust. 2 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym "
        "(Dz. U. z 2024 r. poz. 1465) zarządzam, co następuje:",
    )
    set_field(sheets, "Podstawa prawna uchwały", "art. 18 ust. 2 pkt 1 ustawy o samorządzie")
    folder = generate(tmp_path, sheets)

    ordinance = text(folder, ORDINANCE)
    assert "Na podstawie art. 33 ust. 2 ustawy z dnia 8 marca 1990 r." in ordinance
    assert ordinance.count("Na podstawie") == 1
    assert ordinance.count("co następuje") == 1
    assert "(Dz. U. z 2024 r. poz. 1465) zarządza się, co następuje:" in ordinance
    resolution = text(folder, RESOLUTION)
    assert "Na podstawie art. 18 ust. 2 pkt 1 ustawy o samorządzie Rada Miejska" in resolution
    assert resolution.count("Na podstawie") == 1


def test_the_amended_acts_are_cited_with_title_and_publication(tmp_path: Path) -> None:
    sheets = valid_sheets()
    set_field(
        sheets,
        "Tytuł aktu nadającego regulamin",
        "w sprawie nadania Regulaminu Organizacyjnego Urzędu Miasta i Gminy Testowo",
    )
    set_field(sheets, "Publikacja statutu", "Dz. Urz. Woj. Wielkopolskiego z 2012 r. poz. 3456")
    set_field(sheets, "Zmiany statutu", "z 2019 r. poz. 1234")
    folder = generate(tmp_path, sheets)

    assert (
        "stanowiącym załącznik do zarządzenia Nr 12/2019 Burmistrza Miasta i Gminy Testowo z "
        "dnia 5 marca 2019 r. w sprawie nadania Regulaminu Organizacyjnego Urzędu Miasta i "
        "Gminy Testowo," in text(folder, ORDINANCE)
    )
    assert (
        "(Dz. Urz. Woj. Wielkopolskiego z 2012 r. poz. 3456, z 2019 r. poz. 1234)"
        in text(folder, RESOLUTION)
    )


def test_entry_into_force_on_a_date(tmp_path: Path) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Wejście w życie zarządzenia", "1.01.2027")
    folder = generate(tmp_path, sheets)
    assert "§ 3. Zarządzenie wchodzi w życie z dniem 1 stycznia 2027 r. i podlega" in text(
        folder, ORDINANCE
    )


def test_without_the_field_the_ordinance_enters_into_force_when_signed(tmp_path: Path) -> None:
    folder = generate(tmp_path, valid_sheets())
    assert "wchodzi w życie z dniem podpisania i podlega" in text(folder, ORDINANCE)


def test_a_new_annex_is_printed_as_an_annex_of_the_draft(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[s.CHANGES.name].append(
        [3, "Regulamin organizacyjny", "załącznik nr 1", "Schemat organizacyjny (dotychczasowy)",
         "Schemat organizacyjny Urzędu: Burmistrz – Sekretarz – Referat Organizacyjny",
         "Nowy referat."]
    )
    folder = generate(tmp_path, sheets)
    ordinance = text(folder, ORDINANCE)
    assert "załącznik nr 1 otrzymuje brzmienie określone w załączniku do niniejszego" in ordinance
    assert (
        "Załącznik do zarządzenia Nr ……/…… Burmistrza Miasta i Gminy Testowo z dnia …………………… r."
        " Schemat organizacyjny Urzędu: Burmistrz – Sekretarz – Referat Organizacyjny"
        in ordinance
    )


def test_the_resolution_is_justified_by_its_changes_not_by_the_qms_project(
    tmp_path: Path,
) -> None:
    resolution = text(generate(tmp_path, valid_sheets()), RESOLUTION)
    assert "jest związana z realizacją projektu" not in resolution
    assert "Projektowane zmiany obejmują: 1) dodanie § 30a – nowy przepis." in resolution


def test_deep_changes_are_grouped_on_a_third_level_not_repeated(tmp_path: Path) -> None:
    """Issue 14: „w ust. 2 w pkt 4” once, its letters as tirets, not repeated per letter."""
    sheets = valid_sheets()
    sheets[s.CHANGES.name][1:] = [
        [1, "Regulamin organizacyjny", "§ 15 ust. 2 pkt 4 lit. a", "x", "pierwsza,", "A."],
        [2, "Regulamin organizacyjny", "§ 15 ust. 2 pkt 4 lit. c", "y", "trzecia,", "C."],
        [3, "Regulamin organizacyjny", "§ 15 ust. 3", "z", "Trzy.", "D."],
        [4, "Regulamin organizacyjny", "§ 16", "w", "Szesnaście.", "E."],
    ]
    set_field(sheets, "Akt uchwalający statut", None)
    ordinance = text(generate(tmp_path, sheets), ORDINANCE)
    assert (
        "1) w § 15: a) w ust. 2 w pkt 4: – lit. a otrzymuje brzmienie: „a) pierwsza,”, "
        "– lit. c otrzymuje brzmienie: „c) trzecia,”, b) ust. 3 otrzymuje brzmienie: "
        "„3. Trzy.”; 2) § 16 otrzymuje brzmienie: „§ 16. Szesnaście.”." in ordinance
    )
    assert ordinance.count("w pkt 4") == 1


def test_an_amended_act_cited_without_its_title_is_a_warning_at_its_field(
    tmp_path: Path,
) -> None:
    """Review by a legal adviser: the drafts cited „zarządzenia Nr 12/2019 Wójta Gminy
    Kościelisko z dnia 5 marca 2019 r.,” without „w sprawie …”, and nothing said so."""
    from workbooks import TODAY

    from generator.workbook.validate import validate_file

    sheets = valid_sheets()
    regulamin = set_field(
        sheets, "Akt nadający regulamin organizacyjny",
        "Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Testowo z dnia 5 marca 2019 r.",
    )
    statute = set_field(
        sheets, "Akt uchwalający statut",
        "Uchwała Nr XX/123/2012 Rady Miejskiej w Testowie z dnia 30 maja 2012 r.",
    )
    issues = validate_file(write_workbook(tmp_path / "a.xlsx", sheets), TODAY).issues
    warned = {i.location: i.message for i in issues if not i.is_error}
    assert "nie podaje tytułu aktu („w sprawie …”)" in warned[f"Projekt!B{regulamin}"]
    assert "nie podaje tytułu uchwały („w sprawie …”)" in warned[f"Projekt!B{statute}"]

    set_field(sheets, "Tytuł aktu nadającego regulamin",
              "w sprawie nadania Regulaminu Organizacyjnego Urzędu Miasta i Gminy Testowo")
    issues = validate_file(write_workbook(tmp_path / "b.xlsx", sheets), TODAY).issues
    assert [i.location for i in issues if "tytułu" in i.message] == [f"Projekt!B{statute}"]
