"""The procedure's own words and the rules it checks: steps, issues, people, the
executive organ of every gmina, the records after step 7 and step 8's confirmation.
"""

from __future__ import annotations

from generator.workbook import schema as s

# --- the procedure ------------------------------------------------------------------------

STEP_NAMES: dict[int, str] = {
    1: "Decyzja o podjęciu prac projektowych i wyznaczenie osoby odpowiedzialnej za projektowanie",
    2: "Opracowanie założeń i wytycznych do projektu",
    3: "Zatwierdzenie założeń, skierowanie do wdrożenia, przydzielenie zespołu",
    4: "Określenie niezbędnych zasobów i przekazanie ich wykazu odpowiedzialnemu za wdrożenie",
    5: "Opracowanie zasad, dokumentacji SZJ i propozycji zmian; "
    "przedłożenie Sekretarzowi",
    6: "Analiza propozycji: akceptacja projektu albo polecenie wprowadzenia zmian",
    7: "Przedłożenie Burmistrzowi do zatwierdzenia (gdy wymagane)",
    8: "Zapewnienie zidentyfikowanych zasobów",
    9: "Rozpoczęcie działalności i szczególny nadzór do pierwszego auditu wewnętrznego",
}
INPUT_NAME = "Stwierdzona potrzeba zmian lub podjęcia nowej działalności"
OUTPUT_NAME = (
    "Wdrożona lub zmodyfikowana działalność; określone działania korekcyjne, "
    "korygujące lub zapobiegawcze"
)

# --- issues and the checklist of `szj status` ----------------------------------------------

QUOTED = "„{value}”"  # a value of a closed list, as the Instrukcja sheet lists them
SEVERITY_ERROR = "błąd"  # `projekt.xlsx: Zasoby!F7: błąd: …`
SEVERITY_WARNING = "ostrzeżenie"
ERROR_PREFIX = "błąd: "  # a command's own error line on stderr
STATUS_COLUMNS = ("Krok", "Czynność", "Odpowiada", "Data", "Status")
STATUS_SUPERVISION = "Nadzór od {start} do pierwszego auditu: {end}"
STATUS_WARNINGS = "Ostrzeżenia:"

# --- people -------------------------------------------------------------------------------

ROLE_NONE = "brak osoby w roli „{role}” (wymagana dokładnie jedna)"
ROLE_NONE_MAYOR = "brak osoby w roli „{role}”, a projekt wymaga zatwierdzenia {organ}"
ROLE_TOO_MANY = "rola „{role}” przypisana więcej niż jednej osobie (także w {other})"
PERSON_UNKNOWN = "osoba „{name}” nie występuje w arkuszu Osoby"
PERFORMER_WRONG_ROLE = "„{name}” nie pełni roli „{role}”, odpowiedzialnej za krok {step}"

# --- every gmina: the executive organ and the declined names (issue 13) -------------------

# Step 7 as each executive organ's office names it (STEP_NAMES[7] is the Burmistrz's).
STEP_7_NAMES = {
    "Wójt": "Przedłożenie Wójtowi do zatwierdzenia (gdy wymagane)",
    "Burmistrz": "Przedłożenie Burmistrzowi do zatwierdzenia (gdy wymagane)",
    "Prezydent Miasta": "Przedłożenie Prezydentowi Miasta do zatwierdzenia (gdy wymagane)",
}
ORGAN_UNKNOWN = (
    "„{value}” nie jest nazwą organu wykonawczego gminy — wpisz pełną nazwę zaczynającą się "
    "od „Wójt”, „Burmistrz” albo „Prezydent Miasta” (np. „Wójt Gminy Kościelisko”, "
    "„Burmistrz Gostynia”, „Prezydent Miasta Poznania”)"
)
ORGAN_ROLE_MISMATCH = (
    "rola „{role}” nie zgadza się z polem „Organ wykonawczy” ({cell}: „{organ}”) — "
    "wpisz rolę „{expected}” albo popraw nazwę organu"
)
EXECUTIVE_TOO_MANY = (
    "organ wykonawczy gminy jest jeden, a w arkuszu Osoby ma go więcej niż jedna osoba "
    "(„{role}”, także w {other})"
)
DECLENSION_UNKNOWN = (
    "nie umiem odmienić nazwy „{phrase}” ({case}) — wpisz pełne nazwy w mianowniku "
    "w polach Projektu „Organ wykonawczy”, „Nazwa statutu” i „Nazwa regulaminu "
    "organizacyjnego” (np. „Burmistrz Gostynia”, „Statut Gminy Gostyń”)"
)
FIELD_MISSING_ANY = "brak pola „{field}” (albo {aliases}) w arkuszu Projekt"
# `szj init --organ`: the executive organ's kind → its role in `Osoby`.
ORGAN_CHOICES = {"wojt": "Wójt", "burmistrz": "Burmistrz", "prezydent": "Prezydent Miasta"}
ORGAN_OPTION_HELP = (
    "Organ wykonawczy gminy: wojt, burmistrz albo prezydent (miasta); od niego zależą nazwy "
    "pól, rola w arkuszu Osoby i nazwa kroku 7 („Przedłożenie Wójtowi …”); "
    "domyślnie burmistrz."
)
# `szj validate`: the forms the documents will use, before anything is signed.
FORMS_HEADING = (
    "{file}: informacja: nazwy w dokumentach — sprawdź odmianę przed podpisem "
    "(błędną popraw, wpisując pełną nazwę w polu podanym w nawiasie):"
)
FORM_LINE = "  {what}: {form}"
FORM_LABELS = {
    "organ": "organ wykonawczy (pole „Organ wykonawczy”)",
    "organ_genitive": "  – zarządzenie … (dopełniacz)",
    "organ_dative": "  – wykonanie uchwały powierza się … (celownik)",
    "council": "rada (pole „Nazwa rady”)",
    "council_genitive": "  – uchwała … (dopełniacz)",
    "office": "urząd (pole „Nazwa urzędu”)",
    "office_genitive": "  – … urzędu (dopełniacz)",
    "statute": "statut (pole „Nazwa statutu”)",
    "statute_genitive": "  – w sprawie zmiany … (dopełniacz)",
    "regulamin": "regulamin (pole „Nazwa regulaminu organizacyjnego”)",
    "regulamin_genitive": "  – w sprawie zmiany … (dopełniacz)",
    "secretary": "Sekretarz (Stanowisko w arkuszu Osoby)",
    "secretary_dative": "  – przedkłada się … (celownik)",
    "journal": "uchwała: ogłoszenie w … (pole „Województwo”)",
}

# --- the procedure rules ------------------------------------------------------------------

STEP_NOT_APPLICABLE_ONLY_7 = "status „nie dotyczy” jest dopuszczalny tylko dla kroku 7"
STEP7_REQUIRED = (
    "krok 7 oznaczono „nie dotyczy”, a projekt wymaga zatwierdzenia {organ} "
    "(pole „Wymaga zatwierdzenia {organ}” = tak)"
)
STEP_DONE_BEFORE_EARLIER = (
    "krok {step} oznaczono „wykonano”, choć wcześniejszy krok {earlier} nie jest wykonany"
)
STEP_AFTER_RETURNED = (
    "krok {step} oznaczono „wykonano”, a ostatnia runda analizy (krok 6) kończy się "
    "wynikiem „do poprawy” — najpierw nowa runda kroków 5 i 6"
)
STEP_DATE_BACKWARDS = (
    "data {date} jest wcześniejsza niż data wykonania kroku {step} ({earlier_date})"
)
STEP_DONE_WITHOUT_DATE = "krok oznaczono „wykonano”, ale nie podano daty"
STEP_REPEATED = "krok {step} występuje więcej niż raz; powtarzać można tylko kroki 5 i 6"
RESULT_NOT_ALLOWED = "wynik „{result}” nie pasuje do kroku {step}; dozwolone: {allowed}"
RESULT_NOT_FOR_STEP = "krok {step} nie ma wyniku (wynik „{result}” dotyczy tylko kroków 6 i 7)"
RESULT_MISSING = "krok {step} wykonano, ale nie podano wyniku ({allowed})"
RESOURCE_NOT_ACCEPTED = (
    "zasób ma status „zidentyfikowany”, choć krok 4 jest wykonany — brak akceptacji Sekretarza"
)
RESOURCE_NOT_ENSURED = "zasób nie ma statusu „zapewniony”, choć krok 8 jest wykonany"
AUDIT_DATE_MISSING = (
    "krok 9 jest wykonany — podaj „Planowany termin pierwszego auditu wewnętrznego”"
)
AUDIT_OVERDUE = (
    "minął planowany termin pierwszego auditu wewnętrznego ({date}), a audit nie został "
    "przeprowadzony — nadzór trwa"
)
ACTION_OVERDUE = "działanie otwarte po terminie ({due})"
ACTION_CLOSED_WITHOUT_DATE = "działanie „zamknięte” bez daty zamknięcia"

# --- the records after step 7: adopted acts, supervision log, verification (issue 12) -------
# The rules (generator/domain/later_records.py): each names the cell of the date at fault.
ACT_BEFORE_APPROVAL_DONE = (
    "akt przyjęty {date}, a krok {step} nie jest jeszcze wykonany — akt przyjmuje się po "
    "zatwierdzeniu projektu; uzupełnij krok {step} w arkuszu Przebieg"
)
ACT_ADOPTED_BEFORE_APPROVAL = (
    "data przyjęcia {date} jest wcześniejsza niż data kroku {step} ({step_date}) — akt "
    "przyjmuje się po zatwierdzeniu projektu"
)
ACT_IN_FORCE_BEFORE_ADOPTION = (
    "data wejścia w życie {date} jest wcześniejsza niż data przyjęcia aktu ({adopted})"
)
SUPERVISION_BEFORE_STEP_9_DONE = (
    "wpis nadzoru z {date}, a krok 9 (rozpoczęcie działalności) nie jest wykonany — "
    "szczególny nadzór zaczyna się z krokiem 9; uzupełnij krok 9 w arkuszu Przebieg"
)
SUPERVISION_BEFORE_STEP_9 = (
    "wpis nadzoru z {date} jest wcześniejszy niż data kroku 9 ({step_date}) — szczególny "
    "nadzór zaczyna się z rozpoczęciem działalności"
)
VERIFIED_WITHOUT_DATE = (
    "wpisano, kto zweryfikował skuteczność działania, ale nie kiedy — wpisz „Data weryfikacji” "
    "(po dacie zamknięcia działania) albo usuń nazwisko, dopóki skuteczności nie sprawdzono"
)
VERIFICATION_OF_OPEN_ACTION = (
    "data weryfikacji {date} przy działaniu bez daty zamknięcia — skuteczność weryfikuje się "
    "po zamknięciu działania"
)
VERIFICATION_BEFORE_CLOSING = (
    "data weryfikacji {date} jest wcześniejsza niż data zamknięcia działania ({closed}) — "
    "skuteczność weryfikuje się po zamknięciu działania"
)
CRITERIA_BEFORE_AUDIT = (
    "ocena kryteriów akceptacji zamyka szczególny nadzór po pierwszym audicie wewnętrznym — "
    "wpisz też „Data przeprowadzenia pierwszego auditu”"
)
# --- hostile input to the later records: what 09 would print wrongly or not at all --------
ACT_NUMBER_EMPTY = (
    "w kolumnie „Numer” brak numeru aktu („{value}”) — wpisz numer, np. 0050.123.2026; "
    "„Nr” dopisuje karta nadzoru (dokument 09)"
)
ACT_NUMBER_IS_NAME = (
    "w kolumnie „Numer” wpisano nazwę aktu („{value}”) — wpisz sam numer, np. 0050.123.2026; "
    "nazwę aktu z organem składa karta nadzoru (dokument 09)"
)
CRITERIA_REMARKS_BEFORE_AUDIT = (
    "uwagi do oceny kryteriów akceptacji należą do noty zamykającej szczególny nadzór po "
    "pierwszym audicie wewnętrznym i do tego czasu karta 09 ich nie pokaże — wpisz też "
    "„Data przeprowadzenia pierwszego auditu”"
)
# 09, the special supervision card (generator/documents/contexts/supervision.py).
DOC_ACT_NAME = {
    s.ACT_ORDINANCE: "Zarządzenie Nr {number} {organ}",
    s.ACT_RESOLUTION: "Uchwała Nr {number} {council}",
}
DOC_SUPERVISION_LOG_NOT_STARTED = "Szczególnego nadzoru jeszcze nie rozpoczęto (krok 9)."
DOC_SUPERVISION_LOG_EMPTY = "Nie odnotowano czynności nadzoru."
DOC_CLOSING_NOTE = (
    "Szczególny nadzór zakończono {date} pierwszym auditem wewnętrznym{report}."
)

# --- step 8: the confirmation that each resource was provided (issue 12, rule 6) ----------
PROVIDED_BEFORE_STEP_4 = (
    "data zapewnienia {date} jest wcześniejsza niż określenie zasobów w kroku 4 ({step_date})"
)
PROVIDED_WITHOUT_STEP_4 = (
    "wpisano datę zapewnienia {date}, choć krok 4 (określenie zasobów) nie jest wykonany"
)
PROVIDED_AFTER_STEP_8 = (
    "data zapewnienia {date} jest późniejsza niż data wykonania kroku 8 ({step_date}), którą "
    "nosi potwierdzenie zapewnienia zasobów (dokument 12)"
)
PROVIDED_DATE_MISSING = (
    "zasób ma status „zapewniony”, a krok 8 jest wykonany — wpisz datę zapewnienia "
    "(kolumna „Data zapewnienia”)"
)
PROVIDED_NOT_ENSURED = "wpisano datę zapewnienia, a zasób nie ma statusu „zapewniony”"
PROVIDED_HOW_MISSING = (
    "wpisano datę zapewnienia, ale nie sposób zapewnienia — wpisz, czym to potwierdzono "
    "(np. umowa nr 12/2026, protokół odbioru); dokument 12 jest tym potwierdzeniem"
)
