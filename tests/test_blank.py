"""The blank workbook of `szj init` and the example workbook, checked as a user sees them."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from generator.domain.model import ChangeKind
from generator.workbook import schema
from generator.workbook.blank import (
    DATE_FORMAT,
    FIRST_DATA_ROW,
    LAST_FORMATTED_ROW,
    MONEY_FORMAT,
    STEP_NAMES,
    write_blank_workbook,
)
from generator.workbook.schema import Field, Kind, TableSheet
from generator.workbook.validate import validate_file

REPO = Path(__file__).resolve().parent.parent
COMMITTED_EXAMPLE = REPO / "inputs" / "przyklad.xlsx"
EXAMPLE_TODAY = date(2026, 11, 24)


def _load_make_example() -> ModuleType:
    # tools/ is not a package that gets installed; load the script by its path.
    spec = importlib.util.spec_from_file_location(
        "make_example", REPO / "tools" / "make_example.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    path = tmp_path_factory.mktemp("init") / "nowy.xlsx"
    write_blank_workbook(path)
    return openpyxl.load_workbook(path)


@pytest.fixture(scope="module")
def example_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("example") / "przyklad.xlsx"
    _load_make_example().build_example(path)
    return path


def _validations_at(sheet: Worksheet, cell: str) -> list[DataValidation]:
    return [dv for dv in sheet.data_validations.dataValidation if cell in dv.sqref]


def _list_formula(choices: tuple[str, ...]) -> str:
    return '"' + ",".join(choices) + '"'


def _letter(table: TableSheet, field: Field) -> str:
    return openpyxl.utils.get_column_letter(table.columns.index(field) + 1)


def _project_row(field: Field) -> int:
    return FIRST_DATA_ROW + schema.PROJECT_FIELDS.index(field)


def _columns(kinds: set[Kind]) -> list[tuple[TableSheet, Field]]:
    return [(t, c) for t in schema.TABLE_SHEETS for c in t.columns if c.kind in kinds]


def _id(param: object) -> str:
    return param.name if isinstance(param, TableSheet) else getattr(param, "key", str(param))


def _all_text(book: Workbook) -> str:
    texts = []
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                if cell.comment:
                    texts.append(cell.comment.text)
        texts += [dv.prompt or "" for dv in sheet.data_validations.dataValidation]
    return "\n".join(texts)


# --- the blank workbook -------------------------------------------------------------------


def test_blank_has_every_sheet_with_instructions_first(blank: Workbook) -> None:
    expected = [schema.INSTRUCTIONS_SHEET, schema.PROJECT_SHEET]
    expected += [t.name for t in schema.TABLE_SHEETS]
    assert blank.sheetnames == expected
    assert blank.active.title == schema.INSTRUCTIONS_SHEET


@pytest.mark.parametrize("table", schema.TABLE_SHEETS, ids=_id)
def test_table_sheet_has_styled_frozen_headers(blank: Workbook, table: TableSheet) -> None:
    sheet = blank[table.name]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [c.label for c in table.columns]
    for cell, column in zip(sheet[1], table.columns, strict=True):
        assert cell.font.bold and cell.alignment.wrap_text
        assert cell.fill.fgColor.rgb.endswith("D9E1F2")
        assert sheet.column_dimensions[cell.column_letter].width == column.width
    assert sheet.freeze_panes == "A2"


def test_project_sheet_lists_every_field(blank: Workbook) -> None:
    sheet = blank[schema.PROJECT_SHEET]
    assert [sheet["A1"].value, sheet["B1"].value] == [
        schema.PROJECT_LABEL_COLUMN,
        schema.PROJECT_VALUE_COLUMN,
    ]
    labels = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert labels == [f.label for f in schema.PROJECT_FIELDS]
    assert sheet.max_column == 2  # a third column would be an „extra column” warning
    assert sheet.freeze_panes == "A2"


def test_project_sheet_marks_required_fields(blank: Workbook) -> None:
    sheet = blank[schema.PROJECT_SHEET]
    for field in schema.PROJECT_FIELDS:
        label = sheet.cell(_project_row(field), 1)
        assert bool(label.font.bold) == field.required, field.label
        assert label.comment is not None, field.label
        first_line = label.comment.text.split("\n")[0]
        if field.required:
            assert first_line == "Pole wymagane.", field.label
        elif field.required_when:
            assert first_line.startswith("Wymagane, gdy"), field.label
            assert label.fill.fgColor.rgb.endswith("FFF2CC"), field.label
        else:
            assert first_line == "Pole nieobowiązkowe.", field.label


def test_project_sheet_prefills_legal_bases(blank: Workbook) -> None:
    sheet = blank[schema.PROJECT_SHEET]
    values = {f.key: sheet.cell(_project_row(f), 2).value for f in schema.PROJECT_FIELDS}
    assert values["ordinance_legal_basis"] == schema.DEFAULT_ORDINANCE_LEGAL_BASIS
    assert values["resolution_legal_basis"] == schema.DEFAULT_RESOLUTION_LEGAL_BASIS
    prefilled = {k for k, v in values.items() if v is not None}
    assert prefilled == {"ordinance_legal_basis", "resolution_legal_basis"}


@pytest.mark.parametrize(("table", "column"), _columns({Kind.CHOICE}), ids=_id)
def test_choice_column_has_dropdown_with_exact_list(
    blank: Workbook, table: TableSheet, column: Field
) -> None:
    sheet = blank[table.name]
    letter = _letter(table, column)
    for row in (FIRST_DATA_ROW, LAST_FORMATTED_ROW):
        lists = [dv for dv in _validations_at(sheet, f"{letter}{row}") if dv.type == "list"]
        assert len(lists) == 1
        assert lists[0].formula1 == _list_formula(column.choices)
        assert lists[0].showErrorMessage and lists[0].allow_blank
        assert lists[0].showDropDown in (None, False)  # True would *hide* the arrow in Excel
    assert not _validations_at(sheet, f"{letter}1")  # not on the header


def test_project_choice_fields_have_dropdowns(blank: Workbook) -> None:
    sheet = blank[schema.PROJECT_SHEET]
    choice_fields = [f for f in schema.PROJECT_FIELDS if f.kind is Kind.CHOICE]
    assert choice_fields
    for field in choice_fields:
        (validation,) = _validations_at(sheet, f"B{_project_row(field)}")
        assert validation.type == "list"
        assert validation.formula1 == _list_formula(field.choices)


def test_need_sources_is_free_text_with_input_message(blank: Workbook) -> None:
    sheet = blank[schema.PROJECT_SHEET]
    field = next(f for f in schema.PROJECT_FIELDS if f.kind is Kind.MULTI_CHOICE)
    (validation,) = _validations_at(sheet, f"B{_project_row(field)}")
    assert validation.type is None  # any text: several values separated by `;`
    assert validation.showInputMessage
    assert all(source in validation.prompt for source in schema.NEED_SOURCES)
    assert "średnik" in validation.prompt


def test_validation_texts_fit_excel_limits(blank: Workbook) -> None:
    # Excel declares a file corrupt ("repair") when these limits are exceeded.
    for sheet in blank:
        for dv in sheet.data_validations.dataValidation:
            assert len(dv.formula1 or "") <= 255
            assert len(dv.prompt or "") <= 255 and len(dv.error or "") <= 255
            assert len(dv.promptTitle or "") <= 32 and len(dv.errorTitle or "") <= 32


@pytest.mark.parametrize(
    ("table", "column"), _columns({Kind.DATE, Kind.MONEY, Kind.INTEGER}), ids=_id
)
def test_number_formats_on_data_rows(blank: Workbook, table: TableSheet, column: Field) -> None:
    expected = {Kind.DATE: DATE_FORMAT, Kind.MONEY: MONEY_FORMAT, Kind.INTEGER: "0"}[column.kind]
    sheet = blank[table.name]
    letter = _letter(table, column)
    for row in (FIRST_DATA_ROW, 50, LAST_FORMATTED_ROW):
        assert sheet[f"{letter}{row}"].number_format == expected
    assert sheet[f"{letter}1"].number_format == "General"


def test_date_format_is_polish_day_month_year() -> None:
    assert DATE_FORMAT == "DD.MM.YYYY"
    assert MONEY_FORMAT == "#,##0.00"


def test_project_date_fields_have_date_format(blank: Workbook) -> None:
    sheet = blank[schema.PROJECT_SHEET]
    for field in schema.PROJECT_FIELDS:
        if field.kind is Kind.DATE:
            assert sheet.cell(_project_row(field), 2).number_format == DATE_FORMAT


def test_steps_are_prefilled_not_started(blank: Workbook) -> None:
    sheet = blank[schema.STEPS.name]
    rows = list(sheet.iter_rows(min_row=2, max_col=len(schema.STEPS.columns), values_only=True))
    filled = [row for row in rows if any(value is not None for value in row)]
    assert [row[:2] for row in filled] == list(STEP_NAMES.items())
    assert list(STEP_NAMES) == list(range(1, 10))
    status = schema.STEPS.columns.index(schema.STEPS.column("status"))
    assert {row[status] for row in filled} == {schema.STEP_NOT_STARTED}


def test_instructions_explain_the_workbook(blank: Workbook) -> None:
    text = "\n".join(str(c.value) for c in blank[schema.INSTRUCTIONS_SHEET]["A"] if c.value)
    for name in (schema.PROJECT_SHEET, *(t.name for t in schema.TABLE_SHEETS)):
        assert f"„{name}”" in text
    for phrase in ("szj validate", "szj generate", "23.11.2026", "zł", "Kroki 5 i 6"):
        assert phrase in text
    for choices in (schema.RESOURCE_KINDS, schema.STEP_STATUSES, schema.ACTION_KINDS):
        assert all(f"„{choice}”" in text for choice in choices)


def test_blank_says_audit_never_audyt(blank: Workbook) -> None:
    text = _all_text(blank).casefold()
    assert re.search(r"\baudit\w* wewnętrzn", text)
    assert "audyt" not in text


# --- the example workbook -----------------------------------------------------------------


def test_example_has_every_role(example_path: Path) -> None:
    sheet = openpyxl.load_workbook(example_path)[schema.PEOPLE.name]
    roles = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True) if row[3]]
    assert set(roles) == set(schema.ROLES)
    assert roles.count(schema.ROLE_TEAM_MEMBER) >= 2


def test_example_passes_validation_without_warnings(example_path: Path) -> None:
    result = validate_file(example_path, EXAMPLE_TODAY)
    assert [issue.format(example_path.name) for issue in result.issues] == []
    assert result.state is not None
    assert [r.decision.result for r in result.state.rounds] == [
        schema.RESULT_RETURNED,
        schema.RESULT_ACCEPTED,
    ]
    assert result.state.next_step.definition.number == 7


def test_example_changes_cover_every_kind_of_amendment(example_path: Path) -> None:
    workbook = validate_file(example_path, EXAMPLE_TODAY).workbook
    assert workbook is not None
    by_document = {(c.document, c.kind) for c in workbook.changes}
    for kind in ChangeKind:
        assert (schema.DOCUMENT_REGULAMIN, kind) in by_document
    assert any(document == schema.DOCUMENT_STATUTE for document, _ in by_document)


def test_committed_example_matches_the_script(example_path: Path) -> None:
    """`inputs/przyklad.xlsx` is regenerated with `python -m tools.make_example`."""
    built = openpyxl.load_workbook(example_path)
    committed = openpyxl.load_workbook(COMMITTED_EXAMPLE)
    assert committed.sheetnames == built.sheetnames
    for name in built.sheetnames:
        assert list(committed[name].values) == list(built[name].values), name
