"""The document model: one `Article` flows through the pipeline's stages.

Every object is frozen; a stage returns a new `Article` made with `Article.replace`.
Every span is a pair of character offsets into `Article.text`, so any part of a
brief can be traced back to the words it came from.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = [
    "Article",
    "Boilerplate",
    "DateMention",
    "Entity",
    "Place",
    "Quote",
    "Heading",
    "Highlight",
    "Meta",
    "Section",
    "Sentence",
    "Span",
]


class Span(NamedTuple):
    """Character offsets `[start, end)` into the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article; `text == article.text[start:end]`."""

    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading the source already had (HTML `<h2>`, Markdown `##`).

    `text[start:end]` of the article is the heading line; it is not a sentence, and
    it opens a section.
    """

    text: str
    start: int
    end: int
    level: int = 2


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Text that is about the article, not of it: not a sentence, and never a highlight.

    `kind` is "dateline" ("LONDON (Reuters) -", kept out of the sentence it
    prefixes), "byline" ("By Jane Doe"), "timestamp" ("Updated: 12:01 EST") or
    "furniture" ("Scroll down for video").
    """

    text: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Highlight:
    """One highlight bullet and the sentences it was made from.

    `text` is what the reader sees; `source` is the text it was taken from (the
    source sentence, or a shortened part of it); `spans` are the character spans
    of the words it uses.
    """

    text: str
    sentences: tuple[int, ...]
    spans: tuple[Span, ...]
    source: str
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A run of consecutive sentences under a heading."""

    heading: str
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or other name, with every mention of it in the article."""

    name: str
    label: str
    mentions: tuple[Span, ...]

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the article, resolved on a gazetteer when it could be (`resolved`)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str | None
    entity: int | None
    resolved: bool = True


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: the content, the cue ("said"), the speaker as written, and the entity it is."""

    content: Span
    cue: Span | None
    speaker: Span | None
    entity: int | None
    direct: bool


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression and its ISO 8601 value, resolved against the publication date when known."""

    start: int
    end: int
    value: str


@dataclass(frozen=True, slots=True)
class Meta:
    """Where an article came from; what processed it."""

    source: str = "text"
    url: str | None = None
    published: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    pipeline: tuple[str, ...] = ()
    versions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """An article and everything the stages have found in it.

    `pos` (Penn part-of-speech tags) and `chunks` (IOB2 phrase chunks), when set,
    run parallel to `tokens`: one tag per token.
    """

    text: str
    id: str | None = None
    title: str | None = None
    meta: Meta = field(default_factory=Meta)
    paragraphs: tuple[Span, ...] = ()
    headings: tuple[Heading, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Span, ...] = ()
    pos: tuple[str, ...] = ()
    chunks: tuple[str, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    sections: tuple[Section, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()

    def replace(self, **changes: Any) -> Article:
        """A copy of this article with some fields changed."""
        return dataclasses.replace(self, **changes)

    def sentence_tokens(self, index: int) -> tuple[Span, ...]:
        """The tokens of sentence `index` (empty when the article was not tokenized)."""
        sentence = self.sentences[index]
        return tuple(t for t in self.tokens if sentence.start <= t.start < sentence.end)

    @property
    def word_count(self) -> int:
        return len(self.text.split())
