"""PDF/A-2b copies of the documents, made by LibreOffice headless.

LibreOffice is slow to start, so every document of a run goes through one `soffice` call.
A private profile lets it run while the user has LibreOffice open; its settings block every
linked image or file a document points to, and where the system allows it LibreOffice runs
without network access at all. It runs in its own process group, is killed with its parent,
and its profile is removed on every exit path (leftovers of a killed run on the next).

LibreOffice stamps each PDF with the time of the run and a random document ID; both are
replaced (with pikepdf) by values taken from the .docx, so one .docx always gives the same
PDF bytes.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

from generator import messages as msg
from generator.documents.pdf_bytes import reproducible_pdf
from generator.documents.profiles import (
    private_folder,
    remove_abandoned,
    write_profile_settings,
)
from generator.errors import ConverterError

# PDF/A-2b (SelectPdfVersion 2), as the office's electronic document system archives it.
PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
TIMEOUT_SECONDS = 600
SOFFICE_NAMES = ("soffice", "libreoffice")
PROFILE_PREFIX = "szj-lo-"
RESTART_EXIT_CODE = 81  # soffice.bin asks to be started again after creating a new profile



def find_soffice() -> str | None:
    """The LibreOffice executable, or None. `SZJ_SOFFICE` may name it explicitly."""
    explicit = os.environ.get("SZJ_SOFFICE")
    if explicit:
        return explicit if shutil.which(explicit) else None
    return next((found for name in SOFFICE_NAMES if (found := shutil.which(name))), None)


def convert_to_pdf(
    documents: Sequence[Path],
    out_dir: Path,
    pdfa: bool = True,
    labels: Sequence[str] | None = None,
) -> list[Path]:
    """Convert `.docx` files to PDF(/A) in `out_dir` in one LibreOffice run.

    `labels` name the documents in messages (their names in the project folder, when
    `documents` are work copies).

    Returns the PDF paths in the order of `documents`; each PDF's dates and ID come from its
    .docx, so the same .docx gives the same bytes. Raises `ConverterError` when LibreOffice
    is missing, fails, runs past `TIMEOUT_SECONDS` or leaves a PDF out.
    """
    if not documents:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise ConverterError(msg.SOFFICE_MISSING)
    out_dir.mkdir(parents=True, exist_ok=True)
    base = Path(tempfile.gettempdir())
    remove_abandoned(base, PROFILE_PREFIX)
    with private_folder(base, PROFILE_PREFIX) as profile:
        write_profile_settings(profile)
        command = _convert_command(soffice, profile, documents, out_dir, pdfa)
        completed = _run_soffice(command, TIMEOUT_SECONDS)
        if completed.returncode == RESTART_EXIT_CODE:  # the profile is ready now
            completed = _run_soffice(command, TIMEOUT_SECONDS)
    return _collect_pdfs(documents, out_dir, labels, completed)


def _office_args(profile: Path) -> list[str]:
    uri = f"-env:UserInstallation={profile.as_uri()}"
    return [uri, "--headless", "--norestore", "--nolockcheck"]


def _convert_command(
    soffice: str, profile: Path, documents: Sequence[Path], out_dir: Path, pdfa: bool
) -> list[str]:
    return [
        *isolation_prefix(),
        _program(soffice),
        *_office_args(profile),
        "--convert-to",
        PDFA_FILTER if pdfa else "pdf",
        "--outdir",
        str(out_dir),
        *(str(d) for d in documents),
    ]


def _collect_pdfs(
    documents: Sequence[Path],
    out_dir: Path,
    labels: Sequence[str] | None,
    completed: subprocess.CompletedProcess[str],
) -> list[Path]:
    """The PDFs LibreOffice wrote, made reproducible; `ConverterError` when one is missing."""
    pdfs = [out_dir / f"{d.stem}.pdf" for d in documents]
    names = labels or [p.name for p in pdfs]
    missing = [name for name, p in zip(names, pdfs, strict=True) if not p.exists()]
    if completed.returncode != 0 or missing:
        detail = (completed.stderr or completed.stdout).strip().splitlines()[-1:] or [""]
        raise ConverterError(
            msg.PDF_NOT_CREATED.format(
                missing=", ".join(missing) or "—", code=completed.returncode, detail=detail[0]
            ).strip()
        )
    for document, pdf in zip(documents, pdfs, strict=True):
        pdf.write_bytes(reproducible_pdf(pdf.read_bytes(), document.read_bytes()))
    return pdfs


# --- a LibreOffice kept running (szj serve) ---------------------------------------------------


class WarmConverter:
    """One LibreOffice kept running between conversions, for the web server.

    It runs headless with a private profile (the settings above), under the same isolation
    as a one-off run, holding a blank text file open so it stays up between jobs. Each
    conversion is an ordinary `soffice --convert-to` call with the same profile: LibreOffice
    hands it over through its own pipe to the running instance and returns when the PDFs are
    written, which skips the start-up. Started on the first conversion, started again when
    it has died, killed when a conversion runs past `timeout`, stopped by `close()`.
    Conversions run one at a time in a thread of their own, which also lives as long as the
    instance does (the parent-death signal is bound to the thread that started it). Where the
    hand-over cannot be seen (not Linux) every conversion is a one-off `convert_to_pdf`.
    """

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="szj-soffice")
        self._lock = threading.Lock()  # one conversion at a time, and never during close()
        self._process: subprocess.Popen[str] | None = None
        self._profile: Path | None = None
        self._folder = contextlib.ExitStack()

    @property
    def pid(self) -> int | None:
        """The running instance's process ID, or None."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def convert(
        self,
        documents: Sequence[Path],
        out_dir: Path,
        pdfa: bool = True,
        labels: Sequence[str] | None = None,
    ) -> list[Path]:
        """As `convert_to_pdf`, through the running instance."""
        if not documents:
            return []
        if not sys.platform.startswith("linux"):
            return convert_to_pdf(documents, out_dir, pdfa, labels)
        with self._lock:
            job = self._thread.submit(self._convert, documents, out_dir, pdfa, labels)
            return job.result()

    def close(self) -> None:
        """Stop the instance and remove its profile (it starts again if used later)."""
        with self._lock:
            self._thread.submit(self._stop).result()

    def _convert(
        self, documents: Sequence[Path], out_dir: Path, pdfa: bool, labels: Sequence[str] | None
    ) -> list[Path]:
        soffice = find_soffice()
        if soffice is None:
            raise ConverterError(msg.SOFFICE_MISSING)
        out_dir.mkdir(parents=True, exist_ok=True)
        profile = self._running(soffice, documents, labels)
        command = _convert_command(soffice, profile, documents, out_dir, pdfa)
        try:
            completed = _run_soffice(command, self.timeout)
            return _collect_pdfs(documents, out_dir, labels, completed)
        except ConverterError:
            self._stop()  # a stuck or failing instance is not trusted with the next job
            raise

    def _running(
        self, soffice: str, documents: Sequence[Path], labels: Sequence[str] | None
    ) -> Path:
        """The profile of a running instance, started (again) when there is none."""
        if self._process is not None and self._process.poll() is None and self._profile:
            return self._profile
        self._stop()
        base = Path(tempfile.gettempdir())
        remove_abandoned(base, PROFILE_PREFIX)
        profile = self._folder.enter_context(private_folder(base, PROFILE_PREFIX))
        write_profile_settings(profile)
        keep = profile / "otwarty.txt"  # held open: with no document left LibreOffice quits
        keep.write_text("", encoding="utf-8")
        office = [*isolation_prefix(), _program(soffice), *_office_args(profile)]
        self._profile = profile
        # A new profile: the first start only prepares it and asks to be started again.
        code = _run_soffice([*office, "--terminate_after_init"], self.timeout).returncode
        if code in (0, RESTART_EXIT_CODE):
            self._process = _start_soffice([*office, str(keep)])
            failed = self._wait_for_pipe(profile, self._process)
            if failed is None:
                return profile
        self._stop()
        names = labels or [f"{d.stem}.pdf" for d in documents]
        raise ConverterError(
            msg.PDF_NOT_CREATED.format(missing=", ".join(names), code=code, detail="").strip()
        )

    def _wait_for_pipe(self, profile: Path, process: subprocess.Popen[str]) -> int | None:
        """None once the instance listens on its pipe, else its exit code (or -1 on timeout)."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if _ipc_pipes(profile):
                return None
            code = process.poll()
            if code is not None:
                return code
            time.sleep(0.05)
        return -1

    def _stop(self) -> None:
        process, profile = self._process, self._profile
        self._process = self._profile = None
        if process is not None:
            _kill_group(process)
        if profile is not None:
            for pipe in _ipc_pipes(profile):  # a killed instance leaves its socket behind
                with contextlib.suppress(OSError):
                    pipe.unlink()
        self._folder.close()


def _ipc_pipes(profile: Path) -> list[Path]:
    """The socket through which LibreOffice with this profile takes over later calls.

    Its name holds the MD5 of the profile's URL as UTF-16, each byte in hex without padding
    (desktop/source/app/officeipcthread.cxx), and the user ID LibreOffice sees.
    """
    digest = hashlib.md5(profile.as_uri().encode("utf-16-le"), usedforsecurity=False).digest()
    name = "".join(format(byte, "x") for byte in digest)
    return [
        pipe
        for folder in (Path("/tmp"), Path("/var/tmp"))
        for pipe in folder.glob(f"OSL_PIPE_*_SingleOfficeIPC_{name}")
    ]


# --- running LibreOffice --------------------------------------------------------------------


def _program(soffice: str) -> str:
    """`soffice.bin` itself where the `soffice` launcher has one beside it.

    The launcher (oosplash) starts soffice.bin as its own child, which a parent-death signal
    does not reach; soffice.bin started directly dies with us.
    """
    binary = Path(os.path.realpath(soffice)).with_name("soffice.bin")
    return str(binary) if binary.is_file() and os.access(binary, os.X_OK) else soffice


@cache
def isolation_prefix() -> tuple[str, ...]:
    """`unshare --net` (no network at all) when this system allows it, else nothing."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return ()
    candidates: list[tuple[str, ...]] = [(unshare, "--net")] if os.geteuid() == 0 else []
    candidates.append((unshare, "--user", "--map-root-user", "--net"))
    for prefix in candidates:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
            if probe.returncode == 0:
                return prefix
    return ()


def _run_soffice(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run LibreOffice in its own process group; the group is killed when it is done, on a
    timeout, on any error, and (through the parent-death signal) when this process dies."""
    process = _start_soffice(command, subprocess.PIPE)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise ConverterError(msg.PDF_TIMEOUT.format(minutes=max(1, round(timeout / 60)))) from e
    finally:
        _kill_group(process)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _start_soffice(command: list[str], output: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
    """LibreOffice in a process group of its own, killed when this process (on Linux: the
    thread that starts it) dies. A long-running instance writes to nothing (`output`), so a
    full pipe never blocks it."""
    linux = sys.platform.startswith("linux")
    return subprocess.Popen(
        command,
        stdout=output,
        stderr=output,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
        preexec_fn=_die_with_parent(os.getpid()) if linux else None,  # noqa: PLW1509
    )


def _die_with_parent(parent: int):  # type: ignore[no-untyped-def]
    def prepare() -> None:  # runs in the child between fork and exec
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os._exit(1)

    return prepare


def _kill_group(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(OSError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        process.communicate(timeout=10)




