"""The `headline` stage: each highlight rewritten in headline style, its source sentence kept.

"Rebels breached the walls on Monday." becomes "Rebels breach the walls on
Monday.": the past tense turns present, "was arrested" turns "is arrested" (a
present perfect, "has won", is present already and stays, and a past state, "was
25", may have ended and stays), a leading dateline or
"On Monday," goes, and a long highlight is
cut before a clause to about `headline_words` words. Words inside quote marks,
modal and future verbs and every other word stay as written (`newsbrief.layout._headline`).
`Highlight.source` keeps the sentence text; `Highlight.spans` still trace the words.
The highlights are tagged with the CRF part-of-speech model alone; noun phrases are
read off those tags (`noun_chunks`), which costs half as much as the chunk model.
Run after `entities`, the stage reads a name as a name: a person's name that looks plural
("Giggs") as one, and a name whose words look like verbs ("Danny Rose", "Will Bury") as no verb.
In tokenized text a word joined by a spaced hyphen ("left - back") is part of a compound, not a verb.
When the article's publication day is known, a highlight that names a day more than a week away from
it, another month or another year (outside relative clauses) keeps its tense: it tells history.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from functools import partial

from .._article import Article
from .._pipeline import stage
from ..errors import UsageError, error
from ..facts._dates import find_dates
from ..layout._headline import Word, headline, noun_chunks, words_of
from ..layout._mentions import by_first_word, mention_words
from ..tagger import load_tagger
from .dates import parse_published

__all__ = ["headline_style"]

_SHORTEST = 6
_NEWS_DAYS = 7  # a date this close to publication is the news itself
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "did", "does", "do", "been"})
_NOT_JOINED = frozenset({"CC", "DT", "PDT", "WDT", "WP", "WRB", "PRP", "PRP$", "MD", "VBD", "VBZ", "VBP", ":", ","})


@stage("headline", requires=("highlights",), assigns=("highlights",))
def headline_style(headline_words: int = 20) -> Callable[[Article], Article]:
    """Highlights in headline style: present tense, no dateline or time opener, at most about 20 words."""
    if isinstance(headline_words, bool) or not isinstance(headline_words, int) or headline_words < _SHORTEST:
        raise error(UsageError, "E150", value=headline_words, shortest=_SHORTEST)
    tagger = load_tagger()

    def run(article: Article) -> Article:
        if not article.highlights:
            return article
        names = _person_words(article)
        mentions = _mentions(article)
        split = [words_of(h.text) for h in article.highlights]
        tagged = tagger.pos([[w.text for w in words] for _, words in split])
        pos = [
            _compounds(words, _as_names(words, tags, names, mentions)) for (_, words), tags in zip(split, tagged, strict=True)
        ]
        published = parse_published(article.meta.published)
        dated = None if published is None else partial(_history, published=published)
        rewritten = tuple(
            dataclasses.replace(h, text=headline(text, words, tags, noun_chunks(words, tags), headline_words, dated))
            if words
            else h
            for h, (text, words), tags in zip(article.highlights, split, pos, strict=True)
        )
        return article.replace(highlights=rewritten)

    return run


def _history(text: str, published: date) -> bool:
    """Whether `text` names a time away from the day it was published: a day more than a week off, another
    month or another year ("on March 3" in a story of November 25)."""
    for found in find_dates(text, published):
        value = found.value
        if _DAY.match(value):
            if abs((date.fromisoformat(value) - published).days) > _NEWS_DAYS:
                return True
        elif _MONTH.match(value):
            if (int(value[:4]), int(value[5:7])) != (published.year, published.month):
                return True
        elif _YEAR.match(value) and int(value) != published.year:
            return True
    return False


def _person_words(article: Article) -> frozenset[str]:
    """The words of the people the `entities` stage found, if it ran: "Giggs" is one man, not a plural."""
    return frozenset(w.lower() for e in article.entities if e.label == "PER" for w in e.name.split() if len(w) > 2)


def _mentions(article: Article) -> dict[str, list[tuple[str, ...]]]:
    """The words of the people's names the article mentions in two words or more, lower-cased, listed
    under their first word."""
    return by_first_word(words for label, words in mention_words(article) if label == "PER" and len(words) > 1)


def _as_names(
    words: list[Word], tags: list[str], names: frozenset[str], mentions: dict[str, list[tuple[str, ...]]]
) -> list[str]:
    """Tags with a person's name that looks plural ("giggs", "bassouls" in lower-cased text), and a
    surname that looks like a verb ("danny rose", "shay given"), read as a name."""
    tags = ["NNP" if tag in ("NNS", "NNPS") and word.text.lower() in names else tag for word, tag in zip(words, tags)]
    lowered = [word.text.lower() for word in words]
    for start, first in enumerate(lowered):
        for mention in mentions.get(first, ()):
            last = start + len(mention) - 1
            if (
                tuple(lowered[start : last + 1]) == mention
                and tags[last].startswith("VB")
                and lowered[last] not in _AUXILIARIES
                and not words[last].quoted
            ):
                tags[last] = "NNP"
    return tags


def _compounds(words: list[Word], tags: list[str]) -> list[str]:
    """Tags with a past form joined by a spaced hyphen in tokenized text ("left - back", "third - placed
    club") read as part of a compound, not a verb; a dash before a clause, after a name ("Terry - surrounded")
    or before a verb that takes no noun ("the chair - walked out") is not such a hyphen."""
    tags = list(tags)
    for k in range(1, len(words) - 1):
        if words[k].text != "-":
            continue
        before, after = k - 1, k + 1
        if tags[before] in ("VBD", "VBN") and tags[after] not in _NOT_JOINED and words[after].text[:1].isalpha():
            tags[before] = "JJ"
        modifies = after + 1 < len(words) and tags[after + 1].startswith(("NN", "JJ", "CD"))
        if tags[after] in ("VBD", "VBN") and tags[before] in ("JJ", "CD", "RB", "NN") and modifies:
            tags[after] = "JJ"
    return tags
