"""Each document the dated record of its step (issue 12, SPEC § 6 „Records, not snapshots”):
dates from Przebieg, later steps only as forms, re-runs that change no record."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner, Result

from generator.cli import cli
from generator.workbook import schema as s
from tests.docx_text import document_text
from tests.workbooks import Sheets, set_field, valid_sheets, write_workbook

CASE = "OR.0123.7.2026"
DECISION = "01_decyzja_o_podjeciu_prac.docx"
ASSUMPTIONS = "02_zalozenia_projektu.docx"
RESOURCES = "03_wykaz_zasobow.docx"
PROPOSALS = "04_propozycje_zmian.docx"
APPROVAL = "07_karta_zatwierdzenia.docx"
CHECKLIST = "08_lista_kontrolna.docx"
SUPERVISION = "09_karta_nadzoru.docx"


def generate(workbook: Path, out: Path, day: str, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["generate", str(workbook), "-o", str(out), "--na-dzien", day,
                                    *extra])


def at_step_3() -> Sheets:
    """Steps 1–3 done, nothing else started: step 4 is next."""
    sheets = valid_sheets()
    for row in sheets[s.STEPS.name][1:]:
        if row[0] > 3:
            row[2:5] = [None, None, "nie rozpoczęto"]
            row[5] = row[6] = None
    for row in sheets[s.RESOURCES.name][1:]:
        row[-1] = "zidentyfikowany"
    return sheets


def docx_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.docx"))}


def test_a_run_the_next_day_changes_no_record_and_needs_no_force(tmp_path: Path) -> None:
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24").exit_code == 0
    before = docx_files(out / CASE)
    again = generate(workbook, out, "2026-11-25")
    assert again.exit_code == 0, again.output
    after = docx_files(out / CASE)
    assert "pominięto" not in again.stdout and "nieaktualny" not in again.stderr
    records = [name for name in before if name != CHECKLIST]
    assert records and all(after[name] == before[name] for name in records)
    # the checklist is a report as of the run's day: refreshed freely
    assert "Stan na dzień 25 listopada 2026 r." in document_text(after[CHECKLIST])


def test_a_changed_record_is_kept_named_with_its_fields_and_the_run_fails(tmp_path: Path) -> None:
    sheets = valid_sheets()
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24").exit_code == 0
    before = (out / CASE / ASSUMPTIONS).read_bytes()
    set_field(sheets, "Cel projektu", "Inny cel.")
    write_workbook(workbook, sheets)
    result = generate(workbook, out, "2026-11-25")
    assert result.exit_code == 1
    assert f"{ASSUMPTIONS}: nieaktualny — zmieniło się: Cel projektu" in result.stderr
    assert (out / CASE / ASSUMPTIONS).read_bytes() == before
    forced = generate(workbook, out, "2026-11-25", "--force")
    assert forced.exit_code == 0 and "Inny cel." in document_text(
        (out / CASE / ASSUMPTIONS).read_bytes()
    )


def test_dokument_regenerates_only_the_documents_named(tmp_path: Path) -> None:
    sheets = valid_sheets()
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24").exit_code == 0
    before = docx_files(out / CASE)
    set_field(sheets, "Cel projektu", "Inny cel.")
    write_workbook(workbook, sheets)
    result = generate(workbook, out, "2026-11-30", "--dokument", "08")
    assert result.exit_code == 0, result.output
    after = docx_files(out / CASE)
    assert after[ASSUMPTIONS] == before[ASSUMPTIONS]
    assert after[CHECKLIST] != before[CHECKLIST]
    manifest = json.loads((out / CASE / "manifest.json").read_bytes())
    assert set(manifest["documents"]) == set(before)  # the others' entries are kept
    wrong = generate(workbook, out, "2026-11-30", "--dokument", "13")
    assert wrong.exit_code == 2 and "„13” nie jest kodem dokumentu" in wrong.output


def test_dokument_naming_a_document_not_made_now_says_why_and_writes_nothing(
    tmp_path: Path,
) -> None:
    """`--dokument 09` at step 7 wrote nothing and said nothing; so did `--dokument 10` for a
    project that gave no act's text."""
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())  # step 7 is next
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24").exit_code == 0
    before = {p.name: p.read_bytes() for p in (out / CASE).iterdir()}

    ahead = generate(workbook, out, "2026-11-30", "--dokument", "08,09")
    assert ahead.exit_code == 1
    assert (
        f"{workbook}: dokument 09 (karta szczególnego nadzoru) dokumentuje krok 9, który jeszcze "
        "nie nastąpił — szj generate --wszystkie utworzy go jako wzór; nie zapisano niczego"
    ) in " ".join(ahead.output.split())
    other = generate(workbook, out, "2026-11-30", "--dokument", "10")
    assert other.exit_code == 1
    assert "dokument 10 (tekst ujednolicony regulaminu) nie dotyczy tego projektu" in other.output
    assert {p.name: p.read_bytes() for p in (out / CASE).iterdir()} == before

    forms = generate(workbook, out, "2026-11-30", "--dokument", "09", "--wszystkie")
    assert forms.exit_code == 0, forms.output
    assert "[nagłówek] WZÓR" in document_text((out / CASE / SUPERVISION).read_bytes())


def test_at_step_3_later_steps_are_not_produced_and_the_next_is_left_to_date(
    tmp_path: Path,
) -> None:
    workbook = write_workbook(tmp_path / "projekt.xlsx", at_step_3())
    out = tmp_path / "out"
    result = generate(workbook, out, "2026-11-24")
    assert result.exit_code == 0, result.output
    produced = docx_files(out / CASE)
    assert set(produced) == {DECISION, ASSUMPTIONS, RESOURCES, CHECKLIST}
    assert "Testowo, 1 września 2026 r." in document_text(produced[DECISION])
    assert "Testowo, 10 września 2026 r." in document_text(produced[ASSUMPTIONS])
    resources = document_text(produced[RESOURCES])  # step 4 is next: signed now, dated by hand
    assert "Testowo, ……………………… r." in resources and "WZÓR" not in resources
    assert "24 listopada 2026" not in resources


def test_wszystkie_gives_the_later_steps_as_forms_marked_wzor(tmp_path: Path) -> None:
    workbook = write_workbook(tmp_path / "projekt.xlsx", at_step_3())
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24", "--wszystkie").exit_code == 0
    produced = docx_files(out / CASE)
    for name in (PROPOSALS, APPROVAL, SUPERVISION):
        text = document_text(produced[name])
        assert "[nagłówek] WZÓR" in text, name
        assert "Testowo, ……………………… r." in text, name
    assert "WZÓR" not in document_text(produced[DECISION])


def test_form_identity_is_printed_in_every_header(tmp_path: Path) -> None:
    sheets = valid_sheets()
    set_field(sheets, "Oznaczenie formularzy", "Załącznik nr 3 do procedury P-12, wydanie 2")
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24").exit_code == 0
    for name, data in docx_files(out / CASE).items():
        assert "[nagłówek] Załącznik nr 3 do procedury P-12, wydanie 2" in document_text(data), name


def test_the_assumptions_deadline_is_the_secretarys_date_or_a_blank_line(tmp_path: Path) -> None:
    sheets = valid_sheets()
    workbook = write_workbook(tmp_path / "bez.xlsx", sheets)
    assert generate(workbook, tmp_path / "a", "2026-11-24").exit_code == 0
    text = document_text((tmp_path / "a" / CASE / DECISION).read_bytes())
    assert "w terminie do dnia ……………………… r." in text.replace("\xa0", " ")
    set_field(sheets, "Termin opracowania założeń", datetime(2026, 9, 8))
    workbook = write_workbook(tmp_path / "z.xlsx", sheets)
    assert generate(workbook, tmp_path / "b", "2026-11-24").exit_code == 0
    text = document_text((tmp_path / "b" / CASE / DECISION).read_bytes())
    assert "w terminie do dnia 8 września 2026 r." in text.replace("\xa0", " ")


def test_passed_deadlines_are_warnings_in_validate_and_status(tmp_path: Path) -> None:
    sheets = at_step_3()  # step 4 next: steps 5 and 9 open, resources not provided
    row = set_field(sheets, "Termin przedłożenia propozycji", datetime(2026, 10, 1))
    set_field(sheets, "Termin opracowania założeń", datetime(2026, 9, 8))  # step 2 done: fine
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    for command in ("validate", "status"):
        early = CliRunner().invoke(cli, [command, str(workbook), "--na-dzien", "2026-09-30"])
        assert "minął" not in early.output, command
        late = CliRunner().invoke(cli, [command, str(workbook), "--na-dzien", "2027-01-05"])
        shown = late.output
        assert f"Projekt!B{row}: " in shown and "termin kroku 5 (" in shown, shown
        assert "minął 01.10.2026, a krok nie jest wykonany" in shown
        assert "termin zapewnienia zasobu minął 10.12.2026" in shown
        assert "planowany termin wdrożenia minął 04.01.2027" in shown
        assert "termin kroku 2" not in shown


def test_a_deadline_before_the_step_that_set_it_is_an_error_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    sheets = valid_sheets()  # step 1 done on 01.09.2026
    row = set_field(sheets, "Termin opracowania założeń", datetime(2026, 8, 20))
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    result = generate(workbook, tmp_path / "out", "2026-11-24")
    assert result.exit_code == 1
    assert (
        f"projekt.xlsx: Projekt!B{row}: błąd: termin 20.08.2026 jest wcześniejszy niż data "
        "kroku 1 (01.09.2026), w którym go wyznaczono"
    ) in result.stderr
    assert not (tmp_path / "out" / CASE).exists()


def test_the_manifest_describes_the_files_on_disk_when_a_record_is_kept(tmp_path: Path) -> None:
    sheets = valid_sheets()
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24").exit_code == 0
    set_field(sheets, "Cel projektu", "Inny cel.")
    write_workbook(workbook, sheets)
    assert generate(workbook, out, "2026-11-30").exit_code == 1
    manifest = json.loads((out / CASE / "manifest.json").read_bytes())
    for name, entry in manifest["documents"].items():
        data = (out / CASE / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest(), name


def test_07_is_dated_by_the_approval_it_records_not_by_the_review_before_it(
    tmp_path: Path,
) -> None:
    """07 records the Secretary's review (step 6) and the approval (step 7): with the approval
    pending it is the card to sign now; once approved it bears the approval's date; where no
    approval is required it bears the review's."""
    def approval_text(sheets: Sheets, name: str) -> str:
        out = tmp_path / name
        result = generate(write_workbook(tmp_path / f"{name}.xlsx", sheets), out, "2026-11-24")
        assert result.exit_code == 0, result.output
        return document_text((out / CASE / APPROVAL).read_bytes())

    pending = approval_text(valid_sheets(), "pending")  # step 7 „w toku”, no date yet
    assert "Testowo, ……………………… r." in pending
    assert "Testowo, 30 października 2026 r." not in pending

    approved = valid_sheets()
    step_7 = next(row for row in approved[s.STEPS.name][1:] if row[0] == 7)
    step_7[2:6] = [datetime(2026, 11, 5), "Jan Kowalski", "wykonano", "zatwierdzono"]
    assert "Testowo, 5 listopada 2026 r." in approval_text(approved, "approved")

    without = valid_sheets()
    set_field(without, "Wymaga zatwierdzenia Burmistrza", "nie")
    step_7 = next(row for row in without[s.STEPS.name][1:] if row[0] == 7)
    step_7[2:5] = [None, None, "nie dotyczy"]
    assert "Testowo, 30 października 2026 r." in approval_text(without, "without")


def test_the_wzor_mark_is_large_enough_to_see_at_a_glance(tmp_path: Path) -> None:
    """„WZÓR” was 10 pt bold, the size of the form's identity line: easy to miss on a form
    filed as a record."""
    import zipfile
    from io import BytesIO

    from lxml import etree

    workbook = write_workbook(tmp_path / "projekt.xlsx", at_step_3())
    out = tmp_path / "out"
    assert generate(workbook, out, "2026-11-24", "--wszystkie").exit_code == 0
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(BytesIO((out / CASE / SUPERVISION).read_bytes())) as archive:
        headers = [n for n in archive.namelist() if n.startswith("word/header")]
        runs = [
            run
            for name in headers
            for run in etree.fromstring(archive.read(name)).iter(f"{w}r")
            if "".join(t.text or "" for t in run.iter(f"{w}t")) == "WZÓR"
        ]
    assert runs
    for run in runs:
        size = run.find(f"{w}rPr/{w}sz").get(f"{w}val")
        assert int(size) >= 28  # half-points: at least 14 pt
