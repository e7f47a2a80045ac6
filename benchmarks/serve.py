"""How fast the page of `szj serve` answers, measured on the server side.

    python benchmarks/serve.py [--repeat 7] [--no-pdf]

Each request goes through the whole application (multipart parsing, the private temporary
folder, the worker thread, the page or ZIP) by Starlette's test client, in process: the time
is what the server spends, without the network or the browser. The first request of each
kind is reported apart (it compiles the Word templates, or starts the LibreOffice the
server then keeps running for later `pdf=1` requests); the others as median and minimum of
`--repeat` runs. Results are written up in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "przyklad.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def timed(client, route: str, data: bytes, **form: str) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    response = client.post(route, files={"skoroszyt": ("przyklad.xlsx", data, XLSX)}, data=form)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise SystemExit(f"{route}: {response.status_code} {response.text[:300]}")
    return elapsed


def measure(client, label: str, route: str, repeat: int, **form: str) -> None:  # type: ignore[no-untyped-def]
    data = EXAMPLE.read_bytes()
    first = timed(client, route, data, **form)
    times = [timed(client, route, data, **form) for _ in range(repeat)]
    print(
        f"{label:<28} first {first * 1000:7.0f} ms   "
        f"median {statistics.median(times) * 1000:7.0f} ms   min {min(times) * 1000:7.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice requests")
    args = parser.parse_args()
    os.environ.setdefault("SZJ_CACHE_DIR", tempfile.mkdtemp(prefix="szj-bench-cache-"))
    sys.path.insert(0, str(ROOT))
    from starlette.testclient import TestClient

    from generator.web.app import create_app

    print(f"load average {os.getloadavg()[0]:.2f}; {args.repeat} runs after the first")
    with TestClient(create_app()) as client:
        measure(client, "POST /sprawdz", "/sprawdz", args.repeat)
        measure(client, "POST /generuj", "/generuj", args.repeat)
        if not args.no_pdf:
            measure(client, "POST /generuj pdf=1", "/generuj", max(3, args.repeat // 2), pdf="1")


if __name__ == "__main__":
    main()
