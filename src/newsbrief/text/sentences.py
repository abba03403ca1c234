"""Paragraph and sentence boundaries, as character offsets.

A first, simple splitter: sentences end at '.', '!' or '?' (with any closing
quotes or brackets) followed by white space and an upper-case letter, a digit,
an opening quote, or any letter in lower-cased text.
"""

from __future__ import annotations

import re

from .._article import Span

__all__ = ["split_paragraphs", "split_sentences", "tokenize"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])""")
_LOWER_BOUNDARY = re.compile(r"""\s[.!?]+(?:\s+(?:''|"|'))?(?=\s+\S)""")
_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs: runs of text between line breaks, trimmed of white space."""
    spans: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, start, match.start(), spans)
        start = match.end()
    _add_trimmed(text, start, len(text), spans)
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of `text[start:end]`, as spans into `text`."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    pattern = _LOWER_BOUNDARY if chunk == chunk.lower() else _BOUNDARY
    spans: list[Span] = []
    cursor = 0
    for match in pattern.finditer(chunk):
        _add_trimmed(text, start + cursor, start + match.end(), spans)
        cursor = match.end()
    _add_trimmed(text, start + cursor, end, spans)
    return spans


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation tokens of `text[start:end]`, as spans into `text`."""
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
