"""SIGTERM handled like Ctrl+C while the tool writes or converts: the main thread gets a
`SystemExit`, so every `finally` runs — temporary files are removed, workers and LibreOffice
are ended. One mechanism for the pipeline, the PDF stage and the files written by
`szj register` and `szj init`.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

_terminated: list[int] = []  # SIGTERM received (see `stop_if_terminated`)


def _stop(signum: int, frame: object) -> None:
    _terminated.append(signum)
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM raises `SystemExit` in the main thread while inside. A handler that fires in a
    callback Python ignores exceptions from (an at-fork hook while a pool starts) is caught up
    with at the next `stop_if_terminated`. Nested uses keep the outer one; elsewhere (a web
    page's thread) signals are not ours."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getsignal(signal.SIGTERM) is _stop:  # an outer use is in charge
        yield
        return
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        _terminated.clear()


def stop_if_terminated() -> None:
    """Raise the `SystemExit` of a SIGTERM that arrived where it could not be raised."""
    if _terminated:
        raise SystemExit(128 + _terminated[0])
