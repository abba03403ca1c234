"""Normalised words: the same list for raw cased text and for lower-cased, tokenized text.

"Didn't", "didn't" and "did n't" all give ["did", "n't"]; "35-year-old" and
"35 - year - old" both give ["35", "year", "old"]; punctuation is dropped.
Learned word statistics are looked up on these words.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["WORD", "normalise", "words"]

WORD = re.compile(r"[a-z0-9]+(?=n't)|n't|'(?:s|re|ve|ll|d|m)\b|[a-z0-9]+")
_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """Lower-case, straighten curly quotes and strip accents that ASCII spelling drops."""
    text = text.translate(_CURLY).lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """The normalised words of `text`, without punctuation."""
    return WORD.findall(normalise(text))
