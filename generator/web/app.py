"""The web application of `szj serve` (Starlette): routes in, one pipeline call, a page out.

Each upload lives in a temporary folder of its own request, removed before the response is
sent, so nothing uploaded is kept and two clerks never see each other's files. The pipeline
work runs in worker threads (a few at a time, each with a time limit) so the server keeps
answering while a workbook is processed.
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

import anyio
import anyio.to_thread
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from generator import __version__, pipeline
from generator import messages as msg
from generator.documents.pdf import WarmConverter
from generator.errors import SzjError
from generator.files import zip_bytes
from generator.web import views
from generator.web.uploads import MAX_UPLOAD_BYTES, Upload, UploadRefused, receive_workbook

if TYPE_CHECKING:
    from generator.documents.render import TemplateSet

T = TypeVar("T")
log = logging.getLogger("szj.web")

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JOB_SECONDS = 120  # LibreOffice's first start may take a while; a workbook takes < 1 s
PDF_SECONDS = 90  # a conversion running longer is killed with its LibreOffice (within the job)
PARALLEL_JOBS = 2  # pipeline jobs at once: bounds memory and leaves the server a core
WORK_PREFIX = "szj-web-"
# Everything the page loads comes from this server: it works offline and nothing injected can
# load or send anything elsewhere.
_SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


@dataclass
class ServeSettings:
    """What `szj serve` was started with."""

    projects_dir: Path | None = None
    templates_dir: Path | None = None
    today: Callable[[], date] = date.today  # the day terms are judged by, per request


@dataclass
class _Shared:
    """State shared by all requests: settings, the page templates, compiled Word templates."""

    settings: ServeSettings
    pages: Environment
    jobs: anyio.Semaphore = field(default_factory=lambda: anyio.Semaphore(PARALLEL_JOBS))
    lock: threading.Lock = field(default_factory=threading.Lock)
    templates: TemplateSet | None = None
    blank: bytes | None = None
    # One LibreOffice kept running for `pdf=1`, started by the first such request.
    converter: WarmConverter = field(default_factory=lambda: WarmConverter(PDF_SECONDS))

    def word_templates(self) -> TemplateSet:
        """The Word templates, compiled once (in a worker thread) and then shared."""
        with self.lock:
            if self.templates is None:
                from generator.documents.render import TemplateSet

                templates = TemplateSet.load(self.settings.templates_dir)
                templates.check_all()
                self.templates = templates
            return self.templates


def page_environment() -> Environment:
    """Jinja for the page's HTML: every value escaped, a missing one an error. Separate from
    the Word renderer's environment."""
    return Environment(
        loader=PackageLoader("generator.web", "pages"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def create_app(settings: ServeSettings | None = None) -> Starlette:
    shared = _Shared(settings or ServeSettings(), page_environment())
    static = Path(__file__).with_name("static")

    def bind(handler: Callable[[_Shared, Request], Awaitable[Response]]):  # type: ignore[no-untyped-def]
        async def endpoint(request: Request) -> Response:
            return await handler(shared, request)

        return endpoint

    routes = [
        Route("/", bind(index)),
        Route("/pusty.xlsx", bind(blank_workbook)),
        Route("/sprawdz", bind(check), methods=["POST"]),
        Route("/generuj", bind(generate), methods=["POST"]),
        Route("/rejestr", bind(register_page)),
        Route("/rejestr.xlsx", bind(register_workbook)),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ]
    handlers = {HTTPException: _http_error(shared), Exception: _server_error(shared)}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:  # no LibreOffice outlives the server
            await anyio.to_thread.run_sync(shared.converter.close)

    app = Starlette(
        routes=routes, exception_handlers=handlers, lifespan=lifespan
    )
    app.add_middleware(SecurityHeaders)
    app.state.converter = shared.converter
    return app


class SecurityHeaders:
    """Adds the security headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- pages ---------------------------------------------------------------------------------


def render(shared: _Shared, name: str, status: int = 200, **values: object) -> HTMLResponse:
    page = shared.pages.get_template(name).render(
        version=__version__,
        register=shared.settings.projects_dir is not None,
        limit_mb=MAX_UPLOAD_BYTES // 2**20,
        limit_bytes=MAX_UPLOAD_BYTES,
        messages=msg,
        **values,
    )
    return HTMLResponse(page, status_code=status)


def error_page(shared: _Shared, status: int, message: str) -> HTMLResponse:
    return render(shared, "error.html", status, message=message)


async def index(shared: _Shared, request: Request) -> Response:
    return render(shared, "index.html")


async def blank_workbook(shared: _Shared, request: Request) -> Response:
    if shared.blank is None:
        shared.blank = await anyio.to_thread.run_sync(_blank_bytes)
    return _download(shared.blank, XLSX_TYPE, "pusty_skoroszyt.xlsx")


def _blank_bytes() -> bytes:
    from generator.workbook.blank import build_blank_workbook

    buffer = io.BytesIO()
    build_blank_workbook().save(buffer)
    return buffer.getvalue()


async def check(shared: _Shared, request: Request) -> Response:
    """`POST /sprawdz`: the problems grouped by sheet and the project's timeline."""

    async def work(upload: Upload, folder: Path) -> Response:
        checked = await _job(shared, pipeline.check_workbook, upload.path, shared.settings.today())
        return render(shared, "report.html", report=views.report(checked))

    return await _with_upload(shared, request, work)


async def generate(shared: _Shared, request: Request) -> Response:
    """`POST /generuj`: the documents as a ZIP, or 422 with the problems."""

    async def work(upload: Upload, folder: Path) -> Response:
        result = await _job(shared, _generate, shared, upload, folder / "dokumenty")
        checked = result.checked
        if not checked.ok:
            report = views.report(checked)
            return render(shared, "report.html", 422, report=report, refused=True)
        if result.failure or result.folder is None:
            detail = result.failure or msg.NOTHING_WRITTEN
            return error_page(shared, 500, msg.WEB_GENERATE_FAILED.format(detail=detail))
        data = await _job(shared, zip_folder, result.folder)
        return _download(data, "application/zip", f"{result.folder.name}.zip")

    return await _with_upload(shared, request, work)


def _generate(shared: _Shared, upload: Upload, output_dir: Path) -> pipeline.Generated:
    settings = pipeline.GenerateSettings(
        shared.settings.today(), output_dir, pdf=upload.pdf,
        templates_dir=shared.settings.templates_dir, converter=shared.converter.convert,
    )
    if upload.pdf:  # the documents and their PDF/A copies, by the LibreOffice kept running
        return pipeline.generate([upload.path], settings, workers=1)[0]
    return pipeline.generate_workbook(upload.path, settings, shared.word_templates())


def zip_folder(folder: Path) -> bytes:
    """The project's files as a ZIP holding one folder named like the project's folder."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return zip_bytes((f"{folder.name}/{path.name}", path.read_bytes()) for path in files)


async def register_page(shared: _Shared, request: Request) -> Response:
    folder = shared.settings.projects_dir
    if folder is None:
        return error_page(shared, 404, msg.WEB_NO_REGISTER)
    _, checked = await _job(shared, _check_folder, folder, shared.settings.today())
    entries = views.register_entries(checked)
    return render(shared, "register.html", entries=entries, folder=str(folder),
                  today=views.day(shared.settings.today()))


async def register_workbook(shared: _Shared, request: Request) -> Response:
    folder = shared.settings.projects_dir
    if folder is None:
        return error_page(shared, 404, msg.WEB_NO_REGISTER)
    today = shared.settings.today()
    found, checked = await _job(shared, _check_folder, folder, today)
    data = await _job(shared, _register_bytes, found, checked, today)
    return _download(data, XLSX_TYPE, "rejestr.xlsx")


def _check_folder(
    folder: Path, today: date
) -> tuple[pipeline.Found, list[pipeline.Checked]]:
    found = pipeline.find_workbooks([folder])
    return found, pipeline.check_workbooks(found.workbooks, today)


def _register_bytes(found: pipeline.Found, checked: list[pipeline.Checked], today: date) -> bytes:
    from generator.reports.register import project_rows, register_bytes

    return register_bytes(project_rows(checked, found.open_in), today)


# --- uploads and jobs ----------------------------------------------------------------------


async def _with_upload(
    shared: _Shared,
    request: Request,
    work: Callable[[Upload, Path], Awaitable[Response]],
) -> Response:
    """Receive the workbook into a private folder, run `work`, remove the folder."""
    folder = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    try:
        upload = await receive_workbook(request, folder)
        return await work(upload, folder)
    except UploadRefused as e:
        return error_page(shared, e.status, str(e))
    except TimeoutError:
        return error_page(shared, 503, msg.WEB_TOO_SLOW.format(seconds=JOB_SECONDS))
    except SzjError as e:  # LibreOffice missing, say
        return error_page(shared, 503, str(e))
    finally:
        await anyio.to_thread.run_sync(lambda: shutil.rmtree(folder, ignore_errors=True))


async def _job(shared: _Shared, function: Callable[..., T], *args: object) -> T:
    """Run pipeline work in a worker thread: a few at a time, each within `JOB_SECONDS`.

    A job over its time is abandoned (a thread cannot be stopped); the clerk gets a message.
    """
    async with shared.jobs:
        with anyio.fail_after(JOB_SECONDS):
            return await anyio.to_thread.run_sync(function, *args, abandon_on_cancel=True)


def _download(data: bytes, media_type: str, filename: str) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=media_type, headers={"content-disposition": disposition})


# --- errors --------------------------------------------------------------------------------


def _http_error(shared: _Shared) -> Callable[[Request, Exception], Awaitable[Response]]:
    async def handle(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 404:
            return error_page(shared, 404, msg.WEB_NOT_FOUND)
        if status == 405:
            return error_page(shared, 405, msg.WEB_METHOD_NOT_ALLOWED)
        return error_page(shared, status, msg.WEB_UPLOAD_BROKEN)

    return handle


def _server_error(shared: _Shared) -> Callable[[Request, Exception], Awaitable[Response]]:
    async def handle(request: Request, exc: Exception) -> Response:
        log.error("szj serve: %s %s", request.method, request.url.path, exc_info=exc)
        return error_page(shared, 500, msg.WEB_INTERNAL_ERROR)

    return handle
