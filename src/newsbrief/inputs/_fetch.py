"""Fetching a page or feed over HTTP(S), with every limit checked on every hop.

Redirects are followed here, not by httpx, so each hop's scheme and address are
checked; the body is streamed and dropped once it passes the size cap; the whole
fetch has one deadline, so a server that trickles bytes cannot hold it open.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Self

import httpx

from ..errors import FetchError, InputError, error
from ._address import BlockedAddress, guarded_transport
from ._options import ReadOptions

__all__ = ["Fetcher", "Page", "is_url"]

ACCEPTED_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/x-atom+xml",
        "application/xml",
        "text/xml",
    }
)
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8"
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_HOST = re.compile(r"[A-Za-z0-9._-]+|[0-9A-Fa-f:.]+")  # a name (IDNA already encoded) or an IP literal
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^;"'\s]+)""", re.IGNORECASE)


def is_url(source: str) -> bool:
    """True for anything written as `scheme://...`; only http and https are then fetched."""
    return bool(_SCHEME.match(source))


@dataclass(frozen=True, slots=True)
class Page:
    """What a URL answered, after redirects: final URL, media type ('' if none), declared charset, body."""

    url: str
    content_type: str
    charset: str | None
    data: bytes


class Fetcher:
    """One HTTP client for a run of fetches; use as a context manager so its connections close."""

    def __init__(self, options: ReadOptions) -> None:
        self._options = options
        self._client: httpx.Client | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            options = self._options
            self._client = httpx.Client(
                transport=guarded_transport(allow_private_addresses=options.allow_private_addresses),
                timeout=httpx.Timeout(options.timeout),
                follow_redirects=False,
                headers={"User-Agent": options.user_agent, "Accept": _ACCEPT},
            )
        return self._client

    def fetch(self, url: str) -> Page:
        """The page at `url`; a FetchError (E010-E017, E070, E073) when any limit or hop fails."""
        options = self._options
        current = _checked_url(url)
        seen = {str(current)}
        deadline = time.monotonic() + options.timeout
        for _ in range(options.max_redirects + 1):
            target = self._hop(current, deadline)
            if isinstance(target, Page):
                return target
            if str(target) in seen:
                raise error(FetchError, "E070", url=url, target=target)
            seen.add(str(target))
            current = target
        raise error(FetchError, "E017", url=url, limit=options.max_redirects)

    def _hop(self, url: httpx.URL, deadline: float) -> Page | httpx.URL:
        """One request: the page, or where it redirects to."""
        shown = str(url)
        try:
            with self._http().stream("GET", url) as response:
                status = response.status_code
                location = response.headers.get("location")
                if 300 <= status < 400 and location:
                    return _checked_url(location, base=url)
                if status >= 300:
                    raise error(FetchError, "E014", url=shown, status=f"{status} {response.reason_phrase}".strip())
                content_type, charset = _content_type(response, shown)
                data = self._body(response, shown, deadline)
                return Page(url=shown, content_type=content_type, charset=charset, data=data)
        except BlockedAddress as exc:
            raise error(FetchError, "E011", url=shown, address=exc.address) from None
        except httpx.TimeoutException:
            raise error(FetchError, "E013", url=shown, timeout=self._options.timeout) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise error(FetchError, "E073", url=shown, detail=exc) from None
        except httpx.HTTPError as exc:
            raise error(FetchError, "E012", url=shown, detail=str(exc) or type(exc).__name__) from None

    def _body(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        limit = self._options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise error(FetchError, "E016", url=url, limit=limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise error(FetchError, "E016", url=url, limit=limit)
            if time.monotonic() > deadline:
                raise error(FetchError, "E013", url=url, timeout=self._options.timeout)
            chunks.append(chunk)
        return b"".join(chunks)


def _checked_url(text: str, base: httpx.URL | None = None) -> httpx.URL:
    """`text` (resolved against `base`) as an http(s) URL with a host, else E010 or E073."""
    try:
        url = base.join(text) if base is not None else httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise error(FetchError, "E073", url=text, detail=exc) from None
    if url.scheme not in ("http", "https"):
        raise error(InputError, "E010", url=url)
    if not url.host:
        raise error(FetchError, "E073", url=url, detail="it has no host name")
    if not _HOST.fullmatch(url.raw_host.decode("ascii", "replace")):
        raise error(FetchError, "E073", url=text, detail=f"'{url.host}' is not a host name")
    return url


def _content_type(response: httpx.Response, url: str) -> tuple[str, str | None]:
    header = response.headers.get("content-type", "")
    media = header.split(";", 1)[0].strip().lower()
    if media and media not in ACCEPTED_TYPES:
        raise error(FetchError, "E015", url=url, content_type=media)
    charset = _CHARSET.search(header)
    return media, charset.group(1) if charset else None
