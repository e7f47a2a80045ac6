"""What the commands print, as lines: the text and whether it goes to stderr. No Click here.

`cli.py` echoes these lines in order; building them apart keeps the CLI to options, calls
and exit codes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from generator import messages as msg
from generator.documents.output import FileStatus, WrittenFile

if TYPE_CHECKING:
    from generator.documents.admin import FolderCheck
    from generator.results import Generated
    from generator.workbook.find import Checked, Found


class Line(NamedTuple):
    """One printed line; `err` sends it to stderr."""

    text: str
    err: bool = False


def found_lines(found: Found) -> list[Line]:
    """What finding the workbooks passed over or could not use, before any is checked."""
    lines = [Line(f"{lock}: {msg.LOCK_FILE}", err=True) for lock in found.lock_files]
    for workbook, program in found.open_in.items():
        program = msg.PROGRAM_LOCATIVE.get(program, program)
        lines.append(Line(f"{workbook}: {msg.WORKBOOK_OPEN.format(program=program)}", err=True))
    lines += [Line(f"{p}: {msg.REGISTER_PASSED_OVER}", err=True) for p in found.registers]
    lines += [Line(f"{msg.ERROR_PREFIX}{problem}", err=True) for problem in found.problems]
    return lines


def status_counts(files: Iterable[WrittenFile]) -> str:
    """`utworzono: 3, bez zmian: 6`: how many files ended in each status, in status order."""
    counts = Counter(w.status for w in files)
    return ", ".join(f"{status.value}: {counts[status]}" for status in FileStatus if counts[status])


def validated_lines(checked: Checked) -> list[Line]:
    """`szj validate` for one workbook: its issues, the summary, the office's declined names."""
    from generator.reports.status import office_forms_lines

    lines = [Line(line, err=True) for line in checked.report_lines()]
    lines.append(Line(checked.summary()))
    workbook = checked.validation.workbook if checked.validation else None
    for line in office_forms_lines(workbook, checked.path.name) if workbook else ():
        lines.append(Line(line))
    return lines


def generated_lines(result: Generated) -> list[Line]:
    """`szj generate` for one workbook: its issues, then every file and what happened to it,
    or why nothing (or not everything) was written."""
    checked = result.checked
    lines = [Line(line, err=True) for line in checked.report_lines()]
    if not checked.ok:
        lines.append(Line(msg.NOT_GENERATED.format(summary=checked.summary()), err=True))
        return lines
    if result.failure:
        lines.append(Line(f"{msg.ERROR_PREFIX}{result.failure}", err=True))
        outcome = msg.NOT_ALL_WRITTEN if result.partial else msg.NOTHING_WRITTEN
        lines.append(Line(f"{checked.path.name}: {outcome}", err=True))
        return lines
    written = (*result.files, *result.stale)
    lines += [Line(f"  {w.path}: {w.status.value}") for w in written]
    lines.append(Line(f"{checked.path.name} → {result.folder}: {status_counts(written)}"))
    for name, changed in result.outdated.items():
        text = msg.RECORD_OUTDATED.format(file=name, fields=", ".join(changed))
        lines.append(Line(text, err=True))
    if result.stale_left:
        stale = sum(w.status is FileStatus.STALE for w in result.stale)
        text = msg.STALE_LEFT.format(file=checked.path.name, folder=result.folder, count=stale)
        lines.append(Line(text, err=True))
    return lines


def status_lines(checked: Checked) -> tuple[list[Line], bool]:
    """`szj status` for one workbook, and whether it could be judged without errors: the
    checklist, or the issues and what could be read despite them."""
    from generator.reports.status import partial_status_text, status_text

    validation = checked.validation
    if validation is not None and validation.workbook is not None and validation.state is not None:
        return [Line(status_text(validation.workbook, validation.state, checked.path.name))], True
    lines = [Line(line, err=True) for line in checked.report_lines()]
    if validation is None or validation.partial_workbook is None:
        lines.append(Line(checked.summary()))
        return lines, False
    text = partial_status_text(
        validation.partial_workbook,
        validation.partial_state,
        checked.path.name,
        len(validation.errors),
    )
    lines.append(Line(text))
    return lines, False


def template_check_lines(checked: FolderCheck) -> list[Line]:
    """`szj templates check`: each template's problems or „OK”, other files, hints."""
    lines = []
    for report in checked.templates:
        lines += [Line(issue.format(report.name), err=True) for issue in report.issues]
        if report.present and report.ok:
            lines.append(Line(msg.TEMPLATE_CHECKED_OK.format(name=report.name)))
        elif not report.present:
            lines.append(Line(msg.TEMPLATE_NOT_IN_FOLDER.format(name=report.name)))
    lines += [Line(issue.format(name), err=True) for name, issue in checked.other_files]
    lines += [Line(hint, err=True) for hint in checked.hints]
    return lines
