"""One item of a batch: an article or the error that stopped it, under an id that is stable across runs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._article import Article
from ..errors import NewsbriefError

__all__ = ["Item", "UniqueIds"]


@dataclass(frozen=True, slots=True)
class Item:
    """An article read from a source, or the error that kept it from being read.

    `extra` carries what is not part of the article, e.g. reference `highlights`
    from a JSON Lines record, and `source`, the argument the item came from.
    """

    id: str
    article: Article | None
    error: NewsbriefError | None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


class UniqueIds:
    """Hands out each id once: a repeated id becomes `id#2`, `id#3`, ... in order of arrival."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def claim(self, item: Item) -> Item:
        """`item` under an id no earlier item had (its article renamed to match)."""
        wanted = item.id
        unique, number = wanted, 1
        while unique in self._seen:
            number += 1
            unique = f"{wanted}#{number}"
        self._seen.add(unique)
        if unique == wanted:
            return item
        article = item.article.replace(id=unique) if item.article is not None else None
        return Item(unique, article, item.error, item.extra)
