"""Build `inputs/przyklad.xlsx`: the blank workbook of `szj init` filled with a small,
realistic project of a Polish town-and-commune office.

Run from the repository root: `python -m tools.make_example [PATH]`.

The project: Urząd Miasta i Gminy Przykładowo opens a „Punkt Obsługi Mieszkańca” and handles
residents' letters electronically (ePUAP, e-Doręczenia). Steps 1–6 are done with two review
rounds (the Secretary first sends the proposal back), step 7 is in progress at the Mayor's,
steps 8–9 have not started. The changes touch the organisational rules (zarządzenie) and the
statute (uchwała), so both draft acts are generated.

Every `Wartość [zł]` is a plain number or empty: openpyxl cannot store the saved value of a
formula, and a formula without one is an error for `szj validate` (SPEC §3).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet

from generator.messages import STEP_NAMES
from generator.workbook import schema
from generator.workbook.blank import FIRST_DATA_ROW, build_blank_workbook, fit_row_heights
from generator.workbook.schema import TableSheet

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "inputs" / "przyklad.xlsx"

Row = Mapping[str, object]  # field key -> cell value

# --- the people -----------------------------------------------------------------------------

SECRETARY = "Anna Wiśniewska"
MAYOR = "Tomasz Nowicki"
HEAD_OF_ORG = "Małgorzata Kaczmarek"
DESIGNER = "Piotr Zieliński"
IMPLEMENTER = "Katarzyna Lewandowska"
CLERK = "Joanna Dąbrowska"
LAWYER = "Michał Wójcik"

ORG_UNIT = "Referat Organizacyjny"
MANAGEMENT = "Kierownictwo Urzędu"

PEOPLE: tuple[Row, ...] = (
    {
        "name": SECRETARY,
        "position": "Sekretarz Miasta i Gminy",
        "unit": MANAGEMENT,
        "role": schema.ROLE_SECRETARY,
    },
    {
        "name": MAYOR,
        "position": "Burmistrz Miasta i Gminy",
        "unit": MANAGEMENT,
        "role": schema.ROLE_MAYOR,
    },
    {
        "name": HEAD_OF_ORG,
        "position": "Kierownik Referatu Organizacyjnego",
        "unit": ORG_UNIT,
        "role": schema.ROLE_HEAD_OF_ORG,
    },
    {
        "name": DESIGNER,
        "position": "Inspektor ds. informatyzacji",
        "unit": ORG_UNIT,
        "role": schema.ROLE_DESIGNER,
    },
    {
        "name": IMPLEMENTER,
        "position": "Zastępca Kierownika Referatu Organizacyjnego",
        "unit": ORG_UNIT,
        "role": schema.ROLE_IMPLEMENTER,
    },
    {
        "name": CLERK,
        "position": "Podinspektor ds. kancelaryjnych",
        "unit": ORG_UNIT,
        "role": schema.ROLE_TEAM_MEMBER,
    },
    {
        "name": LAWYER,
        "position": "Radca prawny",
        "unit": "Stanowisko ds. obsługi prawnej",
        "role": schema.ROLE_TEAM_MEMBER,
    },
    # One person may hold several roles: one row per role (SPEC §2).
    {
        "name": DESIGNER,
        "position": "Inspektor ds. informatyzacji",
        "unit": ORG_UNIT,
        "role": schema.ROLE_TEAM_MEMBER,
    },
)

# --- the `Projekt` sheet ----------------------------------------------------------------------

PROJECT: Row = {
    "office": "Urząd Miasta i Gminy Przykładowo",
    "town": "Przykładowo",
    "voivodeship": "wielkopolskie",
    "council": "Rada Miejska w Przykładowie",
    "case_sign": "OR.0123.5.2026",
    "title": "Utworzenie Punktu Obsługi Mieszkańca i elektroniczna obsługa spraw "
    "(ePUAP, e-Doręczenia)",
    "activity_kind": "nowe działanie",
    "need_sources": f"{schema.NEED_LAW}; {schema.NEED_CUSTOMER}",
    "need_description": "Urząd ma obowiązek doręczać pisma na adresy do doręczeń "
    "elektronicznych i przyjmować pisma składane elektronicznie. Korespondencję przyjmuje "
    "dziś sekretariat Burmistrza na I piętrze, a mieszkańcy w ankiecie satysfakcji klientów "
    "wskazywali, że muszą chodzić po kilku pokojach, by załatwić jedną sprawę.",
    "legal_basis": "ustawa z dnia 18 listopada 2020 r. o doręczeniach elektronicznych;\n"
    "ustawa z dnia 17 lutego 2005 r. o informatyzacji działalności podmiotów realizujących "
    "zadania publiczne;\n"
    "ustawa z dnia 14 czerwca 1960 r. — Kodeks postępowania administracyjnego.",
    "customer_requirements": "Załatwienie sprawy w jednym miejscu na parterze, bez barier dla "
    "osób z niepełnosprawnościami; możliwość złożenia wniosku przez internet i otrzymania "
    "odpowiedzi tą samą drogą; pomoc w założeniu profilu zaufanego.",
    "standards": "PN-EN ISO 9001:2015; instrukcja kancelaryjna (rozporządzenie Prezesa Rady "
    "Ministrów z dnia 18 stycznia 2011 r.).",
    "goal": "Obsługa mieszkańców w jednym miejscu oraz przyjmowanie i doręczanie pism "
    "w postaci elektronicznej zgodnie z przepisami.",
    "scope": "Utworzenie Punktu Obsługi Mieszkańca w Referacie Organizacyjnym, przeniesienie "
    "do niego przyjmowania korespondencji, obsługa elektronicznej skrzynki podawczej ePUAP "
    "i adresu do doręczeń elektronicznych, zmiana Regulaminu Organizacyjnego Urzędu i Statutu "
    "Miasta i Gminy, nowa procedura i instrukcja SZJ.",
    "acceptance_criteria": "1) Punkt Obsługi Mieszkańca czynny w godzinach pracy Urzędu od "
    "4 stycznia 2027 r.;\n"
    "2) pisma wpływające przez ePUAP i e-Doręczenia rejestrowane w dniu wpływu;\n"
    "3) co najmniej 80% ankietowanych mieszkańców ocenia obsługę w Punkcie dobrze lub bardzo "
    "dobrze.",
    "lead_unit": ORG_UNIT,
    "planned_implementation": date(2027, 1, 4),
    "assumptions_deadline": date(2026, 9, 15),
    "documents_to_change": "Regulamin organizacyjny; Statut",
    "mayor_approval_required": "tak",
    "regulamin_act": "Zarządzenie Nr 12/2019 Burmistrza Miasta i Gminy Przykładowo z dnia "
    "28 lutego 2019 r. w sprawie nadania Regulaminu Organizacyjnego Urzędu Miasta i Gminy "
    "Przykładowo",
    "statute_act": "Uchwała Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 27 czerwca "
    "2012 r. w sprawie uchwalenia Statutu Miasta i Gminy Przykładowo",
    "planned_audit": date(2027, 4, 15),
}

# --- the table sheets -------------------------------------------------------------------------

BUDGET = "budżet gminy, rozdz. 75023"
# Step 4 is done, step 8 is not: every resource is accepted, none ensured yet.
ACCEPTED = schema.RESOURCE_ACCEPTED

RESOURCES: tuple[Row, ...] = (
    {
        "number": 1,
        "kind": "kadrowe",
        "description": "Etat podinspektora ds. obsługi mieszkańców (wynagrodzenie z pochodnymi)",
        "quantity": 12,
        "unit": "mies.",
        "unit_price": Decimal("7850.00"),
        "value": Decimal("94200.00"),
        "funding": BUDGET,
        "due": date(2026, 12, 31),
        "status": ACCEPTED,
    },
    {
        "number": 2,
        "kind": "infrastruktura",
        "description": "Adaptacja pokoju nr 4 na parterze: lada obsługi, pętla indukcyjna, "
        "oznakowanie",
        "quantity": 1,
        "unit": "kpl.",
        "unit_price": Decimal("18500.00"),
        "value": None,
        "funding": BUDGET,
        "due": date(2026, 12, 18),
        "status": ACCEPTED,
    },
    {
        "number": 3,
        "kind": "sprzęt i oprogramowanie",
        "description": "Stanowisko komputerowe z czytnikiem kart i skanerem dokumentów "
        "(dostawca: Kowalski & Syn sp. z o.o.)",
        "quantity": 2,
        "unit": "szt.",
        "unit_price": Decimal("3499.99"),
        "value": Decimal("6999.98"),
        "funding": BUDGET,
        "due": date(2026, 12, 15),
        "status": ACCEPTED,
    },
    {
        "number": 4,
        "kind": "sprzęt i oprogramowanie",
        "description": "Licencja modułu e-Doręczeń w systemie EZD na 12 miesięcy",
        "quantity": 1,
        "unit": "szt.",
        "unit_price": Decimal("4920.00"),
        "value": Decimal("4920.00"),
        "funding": BUDGET,
        "due": date(2026, 12, 15),
        "status": ACCEPTED,
    },
    {
        "number": 5,
        "kind": "szkolenia",
        "description": "Szkolenie „Obsługa ePUAP i e-Doręczeń w praktyce” dla pracowników Punktu",
        "quantity": 4,
        "unit": "os.",
        "unit_price": Decimal("450.00"),
        "value": Decimal("1800.00"),
        "funding": "środki na szkolenia pracowników",
        "due": date(2026, 12, 22),
        "status": ACCEPTED,
    },
    {
        "number": 6,
        "kind": "wiedza i informacja",
        "description": "Ulotka dla mieszkańców „Załatw sprawę przez internet”",
        "quantity": 500,
        "unit": "szt.",
        "unit_price": Decimal("0.85"),
        "value": Decimal("425.00"),
        "funding": "środki na promocję gminy",
        "due": date(2026, 12, 22),
        "status": ACCEPTED,
    },
    {
        "number": 7,
        "kind": "inne",
        "description": "Folia matowa na przeszklenie Punktu (ochrona danych przy ladzie)",
        "quantity": Decimal("2.5"),
        "unit": "m²",
        "unit_price": Decimal("120.00"),
        "value": Decimal("300.00"),
        "funding": BUDGET,
        "due": date(2026, 12, 18),
        "status": ACCEPTED,
    },
)

REGULAMIN = schema.DOCUMENT_REGULAMIN
STATUTE = schema.DOCUMENT_STATUTE

CHANGES: tuple[Row, ...] = (
    {
        "number": 1,
        "document": REGULAMIN,
        "unit": "§ 12 ust. 3",
        "current": "Do zadań Referatu Organizacyjnego należy prowadzenie sekretariatu Burmistrza "
        "oraz obsługa kancelaryjna Urzędu.",
        "proposed": "Do zadań Referatu Organizacyjnego należy w szczególności:\n"
        "1) prowadzenie sekretariatu Burmistrza;\n"
        "2) prowadzenie Punktu Obsługi Mieszkańca;\n"
        "3) obsługa elektronicznej skrzynki podawczej Urzędu na platformie ePUAP oraz adresu "
        "do doręczeń elektronicznych Urzędu.",
        "justification": "Referat przejmuje nowe zadania związane z obsługą mieszkańców "
        "i korespondencją elektroniczną.",
    },
    {
        "number": 2,
        "document": REGULAMIN,
        "unit": "§ 12 ust. 3a",
        "proposed": "Punktem Obsługi Mieszkańca kieruje Kierownik Referatu Organizacyjnego.",
        "justification": "Wskazanie osoby odpowiedzialnej za pracę Punktu.",
    },
    {
        "number": 3,
        "document": REGULAMIN,
        "unit": "§ 21 ust. 4",
        "current": "Korespondencję wpływającą do Urzędu przyjmuje i rejestruje sekretariat "
        "Burmistrza.",
        "justification": "Przyjmowanie i rejestrowanie korespondencji, także elektronicznej, "
        "przejmuje Punkt Obsługi Mieszkańca (§ 30a).",
    },
    {
        "number": 4,
        "document": REGULAMIN,
        "unit": "§ 30a",
        "proposed": "1. W Urzędzie działa Punkt Obsługi Mieszkańca, zwany dalej „Punktem”.\n"
        "2. Do zadań Punktu należy w szczególności:\n"
        "1) przyjmowanie i rejestrowanie korespondencji wpływającej do Urzędu, w tym "
        "w postaci elektronicznej;\n"
        "2) udzielanie informacji o sposobie załatwiania spraw w Urzędzie;\n"
        "3) pomoc mieszkańcom w zakładaniu i potwierdzaniu profilu zaufanego.",
        "justification": "Określenie zadań nowo tworzonego Punktu Obsługi Mieszkańca.",
    },
    {
        "number": 5,
        "document": STATUTE,
        "unit": "§ 35 ust. 2",
        "current": "Dokumenty, o których mowa w ust. 1, udostępnia się w Biurze Rady w dniach "
        "i godzinach pracy Urzędu.",
        "proposed": "Dokumenty, o których mowa w ust. 1, udostępnia się w Punkcie Obsługi "
        "Mieszkańca Urzędu Miasta i Gminy Przykładowo w dniach i godzinach pracy Urzędu oraz "
        "w Biuletynie Informacji Publicznej.",
        "justification": "Dokumenty Rady będą dostępne w jednym miejscu obsługi mieszkańców "
        "oraz w BIP.",
    },
    {
        "number": 6,
        "document": STATUTE,
        "unit": "§ 35 ust. 4",
        "proposed": "Wniosek o udostępnienie dokumentów, o których mowa w ust. 1, można złożyć "
        "także w postaci elektronicznej na adres do doręczeń elektronicznych Urzędu lub przez "
        "elektroniczną skrzynkę podawczą Urzędu na platformie ePUAP.",
        "justification": "Umożliwienie składania wniosków drogą elektroniczną.",
    },
)

QMS_DOCUMENTS: tuple[Row, ...] = (
    {
        "symbol": "P-07",
        "name": "Procedura obsługi klienta w Punkcie Obsługi Mieszkańca",
        "kind": "procedura",
        "action": "opracowanie",
        "responsible": IMPLEMENTER,
    },
    {
        "symbol": "I-03",
        "name": "Instrukcja obsługi elektronicznej skrzynki podawczej i e-Doręczeń",
        "kind": "instrukcja",
        "action": "opracowanie",
        "responsible": DESIGNER,
    },
    {
        "symbol": "P-03",
        "name": "Procedura nadzoru nad korespondencją",
        "kind": "procedura",
        "action": "zmiana",
        "responsible": CLERK,
    },
)


def _step(step: int, status: str, **fields: object) -> Row:
    return {"step": step, "activity": STEP_NAMES[step], "status": status, **fields}


DONE = schema.STEP_DONE

STEPS: tuple[Row, ...] = (
    _step(
        1,
        DONE,
        date=date(2026, 9, 7),
        performer=SECRETARY,
        remarks=f"Odpowiedzialny za projektowanie: {DESIGNER}.",
    ),
    _step(2, DONE, date=date(2026, 9, 18), performer=DESIGNER),
    _step(
        3,
        DONE,
        date=date(2026, 9, 23),
        performer=SECRETARY,
        remarks=f"Wdrożenie: {IMPLEMENTER}; zespół: {CLERK}, {LAWYER}, {DESIGNER}.",
    ),
    _step(
        4,
        DONE,
        date=date(2026, 10, 9),
        performer=HEAD_OF_ORG,
        remarks="Wykaz zaakceptowany przez Sekretarza i przekazany odpowiedzialnej za wdrożenie.",
    ),
    _step(5, DONE, date=date(2026, 10, 23), performer=IMPLEMENTER),
    _step(
        6,
        DONE,
        date=date(2026, 10, 28),
        performer=SECRETARY,
        result=schema.RESULT_RETURNED,
        remarks="Dopisać do zadań Punktu pomoc w zakładaniu profilu zaufanego; "
        "uzasadnić uchylenie § 21 ust. 4 regulaminu.",
    ),
    _step(
        5,
        DONE,
        date=date(2026, 11, 6),
        performer=IMPLEMENTER,
        remarks="Uwzględniono uwagi Sekretarza z 28.10.2026.",
    ),
    _step(6, DONE, date=date(2026, 11, 12), performer=SECRETARY, result=schema.RESULT_ACCEPTED),
    _step(
        7,
        schema.STEP_IN_PROGRESS,
        date=date(2026, 11, 16),  # submitted to the Burmistrz; the decision is pending
        performer=SECRETARY,
        remarks="Projekt zarządzenia i projekt uchwały przedłożone Burmistrzowi.",
    ),
    _step(8, schema.STEP_NOT_STARTED),
    _step(9, schema.STEP_NOT_STARTED),
)

ACTIONS: tuple[Row, ...] = (
    {
        "number": 1,
        "kind": schema.ACTION_PREVENTIVE,
        "description": "Wyznaczenie i przeszkolenie zastępców pracowników Punktu na czas urlopów "
        "i nieobecności",
        "cause": "Ryzyko przerwy w obsłudze mieszkańców, gdy jedyna przeszkolona osoba jest "
        "nieobecna",
        "responsible": HEAD_OF_ORG,
        "due": date(2027, 1, 29),
        "status": schema.ACTION_OPEN,
    },
)

TABLES: tuple[tuple[TableSheet, Sequence[Row]], ...] = (
    (schema.PEOPLE, PEOPLE),
    (schema.RESOURCES, RESOURCES),
    (schema.CHANGES, CHANGES),
    (schema.QMS_DOCUMENTS, QMS_DOCUMENTS),
    (schema.STEPS, STEPS),
    (schema.ACTIONS, ACTIONS),
)


# --- writing ----------------------------------------------------------------------------------


def build_example(path: Path) -> None:
    """Write the blank workbook of `szj init`, filled with the example project, to `path`."""
    # Filled in memory: a save/load round trip through openpyxl would shrink the comments.
    workbook = build_blank_workbook()
    fill_project(workbook[schema.PROJECT_SHEET], PROJECT)
    for table, rows in TABLES:
        fill_table(workbook[table.name], table, rows)
    workbook.save(path)


def fill_project(sheet: Worksheet, values: Row) -> None:
    """Write each value next to its field's label in the `Projekt` sheet."""
    label_rows = {sheet.cell(row, 1).value: row for row in range(FIRST_DATA_ROW, sheet.max_row + 1)}
    for field in schema.PROJECT_FIELDS:
        if field.key in values:
            sheet.cell(label_rows[field.label], 2, values[field.key])
    fit_row_heights(sheet, label_rows.values())


def fill_table(sheet: Worksheet, table: TableSheet, rows: Sequence[Row]) -> None:
    """Replace the data rows of a table sheet (keeping the formats) with `rows`."""
    columns = {cell.value: cell.column for cell in sheet[1]}
    for cells in sheet.iter_rows(min_row=FIRST_DATA_ROW):
        for cell in cells:
            cell.value = None
    for offset, row in enumerate(rows):
        for key, value in row.items():
            sheet.cell(FIRST_DATA_ROW + offset, columns[table.column(key).label], value)
    fit_row_heights(sheet, range(FIRST_DATA_ROW, sheet.max_row + 1))


def main(argv: Sequence[str] | None = None) -> int:
    """Build the example at the path given as the only argument, or at `inputs/przyklad.xlsx`."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT_PATH
    build_example(path)
    print(f"Zapisano przykładowy skoroszyt: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
