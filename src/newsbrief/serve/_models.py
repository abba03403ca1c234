"""The shapes of the HTTP API's requests and answers, as its OpenAPI document shows them."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import UsageError, error
from .store import BriefSummary, SearchHit

__all__ = [
    "BriefDocument",
    "BriefList",
    "BriefRequest",
    "ErrorAnswer",
    "Health",
    "SearchResults",
    "SummaryOut",
]


class BriefRequest(BaseModel):
    """An article to brief: exactly one of `text`, `html` or `url`."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article as plain text, kept exactly as given.")
    html: str | None = Field(None, description="An HTML page; its article text is extracted.")
    url: str | None = Field(None, description="An http(s) address to fetch (private addresses are refused).")
    title: str | None = Field(None, max_length=1000, description="A title, when the article has none of its own.")
    pipeline: list[str] | None = Field(
        None, max_length=32, description="Stage names; default: the configured pipeline."
    )
    highlights: int | None = Field(None, ge=1, le=20, description="How many highlights to make.")
    headline: bool = Field(True, description="Highlights in headline style; false keeps the article's own sentences.")

    def source(self) -> tuple[Literal["text", "html", "url"], str]:
        """Which kind of input was given, and the input; E121 unless exactly one was."""
        given = [
            (kind, value)
            for kind, value in (("text", self.text), ("html", self.html), ("url", self.url))
            if value is not None
        ]
        if len(given) != 1:
            raise error(UsageError, "E121", given=", ".join(kind for kind, _ in given) or "none")
        return given[0]  # type: ignore[return-value]


class SentenceOut(BaseModel):
    text: str
    start: int
    end: int
    paragraph: int


class HighlightOut(BaseModel):
    text: str
    sentences: list[int] = Field(description="Indices into `sentences` of the sentences it came from.")
    spans: list[dict[str, int]] = Field(description="`{start, end}` character spans in `text` of the words it uses.")
    source: str = Field(description="The sentence the highlight was made from, before headline style.")
    score: float | None


class SectionOut(BaseModel):
    heading: str
    sentences: list[int]


class BriefDocument(BaseModel):
    """A brief (`Brief.to_dict()`): every span is a pair of character offsets into `text`."""

    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None
    text: str
    sentences: list[SentenceOut]
    highlights: list[HighlightOut]
    sections: list[SectionOut]
    entities: list[dict[str, Any]] = Field(description="`{name, label, mentions: [{start, end}]}`")
    places: list[dict[str, Any]] = Field(description="`{name, country, lat, lon, kind, entity, resolved}`")
    quotes: list[dict[str, Any]] = Field(
        description="`{content, cue, speaker, entity, direct}`; spans are `{start, end}`"
    )
    dates: list[dict[str, Any]] = Field(description="`{start, end, value}` with an ISO 8601 value")
    meta: dict[str, Any]


class SummaryOut(BaseModel):
    """One kept brief, as lists show it."""

    id: str
    created: str = Field(description="When it was kept, ISO 8601 in UTC.")
    title: str | None
    lead: str = Field(description="Its first highlight, or the article's first words.")
    url: str | None
    words: int

    @classmethod
    def of(cls, summary: BriefSummary) -> SummaryOut:
        return cls(**asdict(summary))


class BriefList(BaseModel):
    briefs: list[SummaryOut]
    total: int
    limit: int
    offset: int


class SearchResult(SummaryOut):
    snippet: str = Field(description="Plain text around the best match.")
    matches: list[tuple[int, int]] = Field(description="`[start, end)` of the matched words in `snippet`.")

    @classmethod
    def of_hit(cls, hit: SearchHit) -> SearchResult:
        return cls(**asdict(hit.summary), snippet=hit.snippet, matches=list(hit.matches))


class SearchResults(BaseModel):
    query: str
    results: list[SearchResult]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: str
    briefs: int
    writes_need_token: bool


class ErrorAnswer(BaseModel):
    """Every error: a code to search for, and a message saying what was wrong and what to do."""

    code: str
    message: str
    details: list[dict[str, Any]] | None = None
