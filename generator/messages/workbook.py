"""Reading the project workbook: the file, its sheets and columns, the input limits, each
value, what to do next when it is wrong, and the blank workbook of `szj init`.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.workbook import schema as s

# --- reading a file -----------------------------------------------------------------------

FILE_NOT_FOUND = "nie znaleziono pliku"
FILE_EMPTY = "plik jest pusty"
FILE_OLD_XLS = (
    "to plik w starym formacie Excel 97–2003 (.xls); otwórz go w Excelu i zapisz jako "
    "„Skoroszyt programu Excel (.xlsx)”"
)
FILE_ENCRYPTED = "skoroszyt jest chroniony hasłem; zapisz go w Excelu bez hasła"
FILE_NOT_XLSX = "to nie jest skoroszyt Excel (.xlsx)"
FILE_DAMAGED = "nie można odczytać skoroszytu (plik uszkodzony lub niekompletny): {detail}"
FILE_TOO_LARGE = "skoroszyt jest podejrzanie duży po rozpakowaniu ({size} MB); odmawiam odczytu"
FILE_TRUNCATED = (
    "skoroszyt jest niekompletny (plik ucięty, np. przy przerwanym kopiowaniu lub pobieraniu); "
    "skopiuj lub pobierz go ponownie"
)
FILE_XML_DOCTYPE = (
    "skoroszyt zawiera deklaracje DTD lub encji XML, których Excel nigdy nie zapisuje "
    "(możliwa próba ataku); odmawiam odczytu"
)
LOCK_FILE = "pominięto plik blokady Excela"

# --- messages that tell the clerk what to do next (issue 17, item 5) ----------------------

PATH_NOT_FOUND = "nie znaleziono pliku (szukano: {looked})"
PATH_NOT_FOUND_ANY = "nie znaleziono katalogu ani pliku (szukano: {looked})"
FILE_ODS = (
    "to arkusz OpenDocument (.ods); otwórz go w LibreOffice Calc lub Excelu i zapisz jako "
    "„Skoroszyt programu Excel (.xlsx)”"
)
INIT_XLSX_ADDED = "{given}: nazwa nie kończyła się na .xlsx — dodano je: {path}"
THOUSANDS_HINT = (
    " — jeśli chodziło o {whole}, kropka ani przecinek nie oddzielają tysięcy: "
    "wpisz {whole} albo {spaced}"
)
CASE_SIGN_FORMS = (
    "dozwolone formy: OR.0123.5.2026, OR-I.0123.5.2026 oraz z inicjałami prowadzącego "
    "OR.0123.5.2026.JK; wielkość liter nie ma znaczenia"
)
PROGRESS_LABEL = "Generowanie"
FORMULA_DEPENDS_ON = " (formuła {formula} korzysta z komórek: {cells})"
# Polish Excel shows its error values under these names; the file keeps the English ones.
EXCEL_ERROR_NAMES = {
    "#VALUE!": "#ARG!",
    "#DIV/0!": "#DZIEL/0!",
    "#REF!": "#ADR!",
    "#NAME?": "#NAZWA?",
    "#N/A": "#N/D",
    "#NUM!": "#LICZBA!",
    "#NULL!": "#ZERO!",
    "#GETTING_DATA": "#POBIERANIE_DANYCH",
}
NO_WORKBOOKS = "nie znaleziono skoroszytów .xlsx w: {where}"

# --- the blank workbook of `szj init`: notes, hints and prompts of its cells --------------
# (the Instrukcja sheet's prose is generator/texts/instrukcja.txt)

BLANK_REQUIRED_NOTE = "Pole wymagane."
BLANK_OPTIONAL_NOTE = "Pole nieobowiązkowe."
BLANK_REQUIRED_WHEN = "Wymagane, gdy {condition}."  # REQUIRED_CONDITIONS
BLANK_LIST_ERROR_TITLE = "Wartość spoza listy"
BLANK_LIST_ERROR = "Wybierz wartość z listy rozwijanej."


def blank_multi_choice_hint(choices: Iterable[str]) -> str:
    """The input message of a `;`-separated list of choices."""
    return "Jedna lub kilka wartości oddzielonych średnikiem: " + "; ".join(choices) + "."


_DEFAULT_BASIS_HINT = (
    "Wpisano domyślne brzmienie — zmień je tylko wtedy, gdy ustawa o samorządzie gminnym "
    "ma nowy tekst jednolity."
)

# The comment on each `Projekt` field, after its required/optional note.
BLANK_PROJECT_HINTS: dict[str, str] = {
    "office": "Pełna nazwa urzędu, np. Urząd Miasta i Gminy Przykładowo. "
    "Pojawia się w nagłówku każdego dokumentu.",
    "town": "Miejscowość do daty dokumentów, np. „Przykładowo, 23 listopada 2026 r.”.",
    "voivodeship": "Nazwa województwa małymi literami, np. wielkopolskie.",
    "council": "Np. Rada Miejska w Przykładowie.",
    "case_sign": "Znak sprawy według JRWA: symbol komórki . symbol klasy . numer sprawy . rok, "
    "np. OR.0123.5.2026, OR-I.0123.5.2026 albo z inicjałami prowadzącego OR.0123.5.2026.JK; "
    "wielkość liter nie ma znaczenia. Dokumenty trafią do katalogu o tej nazwie "
    "(wielkimi literami).",
    "title": "Krótki tytuł projektu, np. Utworzenie Punktu Obsługi Mieszkańca.",
    "activity_kind": "Wybierz z listy: " + " albo ".join(s.ACTIVITY_KINDS) + ".",
    "need_sources": blank_multi_choice_hint(s.NEED_SOURCES),
    "need_description": "Na czym polega stwierdzona potrzeba zmian lub nowej działalności.",
    "legal_basis": "Przepisy, z których wynika potrzeba zmian.",
    "customer_requirements": "Zidentyfikowane i zaakceptowane wymagania klientów (mieszkańców).",
    "standards": "Normy i przepisy przyjęte do stosowania, np. PN-EN ISO 9001:2015.",
    "goal": "Co ma zostać osiągnięte.",
    "scope": "Czego dotyczy projekt: komórki, sprawy, dokumenty.",
    "acceptance_criteria": "Po czym poznamy, że wdrożenie się udało.",
    "lead_unit": "Komórka organizacyjna prowadząca działanie, np. Referat Organizacyjny.",
    "planned_implementation": "Data, np. 04.01.2027.",
    "organ": "Pełna nazwa w mianowniku, np. „Wójt Gminy Kościelisko”, „Burmistrz Gostynia”, "
    "„Prezydent Miasta Poznania”. Puste — program ustali ją z nazwy urzędu i miejscowości; "
    "wynik pokaże „szj validate”.",
    "statute_name": "Np. „Statut Gminy Gostyń”. Puste — program ustali ją z nazwy organu.",
    "regulamin_name": "Np. „Regulamin Organizacyjny Urzędu Miejskiego w Gostyniu”. Puste — "
    "„Regulamin Organizacyjny” i nazwa urzędu w dopełniaczu.",
    "assumptions_deadline": "Data, do której osoba odpowiedzialna za projektowanie ma "
    "opracować założenia (krok 2); drukowana w decyzji 01. Pusta — w decyzji zostaje miejsce "
    "do wpisania ręcznie.",
    "proposals_deadline": "Data, do której osoba odpowiedzialna za wdrożenie ma przedłożyć "
    "propozycje zmian (krok 5). Pusta — brak terminu.",
    "documents_to_change": "Dokumenty Urzędu, które założenia (krok 2) przewidują do zmiany, "
    "oddzielone średnikiem, np. Regulamin organizacyjny; Statut. Dokument 02 wymienia je "
    "stąd, a nie z arkusza Zmiany (wypełnianego dopiero w kroku 5), więc podpisane założenia "
    "nie zmieniają się później. Puste — 02 wymienia dokumenty z arkusza Zmiany.",
    "form_identity": "Oznaczenie formularzy w nagłówku każdego dokumentu, np. „Załącznik "
    "nr 3 do procedury P-12, wydanie 2”. Puste — pomijane.",
    "mayor_approval_required": "„tak”, gdy dokumenty projektu (np. zarządzenie zmieniające "
    "regulamin organizacyjny) zatwierdza organ wykonawczy — wójt, burmistrz albo prezydent "
    "miasta (krok 7); „nie” — krok 7 ma wtedy "
    f"status „{s.STEP_NOT_APPLICABLE}”.",
    "regulamin_act": "Np. Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Przykładowo "
    "z dnia 28 lutego 2019 r.",
    "statute_act": "Np. Uchwała Nr XX/123/2012 Rady Miejskiej w Przykładowie "
    "z dnia 27 czerwca 2012 r.",
    "regulamin_text": "Nieobowiązkowe. Plik .docx z aktualnym tekstem regulaminu (ścieżka "
    "względem folderu skoroszytu, np. akty/regulamin.docx). Wtedy brzmienie obecne w Zmianach "
    "można pominąć, a powstaje tekst ujednolicony ze zmianami śledzonymi.",
    "statute_text": "Nieobowiązkowe. Plik .docx z aktualnym tekstem statutu, jak wyżej.",
    "ordinance_legal_basis": _DEFAULT_BASIS_HINT,
    "resolution_legal_basis": _DEFAULT_BASIS_HINT,
    "planned_audit": "Data. Do dnia pierwszego auditu wewnętrznego nowe działanie jest "
    "pod szczególnym nadzorem Sekretarza.",
    "audit_date": "Data przeprowadzenia pierwszego auditu wewnętrznego — kończy szczególny nadzór.",
    "audit_report": "Numer raportu z pierwszego auditu wewnętrznego.",
}

# Input messages shown when a cell of the column is selected: (title ≤ 32 chars, text).
BLANK_COLUMN_PROMPTS: dict[tuple[str, str], tuple[str, str]] = {
    (s.STEPS.name, "result"): (
        "Wynik kroku 6 lub 7",
        (
            f"Krok 6: {s.RESULT_ACCEPTED} albo {s.RESULT_RETURNED}. "
            f"Krok 7: {s.RESULT_APPROVED} albo {s.RESULT_REJECTED}. "
            "Przy pozostałych krokach zostaw puste."
        ),
    ),
    (s.STEPS.name, "performer"): (
        "Kto wykonał krok",
        "Imię i nazwisko, tak jak w arkuszu Osoby.",
    ),
    (s.RESOURCES.name, "value"): (
        "Wartość [zł]",
        "Możesz zostawić puste: wartość to Ilość × Cena jednostkowa.",
    ),
}

# --- sheets and columns -------------------------------------------------------------------

SHEET_MISSING = "brak arkusza „{sheet}”"
SHEET_UNKNOWN = "arkusz „{sheet}” nie należy do wzoru — jego zawartość zostanie pominięta"
SHEET_NEAR_MISS = (
    "arkusz „{sheet}” nie należy do wzoru — czy chodziło o „{meant}”? Popraw nazwę arkusza; "
    "inaczej jego zawartość zostanie pominięta"
)
SHEET_DUPLICATE = "arkusz „{sheet}” występuje więcej niż raz (także: „{other}”)"
HEADER_NOT_FOUND = (
    "nie znaleziono wiersza nagłówka w pierwszych 10 wierszach (oczekiwane kolumny: {columns})"
)
COLUMN_MISSING = "brak kolumny „{column}”"
COLUMN_DUPLICATE = "kolumna „{column}” występuje dwukrotnie (także w {other})"
COLUMN_EXTRA = "kolumna „{column}” nie należy do wzoru — jej zawartość zostanie pominięta"
COLUMN_NEAR_MISS = (
    "kolumna „{column}” nie należy do wzoru — czy chodziło o „{meant}”? Popraw nagłówek; "
    "inaczej jej zawartość zostanie pominięta"
)
FIELD_MISSING = "brak pola „{field}” w arkuszu Projekt"
FIELD_DUPLICATE = "pole „{field}” występuje więcej niż raz (także w {other})"
FIELD_UNKNOWN = "pole „{field}” nie należy do wzoru — jego wartość zostanie pominięta"

# --- workbook input limits: hidden and look-alike sheets, size, invisible characters ------

SHEET_HIDDEN = (
    "arkusz „{sheet}” jest ukryty, a program czyta tylko widoczne arkusze — odkryj go w Excelu "
    "(prawy przycisk na karcie arkusza › Odkryj) albo usuń"
)
SHEET_VERY_HIDDEN = (
    "arkusz „{sheet}” jest ukryty tak, że Excel go nie pokazuje (widać go tylko w edytorze "
    "VBA), a program czyta tylko widoczne arkusze — usuń go albo przenieś dane do widocznego "
    "arkusza"
)
SHEET_LOOK_ALIKE = (
    "arkusz „{sheet}” tylko wygląda jak „{name}”: {characters} — wpisz nazwę arkusza na nowo"
)
LOOK_ALIKE_LETTER = "„{char}” (U+{code:04X}{script}) udaje „{latin}”"
LOOK_ALIKE_INVISIBLE = "niewidoczny znak U+{code:04X}"
SCRIPT_NAMES = {"CYRILLIC": "cyrylica", "GREEK": "alfabet grecki", "ARMENIAN": "alfabet ormiański"}
SHEET_TOO_MANY_ROWS = (
    "arkusz „{sheet}” ma więcej niż {limit} wierszy danych; program przyjmuje najwyżej {limit} "
    "wierszy w arkuszu — usuń puste lub zbędne wiersze albo podziel projekt"
)
WORKBOOK_TOO_MANY_ROWS = (
    "skoroszyt ma łącznie {count} wierszy danych; program przyjmuje najwyżej {limit} wierszy "
    "we wszystkich arkuszach razem (najwięcej w arkuszu „{sheet}”) — podziel projekt"
)
FILE_NOT_REGULAR = (
    "to nie jest zwykły plik (potok, urządzenie lub gniazdo o nazwie skoroszytu); odmawiam odczytu"
)
INVISIBLE_CHARACTER = (
    "tekst zawiera niewidoczny znak sterujący U+{code:04X} ({name}), który zmienia kolejność "
    "lub wygląd tekstu w dokumencie, choć go nie widać; usuń go"
)
INVISIBLE_NAMES = {
    "bidi": "znak kierunku pisma",
    "zero-width": "znak o zerowej szerokości",
}
CASE_SIGN_DEVICE_NAME = (
    "„{value}” nie może być znakiem sprawy: „{unit}” to zastrzeżona nazwa urządzenia w Windows "
    "i nie może być nazwą katalogu"
)


MERGED_DATA = (
    "scalone komórki w obszarze danych ({range}); rozdziel je, aby każda wartość miała "
    "swoją komórkę"
)

# --- values -------------------------------------------------------------------------------

REQUIRED = "pole „{field}” jest wymagane"
REQUIRED_WHEN = "pole „{field}” jest wymagane, gdy {condition}"
# The act a draft amends, cited without its title (consistency.untitled_act_rules).
ACT_WITHOUT_TITLE = {
    "regulamin_act": (
        "pole „{field}” nie podaje tytułu aktu („w sprawie …”), więc projekt zarządzenia "
        "zacytuje go bez tytułu — wpisz tytuł w polu „Tytuł aktu nadającego regulamin”"
    ),
    "statute_act": (
        "pole „{field}” nie podaje tytułu uchwały („w sprawie …”), więc projekt uchwały "
        "zacytuje ją bez tytułu — dopisz tytuł, np. „… z dnia 30 maja 2012 r. w sprawie "
        "uchwalenia Statutu Gminy …”"
    ),
}
# The conditions of `schema.Condition`, as the blank workbook's notes and validation say them.
REQUIRED_CONDITIONS: dict[s.Condition, str] = {
    s.Condition.NEED_LAW: f"źródłem potrzeby jest „{s.NEED_LAW}”",
    s.Condition.NEED_CUSTOMER: f"źródłem potrzeby są „{s.NEED_CUSTOMER}”",
    s.Condition.CHANGES_REGULAMIN: (
        f"w arkuszu „{s.CHANGES.name}” są zmiany dokumentu „{s.DOCUMENT_REGULAMIN}”"
    ),
    s.Condition.CHANGES_STATUTE: (
        f"w arkuszu „{s.CHANGES.name}” są zmiany dokumentu „{s.DOCUMENT_STATUTE}”"
    ),
    s.Condition.STEP_9_DONE: f"krok 9 ma status „{s.STEP_DONE}”",
}
NOT_IN_LIST = "„{value}” nie jest dozwoloną wartością; dozwolone: {allowed}"
NOT_A_DATE = "„{value}” nie jest datą (wpisz datę, np. 23.11.2026)"
DATE_OUT_OF_RANGE = "data „{value}” jest poza dopuszczalnym zakresem (1900–2100)"
NOT_A_NUMBER = "„{value}” nie jest liczbą"
NOT_AN_AMOUNT = "„{value}” nie jest kwotą"
NOT_AN_INTEGER = "„{value}” nie jest liczbą całkowitą"
NEGATIVE = "wartość „{value}” nie może być ujemna"
TOO_LARGE = "liczba „{value}” jest zbyt duża (najwyżej 999 999 999 999)"
TOO_MANY_DECIMALS = "kwota „{value}” ma więcej niż 2 miejsca po przecinku"
FORMULA_WITHOUT_VALUE = (
    "formuła „{formula}” nie ma zapisanej wartości — otwórz plik w Excelu, przelicz i zapisz go"
)
EXCEL_ERROR = "komórka zawiera błąd Excela {value}{cause} — popraw formułę lub wpisz wartość"
# --- numbers kept as text that Excel converted (schema.Field.identifier) -------------------
IDENTIFIER_STORED_AS_DATE = (
    "komórka zawiera datę {value}, a ma zawierać numer — Excel zamienia na datę numer wpisany "
    "jak „12/2026”; ustaw format komórki „Tekst” i wpisz numer ponownie"
)
IDENTIFIER_ON_LINES = (
    "numer „{value}” zajmuje kilka wierszy komórki (albo zawiera tabulator) — wpisz go "
    "w jednym wierszu, bez Alt+Enter"
)
IDENTIFIER_STORED_AS_FRACTION = (
    "komórka zawiera liczbę {value}, a ma zawierać numer — Excel zamienia na liczbę numer "
    "wpisany jak „12.10” i gubi zera na końcu; ustaw format komórki „Tekst” i wpisz numer "
    "ponownie"
)
CONTROL_CHARACTER = (
    "tekst zawiera niedozwolony znak sterujący (kod U+{code:04X}), którego Word nie zapisze; "
    "usuń go"
)
TOO_LONG = "tekst ma {length} znaków; Excel mieści najwyżej 32 767 znaków w komórce"
VALUE_MISMATCH = (
    "wartość {value} zł nie zgadza się z iloczynem Ilość × Cena jednostkowa = {expected} zł"
)
CASE_SIGN_NOT_A_FOLDER = "{case_sign}: znak sprawy nie może być nazwą katalogu"
CASE_SIGN_INVALID = (
    "„{value}” nie jest poprawnym znakiem sprawy (symbol komórki, symbol klasyfikacyjny, "
    "numer sprawy i rok, rozdzielone kropkami; " + CASE_SIGN_FORMS + ")"
)
UNIT_INVALID = (
    "„{value}” nie jest jednostką redakcyjną "
    "(wpisz np. § 12, § 12 ust. 3, § 12 ust. 3 pkt 4, § 30a)"
)
CHANGE_EMPTY = "podaj brzmienie obecne, proponowane albo oba (oba puste w wierszu {row})"
STEP_UNKNOWN = "krok „{value}” nie istnieje; procedura ma kroki 1–9"
STEP_MISSING = "brak wiersza kroku {step} w arkuszu Przebieg"
