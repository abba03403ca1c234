"""A highlight's words for headline style: datelines and time openers off, quote marks followed.

`words_of` gives the text without a leading dateline, byline or "On Monday," and
its words, each marked when it stands inside quote marks (double, curly single,
or a straight single mark opening the highlight), so no rule rewrites what was said.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["CLOSE_QUOTES", "Word", "words_of"]

_DATELINE = re.compile(
    r"^(?:By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:\s*[|\u2013\u2014-]+\s+|,? *\n\s*)"  # By Jane Doe -
    r"|[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*(?:,? \([^)]{1,40}\))?\s+[-\u2013\u2014]+\s+"  # LONDON (Wire) -
    r"|\([A-Za-z ]{2,30}\)\s*[-\u2013\u2014]+\s+)"  # (Wire) --
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OPENER = re.compile(
    rf"^(?:(?:Early|Late|Earlier|Later) )?(?:on )?(?:{_DAY}(?: (?:morning|afternoon|evening|night))?"
    r"|[Yy]esterday|[Tt]oday|[Ll]ast (?:night|week|month|year)|[Ee]arlier this (?:week|month|year)|[Tt]his (?:morning|week))"
    r",\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"[A-Za-z]+(?=n['\u2019]t\b)|n['\u2019]t\b|['\u2019]s\b|\d+(?:[.,:]\d+)*|\w+(?:[-.]\w+)*|\S"
)
_CLITIC = re.compile(r"(?:d|ll|re|ve|m|s|t)\b")  # "i \u2019d turned": the mark is an apostrophe, not a closing quote
_OPEN_QUOTES = '"\u201c'
CLOSE_QUOTES = '"\u201d'
_CLOSER = {'"': '"', "\u201c": "\u201d\"", "\u2018": "\u2019'", "'": "'\u2019"}


class Word(NamedTuple):
    """A word of a highlight: its offsets in the text and whether it stands inside quote marks.

    A named tuple, not a dataclass: a highlight makes dozens and a tuple is made several times faster.
    """

    text: str
    start: int
    end: int
    quoted: bool


def _strip_openers(text: str) -> str:
    text = _DATELINE.sub("", text, count=1)
    opened = _OPENER.sub("", text, count=1)
    if opened != text and opened[:1].islower() and opened.split(" ", 1)[0] in ("the", "a", "an", "police", "officials"):
        opened = opened[0].upper() + opened[1:]
    return opened if opened[:1].isupper() or opened[:1] in _OPEN_QUOTES else text


def words_of(text: str) -> tuple[str, list[Word]]:
    """The highlight without a leading dateline, byline or time opener, and its words."""
    text = _strip_openers(text)
    words: list[Word] = []
    closer = ""  # the mark that ends the quote we are in
    for match in _TOKEN.finditer(text):
        token = match.group()
        start, end = match.span()
        if not closer and token in _CLOSER and _opens_quote(token, text, start):
            closer = _CLOSER[token]
            words.append(Word(token, start, end, True))
            continue
        if closer and token in closer and not _CLITIC.match(text, end):
            closer = ""
            words.append(Word(token, start, end, True))
            continue
        if not closer and token == "\u201d" and not any(w.quoted for w in words):
            # the highlight starts inside a quote: everything up to its closing mark was said, not reported
            words = [w._replace(quoted=True) for w in words]
            words.append(Word(token, start, end, True))
            continue
        words.append(Word(token, start, end, bool(closer)))
    return text, words


def _opens_quote(token: str, text: str, at: int) -> bool:
    """Whether `token` at `at` opens a quote: a double mark, a curly single one, or a straight single
    one standing alone at the start of the highlight ("' we won , ' he said" in tokenized text)."""
    if token in _OPEN_QUOTES or token == "\u2018":
        return True
    return token == "'" and not text[:at].strip() and text[at + 1 : at + 2] == " "

