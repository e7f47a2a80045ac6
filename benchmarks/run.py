"""How fast `szj generate` is, against a naive docxtpl loop and against the floor.

    python benchmarks/run.py [--batch 40] [--repeat 7] [--only example|batch|large] [--large]

In one run (by default everything; `--large` is `--only large`):

(a) the example project: the whole `python -m generator generate inputs/przyklad.xlsx`
    process, interpreter start included, `--repeat` times (median and min);
(b) a batch of `--batch` generated workbooks: per document in-process (templates compiled
    once, then each context rendered to .docx bytes) and as whole `generate` processes (the
    default pool of one process per core, and one process for comparison);
(c) the baseline: a naive docxtpl loop over the same templates and contexts
    (`DocxTemplate(path)`, `render(context, jinja_env=…, autoescape=True)`, `save(BytesIO)`);
(d) the floor: re-zipping the documents of (b) (read each .docx and write it again with the
    same compression), the least any tool pays to produce that many .docx bytes;
(e) a large project (600 resources, 300 changes): whole process, time and peak memory.

Child processes run with the bytecode cache on (as after `pip install`), in a private cache
folder, after one warm-up run; the example is also timed as this sandbox runs Python
(`PYTHONDONTWRITEBYTECODE=1`: the tool's own modules are compiled at every start) and with an
empty template cache (`SZJ_CACHE_DIR`, which the benchmark always points at its own folder).
Each child is started and measured by `child.py` (wall and CPU time, peak memory). Unix only.
Results are written up in docs/performance.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks import workbooks  # noqa: E402  (needs the repository on the path)

TODAY = date(2026, 11, 24)
EXAMPLE = ROOT / "inputs" / "przyklad.xlsx"
PARTS = ("example", "batch", "large")
TARGETS = {  # issue 8
    "example_seconds": 0.5,
    "floor_ratio": 2.0,
    "naive_speedup": 2.0,
    "large_seconds": 2.0,
    "large_megabytes": 200.0,
}

# A `generate` run through the library with a chosen number of processes (the CLI always
# uses the default), for the scaling comparison.
DRIVER = """
import inspect
import sys
from datetime import date
from pathlib import Path
from generator import pipeline
inputs, output, workers = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
paths = pipeline.find_workbooks([inputs]).workbooks
settings = pipeline.GenerateSettings(date(2026, 11, 24), output, force=True)
chosen = {} if workers == "auto" else {"workers": int(workers)}
if "workers" not in inspect.signature(pipeline.generate).parameters:  # before issue 8
    chosen = {}
results = pipeline.generate(paths, settings, **chosen)
sys.exit(0 if all(r.ok for r in results) else 1)
"""


# --- measuring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One child process: wall time, CPU time (its own and its workers') and peak memory."""

    seconds: float
    cpu_seconds: float
    megabytes: float


@dataclass(frozen=True)
class Runs:
    runs: tuple[Run, ...]

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def best(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu_seconds for r in self.runs)

    @property
    def peak_megabytes(self) -> float:
        return max(r.megabytes for r in self.runs)

    def line(self) -> str:
        return (
            f"median {self.median:6.3f} s   min {self.best:6.3f} s   "
            f"CPU {self.cpu:6.3f} s   peak {self.peak_megabytes:4.0f} MB   ({len(self.runs)} runs)"
        )


class Children:
    """Runs the tool in child processes, each time into a fresh output folder."""

    def __init__(
        self, work: Path, *, bytecode_cache: bool = True, template_cache: bool = True
    ) -> None:
        self.work = work
        self.env = dict(os.environ)
        if bytecode_cache:
            self.env.pop("PYTHONDONTWRITEBYTECODE", None)
            self.env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        else:
            self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.template_cache = template_cache
        self.count = 0

    def generate(self, *inputs: Path) -> Run:
        """`python -m generator generate INPUTS -o FRESH --force`."""
        args = ["-m", "generator", "generate", *map(str, inputs), "-o", str(self._fresh())]
        return self.run([*args, "--force", "--na-dzien", TODAY.isoformat()])

    def drive(self, inputs: Path, workers: int | None) -> Run:
        """`pipeline.generate` of a folder with `workers` processes (None: the default)."""
        count = "auto" if workers is None else str(workers)
        return self.run(["-c", DRIVER, str(inputs), str(self._fresh()), count])

    def repeat(self, times: int, action: Callable[[], Run], warm_up: bool = True) -> Runs:
        if warm_up:
            action()
        return Runs(tuple(action() for _ in range(times)))

    def run(self, args: Sequence[str]) -> Run:
        """Run `python ARGS` through `child.py`, which measures it."""
        log = self.work / "child.log"
        env = dict(self.env)
        # The template cache (compiled Jinja code): the benchmark's own, warm unless asked.
        cache = "cache" if self.template_cache else f"cache-{self.count}"
        env["SZJ_CACHE_DIR"] = str(self.work / cache)
        measured = subprocess.run(
            [sys.executable, str(HERE / "child.py"), str(log), "--", sys.executable, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
            text=True,
        )
        result = json.loads(measured.stdout)
        if result["exit_code"] != 0:
            raise SystemExit(f"child failed ({result['exit_code']}): {args}\n{log.read_text()}")
        return Run(result["seconds"], result["cpu_seconds"], result["megabytes"])

    def _fresh(self) -> Path:
        self.count += 1
        return self.work / "out" / f"{self.count:03d}"


def best_of(times: int, action: Callable[[], object]) -> float:
    """The shortest of `times` runs of an in-process action, in seconds."""
    durations = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        durations.append(time.perf_counter() - start)
    return min(durations)


# --- the parts -----------------------------------------------------------------------------


@dataclass
class Results:
    example: dict[str, Runs] | None = None
    batch: dict[str, float] | None = None
    large: Runs | None = None


def measure_example(work: Path, repeat: int) -> dict[str, Runs]:
    """The example project as a user runs it, and what a process costs before any work."""
    warm = Children(work)
    sandbox = Children(work, bytecode_cache=False)
    first = Children(work, template_cache=False)
    return {
        "generate": warm.repeat(repeat, lambda: warm.generate(EXAMPLE)),
        "generate, PYTHONDONTWRITEBYTECODE=1": sandbox.repeat(
            repeat, lambda: sandbox.generate(EXAMPLE)
        ),
        "generate, empty template cache": first.repeat(
            max(1, repeat // 2), lambda: first.generate(EXAMPLE)
        ),
        "python -c pass": warm.repeat(repeat, lambda: warm.run(["-c", "pass"])),
        "python -c 'import generator.cli'": warm.repeat(
            repeat, lambda: warm.run(["-c", "import generator.cli"])
        ),
    }


def measure_batch(work: Path, count: int, repeat: int) -> dict[str, float]:
    """(b), (c), (d): per document in-process, naive docxtpl, floor; whole processes."""
    from generator import pipeline
    from generator.documents.contexts import build_contexts
    from generator.documents.fields import as_mapping
    from generator.documents.render import TemplateSet

    folder = work / "batch"
    start = time.perf_counter()
    paths = workbooks.write_batch(folder, count)
    print(f"  built {count} workbooks in {time.perf_counter() - start:.1f} s", flush=True)

    start = time.perf_counter()
    checked = [pipeline.check_workbook(path, TODAY) for path in paths]
    read_seconds = time.perf_counter() - start
    contexts: list[tuple[str, Mapping[str, object]]] = []
    start = time.perf_counter()
    for c in checked:
        assert c.validation and c.validation.workbook and c.validation.state, c.report_lines()
        built = build_contexts(c.validation.workbook, c.validation.state)
        contexts += [(name, as_mapping(fields)) for name, fields in built.items()]
    context_seconds = time.perf_counter() - start
    documents = len(contexts)

    templates = TemplateSet.load()
    compile_seconds = best_of(1, templates.check_all)
    settings = pipeline.GenerateSettings(TODAY, work / "in-process", force=True)
    end_to_end = best_of(
        1, lambda: [pipeline.generate_workbook(p, settings, templates) for p in paths]
    )
    rendered: list[bytes] = []

    def render_all() -> None:
        rendered[:] = [templates.render(name, context) for name, context in contexts]

    ours = best_of(3, render_all)
    floor = best_of(3, lambda: [rezip(data) for data in rendered])
    print("  naive docxtpl loop …", flush=True)
    naive = best_of(1, lambda: naive_docxtpl(contexts))

    print("  whole processes …", flush=True)
    children = Children(work)
    times = max(1, repeat // 2)
    auto = children.repeat(times, lambda: children.generate(folder))
    one_and_pool = [(children.drive(folder, 1), children.drive(folder, None)) for _ in range(times)]
    one = Runs(tuple(pair[0] for pair in one_and_pool))
    pool = Runs(tuple(pair[1] for pair in one_and_pool))
    return {
        "workbooks": count,
        "documents": documents,
        "workers": getattr(pipeline, "worker_count", lambda _: 1)(count),  # 1 before issue 8
        "read_per_workbook": read_seconds / count,
        "context_per_workbook": context_seconds / count,
        "compile_once": compile_seconds,
        "end_to_end_per_document": end_to_end / documents,
        "ours_per_document": ours / documents,
        "naive_per_document": naive / documents,
        "floor_per_document": floor / documents,
        "bytes_per_document": sum(map(len, rendered)) / documents,
        "process_auto": auto.median,
        "process_auto_min": auto.best,
        "process_auto_cpu": auto.cpu,
        "process_one_worker": one.median,
        "process_one_worker_cpu": one.cpu,
        "process_pool_library": pool.median,
        "process_peak_megabytes": auto.peak_megabytes,
    }


def rezip(data: bytes) -> bytes:
    """Read a .docx and write it again, every member deflated as the tool does."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
    return out.getvalue()


def naive_docxtpl(contexts: Iterable[tuple[str, Mapping[str, object]]]) -> None:
    """What a first docxtpl script does: load, render and save each document."""
    from docxtpl import DocxTemplate

    from generator.documents.render import DEFAULT_TEMPLATES, make_environment

    # Our strict sandboxed environment (its `finalize` prints redlines and refuses None), so
    # the naive loop renders the same documents.
    environment = make_environment()
    for name, context in contexts:
        document = DocxTemplate(DEFAULT_TEMPLATES / name)
        document.render(dict(context), jinja_env=environment, autoescape=True)
        document.save(io.BytesIO())


def measure_large(work: Path, repeat: int) -> Runs:
    path = workbooks.write_project(work / "duzy_projekt.xlsx", workbooks.LARGE)
    children = Children(work)
    return children.repeat(max(1, repeat // 2), lambda: children.generate(path))


# --- reporting -----------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("docxtpl", "Jinja2", "lxml", "openpyxl")
    )
    return (
        f"{cpu}, {cores} cores usable; Python {platform.python_version()} "
        f"({platform.system()} {platform.release()}); {versions}; load average {_load()}"
    )


def _load() -> str:
    """The 1, 5 and 15 minute load averages: how much else the machine was doing."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def verdict(value: float, target: float, at_most: bool = True) -> str:
    return "yes" if (value <= target if at_most else value >= target) else "NO"


def report(results: Results) -> None:
    print()
    rows: list[tuple[str, str, str, str]] = []
    if results.example:
        print("(a) example project, whole process (`python -m generator generate …`):")
        for label, runs in results.example.items():
            print(f"    {label:36s} {runs.line()}")
        e = results.example["generate"]
        rows.append(
            (
                "one project, whole process (median)",
                f"{e.median:.3f} s",
                f"≤ {TARGETS['example_seconds']} s",
                verdict(e.median, TARGETS["example_seconds"]),
            )
        )
    if results.batch:
        b = results.batch
        ms = {k: v * 1000 for k, v in b.items()}
        docs = b["documents"]
        print(
            f"(b) batch: {b['workbooks']:.0f} workbooks, {docs:.0f} documents "
            f"({b['bytes_per_document'] / 1024:.0f} kB each)\n"
            f"    in-process: read+validate {ms['read_per_workbook']:.1f} ms/workbook, "
            f"contexts {ms['context_per_workbook']:.1f} ms/workbook, "
            f"compile templates {ms['compile_once']:.0f} ms once,\n"
            f"    render {ms['ours_per_document']:.2f} ms/document; end to end in one process "
            f"(read, validate, render, write) {ms['end_to_end_per_document']:.2f} ms/document\n"
            f"(c) naive docxtpl loop:               {ms['naive_per_document']:.2f} ms/document\n"
            f"(d) floor (re-zip the same .docx):    {ms['floor_per_document']:.2f} ms/document"
        )
        per_doc = {k: b[k] / docs * 1000 for k in ("process_auto", "process_one_worker")}
        print(
            f"    whole `szj generate` of the batch ({b['workers']:.0f} processes): "
            f"median {b['process_auto']:.2f} s, min {b['process_auto_min']:.2f} s "
            f"= {per_doc['process_auto']:.2f} ms/document, CPU {b['process_auto_cpu']:.2f} s, "
            f"peak {b['process_peak_megabytes']:.0f} MB per process\n"
            f"    library `generate`, one process: {b['process_one_worker']:.2f} s "
            f"(CPU {b['process_one_worker_cpu']:.2f} s); default pool: "
            f"{b['process_pool_library']:.2f} s; "
            f"speed-up {b['process_one_worker'] / b['process_pool_library']:.2f}×"
        )
        floor_ratio = b["ours_per_document"] / b["floor_per_document"]
        process_floor = per_doc["process_auto"] / ms["floor_per_document"]
        speedup = b["naive_per_document"] / b["ours_per_document"]
        print(
            f"    ratios: ours / naive docxtpl = {1 / speedup:.3f} ({speedup:.1f}× faster); "
            f"ours / floor = {floor_ratio:.2f}; whole batch process / floor = "
            f"{process_floor:.2f}"
        )
        rows += [
            (
                "batch, render per document / floor",
                f"{floor_ratio:.2f}×",
                f"≤ {TARGETS['floor_ratio']}×",
                verdict(floor_ratio, TARGETS["floor_ratio"]),
            ),
            (
                "batch, whole process per document / floor",
                f"{process_floor:.2f}×",
                f"≤ {TARGETS['floor_ratio']}×",
                verdict(process_floor, TARGETS["floor_ratio"]),
            ),
            (
                "batch, speed-up over naive docxtpl",
                f"{speedup:.1f}×",
                f"≥ {TARGETS['naive_speedup']}×",
                verdict(speedup, TARGETS["naive_speedup"], at_most=False),
            ),
        ]
    if results.large:
        large = results.large
        print(f"(e) large project (600 resources, 300 changes): {large.line()}")
        rows += [
            (
                "large project, whole process (median)",
                f"{large.median:.3f} s",
                f"≤ {TARGETS['large_seconds']} s",
                verdict(large.median, TARGETS["large_seconds"]),
            ),
            (
                "large project, peak memory",
                f"{large.peak_megabytes:.0f} MB",
                f"≤ {TARGETS['large_megabytes']:.0f} MB",
                verdict(large.peak_megabytes, TARGETS["large_megabytes"]),
            ),
        ]
    print("\n| measure | result | target | met |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--batch", type=int, default=40, metavar="N", help="batch size (40)")
    parser.add_argument("--repeat", type=int, default=7, metavar="R", help="process runs (7)")
    parser.add_argument("--only", action="append", choices=PARTS, help="run only this part")
    parser.add_argument("--large", action="store_true", help="only the large project")
    args = parser.parse_args(argv)
    parts = set(args.only or ()) | ({"large"} if args.large else set()) or set(PARTS)

    print(f"machine: {machine()}", flush=True)
    results = Results()
    with tempfile.TemporaryDirectory(prefix="szj-bench-") as temporary:
        work = Path(temporary)
        os.environ["SZJ_CACHE_DIR"] = str(work / "cache")  # never the user's own cache
        if "example" in parts:
            print(f"(a) example project … (load average {_load()})", flush=True)
            results.example = measure_example(work, args.repeat)
        if "batch" in parts:
            print(f"(b–d) batch of {args.batch} … (load average {_load()})", flush=True)
            results.batch = measure_batch(work, args.batch, args.repeat)
        if "large" in parts:
            print(f"(e) large project … (load average {_load()})", flush=True)
            results.large = measure_large(work, args.repeat)
    print(f"load average at the end: {_load()}")
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
