"""Words as the layout models see them, and the closed-class words they skip.

Text is lower-cased and cut into runs of letters, so that the tokenized training
data ("government 's", "state - owned") and cased input ("government's",
"state-owned") give the same words.
"""

from __future__ import annotations

import re

__all__ = [
    "ARTICLES",
    "AUXILIARIES",
    "CONJUNCTIONS",
    "PREPOSITIONS",
    "PRONOUNS",
    "STOPWORDS",
    "content_words",
    "words",
]

_WORD = re.compile(r"[^\W\d_]{2,}")
_ASCII_WORD = re.compile(r"[a-z]{2,}")  # the same runs in lower-case ASCII text, found faster

ARTICLES = frozenset({"a", "an", "the"})
PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
    "this that these those who whom whose which what myself yourself himself herself itself ourselves themselves "
    "someone somebody something anyone anything everyone everything nobody nothing one".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto over under about after before during since until against among "
    "between through throughout across along around behind beyond near off out up down upon within without via "
    "per despite toward towards amid amongst than like unlike".split()
)
CONJUNCTIONS = frozenset("and or but nor so yet if because while whereas although though unless whether as when where".split())
AUXILIARIES = frozenset(
    "be am is are was were been being have has had having do does did doing will would shall should can could "
    "may might must ought".split()
)
_OTHER = frozenset(
    "not no nt also just only very too more most much many some any all both each every other another such own same "
    "there here then now than however still even already yet again ever never once well really quite rather almost "
    "said says say saying told tell according mr mrs ms dr st re ve ll don didn doesn isn wasn aren weren "
    "wouldn couldn shouldn hasn haven hadn can cannot could let lets get got gets getting went go goes going "
    "new first last year years day days time times week weeks month months".split()
)
STOPWORDS = ARTICLES | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | _OTHER


def words(text: str) -> list[str]:
    """The lower-cased words of `text`: runs of two or more letters."""
    lower = text.lower()
    return (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)


def content_words(text: str) -> list[str]:
    """The words of `text` that are not closed-class words."""
    return [w for w in words(text) if w not in STOPWORDS]
