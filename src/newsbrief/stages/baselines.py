"""Baseline highlight stages, kept forever so every clever stage can be compared with them.

`lead` takes the article's first sentences; `random` takes sentences at random
(seeded, so a run can be repeated).
"""

from __future__ import annotations

import random as _random
from collections.abc import Callable

from .._article import Article, Highlight, Span
from .._pipeline import stage

__all__ = ["lead", "make_highlight", "random_sentences"]

LEAD_DEFAULT = 3


def make_highlight(article: Article, index: int, score: float | None = None) -> Highlight:
    """A highlight that is sentence `index` of `article`, unchanged."""
    sentence = article.sentences[index]
    return Highlight(
        text=sentence.text,
        sentences=(index,),
        spans=(Span(sentence.start, sentence.end),),
        source=sentence.text,
        score=score,
    )


@stage("lead", requires=("sentences",), assigns=("highlights",))
def lead(n: int | None = None) -> Callable[[Article], Article]:
    """The first n sentences (3 by default): the classic news baseline."""
    count = LEAD_DEFAULT if n is None else n

    def run(article: Article) -> Article:
        chosen = range(min(count, len(article.sentences)))
        return article.replace(highlights=tuple(make_highlight(article, i) for i in chosen))

    return run


@stage("random", requires=("sentences",), assigns=("highlights",))
def random_sentences(n: int | None = None, seed: int = 0) -> Callable[[Article], Article]:
    """n sentences (3 by default) drawn at random, shown in article order."""
    count = LEAD_DEFAULT if n is None else n

    def run(article: Article) -> Article:
        rng = _random.Random(f"{seed}:{article.id}:{len(article.text)}")
        total = len(article.sentences)
        chosen = sorted(rng.sample(range(total), min(count, total)))
        return article.replace(highlights=tuple(make_highlight(article, i) for i in chosen))

    return run
