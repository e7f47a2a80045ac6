"""Compiled templates kept between runs, authenticated so that a planted file never runs.

An office's template that passed `szj templates check` is remembered the same way, so a
run with `--templates` checks each edited template once, not on every run.

Turning a template into Jinja code (docxtpl's regular expressions, Jinja's parser and code
generator) costs ~100 ms for the ten templates, more than rendering them; compressing the
members no value changes (styles, fonts, theme: most of a .docx) ~40 ms more. Both are kept
in the user's cache folder, keyed by the template's bytes and everything else that shapes
the code, and loaded with `marshal` as Python loads its own .pyc files.

A cache entry holds code that runs, and the cache folder may be shared (`SZJ_CACHE_DIR`
pointing at a network folder), so every entry carries an HMAC-SHA256 of its name and content
under a key kept outside the cache folder, in the user's private data folder
(`platformdirs.user_data_path`, file mode 0600). An entry that fails the check — planted,
copied from another user, damaged — is a miss: the template is compiled again and the entry
replaced. `marshal` only ever reads what this user's key vouches for. When the key cannot be
kept privately (a data folder that cannot be written, a key file others can read or that
another user owns) nothing is cached.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import importlib.util
import marshal
import os
import secrets
import stat
import sys
from pathlib import Path
from typing import Any

import jinja2
import platformdirs

from generator.files import replace_atomically

_FORMAT = b"szj-cache-2\n"
_KEY_BYTES = 32
_DIGEST = hashlib.sha256().digest_size


def _shaping_modules() -> list[Path]:
    """The modules whose code shapes the compiled templates or judges an office's template
    (the outcome of `templates check` is kept too): all of `documents/` and the XML prolog
    check it shares with the workbook reader. A change to any of them is a new key."""
    documents = Path(__file__).resolve().parent
    return [*sorted(documents.rglob("*.py")), documents.parent / "xml_prolog.py"]


def cache_dir() -> Path | None:
    """`SZJ_CACHE_DIR`, else the user's cache folder; `SZJ_CACHE_DIR=` (empty) turns it off."""
    configured = os.environ.get("SZJ_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    return platformdirs.user_cache_path("szj", appauthor=False) / "templates"


def key_path() -> Path:
    """The private key file: in the user's data folder, never in the cache folder."""
    return platformdirs.user_data_path("szj", appauthor=False) / "cache.key"


@functools.cache
def _code_version() -> bytes:
    """Python, Jinja, docxtpl (found, not imported) and the shaping modules."""
    spec = importlib.util.find_spec("docxtpl")
    helper = Path(spec.origin).with_name("template.py") if spec and spec.origin else None
    try:
        found = helper.stat() if helper else None
    except OSError:
        found = None
    return "|".join(
        (
            _FORMAT.decode().strip(),
            sys.version,
            jinja2.__version__,
            f"{found.st_size}:{found.st_mtime_ns}" if found else "-",
            *(hashlib.sha256(path.read_bytes()).hexdigest() for path in _shaping_modules()),
        )
    ).encode()


def cache_key(data: bytes) -> str:
    """The name of the entry for a template of these bytes."""
    return hashlib.sha256(_code_version() + b"|" + data).hexdigest()


@functools.cache
def _key() -> bytes | None:
    """This user's key, made on first use; None when it cannot be kept privately."""
    path = key_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(FileExistsError):
            _create_key(path)
        return _read_key(path)
    except OSError:
        return None


def _create_key(path: Path) -> None:
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(secrets.token_bytes(_KEY_BYTES))


def _read_key(path: Path) -> bytes | None:
    handle = os.open(path, os.O_RDONLY | _NOFOLLOW)
    with os.fdopen(handle, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode) or not _private(status):
            return None
        key = stream.read(_KEY_BYTES + 1)
    return key if len(key) == _KEY_BYTES else None  # half-written by a concurrent first run


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _private(status: os.stat_result) -> bool:
    """Owned by this user and readable by nobody else (where the system says so)."""
    if not hasattr(os, "getuid"):  # Windows: the user's profile folder is private
        return True
    return status.st_uid == os.getuid() and not status.st_mode & (stat.S_IRWXG | stat.S_IRWXO)


def _mac(key: bytes, name: str, payload: bytes) -> bytes:
    return hmac.new(key, name.encode() + b"\0" + payload, hashlib.sha256).digest()


def load(name: str) -> object | None:
    """The entry `name`, or None when there is none or it is not vouched for by the key."""
    folder, key = cache_dir(), _key()
    if folder is None or key is None:
        return None
    try:
        data = (folder / name).read_bytes()
    except OSError:
        return None
    head, mac = data[: len(_FORMAT)], data[len(_FORMAT) : len(_FORMAT) + _DIGEST]
    payload = data[len(_FORMAT) + _DIGEST :]
    if head != _FORMAT or not hmac.compare_digest(mac, _mac(key, name, payload)):
        return None  # planted, damaged or another user's: compiled again
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):  # pragma: no cover - vouched for by our key
        return None


def store(name: str, value: Any) -> None:
    """Best effort: a cache that cannot be written only makes the next run slower."""
    folder, key = cache_dir(), _key()
    if folder is None or key is None:
        return
    try:
        payload = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        entry = _FORMAT + _mac(key, name, payload) + payload
        replace_atomically(folder / name, entry, shared=False, durable=False)  # private
    except (OSError, ValueError):
        pass
