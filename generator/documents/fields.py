"""The fields each template reads, declared once: a frozen dataclass per document.

A field's Polish name is what the template writes (`{{ urzad }}`, `{% for z in zasoby %}`),
its type what it holds (text, a yes/no, a record or a list of records from `records`), and
`field(metadata=…)` its meaning and example for the office. Everything about fields is
derived from here (`field_meta`): the field list of each template, the meanings in
`CZYTAJ.txt`, the linter's known fields and their types. The contexts build these
dataclasses; the renderer turns one into a mapping (`field_meta.as_mapping`).

A field read by several templates is described once as a `Doc` below and declared in each
document's class with its type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from generator.documents.records import (
    DESCRIPTION,
    EXAMPLE,
    DokumentDoZmiany,
    DokumentSzj,
    Osoba,
    PozycjaListy,
    Przepis,
    SumaRodzaju,
    WierszAktu,
    WierszDzialania,
    WierszKontrolny,
    WierszPotwierdzenia,
    WierszRundy,
    WierszZasobu,
    WpisNadzoru,
    Zalacznik,
    ZmianyDokumentu,
)

CHECKED = "☒"
UNCHECKED = "☐"


def described(meaning: str, example: str) -> Any:
    """A template field with its meaning and an example for `CZYTAJ.txt`."""
    return field(metadata={DESCRIPTION: meaning, EXAMPLE: example})


class Doc(NamedTuple):
    """The meaning and example of a field several templates read."""

    meaning: str
    example: str

    def __call__(self) -> Any:
        return described(self.meaning, self.example)


# --- described once, read by several templates ---

RODZAJ_DZIALANIA = Doc("rodzaj działania", "zmiana istniejącego działania")
PODSTAWA_PRAWNA = Doc("podstawa prawna potrzeby (pusta, gdy brak)", "ustawa z dnia …")
WYMAGANIA_KLIENTOW = Doc("wymagania klientów (puste, gdy brak)", "Krótszy czas obsługi")
TERMIN_WDROZENIA = Doc("planowany termin wdrożenia", "4 stycznia 2027 r.")
SEKRETARZ = Doc("Sekretarz – Pełnomocnik ds. SZJ (osoba)", "sekretarz.imie_nazwisko")
PROJEKTANT = Doc("osoba odpowiedzialna za projektowanie", "projektant.opis")
WDRAZAJACY = Doc("osoba odpowiedzialna za wdrożenie", "wdrazajacy.stanowisko")
ZESPOL = Doc("członkowie zespołu (lista osób)", "o.imie_nazwisko")
DOKUMENTACJA_SZJ = Doc(
    "dokumentacja SZJ (wiersze: lp, symbol, nazwa, rodzaj, dzialanie, odpowiedzialny)", "PR-07"
)
SEKRETARZ_CELOWNIK = Doc("Sekretarz w celowniku", "Sekretarzowi Miasta i Gminy")
PARAGRAF1 = Doc(
    "§ 1 projektu: wstep i punkty (naglowek, cytat, podpunkty)",
    "W Regulaminie … wprowadza się następujące zmiany:",
)
UZASADNIENIE = Doc(
    "projektowane zmiany z uzasadnieniem (lista punktów)",
    "1) nadanie nowego brzmienia § 12 ust. 3 – …;",
)
ZALACZNIKI = Doc(
    "załączniki projektu z nowym brzmieniem załączników zmienianego aktu (wiersze: numer, "
    "tresc); pusta lista, gdy żaden załącznik się nie zmienia",
    "nr 1",
)


@dataclass(frozen=True)
class TemplateFields:
    """The fields every template may read; each document's class adds its own."""

    urzad: str = described("nazwa urzędu", "Urząd Miasta i Gminy Przykładowo")
    znak: str = described("znak sprawy", "OR.0123.5.2026")
    miejscowosc: str = described("miejscowość w dacie dokumentu", "Przykładowo")
    data: str = described(
        "data dokumentu: data kroku, który go wytwarza (z arkusza Przebieg); „……… r.” do "
        "wpisania ręcznie, gdy krok nie ma jeszcze daty; w liście kontrolnej dzień sporządzenia",
        "23 listopada 2026 r.",
    )
    tytul: str = described("tytuł projektu", "Elektroniczny obieg dokumentów")
    wzor: bool = described(
        "prawda, gdy krok dokumentu jeszcze nie nastąpił: wzór formularza (--wszystkie) — "
        "tekst nie może mówić, że coś już zrobiono",
        "{% if wzor %}określa się{% else %}określono{% endif %}",
    )
    oznaczenie: str = described(
        "oznaczenie formularza z pola „Oznaczenie formularzy” (puste, gdy brak); "
        "program dopisuje je w nagłówku",
        "Załącznik nr 3 do procedury P-12, wydanie 2",
    )


@dataclass(frozen=True)
class DecyzjaFields(TemplateFields):
    """01: the decision to start the design work."""

    rodzaj_dzialania: str = RODZAJ_DZIALANIA()
    potrzeba_wynika: str = described(
        "zdanie wprowadzające źródła potrzeby (według rodzaju działania)",
        "Potrzeba zmiany istniejącego działania wynika:",
    )
    zrodla: tuple[str, ...] = described(
        "źródła potrzeby w dopełniaczu, z interpunkcją (lista)", "ze zmiany przepisów prawa;"
    )
    opis_potrzeby: str = described("opis potrzeby", "Mieszkańcy oczekują …")
    podstawa_prawna: str = PODSTAWA_PRAWNA()
    wymagania_klientow: str = WYMAGANIA_KLIENTOW()
    termin_wdrozenia: str = TERMIN_WDROZENIA()
    termin_zalozen: str = described(
        "termin opracowania założeń z pola „Termin opracowania założeń”; „……… r.” do "
        "wpisania ręcznie, gdy pole jest puste",
        "15 września 2026 r.",
    )
    sekretarz: Osoba = SEKRETARZ()
    projektant: Osoba = PROJEKTANT()


@dataclass(frozen=True)
class ZalozeniaFields(TemplateFields):
    """02: the project's assumptions and guidelines."""

    rodzaj_dzialania: str = RODZAJ_DZIALANIA()
    podstawa_prawna: str = PODSTAWA_PRAWNA()
    wymagania_klientow: str = WYMAGANIA_KLIENTOW()
    normy: str = described(
        "normy i przepisy do stosowania (puste, gdy brak)", "PN-EN ISO 9001:2015"
    )
    cel: str = described("cel projektu", "Skrócenie czasu obsługi")
    zakres: str = described("zakres projektu", "Biuro Obsługi Klienta")
    kryteria_akceptacji: str = described(
        "kryteria akceptacji (puste, gdy brak)", "90% spraw w 3 dni"
    )
    komorka_wiodaca: str = described("komórka wiodąca (pusta, gdy brak)", "Referat Organizacyjny")
    termin_wdrozenia: str = TERMIN_WDROZENIA()
    sekretarz: Osoba = SEKRETARZ()
    projektant: Osoba = PROJEKTANT()
    wdrazajacy: Osoba = WDRAZAJACY()
    zespol: tuple[Osoba, ...] = ZESPOL()
    dokumenty_do_zmiany: tuple[DokumentDoZmiany, ...] = described(
        "dokumenty do zmiany z pola „Dokumenty do zmiany” albo, gdy puste, z arkusza Zmiany "
        "(wiersze: lp, dokument – pełna nazwa; jednostki i liczba to „—”: poznaje się je "
        "dopiero w kroku 5)",
        "Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo",
    )
    dokumentacja_szj: tuple[DokumentSzj, ...] = DOKUMENTACJA_SZJ()


@dataclass(frozen=True)
class ZasobyFields(TemplateFields):
    """03: the list of resources needed."""

    sekretarz: Osoba = SEKRETARZ()
    wdrazajacy: Osoba = WDRAZAJACY()
    kierownik_ro: Osoba = described(
        "Kierownik Referatu Organizacyjnego (osoba)", "kierownik_ro.imie_nazwisko"
    )
    data_zatwierdzenia_zalozen: str = described(
        "data zatwierdzenia założeń (krok 3; pusta, gdy jeszcze nie zatwierdzono)",
        "23 września 2026 r.",
    )
    zasoby: tuple[WierszZasobu, ...] = described(
        "zasoby (wiersze: lp, rodzaj, opis, ilosc, jm, cena, wartosc, zrodlo, termin, status)",
        "6 900,00 zł",
    )
    sumy: tuple[SumaRodzaju, ...] = described(
        "sumy według rodzaju zasobu (wiersze: rodzaj, wartosc)", "szkolenia"
    )
    razem: str = described("łączna wartość zasobów", "57 930,50 zł")
    razem_slownie: str = described(
        "łączna wartość słownie",
        "pięćdziesiąt siedem tysięcy dziewięćset trzydzieści złotych 50/100",
    )


@dataclass(frozen=True)
class PropozycjeFields(TemplateFields):
    """04: the proposed changes to the office's documents and the QMS documentation."""

    wdrazajacy: Osoba = WDRAZAJACY()
    zespol: tuple[Osoba, ...] = ZESPOL()
    dokumentacja_szj: tuple[DokumentSzj, ...] = DOKUMENTACJA_SZJ()
    dokumenty: tuple[ZmianyDokumentu, ...] = described(
        "zmiany według dokumentów (nazwa, zmiany: lp, jednostka, obecne, proponowane, "
        "rodzaj, uzasadnienie, porownanie)",
        "Regulamin Organizacyjny Urzędu Miasta i Gminy Przykładowo",
    )
    sekretarz_celownik: str = SEKRETARZ_CELOWNIK()


@dataclass(frozen=True)
class ZarzadzenieFields(TemplateFields):
    """05: the draft ordinance amending the regulamin."""

    wdrazajacy: Osoba = WDRAZAJACY()
    burmistrz_dopelniacz: str = described(
        "organ wykonawczy (wójt, burmistrz, prezydent miasta) w dopełniaczu",
        "Burmistrza Miasta i Gminy Przykładowo",
    )
    regulamin_dopelniacz: str = described(
        "regulamin organizacyjny w dopełniaczu (pole Projektu „Nazwa regulaminu organizacyjnego”)",
        "Regulaminu Organizacyjnego Urzędu Miasta i Gminy Przykładowo",
    )
    organ_nadajacy: str = described(
        "kto nadaje regulamin, małą literą: wójt, burmistrz albo prezydent miasta", "burmistrz"
    )
    sekretarz_celownik: str = SEKRETARZ_CELOWNIK()
    urzad_dopelniacz: str = described("urząd w dopełniaczu", "Urzędu Miasta i Gminy Przykładowo")
    podstawa_zarzadzenia: str = described(
        "podstawa prawna zarządzenia: zawsze jedno „Na podstawie”, bez „zarządza się, co "
        "następuje”",
        "Na podstawie art. 33 ust. 2 ustawy …",
    )
    paragraf1: Przepis = PARAGRAF1()
    uzasadnienie: tuple[str, ...] = UZASADNIENIE()
    wejscie_w_zycie: str = described(
        "kiedy zarządzenie wchodzi w życie (pole Projektu „Wejście w życie zarządzenia”)",
        "z dniem podpisania",
    )
    zalaczniki: tuple[Zalacznik, ...] = ZALACZNIKI()


@dataclass(frozen=True)
class UchwalaFields(TemplateFields):
    """06: the draft council resolution amending the statute."""

    wdrazajacy: Osoba = WDRAZAJACY()
    burmistrz_celownik: str = described(
        "organ wykonawczy (wójt, burmistrz, prezydent miasta) w celowniku",
        "Burmistrzowi Miasta i Gminy Przykładowo",
    )
    statut_dopelniacz: str = described("statut w dopełniaczu", "Statutu Miasta i Gminy Przykładowo")
    rada: str = described("nazwa rady", "Rada Miejska w Przykładowie")
    rada_dopelniacz: str = described("rada w dopełniaczu", "Rady Miejskiej w Przykładowie")
    wojewodztwo_dopelniacz: str = described("województwo w dopełniaczu", "Wielkopolskiego")
    podstawa_uchwaly: str = described(
        "podstawa prawna uchwały: zawsze jedno „Na podstawie”, bez „uchwala, co następuje”",
        "Na podstawie art. 18 ust. 2 pkt 1 …",
    )
    paragraf1: Przepis = PARAGRAF1()
    uzasadnienie: tuple[str, ...] = UZASADNIENIE()
    zalaczniki: tuple[Zalacznik, ...] = ZALACZNIKI()


@dataclass(frozen=True)
class ZatwierdzenieFields(TemplateFields):
    """07: the Secretary's decisions and the Mayor's approval."""

    sekretarz: Osoba = SEKRETARZ()
    burmistrz: Osoba = described(
        "organ wykonawczy: Wójt, Burmistrz albo Prezydent Miasta (osoba)",
        "burmistrz.imie_nazwisko",
    )
    organ_dopelniacz: str = described(
        "tytuł organu wykonawczego w dopełniaczu (Wójta, Burmistrza, Prezydenta Miasta)",
        "Burmistrza",
    )
    organ_celownik: str = described(
        "tytuł organu wykonawczego w celowniku (Wójtowi, Burmistrzowi, Prezydentowi Miasta)",
        "Burmistrzowi",
    )
    sekretarz_celownik: str = SEKRETARZ_CELOWNIK()
    sekretarz_dopelniacz: str = described(
        "stanowisko Sekretarza w dopełniaczu (z arkusza Osoby)", "Sekretarza Miasta i Gminy"
    )
    wdrazajacy: Osoba = WDRAZAJACY()
    dokumenty_przedlozone: tuple[PozycjaListy, ...] = described(
        "przedłożone dokumenty, pełne nazwy (wiersze: lp, nazwa)",
        "P-07 Procedura … – projekt nowego dokumentu",
    )
    rundy: tuple[WierszRundy, ...] = described(
        "kolejne analizy Sekretarza, każda z własnym podpisem; dopóki projektu nie "
        "zaakceptowano, ostatnia to decyzja do podjęcia: pola wyboru puste, data do wpisania "
        "ręcznie (wiersze: nr, data_przedlozenia, rozstrzygnieta, akceptuje, do_poprawy, "
        "decyzja, uwagi, data_decyzji)",
        "☒",
    )
    wynik_analizy: str = described(
        "zdanie o wyniku analizy",
        "Projekt zaakceptowano w dniu 23 października 2026 r., po analizie.",
    )
    zatwierdzenie_burmistrza: bool = described(
        "czy wymagane zatwierdzenie organu wykonawczego (tak/nie)", "tak"
    )
    przedlozono_burmistrzowi: bool = described(
        "czy projekt już przedłożono organowi wykonawczemu (krok 7 ma datę)", "tak"
    )
    data_przedlozenia_burmistrzowi: str = described(
        "data przedłożenia organowi wykonawczemu (krok 7); „……… r.” do wpisania ręcznie, "
        "gdy jeszcze nie przedłożono",
        "16 listopada 2026 r.",
    )
    obrady_rady: str = described(
        "rada w dopełniaczu, pod której obrady organ kieruje projekt uchwały (puste, gdy "
        "statut się nie zmienia)",
        "Rady Miejskiej w Przykładowie",
    )
    zatwierdzam: str = described("pole wyboru „zatwierdzam”", "☒")
    nie_zatwierdzam: str = described("pole wyboru „nie zatwierdzam”", "☐")
    data_zatwierdzenia: str = described(
        "data decyzji organu wykonawczego; „……… r.” do wpisania ręcznie przed decyzją",
        "30 października 2026 r.",
    )
    uwagi_burmistrza: str = described("uwagi organu wykonawczego po decyzji (puste, gdy brak)", "")


@dataclass(frozen=True)
class ListaKontrolnaFields(TemplateFields):
    """08: the checklist of the procedure's course."""

    sekretarz: Osoba = SEKRETARZ()
    stan_na_dzien: str = described("data, na którą sporządzono listę", "1 grudnia 2026 r.")
    wiersze: tuple[WierszKontrolny, ...] = described(
        "wiersze listy kontrolnej (krok, czynnosc, odpowiada, dokument, data, status, uwagi)",
        "WEJŚCIE",
    )
    oznaczenia_dokumentow: str = described(
        "objaśnienie numerów dokumentów", "01 – decyzja o podjęciu prac projektowych; …"
    )
    ostrzezenia: tuple[str, ...] = described(
        "ostrzeżenia (lista)", "Zasoby!J3: zasób nie ma statusu „zapewniony”"
    )
    nastepny_krok: str = described(
        "następny krok i kto działa",
        "Krok 8 – zapewnienie zidentyfikowanych zasobów. Wykonuje: Anna Kowalska (…).",
    )


@dataclass(frozen=True)
class NadzorFields(TemplateFields):
    """09: the special supervision record and its corrective actions."""

    sekretarz: Osoba = SEKRETARZ()
    rozpoczecie: str = described("data rozpoczęcia działalności (krok 9)", "23 listopada 2026 r.")
    planowany_audit: str = described(
        "planowany termin pierwszego auditu wewnętrznego", "15 marca 2027 r."
    )
    data_auditu: str = described("data przeprowadzenia pierwszego auditu", "—")
    nr_raportu: str = described("nr raportu z auditu", "—")
    status_nadzoru: str = described("stan szczególnego nadzoru", "trwa – do pierwszego auditu …")
    dzialania: tuple[WierszDzialania, ...] = described(
        "działania (wiersze: lp, rodzaj, opis, przyczyna, odpowiedzialny – z imieniem, "
        "nazwiskiem i stanowiskiem, termin, status, data_zamkniecia, ocena, zweryfikowal, "
        "data_weryfikacji)",
        "korekcja",
    )
    podsumowanie_dzialan: str = described(
        "liczba działań", "Zaplanowano 2 działania; otwarte: 1; po terminie: brak."
    )
    # The acts after step 7, the log of step 9 and its closing note (issue 12, rule 6).
    akty: tuple[WierszAktu, ...] = described(
        "akty przyjęte po kroku 7 (wiersze: lp, akt, data_przyjecia, ogloszenie, wejscie_w_zycie)",
        "Uchwała Nr XV/123/2026 Rady Miejskiej w Przykładowie",
    )
    dziennik: tuple[WpisNadzoru, ...] = described(
        "dziennik nadzoru (wiersze: lp, data, co_sprawdzono, ustalenia, sprawdzil)", "12.01.2027"
    )
    brak_wpisow: str = described("zdanie przy pustym dzienniku nadzoru", "Nie odnotowano …")
    zamkniecie: bool = described(
        "prawda po pierwszym audicie wewnętrznym: karta ma notę zamykającą nadzór",
        "{%p if zamkniecie %}",
    )
    nota_zamykajaca: str = described("nota zamykająca nadzór", "Szczególny nadzór zakończono …")
    kryteria_akceptacji: str = described(  # as in 02, whose criteria the note checks
        "kryteria akceptacji (puste, gdy brak)", "90% spraw w 3 dni"
    )
    spelnione: str = described("☒, gdy kryteria akceptacji spełniono; inaczej ☐", "☒")
    niespelnione: str = described("☒, gdy kryteriów akceptacji nie spełniono; inaczej ☐", "☐")
    uwagi_oceny: str = described("uwagi do oceny kryteriów (puste, gdy brak)", "—")


@dataclass(frozen=True)
class PotwierdzenieFields(TemplateFields):
    """12: the confirmation that the resources were provided (step 8)."""

    sekretarz: Osoba = SEKRETARZ()
    zapewniono: bool = described("czy krok 8 wykonano (inaczej formularz do podpisu)", "tak")
    zapewnienia: tuple[WierszPotwierdzenia, ...] = described("zasoby i ich zapewnienie", "—")
