"""The `quotes` stage: who said what, direct and indirect, with speakers resolved to entities.

The rules are in `newsbrief.facts._quotes`; the cue words are learned from PolNeAR's training
annotations (`facts/cues.tsv`). Speakers resolve to `Article.entities` when a recogniser ran before.
"""

from __future__ import annotations

from collections.abc import Callable

from .._article import Article, Span
from .._pipeline import stage
from ..facts._quotes import find_quotes
from ..text.sentences import split_paragraphs

__all__ = ["quotes"]


@stage("quotes", assigns=("quotes",))
def quotes() -> Callable[[Article], Article]:
    """Find direct and indirect quotes, each with its cue, speaker and the entity who spoke."""

    def run(article: Article) -> Article:
        paragraphs = article.paragraphs or tuple(split_paragraphs(article.text))
        sentences = [Span(s.start, s.end) for s in article.sentences]
        found = find_quotes(article.text, paragraphs, article.entities, sentences)
        return article.replace(quotes=tuple(found))

    return run
