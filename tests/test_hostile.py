"""The hostile-input corpus of `tests/hostile.py` through `szj generate`, as a user runs it.

Every bad workbook: exit 1, a Polish message naming the file and the cell, no traceback,
nothing in the output folder. What the SPEC only warns about: exit 0, the warning, and the
documents. Most cases run in-process through Click's runner (fast); those marked in the table
also run as a real `python -m generator` process, where a traceback would show on stderr.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import CASES, DAY, DOCUMENT_COUNT, ERROR, Case, docx_text

from generator.cli import cli

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CASE_SIGN = "OR.0123.7.2026"  # of the valid workbook every case starts from


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str


def generate_in_process(source: Path, output: Path) -> Run:
    # --wszystkie: every document (later steps as forms), so each input reaches every template
    arguments = ["generate", str(source), "-o", str(output), "--na-dzien", DAY, "--wszystkie"]
    result = CliRunner().invoke(cli, arguments)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        # the user would have seen a traceback
        raise AssertionError(f"uncaught {result.exception!r}") from result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def generate_in_a_process(source: Path, output: Path) -> Run:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(source), "-o", str(output),
         "--na-dzien", DAY, "--wszystkie"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=PROJECT_ROOT,
        check=False,
    )
    return Run(completed.returncode, completed.stdout, completed.stderr)


def written(output: Path) -> list[Path]:
    return sorted(output.rglob("*")) if output.exists() else []


def check_outcome(case: Case, run: Run, output: Path) -> None:
    shown = run.stdout + run.stderr
    assert run.exit_code == case.exit_code, shown
    assert "Traceback" not in shown
    if case.message:
        assert case.reported_in(run.stderr), f"expected {case.prefix}{case.message!r} in:\n{shown}"
    if case.exit_code:
        assert written(output) == [], "a refused input must write nothing"
        return
    assert f": {ERROR}: " not in run.stderr, run.stderr
    folder = output / CASE_SIGN
    documents = sorted(folder.glob("*.docx"))
    assert len(documents) == DOCUMENT_COUNT and (folder / "manifest.json").is_file()
    for document in documents:
        assert zipfile.ZipFile(document).testzip() is None
    if case.expect_text is not None:
        text = "\n".join(docx_text(d.read_bytes()) for d in documents)
        assert case.expect_text in text


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    source = case.build(tmp_path)
    output = tmp_path / "wynik"
    check_outcome(case, generate_in_process(source, output), output)


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if c.subprocess], ids=lambda c: c.name)
def test_hostile_input_in_a_real_process(case: Case, tmp_path: Path) -> None:
    source = case.build(tmp_path)
    output = tmp_path / "wynik"
    check_outcome(case, generate_in_a_process(source, output), output)


def test_the_corpus_is_large_and_each_case_says_what_to_expect() -> None:
    names = [c.name for c in CASES]
    assert len(set(names)) == len(names)
    assert sum(1 for c in CASES if c.exit_code == 1) >= 40
    for case in CASES:
        assert case.wrong and case.group
        assert case.exit_code == 0 or case.message, f"{case.name}: an error needs its message"


@pytest.mark.slow
def test_the_whole_corpus_in_one_folder(tmp_path: Path) -> None:
    """Every refused workbook of the corpus in one folder, as a batch (which `generate` may
    share among worker processes): each is named with its message, nothing is written."""
    batch = tmp_path / "wejscie"
    batch.mkdir()
    expected = []
    for case in (c for c in CASES if c.exit_code):
        folder = tmp_path / case.name
        folder.mkdir()
        built = case.build(folder)
        if not built.is_file():  # a path that does not exist, a folder
            continue
        name = f"{case.name}.xlsx"
        built.rename(batch / name)
        expected.append(replace(case, file=name))
    output = tmp_path / "wynik"
    run = generate_in_process(batch, output)
    assert run.exit_code == 1
    assert "Traceback" not in run.stdout + run.stderr
    for case in expected:
        assert case.reported_in(run.stderr), f"{case.name}: {case.prefix}{case.message}"
    assert written(output) == []


def test_a_bad_workbook_beside_a_good_one_stops_only_itself(tmp_path: Path) -> None:
    """One refused workbook in a folder: the other is still generated, exit 1 overall."""
    from hostile import workbook

    inputs = tmp_path / "wejscie"
    inputs.mkdir()
    workbook(name="dobry.xlsx")(inputs)
    (inputs / "zly.xlsx").write_bytes(b"%PDF-1.7\n")
    run = generate_in_process(inputs, tmp_path / "wynik")
    assert run.exit_code == 1
    assert "zly.xlsx: to nie jest skoroszyt Excel (.xlsx)" in run.stderr
    assert len(list((tmp_path / "wynik" / CASE_SIGN).glob("*.docx"))) == DOCUMENT_COUNT


def test_the_reliability_document_is_generated_from_this_corpus() -> None:
    """`docs/reliability.md` is written by `tools/make_reliability_doc.py` from `CASES`;
    run it (or these tests with SZJ_UPDATE_DOCS=1) after changing the corpus."""
    import importlib.util
    import os

    spec = importlib.util.spec_from_file_location(
        "make_reliability_doc", PROJECT_ROOT / "tools" / "make_reliability_doc.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    expected = tool.render_document()
    if os.environ.get("SZJ_UPDATE_DOCS") == "1":
        tool.DOCUMENT.write_text(expected, encoding="utf-8")
    assert tool.DOCUMENT.read_text(encoding="utf-8") == expected, (
        "docs/reliability.md is out of date: run python tools/make_reliability_doc.py"
    )
