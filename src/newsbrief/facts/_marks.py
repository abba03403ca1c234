"""Direct quotes by their quote marks: straight or curly, across sentences and paragraphs, closed or not.

News convention: a quote that runs on into the next paragraph leaves its closing mark off and opens
the next paragraph with a fresh opening mark, so a paragraph that opens with a mark while a quote is
open continues it. An opening mark met while a quote is already open (a lost closing mark) ends the
open quote at the sentence end before it. A quote still open at the end of a paragraph that the next
paragraph does not continue is kept, unclosed, up to the paragraph's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._article import Span

__all__ = ["QuoteRegion", "find_quote_regions"]

_MARK = re.compile("''|[\"\u201c\u201d\u201e\u00ab\u00bb]")  # '' is a straight double mark in some wires
_OPEN = "\u201c\u201e\u00ab"
_CLOSE = "\u201d\u00bb"
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]*\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quote from its opening mark to its closing mark (inclusive), or to where an unclosed one stops."""

    start: int
    end: int
    closed: bool
    paragraph: int


def _opens(text: str, at: int) -> bool:
    """Whether the mark at `at` opens a quote (curly marks say so; a straight one by what precedes it)."""
    mark = text[at]
    if mark in _OPEN:
        return True
    if mark in _CLOSE:
        return False
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([{\u2014\u2013-:"


def _cut_before(text: str, start: int, limit: int) -> int:
    """Where an unclosed quote opened at `start` stops before `limit`: its last sentence end, else `limit`."""
    ends = list(_SENTENCE_END.finditer(text, start, limit))
    if ends:
        return ends[-1].start() + 1
    while limit > start + 1 and text[limit - 1].isspace():
        limit -= 1
    return limit


def find_quote_regions(text: str, paragraphs: Sequence[Span]) -> list[QuoteRegion]:
    """Every direct quote of `text`, in order."""
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    open_paragraph = 0
    for number, paragraph in enumerate(paragraphs):
        marks = [(m.start(), m.end()) for m in _MARK.finditer(text, paragraph.start, paragraph.end)]
        if open_at is not None and not (marks and marks[0][0] == paragraph.start and _opens(text, marks[0][0])):
            previous = paragraphs[number - 1]
            regions.append(QuoteRegion(open_at, previous.end, False, open_paragraph))
            open_at = None
        elif open_at is not None:
            marks = marks[1:]  # the continuing mark is not a new quote
        for at, after in marks:
            if open_at is None:
                if _opens(text, at):
                    open_at, open_paragraph = at, number
            elif text[at] in "\"'" or text[at] in _CLOSE:
                regions.append(QuoteRegion(open_at, after, True, open_paragraph))
                open_at = None
            else:
                regions.append(QuoteRegion(open_at, _cut_before(text, open_at, at), False, open_paragraph))
                open_at, open_paragraph = at, number
    if open_at is not None and paragraphs:
        regions.append(QuoteRegion(open_at, paragraphs[-1].end, False, open_paragraph))
    return regions
