"""RSS and Atom feeds through feedparser: each entry becomes an article.

An entry whose own content or summary has enough words is the article; a shorter
one is fetched from its link (under the same URL rules as any other URL), with
the entry's id, title and date kept.
"""

from __future__ import annotations

import dataclasses
import io
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from .._article import Article
from ..errors import InputError, NewsbriefError, error
from ._document import article_from_html, article_from_text, looks_like_html
from ._item import Item

__all__ = ["feed_items", "looks_like_feed"]

_FEED_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?[^>]*>|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_feed(text: str) -> bool:
    """True when `text` starts like an RSS, Atom or RDF feed."""
    return bool(_FEED_START.match(text[:4000]))


def feed_items(
    data: bytes,
    source: str,
    *,
    min_words: int,
    fetch_article: Callable[[str], Article],
    content_type: str | None = None,
    url: str | None = None,
) -> Iterator[Item]:
    """An item per entry of the feed in `data` (fetched from `url`, which relative links resolve against).

    E020 when it is not a feed or has no entries.
    """
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        detail = parsed.get("bozo_exception") if parsed.get("bozo") else "it has no entries"
        raise error(InputError, "E020", source=source, detail=detail or "it has no entries")
    for number, entry in enumerate(parsed.entries, 1):
        entry_id = str(entry.get("id") or entry.get("link") or f"{source}#{number}")
        extra = {"source": source, "entry": number}
        try:
            article = _entry_article(entry, number, source, min_words, fetch_article)
        except NewsbriefError as exc:
            yield Item(entry_id, None, exc, extra)
            continue
        yield Item(entry_id, article.replace(id=entry_id), None, extra)


def _entry_article(
    entry: Any, number: int, source: str, min_words: int, fetch_article: Callable[[str], Article]
) -> Article:
    own = _own_article(entry)
    link = entry.get("link")
    if (own is None or own.word_count < min_words) and link:
        article = fetch_article(link)
    elif own is not None:
        article = own
    else:
        raise error(InputError, "E075", entry=number, source=source)
    title = entry.get("title") or article.title
    meta = dataclasses.replace(
        article.meta, source="feed", url=article.meta.url or link, published=_iso(entry) or article.meta.published
    )
    return article.replace(title=title, meta=meta)


def _own_article(entry: Any) -> Article | None:
    """The longest of the entry's content and summary as an article, or None when it has no text."""
    candidates = [(part.get("value", ""), part.get("type", "")) for part in entry.get("content", [])]
    candidates.append((entry.get("summary", ""), entry.get("summary_detail", {}).get("type", "")))
    best: Article | None = None
    for value, kind in candidates:
        if not value or not value.strip():
            continue
        try:
            if "html" in kind or looks_like_html(value):
                article = article_from_html(value, source="feed")
            else:
                article = article_from_text(value.strip(), source="feed")
        except InputError:
            continue
        if best is None or article.word_count > best.word_count:
            best = article
    return best


def _iso(entry: Any) -> str | None:
    """The entry's publication (else update) time as ISO 8601, in UTC as feedparser gives it."""
    moment: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if moment is None:
        return None
    return datetime(*moment[:6], tzinfo=UTC).isoformat()
