"""Every Polish message the tool prints, in one place so a Polish reader can review them.

Messages are `str.format` templates; the caller fills the named fields.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.domain.polish import plural
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

# --- files the tool writes at a path the user names: `szj register`, `szj init` -----------
# --- and workbooks open in Excel or LibreOffice while the tool reads them -----------------

WORKBOOK_OPEN = (
    "ostrzeżenie: jest otwarty w {program} — zapisz i zamknij go; niezapisane zmiany "
    "nie zostaną uwzględnione"
)
PROGRAM_LOCATIVE = {"Excel": "Excelu", "LibreOffice": "LibreOffice"}  # „otwarty w Excelu”
REGISTER_PASSED_OVER = (
    "pominięto — to rejestr projektów zapisany przez „szj register”, nie skoroszyt projektu"
)
REGISTER_FOLDER_MISSING = (
    "{folder}: nie ma takiego katalogu (szukano: {looked}) — sprawdź nazwę; nie zapisano rejestru"
)
REGISTER_NOT_A_FOLDER = "{folder}: to nie jest katalog — podaj katalog ze skoroszytami projektów"
REGISTER_NOT_WRITTEN = "{target}: nie zapisano rejestru"
REGISTER_UNCHANGED = "{target}: rejestr bez zmian — {projects} (z błędami: {invalid})"
REGISTER_TARGET_IS_INPUT = (
    "{target}: to skoroszyt projektu, który rejestr zestawia — rejestr nie może go zastąpić; "
    "podaj inną nazwę pliku w -o"
)
REGISTER_EXISTS = (
    "{target}: rejestr już istnieje i zmieniłby się — nie nadpisano go "
    "(użyj --force, aby go zastąpić)"
)
REGISTER_TARGET_FOREIGN = (
    "{target}: plik już istnieje i nie jest rejestrem zapisanym przez szj — nie nadpisano go "
    "(użyj --force tylko wtedy, gdy na pewno ma zostać zastąpiony)"
)
REGISTER_DUPLICATE_CASE_SIGN = (
    "ostrzeżenie: znak sprawy {sign} mają skoroszyty: {files} — ich dokumenty trafiłyby do "
    "jednego katalogu; popraw znak sprawy w jednym z nich"
)
REGISTER_REMARK_DUPLICATE = "ten sam znak sprawy co: {files}"
REGISTER_REMARK_INVALID = (
    "Skoroszyt zawiera błędy — stan niepełny; uruchom „szj validate”. Pierwszy: {first}"
)
REGISTER_REMARK_OPEN = "otwarty w {program} — niezapisane zmiany nie zostały uwzględnione"

# --- the register as a printed report (`szj register`) --------------------------------------
REGISTER_SHEET = "Rejestr projektów"
REGISTER_COLUMNS = (
    "Plik",
    "Znak sprawy",
    "Tytuł projektu",
    "Bieżący krok",
    "Następny krok",
    "Kto działa",
    "Działania otwarte",
    "Działania po terminie",
    "Najbliższy termin",
    "Koniec nadzoru (audit wewnętrzny)",
    "Ostatnia zmiana",
    "Błędy",
    "Ostrzeżenia",
    "Uwagi",
)
REGISTER_TITLE = "Rejestr projektów zmian — stan na dzień {day}"
REGISTER_FOOTER = "Strona &P z &N"  # Excel's page-number codes
REGISTER_REMARK_SUPERVISION = "nadzór trwa"
REGISTER_REMARK_AUDIT_OVERDUE = "audit wewnętrzny po terminie"
REGISTER_REMARK_FINISHED = "zakończono"
REGISTER_REMARK_FINISHED_OPEN = (
    "zakończono, ale działania nadal otwarte: {count} (zob. „Działania otwarte”)"
)
REGISTER_OPEN_ACTION = "• {description} — {who}, termin {due}"
REGISTER_OPEN_ACTION_LATE = "• {description} — {who}, termin {due} (po terminie)"
REGISTER_NO_OWNER = "bez odpowiedzialnego"
INIT_NOT_XLSX = "{path}: nazwa pliku musi kończyć się na .xlsx"
INIT_EXISTS = "{path}: plik już istnieje (użyj --force, aby go nadpisać)"
INIT_WRITTEN = "{path}: utworzono pusty skoroszyt projektu"
TARGET_FOLDER_MISSING = "{path}: nie ma katalogu {folder} — utwórz go albo podaj inną ścieżkę"
TARGET_IS_LINK = (
    "{path}: to dowiązanie symboliczne — program nie zapisuje przez dowiązania; "
    "podaj zwykły plik"
)
TARGET_NOT_A_FILE = "{path}: to nie jest zwykły plik (katalog, potok lub urządzenie) — nie zapisano"
TARGET_READ_ONLY = (
    "{path}: plik jest tylko do odczytu — nie nadpisano go (zdejmij ochronę przed zapisem, "
    "jeśli ma zostać zastąpiony)"
)
TARGET_UNREADABLE = "{path}: nie można sprawdzić pliku ({detail}) — nie zapisano"

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

# --- the act's text: the regulamin's and the statute's .docx (issue 15) -------------------

ACT_NOT_DOCX = (
    "nie da się otworzyć pliku jako dokumentu Word .docx; zapisz akt w Wordzie jako .docx"
)
ACT_ENCRYPTED = (
    "dokument jest chroniony hasłem albo zapisany w starym formacie .doc; zapisz go w Wordzie "
    "jako .docx bez hasła"
)
ACT_TRACKED_CHANGES = (
    "dokument zawiera niezaakceptowane śledzone zmiany ({count}); otwórz go w Wordzie, wybierz "
    "Recenzja → Zaakceptuj → Zaakceptuj wszystkie zmiany, zapisz plik i spróbuj ponownie"
)
ACT_NO_TEXT = (
    "dokument nie zawiera tekstu (czy to skan?); potrzebny jest tekst aktu zapisany w Wordzie, "
    "nie obraz strony"
)
ACT_NO_PARAGRAPHS = (
    "nie znaleziono żadnego paragrafu („§ 1.”) — czy to na pewno tekst regulaminu albo statutu?"
)
ACT_CANNOT_PARSE = "nie udało się odczytać podziału aktu na jednostki ({count}):"
ACT_ISSUE_LINE = "akapit {number}: {problem} — „{text}”"
ACT_UNKNOWN_MARK = "nierozpoznane oznaczenie jednostki"
ACT_MARK_BEFORE_FIRST_PARAGRAPH = "oznaczenie jednostki przed pierwszym paragrafem"
ACT_TEXT_OUTSIDE_PARAGRAPH = "tekst poza paragrafem (po tytule rozdziału, a przed „§”)"
ACT_USTEP_AFTER_TEXT = (
    "ustęp „{ident}.” po tekście {unit} — nie wiadomo, czy to ustęp, czy punkt wyliczenia "
    "(pierwszy ustęp zapisuje się w wierszu paragrafu: „§ 2. 1. …”)"
)
ACT_USTEP_AFTER_POINTS = "ustęp „{ident}.” po punktach {unit}, który nie dzieli się na ustępy"
ACT_LETTER_WITHOUT_POINT = (
    "litera „{ident})” poza punktem (w {unit} nie ma punktu, do którego by należała)"
)
ACT_TIRET_WITHOUT_POINT = (
    "tiret poza punktem i literą (w {unit}) — takiego tiret nie da się wskazać adresem jednostki"
)
ACT_LOOSE_TEXT = (
    "akapit bez oznaczenia po {unit} — nie wiadomo, czy to dalszy tekst {unit}, czy część "
    "wspólna wyliczenia; w Wordzie połącz go z właściwym akapitem (Shift+Enter zamiast Enter)"
)
ACT_NUMBER_GAP = "akapit {number}: po {previous} następuje {unit} — luka w numeracji"
ACT_NUMBER_START = "akapit {number}: wyliczenie zaczyna się od {unit}, a nie od pierwszej jednostki"
ACT_NUMBER_REPEAT = "akapit {number}: {unit} występuje drugi raz (poprzednio w akapicie {first})"
ACT_NUMBER_BACKWARDS = "akapit {number}: {unit} po {previous} — numeracja się cofa"
ACT_CHAPTER_NO_TITLE = "akapit {number}: rozdział {chapter} nie ma tytułu"

# --- the act as input: wording checked against it, its consolidated text (issue 15) -------

ACT_FILE_NOT_DOCX = (
    "plik aktu „{path}” nie jest dokumentem .docx; podaj tekst aktu zapisany w Wordzie jako .docx"
)
ACT_FILE_NOT_FOUND = "nie ma pliku aktu „{path}” (ścieżka względem folderu skoroszytu: {folder})"
ACT_UNIT_MISSING = "w {act} nie ma {unit}"
ACT_WORDING_DIFFERS = (
    "brzmienie obecne {unit} różni się od tekstu aktu:\n  w skoroszycie: „{typed}”\n"
    "  w akcie: „{act_text}”"
)
ACT_WORDS_MISSING = "w {unit} nie ma wyrazów „{words}”"
ACT_CHANGE_NOT_IN_TEXT = (
    "tej zmiany (zdanie, cały rozdział, załącznik) tekst ujednolicony jeszcze nie obejmuje; "
    "nanieś ją w nim ręcznie"
)
ACT_IN_REGULAMIN = "regulaminie"
ACT_IN_STATUTE = "statucie"

# --- draft amending acts: the forms of the Zasady techniki prawodawczej (issue 14) --------

CHANGE_SAME_UNIT = (
    "wiersz {other} zmienia już {unit}; dwie zmiany tej samej jednostki dają sprzeczny akt — "
    "wpisz jedno brzmienie w jednym wierszu"
)
CHANGE_ADDED_TWICE = (
    "wiersz {other} dodaje już {unit}; jednostkę dodaje się raz — połącz oba wiersze"
)
CHANGE_INSIDE = (
    "{unit} należy do jednostki {outer}, której całe nowe brzmienie podaje wiersz {other}; "
    "wpisz tę zmianę w nowym brzmieniu {outer} albo usuń jeden z wierszy"
)
CHANGE_INSIDE_REPEALED = (
    "{unit} należy do jednostki {outer}, którą uchyla wiersz {other}; uchylonej jednostki "
    "nie zmienia się — usuń jeden z wierszy"
)
DOCUMENT_NOT_RECOGNISED = (
    "„{value}” przypomina nazwę regulaminu organizacyjnego albo statutu, ale nie jest żadną "
    "z nich, więc dla tej zmiany nie powstanie projekt zarządzenia ani uchwały; wpisz "
    "„Regulamin organizacyjny” albo „Statut” (może być z nazwą urzędu lub gminy), a jeśli "
    "to inny dokument — zostaw nazwę"
)
WORDING_ASCII_QUOTES = (
    "brzmienie zawiera cudzysłowy \"…\"; w projekcie aktu będą zapisane jako „…”"
)
WORDING_AMPERSAND = (
    "brzmienie zawiera znak „&”; w aktach prawnych pisze się „i” — popraw, jeśli to nie "
    "część nazwy własnej"
)
WORDS_NEED_CURRENT = (
    "przy zmianie wyrazów wpisz w kolumnie „Brzmienie obecne” wyrazy dotychczasowe; "
    "dodanie wyrazów zapisz jako nowe brzmienie całej jednostki"
)
TITLE_ONLY_REPLACED = (
    "tytuł rozdziału może tylko otrzymać nowe brzmienie; wpisz oba brzmienia albo zmień "
    "cały rozdział (Rozdział {chapter})"
)
ENTRY_INTO_FORCE_INVALID = (
    "„{value}” nie określa wejścia w życie zarządzenia; wpisz „z dniem podpisania”, datę "
    "(np. 1.01.2027) albo „z dniem ogłoszenia”"
)
TOO_MANY_CHANGES = (
    "zmian w dokumencie „{document}” jest {count}; według § 84 Zasad techniki "
    "prawodawczej przy tak licznych zmianach zamiast nowelizacji wydaje się nowy akt — "
    "rozważ nadanie nowego brzmienia całego dokumentu"
)

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

# --- command line -------------------------------------------------------------------------
# Option help of `szj --help` (the commands' own help is their docstring in cli.py).
HELP_DAY = "Data, według której ocenia się terminy: 23.11.2026 albo 2026-11-23 (domyślnie dzisiaj)."
HELP_FORCE_INIT = "Nadpisz istniejący plik."
HELP_OUTPUT = "Katalog na dokumenty (domyślnie: {default})."
HELP_FORCE_GENERATE = "Nadpisz dokumenty, które by się zmieniły."
HELP_PDF = "Zapisz także wersje PDF/A (wymaga LibreOffice)."
HELP_TEMPLATES = "Katalog z szablonami urzędu (brakujące brane są z domyślnych)."
HELP_FORMS = "Utwórz także dokumenty kroków, które jeszcze nie nastąpiły — jako wzory (WZÓR)."
HELP_ONLY = "Zapisz tylko dokument o tym kodzie (np. 08); można podać kilka razy."
HELP_REGISTER_OUTPUT = "Plik rejestru do zapisania (domyślnie: rejestr.xlsx)."
HELP_FORCE_REGISTER = "Zastąp istniejący rejestr, który by się zmienił."
HELP_HOST = (
    "Adres, na którym strona nasłuchuje (domyślnie: 127.0.0.1; inny adres udostępnia "
    "ją w sieci)."
)
HELP_PORT = "Port strony (domyślnie: 8080)."
HELP_NO_BROWSER = "Nie otwieraj przeglądarki po uruchomieniu."
HELP_PROJECTS = "Katalog skoroszytów projektów, pokazywany jako rejestr (/rejestr)."
HELP_FORCE_EXPORT = "Nadpisz pliki, które by się zmieniły."
NOT_GENERATED = "{summary} — nie wygenerowano dokumentów"

WORKER_FAILED = "{file}: nie udało się przetworzyć skoroszytu (błąd programu: {detail})"
NOTHING_WRITTEN = "nie wygenerowano dokumentów"
NOT_ALL_WRITTEN = (
    "zapisano tylko część dokumentów (każdy plik jest kompletny: stary albo nowy) — "
    "usuń przyczynę i uruchom polecenie ponownie"
)
SUMMARY_VALID = "{file}: poprawny ({warnings})"
SUMMARY_INVALID = "{file}: {errors}, {warnings}"
REGISTER_WRITTEN = "{target}: rejestr — {projects} (z błędami: {invalid})"
STATUS_CREATED = "utworzono"
STATUS_IDENTICAL = "bez zmian"
STATUS_OVERWRITTEN = "nadpisano"
STATUS_SKIPPED = "pominięto (istnieje, użyj --force)"
STATUS_REMOVED = "usunięto (nieaktualny)"
NEXT_STEP = "Następny krok: {step} — {name} — {person}"
STATUS_PARTIAL = (
    "STAN NIEPEŁNY — skoroszyt zawiera błędy ({errors}); pokazano to, co dało się odczytać, "
    "bez wierszy z błędami. Popraw błędy (szj validate), zanim ktoś oprze się na tym stanie."
)
STATUS_PARTIAL_NO_STEPS = (
    "STAN NIEZNANY — arkusz Przebieg zawiera błędy, więc nie da się ustalić etapu procedury"
)
ALL_STEPS_DONE = "Wszystkie kroki procedury zakończone."
NO_PERSON = "(brak osoby w roli „{role}”)"
SOFFICE_MISSING = (
    "nie znaleziono LibreOffice (polecenie soffice), potrzebnego do tworzenia PDF — "
    "zainstaluj LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
)
# --- PDF/A copies (LibreOffice) ---
PDF_TIMEOUT = (
    "LibreOffice nie utworzył PDF w ciągu {minutes} min i został zatrzymany — "
    "nie zapisano żadnego PDF; uruchom polecenie ponownie (np. dla mniejszej liczby skoroszytów)"
)
PDF_NOT_CREATED = "LibreOffice nie utworzył: {missing} (kod {code}) {detail}"
PDF_FAILED = "PDF: {detail}"
PDF_SOURCE_CHANGED = (
    "{path}: dokument zmienił się w trakcie tworzenia PDF (czy działa drugie uruchomienie?) — "
    "uruchom polecenie ponownie"
)
BAD_DATE_OPTION = (
    "„{value}” nie jest datą — wpisz ją jako DD.MM.RRRR (np. 23.11.2026) albo RRRR-MM-DD"
)
OUTPUT_CANNOT_WRITE = "{path}: nie można zapisać — {reason}"
OUTPUT_NO_SPACE = "brak miejsca na dysku"
OUTPUT_NO_PERMISSION = (
    "brak uprawnień do zapisu lub plik jest otwarty w innym programie (np. w Wordzie)"
)
OUTPUT_READ_ONLY = "katalog jest tylko do odczytu"
OUTPUT_FILE_IN_THE_WAY = "w miejscu katalogu jest plik o tej nazwie"
OUTPUT_FOLDER_IN_THE_WAY = "w miejscu pliku jest katalog o tej nazwie"
OUTPUT_SYSTEM_ERROR = "błąd systemu plików ({detail})"

# --- records dated by their step (issue 12) ----------------------------------------------

RECORD_OUTDATED = (
    "{file}: nieaktualny — zmieniło się: {fields} (dokument pozostawiono bez zmian; "
    "sprawdź zmianę i użyj --force, aby go zastąpić, albo przywróć dane w skoroszycie)"
)
RECORD_CHANGED_OTHERWISE = "treść dokumentu (inny szablon albo wersja programu)"
# `--dokument` naming a document this run does not make: said, and nothing written.
DOCUMENT_NOT_FOR_PROJECT = (
    "{file}: dokument {code} ({legend}) nie dotyczy tego projektu — nie zapisano niczego"
)
DOCUMENT_STEP_AHEAD = (
    "{file}: dokument {code} ({legend}) dokumentuje krok {step}, który jeszcze nie nastąpił — "
    "szj generate --wszystkie utworzy go jako wzór; nie zapisano niczego"
)
ACT_TEXT_STEP_AHEAD = (
    "{file}: dokument {code} ({legend}) powstaje, gdy krok {step} (propozycje zmian) jest "
    "wykonany albo jest następny — nie zapisano niczego"
)
UNKNOWN_DOCUMENT_CODE = (
    "„{value}” nie jest kodem dokumentu — podaj jeden z kodów: {codes} (np. --dokument 08)"
)
DEADLINE_BEFORE_ITS_STEP = (
    "termin {due} jest wcześniejszy niż data kroku {step} ({date}), w którym go wyznaczono"
)
DEADLINE_STEP_OVERDUE = "termin kroku {step} ({name}) minął {due}, a krok nie jest wykonany"
DEADLINE_RESOURCE_OVERDUE = "termin zapewnienia zasobu minął {due}, a zasób nie jest zapewniony"
DEADLINE_IMPLEMENTATION_PASSED = (
    "planowany termin wdrożenia minął {due}, a działalności nie rozpoczęto (krok 9)"
)

# --- output folder as a record store ------------------------------------------------------

OUTPUT_BUSY = (
    "w tym katalogu projektu zapisuje właśnie inne uruchomienie programu (czekano {seconds} s) "
    "— poczekaj, aż się zakończy, i uruchom polecenie ponownie"
)
OUTPUT_FOLDER_CHANGED = (
    "katalog został przeniesiony albo podmieniony (np. na dowiązanie) w trakcie zapisu — "
    "nic w nim nie zmieniono; sprawdź, kto zmienia ten katalog, i uruchom polecenie ponownie"
)
OUTPUT_LINK_IN_THE_WAY = (
    "w tym miejscu jest dowiązanie symboliczne — program nie czyta i nie zapisuje przez "
    "dowiązania; usuń je"
)
OUTPUT_SPECIAL_FILE_IN_THE_WAY = (
    "w tym miejscu jest plik specjalny (potok, gniazdo lub urządzenie), a nie zwykły plik — "
    "usuń go"
)
OUTPUT_TOO_LARGE = "plik w tym miejscu jest zbyt duży, by był dokumentem programu — usuń go"
OUTPUT_FILE_LOCKED = (
    "plik jest tylko do odczytu — program nie nadpisuje go także z --force; jeśli ma zostać "
    "zastąpiony, zdejmij atrybut „tylko do odczytu”"
)
STATUS_STALE = (
    "nieaktualny — skoroszyt już go nie tworzy (użyj --force, aby przenieść go do "
    "podkatalogu archiwum)"
)
STATUS_HELD_BACK = "nie zapisano (opisywałby pominięte dokumenty; użyj --force)"
STATUS_ARCHIVED = "nieaktualny — przeniesiono do podkatalogu archiwum"
STALE_LEFT = (
    "{file}: w katalogu {folder} są dokumenty, których skoroszyt już nie tworzy "
    "(nieaktualne: {count}) — użyj --force, aby przenieść je do podkatalogu archiwum"
)
DUPLICATE_CASE_SIGN = (
    "{file}: ten sam znak sprawy {sign} ma także {others} — dokumenty trafiłyby do jednego "
    "katalogu i pomieszały się; nadaj każdemu projektowi własny znak sprawy "
    "(nie wygenerowano dokumentów żadnego z tych skoroszytów)"
)


def count(n: int, one: str, few: str, many: str) -> str:
    """A number with the Polish plural form: 1 błąd, 2 błędy, 5 błędów, 22 błędy."""
    return f"{n} {plural(n, one, few, many)}"


def errors(n: int) -> str:
    return count(n, "błąd", "błędy", "błędów")


def warnings(n: int) -> str:
    return count(n, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")


def projects(n: int) -> str:
    return count(n, "projekt", "projekty", "projektów")


def join_quoted(values: Iterable[str]) -> str:
    """`„a”, „b”, „c”` — how closed lists are shown in messages."""
    return ", ".join(f"„{v}”" for v in values)


# --- Click's own words, in Polish (generator/cli_polish.py) -----------------------------

CLICK_USAGE = "Użycie:"
CLICK_OPTIONS_METAVAR = "[OPCJE]"
CLICK_SUBCOMMAND_METAVAR = "POLECENIE [ARGUMENTY]…"
CLICK_SECTIONS: dict[str, str] = {
    "Options": "Opcje",
    "Commands": "Polecenia",
    "Positional arguments": "Argumenty",
}
CLICK_HELP_OPTION = "Pokaż tę pomoc i zakończ."
CLICK_VERSION_OPTION = "Pokaż wersję programu i zakończ."
CLICK_HELP_HINT = "Pomoc: {command} {option}"
CLICK_MISSING_ARGUMENT = "brak argumentu {name}"
CLICK_MISSING_OPTION = "brak opcji {name}"
CLICK_MISSING_COMMAND = "brak polecenia — wybierz jedno z: {choices}"
CLICK_NO_SUCH_OPTION = "nie ma opcji {name}"
CLICK_NO_SUCH_COMMAND = "nie ma polecenia „{name}”"
CLICK_DID_YOU_MEAN = "{message} (czy chodziło o {choices}?)"
CLICK_OPTION_NEEDS_VALUE = "opcja {name} wymaga wartości"
CLICK_OPTION_TAKES_NO_VALUE = "opcja {name} nie przyjmuje wartości"
CLICK_EXTRA_ARGUMENTS = "nadmiarowe argumenty: {arguments}"
CLICK_BAD_VALUE = "nieprawidłowa wartość {name}: {message}"
CLICK_BAD_USAGE = "nieprawidłowe wywołanie polecenia ({detail})"
CLICK_ABORTED = "Przerwano."
PATH_FOLDER_MISSING = "nie ma katalogu „{path}”"
PATH_FOLDER_IS_FILE = "„{path}” to plik, a potrzebny katalog"
PATH_FILE_IS_FOLDER = "„{path}” to katalog, a potrzebny plik"
METAVAR_FOLDER = "KATALOG"
METAVAR_FILE = "PLIK"
METAVAR_DAY = "DD.MM.RRRR"
METAVAR_PORT = "PORT"
BAD_PORT = "„{value}” nie jest numerem portu (liczba od 1 do 65535)"


# --- the page for clerks: `szj serve` --------------------------------------------------------

SERVE_LISTENING = "Strona działa pod adresem {url} — zatrzymanie: Ctrl+C"
SERVE_PUBLIC_WARNING = (
    "uwaga: strona nasłuchuje na adresie {host}, więc każdy w sieci, kto zna adres, może z niej "
    "korzystać (wysyłać skoroszyty, pobierać dokumenty i oglądać rejestr projektów)"
)
SERVE_NO_FOLDER = "{folder}: katalog projektów nie istnieje"
SERVE_PORT_BUSY = "nie można uruchomić strony na {host}:{port}: {detail}"
WEB_UPLOAD_MISSING = "nie wybrano pliku — wybierz skoroszyt Excel (.xlsx) i wyślij go ponownie"
WEB_UPLOAD_NOT_XLSX = (
    "{file}: to nie jest skoroszyt Excel (.xlsx) — wybierz plik z rozszerzeniem .xlsx"
)
WEB_UPLOAD_EMPTY = "{file}: plik jest pusty — wybierz zapisany skoroszyt"
WEB_UPLOAD_TOO_LARGE = (
    "plik jest za duży: największy dopuszczalny rozmiar to {limit} MB (skoroszyt projektu "
    "ma zwykle kilkaset kB)"
)
WEB_UPLOAD_BROKEN = "nie udało się odebrać przesłanego pliku; wyślij go ponownie"
WEB_TOO_SLOW = (
    "przetwarzanie skoroszytu trwało dłużej niż {seconds} s i zostało przerwane; "
    "spróbuj ponownie albo zgłoś to informatykowi urzędu"
)
WEB_INTERNAL_ERROR = (
    "wystąpił nieoczekiwany błąd programu; nic nie zostało zapisane. "
    "Zgłoś go informatykowi urzędu."
)
WEB_NOT_GENERATED = "{file}: skoroszyt zawiera błędy — nie wygenerowano dokumentów"
WEB_GENERATE_FAILED = "nie udało się przygotować dokumentów: {detail}"
WEB_NO_REGISTER = (
    "rejestr projektów nie jest włączony — informatyk może go włączyć, uruchamiając "
    "„szj serve --projekty KATALOG”"
)
WEB_NOT_FOUND = "nie ma takiej strony"
WEB_METHOD_NOT_ALLOWED = "ta strona nie przyjmuje takiego żądania — wróć na stronę główną"
WEB_STEP_DONE = "wykonano"
WEB_STEP_NEXT = "teraz"
WEB_STEP_LATER = "później"
WEB_STEP_NOT_APPLICABLE = "nie dotyczy"
WEB_STEP_OVERDUE = "po terminie ({date})"
WEB_IMPLEMENTATION_OVERDUE = "minął planowany termin wdrożenia ({date})"
WEB_AUDIT_OVERDUE = "minął planowany termin pierwszego auditu ({date})"
WEB_WHOLE_FILE = "cały plik"
WEB_REGISTER_INVALID = (
    "skoroszyt zawiera {errors} — prześlij go na stronie „Sprawdź skoroszyt”, "
    "aby zobaczyć, które komórki poprawić"
)
WEB_CHECKING = "Sprawdzanie skoroszytu…"
WEB_OFFLINE = "nie udało się połączyć z serwerem — spróbuj ponownie"

# --- office templates: `szj templates export` / `szj templates check` ----------------------
# Literal braces of Word tags are doubled (`{{`, `%}}`) because these are `str.format` templates.

TEMPLATES_EXPORTED = "{folder}: {parts}"
TEMPLATES_EXPORT_NEXT = (
    "Zmień szablony w Wordzie (opis pól: {readme}), sprawdź je poleceniem "
    "„szj templates check {folder}”, a potem twórz dokumenty poleceniem "
    "„szj generate --templates {folder}”."
)
TEMPLATE_CHECKED_OK = "{name}: poprawny"
TEMPLATE_NOT_IN_FOLDER = "{name}: brak w katalogu — program użyje szablonu domyślnego"
TEMPLATES_ALL_OK = "szablony poprawne"
TEMPLATES_HAVE_PROBLEMS = "szablony z błędami: {files} ({problems})"
TEMPLATES_NONE_IN_FOLDER = (
    "w katalogu {folder} nie ma żadnego szablonu programu; szablony muszą mieć nazwy: {names}"
)
TEMPLATE_NOT_USED = "plik nie jest szablonem programu i nie będzie używany{hint}"
TEMPLATE_NOT_DOCX = (
    "program czyta tylko pliki .docx — zapisz plik w Wordzie jako "
    "„Dokument programu Word (*.docx)”{hint}"
)
TEMPLATE_WORD_LOCK = (
    "pominięto plik blokady Worda (szablon jest otwarty w Wordzie — zapisz zmiany "
    "przed sprawdzeniem)"
)
DID_YOU_MEAN = " — czy chodziło o „{name}”?"
TEMPLATE_TOO_LARGE = "plik jest podejrzanie duży po rozpakowaniu"
TEMPLATE_DAMAGED = "to nie jest plik .docx albo plik jest uszkodzony lub niekompletny"
TEMPLATE_DTD = (
    "plik zawiera deklaracje DTD lub encji XML, których Word nigdy nie zapisuje "
    "(możliwa próba ataku)"
)
TEMPLATE_UNSAFE = (
    "szablon próbuje sięgnąć do wewnętrznych danych programu, czego nie wolno ({detail}); "
    "usuń ten znacznik"
)

# --- office templates: fail closed (active content, work limits, printable values) --------
TEMPLATE_TOO_MUCH = (
    "szablon wytworzyłby zbyt dużo ({what}) — dokument urzędu tego nie potrzebuje; usuń "
    "albo popraw ten znacznik"
)
LIMIT_REPEAT = "powielenie tekstu lub listy"
LIMIT_POWER = "potęga o ogromnym wyniku"
LIMIT_WIDTH = "szerokość wyrównania, wcięcia lub zawijania"
LIMIT_TEXT = "zbyt długi tekst"
LIMIT_LOOPS = "zbyt wiele powtórzeń pętli range"
TEMPLATE_NOT_PRINTABLE = (
    "szablon próbuje wypisać {kind}, a nie tekst, liczbę ani datę — wypisywać można tylko "
    "pola, np. {{{{ urzad }}}}, albo ich części"
)
KIND_FUNCTION = "funkcję programu"
KIND_LIST = "całą listę"
KIND_RECORD = "surowy zestaw danych"
KIND_OTHER = "wewnętrzny obiekt programu"
TEMPLATE_LIMIT_TIME = (
    "wypełnianie szablonu trwało dłużej niż {seconds} s i zostało przerwane — szablon "
    "zawiera zbyt wiele pętli lub zbyt kosztowne wyrażenia"
)
TEMPLATE_LIMIT_MEMORY = (
    "wypełnianie szablonu zajęło więcej niż {megabytes} MB pamięci i zostało przerwane — "
    "szablon wytwarza zbyt dużo treści"
)
TEMPLATE_LIMIT_DIED = "wypełnianie szablonu zostało przerwane ({detail})"
TEMPLATE_RENDER_LIMITED = "{name}: nie udało się wypełnić szablonu: {detail}"
TEMPLATE_PART_NOT_XML = "część {part} nie jest poprawnym dokumentem XML"
WHERE_PARAGRAPH = "w akapicie: „{paragraph}”"
WHERE_PART = "w części {part} pliku"
ACTIVE_EXTERNAL = (
    "odwołanie do zewnętrznego zasobu „{target}” {where} — Word lub LibreOffice sięgnąłby "
    "po nie przy otwieraniu lub zamianie na PDF; usuń je (obraz wstaw jako osadzony, bez "
    "„Połącz z plikiem”, a hiperłącze zastąp zwykłym tekstem adresu)"
)
ACTIVE_LINKED_IMAGE = (
    "obraz połączony z plikiem lub adresem zamiast osadzonego {where} — usuń go i wstaw "
    "ponownie: Wstaw → Obrazy → To urządzenie → Wstaw (nie „Połącz z plikiem”)"
)
ACTIVE_FIELD = (
    "pole {field} {where} pobiera plik lub uruchamia inny program — usuń to pole "
    "(Alt+F9 pokazuje kody pól)"
)
ACTIVE_ATTACHED_TEMPLATE = (
    "szablon ma dołączony szablon Worda {where} — odłącz go (Deweloper → Szablon dokumentu, "
    "usuń nazwę) i zapisz plik jako „Dokument programu Word (*.docx)”"
)
ACTIVE_MAIL_MERGE = (
    "szablon jest dokumentem korespondencji seryjnej ze źródłem danych {where} — przywróć "
    "zwykły dokument (Korespondencja → Rozpocznij korespondencję seryjną → Normalny dokument)"
)
ACTIVE_OLE = (
    "obiekt OLE lub formant ActiveX {where} — usuń go; w szablonie wolno mieć tekst, tabele "
    "i obrazy"
)
ACTIVE_MACRO = (
    "szablon zawiera makra {where} — zapisz go jako „Dokument programu Word (*.docx)”, "
    "nie „z obsługą makr”"
)
ACTIVE_XINCLUDE = (
    "dołączanie innych plików XML (XInclude) {where} — Word tego nigdy nie zapisuje "
    "(możliwa próba ataku)"
)
ACTIVE_INCLUDED = (
    "treść dołączana z innego pliku (dokument podrzędny lub wstawiony fragment) {where} — "
    "wklej tę treść bezpośrednio do szablonu"
)

# fields and their parts
CHECK_UNKNOWN_FIELD = "nieznane pole „{field}” w akapicie: „{paragraph}”"
CHECK_FIELDS_IN_README = " — pola tego szablonu wymienia plik CZYTAJ.txt (szj templates export)"
CHECK_UNKNOWN_PART = "nieznana część „{written}” w akapicie: „{paragraph}”"
CHECK_PARTS = " („{owner}” ma części: {parts})"
CHECK_PART_OF_LIST = (
    "„{written}” w akapicie: „{paragraph}” — „{owner}” to lista; jej elementy wypisuje się "
    "w pętli, np. {{%p for w in {owner} %}} … {{{{ w.{part} }}}} … {{%p endfor %}}"
)
CHECK_PART_OF_TEXT = "„{written}” w akapicie: „{paragraph}” — „{owner}” to tekst bez części"
CHECK_INTERNALS = (
    "„{written}” w akapicie: „{paragraph}” — szablon nie może sięgać do wewnętrznych danych "
    "programu (nazwy zaczynające się od „_”)"
)
CHECK_PRINTED_RECORD = (
    "{{{{ {written} }}}} w akapicie: „{paragraph}” wypisałoby surowe dane — wybierz "
    "jedną część, np. {{{{ {written}.{part} }}}} (części: {parts})"
)
CHECK_PRINTED_LIST = (
    "{{{{ {written} }}}} w akapicie: „{paragraph}” wypisałoby surowe dane — to lista; "
    "wypisz jej elementy w pętli: {{%p for w in {written} %}} … {{%p endfor %}}"
)

# tags as Word stores them
TAG_SMART_QUOTES = (
    "cudzysłów drukarski ({quotes}) w znaczniku „{tag}” w akapicie: „{paragraph}” — Word "
    "zamienił cudzysłów prosty; wpisz znacznik jeszcze raz z cudzysłowami prostymi (\" lub ')"
)
TAG_SPLIT_FORMATTING = (
    "znacznik „{tag}” ma w środku zmianę formatowania (np. część pogrubiona) w akapicie: "
    "„{paragraph}” — wstawiony tekst dostanie formatowanie początku znacznika; usuń znacznik, "
    "wpisz go jeszcze raz w całości i sformatuj cały naraz"
)
TAG_SPLIT_CONTAINER = (
    "znacznik „{tag}” jest przedzielony hiperłączem, zmianą śledzoną, polem albo formantem "
    "zawartości w akapicie: „{paragraph}” — dokument wyszedłby uszkodzony; usuń znacznik "
    "i wpisz go jeszcze raz w całości"
)
TAG_UNCLOSED = (
    "niezamknięty znacznik „{tag}” w akapicie: „{paragraph}” — brakuje „{closing}”; znacznik "
    "musi się zaczynać i kończyć w tym samym akapicie"
)
TAG_UNOPENED = "„{tag}” bez początku znacznika w akapicie: „{paragraph}” — brakuje „{opening}”"
TAG_SPACED_DELIMITER = (
    "„{tag}” w akapicie: „{paragraph}” — między nawiasami znacznika nie może być spacji; "
    "wpisz „{fixed}”, inaczej program wydrukuje to, co stoi w nawiasach"
)
TEMPLATE_CANNOT_READ = (
    "nie można odczytać pliku (brak uprawnień albo plik jest otwarty w innym programie): {detail}"
)
TAG_TRACKED_CHANGES = (
    "szablon zawiera nieprzyjęte zmiany śledzone (np. w akapicie: „{paragraph}”) — przyjmij "
    "wszystkie zmiany (Recenzja → Zaakceptuj → Zaakceptuj wszystkie zmiany) i wyłącz śledzenie"
)
TAG_TEXT_BESIDE_P = (
    "akapit ze znacznikiem „{tag}” zawiera też inny tekst: „{paragraph}” — program usuwa cały "
    "akapit z takim znacznikiem; przenieś ten tekst do osobnego akapitu"
)
TAG_TEXT_BESIDE_TR = (
    "wiersz tabeli ze znacznikiem „{tag}” zawiera też inny tekst: „{paragraph}” — program "
    "usuwa cały taki wiersz; zostaw w nim tylko znacznik"
)
TAG_TR_OUTSIDE_TABLE = (
    "znacznik „{tag}” poza tabelą w akapicie: „{paragraph}” — {{%tr … %}} może stać tylko "
    "w wierszu tabeli; w zwykłym tekście użyj {{%p … %}}"
)
HINT_AUTOCORRECT = (
    "Wskazówka: Word sam zamienia cudzysłowy proste na drukarskie. Przed poprawieniem "
    "znaczników wyłącz to: Plik → Opcje → Sprawdzanie → Opcje Autokorekty → "
    "Autoformatowanie podczas pisania → odznacz zamianę cudzysłowów prostych na drukarskie."
)
HINT_RETYPE = (
    "Wskazówka: zepsuty znacznik usuń w całości i wpisz jeszcze raz jednym ciągiem; "
    "formatowanie (pogrubienie, czcionkę) nadaj całemu znacznikowi naraz."
)

# Jinja syntax errors, explained
SYNTAX_IN_PARAGRAPH = "w akapicie: „{paragraph}” — {detail}"
SYNTAX_UNCLOSED_BLOCK = (
    "blok „{block}” nie jest zamknięty — brakuje znacznika {{% end{block} %}} "
    "(lub {{%p end{block} %}})"
)
SYNTAX_WRONG_END = (
    "znacznik {{% {tag} %}} w złym miejscu — najpierw trzeba zamknąć blok „{block}” "
    "znacznikiem {{% end{block} %}}"
)
SYNTAX_END_WITHOUT_START = "znacznik {{% {tag} %}} nie ma pasującego znacznika otwierającego"
SYNTAX_DOCX_TAG = (
    "znacznik „{tag}” w złym miejscu: {{%p … %}} musi stać sam w akapicie, {{%tr … %}} — "
    "w wierszu tabeli (bez spacji między „{{%” a „p” lub „tr”)"
)
SYNTAX_UNKNOWN_TAG = (
    "nieznane polecenie „{tag}” — w znacznikach {{% … %}} dozwolone są m.in. if, elif, else, "
    "endif, for, endfor, set"
)
SYNTAX_BAD_CHARACTER = "niedozwolony znak „{char}” w znaczniku"
SYNTAX_SMART_QUOTE = (
    "cudzysłów drukarski „{char}” w znaczniku — w znacznikach wolno używać tylko "
    "cudzysłowów prostych (\" lub ')"
)
SYNTAX_EMPTY_TAG = "pusty lub niedokończony znacznik — w środku musi stać pole albo polecenie"
SYNTAX_EXTRA_WORD = (
    "nieoczekiwane słowo „{word}” w znaczniku — w {{{{ … }}}} stoi jedno pole, np. "
    "{{{{ urzad }}}}; w nazwach pól zamiast spacji jest podkreślenie (imie_nazwisko)"
)
SYNTAX_UNCLOSED_TAG = "znacznik nie jest zamknięty — brakuje „}}}}” albo „%}}”"
SYNTAX_EXPECTED = "w znaczniku powinno stać „{expected}”, a stoi „{got}”"
SYNTAX_UNEXPECTED = "w znaczniku stoi „{token}”, którego tu być nie może — sprawdź nawiasy"
SYNTAX_NAME_EXPECTED = "po kropce albo w nawiasach brakuje nazwy pola lub liczby"
SYNTAX_UNKNOWN_FILTER = "nieznany filtr „{filter}”{hint}"
SYNTAX_OTHER = (
    "niepoprawna treść znacznika — sprawdź nawiasy {{{{ }}}} i {{% %}}, cudzysłowy i nazwy pól"
)


def problems(n: int) -> str:
    return count(n, "problem", "problemy", "problemów")


def files(n: int) -> str:
    return count(n, "plik", "pliki", "plików")


# --- CZYTAJ.txt, written by `szj templates export` -----------------------------------------

CHECK_FIELD_ELSEWHERE = " — to pole jest dostępne tylko w: {names}"
README_NAME = "CZYTAJ.txt"

README_INTRO = """\
SZABLONY DOKUMENTÓW SZJ — INSTRUKCJA DLA URZĘDU
===============================================

W tym katalogu są szablony dokumentów Word, z których program szj tworzy dokumenty
procedury zmian w systemie zarządzania jakością. Możesz je otworzyć w Wordzie i dostosować
do urzędu: dodać papier firmowy (herb, adres i dane kontaktowe w nagłówku), zmienić
czcionki, marginesy i stałe sformułowania.

- Nie zmieniaj nazw plików — program rozpoznaje szablony po nazwach.
- Szablony, których nie zmieniasz, możesz z katalogu usunąć: program weźmie wtedy szablon
  domyślny.
- Zapisuj w formacie .docx („Dokument programu Word”).


1. POLA: {{ pole }}

W miejsce pola program wpisuje wartość ze skoroszytu projektu, np. w miejsce {{ urzad }}
nazwę urzędu. Pole to nazwa w podwójnych nawiasach klamrowych, ze spacją po obu stronach.
Nazwy pól pisze się małymi literami, bez polskich znaków — dokładnie tak, jak w spisie
na końcu tego pliku. Niektóre pola mają części, zapisywane po kropce:
{{ sekretarz.imie_nazwisko }}.

Wstawiony tekst ma formatowanie znacznika: żeby nazwa urzędu była pogrubiona, pogrub cały
znacznik {{ urzad }}.


2. AKAPITY WARUNKOWE: {%p if … %}

Akapity między znacznikami {%p if pole %} i {%p endif %} trafią do dokumentu tylko wtedy,
gdy pole ma wartość (nie jest puste):

    {%p if podstawa_prawna %}
    Podstawa prawna: {{ podstawa_prawna }}
    {%p endif %}

Każdy znacznik {%p … %} stoi sam w osobnym akapicie — program usuwa te akapity z
dokumentu razem z całym ich tekstem. Przed {%p endif %} można dodać akapit {%p else %}, a
po nim tekst na wypadek, gdy pole jest puste. W obrębie jednego akapitu używa się
znaczników bez „p”: {% if komorka_wiodaca %}{{ komorka_wiodaca }}{% else %}—{% endif %}.


3. LISTY: {%p for … %} I WIERSZE TABEL: {%tr for … %}

Pola, które w spisie są opisane jako lista, wypisuje się w pętli. Akapit powtórzony dla
każdej osoby z zespołu:

    {%p for o in zespol %}
    {{ o.imie_nazwisko }}, {{ o.stanowisko }}
    {%p endfor %}

Wiersz tabeli powtórzony dla każdego zasobu: pod wierszem nagłówka tabeli jest wiersz
z samym znacznikiem {%tr for w in zasoby %} (w pierwszej komórce, pozostałe puste), potem
wiersz z polami ({{ w.lp }}, {{ w.opis }}, {{ w.wartosc }} …) i wiersz z samym znacznikiem
{%tr endfor %}. Wiersze ze znacznikami {%tr … %} program usuwa.

Nazwa po „for” (tu: o, w) jest dowolna — tą nazwą, z kropką, sięga się do części
elementu listy. {{ loop.index }} to numer kolejny w pętli (1, 2, 3 …).


4. JAK WPISYWAĆ ZNACZNIKI W WORDZIE

- Wpisuj znacznik jednym ciągiem. Gdy go poprawiasz, usuń go w całości i wpisz jeszcze raz.
- Formatowanie (pogrubienie, czcionkę) nadawaj całemu znacznikowi, nie jego części.
- Word zamienia cudzysłowy proste (") na drukarskie („ ”), a w znacznikach muszą być
  proste. Wyłącz tę zamianę: Plik → Opcje → Sprawdzanie → Opcje Autokorekty →
  Autoformatowanie podczas pisania.
- Czerwone podkreślenia sprawdzania pisowni pod nazwami pól nie przeszkadzają.
- Nie zostawiaj w szablonie nieprzyjętych zmian śledzonych (Recenzja → Zaakceptuj →
  Zaakceptuj wszystkie zmiany).


5. SPRAWDZENIE I UŻYCIE

Po zapisaniu szablonów sprawdź je (KATALOG to ten katalog):

    szj templates check KATALOG

Program wskaże każdy problem: plik, akapit i co poprawić. Gdy wypisze „szablony
poprawne”, twórz dokumenty z szablonami urzędu:

    szj generate --templates KATALOG

W pliku manifest.json obok dokumentów przy każdym szablonie jest zapisane, czy użyto
szablonu urzędu („office”), czy domyślnego („default”).

Każdy dokument jest zapisem jednego kroku procedury: pole {{ data }} to data tego kroku
z arkusza Przebieg (nie dzień uruchomienia programu), a „……… r.” do wpisania ręcznie, gdy
krok nie ma jeszcze daty. Dokumenty kroków, które jeszcze nie nastąpiły, program tworzy tylko
na żądanie (szj generate --wszystkie) jako wzory: pole {{ wzor }} ma wtedy wartość prawda,
a program sam dopisuje „WZÓR” w nagłówku. Stałe zdania szablonu mówiące, że coś już zrobiono
(„określono”, „przedłożono”), warto ująć w {% if wzor %}…{% else %}…{% endif %}.
Oznaczenie formularza z pola „Oznaczenie formularzy” program także dopisuje w nagłówku.


6. SPIS PÓL
"""
README_COMMON = "Pola wspólne — dostępne we wszystkich szablonach:"
README_COMMON_IN_TEMPLATE = "pola wspólne (opis wyżej): {fields}"
README_EXAMPLE = "przykład: {example}"
README_RECORD = "części:"
README_PERSON = (
    "Części osób — tak samo w polach sekretarz, burmistrz, projektant, wdrazajacy, "
    "kierownik_ro i w osobach z listy zespol:"
)
README_PERSON_PARTS = "części: {parts}"
README_LIST_OF_TEXT = "lista tekstów, w pętli: {usage}"
README_LIST_OF_RECORDS = "lista, w pętli: {usage}; części elementu:"
README_LIST_OF_PERSONS = "lista osób, w pętli: {usage}; części osoby: {parts}"
README_SAME_PARTS = "(lista; jej elementy mają te same części)"
README_YES_NO = "do użycia w {usage}"


# --- gender forms of the signature labels (filter `forma`, domain/people.py) ---------------

README_GENDER_FORM = (
    "Forma podpisu zgodna z płcią osoby: "
    '{{{{ kierownik_ro | {filter}("Sporządził", "Sporządziła") }}}} daje „Sporządził” albo '
    "„Sporządziła”, gdy płeć da się pewnie poznać po imieniu (pierwsze słowo „Imię i nazwisko” "
    "w arkuszu Osoby), a „Sporządził/a”, gdy nie (np. Kuba, Nikola, Noemi). Podaje się formę "
    "męską i żeńską całych słów: "
    '{{{{ wdrazajacy | {filter}("Opracował i przedłożył", "Opracowała i przedłożyła") }}}}.'
)
PERSON_GENDERS = {"male": "mężczyzna", "female": "kobieta"}  # the part `plec` of a person
TEMPLATE_FORM_NOT_PERSON = (
    "filtr {filter} stosuje się do osoby, np. {{{{ sekretarz | {filter}(\"Sporządził\", "
    "\"Sporządziła\") }}}}"
)
TEMPLATE_FORM_NOT_TEXT = (
    "filtr {filter} przyjmuje dwa teksty w cudzysłowach prostych: formę męską i żeńską"
)


# --- the documents' own wording (generator/documents/contexts) ------------------------

DOC_ROUND_DECISIONS = {
    s.RESULT_ACCEPTED: "akceptuję projekt",
    s.RESULT_RETURNED: "do poprawy – polecam wprowadzenie zmian",
}
DOC_PENDING_DECISION = "oczekuje na decyzję"
DOC_PROPOSALS_NAME = "Propozycje zmian w dokumentach Urzędu"
DOC_ORDINANCE_NAME = "Projekt zarządzenia {mayor} w sprawie zmiany {regulamin}"
DOC_RESOLUTION_NAME = "Projekt uchwały {council} w sprawie zmiany {statute}"
DOC_ROUNDS_PENDING = "Projekt oczekuje na decyzję Sekretarza."
DOC_ROUNDS_NONE = "Projekt nie został jeszcze przedłożony do analizy."
DOC_PERFORMED_BY = "wykonał/a: {name}"
DOC_NEXT_NOBODY = "nie wskazano osoby w roli „{role}”"
DOC_OUTPUT_DONE = "osiągnięto"
DOC_OUTPUT_NOT_REACHED = "nie osiągnięto"
DOC_SUPERVISION_NEXT = "Szczególny nadzór trwa do pierwszego auditu wewnętrznego."
# Who a step's role is, as documents name it (gender-neutral).
DOC_ROLE_LABELS = {
    s.ROLE_SECRETARY: "Sekretarz – Pełnomocnik ds. SZJ",
    s.ROLE_WOJT: "Wójt",
    s.ROLE_MAYOR: "Burmistrz",
    s.ROLE_PRESIDENT: "Prezydent Miasta",
    s.ROLE_HEAD_OF_ORG: "Kierownik Referatu Organizacyjnego",
    s.ROLE_DESIGNER: "Osoba odpowiedzialna za projektowanie",
    s.ROLE_IMPLEMENTER: "Osoba odpowiedzialna za wdrożenie",
    s.ROLE_TEAM_MEMBER: "Członek zespołu",
}
DOC_ACTION_FORMS = ("działanie", "działania", "działań")
DOC_NO_ACTIONS = "Nie określono działań korekcyjnych, korygujących ani zapobiegawczych."
# The sources of the need after „Potrzeba … wynika:” (closed list, genitive).
DOC_NEED_SOURCES = {
    s.NEED_LAW: "ze zmiany przepisów prawa",
    s.NEED_CUSTOMER: "z wymagań klientów",
    s.NEED_SOCIETY: "z rozwoju cywilizacyjnego społeczeństwa",
}
DOC_NEED_LEADS = {
    "nowe działanie": "Potrzeba podjęcia nowego działania wynika:",
    "zmiana istniejącego działania": "Potrzeba zmiany istniejącego działania wynika:",
}
DOC_SUPERVISION_NOT_STARTED = (
    "nadzór nie został jeszcze rozpoczęty – działalność nie została uruchomiona"
)
DOC_SUPERVISION_ONGOING = "trwa – do pierwszego auditu wewnętrznego, planowanego na {date}"
DOC_SUPERVISION_ONGOING_UNPLANNED = "trwa – nie wyznaczono terminu pierwszego auditu wewnętrznego"
DOC_SUPERVISION_DONE = "zakończono – pierwszy audit wewnętrzny przeprowadzono {date}"

DOC_QMS_SUBMITTED = {
    "opracowanie": "projekt nowego dokumentu",
    "zmiana": "projekt zmiany",
    "wycofanie": "wycofanie",
}
DOC_ROUNDS_ACCEPTED = "Projekt zaakceptowano w dniu {date}, {after}."
DOC_AFTER_ONE_ROUND = "po analizie"
DOC_AFTER_ROUNDS = "po ponownej analizie"
DOC_ROUNDS_RETURNED = "W dniu {date} polecono wprowadzenie zmian w projekcie."
DOC_INPUT_STATUS = "stwierdzono"
DOC_ROUND = "runda {number}"
DOC_RESULT = "Wynik: {result}."
DOC_WHEN_REQUIRED = " (gdy wymagane)"
DOC_NEXT_STEP = "Krok {number} – {name}. Wykonuje: {who}."
DOC_NEXT_PERSON = "{name} ({role})"
DOC_ORGAN_DECISION = "decyzja {organ} o zatwierdzeniu"
DOC_ACTIONS_SUMMARY = "Zaplanowano {total}; otwarte: {open}"
DOC_ACTIONS_OVERDUE = "; po terminie: {overdue}."
DOC_NONE = "brak"
DOC_NEED_LEAD_OTHER = "Potrzeba zmian wynika:"
DOC_SUPERVISION_REPORT = " (raport nr {report})"

# the documents' fixed words outside the contexts (render, environment, docx_parts)
FORM_MARK = "WZÓR"  # in the header of a document whose step is still ahead
DOC_ANNEXED_TO = ", stanowiącym załącznik do {act},"
DOC_INPUT_LABEL = "WEJŚCIE"
DOC_OUTPUT_LABEL = "WYJŚCIE"
DOC_GIVES_REGULAMIN = {  # who gives the regulamin (art. 33 ust. 2 with art. 26 ust. 3 u.s.g.)
    "Wójt": "wójt",
    "Burmistrz": "burmistrz",
    "Prezydent Miasta": "prezydent miasta",
}
VALUE_NONE = "pole bez wartości (None)"
TEMPLATE_UNREADABLE = "{name}: nie można odczytać szablonu jako dokumentu Word (.docx): {detail}"
TEMPLATE_NO_BODY = "brak treści"
TEMPLATE_MISSING = "brak szablonu „{name}” (szukano w: {where})"
TEMPLATE_UNKNOWN = "„{name}” nie jest szablonem programu; znane szablony: {names}"
TEMPLATE_SYNTAX = "{name}: błąd w znacznikach szablonu w akapicie: „{near}” — {detail}"
TEMPLATE_UNKNOWN_FIELDS = "{name}: szablon używa nieznanych pól: {fields}"
TEMPLATE_RENDER = "{name}: nie udało się wypełnić szablonu: {detail}"
TEMPLATE_BROKEN_XML = "{name}: wypełniony szablon nie jest poprawnym dokumentem Word: {detail}"
