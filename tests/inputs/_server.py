"""A bounded local HTTP server for the fetch tests.

It listens on a loopback address only, answers at most `max_requests` requests,
and shuts itself down after `lifetime` seconds even if a test hangs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Route = Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    timeout = 5  # seconds a connection may sit idle before the server drops it

    def do_GET(self) -> None:
        server: Any = self.server
        with server.lock:
            server.count += 1
            over = server.count > server.max_requests
        route = server.routes.get(self.path.split("?", 1)[0])
        if over or route is None:
            send(self, b"no such page", "text/plain", status=503 if over else 404)
            return
        route(self)

    def log_message(self, format: str, *args: Any) -> None:
        return


def send(handler: BaseHTTPRequestHandler, body: bytes, content_type: str, status: int = 200) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def page(body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda handler: send(handler, data, content_type, status)


def redirect(location: str, status: int = 302) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def stall(seconds: float) -> Route:
    """Accept the request, then say nothing for `seconds` (a bounded stall), then answer."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        threading.Event().wait(seconds)
        try:
            send(handler, b"<p>late</p>", "text/html")
        except OSError:
            pass  # the client gave up, as it should

    return route


def endless(chunk: int = 64 * 1024, limit: int = 4 * 1024 * 1024) -> Route:
    """Stream up to `limit` bytes with no Content-Length, as a page that never ends would."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        sent = 0
        try:
            while sent < limit:
                handler.wfile.write(b"<p>" + b"word " * (chunk // 5) + b"</p>")
                sent += chunk
        except OSError:
            pass  # the client stopped reading, as it should

    return route


@contextmanager
def local_server(
    routes: dict[str, Route], host: str = "127.0.0.1", max_requests: int = 20, lifetime: float = 20.0
) -> Iterator[str]:
    """Serve `routes` on `host` (a loopback address) and yield the base URL; stops by itself."""
    server: Any = ThreadingHTTPServer((host, 0), _Handler)
    server.daemon_threads = True
    server.routes, server.count, server.max_requests, server.lock = routes, 0, max_requests, threading.Lock()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    watchdog = threading.Timer(lifetime, server.shutdown)
    watchdog.daemon = True
    thread.start()
    watchdog.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        watchdog.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def trickle(pause: float, chunks: int) -> Route:
    """Send a small chunk every `pause` seconds, `chunks` times: each read is quick, the whole is slow."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(chunks):
                handler.wfile.write(b"<p>more words</p>\n")
                handler.wfile.flush()
                threading.Event().wait(pause)
        except OSError:
            pass  # the client gave up, as it should

    return route


def counted(route: Route, hits: list[str]) -> Route:
    """`route`, noting each request's path in `hits`."""

    def wrapper(handler: BaseHTTPRequestHandler) -> None:
        hits.append(handler.path)
        route(handler)

    return wrapper
