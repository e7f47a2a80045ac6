"""A small workbook builder so each test states its input inline.

`valid_sheets()` gives the rows of a valid project workbook as plain lists (header first);
a test changes what it is about and writes the file with `write_workbook()`. Tests import
these from here (`from workbooks import valid_sheets`); conftest.py holds only fixtures.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from pathlib import Path

import openpyxl

from generator.workbook import schema as s

TODAY = date(2026, 11, 24)

_PROJECT = [
    ["Pole", "Wartość"],
    ["Nazwa urzędu", "Urząd Miasta i Gminy Testowo"],
    ["Miejscowość", "Testowo"],
    ["Województwo", "wielkopolskie"],
    ["Nazwa rady", "Rada Miejska w Testowie"],
    ["Znak sprawy", "OR.0123.7.2026"],
    ["Tytuł projektu", "Elektroniczna obsługa wniosków o dowód osobisty"],
    ["Rodzaj działania", "zmiana istniejącego działania"],
    ["Źródło potrzeby", "zmiana przepisów prawa; wymagania klienta"],
    ["Opis potrzeby", "Mieszkańcy oczekują składania wniosków przez ePUAP."],
    ["Podstawa prawna", "ustawa z dnia 6 sierpnia 2010 r. o dowodach osobistych"],
    ["Wymagania klientów", "Krótszy czas obsługi & mniej wizyt w urzędzie"],
    ["Normy i przepisy do stosowania", "PN-EN ISO 9001:2015"],
    ["Cel projektu", "Skrócenie czasu obsługi wniosku do 3 dni."],
    ["Zakres projektu", "Referat Spraw Obywatelskich"],
    ["Kryteria akceptacji", "90% wniosków obsłużonych w 3 dni"],
    ["Komórka wiodąca", "Referat Organizacyjny"],
    ["Planowany termin wdrożenia", datetime(2027, 1, 4)],
    ["Wymaga zatwierdzenia Burmistrza", "tak"],
    ["Akt nadający regulamin organizacyjny",
     "Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Testowo z dnia 5 marca 2019 r. "
     "w sprawie nadania Regulaminu Organizacyjnego Urzędu Miasta i Gminy Testowo"],
    [
        "Akt uchwalający statut",
        "Uchwała Nr XX/123/2012 Rady Miejskiej w Testowie z dnia 30 maja 2012 r. w sprawie "
        "uchwalenia Statutu Miasta i Gminy Testowo",
    ],
    ["Podstawa prawna zarządzenia", s.DEFAULT_ORDINANCE_LEGAL_BASIS],
    ["Podstawa prawna uchwały", s.DEFAULT_RESOLUTION_LEGAL_BASIS],
    ["Planowany termin pierwszego auditu wewnętrznego", datetime(2027, 3, 15)],
    ["Data przeprowadzenia pierwszego auditu", None],
    ["Nr raportu z auditu", None],
]

_PEOPLE = [
    ["Imię i nazwisko", "Stanowisko", "Komórka organizacyjna", "Rola"],
    ["Anna Nowak", "Sekretarz Miasta i Gminy", "Sekretariat", s.ROLE_SECRETARY],
    ["Jan Kowalski", "Burmistrz Miasta i Gminy", None, s.ROLE_MAYOR],
    ["Ewa Wiśniewska", "Kierownik Referatu Organizacyjnego", "Referat Organizacyjny",
     s.ROLE_HEAD_OF_ORG],
    ["Piotr Zieliński", "Inspektor", "Referat Organizacyjny", s.ROLE_DESIGNER],
    ["Katarzyna Wójcik", "Kierownik USC", "Urząd Stanu Cywilnego", s.ROLE_IMPLEMENTER],
    ["Tomasz Lewandowski", "Informatyk", "Referat Organizacyjny", s.ROLE_TEAM_MEMBER],
]

_RESOURCES = [
    [c.label for c in s.RESOURCES.columns],
    [1, "sprzęt i oprogramowanie", "Czytnik dowodów osobistych", 2, "szt.", 450.5, None,
     "budżet gminy", datetime(2026, 12, 10), "zaakceptowany"],
    [2, "szkolenia", "Szkolenie „ePUAP w praktyce” — Kowalski & Syn", 1, "usługa", "1 200,00",
     "1 200,00", "budżet gminy", "15.12.2026", "zaakceptowany"],
]

_CHANGES = [
    [c.label for c in s.CHANGES.columns],
    [1, "Regulamin organizacyjny", "§ 12 ust. 3", "Referat prowadzi sprawy dowodów.",
     "Referat prowadzi sprawy dowodów osobistych,\nw tym elektronicznie.", "Nowe zadanie."],
    [2, "Statut", "§ 30a", None, "Burmistrz zapewnia obsługę elektroniczną.", "Nowy przepis."],
]

_QMS = [
    [c.label for c in s.QMS_DOCUMENTS.columns],
    ["P-07", "Procedura obsługi wniosków", "procedura", "zmiana", "Katarzyna Wójcik"],
]

_STEPS = [
    [c.label for c in s.STEPS.columns],
    [1, "Decyzja", datetime(2026, 9, 1), "Anna Nowak", "wykonano", None, None],
    [2, "Założenia", datetime(2026, 9, 10), "Piotr Zieliński", "wykonano", None, None],
    [3, "Zatwierdzenie", datetime(2026, 9, 15), "Anna Nowak", "wykonano", None, None],
    [4, "Zasoby", datetime(2026, 9, 25), "Ewa Wiśniewska", "wykonano", None, None],
    [5, "Propozycje", datetime(2026, 10, 10), "Katarzyna Wójcik", "wykonano", None, None],
    [6, "Analiza", datetime(2026, 10, 15), "Anna Nowak", "wykonano", "do poprawy",
     "Uzupełnić uzasadnienie"],
    [5, "Propozycje", datetime(2026, 10, 25), "Katarzyna Wójcik", "wykonano", None, None],
    [6, "Analiza", datetime(2026, 10, 30), "Anna Nowak", "wykonano", "zaakceptowano", None],
    [7, "Burmistrz", None, None, "w toku", None, None],
    [8, "Zasoby", None, None, "nie rozpoczęto", None, None],
    [9, "Nadzór", None, None, "nie rozpoczęto", None, None],
]

_ACTIONS = [
    [c.label for c in s.ACTIONS.columns],
    [1, "działanie zapobiegawcze", "Instrukcja dla mieszkańców", "Ryzyko błędnych wniosków",
     "Katarzyna Wójcik", datetime(2027, 2, 1), "otwarte", None, None],
]

# Sheets added later (issue 12): a new workbook has their headers; rows come after step 7.
_ACTS = [[c.label for c in s.ADOPTED_ACTS.columns]]
_SUPERVISION = [[c.label for c in s.SUPERVISION_LOG.columns]]

VALID = {
    s.PROJECT_SHEET: _PROJECT,
    s.PEOPLE.name: _PEOPLE,
    s.RESOURCES.name: _RESOURCES,
    s.CHANGES.name: _CHANGES,
    s.QMS_DOCUMENTS.name: _QMS,
    s.STEPS.name: _STEPS,
    s.ADOPTED_ACTS.name: _ACTS,
    s.SUPERVISION_LOG.name: _SUPERVISION,
    s.ACTIONS.name: _ACTIONS,
}

Sheets = dict[str, list[list[object]]]


def valid_sheets() -> Sheets:
    """A fresh deep copy of a valid workbook's rows; change it freely. Each row of a table
    sheet is as long as its header (the columns added later are empty)."""
    sheets = copy.deepcopy(VALID)
    for name, rows in sheets.items():
        if name != s.PROJECT_SHEET:
            for row in rows[1:]:
                row.extend([None] * (len(rows[0]) - len(row)))
    return sheets


def set_field(sheets: Sheets, label: str, value: object) -> int:
    """Set a `Projekt` field's value; returns its Excel row number."""
    for index, row in enumerate(sheets[s.PROJECT_SHEET]):
        if row[0] == label:
            row[1] = value
            return index + 1
    sheets[s.PROJECT_SHEET].append([label, value])
    return len(sheets[s.PROJECT_SHEET])


def set_cell(sheets: Sheets, sheet: str, row: int, label: str, value: object) -> str:
    """Set the cell of column `label` in data row `row` (1 = the first under the header),
    padding the row; returns its Excel reference (`Zasoby!K2`)."""
    from openpyxl.utils import get_column_letter

    column = sheets[sheet][0].index(label)
    cells = sheets[sheet][row]
    cells.extend([None] * (column + 1 - len(cells)))
    cells[column] = value
    return f"{sheet}!{get_column_letter(column + 1)}{row + 1}"


def ensure_resources(
    sheets: Sheets,
    on: object = datetime(2026, 11, 6),
    by: object = "Ewa Wiśniewska",
    how: object = "protokół odbioru",
) -> Sheets:
    """Every resource „zapewniony”, confirmed on `on` by `by` (step 8's columns)."""
    for row in range(1, len(sheets[s.RESOURCES.name])):
        set_cell(sheets, s.RESOURCES.name, row, "Status", s.RESOURCE_ENSURED)
        set_cell(sheets, s.RESOURCES.name, row, "Data zapewnienia", on)
        set_cell(sheets, s.RESOURCES.name, row, "Zapewnił", by)
        set_cell(sheets, s.RESOURCES.name, row, "Sposób zapewnienia", how)
    return sheets


def write_workbook(path: Path, sheets: Sheets) -> Path:
    """Write rows to `path` as an .xlsx; each row list maps to columns A, B, …"""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
