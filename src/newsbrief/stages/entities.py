"""The `entities` stage: people, organisations, places and other names, consistent across the article."""

from __future__ import annotations

from collections.abc import Callable

from .._article import Article
from .._pipeline import stage
from ..tagger import article_entities, load_tagger

__all__ = ["entities"]


@stage("entities", requires=("sentences", "tokens"), assigns=("entities",))
def entities() -> Callable[[Article], Article]:
    """Named entities (PER, ORG, LOC, MISC): one name and one type each, with every mention."""
    tagger = load_tagger()

    def run(article: Article) -> Article:
        return article.replace(entities=tuple(article_entities(article, tagger)))

    return run
