"""Documents for measuring topic segmentation, built from the tokenized news data.

The classic construction (Choi, 2000): the opening sentences of several different
articles, one after another; the true boundaries are where one article gives way to
the next. Sentences follow the data's own definition: they end at a `.`, `!` or `?`
token, with the closing quote that may follow it. Bylines and datelines
("london ( cnn ) --") are removed from the opening so that the boundaries have to
be found from the words, not from the furniture of an article's first line.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

__all__ = ["data_sentences", "synthetic_document"]

_ENDS = frozenset({".", "!", "?"})
_QUOTES = frozenset({'"', "''", "``", "\u201d", "\u201c"})
_DATELINE = re.compile(r"^(?:[^()]{0,60}?)\(\s[^()]{1,40}\s\)\s(?:--\s|-\s)?")
_FURNITURE = re.compile(r"^(?:by \.|by [^.]{1,60} \. (?:published|updated|last updated) :|published :|updated :|last updated :)")


def data_sentences(text: str) -> list[str]:
    """The sentences of a tokenized data article, without its byline and dateline."""
    tokens = text.split()
    sentences: list[str] = []
    current: list[str] = []
    open_quote = False
    for position, token in enumerate(tokens):
        current.append(token)
        closing = token in _QUOTES and open_quote
        if token in _QUOTES:
            open_quote = not open_quote
        if closing and len(current) > 1 and current[-2] in _ENDS:
            pass  # a closing quote right after the stop ends the sentence with it
        elif token not in _ENDS:
            continue
        else:
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            if open_quote and following in _QUOTES:
                continue  # the closing quote belongs to this sentence
        sentences.append(" ".join(current))
        current = []
    if current:
        sentences.append(" ".join(current))
    while sentences and (_FURNITURE.match(sentences[0]) or len(sentences[0].split()) < 4):
        sentences.pop(0)
    if sentences:
        sentences[0] = _DATELINE.sub("", sentences[0], count=1)
    return [s for s in sentences if s.strip()]


def synthetic_document(
    pool: Sequence[Sequence[str]],
    rng: random.Random,
    *,
    segments: tuple[int, int] = (3, 8),
    lengths: tuple[int, int] = (3, 8),
    anywhere: bool = False,
) -> tuple[list[str], list[int]]:
    """Sentences of 3-8 different articles of `pool`, 3-8 each, and the indices where a new one starts.

    With `anywhere`, each run of sentences starts at a random place in its article
    rather than at the top (a harder case: no article opening to lean on).
    """
    chosen = rng.sample(range(len(pool)), rng.randint(*segments))
    sentences: list[str] = []
    starts: list[int] = []
    for number in chosen:
        article = pool[number]
        size = min(rng.randint(*lengths), len(article))
        first = rng.randint(0, len(article) - size) if anywhere else 0
        if sentences:
            starts.append(len(sentences))
        sentences.extend(article[first : first + size])
    return sentences, starts
