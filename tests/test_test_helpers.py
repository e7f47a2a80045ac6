"""Test helpers live in modules (`workbooks.py`, `golden_files.py` …); conftest.py holds only
fixtures, so no test imports from it."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_imports_from_conftest() -> None:
    importing = []
    for path in sorted(TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            if any(module.split(".")[-1] == "conftest" for module in modules):
                importing.append(f"{path.name}:{node.lineno}")
    assert not importing, "import test helpers from tests/workbooks.py: " + ", ".join(importing)
