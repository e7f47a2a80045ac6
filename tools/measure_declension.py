# ruff: noqa: E501  (the table of expected forms reads best one phrase a line)
"""Measure polish-inflection on every office-name form the documents use; write docs/declension.md.

Each row is a phrase, a case and the form a Polish speaker writes (typed here by hand, the
reference). The library column is `odmien_fraze` alone; the generator column is
`generator.domain.declension` (the library plus its two structural rules and its corrections table).

    python tools/measure_declension.py          # rewrites docs/declension.md
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from polish_inflection import CELOWNIK, DOPEŁNIACZ, MIEJSCOWNIK, odmien_fraze

from generator.domain.declension import Case, DeclensionError, decline, decline_place

G, D, L = Case.GENITIVE, Case.DATIVE, Case.LOCATIVE

# (group, phrase, {case: expected form})
PHRASES: tuple[tuple[str, str, dict[Case, str]], ...] = (
    ("organ", "Wójt Gminy Kościelisko", {G: "Wójta Gminy Kościelisko", D: "Wójtowi Gminy Kościelisko", L: "Wójcie Gminy Kościelisko"}),
    ("organ", "Burmistrz Gostynia", {G: "Burmistrza Gostynia", D: "Burmistrzowi Gostynia", L: "Burmistrzu Gostynia"}),
    ("organ", "Burmistrz Miasta i Gminy Przykładowo", {G: "Burmistrza Miasta i Gminy Przykładowo", D: "Burmistrzowi Miasta i Gminy Przykładowo", L: "Burmistrzu Miasta i Gminy Przykładowo"}),
    ("organ", "Burmistrz Miasta Nowy Targ", {G: "Burmistrza Miasta Nowy Targ", D: "Burmistrzowi Miasta Nowy Targ", L: "Burmistrzu Miasta Nowy Targ"}),
    ("organ", "Prezydent Miasta Poznania", {G: "Prezydenta Miasta Poznania", D: "Prezydentowi Miasta Poznania", L: "Prezydencie Miasta Poznania"}),
    ("organ", "Prezydent Miasta Bielska-Białej", {G: "Prezydenta Miasta Bielska-Białej", D: "Prezydentowi Miasta Bielska-Białej", L: "Prezydencie Miasta Bielska-Białej"}),
    ("organ", "Prezydent Miasta Kędzierzyn-Koźle", {G: "Prezydenta Miasta Kędzierzyn-Koźle", D: "Prezydentowi Miasta Kędzierzyn-Koźle", L: "Prezydencie Miasta Kędzierzyn-Koźle"}),
    ("organ", "Burmistrz Ostrowa Wielkopolskiego", {G: "Burmistrza Ostrowa Wielkopolskiego", D: "Burmistrzowi Ostrowa Wielkopolskiego", L: "Burmistrzu Ostrowa Wielkopolskiego"}),
    ("urząd", "Urząd Gminy Kościelisko", {G: "Urzędu Gminy Kościelisko", L: "Urzędzie Gminy Kościelisko"}),
    ("urząd", "Urząd Miejski w Gostyniu", {G: "Urzędu Miejskiego w Gostyniu", L: "Urzędzie Miejskim w Gostyniu"}),
    ("urząd", "Urząd Miasta Poznania", {G: "Urzędu Miasta Poznania", L: "Urzędzie Miasta Poznania"}),
    ("urząd", "Urząd Miasta i Gminy Przykładowo", {G: "Urzędu Miasta i Gminy Przykładowo", L: "Urzędzie Miasta i Gminy Przykładowo"}),
    ("urząd", "Urząd Miejski w Bielsku-Białej", {G: "Urzędu Miejskiego w Bielsku-Białej", L: "Urzędzie Miejskim w Bielsku-Białej"}),
    ("urząd", "Urząd Miasta Nowy Targ", {G: "Urzędu Miasta Nowy Targ", L: "Urzędzie Miasta Nowy Targ"}),
    ("rada", "Rada Gminy Kościelisko", {G: "Rady Gminy Kościelisko", D: "Radzie Gminy Kościelisko"}),
    ("rada", "Rada Miejska w Gostyniu", {G: "Rady Miejskiej w Gostyniu", D: "Radzie Miejskiej w Gostyniu"}),
    ("rada", "Rada Miasta Poznania", {G: "Rady Miasta Poznania", D: "Radzie Miasta Poznania"}),
    ("rada", "Rada Miejska Ostrowa Wielkopolskiego", {G: "Rady Miejskiej Ostrowa Wielkopolskiego", D: "Radzie Miejskiej Ostrowa Wielkopolskiego"}),
    ("akt", "Statut Miasta Ostrowa Wielkopolskiego", {G: "Statutu Miasta Ostrowa Wielkopolskiego", L: "Statucie Miasta Ostrowa Wielkopolskiego"}),
    ("rada", "Rada Miasta i Gminy Przykładowo", {G: "Rady Miasta i Gminy Przykładowo", D: "Radzie Miasta i Gminy Przykładowo"}),
    ("akt", "Statut Gminy Gostyń", {G: "Statutu Gminy Gostyń", L: "Statucie Gminy Gostyń"}),
    ("akt", "Statut Miasta Poznania", {G: "Statutu Miasta Poznania", L: "Statucie Miasta Poznania"}),
    ("akt", "Regulamin Organizacyjny Urzędu Miejskiego w Gostyniu", {G: "Regulaminu Organizacyjnego Urzędu Miejskiego w Gostyniu", L: "Regulaminie Organizacyjnym Urzędu Miejskiego w Gostyniu"}),
    ("akt", "Regulamin Organizacyjny Urzędu Gminy Kościelisko", {G: "Regulaminu Organizacyjnego Urzędu Gminy Kościelisko", L: "Regulaminie Organizacyjnym Urzędu Gminy Kościelisko"}),
    ("akt", "Dziennik Urzędowy Województwa Małopolskiego", {G: "Dziennika Urzędowego Województwa Małopolskiego", L: "Dzienniku Urzędowym Województwa Małopolskiego"}),
    ("komórka", "Wydział Organizacyjny", {G: "Wydziału Organizacyjnego", D: "Wydziałowi Organizacyjnemu", L: "Wydziale Organizacyjnym"}),
    ("komórka", "Referat Organizacyjny", {G: "Referatu Organizacyjnego", D: "Referatowi Organizacyjnemu", L: "Referacie Organizacyjnym"}),
    ("komórka", "Wydział Spraw Obywatelskich", {G: "Wydziału Spraw Obywatelskich", D: "Wydziałowi Spraw Obywatelskich", L: "Wydziale Spraw Obywatelskich"}),
    ("komórka", "Urząd Stanu Cywilnego", {G: "Urzędu Stanu Cywilnego", D: "Urzędowi Stanu Cywilnego", L: "Urzędzie Stanu Cywilnego"}),
    ("komórka", "Biuro Rady", {G: "Biura Rady", D: "Biuru Rady", L: "Biurze Rady"}),
    ("komórka", "Samodzielne Stanowisko ds. Kadr", {G: "Samodzielnego Stanowiska ds. Kadr", D: "Samodzielnemu Stanowisku ds. Kadr", L: "Samodzielnym Stanowisku ds. Kadr"}),
    ("stanowisko", "Sekretarz Gminy", {G: "Sekretarza Gminy", D: "Sekretarzowi Gminy"}),
    ("stanowisko", "Sekretarz Miasta", {G: "Sekretarza Miasta", D: "Sekretarzowi Miasta"}),
    ("stanowisko", "Sekretarz Miasta i Gminy", {G: "Sekretarza Miasta i Gminy", D: "Sekretarzowi Miasta i Gminy"}),
    ("stanowisko", "Sekretarz Gminy – Pełnomocnik ds. SZJ", {G: "Sekretarza Gminy – Pełnomocnika ds. SZJ", D: "Sekretarzowi Gminy – Pełnomocnikowi ds. SZJ"}),
    ("stanowisko", "Kierownik Referatu Organizacyjnego", {G: "Kierownika Referatu Organizacyjnego", D: "Kierownikowi Referatu Organizacyjnego"}),
    ("stanowisko", "Naczelnik Wydziału Organizacyjnego", {G: "Naczelnika Wydziału Organizacyjnego", D: "Naczelnikowi Wydziału Organizacyjnego"}),
    ("stanowisko", "Zastępca Burmistrza", {G: "Zastępcy Burmistrza", D: "Zastępcy Burmistrza"}),
    ("stanowisko", "Skarbnik Gminy", {G: "Skarbnika Gminy", D: "Skarbnikowi Gminy"}),
)  # fmt: skip

# Place names: the genitive after „Burmistrz”/„Prezydent Miasta”, the locative after „w”.
PLACES: tuple[tuple[str, dict[Case, str]], ...] = (
    ("Kościelisko", {G: "Kościeliska", L: "Kościelisku"}),
    ("Gostyń", {G: "Gostynia", L: "Gostyniu"}),
    ("Poznań", {G: "Poznania", L: "Poznaniu"}),
    ("Bielsko-Biała", {G: "Bielska-Białej", L: "Bielsku-Białej"}),
    ("Kędzierzyn-Koźle", {G: "Kędzierzyna-Koźla", L: "Kędzierzynie-Koźlu"}),
    ("Nowy Targ", {G: "Nowego Targu", L: "Nowym Targu"}),
    ("Ostrów Wielkopolski", {G: "Ostrowa Wielkopolskiego", L: "Ostrowie Wielkopolskim"}),
    ("Gorzów Wielkopolski", {G: "Gorzowa Wielkopolskiego", L: "Gorzowie Wielkopolskim"}),
    ("Zakopane", {G: "Zakopanego", L: "Zakopanem"}),
    ("Ruda Śląska", {G: "Rudy Śląskiej", L: "Rudzie Śląskiej"}),
    ("Stalowa Wola", {G: "Stalowej Woli", L: "Stalowej Woli"}),
    ("Łódź", {G: "Łodzi", L: "Łodzi"}),
)

_LIBRARY_CASE = {G: DOPEŁNIACZ, D: CELOWNIK, L: MIEJSCOWNIK}
DOC = Path(__file__).resolve().parent.parent / "docs" / "declension.md"


def _ours(function: Callable[[str, Case], str], text: str, case: Case) -> str:
    try:
        return str(function(text, case))
    except DeclensionError:
        return "—"


def rows() -> list[tuple[str, str, Case, str, str, str]]:
    """(group, phrase, case, expected, library's form, generator's form) for every measurement."""
    found: list[tuple[str, str, Case, str, str, str]] = []
    cases: list[tuple[str, str, dict[Case, str], Callable[[str, Case], str]]]
    cases = [(g, p, f, decline) for g, p, f in PHRASES]
    cases += [("miejscowość", p, f, decline_place) for p, f in PLACES]
    for group, phrase, forms, function in cases:
        for case, expected in forms.items():
            library = odmien_fraze(phrase, _LIBRARY_CASE[case], default=None) or "—"
            found.append(
                (group, phrase, case, expected, str(library), _ours(function, phrase, case))
            )
    return found


def _mark(form: str, expected: str) -> str:
    return "tak" if form == expected else f"**nie**: {form}"


def render() -> str:
    measured = rows()
    library_right = sum(r[4] == r[3] for r in measured)
    ours_right = sum(r[5] == r[3] for r in measured)
    lines = [
        "# Odmiana nazw urzędów: pomiar",
        "",
        "Generated by `python tools/measure_declension.py`; do not edit by hand.",
        "",
        "What polish-inflection's `odmien_fraze` gets right on every form the documents use, and",
        "what `generator/domain/declension.py` makes of it (the library, plus: a person's title declines only",
        "its first word; a place name is declined word by word from SGJP, its words sharing one",
        "gender, masculine preferred; a corrections table for the rest). The expected forms are",
        "typed by hand in the tool.",
        "",
        f"Library alone: {library_right} of {len(measured)} right. "
        f"generator.domain.declension: {ours_right} of {len(measured)} right.",
        "",
        "morfeusz2 (which bundles SGJP) was not needed: it was probed on the names the library",
        "misses and lists the same two homonyms for „Gostyń” and „Ostrów” (feminine and",
        "masculine), so it would not choose the form either; the word-level forms it has are",
        "the ones polish-inflection's data already holds.",
        "",
        "| rodzaj | fraza | przypadek | oczekiwana forma | biblioteka | generator |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for group, phrase, case, expected, library, ours in measured:
        lines.append(
            f"| {group} | {phrase} | {case.value} | {expected} | "
            f"{_mark(library, expected)} | {_mark(ours, expected)} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    DOC.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
