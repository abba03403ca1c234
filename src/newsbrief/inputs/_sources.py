"""From one source argument (a path, a folder, a URL or '-') to its items, each read by its kind.

The kind comes from the file name (`.html`, `.rss`, `.jsonl.gz`, ...) or the
Content-Type a server sent, and from the first bytes when neither says.
"""

from __future__ import annotations

import io
import os
from collections.abc import Generator, Iterator
from pathlib import Path

from .._article import Article
from ..errors import InputError, NewsbriefError, error
from ._decode import decode_bytes, read_file, read_stdin
from ._document import article_from_html, article_from_markdown, article_from_text, looks_like_html
from ._feed import feed_items, looks_like_feed
from ._fetch import Fetcher, Page, is_url
from ._item import Item
from ._jsonl import is_jsonl, jsonl_items, looks_like_jsonl, open_jsonl
from ._language import check_language
from ._options import ReadOptions

__all__ = ["FOLDER_KINDS", "source_items"]

_BY_SUFFIX = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
FOLDER_KINDS = (*_BY_SUFFIX, ".jsonl", ".jsonl.gz")
_BY_MEDIA = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": None, "": None}


class _Reader:
    """Reads sources under one set of options, fetching through one client."""

    def __init__(self, options: ReadOptions, fetcher: Fetcher) -> None:
        self.options = options
        self.fetcher = fetcher

    def items(self, source: str) -> Iterator[Item]:
        """Every item of `source`; a source that cannot be read at all is one error item."""
        try:
            if source == "-":
                yield from self._document(read_stdin(self.options.max_bytes), "stdin", None)
            elif is_url(source):
                yield from self._page(self.fetcher.fetch(source), source)
            else:
                yield from self._path(Path(source), source)
        except NewsbriefError as exc:
            yield Item(source, None, exc, {"source": source})

    def _path(self, path: Path, shown: str) -> Iterator[Item]:
        if path.is_dir():
            yield from self._folder(path, shown)
        elif not path.exists():
            raise error(InputError, "E006", path=shown)
        elif not path.is_file():
            raise error(InputError, "E023", path=shown)
        elif is_jsonl(path):
            try:
                with open_jsonl(path) as handle:
                    yield from jsonl_items(handle, shown, self.options.max_bytes)
            except OSError as exc:
                raise error(InputError, "E007", path=shown, detail=exc.strerror or exc) from None
        else:
            data = read_file(path, shown, self.options.max_bytes)
            yield from self._document(data, shown, _BY_SUFFIX.get(path.suffix.lower()))

    def _folder(self, root: Path, shown: str) -> Iterator[Item]:
        """Every readable file under `root`, recursively, in sorted order; hidden files and folders skipped."""
        found = False
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not name.lower().endswith(FOLDER_KINDS):
                    continue
                found = True
                path = Path(folder, name)
                relative = os.path.join(shown, os.path.relpath(path, root))
                yield from self.items(relative)
        if not found:
            raise error(InputError, "E076", path=shown, kinds=", ".join(FOLDER_KINDS))

    def _page(self, page: Page, shown: str) -> Iterator[Item]:
        kind = _BY_MEDIA.get(page.content_type, "feed")
        yield from self._document(page.data, shown, kind, url=page.url, charset=page.charset, media=page.content_type)

    def _document(
        self,
        data: bytes,
        shown: str,
        kind: str | None,
        *,
        url: str | None = None,
        charset: str | None = None,
        media: str | None = None,
    ) -> Iterator[Item]:
        text = decode_bytes(data, charset=charset)
        if not text.strip():
            raise error(InputError, "E001")
        kind = kind or _sniff(text)
        if kind == "feed" and not looks_like_feed(text) and looks_like_html(text):
            kind = "html"  # an XHTML page served or saved as XML
        extra = {"source": shown}
        if kind == "feed":
            min_words = self.options.feed_min_words
            fetch = self._fetch_article
            yield from feed_items(data, shown, min_words=min_words, fetch_article=fetch, content_type=media, url=url)
        elif kind == "jsonl":
            yield from jsonl_items(io.BytesIO(data), shown, self.options.max_bytes)
        else:
            yield Item(shown, _article(text, kind, shown, url), None, extra)

    def _fetch_article(self, url: str) -> Article:
        """The article at a feed entry's link: fetched under the same rules, a page or plain text only."""
        page = self.fetcher.fetch(url)
        text = decode_bytes(page.data, charset=page.charset)
        kind = _BY_MEDIA.get(page.content_type) or ("html" if looks_like_html(text) else "text")
        return _article(text, kind, url, page.url)


def _sniff(text: str) -> str:
    if looks_like_feed(text):
        return "feed"
    if looks_like_html(text):
        return "html"
    if looks_like_jsonl(text):
        return "jsonl"
    return "text"


def _article(text: str, kind: str, item_id: str, url: str | None) -> Article:
    if kind == "html":
        return article_from_html(text, id=item_id, url=url)
    if kind == "markdown":
        return article_from_markdown(text, id=item_id, url=url)
    return article_from_text(text, id=item_id, url=url)


def source_items(source: str, options: ReadOptions, fetcher: Fetcher) -> Generator[Item, None, None]:
    """The items of one source argument, each article checked for its language."""
    for item in _Reader(options, fetcher).items(source):
        if item.article is None:
            yield item
            continue
        try:
            article = check_language(item.article, any_language=options.any_language)
        except NewsbriefError as exc:
            yield Item(item.id, None, exc, item.extra)
            continue
        yield Item(item.id, article, None, item.extra)
