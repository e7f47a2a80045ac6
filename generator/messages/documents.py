"""The documents' own wording: the gender forms of signature labels and the fixed words
the contexts, the renderer and the environment print.
"""

from __future__ import annotations

from generator.workbook import schema as s

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
DOC_ACTIONS_OVERDUE = "; otwarte po terminie: {overdue}; zamknięte po terminie: {closed}."
DOC_ACTIONS_CLOSED_LATE = "{count} (poz. {positions})"
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
