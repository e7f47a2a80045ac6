"""The records templates read inside fields: a person, table rows, a redline, a draft's § 1.

Each part a template may read (`{{ o.imie_nazwisko }}`, `{{ z.lp }}`) is declared here once,
with its Polish meaning in `field(metadata=…)`; `CZYTAJ.txt` and `szj templates check` read
the parts from these dataclasses (`fields.record_parts`). Values are ready to print: no
`None`, `date` or `Decimal` reaches a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import messages as msg
from generator.domain.amendments import Segment
from generator.domain.people import gender_of

DESCRIPTION = "description"  # the metadata key of a field's or part's Polish meaning
EXAMPLE = "example"  # and of its example in `CZYTAJ.txt`
SOURCE = "source"  # and of the model record's attribute a row part prints
DASH = "—"


def part(meaning: str, source: str | None = None) -> Any:
    """A part of a record, with its meaning for the office; `source` names the attribute of
    the model record it prints as it stands (`contexts.rows.row_from` fills and formats it)."""
    return field(metadata={DESCRIPTION: meaning, SOURCE: source})


@dataclass(frozen=True)
class Osoba:
    """A person as documents name them."""

    imie_nazwisko: str = part("imię i nazwisko")
    stanowisko: str = part("stanowisko")
    komorka: str = part("komórka organizacyjna (pusta, gdy brak)")
    opis: str = field(
        init=False,
        metadata={
            DESCRIPTION: "imię i nazwisko – stanowisko, komórka (np. Piotr Zieliński – "
            "Inspektor, Referat Organizacyjny)"
        },
    )

    plec: str = field(
        init=False,
        metadata={
            DESCRIPTION: "„kobieta” albo „mężczyzna”, gdy da się to pewnie poznać po imieniu; "
            "puste, gdy nie (formę podpisu wybiera filtr forma)"
        },
    )

    def __post_init__(self) -> None:
        details = ", ".join(part for part in (self.stanowisko, self.komorka) if part)
        text = f"{self.imie_nazwisko} – {details}" if details else self.imie_nazwisko
        object.__setattr__(self, "opis", text)
        gender = gender_of(self.imie_nazwisko)
        object.__setattr__(self, "plec", msg.PERSON_GENDERS[gender.value] if gender else "")


NOBODY = Osoba(DASH, "", "")


@dataclass(frozen=True)
class Porownanie:
    """A redline of two wordings; the renderer prints deletions struck through, insertions
    underlined. Printed whole, so its parts are not listed for the office."""

    segmenty: tuple[Segment, ...]


@dataclass(frozen=True)
class WierszZasobu:
    """A resource as 03 lists it at step 4 (its status as step 4 knew it)."""

    lp: str = part("liczba porządkowa")
    rodzaj: str = part("rodzaj zasobu", source="kind")
    opis: str = part("opis zasobu", source="description")
    ilosc: str = part("ilość", source="quantity")
    jm: str = part("jednostka miary", source="unit")
    cena: str = part("cena jednostkowa (np. 450,50 zł)", source="unit_price")
    wartosc: str = part("wartość (np. 901,00 zł)", source="value")
    zrodlo: str = part("źródło finansowania", source="funding")
    termin: str = part("termin zapewnienia", source="due")
    status: str = part("status zasobu")


@dataclass(frozen=True)
class WierszPotwierdzenia:
    """A resource as 12 confirms it at step 8: when, by whom and how it was provided."""

    lp: str = part("liczba porządkowa")
    rodzaj: str = part("rodzaj zasobu", source="kind")
    opis: str = part("opis zasobu", source="description")
    ilosc: str = part("ilość", source="quantity")
    jm: str = part("jednostka miary", source="unit")
    wartosc: str = part("wartość (np. 901,00 zł)", source="value")
    data_zapewnienia: str = part("data zapewnienia (np. 12.11.2026; „—”, gdy brak)", "provided_on")
    zapewnil: str = part("kto zapewnił, ze stanowiskiem z arkusza Osoby („—”, gdy brak)")
    sposob: str = part("sposób zapewnienia (np. umowa nr 12/2026)", source="provided_how")
    status: str = part("status zasobu", source="status")


@dataclass(frozen=True)
class SumaRodzaju:
    rodzaj: str = part("rodzaj zasobu")
    wartosc: str = part("łączna wartość zasobów tego rodzaju")


@dataclass(frozen=True)
class WierszZmiany:
    lp: str = part("liczba porządkowa")
    jednostka: str = part("jednostka redakcyjna (np. § 12 ust. 3)")
    obecne: str = part("brzmienie obecne")
    proponowane: str = part("brzmienie proponowane")
    rodzaj: str = part("rodzaj zmiany (nowe brzmienie, dodanie, uchylenie)")
    uzasadnienie: str = part("uzasadnienie zmiany")
    porownanie: Porownanie = part(
        "porównanie brzmień: skreślone słowa przekreślone, dodane podkreślone"
    )


@dataclass(frozen=True)
class ZmianyDokumentu:
    nazwa: str = part("nazwa zmienianego dokumentu")
    zmiany: tuple[WierszZmiany, ...] = part("zmiany w dokumencie")


@dataclass(frozen=True)
class DokumentDoZmiany:
    lp: str = part("liczba porządkowa")
    dokument: str = part("nazwa dokumentu")  # the full name: „Regulamin Organizacyjny …”
    jednostki: str = part("zmieniane jednostki redakcyjne")
    liczba: str = part("liczba zmian")


@dataclass(frozen=True)
class DokumentSzj:
    lp: str = part("liczba porządkowa")
    symbol: str = part("symbol dokumentu")
    nazwa: str = part("nazwa dokumentu")
    rodzaj: str = part("rodzaj dokumentu (procedura, instrukcja …)")
    dzialanie: str = part("działanie (opracowanie, zmiana, wycofanie)")
    odpowiedzialny: str = part("osoba odpowiedzialna")


@dataclass(frozen=True)
class Punkt:
    """One item of an amending provision: `1) w § 12 ust. 3 otrzymuje brzmienie:` and
    its quoted wording („…”;), or a group with lettered sub-items."""

    naglowek: str = part("początek punktu (np. 1) w § 12 ust. 3 otrzymuje brzmienie:)")
    cytat: str = part("nowe brzmienie w cudzysłowie (puste, gdy brak)")
    podpunkty: tuple[Punkt, ...] = part("podpunkty (litery a, b …)")


@dataclass(frozen=True)
class Przepis:
    """§ 1 of a draft act: the opening sentence and its items."""

    wstep: str = part("zdanie wstępne § 1")
    punkty: tuple[Punkt, ...] = part("punkty § 1")


@dataclass(frozen=True)
class Zalacznik:
    """An annex of the draft act that gives a whole annex of the amended act a new wording."""

    numer: str = part("numer załącznika („nr 1”; pusty, gdy załącznik jest jeden)")
    tresc: str = part("nowe brzmienie załącznika")


@dataclass(frozen=True)
class PozycjaListy:
    lp: str = part("liczba porządkowa")
    nazwa: str = part("nazwa dokumentu")


@dataclass(frozen=True)
class WierszRundy:
    """One review round of step 6: a submission and the Secretary's decision, or the
    decision still to take (tick boxes empty, the date left for the hand)."""

    nr: str = part("numer analizy (rundy)")
    data_przedlozenia: str = part("data przedłożenia („……… r.”, gdy jeszcze nie przedłożono)")
    rozstrzygnieta: bool = part("czy Sekretarz już zdecydował (tak/nie)")
    akceptuje: str = part("pole wyboru „akceptuję” (☒ albo ☐)")
    do_poprawy: str = part("pole wyboru „do poprawy” (☒ albo ☐)")
    decyzja: str = part("decyzja Sekretarza słowami („oczekuje na decyzję”, gdy jej brak)")
    uwagi: str = part("uwagi i polecone zmiany („—”, gdy brak; puste przed decyzją)")
    data_decyzji: str = part("data decyzji („……… r.” do wpisania ręcznie przed decyzją)")


@dataclass(frozen=True)
class WierszKontrolny:
    krok: str = part("krok procedury (WEJŚCIE, 1–9, WYJŚCIE)")
    czynnosc: str = part("czynność")
    odpowiada: str = part("kto odpowiada")
    dokument: str = part("numer dokumentu")
    data: str = part("data wykonania")
    status: str = part("status kroku")
    uwagi: str = part("uwagi")


@dataclass(frozen=True)
class WierszDzialania:
    lp: str = part("liczba porządkowa")
    rodzaj: str = part("rodzaj działania (korekcja, działanie korygujące, zapobiegawcze)")
    opis: str = part("opis działania")
    przyczyna: str = part("przyczyna")
    odpowiedzialny: str = part("osoba odpowiedzialna")
    termin: str = part("termin")
    status: str = part("status (otwarte, zamknięte)")
    data_zamkniecia: str = part("data zamknięcia")
    ocena: str = part("ocena skuteczności")
    zweryfikowal: str = part("kto zweryfikował skuteczność (— gdy jeszcze nikt)")
    data_weryfikacji: str = part("data weryfikacji skuteczności (pusta, gdy brak)")


# --- 09: the acts adopted after step 7 and the supervision log (issue 12) ---


@dataclass(frozen=True)
class WierszAktu:
    lp: str = part("liczba porządkowa")
    akt: str = part("rodzaj, numer i organ (np. Zarządzenie Nr 0050.123.2026 Burmistrza …)")
    data_przyjecia: str = part("data przyjęcia aktu")
    ogloszenie: str = part("gdzie ogłoszono (np. Dz. Urz. Woj. … poz. …; — gdy brak)")
    wejscie_w_zycie: str = part("data wejścia w życie (— gdy brak)")


@dataclass(frozen=True)
class WpisNadzoru:
    lp: str = part("liczba porządkowa")
    data: str = part("data sprawdzenia")
    co_sprawdzono: str = part("co sprawdzono")
    ustalenia: str = part("ustalenia (— gdy brak)")
    sprawdzil: str = part("kto sprawdził")
