"""The two ways in: one article for `brief`, a stream of items for `batch`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .._article import Article
from ..errors import InputError, error
from ._fetch import Fetcher, is_url
from ._item import Item, UniqueIds
from ._options import read_options
from ._sources import source_items

__all__ = ["iter_items", "load_article"]


def load_article(
    source: str,
    *,
    allow_private_addresses: bool = False,
    any_language: bool = False,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Article:
    """The article at `source`: a file path, an http(s) URL, or '-' for standard input.

    A feed or JSON Lines file gives its first item (a feed entry's link is fetched
    only when its own text is short). Raises the item's error (E001-E023, E070-E077).
    """
    if source != "-" and not is_url(source) and Path(source).is_dir():
        raise error(InputError, "E077", path=source)
    options = read_options(
        allow_private_addresses=allow_private_addresses, any_language=any_language, max_bytes=max_bytes, timeout=timeout
    )
    with Fetcher(options) as fetcher:
        items = source_items(source, options, fetcher)
        try:
            first = next(items)
        finally:
            items.close()
    if first.error is not None:
        raise first.error
    assert first.article is not None  # an item holds an article or an error
    return first.article


def iter_items(
    sources: Sequence[str],
    *,
    allow_private_addresses: bool = False,
    any_language: bool = False,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> Iterator[Item]:
    """Every item of every source, in order, each under an id unique in this run and stable across runs.

    Ids: a JSON Lines record's `id`, else `index_in_split`, else `<file>:<line>`;
    a file's path as given (folder + relative path); a feed entry's id or link;
    a repeated id gets `#2`, `#3`, ... One bad item or source never stops the rest.
    """
    options = read_options(
        allow_private_addresses=allow_private_addresses, any_language=any_language, max_bytes=max_bytes, timeout=timeout
    )
    ids = UniqueIds()
    with Fetcher(options) as fetcher:
        for source in sources:
            for item in source_items(source, options, fetcher):
                yield ids.claim(item)
