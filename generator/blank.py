"""Write the blank project workbook of `szj init` (SPEC §2, §5).

The workbook is what an office clerk fills in: an `Instrukcja` sheet in plain Polish, the
`Projekt` sheet (one field a row, required fields highlighted and explained in cell comments),
and one table sheet per `schema.TABLE_SHEETS` entry with styled headers, a frozen header row,
drop-down lists for every closed list and date/number formats on the data rows. `Przebieg`
comes with steps 1–9 pre-filled. All labels come from `generator.schema`.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from generator import messages as msg
from generator import schema
from generator.documents.output import write_atomic
from generator.messages import STEP_NAMES
from generator.schema import Field, Kind, TableSheet
from generator.spreadsheet import put

FIRST_DATA_ROW = 2
LAST_FORMATTED_ROW = 200  # data rows that get formats and drop-down lists

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"
# `0.##` would show a whole quantity as „2,” (dangling separator); General shows 2 and 2,5.
QUANTITY_FORMAT = "General"

NUMBER_FORMATS: dict[Kind, str] = {
    Kind.DATE: DATE_FORMAT,
    Kind.MONEY: MONEY_FORMAT,
    Kind.INTEGER: INTEGER_FORMAT,
    Kind.NUMBER: QUANTITY_FORMAT,
}

# Excel declares the file corrupt if an inline list (`"a,b,c"`) exceeds 255 characters
# (likewise an input message; its title is limited to 32).
_MAX_INLINE_LIST = 255

_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT_NAME = "Calibri"  # the workbook default; a nameless Font falls back to a serif
_HEADER_FONT = Font(name=_FONT_NAME, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_CONDITIONAL_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")

_PROJECT_LABEL_WIDTH = 48
_PROJECT_VALUE_WIDTH = 90
_INSTRUCTIONS_WIDTH = 100
_POINTS_PER_LINE = 15
_COMMENT_AUTHOR = "szj"

# --- user-facing Polish texts ------------------------------------------------------------

_REQUIRED_NOTE = "Pole wymagane."
_OPTIONAL_NOTE = "Pole nieobowiązkowe."

# Fields of `Projekt` required only in some situations (the rules live in validate.py).
PROJECT_CONDITIONS: dict[str, str] = {
    "legal_basis": f"Wymagane, gdy źródłem potrzeby jest „{schema.NEED_LAW}”.",
    "customer_requirements": f"Wymagane, gdy źródłem potrzeby są „{schema.NEED_CUSTOMER}”.",
    "regulamin_act": "Wymagane, gdy w arkuszu „Zmiany” są zmiany dokumentu "
    f"„{schema.DOCUMENT_REGULAMIN}”.",
    "statute_act": "Wymagane, gdy w arkuszu „Zmiany” są zmiany dokumentu "
    f"„{schema.DOCUMENT_STATUTE}”.",
    "ordinance_legal_basis": "Wymagane, gdy w arkuszu „Zmiany” są zmiany dokumentu "
    f"„{schema.DOCUMENT_REGULAMIN}”.",
    "resolution_legal_basis": "Wymagane, gdy w arkuszu „Zmiany” są zmiany dokumentu "
    f"„{schema.DOCUMENT_STATUTE}”.",
    "planned_audit": "Wymagane, gdy krok 9 ma status „wykonano”.",
}


def _multi_choice_hint(choices: Iterable[str]) -> str:
    return "Jedna lub kilka wartości oddzielonych średnikiem: " + "; ".join(choices) + "."


_DEFAULT_BASIS_HINT = (
    "Wpisano domyślne brzmienie — zmień je tylko wtedy, gdy ustawa o samorządzie gminnym "
    "ma nowy tekst jednolity."
)

PROJECT_HINTS: dict[str, str] = {
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
    "activity_kind": "Wybierz z listy: " + " albo ".join(schema.ACTIVITY_KINDS) + ".",
    "need_sources": _multi_choice_hint(schema.NEED_SOURCES),
    "need_description": "Na czym polega stwierdzona potrzeba zmian lub nowej działalności.",
    "legal_basis": "Przepisy, z których wynika potrzeba zmian.",
    "customer_requirements": "Zidentyfikowane i zaakceptowane wymagania klientów (mieszkańców).",
    "standards": "Normy i przepisy przyjęte do stosowania, np. PN-EN ISO 9001:2015.",
    "goal": "Co ma zostać osiągnięte.",
    "scope": "Czego dotyczy projekt: komórki, sprawy, dokumenty.",
    "acceptance_criteria": "Po czym poznamy, że wdrożenie się udało.",
    "lead_unit": "Komórka organizacyjna prowadząca działanie, np. Referat Organizacyjny.",
    "planned_implementation": "Data, np. 04.01.2027.",
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
    "regulamin organizacyjny) zatwierdza Burmistrz (krok 7); „nie” — krok 7 ma wtedy "
    f"status „{schema.STEP_NOT_APPLICABLE}”.",
    "regulamin_act": "Np. Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Przykładowo "
    "z dnia 28 lutego 2019 r.",
    "statute_act": "Np. Uchwała Nr XX/123/2012 Rady Miejskiej w Przykładowie "
    "z dnia 27 czerwca 2012 r.",
    "ordinance_legal_basis": _DEFAULT_BASIS_HINT,
    "resolution_legal_basis": _DEFAULT_BASIS_HINT,
    "planned_audit": "Data. Do dnia pierwszego auditu wewnętrznego nowe działanie jest "
    "pod szczególnym nadzorem Sekretarza.",
    "audit_date": "Data przeprowadzenia pierwszego auditu wewnętrznego — kończy szczególny nadzór.",
    "audit_report": "Numer raportu z pierwszego auditu wewnętrznego.",
}

PROJECT_DEFAULTS: dict[str, str] = {
    "ordinance_legal_basis": schema.DEFAULT_ORDINANCE_LEGAL_BASIS,
    "resolution_legal_basis": schema.DEFAULT_RESOLUTION_LEGAL_BASIS,
}

# Input messages shown when a cell of the column is selected: (title ≤ 32 chars, text).
COLUMN_PROMPTS: dict[tuple[str, str], tuple[str, str]] = {
    (schema.STEPS.name, "result"): (
        "Wynik kroku 6 lub 7",
        (
            f"Krok 6: {schema.RESULT_ACCEPTED} albo {schema.RESULT_RETURNED}. "
            f"Krok 7: {schema.RESULT_APPROVED} albo {schema.RESULT_REJECTED}. "
            "Przy pozostałych krokach zostaw puste."
        ),
    ),
    (schema.STEPS.name, "performer"): (
        "Kto wykonał krok",
        "Imię i nazwisko, tak jak w arkuszu Osoby.",
    ),
    (schema.RESOURCES.name, "value"): (
        "Wartość [zł]",
        "Możesz zostawić puste: wartość to Ilość × Cena jednostkowa.",
    ),
}

_LIST_ERROR_TITLE = "Wartość spoza listy"
_LIST_ERROR = "Wybierz wartość z listy rozwijanej."


# --- public API ---------------------------------------------------------------------------


def write_blank_workbook(path: Path) -> None:
    """Write the blank input workbook of `szj init` to `path` (whole or not at all)."""
    write_atomic(path, blank_workbook_bytes())


def blank_workbook_bytes() -> bytes:
    """The blank input workbook as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    build_blank_workbook().save(buffer)
    return buffer.getvalue()


def build_blank_workbook() -> Workbook:
    """Build the blank input workbook in memory (all sheets, formats, lists, steps 1–9)."""
    workbook = Workbook()
    _write_instructions(workbook.active)
    _write_project_sheet(workbook.create_sheet(schema.PROJECT_SHEET))
    for table in schema.TABLE_SHEETS:
        _write_table_sheet(workbook.create_sheet(table.name), table)
    _prefill_steps(workbook[schema.STEPS.name])
    workbook.active = 0
    return workbook


def fit_row_heights(sheet: Worksheet, rows: Iterable[int]) -> None:
    """Make each row tall enough for its wrapped text (Excel and LibreOffice do not on open).

    Column widths are taken from the sheet; rows whose text fits one line keep the default.
    """
    for row in rows:
        texts = [
            (cell.value, sheet.column_dimensions[cell.column_letter].width)
            for cell in sheet[row]
            if isinstance(cell.value, str)
        ]
        height = max((_text_height(text, width) for text, width in texts), default=0.0)
        one_line = height <= _text_height("", 1)
        sheet.row_dimensions[row].height = None if one_line else height


# --- Projekt ------------------------------------------------------------------------------


def _write_project_sheet(sheet: Worksheet) -> None:
    _write_header(sheet, (schema.PROJECT_LABEL_COLUMN, schema.PROJECT_VALUE_COLUMN))
    sheet.column_dimensions["A"].width = _PROJECT_LABEL_WIDTH
    sheet.column_dimensions["B"].width = _PROJECT_VALUE_WIDTH
    for row, field in enumerate(schema.PROJECT_FIELDS, start=FIRST_DATA_ROW):
        _write_project_row(sheet, row, field)
    fit_row_heights(sheet, range(FIRST_DATA_ROW, FIRST_DATA_ROW + len(schema.PROJECT_FIELDS)))
    sheet.freeze_panes = "A2"
    _fit_to_page_width(sheet)


def _write_project_row(sheet: Worksheet, row: int, field: Field) -> None:
    label = put(sheet, row, 1, field.label)
    label.alignment = _WRAP_TOP
    label.border = _BORDER
    label.comment = _comment(_project_note(field))
    if field.required:
        label.font = _HEADER_FONT
        label.fill = _REQUIRED_FILL
    elif field.key in PROJECT_CONDITIONS:
        label.fill = _CONDITIONAL_FILL

    value = put(sheet, row, 2, PROJECT_DEFAULTS.get(field.key))
    value.alignment = _WRAP_TOP
    value.border = _BORDER
    if field.kind in NUMBER_FORMATS:
        value.number_format = NUMBER_FORMATS[field.kind]
    _add_validation(sheet, field, value.coordinate)


def _project_note(field: Field) -> str:
    not_always = PROJECT_CONDITIONS.get(field.key, _OPTIONAL_NOTE)
    status = _REQUIRED_NOTE if field.required else not_always
    hint = PROJECT_HINTS.get(field.key)
    return f"{status}\n{hint}" if hint else status


def _comment(text: str) -> Comment:
    comment = Comment(text, _COMMENT_AUTHOR)
    comment.width = 300
    comment.height = 20 + 18 * math.ceil(len(text) / 40)
    return comment


# --- table sheets -------------------------------------------------------------------------


def _write_table_sheet(sheet: Worksheet, table: TableSheet) -> None:
    _write_header(sheet, [column.label for column in table.columns])
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        _format_data_cells(sheet, index, column)
        data_range = f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_FORMATTED_ROW}"
        _add_validation(sheet, column, data_range, COLUMN_PROMPTS.get((table.name, column.key)))
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    _fit_to_page_width(sheet)


def _format_data_cells(sheet: Worksheet, column_index: int, column: Field) -> None:
    number_format = NUMBER_FORMATS.get(column.kind)
    alignment = _WRAP_TOP if column.kind is Kind.TEXT else _TOP
    for row in range(FIRST_DATA_ROW, LAST_FORMATTED_ROW + 1):
        cell = sheet.cell(row=row, column=column_index)
        cell.alignment = alignment
        if number_format:
            cell.number_format = number_format


def _prefill_steps(sheet: Worksheet) -> None:
    columns = {column.key: index for index, column in enumerate(schema.STEPS.columns, 1)}
    for row, (step, activity) in enumerate(STEP_NAMES.items(), start=FIRST_DATA_ROW):
        put(sheet, row, columns["step"], step)
        put(sheet, row, columns["activity"], activity)
        put(sheet, row, columns["status"], schema.STEP_NOT_STARTED)
    fit_row_heights(sheet, range(FIRST_DATA_ROW, FIRST_DATA_ROW + len(STEP_NAMES)))


# --- shared helpers -----------------------------------------------------------------------


def _write_header(sheet: Worksheet, labels: Sequence[str]) -> None:
    for index, label in enumerate(labels, start=1):
        cell = put(sheet, 1, index, label)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGNMENT
        cell.border = _BORDER
    sheet.row_dimensions[1].height = 2 * _POINTS_PER_LINE


def _add_validation(
    sheet: Worksheet, field: Field, cells: str, prompt: tuple[str, str] | None = None
) -> None:
    """A drop-down list for a closed list; an input message for `;`-separated choices."""
    if field.kind is Kind.CHOICE:
        validation = _list_validation(field.choices)
    elif field.kind is Kind.MULTI_CHOICE:
        validation = DataValidation(allow_blank=True)
        prompt = prompt or (field.label, _multi_choice_hint(field.choices))
    elif prompt:
        validation = DataValidation(allow_blank=True)
    else:
        return
    if prompt:
        validation.showInputMessage = True
        validation.promptTitle, validation.prompt = prompt
    validation.add(cells)
    sheet.add_data_validation(validation)


def _list_validation(choices: Iterable[str]) -> DataValidation:
    formula = '"' + ",".join(choices) + '"'
    if len(formula) > _MAX_INLINE_LIST:  # pragma: no cover - guards a future schema edit
        raise ValueError(f"closed list too long for an Excel drop-down: {formula}")
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_LIST_ERROR_TITLE,
        error=_LIST_ERROR,
    )


def _fit_to_page_width(sheet: Worksheet) -> None:
    """Print the sheet on A4 landscape, as wide as one page, as long as needed."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5


def _text_height(text: str, width: float) -> float:
    """Row height (points) that shows `text` wrapped in a column `width` characters wide."""
    chars_per_line = max(1, int(width * 1.05))
    lines = sum(max(1, math.ceil(len(part) / chars_per_line)) for part in text.split("\n"))
    return lines * _POINTS_PER_LINE + 3


# --- Instrukcja ---------------------------------------------------------------------------

_TITLE = "title"
_HEADING = "heading"
_TEXT = "text"
_ITEM = "item"

Paragraph = tuple[str, str]  # (style, text)


def _title(text: str) -> Paragraph:
    return (_TITLE, text)


def _heading(text: str) -> Paragraph:
    return (_HEADING, text)


def _para(text: str) -> Paragraph:
    return (_TEXT, text)


def _item(text: str) -> Paragraph:
    return (_ITEM, text)


def _choices(values: Iterable[str]) -> str:
    return ", ".join(f"„{value}”" for value in values)


def _instructions() -> list[Paragraph]:
    """The paragraphs of the `Instrukcja` sheet as (style, text)."""
    return [
        _title("Jak wypełnić skoroszyt projektu zmian (SZJ)"),
        _para(
            "Ten skoroszyt opisuje jeden projekt: wdrożenie w Urzędzie nowego działania albo "
            "zmianę działania już istniejącego, prowadzone według procedury SZJ (kroki 1–9). "
            "Na jego podstawie program szj przygotowuje dokumenty Word do podpisu: decyzję "
            "o podjęciu prac, założenia projektu, wykaz zasobów, propozycje zmian, projekt "
            "zarządzenia i projekt uchwały, kartę zatwierdzenia, listę kontrolną i kartę "
            "szczególnego nadzoru.",
        ),
        *_general_rules(),
        *_project_section(),
        *_people_section(),
        *_resources_section(),
        *_changes_section(),
        *_qms_section(),
        *_steps_section(),
        *_actions_section(),
        *_commands_section(),
    ]


def _general_rules() -> list[Paragraph]:
    return [
        _heading("Zasady ogólne"),
        _item(
            "Jeden plik to jeden projekt. Najwygodniej nazwać go znakiem sprawy, "
            "np. OR.0123.5.2026.xlsx, i zapisać w katalogu inputs."
        ),
        _item(
            "Nie zmieniaj nazw arkuszy ani nagłówków kolumn w pierwszym wierszu. "
            "Kolejność kolumn może być dowolna. Dodatkowe kolumny (np. na własne notatki) "
            "program pominie i zgłosi jako ostrzeżenie."
        ),
        _item("Jeden wiersz tabeli to jedna pozycja. Puste wiersze w środku tabeli są pomijane."),
        _item(
            "Komórki ze strzałką listy rozwijanej przyjmują tylko wartości z listy — "
            "wybierz wartość z listy zamiast ją wpisywać."
        ),
        _item("Daty wpisuj jako zwykłe daty Excela albo w postaci 23.11.2026."),
        _item("Kwoty wpisuj w złotych z groszami, bez dopisku „zł”, np. 3499,99 albo 1 234,56."),
        _item(
            "W komórce można zacząć nowy wiersz klawiszami Alt+Enter — podział wierszy "
            "zostanie zachowany w dokumentach (np. wyliczenia „1) …”, „2) …”)."
        ),
        _item("Ten arkusz (Instrukcja) służy tylko do czytania; program go pomija."),
    ]


def _project_section() -> list[Paragraph]:
    return [
        _heading(f"Arkusz „{schema.PROJECT_SHEET}” — dane projektu"),
        _para(
            f"Jedno pole w wierszu; wartość wpisz w kolumnie „{schema.PROJECT_VALUE_COLUMN}”. "
            "Pola z pogrubioną nazwą na pomarańczowym tle są wymagane zawsze. Pola na żółtym tle "
            "są wymagane tylko w określonych sytuacjach. Pozostałe są nieobowiązkowe. "
            "Czerwony trójkąt w rogu nazwy pola oznacza komentarz z objaśnieniem — wystarczy "
            "najechać na komórkę myszą."
        ),
        _item(f"Rodzaj działania: {_choices(schema.ACTIVITY_KINDS)}."),
        _item(
            f"Źródło potrzeby: jedna lub kilka wartości spośród "
            f"{_choices(schema.NEED_SOURCES)}, oddzielonych średnikiem, np. "
            f"„{schema.NEED_LAW}; {schema.NEED_CUSTOMER}”. "
            f"Przy „{schema.NEED_LAW}” wypełnij też pole „Podstawa prawna”, przy "
            f"„{schema.NEED_CUSTOMER}” — pole „Wymagania klientów”."
        ),
        _item(
            "Znak sprawy według JRWA — od niego zależy nazwa katalogu z dokumentami; "
            + msg.CASE_SIGN_FORMS
            + "."
        ),
        _item(f"Wymaga zatwierdzenia Burmistrza: {_choices(schema.YES_NO)}."),
        _item(
            "Podstawa prawna zarządzenia i Podstawa prawna uchwały są już wpisane; zmień je "
            "tylko wtedy, gdy ustawa o samorządzie gminnym ma nowy tekst jednolity."
        ),
        _item(
            "Planowany termin pierwszego auditu wewnętrznego jest wymagany, gdy krok 9 jest "
            "wykonany: do tego dnia nowe działanie jest pod szczególnym nadzorem Sekretarza. "
            "Po audicie wpisz jego datę i numer raportu."
        ),
    ]


def _people_section() -> list[Paragraph]:
    return [
        _heading(f"Arkusz „{schema.PEOPLE.name}” — kto bierze udział w projekcie"),
        _para(
            "Jeden wiersz to jedna osoba w jednej roli. Jeśli ta sama osoba pełni kilka "
            "ról, wpisz ją w osobnym wierszu dla każdej roli. Role:"
        ),
        _item(f"„{schema.ROLE_SECRETARY}” — dokładnie jedna osoba;"),
        _item(
            f"„{schema.ROLE_MAYOR}” — jedna osoba, gdy projekt wymaga zatwierdzenia "
            "Burmistrza (w przeciwnym razie można pominąć);"
        ),
        _item(f"„{schema.ROLE_HEAD_OF_ORG}” — dokładnie jedna osoba;"),
        _item(f"„{schema.ROLE_DESIGNER}” — dokładnie jedna osoba;"),
        _item(f"„{schema.ROLE_IMPLEMENTER}” — dokładnie jedna osoba;"),
        _item(
            f"„{schema.ROLE_TEAM_MEMBER}” — dowolna liczba osób (zespół wskazany przez Sekretarza)."
        ),
    ]


def _resources_section() -> list[Paragraph]:
    return [
        _heading(f"Arkusz „{schema.RESOURCES.name}” — zasoby niezbędne do wdrożenia (krok 4)"),
        _item(f"Rodzaj zasobu: {_choices(schema.RESOURCE_KINDS)}."),
        _item("Ilość może mieć część dziesiętną (np. 2,5). Cenę jednostkową podaj w złotych."),
        _item(
            "Wartość [zł] możesz zostawić pustą — zostanie policzona jako Ilość × Cena "
            "jednostkowa. Jeśli ją wpiszesz (liczbą albo formułą), musi zgadzać się z tym "
            "iloczynem co do grosza. Plik z formułami zapisz w Excelu przed uruchomieniem programu."
        ),
        _item(
            f"Status: {_choices(schema.RESOURCE_STATUSES)}. Po wykonaniu kroku 4 zasoby "
            f"powinny być „{schema.RESOURCE_ACCEPTED}”, a po kroku 8 — "
            f"„{schema.RESOURCE_ENSURED}”."
        ),
    ]


def _changes_section() -> list[Paragraph]:
    return [
        _heading(f"Arkusz „{schema.CHANGES.name}” — propozycje zmian w dokumentach (krok 5)"),
        _para(
            "Jeden wiersz to zmiana jednej jednostki redakcyjnej, np. § 12, § 12 ust. 3, "
            "§ 12 ust. 3 pkt 4, § 30a."
        ),
        _item(
            f"Dokument: „{schema.DOCUMENT_REGULAMIN}”, „{schema.DOCUMENT_STATUTE}” albo "
            "nazwa innego dokumentu. Zmiany regulaminu trafią do projektu zarządzenia Burmistrza, "
            "zmiany statutu — do projektu uchwały Rady."
        ),
        _item(
            "Rodzaj zmiany wynika z tego, które kolumny wypełnisz: oba brzmienia — "
            "„otrzymuje brzmienie”; tylko brzmienie proponowane — „dodaje się”; tylko brzmienie "
            "obecne — „uchyla się”. Co najmniej jedno brzmienie musi być wpisane."
        ),
        _item(
            "Brzmienie wpisz bez cudzysłowów otwierających i zamykających — program doda je "
            "sam. Wpisz całą jednostkę; jej oznaczenie („3.”, „§ 30a.”, „4)”) program dopisze, "
            "jeśli go nie podasz. Uzasadnienie trafi do uzasadnienia projektu aktu."
        ),
    ]


def _qms_section() -> list[Paragraph]:
    return [
        _heading(
            f"Arkusz „{schema.QMS_DOCUMENTS.name}” — dokumenty systemu zarządzania "
            "jakością do opracowania, zmiany lub wycofania"
        ),
        _item(f"Rodzaj: {_choices(schema.QMS_DOCUMENT_KINDS)}."),
        _item(f"Działanie: {_choices(schema.QMS_ACTIONS)}."),
    ]


def _steps_section() -> list[Paragraph]:
    return [
        _heading(f"Arkusz „{schema.STEPS.name}” — przebieg procedury"),
        _para(
            "Kroki 1–9 są już wpisane. Po wykonaniu kroku uzupełnij jego wiersz: Data, "
            "Wykonał (imię i nazwisko jak w arkuszu Osoby), Status i ewentualnie Uwagi. Kroki "
            "wykonuje się po kolei, a daty kolejnych kroków nie mogą się cofać."
        ),
        _item(
            f"Status: {_choices(schema.STEP_STATUSES)}. Status "
            f"„{schema.STEP_NOT_APPLICABLE}” można nadać tylko krokowi 7, gdy projekt nie wymaga "
            "zatwierdzenia Burmistrza."
        ),
        _item(
            f"Wynik: w kroku 6 „{schema.RESULT_ACCEPTED}” albo „{schema.RESULT_RETURNED}”, "
            f"w kroku 7 „{schema.RESULT_APPROVED}” albo „{schema.RESULT_REJECTED}”. Przy "
            "pozostałych krokach zostaw puste."
        ),
        _item(
            "Kroki 5 i 6 mogą się powtarzać. Gdy Sekretarz zwraca projekt do poprawy, "
            f"w wierszu kroku 6 wpisz Wynik „{schema.RESULT_RETURNED}”, a w Uwagach — co trzeba "
            "poprawić. Następnie wstaw pod nim dwa nowe wiersze (prawy przycisk myszy na numerze "
            "wiersza → Wstaw): krok 5 dla poprawionego projektu i krok 6 dla ponownej analizy. "
            "Każda runda to nowa para wierszy; liczy się ostatnia runda."
        ),
        _item(
            "Kroków 7–9 nie można wykonać, dopóki ostatnia runda kroku 6 kończy się "
            f"wynikiem „{schema.RESULT_RETURNED}”."
        ),
        _item(
            "Każdy dokument nosi datę swojego kroku z tego arkusza, a nie dzień uruchomienia "
            "programu (tylko lista kontrolna 08 ma datę „stan na dzień”). Dokument następnego "
            "kroku ma miejsce na datę do wpisania ręcznie, dopóki krok nie ma daty. Dokumentów "
            "dalszych kroków program nie tworzy; polecenie szj generate --wszystkie tworzy je "
            "jako wzory z napisem „WZÓR” w nagłówku."
        ),
        _item(
            "Podpisany dokument się nie zmienia: ponowne uruchomienie programu innego dnia na "
            "tym samym skoroszycie niczego w nim nie zmienia. Gdy po zmianie w skoroszycie "
            "dokument by się zmienił, program go nie nadpisuje, wypisuje, które pola się "
            "zmieniły („nieaktualny — zmieniło się: …”) i kończy się błędem; --force zastępuje "
            "dokument, a --dokument 08 tworzy ponownie tylko wskazane dokumenty."
        ),
    ]


def _actions_section() -> list[Paragraph]:
    return [
        _heading(f"Arkusz „{schema.ACTIONS.name}” — działania po wdrożeniu (WYJŚCIE, krok 9)"),
        _item(
            f"„{schema.ACTION_CORRECTION}” usuwa wykrytą niezgodność; "
            f"„{schema.ACTION_CORRECTIVE}” usuwa jej przyczynę; "
            f"„{schema.ACTION_PREVENTIVE}” usuwa przyczynę możliwej niezgodności."
        ),
        _item(
            f"Status: {_choices(schema.ACTION_STATUSES)}. Przy statusie "
            f"„{schema.ACTION_CLOSED}” wpisz Datę zamknięcia i Ocenę skuteczności."
        ),
    ]


def _commands_section() -> list[Paragraph]:
    return [
        _heading("Sprawdzenie i przygotowanie dokumentów"),
        _para(
            "Zapisz i zamknij plik w Excelu. Następnie w oknie wiersza poleceń, w katalogu "
            "programu, wpisz jedno z poleceń:"
        ),
        _item(
            "szj validate inputs/OR.0123.5.2026.xlsx — sprawdza skoroszyt i wypisuje "
            "wszystkie błędy i ostrzeżenia naraz, każdy ze wskazaniem arkusza i komórki, np. "
            "„Zasoby!F7”. Błędy trzeba poprawić; ostrzeżenia warto przejrzeć."
        ),
        _item(
            "szj generate — przygotowuje dokumenty Word dla wszystkich skoroszytów z katalogu "
            "inputs; trafią do katalogu output/<znak sprawy>. Można też podać jeden plik: "
            "szj generate inputs/OR.0123.5.2026.xlsx. Istniejących dokumentów program nie "
            "nadpisze bez opcji --force; opcja --pdf tworzy dodatkowo pliki PDF."
        ),
        _item(
            "szj status inputs/OR.0123.5.2026.xlsx — pokazuje, na jakim etapie jest projekt, "
            "co jest następnym krokiem i kto go wykonuje."
        ),
        _para("Jeśli skoroszyt ma błędy, program nie utworzy dla niego żadnych dokumentów."),
    ]


def _write_instructions(sheet: Worksheet) -> None:
    sheet.title = schema.INSTRUCTIONS_SHEET
    sheet.column_dimensions["A"].width = _INSTRUCTIONS_WIDTH
    sheet.sheet_view.showGridLines = False
    # Landscape: LibreOffice does not shrink a single wide column to a portrait page.
    _fit_to_page_width(sheet)
    fonts = {
        _TITLE: Font(name=_FONT_NAME, bold=True, size=14),
        _HEADING: Font(name=_FONT_NAME, bold=True, size=12),
    }
    for row, (style, text) in enumerate(_instructions(), start=1):
        shown = f"•  {text}" if style == _ITEM else text
        cell = put(sheet, row, 1, shown)
        cell.alignment = Alignment(
            wrap_text=True, vertical="top", indent=2 if style == _ITEM else 0
        )
        if style in fonts:
            cell.font = fonts[style]
        padding = 8 if style in fonts else 2
        sheet.row_dimensions[row].height = _text_height(shown, _INSTRUCTIONS_WIDTH) + padding
