"""The compiled-template cache never runs what it did not write (issue 16, item 9).

A cache entry is code; `SZJ_CACHE_DIR` may point at a shared folder. An entry planted there
under the right name must neither run nor change a document: it fails the HMAC under the
user's private key and is compiled again.
"""

from __future__ import annotations

import marshal
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import DAY, workbook

from generator.documents.cache import cache_key, key_path
from generator.documents.registry import DECISION
from generator.documents.render import DEFAULT_TEMPLATES, TemplateSet

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _generate(source: Path, output: Path, cache: str, data_home: Path) -> None:
    env = {**os.environ, "SZJ_CACHE_DIR": cache, "XDG_DATA_HOME": str(data_home)}
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(source), "-o", str(output),
         "--na-dzien", DAY],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT, env=env,
        timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr


def _documents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*.docx"))}


@pytest.mark.slow
def test_a_planted_cache_entry_is_not_run_and_changes_nothing(tmp_path: Path) -> None:
    cache, marker = tmp_path / "wspolny-cache", tmp_path / "wykonano.txt"
    cache.mkdir()
    payload = compile(f"open({str(marker)!r}, 'w').write('x')", "<template>", "exec")
    name = cache_key((DEFAULT_TEMPLATES / DECISION).read_bytes())  # the name anyone can compute
    (cache / name).write_bytes(marshal.dumps(({"word/document.xml": payload}, [], b"")))
    source = workbook()(tmp_path)

    _generate(source, tmp_path / "z-cache", str(cache), tmp_path / "dane")
    _generate(source, tmp_path / "bez-cache", "", tmp_path / "dane")

    assert not marker.exists()
    assert _documents(tmp_path / "z-cache") == _documents(tmp_path / "bez-cache")
    assert (cache / name).read_bytes() != marshal.dumps(({"word/document.xml": payload}, [], b""))


def test_the_key_is_private_and_outside_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "dane"))
    monkeypatch.setenv("SZJ_CACHE_DIR", str(tmp_path / "cache"))
    import generator.documents.cache as template_cache

    template_cache._key.cache_clear()
    try:
        TemplateSet().check(DECISION)
        key = key_path()
        assert key.is_file() and tmp_path / "dane" in key.parents
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert any((tmp_path / "cache").iterdir())
    finally:
        template_cache._key.cache_clear()


def test_a_key_others_can_read_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "dane"))
    monkeypatch.setenv("SZJ_CACHE_DIR", str(tmp_path / "cache"))
    import generator.documents.cache as template_cache

    key = key_path()
    key.parent.mkdir(parents=True)
    key.write_bytes(b"k" * 32)
    key.chmod(0o644)
    template_cache._key.cache_clear()
    try:
        TemplateSet().check(DECISION)
        assert not (tmp_path / "cache").exists()
    finally:
        template_cache._key.cache_clear()
