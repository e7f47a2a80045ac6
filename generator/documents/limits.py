"""Rendering an office's template under a hard limit: a child process with a memory ceiling
and a CPU limit, killed when its time is up.

The sandbox (`sandbox.py`) refuses what it can recognise — huge repetitions, powers, widths,
range loops. What it cannot (loops over the data nested ten deep, a filter chain that grows
slowly) is stopped here: the child is forked with the templates already compiled, renders one
document, sends the bytes back through a pipe and exits. When it runs out of memory or time
it is killed and the run gets a Polish message naming the template; nothing is written,
because the pipeline writes only after every document has been rendered.

Where `fork` or `resource` do not exist (Windows) the rendering runs in the process itself,
bounded by the sandbox alone.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import time
from collections.abc import Callable

from generator import messages as msg
from generator.errors import TemplateError

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

RENDER_SECONDS = 10  # one document renders in ~10 ms; a template needing more is broken
RENDER_MEMORY = 1 << 30  # bytes the child may take beyond what the parent already uses
_OK, _FAILED, _OUT_OF_MEMORY = b"K", b"E", b"M"


def available() -> bool:
    """Whether renderings can be put in a limited child process here."""
    return hasattr(os, "fork") and resource is not None


def render_limited(name: str, render: Callable[[], bytes]) -> bytes:
    """`render()` in a child process with memory and time limits.

    Raises TemplateError (naming template `name`) for a TemplateError in the child, and
    when the child runs out of memory or time or dies otherwise."""
    if not available():
        return render()
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which leaves by os._exit
        os.close(reading)
        _child(render, writing)
    os.close(writing)
    answer, finished = b"", False
    try:
        answer, finished = _read(reading, time.monotonic() + RENDER_SECONDS)
    finally:
        os.close(reading)
        if not finished:
            _kill(pid)
    _, status = os.waitpid(pid, 0)
    return _outcome(name, answer, finished, status)


def _child(render: Callable[[], bytes], writing: int) -> None:  # pragma: no cover - in child
    status = 0
    try:
        _limit_self()
        try:
            answer = _OK + render()
        except TemplateError as e:
            answer = _FAILED + str(e).encode("utf-8")
        except MemoryError:
            answer = _OUT_OF_MEMORY
        view = memoryview(answer)
        while view:
            view = view[os.write(writing, view) :]
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _limit_self() -> None:  # pragma: no cover - in child
    """Memory: what the process has now plus RENDER_MEMORY; CPU: RENDER_SECONDS + 1."""
    assert resource is not None
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    seconds = RENDER_SECONDS + 1
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return  # no way to know the current size here (macOS): time limit only
    limit = used + RENDER_MEMORY
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read(reading: int, deadline: float) -> tuple[bytes, bool]:
    """Everything the child writes, and whether it finished before `deadline`."""
    pieces: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return b"".join(pieces), False
        ready, _, _ = select.select([reading], [], [], left)
        if not ready:
            continue
        piece = os.read(reading, 1 << 20)
        if not piece:
            return b"".join(pieces), True
        pieces.append(piece)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _outcome(name: str, answer: bytes, finished: bool, status: int) -> bytes:
    if not finished or os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        detail = msg.TEMPLATE_LIMIT_TIME.format(seconds=RENDER_SECONDS)
    elif answer[:1] == _OK:
        return answer[1:]
    elif answer[:1] == _FAILED:
        raise TemplateError(answer[1:].decode("utf-8"))
    elif answer[:1] == _OUT_OF_MEMORY or os.WIFSIGNALED(status):
        detail = msg.TEMPLATE_LIMIT_MEMORY.format(megabytes=RENDER_MEMORY >> 20)
    else:
        detail = msg.TEMPLATE_LIMIT_DIED.format(detail=f"kod {os.waitstatus_to_exitcode(status)}")
    raise TemplateError(msg.TEMPLATE_RENDER_LIMITED.format(name=name, detail=detail))
