"""Golden files: committed text a test compares its output with.

`SZJ_UPDATE_GOLDEN=1` rewrites a golden file that is missing or differs, and the test still
FAILS in that run: regenerating can never make a test pass, the new text is reviewed in the
diff and the next run passes. Tests use it through the `golden` fixture of conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REFRESH = "SZJ_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q"


def compare_with_golden(path: Path, text: str) -> None:
    """Fail unless `path` holds exactly `text`; rewrite it (and still fail) when asked to."""
    current = path.read_text("utf-8") if path.exists() else None
    if current == text:
        return
    if os.environ.get("SZJ_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8", newline="\n")
        pytest.fail(f"{path.name}: rewritten; review the diff and run the tests again")
    if current is None:
        pytest.fail(f"{path.name} is missing: run `{REFRESH} <this test>`")
    assert current == text, f"{path.name} differs: if intended, run `{REFRESH} <this test>`"
