"""The act as input and output: the regulamin's and the statute's .docx text, the wording
checked against it, and the draft amending acts.
"""

from __future__ import annotations

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
