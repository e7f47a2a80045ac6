"""Polish text lives in one place: `generator/messages/` and the prose resources in
`generator/texts/`, so a Polish reader reviews every user-facing word there.

A string literal with a Polish letter or Polish quotes anywhere else under `generator/`
fails this test, except in the modules below whose Polish is data, not messages.
Docstrings are documentation, not output, and are not checked.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
POLISH = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”]")

# Modules (or packages) whose Polish literals are data (paths under generator/), each with
# the reason.
DATA_MODULES = {
    "messages": "every user-facing message, by stage",
    "workbook/schema.py": "the workbook vocabulary: sheet, column, closed-list labels users type",
    "domain/polish.py": "Polish grammar: cases, currency words, month forms, quotes",
    "domain/offices.py": "names of gmina organs, offices and official journals",
    "domain/declension.py": "the words that decline in a title or a name, and their cases",
    "domain/units.py": "citations of editorial units: ust., pkt, lit., ordinal words",
    "domain/targets.py": "what clerks type for a sentence, words, a chapter or an annex",
    "domain/amendments": "the fixed wording of amending provisions (legislative drafting rules)",
    "acts/parse.py": "patterns of an act's own text: Rozdział, Załącznik, §",
    "workbook/values.py": "patterns of what users type: month names, „zł”",
    "workbook/labels.py": "patterns of what users type: „województwo”, „woj.”",
    "documents/fields.py": "each template field's meaning and example: the CZYTAJ.txt guide",
    "documents/records.py": "the parts of the records templates read, with their meaning",
    "documents/registry.py": "the documents' titles and legends, as the documents print them",
    "documents/jinja_uses.py": "the typographic quote characters Word substitutes in tags",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def polish_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal with Polish letters or quotes, docstrings aside."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and POLISH.search(node.value)
    )


def _checked_modules() -> list[Path]:
    return [
        path
        for path in sorted(GENERATOR.rglob("*.py"))
        if not _allowed(path.relative_to(GENERATOR).as_posix())
    ]


def _allowed(name: str) -> bool:
    return any(name == data or name.startswith(f"{data}/") for data in DATA_MODULES)


def test_no_polish_literal_outside_messages_and_resources() -> None:
    found = [
        f"{path.relative_to(GENERATOR.parent)}:{line}: {text[:60]!r}"
        for path in _checked_modules()
        for line, text in polish_literals(path.read_text("utf-8"))
    ]
    assert not found, "Polish text outside generator/messages/:\n" + "\n".join(found)


def test_the_check_finds_a_polish_message_but_not_a_docstring() -> None:
    source = (
        '"""Moduł."""\n'
        "def f():\n"
        '    """Zwraca „tak”."""\n'
        '    return "Nadpisz istniejący plik."\n'
    )
    assert polish_literals(source) == [(4, "Nadpisz istniejący plik.")]


def test_the_check_looks_into_f_strings() -> None:
    source = 'x = f"{a} — nie wygenerowano dokumentów"\n'
    assert [line for line, _ in polish_literals(source)] == [1]


def test_the_allow_list_names_existing_modules() -> None:
    for name in DATA_MODULES:
        assert (GENERATOR / name).exists(), name
