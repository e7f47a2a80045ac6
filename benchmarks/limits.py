"""Time and peak memory at the input limits of issue 16 (item 10).

    python benchmarks/limits.py [--rows 4980]

Each case runs as a whole `python -m generator` process measured by `child.py`:

- the largest accepted workbook: `--rows` rows in each of Zasoby, Zmiany, Dokumentacja SZJ
  and Działania, with Projekt, Osoby and Przebieg just under the limit of 20,000 data rows a
  workbook (10,000 is the limit of one sheet), through `generate` (target: peak ≤ 500 MB);
- a formula plus one value in cell XFD1048576, through `validate` (used to spin for minutes);
- 300,000 resource rows, through `validate` (must be refused quickly; used to run > 15 min);
and, in this process, the worst redline pair: two 32,767-character wordings (target < 1 s).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks import workbooks  # noqa: E402  (needs the repository on the path)


def measure(work: Path, *args: str) -> dict[str, float]:
    log = work / "child.log"
    done = subprocess.run(
        [sys.executable, str(HERE / "child.py"), str(log), "--", sys.executable, "-m",
         "generator", *args],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    result = json.loads(done.stdout)
    result["last_line"] = (log.read_text(encoding="utf-8").strip().splitlines() or [""])[-1]
    return result


def last_cell_workbook(path: Path) -> Path:
    import openpyxl

    workbooks.write_project(path, workbooks.Shape(number=902, resources=5, changes=5))
    book = openpyxl.load_workbook(path)
    notes = book.create_sheet("Notatki")
    notes["A1"] = "=1+1"
    notes["XFD1048576"] = "x"
    book.save(path)
    return path


def many_rows_workbook(path: Path, count: int) -> Path:
    """`count` resource rows written straight into the sheet's XML."""
    workbooks.write_project(path, workbooks.Shape(number=903, resources=2, changes=2))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet3.xml"  # Zasoby in the blank workbook's order
    rows = "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is><t>szkolenia'
        f'</t></is></c><c r="C{r}" t="inlineStr"><is><t>Szkolenie {r}</t></is></c></row>'
        for r in range(10, count + 10)
    )
    parts[sheet] = parts[sheet].replace(b"</sheetData>", rows.encode() + b"</sheetData>", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def worst_redline() -> float:
    from generator.domain.amendments import redline

    old, new = ("a " * 16_384)[:32_767], ("b a " * 8_192)[:32_767]
    start = time.perf_counter()
    redline(old, new)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=4_980)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shape = workbooks.Shape(number=901, resources=args.rows, changes=args.rows,
                                qms_documents=args.rows, actions=args.rows)
        largest = workbooks.write_project(work / "najwiekszy.xlsx", shape)
        cases = {
            f"largest accepted ({args.rows} rows × 4 sheets), generate": (
                "generate", str(largest), "-o", str(work / "out"), "--na-dzien", "2026-11-24"),
            "formula + value in XFD1048576, validate": (
                "validate", str(last_cell_workbook(work / "ostatnia.xlsx"))),
            "300,000 resource rows, validate (refused)": (
                "validate", str(many_rows_workbook(work / "wiersze.xlsx", 300_000))),
        }
        for name, command in cases.items():
            r = measure(work, *command)
            print(f"{name}: {r['seconds']:.1f} s, peak {r['megabytes']:.0f} MB, "
                  f"exit {r['exit_code']} — {r['last_line'][:120]}", flush=True)
    print(f"worst redline pair (2 × 32,767 characters): {worst_redline():.3f} s")


if __name__ == "__main__":
    main()
