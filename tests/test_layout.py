"""Every module under `generator/` reads in one sitting (issue 11: no module over ~400 lines).

A module that grows past the limit does more than one job: split it by responsibility, as
`validate.py` / `consistency.py` or `offices.py` / `declension.py` were, or the Polish
messages into the package `messages/` by stage. There are no exceptions.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
MAX_LINES = 420


def long_modules(root: Path, limit: int = MAX_LINES) -> dict[str, int]:
    """The Python modules under `root` longer than `limit` lines, with their length."""
    lengths = {
        path.relative_to(root).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in sorted(root.rglob("*.py"))
    }
    return {name: lines for name, lines in lengths.items() if lines > limit}


def test_no_module_is_over_the_limit() -> None:
    too_long = long_modules(GENERATOR)
    assert not too_long, f"modules over {MAX_LINES} lines (split them by job): {too_long}"


def test_the_check_finds_a_long_module_in_a_package(tmp_path: Path) -> None:
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), "utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES, "utf-8")
    assert long_modules(tmp_path) == {"stage/long.py": MAX_LINES + 1}


def test_every_package_is_installed() -> None:
    # pyproject.toml lists the packages by name: one left out is missing from a
    # non-editable install although every test here passes from the source tree.
    config = tomllib.loads((GENERATOR.parent / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(GENERATOR.parent).parts)
        for init in GENERATOR.rglob("__init__.py")
    }
    assert found <= listed, f"packages missing from pyproject.toml: {sorted(found - listed)}"
