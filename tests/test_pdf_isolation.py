"""LibreOffice with nothing it can fetch, and nothing left behind (issue 16, items 2, 6, minor).

A .docx that links images (`r:link`, TargetMode External) to a local HTTP listener and to
local files is converted by `pdf.convert_to_pdf` directly (the template checks are bypassed
on purpose): no request may arrive and no file may be embedded. Then the process side: a
timeout stops LibreOffice's whole process group with a Polish message, LibreOffice dies with
its parent, and profiles and work folders of killed runs are removed.
"""

from __future__ import annotations

import http.server
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from generator.documents import pdf
from generator.errors import ConverterError

ROOT = Path(__file__).resolve().parent.parent
DOCX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def require_soffice() -> None:
    if pdf.find_soffice() is None:
        if os.environ.get("SZJ_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) jest wymagany (SZJ_REQUIRE_SOFFICE=1)")
        pytest.skip("LibreOffice (soffice) nie jest zainstalowany")


def png(rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def linked_image(index: int) -> str:
    return (
        f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/>'
        f'<wp:docPr id="{index + 1}" name="Obraz {index + 1}"/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{index + 1}" name="obraz.png"/><pic:cNvPicPr/>'
        f'</pic:nvPicPr><pic:blipFill><a:blip r:link="rIdLink{index}"/><a:stretch>'
        '<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>"
        "</w:drawing></w:r></w:p>"
    )


def docx_linking(path: Path, targets: list[str]) -> None:
    """A .docx whose images are external links (`r:link`) to `targets`."""
    relationships = "".join(
        f'<Relationship Id="rIdLink{i}" Type="{REL}/image" Target="{target}" '
        'TargetMode="External"/>'
        for i, target in enumerate(targets)
    )
    body = "".join(linked_image(i) for i in range(len(targets)))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="'
            'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"'
            ' ContentType="application/xml"/><Override PartName="/word/document.xml" ContentTyp'
            'e="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
            '"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
            f'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
            f'formats.org/package/2006/relationships">{relationships}</Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {DOCX_NS}><w:body>'
            f"<w:p><w:r><w:t>Dokument z obrazami</w:t></w:r></w:p>{body}</w:body></w:document>",
        )


class Listener:
    """An HTTP server on 127.0.0.1 that answers every GET with a PNG and records it."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                listener.requests.append(f"GET {self.path}")
                data = png((0, 0, 255))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_HEAD(self) -> None:  # noqa: N802
                listener.requests.append(f"HEAD {self.path}")
                self.send_response(200)
                self.end_headers()

            def do_OPTIONS(self) -> None:  # noqa: N802
                listener.requests.append(f"OPTIONS {self.path}")
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]


@pytest.fixture
def listener() -> Iterator[Listener]:
    served = Listener()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.server.shutdown()
    served.server.server_close()


def images(path: Path) -> list[str]:
    with pikepdf.open(path) as document:
        return [
            str(name)
            for page in document.pages
            for name, item in page.Resources.get("/XObject", {}).items()
            if item.get("/Subtype") == "/Image"
        ]


@pytest.mark.parametrize("without_network", [True, False], ids=["unshare", "profile-only"])
def test_libreoffice_fetches_and_embeds_nothing_a_document_links_to(
    listener: Listener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, without_network: bool
) -> None:
    """Its private profile alone blocks linked content; `unshare --net` adds a second wall."""
    require_soffice()
    if not without_network:
        monkeypatch.setattr(pdf, "isolation_prefix", lambda: ())
    local = tmp_path / "lokalny.png"
    local.write_bytes(png((255, 0, 0)))
    document = tmp_path / "z_linkami.docx"
    url = f"http://127.0.0.1:{listener.port}/x.png"
    docx_linking(document, [url, local.as_uri(), "file:///etc/hostname"])

    (made,) = pdf.convert_to_pdf([document], tmp_path / "pdf")

    assert listener.requests == []
    assert images(made) == []  # neither the answer nor the local image is embedded
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text_of(made)


def text_of(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60, check=False
    )
    return done.stdout


def test_the_conversion_runs_without_network_where_the_system_allows(tmp_path: Path) -> None:
    prefix = pdf.isolation_prefix()
    if not prefix:
        pytest.skip("unshare --net nie jest tu dostępne (kontener bez uprawnień)")
    served = Listener()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    try:
        probe = (
            "import socket\n"
            "s = socket.socket(); s.settimeout(5)\n"
            f"print('reachable' if s.connect_ex(('127.0.0.1', {served.port})) == 0 else 'no')\n"
        )
        command = [sys.executable, "-c", probe]
        inside = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=30)
        outside = subprocess.run(command, capture_output=True, text=True, timeout=30)
    finally:
        served.server.shutdown()
        served.server.server_close()
    assert outside.stdout.strip() == "reachable"  # the listener answers from here
    assert inside.stdout.strip() == "no"  # and not from where LibreOffice runs



# --- the LibreOffice process and its folders ---------------------------------------------------


def fake_soffice(tmp_path: Path, body: str) -> Path:
    """An executable shell script standing in for `soffice`."""
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + textwrap.dedent(body), encoding="utf-8")
    script.chmod(0o755)
    return script


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has stopped running


def wait_until(condition: object, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc")
def test_a_conversion_past_its_time_stops_libreoffice_and_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    script = fake_soffice(
        tmp_path,
        f"""\
        sleep 300 &
        echo $! > {pids}
        wait
        """,
    )
    monkeypatch.setenv("SZJ_SOFFICE", str(script))
    # A few seconds, so a loaded machine still starts the script before the limit; and a
    # private temporary folder, so profiles of other runs on the machine are not counted.
    monkeypatch.setattr(pdf, "TIMEOUT_SECONDS", 4)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    document = tmp_path / "dokument.docx"
    document.write_bytes(b"docx")
    started = time.monotonic()
    with pytest.raises(ConverterError, match="LibreOffice nie utworzył PDF w ciągu 1 min"):
        pdf.convert_to_pdf([document], tmp_path / "pdf")
    assert time.monotonic() - started < 30
    child = int(pids.read_text())
    assert wait_until(lambda: not alive(child), 10)  # the whole group, not only the script
    assert not list(private_tmp.glob(f"{pdf.PROFILE_PREFIX}*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc, PR_SET_PDEATHSIG")
def test_libreoffice_does_not_run_on_after_its_parent_is_killed(tmp_path: Path) -> None:
    require_soffice()
    source = tmp_path / "zrodlo.docx"
    docx_linking(source, [])
    documents = []
    for n in range(80):  # enough work to be killed in the middle of it
        documents.append(tmp_path / f"d{n:02d}.docx")
        shutil.copyfile(source, documents[-1])
    out = tmp_path / "wynik-unikalny"
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from generator.documents import pdf; "
            "pdf.convert_to_pdf([Path(a) for a in sys.argv[2:]], Path(sys.argv[1]))",
            str(out),
            *(str(d) for d in documents),
        ],
        cwd=ROOT,
    )

    def converters() -> list[int]:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and int(entry.name) != parent.pid:
                try:
                    if str(out).encode() in (entry / "cmdline").read_bytes() and alive(
                        int(entry.name)
                    ):
                        found.append(int(entry.name))
                except OSError:
                    continue
        return found

    assert wait_until(lambda: bool(converters()), 60), "LibreOffice did not start"
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    assert wait_until(lambda: not converters(), 10), converters()


def test_profiles_and_work_folders_of_killed_runs_are_removed_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Left by a run killed a minute ago (not an hour): removed by the next `--pdf` run; a
    folder whose owner lock is held (a conversion running now) is kept."""
    import fcntl

    from click.testing import CliRunner

    from generator.cli import cli

    blank = tmp_path / "blank.pdf"
    with pikepdf.new() as document:
        document.add_blank_page()
        document.save(blank)
    script = fake_soffice(
        tmp_path,
        f"""\
        while [ $# -gt 0 ]; do
          case "$1" in --outdir) out="$2"; shift 2; break;; *) shift;; esac
        done
        for d in "$@"; do cp {blank} "$out/$(basename "$d" .docx).pdf"; done
        """,
    )
    monkeypatch.setenv("SZJ_SOFFICE", str(script))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    output = tmp_path / "output"
    output.mkdir()
    folders = {
        name: parent / name
        for parent, name in (
            (temporary, "szj-lo-zabity"),
            (output, ".szj-pdf-zabity"),
            (output, ".szj-pdf-trwa"),
        )
    }
    for folder in folders.values():
        (folder / "pdf").mkdir(parents=True)
        (folder / ".szj-owner").write_bytes(b"")
        (folder / "pdf" / "x.pdf").write_bytes(b"%PDF-")
    held = os.open(folders[".szj-pdf-trwa"] / ".szj-owner", os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)
    workbook = tmp_path / "przyklad.xlsx"
    shutil.copyfile(ROOT / "inputs" / "przyklad.xlsx", workbook)
    try:
        result = CliRunner().invoke(
            cli,
            ["generate", str(workbook), "-o", str(output), "--pdf", "--na-dzien", "2026-12-01"],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
        assert folders[".szj-pdf-trwa"].is_dir()
    finally:
        os.close(held)
    assert not folders["szj-lo-zabity"].exists()
    assert not folders[".szj-pdf-zabity"].exists()
    assert list(temporary.iterdir()) == []  # this run's profile is gone too
