"""The act as input of a workbook: load the regulamin's and the statute's current text named in
`Projekt`, and check the rows of `Zmiany` against it.

With an act given, „Brzmienie obecne” may be left empty (it is taken from the act), a typed
wording must match the act's (whitespace aside), a unit to change or repeal must exist, and a
unit to add needs its enclosing unit. Both wording cells empty then mean repeal. Every problem
is an `Issue` naming its cell; the acts are parsed once per validation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from generator import messages as msg
from generator.acts.document import parse_act
from generator.acts.parse import normalize
from generator.acts.tree import Act, ActUnit
from generator.domain import amendments as am
from generator.domain.model import Change, ChangeKind, Issue, Project, Severity
from generator.domain.targets import Scope
from generator.domain.units import EditorialUnit, Level
from generator.errors import ActError

QUOTES = f"{am.OPEN_QUOTE}{am.CLOSE_QUOTE}\""  # outer quotes a clerk may type

# The `Projekt` fields naming an act's text, with the document their changes belong to.
ACT_FIELDS = ("regulamin_text", "statute_text")


@dataclass(frozen=True)
class LoadedAct:
    """One act named in `Projekt`: the field it came from, its file's bytes and its tree."""

    key: str  # "regulamin_text" or "statute_text"
    path: Path
    data: bytes
    act: Act

    @property
    def noun_locative(self) -> str:
        """„regulaminie” / „statucie”, as in „w regulaminie nie ma § 99”."""
        return msg.ACT_IN_REGULAMIN if self.key == "regulamin_text" else msg.ACT_IN_STATUTE


def load_acts(project: Project, folder: Path) -> tuple[dict[str, LoadedAct], list[Issue]]:
    """The acts the project names (paths relative to `folder`), and the problems of each."""
    acts: dict[str, LoadedAct] = {}
    issues: list[Issue] = []
    for key in ACT_FIELDS:
        typed = getattr(project, key, None)
        if not typed:
            continue
        where = project.cell(key)
        loaded = _load(key, typed, folder, where, issues)
        if loaded is not None:
            acts[key] = loaded
    return acts, issues


def _load(key: str, typed: str, folder: Path, where: str, issues: list[Issue]) -> LoadedAct | None:
    path = Path(typed.strip())
    if not path.is_absolute():
        path = folder / path
    if path.suffix.lower() != ".docx":
        issues.append(Issue(Severity.ERROR, msg.ACT_FILE_NOT_DOCX.format(path=typed), where))
        return None
    if not path.is_file():
        text = msg.ACT_FILE_NOT_FOUND.format(path=typed, folder=folder)
        issues.append(Issue(Severity.ERROR, text, where))
        return None
    try:
        act = parse_act(path)
        data = path.read_bytes()
    except ActError as error:
        issues.append(Issue(Severity.ERROR, str(error), where))
        return None
    except OSError as error:
        issues.append(Issue(Severity.ERROR, f"{path.name}: {error.strerror or error}", where))
        return None
    for warning in act.warnings:
        issues.append(Issue(Severity.WARNING, f"{path.name}: {warning.message}", where))
    return LoadedAct(key, path, data, act)


def names_act(document: str, project: Project) -> bool:
    """Whether `Projekt` names the text of the act a change of `document` concerns (read or
    not: an act that could not be read is reported on its own cell)."""
    if am.is_regulamin(document):
        return bool(project.regulamin_text)
    return am.is_statute(document) and bool(project.statute_text)


def act_for(document: str, acts: dict[str, LoadedAct]) -> LoadedAct | None:
    """The loaded act a change of `document` concerns, if the project names one."""
    if am.is_regulamin(document):
        return acts.get("regulamin_text")
    if am.is_statute(document):
        return acts.get("statute_text")
    return None


def checks_against_act(change: Change) -> bool:
    """Whether the row names a whole unit inside the §§, or words of one (what the act's tree
    can answer and the consolidated text writes)."""
    return change.scope in (Scope.UNIT, Scope.WORDS) and not change.unit.is_division


def check_change(change: Change, loaded: LoadedAct) -> tuple[Change | None, list[Issue]]:
    """The change with its current wording taken from the act, or None and the problems."""
    if not checks_against_act(change):
        if change.scope is Scope.TITLE:
            return change, []
        return change, [Issue(Severity.WARNING, msg.ACT_CHANGE_NOT_IN_TEXT,
                              change.source.cell("unit"))]
    unit = loaded.act.find(change.unit)
    noun = loaded.noun_locative
    if unit is None:
        return _check_missing(change, loaded, noun)
    if change.scope is Scope.WORDS:
        return _check_words(change, unit)
    if not change.current:
        return _settle_punctuation(replace(change, current=unit_wording(unit)), loaded.act), []
    typed = _comparable(change.unit, change.current)
    actual = _comparable(change.unit, unit_wording(unit))
    if typed != actual:
        text = msg.ACT_WORDING_DIFFERS.format(
            unit=change.unit.text(), typed=typed, act_text=actual
        )
        return None, [Issue(Severity.ERROR, text, change.source.cell("current"))]
    return _settle_punctuation(change, loaded.act), []


def _check_missing(
    change: Change, loaded: LoadedAct, noun: str
) -> tuple[Change | None, list[Issue]]:
    """A unit the act lacks: only an addition (proposed wording, no current) inside a unit that
    exists is right."""
    where = change.source.cell("unit")
    if change.current or not change.proposed:
        text = msg.ACT_UNIT_MISSING.format(act=noun, unit=change.unit.text())
        return None, [Issue(Severity.ERROR, text, where)]
    parent = change.unit.parent
    if parent is not None and loaded.act.find(parent) is None:
        text = msg.ACT_UNIT_MISSING.format(act=noun, unit=parent.text())
        return None, [Issue(Severity.ERROR, text, where)]
    return _settle_punctuation(change, loaded.act), []


_LIST_LEVELS = (Level.POINT, Level.LETTER, Level.TIRET)


def _settle_punctuation(change: Change, act: Act) -> Change:
    """The end of a list as the act has it, unless the clerk said (`fix_punctuation`): an added
    point after the last one changes the neighbour's closing „.” only if the neighbour really
    ends with one; a repealed point changes its neighbour's punctuation only if it really is the
    last element of its list."""
    unit = change.unit
    neighbour = unit.preceding
    if (change.fix_punctuation is not None or change.scope is not Scope.UNIT
            or unit.last_level not in _LIST_LEVELS or neighbour is None
            or change.kind is ChangeKind.REPLACE):
        return change
    before = act.find(neighbour)
    if before is None:
        return change
    if change.kind is ChangeKind.ADD:
        return replace(change, fix_punctuation=_last_text(before).endswith("."))
    return replace(change, fix_punctuation=_is_last(unit, act))


def _last_text(unit: ActUnit) -> str:
    """The text that closes the unit: the text of the last unit inside it (or its own)."""
    last = list(unit.walk())[-1]
    return last.text.rstrip().rstrip(QUOTES)


def _is_last(address: EditorialUnit, act: Act) -> bool:
    parent = address.parent
    holder = act.find(parent) if parent is not None else None
    siblings = [u for u in (holder.children if holder else act.units)
                if u.address.last_level is address.last_level]
    return bool(siblings) and siblings[-1].address == address


def _check_words(change: Change, unit: ActUnit) -> tuple[Change | None, list[Issue]]:
    words = words_of(change.current)
    if words and words in normalize(unit_wording(unit)):
        return change, []
    text = msg.ACT_WORDS_MISSING.format(unit=change.unit.text(), words=words)
    return None, [Issue(Severity.ERROR, text, change.source.cell("current"))]


def words_of(text: str | None) -> str:
    """Words as typed in a cell, whitespace collapsed and outer quotes dropped."""
    return normalize(normalize(text or "").strip(QUOTES))


def unit_wording(unit: ActUnit) -> str:
    """The unit as a clerk types it in „Brzmienie obecne”: its own text without its mark, then
    each unit inside it on its own line with its mark."""
    lines = [unit.text, *(f"{u.mark} {u.text}".rstrip() for u in unit.walk() if u is not unit)]
    return "\n".join(line for line in lines if line)


def _comparable(unit: EditorialUnit, text: str) -> str:
    """Whitespace collapsed, outer quotes and the unit's own typed mark dropped."""
    text = normalize(text).strip(QUOTES)
    if unit.starts_with_designation(text):
        mark = re.escape(unit.designation).replace(r"\ ", r"\s*")
        mark = re.sub(r"(\\\.|\\\))$", r"\\s*\1", mark)
        text = re.sub(rf"^\s*{mark}\s*", "", text, count=1, flags=re.IGNORECASE)
    return normalize(text)
