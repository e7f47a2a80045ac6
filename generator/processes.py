"""Process plumbing of a run: a pool of workers stopped at once, and workers that die with
their parent however it ends (SIGTERM itself: `generator/sigterm.py`).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

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
