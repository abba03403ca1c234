"""The facts of an article without a whole brief: `newsbrief.entities(text)` and friends.

Each runs the shortest pipeline that yields its records, and returns the same
records a brief's JSON holds (spans are character offsets into `text`).
"""

from __future__ import annotations

from functools import cache

from ._article import Article, DateMention, Entity, Place, Quote
from ._pipeline import Pipeline, load_pipeline
from .inputs import article_from_text

__all__ = ["dates", "entities", "places", "quotes"]


@cache
def _pipeline(*names: str) -> Pipeline:
    return load_pipeline(list(names))


def _run(text: str, names: tuple[str, ...], published: str | None = None) -> Article:
    return _pipeline(*names)(article_from_text(text, published=published))


def entities(text: str) -> tuple[Entity, ...]:
    """People, organisations, places and other names, each with all its mentions."""
    return _run(text, ("segment", "entities")).entities


def places(text: str) -> tuple[Place, ...]:
    """The places named, resolved on the shipped gazetteer (country, coordinates, kind)."""
    return _run(text, ("segment", "entities", "places")).places


def quotes(text: str) -> tuple[Quote, ...]:
    """Who said what: each quote's content, cue and speaker, and the entity who spoke."""
    return _run(text, ("segment", "entities", "quotes")).quotes


def dates(text: str, published: str | None = None) -> tuple[DateMention, ...]:
    """Time expressions as ISO 8601 values, resolved against `published` when given."""
    return _run(text, ("segment", "dates"), published).dates
