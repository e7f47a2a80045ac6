"""Every Polish message the tool prints, in one place so a Polish reader can review them.

Messages are `str.format` templates; the caller fills the named fields.
"""

from __future__ import annotations

from collections.abc import Iterable

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
LOCK_FILE = "pominięto plik blokady Excela"
NO_WORKBOOKS = "nie znaleziono skoroszytów .xlsx w: {where}"

# --- sheets and columns -------------------------------------------------------------------

SHEET_MISSING = "brak arkusza „{sheet}”"
SHEET_UNKNOWN = "arkusz „{sheet}” nie należy do wzoru — jego zawartość zostanie pominięta"
SHEET_DUPLICATE = "arkusz „{sheet}” występuje więcej niż raz (także: „{other}”)"
HEADER_NOT_FOUND = (
    "nie znaleziono wiersza nagłówka w pierwszych 10 wierszach (oczekiwane kolumny: {columns})"
)
COLUMN_MISSING = "brak kolumny „{column}”"
COLUMN_DUPLICATE = "kolumna „{column}” występuje dwukrotnie (także w {other})"
COLUMN_EXTRA = "kolumna „{column}” nie należy do wzoru — jej zawartość zostanie pominięta"
FIELD_MISSING = "brak pola „{field}” w arkuszu Projekt"
FIELD_DUPLICATE = "pole „{field}” występuje więcej niż raz (także w {other})"
FIELD_UNKNOWN = "pole „{field}” nie należy do wzoru — jego wartość zostanie pominięta"
MERGED_DATA = "scalone komórki w obszarze danych ({range}); rozdziel je, aby każda wartość miała swoją komórkę"

# --- values -------------------------------------------------------------------------------

REQUIRED = "pole „{field}” jest wymagane"
REQUIRED_WHEN = "pole „{field}” jest wymagane, gdy {condition}"
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
EXCEL_ERROR = "komórka zawiera błąd Excela {value} — popraw formułę lub wpisz wartość"
CONTROL_CHARACTER = (
    "tekst zawiera niedozwolony znak sterujący (kod U+{code:04X}), którego Word nie zapisze; usuń go"
)
TOO_LONG = "tekst ma {length} znaków; Excel mieści najwyżej 32 767 znaków w komórce"
VALUE_MISMATCH = (
    "wartość {value} zł nie zgadza się z iloczynem Ilość × Cena jednostkowa = {expected} zł"
)
CASE_SIGN_INVALID = (
    "„{value}” nie jest poprawnym znakiem sprawy (oczekiwany wzór: OR.0123.5.2026 — "
    "symbol komórki, symbol klasyfikacyjny, numer sprawy i rok)"
)
UNIT_INVALID = (
    "„{value}” nie jest jednostką redakcyjną (wpisz np. § 12, § 12 ust. 3, § 12 ust. 3 pkt 4, § 30a)"
)
CHANGE_EMPTY = "podaj brzmienie obecne, proponowane albo oba (oba puste w wierszu {row})"
STEP_UNKNOWN = "krok „{value}” nie istnieje; procedura ma kroki 1–9"
STEP_MISSING = "brak wiersza kroku {step} w arkuszu Przebieg"

# --- people -------------------------------------------------------------------------------

ROLE_NONE = "brak osoby w roli „{role}” (wymagana dokładnie jedna)"
ROLE_NONE_MAYOR = "brak osoby w roli „{role}”, a projekt wymaga zatwierdzenia Burmistrza"
ROLE_TOO_MANY = "rola „{role}” przypisana więcej niż jednej osobie (także w {other})"
PERSON_UNKNOWN = "osoba „{name}” nie występuje w arkuszu Osoby"
PERFORMER_WRONG_ROLE = "„{name}” nie pełni roli „{role}”, odpowiedzialnej za krok {step}"

# --- the procedure rules ------------------------------------------------------------------

STEP_NOT_APPLICABLE_ONLY_7 = "status „nie dotyczy” jest dopuszczalny tylko dla kroku 7"
STEP7_REQUIRED = (
    "krok 7 oznaczono „nie dotyczy”, a projekt wymaga zatwierdzenia Burmistrza "
    "(pole „Wymaga zatwierdzenia Burmistrza” = tak)"
)
STEP_DONE_BEFORE_EARLIER = (
    "krok {step} oznaczono „wykonano”, choć wcześniejszy krok {earlier} nie jest wykonany"
)
STEP_AFTER_RETURNED = (
    "krok {step} oznaczono „wykonano”, a ostatnia runda analizy (krok 6) kończy się "
    "wynikiem „do poprawy” — najpierw nowa runda kroków 5 i 6"
)
STEP_DATE_BACKWARDS = "data {date} jest wcześniejsza niż data wykonania kroku {step} ({earlier_date})"
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

# --- command line -------------------------------------------------------------------------

SUMMARY_VALID = "{file}: poprawny ({warnings})"
SUMMARY_INVALID = "{file}: {errors}, {warnings}"
REGISTER_WRITTEN = "{target}: rejestr — {projects} (z błędami: {invalid})"
STATUS_CREATED = "utworzono"
STATUS_IDENTICAL = "bez zmian"
STATUS_OVERWRITTEN = "nadpisano"
STATUS_SKIPPED = "pominięto (istnieje, użyj --force)"
STATUS_REMOVED = "usunięto (nieaktualny)"
NEXT_STEP = "Następny krok: {step} — {name} — {person}"
ALL_STEPS_DONE = "Wszystkie kroki procedury zakończone."
NO_PERSON = "(brak osoby w roli „{role}”)"
SOFFICE_MISSING = (
    "nie znaleziono LibreOffice (polecenie soffice), potrzebnego do tworzenia PDF — "
    "zainstaluj LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
)
BAD_DATE_OPTION = "„{value}” nie jest datą w formacie RRRR-MM-DD"


def count(n: int, one: str, few: str, many: str) -> str:
    """A number with the Polish plural form: 1 błąd, 2 błędy, 5 błędów, 22 błędy."""
    if n == 1:
        form = one
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        form = few
    else:
        form = many
    return f"{n} {form}"


def errors(n: int) -> str:
    return count(n, "błąd", "błędy", "błędów")


def warnings(n: int) -> str:
    return count(n, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")


def projects(n: int) -> str:
    return count(n, "projekt", "projekty", "projektów")


def join_quoted(values: Iterable[str]) -> str:
    """`„a”, „b”, „c”` — how closed lists are shown in messages."""
    return ", ".join(f"„{v}”" for v in values)
