"""Gender forms of the signature labels (issue 12, item 9): the first name tells the gender
only when gender-guesser's Polish column is sure; otherwise the labels keep „/a”."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.documents.environment import agreeing_form, make_environment
from generator.documents.guide import readme_text
from generator.documents.records import Osoba
from generator.documents.sandbox import LimitError
from generator.domain.people import Gender, agreeing, gender_of, name_gender, neutral
from generator.workbook import schema as s
from tests.docx_text import document_text
from tests.workbooks import Sheets, valid_sheets, write_workbook

CASE = "OR.0123.7.2026"

# The measurement recorded in docs/gender-forms.md: common Polish first names the
# dictionary is sure of, and the tricky ones it must not guess.
MEN = (
    "Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Grzegorz",
    "Józef", "Łukasz", "Adam", "Zbigniew", "Jerzy", "Tadeusz", "Mateusz", "Dariusz", "Mariusz",
    "Wojciech", "Ryszard", "Jakub", "Kazimierz", "Stanisław", "Bartłomiej", "Jacek", "Maciej",
    "Przemysław", "Rafał", "Sławomir", "Leszek",
)
WOMEN = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
    "Elżbieta", "Zofia", "Joanna", "Magdalena", "Monika", "Teresa", "Danuta", "Aleksandra",
    "Natalia", "Beata", "Jadwiga", "Dorota", "Halina", "Irena", "Grażyna", "Jolanta", "Iwona",
    "Karolina", "Justyna", "Bożena", "Urszula", "Alicja",
)
NOT_TOLD = ("Kuba", "Barnaba", "Bonawentura", "Kosma", "Beatrycze", "Noemi", "Miriam",
            "Nikola", "Saša", "Jan-Maria", "")


@pytest.mark.parametrize("name", MEN)
def test_common_mens_names_are_told(name: str) -> None:
    assert name_gender(name) is Gender.MALE


@pytest.mark.parametrize("name", WOMEN)
def test_common_womens_names_are_told(name: str) -> None:
    assert name_gender(name) is Gender.FEMALE


@pytest.mark.parametrize("name", NOT_TOLD)
def test_names_the_dictionary_is_not_sure_of_are_not_guessed(name: str) -> None:
    # Kuba, Barnaba, Bonawentura and Kosma are men, Beatrycze, Noemi and Miriam women: a rule
    # such as "ends with -a" would get most of them wrong; the dictionary says it cannot tell.
    assert name_gender(name) is None


def test_reading_only_the_polish_names_gives_the_library_s_own_sure_answers() -> None:
    """`people._PolishDetector` skips the names Poland does not use (12 ms instead of 125 ms
    a run); for every name of the dictionary its sure answers equal gender-guesser's own."""
    import gender_guesser.detector as gender_detector

    from generator.domain import people

    full = gender_detector.Detector(case_sensitive=False)
    polish = people._detector()
    sure = {"male", "female"}
    differing = [
        name
        for name in full.names
        if {full.get_gender(name, "poland"), polish.get_gender(name, "poland")} & sure
        and full.get_gender(name, "poland") != polish.get_gender(name, "poland")
    ]
    assert differing == []
    assert polish.get_gender("Małgorzata", "poland") == "female"


def test_the_first_word_of_the_name_counts_and_a_compound_name_when_its_parts_agree() -> None:
    assert gender_of("Jan Maria Rokita") is Gender.MALE  # Maria as a man's second name
    assert gender_of("Anna-Maria Wesołowska") is Gender.FEMALE
    assert gender_of("ANNA NOWAK") is Gender.FEMALE
    assert gender_of("—") is None


def test_the_neutral_form_is_written_as_forms_write_it() -> None:
    assert neutral("Sporządził", "Sporządziła") == "Sporządził/a"
    assert neutral("otrzymałem", "otrzymałam") == "otrzymałem/am"
    assert neutral("Opracował i przedłożył", "Opracowała i przedłożyła") == (
        "Opracował/a i przedłożył/a"
    )
    assert neutral("Decyzję podjął", "Decyzję podjęła") == "Decyzję podjął/podjęła"
    assert agreeing(Gender.FEMALE, "Sporządził", "Sporządziła") == "Sporządziła"
    assert agreeing(Gender.MALE, "Sporządził", "Sporządziła") == "Sporządził"


def test_the_filter_reads_the_person_and_refuses_anything_else() -> None:
    env = make_environment()
    template = env.from_string('{{ o | forma("Sporządził", "Sporządziła") }}:')
    assert template.render(o=Osoba("Anna Nowak", "", "")) == "Sporządziła:"
    assert template.render(o=Osoba("Jan Kowalski", "", "")) == "Sporządził:"
    assert template.render(o=Osoba("Kuba Nowak", "", "")) == "Sporządził/a:"
    with pytest.raises(LimitError, match="filtr forma stosuje się do osoby"):
        agreeing_form("Anna Nowak", "Sporządził", "Sporządziła")


def test_the_guide_for_the_office_explains_the_filter() -> None:
    text = " ".join(readme_text().split())
    assert '{{ kierownik_ro | forma("Sporządził", "Sporządziła") }}' in text
    assert "{{ sekretarz.plec }}" in text


def _with_head_of_org(name: str) -> Sheets:
    """The valid workbook with `name` as the Kierownik Referatu Organizacyjnego (step 4)."""
    sheets = valid_sheets()
    for row in sheets[s.PEOPLE.name][1:] + sheets[s.STEPS.name][1:]:
        if "Ewa Wiśniewska" in row:
            row[row.index("Ewa Wiśniewska")] = name
    return sheets


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Anna Nowak", "Sporządziła:"),
        ("Jan Kowalski", "Sporządził:"),
        ("Kuba Wiśniewski", "Sporządził/a:"),
        ("Nikola Wiśniewska", "Sporządził/a:"),
    ],
)
def test_the_signature_label_agrees_with_the_signatory(
    tmp_path: Path, name: str, label: str
) -> None:
    workbook = write_workbook(tmp_path / "projekt.xlsx", _with_head_of_org(name))
    result = CliRunner().invoke(
        cli, ["generate", str(workbook), "-o", str(tmp_path / "out"), "--na-dzien", "2026-11-24"]
    )
    assert result.exit_code == 0, result.output
    text = document_text((tmp_path / "out" / CASE / "03_wykaz_zasobow.docx").read_bytes())
    assert f"{label} / ……" in text
    # the implementer, Katarzyna Wójcik, receives the list: „otrzymałam”
    assert "Przekazano – otrzymałam:" in text
    assert "/a" not in text.replace(label, "")
