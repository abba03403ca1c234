"""The `headline` stage: each highlight rewritten in headline style, its source sentence kept.

"Rebels breached the walls on Monday." becomes "Rebels breach the walls on
Monday.": past tense and present perfect turn present, "was arrested" turns
"is arrested", a leading dateline or "On Monday," goes, and a long highlight is
cut before a clause to about `headline_words` words. Words inside quote marks,
modal and future verbs and every other word stay as written (`newsbrief.layout._headline`).
`Highlight.source` keeps the sentence text; `Highlight.spans` still trace the words.
The highlights are tagged with the CRF part-of-speech model alone; noun phrases are
read off those tags (`noun_chunks`), which costs half as much as the chunk model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .._article import Article
from .._pipeline import stage
from ..errors import UsageError, error
from ..layout._headline import headline, noun_chunks, words_of
from ..tagger import load_tagger

__all__ = ["headline_style"]

_SHORTEST = 6


@stage("headline", requires=("highlights",), assigns=("highlights",))
def headline_style(headline_words: int = 20) -> Callable[[Article], Article]:
    """Highlights in headline style: present tense, no dateline or time opener, at most about 20 words."""
    if isinstance(headline_words, bool) or not isinstance(headline_words, int) or headline_words < _SHORTEST:
        raise error(UsageError, "E150", value=headline_words, shortest=_SHORTEST)
    tagger = load_tagger()

    def run(article: Article) -> Article:
        if not article.highlights:
            return article
        split = [words_of(h.text) for h in article.highlights]
        pos = tagger.pos([[w.text for w in words] for _, words in split])
        rewritten = tuple(
            dataclasses.replace(h, text=headline(text, words, tags, noun_chunks(words, tags), headline_words))
            if words
            else h
            for h, (text, words), tags in zip(article.highlights, split, pos, strict=True)
        )
        return article.replace(highlights=rewritten)

    return run
