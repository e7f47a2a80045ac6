"""Office templates: `szj templates export` / `check`, what fails closed in a template,
and the CZYTAJ.txt guide written beside them.
"""

from __future__ import annotations

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
