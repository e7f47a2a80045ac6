"""How fast a project with the regulamin's text is generated (issue 15, item 5).

    python benchmarks/act.py [--repeat 5]

Builds a regulamin of 150 §§ (each with three ustępy, every third with four points; about
60 pages in Word) and a workbook naming it with 50 changes (replacements, additions, repeals
and words), then times the whole `python -m generator generate` process (interpreter start,
validation with the act parsed, every document including 10_tekst_ujednolicony_regulamin.docx)
through `child.py`, which also gives the peak memory. Target: ≤ 1 s, ≤ 200 MB. Unix only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from act_docx import build_act  # noqa: E402  (the tests' builder of act .docx files)
from workbooks import set_field, valid_sheets, write_workbook  # noqa: E402

from generator.workbook import schema as s  # noqa: E402

PARAGRAPHS = 150
CHANGES = 50


def act_paragraphs() -> list[str]:
    lines = ["Załącznik do zarządzenia Nr 12/2019 Burmistrza", "REGULAMIN ORGANIZACYJNY"]
    for number in range(1, PARAGRAPHS + 1):
        if number % 25 == 1:
            lines += [f"Rozdział {number // 25 + 1}", f"Zadania komórek, część {number // 25 + 1}"]
        lines.append(f"§ {number}. 1. Komórka numer {number} realizuje zadania gminy w zakresie "
                     "spraw powierzonych jej przez Burmistrza oraz Sekretarza.")
        lines.append(f"2. Kierownik komórki numer {number} odpowiada za terminowe załatwianie "
                     "spraw i współpracuje z pozostałymi komórkami urzędu.")
        lines.append("3. Do zadań komórki należy w szczególności:")
        if number % 3 == 0:
            lines += [f"{p}) prowadzenie spraw z zakresu {p} według przepisów;" for p in (1, 2, 3)]
            lines.append("4) inne sprawy zlecone.")
        else:
            lines.append("prowadzenie spraw bieżących oraz sprawozdawczości.")
    return lines


def change_rows() -> list[list[object]]:
    rows: list[list[object]] = []
    doc = "Regulamin organizacyjny"
    for n in range(CHANGES):
        number = 3 * n + 3
        match n % 4:
            case 0:
                rows.append([doc, f"§ {number} ust. 2", None, f"Kierownik komórki {number} "
                             "odpowiada za terminowe i rzetelne załatwianie spraw."])
            case 1:
                rows.append([doc, f"§ {number} ust. 3 pkt 5", None, "5) sprawy cyfryzacji."])
            case 2:
                rows.append([doc, f"§ {number} ust. 3 pkt 2", None, None])
            case _:
                rows.append([doc, f"§ {number} ust. 1 wyrazy", "Burmistrza", "Burmistrza Miasta"])
    header = [c.label for c in s.CHANGES.columns]
    return [header, *([i, *row, "Uzasadnienie."] for i, row in enumerate(rows, start=1))]


def build(folder: Path) -> Path:
    build_act(folder / "regulamin.docx", act_paragraphs())
    sheets = valid_sheets()
    set_field(sheets, "Tekst regulaminu organizacyjnego", "regulamin.docx")
    sheets[s.CHANGES.name] = change_rows()
    return write_workbook(folder / "projekt.xlsx", sheets)


def run(workbook: Path, output: Path) -> dict[str, float]:
    log = output.parent / "log.txt"
    command = [sys.executable, str(HERE / "child.py"), str(log), "--", sys.executable, "-m",
               "generator", "generate", str(workbook), "-o", str(output), "--force"]
    result = json.loads(subprocess.run(command, capture_output=True, check=True, cwd=ROOT,
                                       env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout)
    if result["exit_code"] != 0:
        raise SystemExit(log.read_text(encoding="utf-8"))
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workbook = build(folder)
        run(workbook, folder / "warm-up")
        runs = [run(workbook, folder / f"out{i}") for i in range(repeat)]
        written = next((folder / "out0").iterdir()) / "10_tekst_ujednolicony_regulamin.docx"
        seconds = [r["seconds"] for r in runs]
        print(f"regulamin: {PARAGRAPHS} §§, {len(act_paragraphs())} paragraphs; {CHANGES} changes")
        print(f"whole process: median {statistics.median(seconds):.2f} s, best {min(seconds):.2f} s"
              f", CPU {statistics.median(r['cpu_seconds'] for r in runs):.2f} s, "
              f"peak {max(r['megabytes'] for r in runs):.0f} MB")
        print(f"10_tekst_ujednolicony_regulamin.docx: {written.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
