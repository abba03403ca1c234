"""Tokens with character offsets: words, numbers, abbreviations, URLs, e-mail addresses, punctuation.

One compiled pattern does the work. A text with no '@', '#', '://' or 'www.' in it
is read with a shorter pattern that leaves out URLs, e-mail addresses and handles.
"""

from __future__ import annotations

import re
from operator import methodcaller

from .._article import Span
from ._abbreviations import FINAL_CAPABLE, NUMBER_PREFIXES, TITLES

__all__ = ["token_spans"]

_KNOWN = sorted(
    {w for w in TITLES | FINAL_CAPABLE | NUMBER_PREFIXES if w[0].isupper()} | {"etc", "al", "vs", "approx", "incl"},
    key=lambda w: (-len(w), w),
)
_PARTS = {
    "url": r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\"'\u201d\u2019).,;:!?\]]",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "handle": r"[@#]\w+",
    "dotted": r"(?<![\w.])(?:[A-Za-z]{1,2}\.){2,}(?!\w)",
    "known": rf"(?=[A-Za-z][a-z]{{0,5}}\.)(?:{'|'.join(_KNOWN)})\.(?!\w)",
    "number": r"[$\u20ac\u00a3\u00a5]?\d+(?:[.,:/]\d+)*[^\W_]*(?:[-\u2013][^\W_]+)*",
    "word": r"\w+(?:[-'\u2019.]\w+)*",
    "clitic": r"['\u2019](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)(?!\w)",
    "punct": r"''|``|\.{2,}|-{2,}|[^\w\s]",
}
_FULL = re.compile("|".join(_PARTS.values()))
_PLAIN = re.compile("|".join(v for k, v in _PARTS.items() if k not in ("url", "email", "handle")))
_MARKS = ("@", "#", "://", "www.")
_SPAN = methodcaller("span")


def token_spans(text: str, start: int, end: int) -> list[Span]:
    """The tokens of `text[start:end]`, as spans into `text`."""
    pattern = _FULL if any(text.find(mark, start, end) >= 0 for mark in _MARKS) else _PLAIN
    return list(map(Span._make, map(_SPAN, pattern.finditer(text, start, end))))
