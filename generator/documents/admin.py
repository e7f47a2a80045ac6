"""Templates an office edits in Word: `szj templates export` and `szj templates check`.

Export copies the default templates into a folder with `CZYTAJ.txt`, a Polish guide listing
every field each template may use and the parts of the records those fields hold (read from
the context's dataclasses, so the guide follows the code). Check judges what
`lint.inspect_template` finds in each edited template against the known fields and their
types, and says in Polish what to fix and in which paragraph, active content included (links that
Word or LibreOffice would follow, fields, macros: `active_content`). `generate` runs the same
`check_template` on every office template before using it. No Click here.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import textwrap
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import messages as msg
from generator.documents.fields import (
    COMMON_FIELDS,
    TemplateFields,
    field_doc,
    field_types,
    own_field_names,
)
from generator.documents.jinja_uses import ITEM
from generator.documents.lint import (
    FieldUse,
    Inspection,
    PrintedValue,
    TagFault,
    TagIssue,
    inspect_template,
)
from generator.documents.output import WrittenFile, write_files
from generator.documents.records import Osoba, Porownanie
from generator.documents.registry import DOCUMENTS, TEMPLATE_FIELDS, TEMPLATE_NAMES
from generator.documents.render import DEFAULT_TEMPLATES, TEMPLATE_MISSING, TemplateSet
from generator.errors import TemplateError
from generator.model import Issue, Severity

# What each field holds, whichever template reads it (a name means one thing everywhere).
FIELD_TYPES: dict[str, object] = {
    name: kind for d in DOCUMENTS for name, kind in field_types(d.fields).items()
}
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


# --- the types of fields -------------------------------------------------------------------


def field_type(name: str) -> object:
    """What a top-level field holds: a record class, `tuple[X, ...]`, `bool` or `str`."""
    return FIELD_TYPES.get(name, str)


def record_parts(cls: type) -> Mapping[str, object]:
    """The parts a template may read from a record: its fields (`records`)."""
    return field_types(cls)


def is_record(kind: object) -> bool:
    return isinstance(kind, type) and dataclasses.is_dataclass(kind)


def list_item(kind: object) -> object | None:
    """`X` for `tuple[X, ...]`, else None."""
    if typing.get_origin(kind) is tuple:
        return typing.get_args(kind)[0]
    return None


def path_type(path: tuple[str, ...]) -> object | None:
    """The type at a path (`zespol`, `[]`, `imie_nazwisko`), or None when it has none."""
    kind: object | None = field_type(path[0])
    for step in path[1:]:
        if step == ITEM:
            kind = list_item(kind)
        elif is_record(kind):
            assert isinstance(kind, type)
            kind = record_parts(kind).get(step)
        else:
            kind = None
        if kind is None:
            return None
    return kind


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
        raise TemplateError(TEMPLATE_MISSING.format(name=path.name, where=path.parent)) from e


def readme_bytes() -> bytes:
    """`CZYTAJ.txt` as Windows Notepad reads it best: UTF-8 with a BOM, CRLF line ends."""
    return readme_text().replace("\n", "\r\n").encode("utf-8-sig")


def readme_text() -> str:
    """The Polish guide for the office: tags, loops, checking, and every field by template."""
    lines = [msg.README_INTRO, msg.README_COMMON]
    for name in COMMON_FIELDS:
        lines += _field_lines(TemplateFields, name, indent=2)
    lines += ["", *_wrap(msg.README_PERSON, 0)]
    lines += _parts_lines(Osoba, "sekretarz", indent=2)
    for document in DOCUMENTS:
        lines += [""] + _wrap(f"{document.file_name} — {document.title}", 0)
        common = ", ".join(f"{{{{ {name} }}}}" for name in COMMON_FIELDS)
        lines += _wrap(msg.README_COMMON_IN_TEMPLATE.format(fields=common), 2)
        for name in own_field_names(document.fields):
            lines += _field_lines(document.fields, name, indent=2)
    return "\n".join(lines) + "\n"


def _field_lines(fields: type[TemplateFields], name: str, indent: int) -> list[str]:
    meaning, example = field_doc(fields, name)
    kind = field_types(fields)[name]
    item = list_item(kind)
    if kind is Osoba:
        parts = ", ".join(f"{{{{ {name}.{part} }}}}" for part in record_parts(Osoba))
        return _wrap(f"{name} — {meaning}; {msg.README_PERSON_PARTS.format(parts=parts)}", indent)
    if is_record(kind):
        assert isinstance(kind, type)
        return _wrap(f"{name} — {meaning}; {msg.README_RECORD}", indent) + _parts_lines(
            kind, name, indent + 4
        )
    if item is str:
        usage = _loop("p", "t", name) + " {{ t }} " + _loop_end("p")
        text = f"{name} — {meaning}; {msg.README_LIST_OF_TEXT.format(usage=usage)}; "
        return _wrap(text + msg.README_EXAMPLE.format(example=example), indent)
    if is_record(item):
        assert isinstance(item, type)
        return _list_lines(name, meaning, item, name, indent, depth=0)
    if kind is bool:
        usage = f"{{%p if {name} %}} … {{%p endif %}}"
        yes_no = msg.README_YES_NO.format(usage=usage)
        return _wrap(f"{{{{ {name} }}}} — {meaning}; {yes_no}", indent)
    example_text = msg.README_EXAMPLE.format(example=example or "—")
    return _wrap(f"{{{{ {name} }}}} — {meaning}; {example_text}", indent)


def _list_lines(
    label: str, meaning: str, item: type, iterated: str, indent: int, depth: int
) -> list[str]:
    """A list of records: how to loop over it, then the parts of one element."""
    var = _loop_name(item, depth)
    kind = "p" if item is Osoba or _has_list_part(item) else "tr"  # as the default templates
    usage = f"{_loop(kind, var, iterated)} … {_loop_end(kind)}"
    if item is Osoba:
        parts = ", ".join(f"{{{{ {var}.{part} }}}}" for part in record_parts(Osoba))
        text = msg.README_LIST_OF_PERSONS.format(usage=usage, parts=parts)
        return _wrap(f"{label} — {meaning}; {text}", indent)
    head = _wrap(f"{label} — {meaning}; {msg.README_LIST_OF_RECORDS.format(usage=usage)}", indent)
    return head + _parts_lines(item, var, indent + 4, depth)


def _parts_lines(cls: type, var: str, indent: int, depth: int = 0) -> list[str]:
    """One line per part of a record (`{{ w.lp }} — liczba porządkowa`), lists nested."""
    lines: list[str] = []
    for part, kind in record_parts(cls).items():
        meaning = field_doc(cls, part)[0]
        item = list_item(kind)
        if item is cls:  # `podpunkty` of a `Punkt`
            lines += _wrap(f"{var}.{part} — {meaning} {msg.README_SAME_PARTS}", indent)
        elif is_record(item):
            assert isinstance(item, type)
            lines += _list_lines(f"{var}.{part}", meaning, item, f"{var}.{part}", indent, depth + 1)
        else:
            lines += _wrap(f"{{{{ {var}.{part} }}}} — {meaning}", indent)
    return lines


def _has_list_part(cls: type) -> bool:
    return any(list_item(kind) is not None for kind in record_parts(cls).values())


def _loop(kind: str, var: str, iterated: str) -> str:
    return f"{{%{kind} for {var} in {iterated} %}}"


def _loop_end(kind: str) -> str:
    return f"{{%{kind} endfor %}}"


def _loop_name(item: type, depth: int) -> str:
    if item is Osoba:
        return "o"
    return ("w", "z", "y", "x")[min(depth, 3)]


_TAG_IN_TEXT = re.compile(r"\{[{%].*?[}%]\}")
_KEEP_TOGETHER = re.compile(r"(?<=\d) (?=r\.)|(?<=§) |(?<=\b(?:ust|art)\.) |(?<=\bpkt) ")
_UNBREAKABLE = "\x00"


def _wrap(text: str, indent: int) -> list[str]:
    """Wrapped lines of `text`, never breaking inside a tag such as `{%p endfor %}`."""
    joined = _TAG_IN_TEXT.sub(lambda m: m.group().replace(" ", _UNBREAKABLE), text)
    joined = _KEEP_TOGETHER.sub(_UNBREAKABLE, joined)
    lines = textwrap.wrap(
        joined,
        width=92,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + 4),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_UNBREAKABLE, " ") for line in lines]


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
