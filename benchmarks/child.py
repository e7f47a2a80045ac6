"""Run one command and report its wall time, CPU time and peak memory as JSON on stdout.

    python benchmarks/child.py LOG -- COMMAND…

Why a separate process: on Linux a child's peak resident memory (`ru_maxrss`) starts at
the peak of the process that started it (the high-water mark survives `exec`), so a child
started by the benchmark itself, which holds hundreds of rendered documents, would report the
benchmark's memory. Started from this small process, the number is the command's own (at
least this process's ~10 MB). The time is measured here too, from start to exit, so this
process's own start-up is not counted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> int:
    log, separator, *command = sys.argv[1:]
    assert separator == "--" and command, __doc__
    with open(log, "wb") as stream:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=stream, stderr=stream)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else kB
    result = {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "megabytes": usage.ru_maxrss * scale / 2**20,
        "exit_code": os.waitstatus_to_exitcode(status),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
