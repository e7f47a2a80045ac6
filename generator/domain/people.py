"""A person's grammatical gender, told from the first name only when it is certain, and
the verb form that agrees with it („Sporządził” / „Sporządziła” / „Sporządził/a”).

The decision is gender-guesser's Polish column (a maintained dictionary of first names by
country); only its plain "male" and "female" answers count. "mostly_male", "andy" (either)
and "unknown" keep the neutral form, so a wrong „Sporządził” under a woman's name can only
come from the dictionary itself (measured in `docs/gender-forms.md`). A compound first name
(„Anna-Maria”) counts when all its parts agree.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

import gender_guesser.detector as gender_detector

COUNTRY = "poland"


class Gender(Enum):
    MALE = "male"
    FEMALE = "female"


_ANSWERS = {gender.value: gender for gender in Gender}  # gender-guesser's sure answers


# The column of Poland in gender-guesser's data file (`nam_dict.txt`: the name's entry, then
# one character per country from position 30, a space where the country does not use it).
_POLAND_COLUMN = 30 + gender_detector.Detector.COUNTRIES.index(COUNTRY)


class _PolishDetector(gender_detector.Detector):
    """gender-guesser reading only the names Poland uses: 12 ms instead of 125 ms on every
    run, with the same sure answers for Poland (a name Poland does not use can only be
    „andy” or „unknown” there, neutral either way; `tests/test_people.py` compares every
    name of the dictionary). Overrides the private `_parse`, hence `gender-guesser<0.5`."""

    def _parse(self, filename: str) -> None:
        self.names: dict[str, dict[str, str]] = {}
        with open(filename, encoding="utf-8") as data:
            for line in data:
                if len(line) > _POLAND_COLUMN and line[_POLAND_COLUMN] != " " and line[0] != "#":
                    self._eat_name_line(line.strip())


@lru_cache(maxsize=1)
def _detector() -> gender_detector.Detector:
    return _PolishDetector(case_sensitive=False)


def first_name(full_name: str) -> str:
    """The first word of „Imię i nazwisko” („Jan Maria Rokita” → „Jan”)."""
    words = full_name.split()
    return words[0] if words else ""


@lru_cache(maxsize=256)
def name_gender(name: str) -> Gender | None:
    """The gender of a first name when the dictionary is sure of it, else None."""
    parts = [part for part in name.split("-") if part]
    if not any(char.isalpha() for char in name):  # „—” for nobody: no dictionary to read
        return None
    answers = {_ANSWERS.get(_detector().get_gender(part, COUNTRY)) for part in parts}
    return answers.pop() if len(answers) == 1 else None


def gender_of(full_name: str) -> Gender | None:
    """The gender of a person named „Imię Nazwisko”, or None when it cannot be told."""
    return name_gender(first_name(full_name))


def agreeing(gender: Gender | None, masculine: str, feminine: str) -> str:
    """The form that agrees with `gender`; for None, both in one: „Sporządził/a”."""
    if gender is Gender.MALE:
        return masculine
    if gender is Gender.FEMALE:
        return feminine
    return neutral(masculine, feminine)


def neutral(masculine: str, feminine: str) -> str:
    """Both forms, word by word, as forms write them: „Opracował/a i przedłożył/a”,
    „otrzymałem/am”, „podjął/podjęła” (a longer ending is written out whole)."""
    words_m, words_f = masculine.split(" "), feminine.split(" ")
    if len(words_m) != len(words_f):
        return f"{masculine}/{feminine}"
    return " ".join(_neutral_word(m, f) for m, f in zip(words_m, words_f, strict=True))


def _neutral_word(masculine: str, feminine: str) -> str:
    if masculine == feminine:
        return masculine
    common = 0
    while common < min(len(masculine), len(feminine)) and masculine[common] == feminine[common]:
        common += 1
    ending = feminine[common:]
    if common and len(ending) <= 2:
        return f"{masculine}/{ending}"
    return f"{masculine}/{feminine}"
