"""`szj generate` as a user runs it: documents, re-runs, --force, manifest, failures."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from workbooks import set_field, valid_sheets, write_workbook

from generator.cli import cli

ALWAYS = (
    "01_decyzja_o_podjeciu_prac.docx",
    "02_zalozenia_projektu.docx",
    "03_wykaz_zasobow.docx",
    "04_propozycje_zmian.docx",
    "07_karta_zatwierdzenia.docx",
    "08_lista_kontrolna.docx",
    "09_karta_nadzoru.docx",
)
REGULAMIN = "05_projekt_zarzadzenia_regulamin.docx"
STATUTE = "06_projekt_uchwaly_statut.docx"
DAY = ["--na-dzien", "2026-11-24"]


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [*args, *DAY], catch_exceptions=False)


def document_text(path: Path) -> str:
    """All text of a document: paragraphs, table cells, headers and footers."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


@pytest.fixture
def generated(tmp_path: Path):  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    workbook = write_workbook(tmp_path / "projekt.xlsx", valid_sheets())
    result = run("generate", str(workbook), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out / "OR.0123.7.2026", workbook, out, result


def test_every_document_is_written_into_the_case_sign_folder(generated) -> None:  # type: ignore[no-untyped-def]
    folder, _, _, result = generated
    names = {p.name for p in folder.iterdir()}
    # the workbook stands at step 7: 09 (step 9) is not produced yet
    assert names == {*ALWAYS, REGULAMIN, STATUTE, "manifest.json"} - {"09_karta_nadzoru.docx"}
    assert result.stdout.count("utworzono") >= 9


def test_documents_hold_the_workbook_values(generated) -> None:  # type: ignore[no-untyped-def]
    folder, *_ = generated
    decision = document_text(folder / "01_decyzja_o_podjeciu_prac.docx")
    assert "Urząd Miasta i Gminy Testowo" in decision
    assert "OR.0123.7.2026" in decision
    assert "Piotr Zieliński" in decision  # the appointed person responsible for design
    assert "1 września 2026 r." in decision
    resources = document_text(folder / "03_wykaz_zasobow.docx")
    # 2 × 450,50 + 1 200,00 = 2 101,00 zł
    assert "2\u00a0101,00\u00a0zł" in resources
    assert "dwa tysiące sto jeden złotych 00/100" in resources
    assert "Kowalski & Syn" in resources
    assumptions = document_text(folder / "02_zalozenia_projektu.docx")
    assert "Krótszy czas obsługi & mniej wizyt w urzędzie" in assumptions


def test_line_breaks_in_a_cell_become_line_breaks_in_word(generated) -> None:  # type: ignore[no-untyped-def]
    folder, *_ = generated
    with zipfile.ZipFile(folder / "04_propozycje_zmian.docx") as archive:
        xml = archive.read("word/document.xml").decode()
    assert "osobistych,</w:t><w:br/>" in xml.replace('<w:t xml:space="preserve">', "<w:t>")


def test_a_second_run_leaves_every_byte_as_it_was(generated) -> None:  # type: ignore[no-untyped-def]
    folder, workbook, out, _ = generated
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = run("generate", str(workbook), "-o", str(out))
    assert result.exit_code == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert "utworzono" not in result.stdout
    assert result.stdout.count("bez zmian") >= 10


def test_manifest_holds_each_documents_sha256(generated) -> None:  # type: ignore[no-untyped-def]
    folder, workbook, *_ = generated
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["input"]["sha256"] == hashlib.sha256(workbook.read_bytes()).hexdigest()
    for name in (*ALWAYS, REGULAMIN, STATUTE):
        if name == "09_karta_nadzoru.docx":
            continue  # step 9 not reached
        data = (folder / name).read_bytes()
        entry = manifest["documents"][name]
        assert (entry["sha256"], entry["size"]) == (hashlib.sha256(data).hexdigest(), len(data))
        assert "data" in entry["fields"]  # a hash per field: a later run names what changed
        assert manifest["templates"][name]["source"] == "default"
    assert manifest["version"]


def test_a_changed_document_is_kept_without_force(generated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, workbook, out, _ = generated
    sheets = valid_sheets()
    set_field(sheets, "Tytuł projektu", "Inny tytuł projektu")
    write_workbook(workbook, sheets)
    before = (folder / "01_decyzja_o_podjeciu_prac.docx").read_bytes()

    kept = run("generate", str(workbook), "-o", str(out))
    assert kept.exit_code == 1  # an out-of-date record is not a clean run
    assert "pominięto (istnieje, użyj --force)" in kept.stdout
    assert "01_decyzja_o_podjeciu_prac.docx: nieaktualny — zmieniło się: Tytuł projektu" in (
        kept.stderr
    )
    assert (folder / "01_decyzja_o_podjeciu_prac.docx").read_bytes() == before

    forced = run("generate", str(workbook), "-o", str(out), "--force")
    assert "nadpisano" in forced.stdout
    assert "Inny tytuł projektu" in document_text(folder / "01_decyzja_o_podjeciu_prac.docx")


def test_an_invalid_workbook_writes_nothing(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"
    workbook = write_workbook(tmp_path / "zly.xlsx", sheets)
    out = tmp_path / "out"
    result = run("generate", str(workbook), "-o", str(out))
    assert result.exit_code == 1
    assert "zly.xlsx: Zasoby!F2: błąd: „abc” nie jest kwotą" in result.stderr
    assert "nie wygenerowano dokumentów" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or not any(out.rglob("*"))


def test_drafts_of_acts_only_for_the_documents_that_change(tmp_path: Path) -> None:
    sheets = valid_sheets()
    del sheets["Zmiany"][2]  # only the regulamin changes now
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    result = run("generate", str(workbook), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    names = {p.name for p in (tmp_path / "out" / "OR.0123.7.2026").iterdir()}
    assert REGULAMIN in names
    assert STATUTE not in names


def test_a_batch_reports_each_workbook_and_fails_after_doing_the_others(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    write_workbook(inputs / "a.xlsx", valid_sheets())
    bad = valid_sheets()
    bad["Osoby"] = bad["Osoby"][:1]
    write_workbook(inputs / "b.xlsx", bad)
    other = valid_sheets()
    set_field(other, "Znak sprawy", "OR.0123.8.2026")
    write_workbook(inputs / "c.xlsx", other)
    (inputs / "~$a.xlsx").write_bytes(b"lock")
    out = tmp_path / "out"

    result = run("generate", str(inputs), "-o", str(out))

    assert result.exit_code == 1
    assert {p.name for p in out.iterdir()} == {"OR.0123.7.2026", "OR.0123.8.2026"}
    assert "b.xlsx" in result.stderr
    assert "~$a.xlsx: pominięto plik blokady Excela" in result.stderr


def test_generate_without_arguments_uses_inputs_and_output(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "inputs").mkdir()
    write_workbook(tmp_path / "inputs" / "projekt.xlsx", valid_sheets())
    result = CliRunner().invoke(cli, ["generate", *DAY], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "output" / "OR.0123.7.2026" / "08_lista_kontrolna.docx").exists()


def test_only_a_lock_file_is_no_workbook(tmp_path: Path) -> None:
    lock = tmp_path / "~$projekt.xlsx"
    lock.write_bytes(b"lock")
    result = run("generate", str(lock), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "pominięto plik blokady Excela" in result.stderr
    assert "nie znaleziono skoroszytów" in result.stderr


def test_a_rename_refused_midway_says_only_part_was_written(
    generated, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Word holding the third document open: the first two are new, the rest old, all whole."""
    import os

    folder, workbook, out, _ = generated
    sheets = valid_sheets()
    set_field(sheets, "Tytuł projektu", "Inny tytuł projektu")
    write_workbook(workbook, sheets)
    real_replace, calls = os.replace, []

    def replace_refusing_the_third(source, target, **handles):  # type: ignore[no-untyped-def]
        calls.append(target)
        if len(calls) == 3:
            raise PermissionError(13, "Permission denied")
        real_replace(source, target, **handles)

    monkeypatch.setattr(os, "replace", replace_refusing_the_third)
    result = run("generate", str(workbook), "-o", str(out), "--force")

    assert result.exit_code == 1
    assert "zapisano tylko część dokumentów" in result.stderr
    assert "Traceback" not in result.stderr
    for document in folder.glob("*.docx"):
        docx.Document(str(document))  # every file is whole


def test_checklist_shows_the_round_a_returned_project_waits_for(tmp_path: Path) -> None:
    """08 and `szj status` list the same rows: after „do poprawy” a new round is pending."""
    sheets = valid_sheets()
    sheets["Przebieg"] = sheets["Przebieg"][:7]  # steps 1–4 and round 1 returned
    sheets["Przebieg"] += [[n, None, None, None, "nie rozpoczęto", None, None] for n in (7, 8, 9)]
    workbook = write_workbook(tmp_path / "projekt.xlsx", sheets)
    assert run("generate", str(workbook), "-o", str(tmp_path / "out")).exit_code == 0

    table = docx.Document(str(tmp_path / "out" / "OR.0123.7.2026" / "08_lista_kontrolna.docx"))
    steps = [row.cells[0].text.replace("\n", " ") for row in table.tables[0].rows]
    assert steps[6:10] == ["5 (runda 1)", "6 (runda 1)", "5 (runda 2)", "6 (runda 2)"]
