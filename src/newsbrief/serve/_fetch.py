"""The one place the service fetches a URL: through the input layer, under its fetch rules."""

from __future__ import annotations

from urllib.parse import urlsplit

from .._article import Article
from ..errors import FetchError, error
from ..inputs import load_article

__all__ = ["fetch_article"]


def fetch_article(url: str, *, allow_private_addresses: bool) -> Article:
    """The article at the http(s) `url`; private, loopback and link-local addresses are refused unless allowed.

    Only web addresses get this far: a path or any other scheme is E010, so a
    request can never make the service read its own files.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise error(FetchError, "E010", url=url)
    return load_article(url, allow_private_addresses=allow_private_addresses)
