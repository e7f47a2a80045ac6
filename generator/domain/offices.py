"""Every kind of gmina office: the names of its organ, council, office and acts, and their cases.

Poland's gminas differ in their executive organ (Wójt, Burmistrz, Prezydent Miasta) and in how
their office and council are named („Urząd Gminy Kościelisko”, „Urząd Miejski w Gostyniu”,
„Urząd Miasta Poznania”, „Urząd Miasta i Gminy Przykładowo”). `describe_office` derives every
form the documents need from the kind of organ and the gmina's name, unless the office types
its own full names; `decline` puts any such phrase into the dopełniacz, celownik or
miejscownik.

Declension is done by polish-inflection (SGJP data): whole institutional phrases by its
`odmien_fraze`, place names word by word from its dictionary. Two structural rules sit on
top, both measured in docs/declension.md (tools/measure_declension.py):

- a person's title („Burmistrz Ostrowa Wielkopolskiego”, „Sekretarz Gminy”) declines only its
  first word — what follows is a genitive complement that never agrees with it, and the
  library would otherwise decline a complement that also reads as a nominative („Ostrowa”);
- a place name whose words are listed under several genders („Gostyń”, „Poznań”, „Ostrów”)
  takes the gender all its words share, preferring masculine, then neuter, as towns are.

`_CORRECTIONS` holds the few phrases the library still gets wrong, each with a test.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from polish_inflection import (
    CELOWNIK,
    DOPEŁNIACZ,
    MIEJSCOWNIK,
    odmien_fraze,
    odmien_przymiotnik,
    odmien_warianty,
    podaj,
    podaj_przymiotnik,
)


class Case(Enum):
    """The grammatical cases the documents use."""

    NOMINATIVE = "mianownik"
    GENITIVE = "dopełniacz"
    DATIVE = "celownik"
    LOCATIVE = "miejscownik"


_LIBRARY_CASE = {Case.GENITIVE: DOPEŁNIACZ, Case.DATIVE: CELOWNIK, Case.LOCATIVE: MIEJSCOWNIK}


class DeclensionError(ValueError):
    """The library knows no form of `phrase` in `case`: the caller asks for the full name."""

    def __init__(self, phrase: str, case: Case) -> None:
        super().__init__(f"{phrase!r}: no {case.value}")
        self.phrase = phrase
        self.case = case


# Person titles: only this first word of the phrase declines („Wójtowi Gminy Kościelisko”).
PERSON_TITLES = frozenset(
    {
        "wójt",
        "burmistrz",
        "prezydent",
        "sekretarz",
        "skarbnik",
        "zastępca",
        "kierownik",
        "naczelnik",
        "dyrektor",
        "pełnomocnik",
        "przewodniczący",
        "starosta",
    }
)

# What polish-inflection gets wrong and the rules above do not mend: the phrase's start in the
# nominative and the case → that start declined; the rest of the phrase is kept.
_CORRECTIONS: dict[tuple[str, Case], str] = {
    # The library declines „Dziennik” but takes „Urzędowy” for a frozen complement.
    ("Dziennik Urzędowy", Case.GENITIVE): "Dziennika Urzędowego",
    ("Dziennik Urzędowy", Case.DATIVE): "Dziennikowi Urzędowemu",
    ("Dziennik Urzędowy", Case.LOCATIVE): "Dzienniku Urzędowym",
}

_DASHES = (" – ", " — ", " - ")


def clean(text: str) -> str:
    """NFC, single spaces, no spaces at the ends."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def decline(phrase: str, case: Case) -> str:
    """„Urząd Miejski w Gostyniu”, Case.LOCATIVE → „Urzędzie Miejskim w Gostyniu”.

    A person's title declines only its first word; a title joined by a dash („Sekretarz
    Gminy – Pełnomocnik ds. SZJ”) declines each part. Raises DeclensionError when the
    library knows no form.
    """
    text = clean(phrase)
    if case is Case.NOMINATIVE or not text:
        return text
    corrected = _correction(text, case)
    if corrected is not None:
        return corrected
    for dash in _DASHES:
        if dash in text:
            return dash.join(decline(part, case) for part in text.split(dash))
    first, _, rest = text.partition(" ")
    if first.lower() in PERSON_TITLES:
        return f"{_library(first, case, text)} {rest}".rstrip()
    return _library(text, case, text)


def _correction(text: str, case: Case) -> str | None:
    for (prefix, fixed_case), form in _CORRECTIONS.items():
        if fixed_case is case and (text == prefix or text.startswith(prefix + " ")):
            return form + text[len(prefix) :]
    return None


def _library(words: str, case: Case, phrase: str) -> str:
    form = odmien_fraze(words, _LIBRARY_CASE[case], default=None)
    if form is None:
        raise DeclensionError(phrase, case)
    return str(form)


# --- place names ---------------------------------------------------------------------------

_GENDER_PREFERENCE = ("m", "n", "f")


def decline_place(name: str, case: Case) -> str:
    """„Gostyń” → „Gostynia” / „Gostyniu”; „Bielsko-Biała” → „Bielska-Białej”.

    Each part of a hyphenated name is a name of its own; the words of one part share a
    gender (see the module docstring). Raises DeclensionError for a name SGJP lacks.
    """
    text = clean(name)
    if case is Case.NOMINATIVE or not text:
        return text
    try:
        return "-".join(_decline_place_part(part, case, text) for part in text.split("-"))
    except DeclensionError:
        return _library(text, case, text)  # „Stalowa Wola”: the phrase parser knows it


def _decline_place_part(part: str, case: Case, name: str) -> str:
    words = part.split(" ")
    head = _place_head(words)
    if head is None:
        raise DeclensionError(name, case)
    head_gender = _preferred_gender(_noun_genders(words[head]))
    forms = [
        _place_noun(word, case, head_gender)
        if index == head
        else _place_modifier(word, case, head_gender)
        for index, word in enumerate(words)
    ]
    if any(form is None for form in forms):
        raise DeclensionError(name, case)
    return " ".join(form for form in forms if form is not None)


def _place_head(words: list[str]) -> int | None:
    """The first word that is only a noun („Targ” in „Nowy Targ”), else the first noun
    („Wysokie” in „Wysokie Mazowieckie”)."""
    nouns = [i for i, word in enumerate(words) if _noun_genders(word)]
    plain = [i for i in nouns if not _adjective_genders(words[i])]
    candidates = plain or nouns
    return candidates[0] if candidates else None


def _preferred_gender(genders: set[str]) -> str:
    return next((g for g in _GENDER_PREFERENCE if g in genders), "")


def _noun_genders(word: str) -> set[str]:
    return {
        a.rodzaj
        for a in podaj(word)
        if a.lemat == word and a.przypadek == "nom" and a.liczba == "sg"
    }


def _adjective_genders(word: str) -> set[str]:
    return {a.rodzaj for a in podaj_przymiotnik(word) if a.przypadek == "nom"}


def _place_modifier(word: str, case: Case, head_gender: str) -> str | None:
    """An adjective agreeing with the head („Wielkopolskiego”), or a noun of its own."""
    if head_gender in _adjective_genders(word):
        return _place_adjective(word, case, head_gender)
    return _place_noun(word, case, _preferred_gender(_noun_genders(word)))


def _place_noun(word: str, case: Case, gender: str) -> str | None:
    library_case = _LIBRARY_CASE[case]
    for form in odmien_warianty(word, library_case):
        if any(
            a.lemat == word
            and a.przypadek == library_case
            and a.liczba == "sg"
            and a.rodzaj == gender
            for a in podaj(form)
        ):
            return str(form)
    return None


def _place_adjective(word: str, case: Case, gender: str) -> str | None:
    lemma = next(
        (a.lemat for a in podaj_przymiotnik(word) if a.przypadek == "nom" and a.rodzaj == gender),
        None,
    )
    form = (
        None
        if lemma is None
        else odmien_przymiotnik(lemma, _LIBRARY_CASE[case], gender, default=None)
    )
    return None if form is None else word[:1] + str(form)[1:]


# --- the office ----------------------------------------------------------------------------


class OrganKind(Enum):
    """The gmina's executive organ (ustawa o samorządzie gminnym, art. 26)."""

    WOJT = "Wójt"
    BURMISTRZ = "Burmistrz"
    PREZYDENT = "Prezydent Miasta"

    @classmethod
    def of_organ(cls, organ: str) -> OrganKind | None:
        """„Wójt Gminy Kościelisko” → WOJT; None for a name that starts with none of them."""
        first = clean(organ).split(" ", 1)[0].lower()
        return next((kind for kind in cls if kind.value.split()[0].lower() == first), None)


class OfficeError(ValueError):
    """The names given for an office contradict each other."""


# The complement after the organ's title that also names the office, council and statute.
_COMMUNE_KINDS = ("Miasta i Gminy", "Gminy i Miasta", "Gminy", "Miasta")


@dataclass(frozen=True)
class Office:
    """Every form of an office's names the documents use."""

    organ_kind: OrganKind
    gmina: str
    organ: str
    organ_genitive: str
    organ_dative: str
    council: str
    council_genitive: str
    office: str
    office_genitive: str
    office_locative: str
    statute: str
    statute_genitive: str
    regulamin: str
    regulamin_genitive: str
    secretary: str
    secretary_dative: str


@dataclass(frozen=True)
class _Names:
    organ: str
    office: str
    council: str
    statute: str
    secretary: str


def _derived_names(kind: OrganKind, gmina: str) -> _Names:
    """The usual names of each kind: „Wójt Gminy X”, „Burmistrz X-gen”, „Prezydent Miasta
    X-gen”, with their office, council, statute and secretary."""
    if kind is OrganKind.WOJT:
        return _names_of_commune("Wójt", f"Gminy {gmina}")
    if kind is OrganKind.PREZYDENT:
        return _names_of_commune("Prezydent", f"Miasta {decline_place(gmina, Case.GENITIVE)}")
    locative = decline_place(gmina, Case.LOCATIVE)
    return _Names(
        organ=f"Burmistrz {decline_place(gmina, Case.GENITIVE)}",
        office=f"Urząd Miejski w {locative}",
        council=f"Rada Miejska w {locative}",
        statute=f"Statut Gminy {gmina}",
        secretary="Sekretarz Gminy",
    )


def _names_of_commune(title: str, commune: str) -> _Names:
    """„Burmistrz”, „Miasta i Gminy Przykładowo” → „Urząd/Rada/Statut Miasta i Gminy …”."""
    kind = next(k for k in _COMMUNE_KINDS if commune == k or commune.startswith(k + " "))
    return _Names(
        organ=f"{title} {commune}",
        office=f"Urząd {commune}",
        council=f"Rada {commune}",
        statute=f"Statut {commune}",
        secretary=f"Sekretarz {kind}",
    )


def _names_from_organ(kind: OrganKind, gmina: str, organ: str) -> _Names:
    """An organ typed in full: its complement names the rest when it is „Gminy …”,
    „Miasta …” or „Miasta i Gminy …”; otherwise the kind's usual names, with this organ."""
    title, _, complement = organ.partition(" ")
    if any(complement.startswith(k + " ") for k in _COMMUNE_KINDS):
        names = _names_of_commune(title, complement)
        return _Names(organ, names.office, names.council, names.statute, names.secretary)
    names = _derived_names(kind, gmina)
    return _Names(organ, names.office, names.council, names.statute, names.secretary)


def describe_office(
    kind: OrganKind,
    gmina: str,
    *,
    organ: str = "",
    office: str = "",
    council: str = "",
    statute: str = "",
    regulamin: str = "",
    secretary: str = "",
) -> Office:
    """Every form of the office's names, from the kind of organ and the gmina's name.

    A name typed in full wins over the derived one (`organ` = „Organ wykonawczy”, `statute` =
    „Nazwa statutu”, `regulamin` = „Nazwa regulaminu organizacyjnego”, `secretary` = the
    Secretary's „Stanowisko”). Raises OfficeError when `organ` names another kind, and
    DeclensionError when a form needs a case of a name SGJP does not know.
    """
    gmina, organ = clean(gmina), clean(organ)
    if organ and OrganKind.of_organ(organ) is not kind:
        raise OfficeError(f"{organ!r} is not a {kind.value}")
    names = _names_from_organ(kind, gmina, organ) if organ else _derived_names(kind, gmina)
    office_name = clean(office) or names.office
    council_name = clean(council) or names.council
    statute_name = clean(statute) or names.statute
    regulamin_name = clean(regulamin) or (
        f"Regulamin Organizacyjny {decline(office_name, Case.GENITIVE)}"
    )
    secretary_title = clean(secretary) or names.secretary
    return Office(
        organ_kind=kind,
        gmina=gmina,
        organ=names.organ,
        organ_genitive=decline(names.organ, Case.GENITIVE),
        organ_dative=decline(names.organ, Case.DATIVE),
        council=council_name,
        council_genitive=decline(council_name, Case.GENITIVE),
        office=office_name,
        office_genitive=decline(office_name, Case.GENITIVE),
        office_locative=decline(office_name, Case.LOCATIVE),
        statute=statute_name,
        statute_genitive=decline(statute_name, Case.GENITIVE),
        regulamin=regulamin_name,
        regulamin_genitive=decline(regulamin_name, Case.GENITIVE),
        secretary=secretary_title,
        secretary_dative=decline(secretary_title, Case.DATIVE),
    )


# --- voivodeships --------------------------------------------------------------------------


@dataclass(frozen=True)
class Voivodeship:
    """A voivodeship and its official journal, where gmina acts are published."""

    name: str  # „małopolskie”, as in the workbook
    genitive: str  # „Małopolskiego”, as in „Województwa Małopolskiego”

    @property
    def journal(self) -> str:
        """„Dziennik Urzędowy Województwa Małopolskiego”."""
        return f"Dziennik Urzędowy Województwa {self.genitive}"

    @property
    def journal_locative(self) -> str:
        """„Dzienniku Urzędowym Województwa Małopolskiego” (ogłoszenie w …)."""
        return decline(self.journal, Case.LOCATIVE)

    @property
    def journal_citation(self) -> str:
        """„Dz. Urz. Woj. Małopolskiego”, the short name the ELI register gives its acts."""
        return f"Dz. Urz. Woj. {self.genitive}"


VOIVODESHIPS: tuple[Voivodeship, ...] = (
    Voivodeship("dolnośląskie", "Dolnośląskiego"),
    Voivodeship("kujawsko-pomorskie", "Kujawsko-Pomorskiego"),
    Voivodeship("lubelskie", "Lubelskiego"),
    Voivodeship("lubuskie", "Lubuskiego"),
    Voivodeship("łódzkie", "Łódzkiego"),
    Voivodeship("małopolskie", "Małopolskiego"),
    Voivodeship("mazowieckie", "Mazowieckiego"),
    Voivodeship("opolskie", "Opolskiego"),
    Voivodeship("podkarpackie", "Podkarpackiego"),
    Voivodeship("podlaskie", "Podlaskiego"),
    Voivodeship("pomorskie", "Pomorskiego"),
    Voivodeship("śląskie", "Śląskiego"),
    Voivodeship("świętokrzyskie", "Świętokrzyskiego"),
    Voivodeship("warmińsko-mazurskie", "Warmińsko-Mazurskiego"),
    Voivodeship("wielkopolskie", "Wielkopolskiego"),
    Voivodeship("zachodniopomorskie", "Zachodniopomorskiego"),
)


def voivodeship(name: str) -> Voivodeship | None:
    """„Małopolskie”, „województwo małopolskie” → the małopolskie entry; None if unknown."""
    key = clean(name).lower().removeprefix("województwo ").strip()
    return next((v for v in VOIVODESHIPS if v.name == key), None)
