"""The helpers every message module shares: counted nouns and quoted lists.

`count` puts a number before the Polish plural form of its noun; the others name what
is counted.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.domain.polish import plural


def count(n: int, one: str, few: str, many: str) -> str:
    """A number with the Polish plural form: 1 błąd, 2 błędy, 5 błędów, 22 błędy."""
    return f"{n} {plural(n, one, few, many)}"


def errors(n: int) -> str:
    return count(n, "błąd", "błędy", "błędów")


def warnings(n: int) -> str:
    return count(n, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")


def projects(n: int) -> str:
    return count(n, "projekt", "projekty", "projektów")


def join_quoted(values: Iterable[str]) -> str:
    """`„a”, „b”, „c”` — how closed lists are shown in messages."""
    return ", ".join(f"„{v}”" for v in values)


def problems(n: int) -> str:
    return count(n, "problem", "problemy", "problemów")


def files(n: int) -> str:
    return count(n, "plik", "pliki", "plików")
