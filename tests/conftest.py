"""Fixtures shared by all tests; the workbook builder itself lives in workbooks.py."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from golden_files import compare_with_golden
from workbooks import Sheets, valid_sheets, write_workbook


@pytest.fixture
def make_workbook(tmp_path: Path):
    """`make_workbook(sheets=None, name="projekt.xlsx")` -> path of a written workbook."""

    def make(sheets: Sheets | None = None, name: str = "projekt.xlsx") -> Path:
        return write_workbook(tmp_path / name, sheets if sheets is not None else valid_sheets())

    return make


@pytest.fixture(autouse=True, scope="session")
def _private_template_cache(tmp_path_factory: pytest.TempPathFactory):
    """Tests (and the commands they start) never use the user's cache of compiled templates."""
    previous = os.environ.get("SZJ_CACHE_DIR")
    os.environ["SZJ_CACHE_DIR"] = str(tmp_path_factory.mktemp("szj-cache"))
    yield
    if previous is None:
        del os.environ["SZJ_CACHE_DIR"]
    else:
        os.environ["SZJ_CACHE_DIR"] = previous


@pytest.fixture
def golden() -> Callable[[Path, str], None]:
    """`golden(path, text)`: the test fails unless the committed file holds `text`.

    With `SZJ_UPDATE_GOLDEN=1` a differing file is rewritten and the test still fails once.
    """
    return compare_with_golden


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (`-n auto --dist loadgroup`) the slow tests run one after another
    on one worker while the others take the rest: two LibreOffice conversions, killed
    processes or time-limited sandboxes never compete with each other for the CPU."""
    for item in items:
        if item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.xdist_group("slow"))
