"""Generating many workbooks in several processes gives what one process gives, in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbooks import TODAY, set_field, valid_sheets, write_workbook

from generator import pipeline


def _workbooks(folder: Path, count: int) -> list[Path]:
    """`count` valid workbooks with their own znak sprawy; the third one is invalid."""
    folder.mkdir()
    paths = []
    for number in range(1, count + 1):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", f"OR.0123.{number}.2026")
        if number == 3:
            set_field(sheets, "Tytuł projektu", None)
        paths.append(write_workbook(folder / f"projekt_{6 - number}.xlsx", sheets))
    return paths  # names run backwards, so input order is not alphabetical order


def _documents(results: list[pipeline.Generated]) -> dict[str, bytes]:
    return {
        f"{r.folder.name}/{w.path.name}": w.path.read_bytes()
        for r in results
        if r.folder is not None
        for w in r.files
    }


def test_processes_give_the_same_documents_in_the_same_order(tmp_path: Path) -> None:
    paths = _workbooks(tmp_path / "inputs", 5)
    finished: list[Path] = []

    def run(workers: int, output: str) -> list[pipeline.Generated]:
        settings = pipeline.GenerateSettings(TODAY, tmp_path / output)
        return pipeline.generate(paths, settings, finished.append, workers=workers)

    one = run(1, "one")
    several = run(2, "several")

    assert [r.checked.path for r in several] == paths
    assert [r.ok for r in several] == [True, True, False, True, True]
    assert [r.checked.report_lines() for r in several] == [r.checked.report_lines() for r in one]
    assert len(_documents(several)) == 4 * 9  # eight documents (step 7: no 09 yet) and a manifest
    assert _documents(several) == _documents(one)
    assert sorted(finished) == sorted(paths * 2)  # progress once per workbook and run


def test_a_failing_workbook_does_not_stop_the_others(tmp_path: Path) -> None:
    paths = _workbooks(tmp_path / "inputs", 4)
    paths[1].write_bytes(b"not a workbook")

    results = pipeline.generate(paths, pipeline.GenerateSettings(TODAY, tmp_path / "out"))

    assert [r.ok for r in results] == [True, False, False, True]
    assert "projekt_4.xlsx" in results[1].checked.report_lines()[0]


@pytest.mark.parametrize(("workbooks", "expected"), [(0, 1), (1, 1), (3, 1)])
def test_few_workbooks_stay_in_one_process(workbooks: int, expected: int) -> None:
    assert pipeline.worker_count(workbooks) == expected
