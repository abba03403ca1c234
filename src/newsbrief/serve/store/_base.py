"""What every brief store does, whatever keeps the data (SQLite now; PostgreSQL can implement the same)."""

from __future__ import annotations

import secrets
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..._brief import Brief

__all__ = ["BriefSummary", "SearchHit", "Store", "StoredBrief", "new_brief_id", "summarise", "utc_now"]

LEAD_CHARS = 160


@dataclass(frozen=True, slots=True)
class BriefSummary:
    """One line of a list of briefs: enough to show it and open it."""

    id: str
    created: str
    title: str | None
    lead: str
    url: str | None
    words: int


@dataclass(frozen=True, slots=True)
class StoredBrief:
    """A kept brief: its summary, its JSON form (`Brief.to_dict()` with the store's id) and rendered forms."""

    summary: BriefSummary
    data: dict[str, Any]
    markdown: str
    html: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A brief that matched a search; `snippet` is plain text, `matches` the `[start, end)` of matched words in it."""

    summary: BriefSummary
    snippet: str
    matches: tuple[tuple[int, int], ...]


def new_brief_id() -> str:
    """A short random id that is safe in a URL path."""
    return secrets.token_urlsafe(9)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def summarise(brief: Brief, id: str, created: str) -> BriefSummary:
    """The summary of `brief` kept under `id`; `lead` is its first highlight, else its first words."""
    if brief.highlights:
        lead = brief.highlights[0].text
    else:
        lead = brief.text
    lead = " ".join(lead.split())
    if len(lead) > LEAD_CHARS:
        lead = lead[: LEAD_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return BriefSummary(
        id=id,
        created=created,
        title=brief.title,
        lead=lead,
        url=brief.article.meta.url,
        words=brief.article.word_count,
    )


class Store(ABC):
    """Briefs kept by id, listed newest first, searched by the words of their articles and highlights.

    Implementations must be safe to call from several threads at once.
    """

    kind: str = "abstract"

    @abstractmethod
    def save(self, brief: Brief) -> StoredBrief:
        """Keep `brief` under a new id (the store's, whatever id the article had) and return it as kept."""

    @abstractmethod
    def get(self, id: str) -> StoredBrief | None:
        """The brief kept under `id`, or None."""

    @abstractmethod
    def delete(self, id: str) -> bool:
        """Forget the brief under `id`; False when there was none."""

    @abstractmethod
    def recent(self, limit: int = 20, offset: int = 0) -> list[BriefSummary]:
        """Briefs, newest first."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Briefs whose title, highlights or article text hold every word of `query`, best first.

        The last word also matches as a prefix ("elect" finds "election"). A query with no
        words is an error (E129).
        """

    @abstractmethod
    def count(self) -> int:
        """How many briefs are kept."""

    @abstractmethod
    def close(self) -> None:
        """Release connections and files; the store is not used after this."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
