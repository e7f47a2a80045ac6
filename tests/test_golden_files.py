"""The golden-file comparison: regenerating never lets a test pass in the same run."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_files import compare_with_golden


def test_matching_golden_passes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Decyzja\n", "utf-8")
    compare_with_golden(path, "Decyzja\n")


def test_differing_golden_fails(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Decyzja\n", "utf-8")
    with pytest.raises(AssertionError):
        compare_with_golden(path, "Decyzja o podjęciu prac\n")


def test_regenerating_rewrites_the_file_and_still_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SZJ_UPDATE_GOLDEN", "1")
    path = tmp_path / "a.txt"
    path.write_text("Decyzja\n", "utf-8")
    with pytest.raises(pytest.fail.Exception, match="rewritten"):
        compare_with_golden(path, "Nowa treść\n")
    assert path.read_text("utf-8") == "Nowa treść\n"
    compare_with_golden(path, "Nowa treść\n")  # the next run passes


def test_missing_golden_fails_even_when_regenerating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "golden" / "a.txt"
    with pytest.raises(pytest.fail.Exception, match="missing"):
        compare_with_golden(path, "x\n")
    monkeypatch.setenv("SZJ_UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match="rewritten"):
        compare_with_golden(path, "x\n")
    assert path.read_text("utf-8") == "x\n"
