"""Fetching over HTTP from a bounded local server: every limit and every hop checked."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from newsbrief.errors import FetchError, InputError
from newsbrief.inputs import _address
from newsbrief.inputs._fetch import Fetcher, Page, is_url
from newsbrief.inputs._options import ReadOptions, read_options

from ._server import counted, endless, local_server, page, redirect, stall, trickle

pytestmark = pytest.mark.network

STORY = "<html><body><p>The ferry left Eastport on time on Tuesday.</p></body></html>"


def _options(**changes: object) -> ReadOptions:
    base = {"allow_private_addresses": True, "timeout": 1.0}
    return read_options(**{**base, **changes})  # type: ignore[arg-type]


def _fetch(url: str, **changes: object) -> Page:
    with Fetcher(_options(**changes)) as fetcher:
        return fetcher.fetch(url)


@pytest.fixture
def site() -> Iterator[str]:
    routes = {
        "/story": page(STORY),
        "/latin": page("<p>Caf\xe9</p>".encode("latin-1"), "text/html; charset=ISO-8859-1"),
        "/moved": redirect("/story", 301),
        "/loop": redirect("/loop"),
        "/ping": redirect("/pong"),
        "/pong": redirect("/ping"),
        "/to-ftp": redirect("ftp://files.example/story.txt"),
        **{f"/hop{n}": redirect(f"/hop{n + 1}") for n in range(1, 8)},
        "/hop8": page(STORY),
        "/missing-page": page("gone", "text/plain", status=404),
        "/broken": page("oops", "text/plain", status=500),
        "/picture": page(b"\x89PNG\r\n\x1a\n", "image/png"),
        "/data": page('{"a": 1}', "application/json"),
        "/big": page("<p>" + "word " * 400 + "</p>"),
        "/endless": endless(),
        "/stall": stall(3.0),
        "/trickle": trickle(0.2, 15),
    }
    with local_server(routes) as url:
        yield url


def test_a_page_comes_back_with_its_type_and_charset(site: str) -> None:
    fetched = _fetch(f"{site}/latin")
    assert (fetched.content_type, fetched.charset, fetched.data) == ("text/html", "ISO-8859-1", b"<p>Caf\xe9</p>")


def test_redirects_are_followed_and_the_final_url_kept(site: str) -> None:
    fetched = _fetch(f"{site}/moved")
    assert fetched.url == f"{site}/story"
    assert fetched.data == STORY.encode()


def test_loopback_is_refused_without_the_flag(site: str) -> None:
    with pytest.raises(FetchError, match=r"\[E011\].*\(127\.0\.0\.1\).*--allow-private-addresses"):
        _fetch(f"{site}/story", allow_private_addresses=False)


def test_localhost_by_name_is_refused_too(site: str) -> None:
    port = site.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match=r"\[E011\]"):
        _fetch(f"http://localhost:{port}/story", allow_private_addresses=False)
    with pytest.raises(FetchError, match=r"\[E011\]"):
        _fetch(f"http://2130706433:{port}/story", allow_private_addresses=False)  # 127.0.0.1 as one number


def test_a_redirect_to_loopback_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first hop (127.0.0.2, treated as public here) passes; its redirect to 127.0.0.1 does not."""
    real = _address.is_blocked
    monkeypatch.setattr(_address, "is_blocked", lambda address: str(address) != "127.0.0.2" and real(address))
    hits: list[str] = []
    refusal = r"\[E011\] 'http://127\.0\.0\.1:\d+/secret'.*\(127\.0\.0\.1\)"
    with local_server({"/secret": counted(page(STORY), hits)}) as inside:
        go = redirect(f"{inside}/secret")
        with local_server({"/go": go}, host="127.0.0.2") as outside, pytest.raises(FetchError, match=refusal):
            _fetch(f"{outside}/go", allow_private_addresses=False)
    assert hits == []


def test_a_closed_port_is_e012() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"\[E012\].*could not be reached.*refused"):
        _fetch(f"http://127.0.0.1:{port}/story")


def test_a_stalled_server_is_e013_within_the_timeout(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"\[E013\].*within 0.5 s"):
        _fetch(f"{site}/stall", timeout=0.5)
    assert time.monotonic() - started < 2.0


def test_a_trickling_server_is_stopped_by_the_overall_deadline(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"\[E013\]"):
        _fetch(f"{site}/trickle", timeout=0.6)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("path", ["/loop", "/ping"])
def test_a_redirect_loop_is_e070(site: str, path: str) -> None:
    with pytest.raises(FetchError, match=r"\[E070\].*redirects in a loop"):
        _fetch(f"{site}{path}")


def test_too_many_redirects_is_e017(site: str) -> None:
    with pytest.raises(FetchError, match=r"\[E017\].*more than 5 times"):
        _fetch(f"{site}/hop1")


@pytest.mark.parametrize(("path", "status"), [("/missing-page", "404 Not Found"), ("/broken", "500")])
def test_http_errors_are_e014(site: str, path: str, status: str) -> None:
    with pytest.raises(FetchError, match=rf"\[E014\].*HTTP {status}"):
        _fetch(f"{site}{path}")


@pytest.mark.parametrize(("path", "media"), [("/picture", "image/png"), ("/data", "application/json")])
def test_a_wrong_content_type_is_e015(site: str, path: str, media: str) -> None:
    with pytest.raises(FetchError, match=rf"\[E015\].*'{media}'"):
        _fetch(f"{site}{path}")


@pytest.mark.parametrize("path", ["/big", "/endless"])
def test_a_response_over_the_cap_is_e016(site: str, path: str) -> None:
    with pytest.raises(FetchError, match=r"\[E016\].*more than 1,000 bytes"):
        _fetch(f"{site}{path}", max_bytes=1000)


@pytest.mark.parametrize("url", ["ftp://files.example/story.txt", "file:///etc/hostname", "javascript://x"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(InputError, match=r"\[E010\]"):
        _fetch(url)


def test_a_redirect_to_another_scheme_is_e010(site: str) -> None:
    with pytest.raises(InputError, match=r"\[E010\] 'ftp://files.example/story.txt'"):
        _fetch(f"{site}/to-ftp")


@pytest.mark.parametrize("url", ["http://", "http://exa mple.com/", "https://[::1/"])
def test_a_malformed_url_is_e073(url: str) -> None:
    with pytest.raises(FetchError, match=r"\[E073\]"):
        _fetch(url)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("https://a.example/x", True), ("ftp://a", True), ("news/story.html", False), ("C:\\news\\a.txt", False)],
)
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected
