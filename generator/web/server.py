"""Running the page: uvicorn on one address, the browser opened once the server listens."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import webbrowser
from collections.abc import Callable

from generator import messages as msg
from generator.errors import SzjError
from generator.web.app import ServeSettings, create_app

LOCAL_NAMES = ("localhost",)


def is_local(host: str) -> bool:
    """Whether only this computer can reach `host` (127.0.0.1, ::1, localhost)."""
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def page_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def check_port(host: str, port: int) -> None:
    """Refuse to start, with a Polish message, when the address cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host, port))
    except OSError as e:
        detail = e.strerror or str(e)
        raise SzjError(msg.SERVE_PORT_BUSY.format(host=host, port=port, detail=detail)) from e


def serve(
    host: str,
    port: int,
    settings: ServeSettings,
    *,
    open_browser: bool,
    echo: Callable[[str], None],
) -> None:
    """Serve the page until Ctrl+C."""
    import uvicorn

    if not is_local(host):
        echo(msg.SERVE_PUBLIC_WARNING.format(host=host))
    check_port(host, port)
    config = uvicorn.Config(
        create_app(settings), host=host, port=port, log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    url = page_url(host, port)
    echo(msg.SERVE_LISTENING.format(url=url))
    if open_browser:
        threading.Thread(target=_open_when_started, args=(server, url), daemon=True).start()
    server.run()


def _open_when_started(server: object, url: str, wait_seconds: float = 30) -> None:
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if getattr(server, "started", False):
            webbrowser.open(url)
            return
        time.sleep(0.1)
