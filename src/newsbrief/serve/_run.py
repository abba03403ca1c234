"""Run the service with uvicorn on a socket bound here, so the printed address is the real one."""

from __future__ import annotations

import socket
from collections.abc import Callable

import uvicorn

from ..errors import UsageError, error
from ._app import create_app
from ._settings import ServeSettings

__all__ = ["bind", "run"]


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host`:`port` (port 0: any free one); E133 when it cannot be had."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        raise error(UsageError, "E133", host=host, port=port, detail=exc.strerror or exc) from None
    return sock


def address_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def _say(line: str) -> None:
    print(line, flush=True)


def run(settings: ServeSettings, echo: Callable[[str], None] = _say) -> None:
    """Serve until interrupted; print the address once the socket is listening."""
    app = create_app(settings)
    sock = bind(settings.host, settings.port)
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, server_header=False, timeout_graceful_shutdown=5
    )
    echo(f"newsbrief: serving on {address_of(sock)}  (briefs kept in {settings.data_dir}; Ctrl+C to stop)")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
