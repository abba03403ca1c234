"""Where sentences end inside one paragraph.

A compiled pattern finds each run of '.', '!', '?' or '…' followed by white space
(with any closing quotes and brackets glued to it); a few table look-ups on the
word before it and the word after it decide whether it ends a sentence. Only
these candidates are looked at in Python, never each character.

Three kinds of text are read:
- cased prose: the usual case; capitals after the period matter;
- text without capitals: abbreviations still matter, capitals cannot;
- pre-tokenized text ("did n't", "end ." with the period as its own token):
  only a free-standing terminator ends a sentence, and a free-standing quote
  after it closes the sentence when an odd number of quotes precede it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .._article import Span
from ._abbreviations import (
    FINAL_CAPABLE,
    NEVER_FINAL,
    NUMBER_PREFIXES,
    SPEECH_VERBS,
    STARTERS,
    TIME_FOLLOWERS,
    TITLES,
    is_dotted,
    is_initial,
    lowercase_forms,
)

__all__ = ["Style", "add_trimmed", "detect_style", "sentence_spans"]

_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_OPENERS = "\"'\u201c\u2018\u00ab([{`"
_TERMINAL_TOKEN = re.compile(r"[.!?]*[!?][.!?]*|\.")
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s|\Z)")
_NEXT_TOKEN = re.compile(r"\s+(\S+)")
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})\Z")
_QUOTE_TOKENS = frozenset(['"', "'", "''", "\u201d", "\u2019"])
_AMBIGUOUS_QUOTES = frozenset(['"', "'"])
_DASHES = frozenset(["-", "--", "\u2013", "\u2014", "*", "\u2022"])
_CURRENCIES = "$\u00a3\u20ac\u00a5"
_SINGLE_QUOTE = re.compile(r"'(?<!\S')(?!\S)")  # a free-standing "'", found from its literal
_POSSESSIVE_QUOTE = re.compile(r"s ' (?=\w)")

_VERBS = "|".join(sorted(SPEECH_VERBS))
_ATTRIBUTION_CASED = re.compile(
    rf"\s+(?:(?:[A-Z][\w'\u2019.-]*|de|van|von|al)\s+){{1,4}}(?:{_VERBS})\b|\s+(?:he|she|they|we|I)\s+(?:{_VERBS})\b"
)
_ATTRIBUTION_CASELESS = re.compile(rf"\s+(?:[\w'\u2019.-]+\s+){{0,3}}(?:{_VERBS})\b")


class _Words(NamedTuple):
    titles: frozenset[str]
    never: frozenset[str]
    numbered: frozenset[str]
    final: frozenset[str]
    starters: frozenset[str]


_CASED = _Words(TITLES, NEVER_FINAL, NUMBER_PREFIXES, FINAL_CAPABLE, STARTERS)
_CASELESS = _Words(
    lowercase_forms(TITLES),
    lowercase_forms(NEVER_FINAL),
    frozenset(w.lower() for w in NUMBER_PREFIXES),
    lowercase_forms(FINAL_CAPABLE),
    frozenset(w.lower() for w in STARTERS),
)


class Style(NamedTuple):
    """How a text is written: with capitals or not, tokenized (spaces around punctuation) or not."""

    cased: bool = True
    tokenized: bool = False


def detect_style(text: str, start: int = 0, end: int | None = None) -> Style:
    """The style of `text[start:end]`: cased unless it has no capital letter; tokenized if ' , ' outnumbers ', '.

    A text with fewer than two commas is tokenized if ' . ' is as common as '. '.
    """
    chunk = text[start:end]
    spaced_commas = chunk.count(" , ")
    glued_commas = chunk.count(", ") - spaced_commas
    if spaced_commas + glued_commas >= 2:  # commas say it best: periods also close numbered list items
        return Style(cased=not chunk.islower(), tokenized=spaced_commas > glued_commas)
    spaced = chunk.count(" . ") - 2 * chunk.count(". . .")  # a spaced ellipsis is no sign of tokenized text
    glued = chunk.count(". ") - chunk.count(" . ")
    return Style(cased=not chunk.islower(), tokenized=spaced > 0 and spaced >= glued)


def add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Append `text[start:end]` without its outer white space, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def sentence_spans(text: str, start: int, end: int, style: Style) -> list[Span]:
    """The sentences of `text[start:end]` (one paragraph), as spans into `text`."""
    spans: list[Span] = []
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if match.end() >= end:
            break
        cut = _cut(text, match, sentence_start, start, end, style)
        if cut > 0:
            add_trimmed(text, sentence_start, cut, spans)
            sentence_start = cut
    add_trimmed(text, sentence_start, end, spans)
    return spans


def _cut(text: str, match: re.Match[str], sentence_start: int, start: int, end: int, style: Style) -> int:
    """Where the sentence ends if this candidate ends one, else 0."""
    found = match.group()
    marks = found.rstrip(_CLOSERS)
    closers = found[len(marks) :]
    cut = match.end()
    following = _NEXT_TOKEN.match(text, cut, end)
    if following is None:
        return cut
    token = following.group(1)
    if token in _QUOTE_TOKENS and _closes_quote(text, following, start, end, match.start(), style.cased):
        cut, closers = following.end(), closers + token
        following = _NEXT_TOKEN.match(text, cut, end)
        if following is None:
            return cut
        token = following.group(1)
    if _TERMINAL_TOKEN.fullmatch(token):
        return 0  # the run of terminators goes on: "Really ? !"
    word = _word_after(text, token, following, end)
    spaced = text[match.start() - 1].isspace() if match.start() > start else True
    if style.tokenized and not style.cased:
        return cut if spaced and "." not in marks[1:] and "\u2026" not in marks else 0
    if "!" in marks or "?" in marks:
        if not _opens_sentence(word, style.cased):
            return 0
        if closers.strip(")]") and _attributed(text, following.start(), end, style.cased):
            return 0
        return cut
    if len(marks) > 1 or marks == "\u2026":
        return cut if style.cased and word[:1].isupper() else 0
    if spaced:
        return cut if _opens_sentence(word, style.cased) else 0
    if style.tokenized:
        return 0
    return cut if _ends_after_period(text, match.start(), sentence_start, token, word, style) else 0


def _ends_after_period(text: str, period: int, sentence_start: int, token: str, word: str, style: Style) -> bool:
    """Whether a period glued to the word before it ends the sentence."""
    space = text.rfind(" ", sentence_start, period)
    prev_start = space + 1 if space >= 0 else sentence_start
    before = text[prev_start:period]
    if not before.isalpha():  # a line break or a no-break space may stand before the word
        before = (before.split() or [""])[-1]
        prev_start = period - len(before)
        before = before.lstrip(_OPENERS)
    if _LIST_MARKER.match(before) and not text[sentence_start:prev_start].strip():
        return False
    words = _CASED if style.cased else _CASELESS
    if before in words.titles or before in words.never:
        return False
    if before in words.numbered and word[:1].isdigit():
        return False
    if style.cased and before in ("a.m", "p.m"):  # a capital that is no day, month or time zone starts a sentence
        name = word.rstrip(",;:")
        return word[:1].isupper() and name not in TIME_FOLLOWERS and not name.isupper()
    if before in words.final or is_initial(before) or is_dotted(before):
        return token[0] in _OPENERS or token.rstrip(",;:") in words.starters
    return _opens_sentence(word, style.cased)


def _word_after(text: str, token: str, following: re.Match[str], end: int) -> str:
    """The next word, past opening quotes and brackets, and past a free-standing quote, dash or bullet."""
    word = token.lstrip(_OPENERS)
    if word and word not in _DASHES:
        return word
    further = _NEXT_TOKEN.match(text, following.end(), end)
    return further.group(1).lstrip(_OPENERS) if further else ""


def _opens_sentence(word: str, cased: bool) -> bool:
    if not word:
        return False
    first = word[0]
    if not cased:
        return first.isalnum() or first in _CURRENCIES
    if first.islower():
        return len(word) > 1 and word[1].isupper()  # "iPhone", "eBay"
    return first.isalnum() or first in _CURRENCIES


def _closes_quote(text: str, quote: re.Match[str], start: int, end: int, position: int, cased: bool) -> bool:
    """Whether a free-standing quote after a terminator closes a quotation (tokenized text).

    It does when an odd number of the same quotes come before it in the
    paragraph, or, in cased text, when a small letter follows it ('. " he said').
    """
    token = quote.group(1)
    if token not in _AMBIGUOUS_QUOTES:
        return True
    if token == '"':
        quotes = text.count('"', start, position)
    else:
        quotes = len(_SINGLE_QUOTE.findall(text, start, position))
        quotes -= len(_POSSESSIVE_QUOTE.findall(text, start, position))
    if quotes % 2 == 1:
        return True
    after = _NEXT_TOKEN.match(text, quote.end(), end) if cased else None
    return after is not None and after.group(1)[0].islower()


def _attributed(text: str, position: int, end: int, cased: bool) -> bool:
    """Whether a name or pronoun and a verb of saying follow ('"Why now?" Jane Doe asked')."""
    pattern = _ATTRIBUTION_CASED if cased else _ATTRIBUTION_CASELESS
    return pattern.match(text, position, end) is not None
