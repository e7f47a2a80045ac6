"""`szj serve`: every route and every bad upload through Starlette's test client, as a
clerk's browser would send them, and the command that starts the server."""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import hostile
import openpyxl
import pytest
from starlette.testclient import TestClient
from workbooks import TODAY, set_field, valid_sheets, write_workbook

from generator import messages as msg
from generator.documents import pdf
from generator.web import app as web_app
from generator.web.app import ServeSettings, create_app
from generator.web.uploads import MAX_UPLOAD_BYTES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "przyklad.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder for this test only, to see what uploads leave behind."""
    folder = tmp_path / "systemtmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def client(private_tmp: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(today=lambda: TODAY))) as test_client:
        yield test_client


def upload(client: TestClient, route: str, data: bytes, name: str = "projekt.xlsx", **form: str):
    return client.post(route, files={"skoroszyt": (name, data, XLSX)}, data=form)


def workbook_bytes(tmp_path: Path, sheets=None, name: str = "projekt.xlsx") -> bytes:
    return write_workbook(tmp_path / name, sheets or valid_sheets()).read_bytes()


def text_of(html: str) -> str:
    """The page as a reader sees it: tags removed, entities kept, spaces collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def zip_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


# --- GET / and the blank workbook ------------------------------------------------------------


def test_front_page_offers_the_upload_the_blank_workbook_and_says_nothing_is_kept(client):
    response = client.get("/")
    assert response.status_code == 200
    assert '<input type="file" id="skoroszyt" name="skoroszyt"' in response.text
    assert 'href="/pusty.xlsx"' in response.text
    assert "nie jest przechowywany" in response.text
    assert 'href="/rejestr"' not in response.text  # no folder configured
    assert 'lang="pl"' in response.text


def test_every_asset_of_the_page_is_served_locally(client):
    page = client.get("/").text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert not [a for a in assets if "//" in a], "no CDN: the office may be offline"
    for asset in (a for a in assets if a.startswith("/static/")):
        assert client.get(asset).status_code == 200, asset
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_blank_workbook_is_the_one_szj_init_writes(client):
    response = client.get("/pusty.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    assert "pusty_skoroszyt.xlsx" in response.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert {"Instrukcja", "Projekt", "Osoby", "Przebieg"} <= set(book.sheetnames)


# --- POST /sprawdz -----------------------------------------------------------------------------


def test_check_of_the_example_shows_the_nine_steps_and_who_acts_next(client):
    response = upload(client, "/sprawdz", EXAMPLE.read_bytes(), "przyklad.xlsx")
    assert response.status_code == 200
    steps = re.findall(r'<li class="step ([a-z -]+)">', response.text)
    assert steps == ["done"] * 6 + ["next", "later", "later"]
    page = text_of(response.text)
    assert "OR.0123.5.2026" in page
    assert "wykonano · 07.09.2026" in page
    assert "Następny krok: 7" in page and "Anna Wiśniewska" in page
    assert "Skoroszyt jest poprawny" in page


def test_check_of_an_invalid_workbook_lists_problems_by_sheet_with_their_cells(client, tmp_path):
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"  # F2: not an amount
    set_field(sheets, "Tytuł projektu", None)
    response = upload(client, "/sprawdz", workbook_bytes(tmp_path, sheets))
    assert response.status_code == 200
    page = response.text
    assert "<caption>Arkusz: Zasoby</caption>" in page
    assert "<caption>Arkusz: Projekt</caption>" in page
    zasoby = page[page.index("Arkusz: Zasoby") :].split("</table>")[0]
    assert '<td class="cell">F2</td>' in zasoby
    assert "„abc” nie jest kwotą" in text_of(zasoby).replace("&#34;", '"')
    assert "błąd" in zasoby
    assert "Błędy: 2" in text_of(page)


def test_check_escapes_what_the_workbook_says(client, tmp_path):
    sheets = valid_sheets()
    set_field(sheets, "Tytuł projektu", '<script>alert("x")</script> & <b>')
    response = upload(client, "/sprawdz", workbook_bytes(tmp_path, sheets))
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;" in response.text


def test_a_late_step_is_shown_in_red(private_tmp, tmp_path):
    late = ServeSettings(today=lambda: date(2027, 2, 1))  # after the planned implementation
    with TestClient(create_app(late)) as client:
        response = upload(client, "/sprawdz", workbook_bytes(tmp_path))
    assert '<li class="step next overdue">' in response.text
    assert "minął planowany termin wdrożenia (04.01.2027)" in response.text
    # the open action due 01.02.2027 is not late on that day; on 02.02.2027 it is
    assert '<tr class="overdue">' not in response.text


def test_a_file_that_is_no_workbook_is_one_problem_of_the_whole_file(client):
    response = upload(client, "/sprawdz", b"not a zip at all", "projekt.xlsx")
    assert response.status_code == 200
    assert "Arkusz: cały plik" in response.text
    assert msg.FILE_NOT_XLSX in response.text


# --- POST /generuj -----------------------------------------------------------------------------


def test_generate_answers_with_the_documents_as_a_zip_named_by_the_case_sign(client):
    response = upload(client, "/generuj", EXAMPLE.read_bytes(), "przyklad.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="OR.0123.5.2026.zip"')
    names = zip_names(response.content)
    assert "OR.0123.5.2026/01_decyzja_o_podjeciu_prac.docx" in names
    assert "OR.0123.5.2026/manifest.json" in names
    assert len([n for n in names if n.endswith(".docx")]) >= 8  # step 7: no 09 yet
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.testzip() is None


def test_generate_refuses_an_invalid_workbook_with_the_problem_table(client, tmp_path):
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"
    response = upload(client, "/generuj", workbook_bytes(tmp_path, sheets))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "Nie wygenerowano dokumentów" in response.text
    assert '<td class="cell">F2</td>' in response.text


@pytest.mark.slow
def test_generate_with_pdf_adds_pdf_a_copies(client):
    if pdf.find_soffice() is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")
    response = upload(client, "/generuj", EXAMPLE.read_bytes(), "przyklad.xlsx", pdf="1")
    assert response.status_code == 200
    names = zip_names(response.content)
    documents = {n[:-5] for n in names if n.endswith(".docx")}
    assert documents and documents == {n[:-4] for n in names if n.endswith(".pdf")}
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        first = archive.read(sorted(n for n in names if n.endswith(".pdf"))[0])
    assert first.startswith(b"%PDF") and b"pdfaid:part" in first


def require_soffice() -> None:
    if pdf.find_soffice() is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")


def pdf_pairs(data: bytes) -> dict[str, tuple[bytes, bytes]]:
    """Per document of a ZIP: (.docx bytes, .pdf bytes)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        return {
            n[:-5]: (archive.read(n), archive.read(n[:-5] + ".pdf"))
            for n in names
            if n.endswith(".docx")
        }


def assert_pdf_a_2b(data: bytes) -> None:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as document:
        meta = document.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert len(document.pages) >= 1


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with contextlib.suppress(OSError):  # a killed child not yet reaped is no longer running
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    return True


@pytest.mark.slow
def test_pdf_copies_come_from_one_libreoffice_kept_running_restarted_when_killed(
    private_tmp, tmp_path
):
    require_soffice()
    data = EXAMPLE.read_bytes()
    app = create_app(ServeSettings(today=lambda: TODAY))
    with TestClient(app) as client:
        first = upload(client, "/generuj", data, "przyklad.xlsx", pdf="1")
        warm = app.state.converter.pid
        second = upload(client, "/generuj", data, "przyklad.xlsx", pdf="1")
        assert warm is not None and app.state.converter.pid == warm  # the same LibreOffice
        os.kill(warm, signal.SIGKILL)
        third = upload(client, "/generuj", data, "przyklad.xlsx", pdf="1")
        assert app.state.converter.pid not in (None, warm)
    assert first.status_code == second.status_code == third.status_code == 200
    pairs = pdf_pairs(third.content)
    assert len(pairs) == 8  # step 7: no 09 yet
    for _docx, pdf_bytes in pairs.values():
        assert_pdf_a_2b(pdf_bytes)
    # the same bytes as a one-off conversion of the same document (`szj generate --pdf`)
    assert pdf_pairs(first.content) == pairs
    name, (docx, pdf_bytes) = sorted(pairs.items())[0]
    source = tmp_path / f"{Path(name).name}.docx"
    source.write_bytes(docx)
    [alone] = pdf.convert_to_pdf([source], tmp_path / "pdf")
    assert alone.read_bytes() == pdf_bytes


@pytest.mark.slow
def test_no_libreoffice_outlives_the_server(private_tmp):
    require_soffice()
    app = create_app(ServeSettings(today=lambda: TODAY))
    with TestClient(app) as client:
        response = upload(client, "/generuj", EXAMPLE.read_bytes(), "przyklad.xlsx", pdf="1")
        warm = app.state.converter.pid
        assert response.status_code == 200 and warm is not None and alive(warm)
    assert not alive(warm)
    assert not list(private_tmp.glob(f"{pdf.PROFILE_PREFIX}*"))  # its profile is removed too


# name, bytes, the message; refused outright (422 on both routes) or read and reported (a
# problem table: 422 from /generuj, 200 from /sprawdz, which is asked for the problems).
BAD_UPLOADS = {
    "not named .xlsx": ("projekt.docx", b"PK\x03\x04whatever", "to nie jest skoroszyt Excel", True),
    "empty": ("projekt.xlsx", b"", "plik jest pusty", True),
    "old .xls": ("projekt.xlsx", hostile.old_xls(), "Excel 97–2003", False),
    "encrypted": ("projekt.xlsx", hostile.encrypted_workbook(), "chroniony hasłem", False),
    "not a zip": ("projekt.xlsx", b"<html>hello</html>", msg.FILE_NOT_XLSX, False),
}


@pytest.mark.parametrize("case", BAD_UPLOADS, ids=list(BAD_UPLOADS))
@pytest.mark.parametrize("route", ["/generuj", "/sprawdz"])
def test_bad_uploads_get_a_polish_message_and_no_traceback(client, case, route):
    name, data, message, refused_outright = BAD_UPLOADS[case]
    response = upload(client, route, data, name)
    assert response.status_code == (422 if refused_outright or route == "/generuj" else 200)
    assert message in response.text
    assert "Traceback" not in response.text
    assert client.get("/").status_code == 200  # still serving


def test_a_zip_bomb_is_refused_by_the_reader(client, tmp_path):
    bomb = hostile.rezipped(hostile.zip_bomb)(tmp_path).read_bytes()
    response = upload(client, "/generuj", bomb)
    assert response.status_code == 422
    assert "podejrzanie duży" in response.text


def test_a_form_without_the_file_is_refused(client):
    response = client.post("/generuj", data={"pdf": "1"})
    assert response.status_code == 422
    assert msg.WEB_UPLOAD_MISSING in response.text


def test_an_upload_over_the_limit_is_refused_with_413(client):
    response = upload(client, "/generuj", b"PK" + b"\0" * MAX_UPLOAD_BYTES)
    assert response.status_code == 413
    assert "za duży" in response.text and "20 MB" in response.text


def test_the_limit_holds_for_a_body_of_unknown_length(client):
    """Counted while it streams in: a chunked body declares no length to check first."""
    boundary = "granica"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="skoroszyt"; '
        f'filename="projekt.xlsx"\r\nContent-Type: {XLSX}\r\n\r\n'
    ).encode()
    sent = []

    def body() -> Iterator[bytes]:
        yield head
        for _ in range(MAX_UPLOAD_BYTES // 2**20 + 4):
            sent.append(1)
            yield b"\0" * 2**20
        yield f"\r\n--{boundary}--\r\n".encode()

    response = client.post(
        "/generuj",
        content=body(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 413


def test_nothing_uploaded_is_kept(client, private_tmp, tmp_path):
    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"
    upload(client, "/generuj", EXAMPLE.read_bytes(), "przyklad.xlsx")
    upload(client, "/generuj", workbook_bytes(tmp_path, sheets))
    upload(client, "/sprawdz", EXAMPLE.read_bytes(), "przyklad.xlsx")
    upload(client, "/generuj", b"", "pusty.xlsx")
    assert list(private_tmp.iterdir()) == []


def test_two_clerks_uploading_at_once_get_their_own_documents(client, tmp_path):
    own = {}
    for sign in ("OR.0001.1.2026", "OR.0002.2.2026"):
        sheets = valid_sheets()
        set_field(sheets, "Znak sprawy", sign)
        own[sign] = workbook_bytes(tmp_path, sheets, name=f"{sign}.xlsx")
    barrier = threading.Barrier(2)

    def clerk(sign: str) -> list[tuple[str, list[str]]]:
        barrier.wait()
        answers = []
        for _ in range(3):
            response = upload(client, "/generuj", own[sign], "projekt.xlsx")  # the same name
            answers.append((response.headers["content-disposition"], zip_names(response.content)))
        return answers

    with ThreadPoolExecutor(2) as pool:
        results = dict(zip(own, pool.map(clerk, own), strict=True))
    for sign, answers in results.items():
        for disposition, names in answers:
            assert f'filename="{sign}.zip"' in disposition
            assert names and all(n.startswith(f"{sign}/") for n in names)


def test_the_server_survives_a_bug_with_a_polish_page(private_tmp, monkeypatch):
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(web_app.pipeline, "check_workbook", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        response = upload(client, "/sprawdz", EXAMPLE.read_bytes())
        assert response.status_code == 500
        assert msg.WEB_INTERNAL_ERROR in response.text
        assert "Traceback" not in response.text and "a bug" not in response.text
        assert client.get("/").status_code == 200


def test_unknown_pages_and_methods_answer_in_polish(client):
    assert msg.WEB_NOT_FOUND in client.get("/nie-ma").text
    response = client.get("/generuj")
    assert response.status_code == 405
    assert msg.WEB_METHOD_NOT_ALLOWED in response.text


# --- the register ------------------------------------------------------------------------------


@pytest.fixture
def projects(tmp_path: Path) -> Path:
    folder = tmp_path / "projekty"
    folder.mkdir()
    (folder / "przyklad.xlsx").write_bytes(EXAMPLE.read_bytes())
    late = valid_sheets()
    set_field(late, "Znak sprawy", "OR.0009.9.2026")
    late["Działania"][1][5] = date(2026, 11, 1)  # due before TODAY, still open
    write_workbook(folder / "spozniony.xlsx", late)
    broken = valid_sheets()
    broken["Zasoby"][1][5] = "abc"
    write_workbook(folder / "bledny.xlsx", broken)
    return folder


def test_register_lists_every_project_with_its_timeline_and_late_actions(private_tmp, projects):
    settings = ServeSettings(projects_dir=projects, today=lambda: TODAY)
    with TestClient(create_app(settings)) as client:
        assert 'href="/rejestr"' in client.get("/").text
        response = client.get("/rejestr")
    assert response.status_code == 200
    row = r'<tr class="([a-z]*)">.*?<strong class="sign">([^<]*)</strong>'
    rows = re.findall(row, response.text, re.S)
    assert ("", "OR.0123.5.2026") in rows
    assert ("overdue", "OR.0009.9.2026") in rows
    assert ("invalid", "OR.0123.7.2026") in rows  # what could be read stays in the row
    assert "skoroszyt zawiera 1 błąd — prześlij go na stronie „Sprawdź skoroszyt”" in response.text
    assert response.text.count('<ol class="mini-timeline">') == 2
    assert "termin 01.11.2026 — po terminie" in text_of(response.text)
    assert 'data-sort="text"' in response.text  # sortable by the page's script


def test_register_workbook_has_a_row_per_project(private_tmp, projects):
    settings = ServeSettings(projects_dir=projects, today=lambda: TODAY)
    with TestClient(create_app(settings)) as client:
        response = client.get("/rejestr.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    signs = {row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}  # title, header
    assert {"OR.0123.5.2026", "OR.0009.9.2026"} <= signs
    assert sheet.max_row == 5


def test_register_without_a_folder_says_how_to_enable_it(client):
    for route in ("/rejestr", "/rejestr.xlsx"):
        response = client.get(route)
        assert response.status_code == 404
        assert "szj serve --projekty KATALOG" in response.text


# --- the command ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_serve(*args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "generator", "serve", "--no-browser", *args]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for(url: str, seconds: float = 20) -> bytes:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return answer.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def stop(process: subprocess.Popen[str]) -> str:
    process.terminate()
    try:
        return process.communicate(timeout=10)[1]
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()[1]


def test_serve_listens_on_this_computer_only_by_default():
    port = free_port()
    process = start_serve("--port", str(port))
    try:
        assert b'name="skoroszyt"' in wait_for(f"http://127.0.0.1:{port}/")
    finally:
        stderr = stop(process)
    assert f"http://127.0.0.1:{port}/" in stderr
    assert "każdy w sieci" not in stderr


def test_serve_on_another_address_warns_that_the_network_can_use_it():
    port = free_port()
    process = start_serve("--host", "0.0.0.0", "--port", str(port))
    try:
        wait_for(f"http://127.0.0.1:{port}/")
    finally:
        stderr = stop(process)
    assert "uwaga: strona nasłuchuje na adresie 0.0.0.0, więc każdy w sieci" in stderr


def test_serve_on_a_busy_port_says_so():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = start_serve("--port", str(port))
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 1
    assert f"błąd: nie można uruchomić strony na 127.0.0.1:{port}" in stderr
    assert "Traceback" not in stderr


def test_serve_with_a_missing_projects_folder_says_so(tmp_path):
    process = start_serve("--projekty", str(tmp_path / "brak"))
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 1
    assert "katalog projektów nie istnieje" in stderr
