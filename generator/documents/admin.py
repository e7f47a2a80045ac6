"""Templates an office edits in Word: `szj templates export` and `szj templates check`.

Export copies the default templates into a folder with `CZYTAJ.txt` (`guide`). Check judges
what `lint.inspect_template` finds in each edited template against the known fields and
their types (`guide`, derived from the field declarations), and says in Polish what to fix
and in which paragraph, active content included (links that Word or LibreOffice would
follow, fields, macros: `active_content`). `generate` runs the same `check_template` on
every office template before using it. No Click here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import messages as msg

# What each field holds, whichever template reads it (a name means one thing everywhere).
from generator.documents.guide import (
    is_record,
    list_item,
    path_type,
    readme_bytes,
    record_parts,
)
from generator.documents.lint import (
    FieldUse,
    Inspection,
    PrintedValue,
    TagFault,
    TagIssue,
    inspect_template,
)
from generator.documents.output import WrittenFile, write_files
from generator.documents.records import Porownanie
from generator.documents.registry import TEMPLATE_FIELDS, TEMPLATE_NAMES
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet
from generator.domain.model import Issue, Severity
from generator.errors import TemplateError

_CLOSE = 0.75  # how alike a name must be to be suggested: imie_nazwiko → imie_nazwisko
WORD_SUFFIXES = frozenset({".docx", ".doc", ".docm", ".dotx", ".dotm", ".dot", ".odt", ".rtf"})
# Tag faults that make the Jinja unreadable: the syntax error they cause is not repeated.
# (Smart quotes are not among them: the check reads them as straight quotes.)
_SYNTAX_FAULTS = frozenset({TagFault.UNCLOSED, TagFault.UNOPENED, TagFault.TR_OUTSIDE_TABLE})
_TAG_MESSAGES = {
    TagFault.SMART_QUOTES: msg.TAG_SMART_QUOTES,
    TagFault.SPLIT_FORMATTING: msg.TAG_SPLIT_FORMATTING,
    TagFault.SPLIT_CONTAINER: msg.TAG_SPLIT_CONTAINER,
    TagFault.UNCLOSED: msg.TAG_UNCLOSED,
    TagFault.UNOPENED: msg.TAG_UNOPENED,
    TagFault.TRACKED_CHANGES: msg.TAG_TRACKED_CHANGES,
    TagFault.TEXT_BESIDE_P: msg.TAG_TEXT_BESIDE_P,
    TagFault.TEXT_BESIDE_TR: msg.TAG_TEXT_BESIDE_TR,
    TagFault.TR_OUTSIDE_TABLE: msg.TAG_TR_OUTSIDE_TABLE,
    TagFault.SPACED_DELIMITER: msg.TAG_SPACED_DELIMITER,
}
_HINTS = {
    TagFault.SMART_QUOTES: msg.HINT_AUTOCORRECT,
    TagFault.SPLIT_FORMATTING: msg.HINT_RETYPE,
    TagFault.SPLIT_CONTAINER: msg.HINT_RETYPE,
    TagFault.UNCLOSED: msg.HINT_RETYPE,
}


# --- export --------------------------------------------------------------------------------


def export_templates(
    folder: Path, force: bool = False, source: Path = DEFAULT_TEMPLATES
) -> list[WrittenFile]:
    """Copy the default templates and `CZYTAJ.txt` into `folder`; an existing file that
    differs is kept unless `force`. Raises OutputError when a file cannot be written."""
    files = {name: _read_default(source / name) for name in TEMPLATE_NAMES}
    files[msg.README_NAME] = readme_bytes()
    return write_files(folder, files, force)


def _read_default(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise TemplateError(msg.TEMPLATE_MISSING.format(name=path.name, where=path.parent)) from e


# --- check ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateReport:
    """The outcome for one template name: found in the folder and checked, or not there."""

    name: str
    present: bool
    issues: tuple[Issue, ...] = ()
    hints: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(issue.is_error for issue in self.issues)


@dataclass(frozen=True)
class FolderCheck:
    """Every template of an office's folder checked, and the files there the tool ignores."""

    folder: Path
    templates: tuple[TemplateReport, ...]  # in the order of TEMPLATE_NAMES
    other_files: tuple[tuple[str, Issue], ...]

    @property
    def present(self) -> tuple[TemplateReport, ...]:
        return tuple(t for t in self.templates if t.present)

    @property
    def ok(self) -> bool:
        return bool(self.present) and all(t.ok for t in self.templates)

    @property
    def errors(self) -> int:
        return sum(issue.is_error for t in self.templates for issue in t.issues)

    @property
    def hints(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h for t in self.templates for h in t.hints))


def check_folder(folder: Path) -> FolderCheck:
    """Check every template in `folder` named as one of the tool's templates."""
    reports = []
    for name in TEMPLATE_NAMES:
        path = folder / name
        if not path.is_file():
            reports.append(TemplateReport(name, present=False))
            continue
        try:
            data = path.read_bytes()
        except OSError as e:
            issue = _error(msg.TEMPLATE_CANNOT_READ.format(detail=e.strerror or e))
            reports.append(TemplateReport(name, True, (issue,)))
            continue
        reports.append(check_template(name, data, folder))
    return FolderCheck(folder, tuple(reports), tuple(_other_files(folder)))


def _other_files(folder: Path) -> Iterator[tuple[str, Issue]]:
    """Word files the tool will not read: other names, other formats, Word's lock files."""
    try:
        paths = sorted(folder.iterdir())
    except OSError:
        return  # the templates were read by name; a folder that cannot be listed hides nothing
    for path in paths:
        suffix = path.suffix.lower()
        if not path.is_file() or suffix not in WORD_SUFFIXES or path.name in TEMPLATE_NAMES:
            continue
        if path.name.startswith("~$"):
            yield path.name, Issue(Severity.WARNING, msg.TEMPLATE_WORD_LOCK)
            continue
        wanted = {name.lower().removesuffix(".docx"): name for name in TEMPLATE_NAMES}
        close = difflib.get_close_matches(path.stem.lower(), wanted, n=1, cutoff=0.6)
        hint = msg.DID_YOU_MEAN.format(name=wanted[close[0]]) if close else ""
        text = msg.TEMPLATE_NOT_USED if suffix == ".docx" else msg.TEMPLATE_NOT_DOCX
        yield path.name, Issue(Severity.WARNING, text.format(hint=hint))


def check_template(name: str, data: bytes, folder: Path | None = None) -> TemplateReport:
    """Everything wrong with one template, each problem with the paragraph to look at."""
    try:
        inspection = inspect_template(name, data)
    except TemplateError as e:
        return TemplateReport(name, True, (_error(str(e).removeprefix(f"{name}: ")),))
    faults = {issue.fault for issue in inspection.tag_issues}
    messages = list(inspection.active)
    messages += [_tag_message(issue) for issue in inspection.tag_issues]
    if inspection.syntax and not faults & _SYNTAX_FAULTS:
        paragraph, detail = inspection.syntax
        messages.append(msg.SYNTAX_IN_PARAGRAPH.format(paragraph=paragraph, detail=detail))
    known = TEMPLATE_FIELDS[name]
    messages += _unknown_fields(name, inspection, known)
    messages += _part_problems(inspection.uses, known)
    messages += _printed_problems(inspection.printed, known)
    messages += inspection.refused
    if not messages and folder is not None:
        messages += _render_check(name, folder)  # what `generate` would say, to be sure
    issues = tuple(_error(text) for text in dict.fromkeys(messages))
    hints = tuple(dict.fromkeys(_HINTS[f] for f in sorted(faults, key=str) if f in _HINTS))
    return TemplateReport(name, True, issues, hints)


def _error(text: str) -> Issue:
    return Issue(Severity.ERROR, text)


def _tag_message(issue: TagIssue) -> str:
    template = _TAG_MESSAGES[issue.fault]
    return template.format(
        tag=issue.tag,
        paragraph=issue.paragraph,
        quotes=" i ".join(issue.detail),
        closing=issue.detail,
        opening=issue.detail,
        fixed=issue.detail,
    )


def _unknown_fields(name: str, inspection: Inspection, known: frozenset[str]) -> list[str]:
    messages = []
    for field in sorted(inspection.variables - known):
        use = next((u for u in inspection.uses if not u.is_attribute and u.name == field), None)
        text = msg.CHECK_UNKNOWN_FIELD.format(field=field, paragraph=use.paragraph if use else "")
        close = difflib.get_close_matches(field, sorted(known), n=1, cutoff=_CLOSE)
        elsewhere = [t for t in TEMPLATE_NAMES if t != name and field in TEMPLATE_FIELDS[t]]
        if elsewhere:
            text += msg.CHECK_FIELD_ELSEWHERE.format(names=", ".join(elsewhere))
        elif close:
            text += msg.DID_YOU_MEAN.format(name=close[0])
        else:
            text += msg.CHECK_FIELDS_IN_README
        messages.append(text)
    return messages


def _part_problems(uses: tuple[FieldUse, ...], known: frozenset[str]) -> list[str]:
    """Attributes that start with `_`, and parts a record, list or text does not have."""
    messages = []
    for use in uses:
        if not use.is_attribute:
            continue
        owner = use.written.rpartition(".")[0] or use.written
        if any(part.startswith("_") for part in owner.split(".")):
            continue  # reported at the first such part
        if use.name.startswith("_"):
            messages.append(
                msg.CHECK_INTERNALS.format(written=use.written, paragraph=use.paragraph)
            )
            continue
        if use.base is None or use.base[0] not in known:
            continue
        kind = path_type(use.base)
        if is_record(kind):
            assert isinstance(kind, type)
            parts = record_parts(kind)
            if use.name not in parts:
                messages.append(_unknown_part(use, owner, list(parts)))
        elif list_item(kind) is not None and not hasattr(tuple, use.name):
            messages.append(
                msg.CHECK_PART_OF_LIST.format(
                    written=use.written, paragraph=use.paragraph, owner=owner, part=use.name
                )
            )
        elif kind in (str, bool) and not hasattr(str, use.name):
            messages.append(
                msg.CHECK_PART_OF_TEXT.format(
                    written=use.written, paragraph=use.paragraph, owner=owner
                )
            )
    return messages


def _unknown_part(use: FieldUse, owner: str, parts: list[str]) -> str:
    text = msg.CHECK_UNKNOWN_PART.format(written=use.written, paragraph=use.paragraph)
    close = difflib.get_close_matches(use.name, parts, n=1, cutoff=_CLOSE)
    if close:
        text += msg.DID_YOU_MEAN.format(name=f"{owner}.{close[0]}")
    return text + msg.CHECK_PARTS.format(owner=owner, parts=", ".join(parts))


def _printed_problems(printed: tuple[PrintedValue, ...], known: frozenset[str]) -> list[str]:
    """`{{ sekretarz }}` or `{{ zespol }}`: a record or a list printed whole."""
    messages = []
    for value in printed:
        if value.path[0] not in known:
            continue
        kind = path_type(value.path)
        if is_record(kind) and kind is not Porownanie:
            assert isinstance(kind, type)
            parts = list(record_parts(kind))
            messages.append(
                msg.CHECK_PRINTED_RECORD.format(
                    written=value.written,
                    paragraph=value.paragraph,
                    part=parts[0],
                    parts=", ".join(parts),
                )
            )
        elif list_item(kind) is not None:
            messages.append(
                msg.CHECK_PRINTED_LIST.format(written=value.written, paragraph=value.paragraph)
            )
    return messages


def _render_check(name: str, folder: Path) -> list[str]:
    try:
        unknown = TemplateSet(folder, check_office=False).check(name)  # checked above
    except TemplateError as e:
        return [str(e).removeprefix(f"{name}: ")]
    return [msg.CHECK_UNKNOWN_FIELD.format(field=f, paragraph="") for f in unknown]
