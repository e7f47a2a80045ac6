"""What the commands print: option help, files written, the register report, PDF copies,
records dated by their step, the output folder, Click's own words and `szj serve`.
"""

from __future__ import annotations

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
