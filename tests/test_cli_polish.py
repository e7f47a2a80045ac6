"""The command line speaks Polish: Click's own help, usage lines and errors included."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from generator.cli import cli

# Words Click prints in English when left alone; none may reach a clerk.
ENGLISH = re.compile(
    r"\b(Usage|Options|Commands|Show this|default|Error|Try|Missing|No such|Got unexpected"
    r"|Invalid value|DIRECTORY|FILE|TEXT|PATH|OPTIONS|COMMAND|ARGS|does not exist"
    r"|is a file|is a directory|requires an argument|Aborted)\b"
)


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="szj")


def command_paths(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand of `szj`, as the words a user types."""
    paths = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


@pytest.mark.parametrize("words", command_paths(), ids=lambda w: " ".join(w) or "szj")
def test_every_help_is_polish(words: tuple[str, ...]) -> None:
    result = run(*words, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Użycie: szj {' '.join(words)}".rstrip() + " ")
    assert "Opcje:" in result.stdout
    assert "Pokaż tę pomoc i zakończ." in result.stdout
    assert not ENGLISH.search(result.stdout), ENGLISH.search(result.stdout)


def test_szj_alone_shows_the_help_not_an_error() -> None:
    result = run()
    assert result.exit_code == 0
    assert "Polecenia:" in result.stdout and "generate" in result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["validate"], "błąd: brak argumentu PLIK_LUB_KATALOG…"),
        (["generate", "--bad"], "błąd: nie ma opcji --bad"),
        (["generate", "--pfd"], "(czy chodziło o --pdf?)"),
        (["genrate"], "błąd: nie ma polecenia „genrate” (czy chodziło o generate?)"),
        (["generate", "-o"], "błąd: opcja -o wymaga wartości"),
        (["init", "--force=tak", "x.xlsx"], "błąd: opcja --force nie przyjmuje wartości"),
        (["init", "a.xlsx", "b.xlsx"], "błąd: nadmiarowe argumenty: b.xlsx"),
        (["templates", "check", "brak"], "nie ma katalogu „brak”"),
        (["generate", "-o", "README.md", "inputs"], "„README.md” to plik, a potrzebny katalog"),
        (["register", "inputs", "-o", "inputs"], "„inputs” to katalog, a potrzebny plik"),
        (["validate", "--na-dzien", "jutro", "x"], "nieprawidłowa wartość --na-dzien: „jutro”"),
    ],
)
def test_usage_errors_are_polish(args: list[str], expected: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert expected in result.stderr, result.stderr
    assert not ENGLISH.search(result.stderr), result.stderr
    assert "Traceback" not in result.output


def test_usage_error_shows_the_polish_usage_and_where_help_is() -> None:
    result = run("generate", "--bad")
    assert result.stderr.startswith(
        "Użycie: szj generate [OPCJE] [PLIK_LUB_KATALOG…]\nPomoc: szj generate --help\n\n"
    )


def test_the_installed_command_speaks_polish_too() -> None:
    """The real entry point, not only CliRunner: `python -m generator`."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--bad"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert "błąd: nie ma opcji --bad" in result.stderr
    assert not ENGLISH.search(result.stderr), result.stderr


def test_na_dzien_takes_the_clerks_date_and_iso_alike() -> None:
    example = Path(__file__).resolve().parent.parent / "inputs" / "przyklad.xlsx"
    polish = run("status", example, "--na-dzien", "23.11.2026")
    iso = run("status", example, "--na-dzien", "2026-11-23")
    assert polish.exit_code == iso.exit_code == 0, polish.output
    assert polish.stdout == iso.stdout
    later = run("status", example, "--na-dzien", "23.12.2027")
    assert later.stdout != polish.stdout  # the date is really used
