"""The cases of the names the documents decline: titles, institutions, acts and places.

Declension is done by polish-inflection (SGJP data): whole institutional phrases by its
`odmien_fraze`, place names word by word from its dictionary. Two structural rules sit on
top, both measured in docs/declension.md (tools/measure_declension.py):

- a person's title („Burmistrz Ostrowa Wielkopolskiego”, „Sekretarz Gminy”) declines only its
  first word — what follows is a genitive complement that never agrees with it, and the
  library would otherwise decline a complement that also reads as a nominative („Ostrowa”);
- a place name whose words are listed under several genders („Gostyń”, „Poznań”, „Ostrów”)
  takes the gender all its words share, preferring masculine, then neuter, as towns are.

- an institution or act („Rada Miejska Ostrowa Wielkopolskiego”, „Urząd Miasta Nowy Targ”)
  declines only its first word and an adjective after it, for the same reason;

`_CORRECTIONS` holds the few phrases the library still gets wrong, each with a test.
"""

from __future__ import annotations

import unicodedata
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

# Institutions and acts: only this first word and an adjective after it decline („Rady
# Miejskiej Ostrowa Wielkopolskiego”); what follows is a complement that never agrees.
INSTITUTION_HEADS = frozenset({"rada", "urząd", "statut", "regulamin"})

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
    if first.lower() in INSTITUTION_HEADS and rest:
        words = text.split(" ")
        size = 2 if _adjective_genders(words[1]) else 1
        head, tail = " ".join(words[:size]), " ".join(words[size:])
        return f"{_library(head, case, text)} {tail}".rstrip()
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
