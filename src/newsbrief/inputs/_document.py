"""Articles from a string of text or HTML."""

from __future__ import annotations

import re

from .._article import Article, Meta
from ..errors import InputError, error

__all__ = ["article_from_html", "article_from_text", "looks_like_html"]

_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>]|<div[\s>])", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    source: str = "text",
) -> Article:
    """An article whose text is `text`, unchanged (every offset refers to it)."""
    if not text.strip():
        raise error(InputError, "E001")
    meta = Meta(source=source, url=url, published=published)
    return Article(text=text, id=id, title=title, meta=meta)


def article_from_html(html: str, *, id: str | None = None, url: str | None = None, source: str = "html") -> Article:
    """The article inside an HTML page: its text, title, date and author, through trafilatura."""
    if not html.strip():
        raise error(InputError, "E001")
    import trafilatura  # imported here: it takes a while, and plain text never needs it

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise error(InputError, "E005")
    meta = Meta(
        source=source,
        url=url or getattr(document, "url", None),
        published=getattr(document, "date", None),
        author=getattr(document, "author", None),
        sitename=getattr(document, "sitename", None),
    )
    return Article(text=text, id=id, title=getattr(document, "title", None), meta=meta)
