"""The bounded sandbox: an office's template cannot make the tool hang, exhaust memory or
print the program's internals into a signed document (issue 16, item 7).

Each payload is typed into a paragraph of an office's template, as a clerk would in Word; the
run must end with a Polish message naming the template, exit 1 and nothing written.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import DAY, workbook
from test_safety import PROJECT_ROOT, generate, nothing_written, template_with_paragraph

from generator import messages as msg
from generator.cli import cli
from generator.documents import limits as render_limits
from generator.documents.registry import DECISION
from generator.documents.render import make_environment
from generator.documents.sandbox import LimitError

TOO_MUCH = msg.TEMPLATE_TOO_MUCH.split("(")[0]  # „szablon wytworzyłby zbyt dużo ”
NOT_PRINTABLE = msg.TEMPLATE_NOT_PRINTABLE.split("{")[0]  # „szablon próbuje wypisać ”

WORK_PAYLOADS = [
    "{{ 10**(10**9) }}",
    "{{ 'a' * 10**9 }}",
    "{{ [0] * 10**8 }}",
    "{{ urzad|center(10**9) }}",
    "{{ urzad|center(1000000000) }}",
    "{{ urzad|indent(10**9) }}",
    "{{ urzad.ljust(10**9) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '{:>999999999}'.format(urzad) }}",
    "{{ '%0999999999d'|format(1) }}",
    "{{ (urzad ~ ' ') * 100000 }}",
    "{{ ((urzad ~ ' ') * 20000)|wordwrap(1) }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
    "{{ [1]|batch(1000000000, 0)|list|length }}",
    "{{ urzad|replace('', 'y' * 100000) }}",
]
PRINTING_PAYLOADS = [
    "{{ cycler }}",
    "{{ joiner }}",
    "{{ namespace }}",
    "{{ range }}",
    "{{ urzad.upper }}",
    "{{ zrodla|list }}",
    "{{ cycler|string }}",
    "{{ '' ~ namespace }}",
    "{{ '%s'|format(joiner) }}",
    "{{ '%s' % range }}",
    "{{ '{}'.format(cycler) }}",
    "{{ [range]|join }}",
    "{{ namespace|safe }}",
    "{{ cycler|e }}",
]


def _refused(said: str, message: str) -> bool:
    """Refused naming the template: while filling it, or already by the check that `generate`
    runs first (`w akapicie: „…” — …`) when the expression does not depend on the data."""
    return any(line.startswith(f"{DECISION}: ") and message in line for line in (
        said.replace("błąd: ", "").splitlines()
    ))


@pytest.mark.parametrize("payload", WORK_PAYLOADS)
def test_a_template_that_would_make_too_much_is_refused(tmp_path: Path, payload: str) -> None:
    templates = template_with_paragraph(tmp_path, payload)
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1, result.output
    assert _refused(result.stderr, TOO_MUCH)
    assert nothing_written(output)


@pytest.mark.parametrize("payload", PRINTING_PAYLOADS)
def test_a_template_prints_only_text_numbers_and_dates(tmp_path: Path, payload: str) -> None:
    templates = template_with_paragraph(tmp_path, payload)
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1, result.output
    assert _refused(result.stderr, NOT_PRINTABLE)
    assert "0x" not in result.output and "<function" not in result.output
    assert nothing_written(output)


def test_lorem_ipsum_is_not_there_to_print(tmp_path: Path) -> None:
    templates = template_with_paragraph(tmp_path, "{{ lipsum }} {{ lipsum(n=100000) }}")
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1
    assert "generate_lorem_ipsum" not in result.output
    assert nothing_written(output)


def test_a_huge_power_does_not_hang_the_check(tmp_path: Path) -> None:
    """Jinja folds constant expressions while compiling; the sandbox stops it doing so, and
    the check refuses them as `generate` would, naming the paragraph."""
    paragraph = "{{ 10**(10**9) }} {{ 'a'|center(1000000000) }}"
    templates = template_with_paragraph(tmp_path, paragraph)
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "templates", "check", str(templates)],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT, timeout=60,
        check=False,
    )
    assert "Traceback" not in completed.stderr, completed.stderr
    assert completed.returncode == 1
    said = completed.stdout + completed.stderr
    assert f"{DECISION}: błąd: w akapicie: „{paragraph}” — {TOO_MUCH}" in said


@pytest.mark.parametrize(
    ("payload", "message"),
    [("{{ 'a' * 10**9 }}", TOO_MUCH), ("{{ [0] * 10**8 }}", TOO_MUCH),
     ("{{ 'x'|indent(10**9) }}", TOO_MUCH), ("{{ cycler }}", NOT_PRINTABLE),
     ("{{ namespace|string }}", NOT_PRINTABLE)],
)
def test_the_check_refuses_what_generate_would(tmp_path: Path, payload: str, message: str) -> None:
    templates = template_with_paragraph(tmp_path, payload)
    checked = CliRunner().invoke(cli, ["templates", "check", str(templates)])
    assert checked.exit_code == 1
    assert f"{DECISION}: błąd: w akapicie: „{payload}” — {message}" in checked.output


def test_ordinary_expressions_still_work() -> None:
    source = (
        "{{ 1 + 2 }}|{{ 'a' ~ 'b' ~ 3 }}|{{ 'x'|center(5) }}|{{ 2**10 }}|"
        "{{ '%5.2f'|format(3.14159) }}|{{ '{:>3}'.format('a') }}|{{ ['a', 'b']|join(', ') }}|"
        "{% for i in range(3) %}{{ i }}{% endfor %}|{{ 'ab' * 2 }}"
    )
    environment = make_environment()
    assert environment.from_string(source).render() == "3|ab3|  x  |1024| 3.14|  a|a, b|012|abab"


def test_the_loop_budget_is_per_rendering() -> None:
    environment = make_environment()
    template = environment.from_string("{% for i in range(60000) %}{% endfor %}ok")
    for _ in range(3):
        environment.start_rendering()
        assert template.render() == "ok"
    with pytest.raises(LimitError):
        template.render()  # without a fresh budget the second 60,000 steps exceed it


def test_lists_cannot_be_grown_in_place() -> None:
    template = make_environment().from_string(
        "{% set l = [0] %}{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}"
    )
    with pytest.raises(Exception, match="unsafe"):
        template.render()


@pytest.mark.slow
def test_the_issue_payloads_finish_in_a_real_process(tmp_path: Path) -> None:
    """The slowest payloads of the issue (minutes, gigabytes before) end within seconds."""
    templates = template_with_paragraph(
        tmp_path, "{{ ((urzad ~ ' ') * 20000)|wordwrap(1) }}{{ [0] * 10**8 }}"
    )
    output = tmp_path / "wynik"
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(workbook()(tmp_path)), "-o",
         str(output), "--templates", str(templates), "--na-dzien", DAY],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT, timeout=60,
        check=False,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr and "MemoryError" not in completed.stderr
    assert TOO_MUCH in completed.stderr
    assert nothing_written(output)


# --- the hard limit: what the sandbox cannot recognise is stopped by the process limits ---

EXPLODING_RECURSION = (
    "{% for x in 'abcdefghij' recursive %}{% if loop.depth < 12 %}{{ loop('abcdefghij') }}"
    "{% endif %}{% endfor %}"
)


@pytest.mark.slow
def test_a_template_that_runs_too_long_is_stopped_with_a_message(tmp_path: Path) -> None:
    """Ten to the twelfth loop steps: no range, nothing the sandbox counts."""
    templates = template_with_paragraph(tmp_path, EXPLODING_RECURSION)
    output = tmp_path / "wynik"
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(workbook()(tmp_path)), "-o",
         str(output), "--templates", str(templates), "--na-dzien", DAY],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT, timeout=60,
        check=False,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    limit = msg.TEMPLATE_LIMIT_TIME.format(seconds=render_limits.RENDER_SECONDS)
    assert f"{DECISION}: nie udało się wypełnić szablonu: {limit}" in completed.stderr
    assert nothing_written(output)


def test_a_template_that_takes_too_much_memory_is_stopped_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render_limits, "RENDER_MEMORY", 64 << 20)
    """A thousand texts of 900,000 characters each: every one within the sandbox's limits."""
    templates = template_with_paragraph(
        tmp_path,
        "{% set big = urzad * (900000 // (urzad|length)) %}"
        "{% for x in range(1000) %}{{ big ~ x }}{% endfor %}",
    )
    output = tmp_path / "wynik"
    result = generate(workbook()(tmp_path), output, "--templates", templates)
    assert result.exit_code == 1
    limit = msg.TEMPLATE_LIMIT_MEMORY.format(megabytes=64)
    assert f"{DECISION}: nie udało się wypełnić szablonu: {limit}" in result.stderr
    assert nothing_written(output)
