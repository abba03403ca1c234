"""From an article's tokens to the tagger's words, tokenised as the CoNLL-2003 news was.

The segmenter's tokens are kept as they are except where CoNLL differs in a way
the models notice: clitics split off ("Smith" "'s", "do" "n't"), an abbreviation
keeps its full stop ("Mr.", "U.S."), and typographic quotes read as plain ones.
Each word keeps its character span into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .._article import Span

__all__ = ["Words", "sentence_words"]

_CLITIC = re.compile(r"(?i)(?<=\w)(n't|'s|'re|'ve|'ll|'d|'m)$")
_CLITIC_ENDS = frozenset(("s", "re", "ve", "ll", "d", "m"))
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col capt sgt prof rev inc corp co ltd bros "
    "jan feb mar apr aug sept sep oct nov dec no vs mt ft".split()
)
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "--"})


@dataclass(frozen=True, slots=True)
class Words:
    """One sentence as the tagger reads it: its words and their character spans."""

    words: tuple[str, ...]
    spans: tuple[Span, ...]


@lru_cache(maxsize=65536)
def _clitic_start(raw: str) -> int:
    """Where a clitic ending begins in the plain form of a token ("n't" of "don't"), 0 when none."""
    clitic = _CLITIC.search(raw.translate(_PLAIN))
    return clitic.start() if clitic else 0


def _pieces(text: str, span: Span) -> list[Span]:
    start = _clitic_start(text[span.start : span.end])
    if start > 0:
        cut = span.start + start
        return [Span(span.start, cut), Span(cut, span.end)]
    return [span]


def _joined(text: str, span: Span, following: Span, last: bool) -> bool:
    """Whether a token and the next are one CoNLL word: "Mr" "." -> "Mr.", "’" "s" -> "'s"."""
    if following.start != span.end:
        return False
    word, after = text[span.start : span.end], text[following.start : following.end]
    if after == "." and not last:
        return word.lower() in _ABBREVIATIONS or bool(_INITIALS.match(word))
    return word in ("'", "\u2019") and after.lower() in _CLITIC_ENDS


def sentence_words(text: str, tokens: Sequence[Span]) -> Words:
    """The words of one sentence, from its tokens."""
    spans: list[Span] = []
    count = len(tokens)
    i = 0
    while i < count:
        span = tokens[i]
        if i + 1 < count and _joined(text, span, tokens[i + 1], last=i + 2 == count):
            spans.append(Span(span.start, tokens[i + 1].end))
            i += 2
        else:
            spans.extend(_pieces(text, span))
            i += 1
    words = tuple(text[s.start : s.end].translate(_PLAIN) for s in spans)
    return Words(words, tuple(spans))
