"""Tokens with character offsets: words, numbers, abbreviations, URLs, e-mail addresses, punctuation.

One compiled pattern reads words (with inner hyphens, apostrophes and periods),
numbers and punctuation. Lines holding '@', '#', '://' or 'www.' are read with a
longer pattern that knows URLs, e-mail addresses and handles. A period glued to
an abbreviation ("Mr.", "U.S.", "J.") then joins the token before it; each step
runs in compiled code except the short loop over periods.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial
from operator import methodcaller

from .._article import Span
from ._abbreviations import ABBREVIATIONS, is_dotted, is_initial

__all__ = ["token_spans", "whitespace_spans"]

_WORD = r"\w+(?:(?:[-'\u2019.]|(?<=\d)[,:/](?=\d))\w+)*"
_REST = (
    rf"[$\u20ac\u00a3\u00a5](?=\d){_WORD}"  # $5, £1,200
    r"|['\u2019](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)(?!\w)"  # 's of tokenized text
    r"|''|``|\.{2,}|-{2,}|[^\w\s]"
)
_PLAIN = re.compile(rf"{_WORD}|{_REST}")
_FULL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\"'\u201d\u2019).,;:!?\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|[@#]\w+|{_WORD}|{_REST}"
)
_MARKS = ("@", "#", "://", "www.")
_NON_SPACE = re.compile(r"\S+")
_LONGEST_ABBREVIATION = 10  # with an opening quote or bracket
_GLUED_PERIOD = re.compile(r"\.(?![\w.])")
_SPAN = methodcaller("span")
_MAKE = partial(tuple.__new__, Span)


def token_spans(text: str, start: int, end: int) -> list[Span]:
    """The tokens of `text[start:end]`, as spans into `text`."""
    spans: list[Span] = []
    cursor = start
    for line_start, line_end in _marked_lines(text, start, end):
        spans += map(_MAKE, map(_SPAN, _PLAIN.finditer(text, cursor, line_start)))
        spans += map(_MAKE, map(_SPAN, _FULL.finditer(text, line_start, line_end)))
        cursor = line_end
    spans += map(_MAKE, map(_SPAN, _PLAIN.finditer(text, cursor, end)))
    _join_abbreviations(text, start, end, spans)
    return spans


def _marked_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of `text[start:end]` that hold a URL, e-mail or handle mark, in order."""
    lines: dict[int, int] = {}
    for mark in _MARKS:
        found = text.find(mark, start, end)
        while found >= 0:
            line_start = max(text.rfind("\n", start, found) + 1, start)
            line_end = text.find("\n", found, end)
            lines[line_start] = end if line_end < 0 else line_end
            found = text.find(mark, lines[line_start], end)
    return sorted(lines.items())


def _join_abbreviations(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Join each period that closes an abbreviation to the word before it."""
    starts: list[int] | None = None
    for match in _GLUED_PERIOD.finditer(text, start, end):
        period = match.start()
        if period == start or not text[period - 1].isalpha():
            continue
        low = max(start, period - _LONGEST_ABBREVIATION)
        pieces = text[low:period].split()
        if not pieces or (len(pieces) == 1 and low > start and not text[low - 1].isspace()):
            continue  # a long word: no abbreviation
        word = pieces[-1].lstrip("\"'\u201c\u2018([")
        if not (word in ABBREVIATIONS or is_initial(word) or is_dotted(word)):
            continue
        if starts is None:
            starts = [span.start for span in spans]
        index = bisect_left(starts, period)
        if 0 < index < len(spans) and spans[index].start == period and spans[index - 1].end == period:
            spans[index - 1 : index + 1] = [Span(spans[index - 1].start, period + 1)]
            del starts[index]


def whitespace_spans(text: str, start: int, end: int) -> list[Span]:
    """The runs of `text[start:end]` between white space: the tokens of a pre-tokenized text."""
    return list(map(_MAKE, map(_SPAN, _NON_SPACE.finditer(text, start, end))))
