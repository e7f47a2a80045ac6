"""Process plumbing of a run: SIGTERM handled like Ctrl+C, a pool of workers stopped at
once, and workers that die with their parent however it ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

_terminated: list[int] = []  # SIGTERM received during `generate` (see `stopped_by_sigterm`)


@contextlib.contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM raises `SystemExit` in the main thread, so `finally` blocks run: workers are
    ended, temporary files removed. A handler that fires inside a callback Python ignores
    exceptions from (an at-fork hook while the pool starts) is caught up with at the next
    `stop_if_terminated`. Elsewhere (a web page's thread) signals are not ours."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        _terminated.append(signum)
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        _terminated.clear()


def stop_if_terminated() -> None:
    if _terminated:
        raise SystemExit(128 + _terminated[0])


def end_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: its queued work cancelled, its running workers terminated."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()


def die_with_parent(parent: int) -> None:
    """Make this worker end when `parent` ends, even by SIGKILL: on Linux the kernel sends it
    SIGKILL (`PR_SET_PDEATHSIG`); elsewhere a thread watches the parent's process id."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    if sys.platform == "linux":
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
