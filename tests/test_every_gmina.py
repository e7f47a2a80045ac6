"""Every kind of gmina office, generated end to end (issue 13): a Wójt's Urząd Gminy, a
Burmistrz's Urząd Miejski or Urząd Miasta i Gminy, a Prezydent Miasta's Urząd Miasta — the
signed documents 04–07 name the organ, council, statute, regulamin and Secretary of that
office, declined as Polish requires, and a Wójt's or Prezydent's documents never say
„Burmistrz”."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx_text import document_text
from workbooks import set_field, valid_sheets, write_workbook

from generator.cli import cli
from generator.workbook import schema as s

DAY = ["--na-dzien", "24.11.2026"]


@dataclass(frozen=True)
class Office:
    """One real office as its clerk types it, and the forms a legal adviser expects."""

    office: str
    town: str
    council: str
    voivodeship: str
    role: str
    organ: str  # the executive organ in the nominative, as the person's position
    secretary: str
    # expected forms
    organ_genitive: str
    organ_dative: str
    council_genitive: str
    statute: str
    statute_genitive: str
    regulamin_genitive: str
    secretary_dative: str
    journal: str
    typed: tuple[tuple[str, str], ...] = ()  # Projekt fields typed in full

    @property
    def id(self) -> str:
        return self.town


OFFICES = (
    Office(
        "Urząd Gminy Kościelisko", "Kościelisko", "Rada Gminy Kościelisko", "małopolskie",
        s.ROLE_WOJT, "Wójt Gminy Kościelisko", "Sekretarz Gminy",
        "Wójta Gminy Kościelisko", "Wójtowi Gminy Kościelisko", "Rady Gminy Kościelisko",
        "Statut Gminy Kościelisko", "Statutu Gminy Kościelisko",
        "Regulaminu Organizacyjnego Urzędu Gminy Kościelisko", "Sekretarzowi Gminy",
        "Dzienniku Urzędowym Województwa Małopolskiego",
    ),
    Office(
        "Urząd Miejski w Gostyniu", "Gostyń", "Rada Miejska w Gostyniu", "wielkopolskie",
        s.ROLE_MAYOR, "Burmistrz Gostynia", "Sekretarz Gminy – Pełnomocnik ds. SZJ",
        "Burmistrza Gostynia", "Burmistrzowi Gostynia", "Rady Miejskiej w Gostyniu",
        "Statut Gminy Gostyń", "Statutu Gminy Gostyń",
        "Regulaminu Organizacyjnego Urzędu Miejskiego w Gostyniu", "Sekretarzowi Gminy",
        "Dzienniku Urzędowym Województwa Wielkopolskiego",
    ),
    Office(
        "Urząd Miasta Poznania", "Poznań", "Rada Miasta Poznania", "wielkopolskie",
        s.ROLE_PRESIDENT, "Prezydent Miasta Poznania", "Sekretarz Miasta",
        "Prezydenta Miasta Poznania", "Prezydentowi Miasta Poznania", "Rady Miasta Poznania",
        "Statut Miasta Poznania", "Statutu Miasta Poznania",
        "Regulaminu Organizacyjnego Urzędu Miasta Poznania", "Sekretarzowi Miasta",
        "Dzienniku Urzędowym Województwa Wielkopolskiego",
    ),
    Office(
        "Urząd Miasta i Gminy Pińczów", "Pińczów", "Rada Miejska w Pińczowie", "świętokrzyskie",
        s.ROLE_MAYOR, "Burmistrz Miasta i Gminy Pińczów", "Sekretarz Miasta i Gminy",
        "Burmistrza Miasta i Gminy Pińczów", "Burmistrzowi Miasta i Gminy Pińczów",
        "Rady Miejskiej w Pińczowie", "Statut Miasta i Gminy Pińczów",
        "Statutu Miasta i Gminy Pińczów",
        "Regulaminu Organizacyjnego Urzędu Miasta i Gminy Pińczów",
        "Sekretarzowi Miasta i Gminy", "Dzienniku Urzędowym Województwa Świętokrzyskiego",
    ),
    Office(
        "Urząd Miejski w Bielsku-Białej", "Bielsko-Biała", "Rada Miejska w Bielsku-Białej",
        "śląskie", s.ROLE_PRESIDENT, "Prezydent Miasta Bielska-Białej", "Sekretarz Miasta",
        "Prezydenta Miasta Bielska-Białej", "Prezydentowi Miasta Bielska-Białej",
        "Rady Miejskiej w Bielsku-Białej", "Statut Miasta Bielska-Białej",
        "Statutu Miasta Bielska-Białej",
        "Regulaminu Organizacyjnego Urzędu Miejskiego w Bielsku-Białej", "Sekretarzowi Miasta",
        "Dzienniku Urzędowym Województwa Śląskiego",
    ),
    Office(
        "Urząd Miasta Kędzierzyn-Koźle", "Kędzierzyn-Koźle", "Rada Miasta Kędzierzyn-Koźle",
        "opolskie", s.ROLE_PRESIDENT, "Prezydent Miasta Kędzierzyn-Koźle", "Sekretarz Miasta",
        "Prezydenta Miasta Kędzierzyn-Koźle", "Prezydentowi Miasta Kędzierzyn-Koźle",
        "Rady Miasta Kędzierzyn-Koźle", "Statut Miasta Kędzierzyn-Koźle",
        "Statutu Miasta Kędzierzyn-Koźle",
        "Regulaminu Organizacyjnego Urzędu Miasta Kędzierzyn-Koźle", "Sekretarzowi Miasta",
        "Dzienniku Urzędowym Województwa Opolskiego",
    ),
    Office(
        "Urząd Miasta Nowy Targ", "Nowy Targ", "Rada Miasta Nowy Targ", "małopolskie",
        s.ROLE_MAYOR, "Burmistrz Miasta Nowy Targ", "Sekretarz Miasta",
        "Burmistrza Miasta Nowy Targ", "Burmistrzowi Miasta Nowy Targ", "Rady Miasta Nowy Targ",
        "Statut Miasta Nowy Targ", "Statutu Miasta Nowy Targ",
        "Regulaminu Organizacyjnego Urzędu Miasta Nowy Targ", "Sekretarzowi Miasta",
        "Dzienniku Urzędowym Województwa Małopolskiego",
    ),
    Office(
        "Urząd Miejski w Ostrowie Wielkopolskim", "Ostrów Wielkopolski",
        "Rada Miejska Ostrowa Wielkopolskiego", "wielkopolskie", s.ROLE_PRESIDENT,
        "Prezydent Miasta Ostrowa Wielkopolskiego", "Sekretarz Miasta",
        "Prezydenta Miasta Ostrowa Wielkopolskiego",
        "Prezydentowi Miasta Ostrowa Wielkopolskiego", "Rady Miejskiej Ostrowa Wielkopolskiego",
        "Statut Miasta Ostrowa Wielkopolskiego", "Statutu Miasta Ostrowa Wielkopolskiego",
        "Regulaminu Organizacyjnego Urzędu Miejskiego w Ostrowie Wielkopolskim",
        "Sekretarzowi Miasta", "Dzienniku Urzędowym Województwa Wielkopolskiego",
    ),
    Office(
        "Urząd Gminy Czarna", "Czarna", "Rada Gminy Czarna", "podkarpackie",
        s.ROLE_WOJT, "Wójt Gminy Czarna", "Sekretarz Gminy",
        "Wójta Gminy Czarna", "Wójtowi Gminy Czarna", "Rady Gminy Czarna",
        "Statut Gminy Czarna", "Statutu Gminy Czarna",
        "Regulaminu Organizacyjnego Urzędu Gminy Czarna", "Sekretarzowi Gminy",
        "Dzienniku Urzędowym Województwa Podkarpackiego",
        typed=(
            ("Organ wykonawczy", "Wójt Gminy Czarna"),
            ("Nazwa statutu", "Statut Gminy Czarna"),
            ("Nazwa regulaminu organizacyjnego", "Regulamin Organizacyjny Urzędu Gminy Czarna"),
        ),
    ),
)  # fmt: skip

_TITLE_GENITIVE = {s.ROLE_WOJT: "Wójta", s.ROLE_MAYOR: "Burmistrza",
                   s.ROLE_PRESIDENT: "Prezydenta Miasta"}  # fmt: skip
_TITLE_DATIVE = {s.ROLE_WOJT: "Wójtowi", s.ROLE_MAYOR: "Burmistrzowi",
                 s.ROLE_PRESIDENT: "Prezydentowi Miasta"}  # fmt: skip
_GIVES = {s.ROLE_WOJT: "wójt", s.ROLE_MAYOR: "burmistrz", s.ROLE_PRESIDENT: "prezydent miasta"}


def office_sheets(office: Office):  # type: ignore[no-untyped-def]
    """The test workbook of `tests/workbooks.py`, as this office would fill it in."""
    sheets = valid_sheets()
    set_field(sheets, "Nazwa urzędu", office.office)
    set_field(sheets, "Miejscowość", office.town)
    set_field(sheets, "Nazwa rady", office.council)
    set_field(sheets, "Województwo", office.voivodeship)
    set_field(
        sheets,
        "Akt nadający regulamin organizacyjny",
        f"Zarządzenie Nr 12/2019 {office.organ_genitive} z dnia 5 marca 2019 r.",
    )
    set_field(
        sheets,
        "Akt uchwalający statut",
        f"Uchwała Nr XX/123/2012 {office.council_genitive} z dnia 30 maja 2012 r. "
        f"w sprawie uchwalenia {office.statute_genitive}",
    )
    set_field(
        sheets,
        "Tytuł aktu nadającego regulamin",
        f"w sprawie nadania {office.regulamin_genitive}",
    )
    for label, value in office.typed:
        set_field(sheets, label, value)
    people = sheets[s.PEOPLE.name]
    people[1][1] = office.secretary
    people[2][1:4] = [office.organ, None, office.role]
    sheets[s.CHANGES.name][2][4] = "Gmina zapewnia obsługę elektroniczną."
    sheets[s.STEPS.name][9][1] = "Zatwierdzenie"
    return sheets


def generate(tmp_path: Path, sheets) -> dict[str, str]:  # type: ignore[no-untyped-def]
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(workbook), "-o", str(out), *DAY])
    assert result.exit_code == 0, result.output
    folder = out / "OR.0123.7.2026"
    return {
        p.name[:2]: " ".join(document_text(p.read_bytes()).split())
        for p in sorted(folder.glob("*.docx"))
    }


@pytest.mark.parametrize("office", OFFICES, ids=lambda o: o.id)
def test_documents_of_every_kind_of_office(tmp_path: Path, office: Office) -> None:
    docs = generate(tmp_path, office_sheets(office))

    assert f"przedkłada {office.secretary_dative} – Pełnomocnikowi ds. SZJ" in docs["04"]
    assert office.statute in docs["04"]

    ordinance = docs["05"]
    assert f"Zarządzenie Nr ……/…… {office.organ_genitive} z dnia" in ordinance
    assert f"w sprawie zmiany {office.regulamin_genitive}" in ordinance
    assert f"regulamin organizacyjny urzędu gminy nadaje {_GIVES[office.role]}" in ordinance
    assert f"Wykonanie zarządzenia powierza się {office.secretary_dative}." in ordinance

    resolution = docs["06"]
    assert f"Uchwała Nr ……/……/…… {office.council_genitive} z dnia" in resolution
    assert f"w sprawie zmiany {office.statute_genitive}" in resolution
    assert f"{office.council} uchwala, co następuje:" in resolution
    assert f"Wykonanie uchwały powierza się {office.organ_dative}." in resolution
    assert f"od dnia ogłoszenia w {office.journal}." in resolution

    approval = docs["07"]
    assert f"Dokumenty przedłożone {office.secretary_dative}" in approval
    assert f"Zatwierdzenie przez {_TITLE_GENITIVE[office.role]}" in approval
    assert f"przedkłada się {_TITLE_DATIVE[office.role]} do zatwierdzenia" in approval
    assert f"Decyzja {_TITLE_GENITIVE[office.role]}" in approval
    assert (
        f"Projekt zarządzenia {office.organ_genitive} w sprawie zmiany "
        f"{office.regulamin_genitive}" in approval
    )
    assert f"Przedłożenie {_TITLE_DATIVE[office.role]} do zatwierdzenia" in docs["08"]

    if office.role != s.ROLE_MAYOR:
        assert [code for code, text in docs.items() if "urmistrz" in text] == []


def test_status_of_a_wojt_office_waits_for_the_wojt(tmp_path: Path) -> None:
    workbook = write_workbook(tmp_path / "projekt.xlsx", office_sheets(OFFICES[0]))
    result = CliRunner().invoke(cli, ["status", str(workbook), *DAY])
    assert "Przedłożenie Wójtowi do zatwierdzenia" in result.output
    assert "(Wójt)" in result.output
    assert "Burmistrz" not in result.output


# --- the workbook: the organ's role, its label, names the dictionary lacks ------------------


def validate(tmp_path: Path, sheets) -> str:  # type: ignore[no-untyped-def]
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    result = CliRunner().invoke(cli, ["validate", str(workbook), *DAY])
    return result.output


def test_a_role_disagreeing_with_the_organ_names_both_cells(tmp_path: Path) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Organ wykonawczy", "Wójt Gminy Testowo")
    output = validate(tmp_path, sheets)
    assert (
        "projekt.xlsx: Osoby!D3: błąd: rola „Burmistrz” nie zgadza się z polem „Organ "
        f"wykonawczy” (Projekt!B{row}: „Wójt Gminy Testowo”) — wpisz rolę „Wójt” albo popraw "
        "nazwę organu"
    ) in output


def test_two_executive_organs_are_refused(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[s.PEOPLE.name].append(["Adam Drugi", "Wójt Gminy Testowo", None, s.ROLE_WOJT])
    output = validate(tmp_path, sheets)
    assert "Osoby!D8: błąd: organ wykonawczy gminy jest jeden" in output


def test_a_wojt_office_fills_in_its_own_approval_label(tmp_path: Path) -> None:
    sheets = office_sheets(OFFICES[0])
    for row in sheets[s.PROJECT_SHEET]:
        if row[0] == "Wymaga zatwierdzenia Burmistrza":
            row[0] = "Wymaga zatwierdzenia Wójta"
    output = validate(tmp_path, sheets)
    assert "projekt.xlsx: poprawny" in output
    assert "(dopełniacz): Wójta Gminy Kościelisko" in output


def test_a_town_the_dictionary_lacks_asks_for_the_full_names(tmp_path: Path) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Nazwa urzędu", "Urząd Miejski w Xqzwyrtku")
    row = set_field(sheets, "Miejscowość", "Xqzwyrtk")
    output = validate(tmp_path, sheets)
    assert (
        f"projekt.xlsx: Projekt!B{row}: błąd: nie umiem odmienić nazwy „Xqzwyrtk” (dopełniacz) "
        "— wpisz pełne nazwy w mianowniku w polach Projektu „Organ wykonawczy”"
    ) in output

    set_field(sheets, "Organ wykonawczy", "Burmistrz Xqzwyrtku")
    output = validate(tmp_path, sheets)
    assert "projekt.xlsx: poprawny" in output
    assert "(celownik): Burmistrzowi Xqzwyrtku" in output


def test_an_organ_of_no_known_kind_is_refused_in_its_cell(tmp_path: Path) -> None:
    sheets = valid_sheets()
    row = set_field(sheets, "Organ wykonawczy", "Starosta Testowski")
    output = validate(tmp_path, sheets)
    assert (
        f"Projekt!B{row}: błąd: „Starosta Testowski” nie jest nazwą organu wykonawczego gminy"
        in output
    )


@pytest.mark.parametrize(
    ("organ", "role", "label", "step7"),
    [
        ("wojt", "Wójt", "Wymaga zatwierdzenia Wójta", "Przedłożenie Wójtowi do zatwierdzenia"),
        (
            "prezydent",
            "Prezydent Miasta",
            "Wymaga zatwierdzenia Prezydenta Miasta",
            "Przedłożenie Prezydentowi Miasta do zatwierdzenia",
        ),
    ],
)
def test_init_writes_the_labels_roles_and_steps_of_the_office(
    tmp_path: Path, organ: str, role: str, label: str, step7: str
) -> None:
    path = tmp_path / "projekt.xlsx"
    result = CliRunner().invoke(cli, ["init", "--organ", organ, str(path)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(path)
    labels = [row[0] for row in book[s.PROJECT_SHEET].iter_rows(values_only=True)]
    assert label in labels and "Wymaga zatwierdzenia Burmistrza" not in labels
    assert {"Organ wykonawczy", "Nazwa statutu", "Nazwa regulaminu organizacyjnego"} <= set(labels)
    people = book[s.PEOPLE.name]
    lists = [dv.formula1 for dv in people.data_validations.dataValidation if dv.type == "list"]
    roles = next(f for f in lists if "Sekretarz" in f)
    assert f",{role}," in roles and "Burmistrz" not in roles
    steps = [row[1] for row in book[s.STEPS.name].iter_rows(min_row=2, values_only=True)]
    assert steps[6].startswith(step7)
    instructions = " ".join(str(c.value) for c in book[s.INSTRUCTIONS_SHEET]["A"] if c.value)
    assert label in instructions and "szj validate" in instructions


def test_a_missing_approval_field_names_the_label_of_every_organ(tmp_path: Path) -> None:
    sheets = office_sheets(OFFICES[0])
    rows = sheets[s.PROJECT_SHEET]
    rows[:] = [row for row in rows if row[0] != "Wymaga zatwierdzenia Burmistrza"]
    output = validate(tmp_path, sheets)
    assert (
        "projekt.xlsx: Projekt: błąd: brak pola „Wymaga zatwierdzenia Burmistrza” (albo "
        "„Wymaga zatwierdzenia Wójta”"
    ) in output


def test_the_register_names_the_wojt_in_the_next_step(tmp_path: Path) -> None:
    folder = tmp_path / "projekty"
    folder.mkdir()
    write_workbook(folder / "projekt.xlsx", office_sheets(OFFICES[0]))
    target = tmp_path / "rejestr.xlsx"
    result = CliRunner().invoke(cli, ["register", str(folder), "-o", str(target), *DAY])
    assert result.exit_code == 0, result.output
    cells = [
        str(value)
        for sheet in openpyxl.load_workbook(target).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value
    ]
    assert any("Przedłożenie Wójtowi do zatwierdzenia" in cell for cell in cells)
    assert not any("Burmistrz" in cell for cell in cells)
