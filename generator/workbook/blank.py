"""Write the blank project workbook of `szj init` (SPEC §2, §5).

The workbook is what an office clerk fills in: an `Instrukcja` sheet in plain Polish, the
`Projekt` sheet (one field a row, required fields highlighted and explained in cell comments),
and one table sheet per `schema.TABLE_SHEETS` entry with styled headers, a frozen header row,
drop-down lists for every closed list and date/number formats on the data rows. `Przebieg`
comes with steps 1–9 pre-filled. All labels come from `generator.workbook.schema`.
"""

from __future__ import annotations

import dataclasses
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
from generator import texts
from generator.documents.output import write_atomic
from generator.domain.offices import Case, decline
from generator.messages import STEP_NAMES
from generator.texts import Paragraph
from generator.workbook import schema
from generator.workbook.schema import Field, Kind, TableSheet
from generator.workbook.spreadsheet import put

FIRST_DATA_ROW = 2
LAST_FORMATTED_ROW = 200  # data rows that get formats and drop-down lists

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"
# `0.##` would show a whole quantity as „2,” (dangling separator); General shows 2 and 2,5.
QUANTITY_FORMAT = "General"
# For the cells of a `Field.identifier`, which Excel would otherwise read as a date or a
# number: an act's number „12/2026”.
TEXT_FORMAT = "@"

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

PROJECT_DEFAULTS: dict[str, str] = {
    "ordinance_legal_basis": schema.DEFAULT_ORDINANCE_LEGAL_BASIS,
    "resolution_legal_basis": schema.DEFAULT_RESOLUTION_LEGAL_BASIS,
}

# --- public API ---------------------------------------------------------------------------


def write_blank_workbook(path: Path, role: str = schema.ROLE_MAYOR) -> None:
    """Write the blank input workbook of `szj init` to `path` (whole or not at all)."""
    write_atomic(path, blank_workbook_bytes(role))


def blank_workbook_bytes(role: str = schema.ROLE_MAYOR) -> bytes:
    """The blank input workbook as the bytes of an .xlsx file, for an office whose executive
    organ is `role` („Wójt”, „Burmistrz”, „Prezydent Miasta”)."""
    buffer = io.BytesIO()
    build_blank_workbook(role).save(buffer)
    return buffer.getvalue()


def build_blank_workbook(role: str = schema.ROLE_MAYOR) -> Workbook:
    """Build the blank input workbook in memory (all sheets, formats, lists, steps 1–9):
    the labels, the roles' drop-down and step 7 name the office's executive `role`."""
    workbook = Workbook()
    _write_instructions(workbook.active, role)
    _write_project_sheet(workbook.create_sheet(schema.PROJECT_SHEET), role)
    for table in schema.TABLE_SHEETS:
        _write_table_sheet(workbook.create_sheet(table.name), _for_office(table, role))
    _prefill_steps(workbook[schema.STEPS.name], role)
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


def _write_project_sheet(sheet: Worksheet, role: str) -> None:
    _write_header(sheet, (schema.PROJECT_LABEL_COLUMN, schema.PROJECT_VALUE_COLUMN))
    sheet.column_dimensions["A"].width = _PROJECT_LABEL_WIDTH
    sheet.column_dimensions["B"].width = _PROJECT_VALUE_WIDTH
    for row, field in enumerate(schema.PROJECT_FIELDS, start=FIRST_DATA_ROW):
        _write_project_row(sheet, row, field, role)
    fit_row_heights(sheet, range(FIRST_DATA_ROW, FIRST_DATA_ROW + len(schema.PROJECT_FIELDS)))
    sheet.freeze_panes = "A2"
    _fit_to_page_width(sheet)


def _write_project_row(sheet: Worksheet, row: int, field: Field, role: str) -> None:
    label = put(sheet, row, 1, schema.project_label(field, role))
    label.alignment = _WRAP_TOP
    label.border = _BORDER
    label.comment = _comment(_project_note(field))
    if field.required:
        label.font = _HEADER_FONT
        label.fill = _REQUIRED_FILL
    elif field.required_when:
        label.fill = _CONDITIONAL_FILL

    value = put(sheet, row, 2, PROJECT_DEFAULTS.get(field.key))
    value.alignment = _WRAP_TOP
    value.border = _BORDER
    if field.kind in NUMBER_FORMATS:
        value.number_format = NUMBER_FORMATS[field.kind]
    elif field.identifier:
        value.number_format = TEXT_FORMAT
    _add_validation(sheet, field, value.coordinate)


def _project_note(field: Field) -> str:
    status = msg.BLANK_REQUIRED_NOTE if field.required else msg.BLANK_OPTIONAL_NOTE
    if field.required_when:
        condition = msg.REQUIRED_CONDITIONS[field.required_when]
        status = msg.BLANK_REQUIRED_WHEN.format(condition=condition)
    hint = msg.BLANK_PROJECT_HINTS.get(field.key)
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
        _format_data_cells(sheet, index, column, TEXT_FORMAT if column.identifier else None)
        data_range = f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_FORMATTED_ROW}"
        prompt = msg.BLANK_COLUMN_PROMPTS.get((table.name, column.key))
        _add_validation(sheet, column, data_range, prompt)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    _fit_to_page_width(sheet)


def _format_data_cells(
    sheet: Worksheet, column_index: int, column: Field, number_format: str | None = None
) -> None:
    number_format = number_format or NUMBER_FORMATS.get(column.kind)
    alignment = _WRAP_TOP if column.kind is Kind.TEXT else _TOP
    for row in range(FIRST_DATA_ROW, LAST_FORMATTED_ROW + 1):
        cell = sheet.cell(row=row, column=column_index)
        cell.alignment = alignment
        if number_format:
            cell.number_format = number_format


def _for_office(table: TableSheet, role: str) -> TableSheet:
    """`Osoby` offers only this office's executive organ among the roles."""
    if table is not schema.PEOPLE:
        return table
    column = table.column("role")
    roles = tuple(r for r in column.choices if r not in schema.EXECUTIVE_ROLES or r == role)
    columns = tuple(
        dataclasses.replace(c, choices=roles) if c is column else c for c in table.columns
    )
    return dataclasses.replace(table, columns=columns)


def _prefill_steps(sheet: Worksheet, role: str) -> None:
    columns = {column.key: index for index, column in enumerate(schema.STEPS.columns, 1)}
    names = {**STEP_NAMES, 7: msg.STEP_7_NAMES[role]}
    for row, (step, activity) in enumerate(names.items(), start=FIRST_DATA_ROW):
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
        prompt = prompt or (field.label, msg.blank_multi_choice_hint(field.choices))
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
        errorTitle=msg.BLANK_LIST_ERROR_TITLE,
        error=msg.BLANK_LIST_ERROR,
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


def _choices(values: Iterable[str]) -> str:
    return ", ".join(msg.QUOTED.format(value=value) for value in values)


def _instructions(role: str) -> list[Paragraph]:
    """The paragraphs of the `Instrukcja` sheet as (style, text), from texts/instrukcja.txt,
    naming the office's executive organ `role` („Wójt”, „Wójta”)."""
    values = {
        "organ_role": role,
        "organ_genitive": decline(role, Case.GENITIVE),
        "role_wojt": schema.ROLE_WOJT,
        "role_president": schema.ROLE_PRESIDENT,
        "project_sheet": schema.PROJECT_SHEET,
        "project_value_column": schema.PROJECT_VALUE_COLUMN,
        "activity_kinds": _choices(schema.ACTIVITY_KINDS),
        "need_sources": _choices(schema.NEED_SOURCES),
        "need_law": schema.NEED_LAW,
        "need_customer": schema.NEED_CUSTOMER,
        "case_sign_forms": msg.CASE_SIGN_FORMS,
        "yes_no": _choices(schema.YES_NO),
        "people_sheet": schema.PEOPLE.name,
        "role_secretary": schema.ROLE_SECRETARY,
        "role_mayor": schema.ROLE_MAYOR,
        "role_head_of_org": schema.ROLE_HEAD_OF_ORG,
        "role_designer": schema.ROLE_DESIGNER,
        "role_implementer": schema.ROLE_IMPLEMENTER,
        "role_team_member": schema.ROLE_TEAM_MEMBER,
        "resources_sheet": schema.RESOURCES.name,
        "resource_kinds": _choices(schema.RESOURCE_KINDS),
        "resource_statuses": _choices(schema.RESOURCE_STATUSES),
        "resource_accepted": schema.RESOURCE_ACCEPTED,
        "resource_ensured": schema.RESOURCE_ENSURED,
        "changes_sheet": schema.CHANGES.name,
        "document_regulamin": schema.DOCUMENT_REGULAMIN,
        "document_statute": schema.DOCUMENT_STATUTE,
        "qms_sheet": schema.QMS_DOCUMENTS.name,
        "qms_document_kinds": _choices(schema.QMS_DOCUMENT_KINDS),
        "qms_actions": _choices(schema.QMS_ACTIONS),
        "steps_sheet": schema.STEPS.name,
        "step_statuses": _choices(schema.STEP_STATUSES),
        "step_not_applicable": schema.STEP_NOT_APPLICABLE,
        "result_accepted": schema.RESULT_ACCEPTED,
        "result_returned": schema.RESULT_RETURNED,
        "result_approved": schema.RESULT_APPROVED,
        "result_rejected": schema.RESULT_REJECTED,
        "acts_sheet": schema.ADOPTED_ACTS.name,
        "act_kinds": _choices(schema.ACT_KINDS),
        "supervision_sheet": schema.SUPERVISION_LOG.name,
        "criteria_assessments": _choices(schema.CRITERIA_ASSESSMENTS),
        "actions_sheet": schema.ACTIONS.name,
        "action_correction": schema.ACTION_CORRECTION,
        "action_corrective": schema.ACTION_CORRECTIVE,
        "action_preventive": schema.ACTION_PREVENTIVE,
        "action_statuses": _choices(schema.ACTION_STATUSES),
        "action_closed": schema.ACTION_CLOSED,
    }
    return texts.paragraphs("instrukcja.txt", values)


def _write_instructions(sheet: Worksheet, role: str) -> None:
    sheet.title = schema.INSTRUCTIONS_SHEET
    sheet.column_dimensions["A"].width = _INSTRUCTIONS_WIDTH
    sheet.sheet_view.showGridLines = False
    # Landscape: LibreOffice does not shrink a single wide column to a portrait page.
    _fit_to_page_width(sheet)
    fonts = {
        texts.TITLE: Font(name=_FONT_NAME, bold=True, size=14),
        texts.HEADING: Font(name=_FONT_NAME, bold=True, size=12),
    }
    for row, (style, text) in enumerate(_instructions(role), start=1):
        shown = f"•  {text}" if style == texts.ITEM else text
        cell = put(sheet, row, 1, shown)
        cell.alignment = Alignment(
            wrap_text=True, vertical="top", indent=2 if style == texts.ITEM else 0
        )
        if style in fonts:
            cell.font = fonts[style]
        padding = 8 if style in fonts else 2
        sheet.row_dimensions[row].height = _text_height(shown, _INSTRUCTIONS_WIDTH) + padding
