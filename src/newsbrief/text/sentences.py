"""Paragraph, sentence and token boundaries, as character offsets into an unchanged text.

Built for news: abbreviations (U.S., Gen., Jan. 5, Inc.), initials (J. R. R.),
decimals and money, ellipses, quotes closing after the period ('."' and '?"'
followed by "she asked"), list items and headings on lines of their own, URLs
and e-mail addresses, and the lowercased, pre-tokenized text of news corpora
("he did n't go . '' the end").
"""

from __future__ import annotations

import re

from .._article import Span
from ..errors import UsageError, error
from ._boundaries import Style, add_trimmed, detect_style, sentence_spans
from ._tokens import token_spans, whitespace_spans

__all__ = ["Style", "add_trimmed", "detect_style", "split_paragraphs", "split_sentences", "tokenize"]

_LINE_BREAK = re.compile(r"\n\s*")
_WRAPPED_END = re.compile(r"[\w,;\u2013\u2014-]")


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs: lines of the text, trimmed, with hard-wrapped lines joined again.

    A line break is a wrap when it is single, the line before ends in a word, a
    comma or a dash, and the line after starts in lower case (only in text with
    capitals, where that says something). Every other line is its own paragraph,
    so headings and list items stay apart from the sentences around them.
    """
    cased = not text.islower()
    spans: list[Span] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        if cased and _is_wrap(text, match):
            continue
        add_trimmed(text, start, match.start(), spans)
        start = match.end()
    add_trimmed(text, start, len(text), spans)
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None, *, style: Style | None = None) -> list[Span]:
    """Sentences of `text[start:end]` (best one paragraph), as spans into `text`.

    `style` says how the text is written (see `detect_style`); it is detected
    from `text[start:end]` when not given.
    """
    end = _checked_end(text, start, end)
    if style is None:
        style = detect_style(text, start, end)
    return sentence_spans(text, start, end, style)


def tokenize(text: str, start: int = 0, end: int | None = None, *, pretokenized: bool = False) -> list[Span]:
    """Tokens of `text[start:end]`, as spans into `text`.

    Words (with inner hyphens and apostrophes: "all-rounder", "don't"), numbers
    ("3.5", "1,200", "$5", "1996-08-30"), abbreviations ("U.S.", "Mr."), URLs,
    e-mail addresses, handles and each punctuation mark ("..." and "--" whole).
    A `pretokenized` text keeps its own tokens: whatever white space separates.
    """
    end = _checked_end(text, start, end)
    return whitespace_spans(text, start, end) if pretokenized else token_spans(text, start, end)


def _checked_end(text: str, start: int, end: int | None) -> int:
    """`end`, or the end of the text; a span outside the text is a usage error (E060)."""
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise error(UsageError, "E060", start=start, end=end, length=len(text))
    return end


def _is_wrap(text: str, match: re.Match[str]) -> bool:
    before, after = match.start(), match.end()
    if before == 0 or after >= len(text) or not text[after].islower() or match.group().count("\n") != 1:
        return False
    while before > 0 and text[before - 1] in " \t\r":
        before -= 1
    return before > 0 and _WRAPPED_END.match(text, before - 1) is not None
