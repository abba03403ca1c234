"""Is an article in English? A light, offline check that never flags English, however short or lowercased.

English function words decide most articles without a model; only text with few
of them goes to py3langid (a naive Bayes model shipped inside that package), and
it is reported as another language only when it is long enough and the model is sure.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

from .._article import Article
from ..errors import InputError, error

__all__ = ["check_language", "detect_language"]

_ENGLISH = frozenset(
    "the and of to that for with from has have had were are this which said "
    "been they their who would after about but it he she his her its by be not".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_SHARE = 0.1  # the lowest share in thousands of news articles is above 0.1
_MIN_LETTERS = 100  # shorter text is never reported as foreign (letters, not words: CJK has no spaces)
_MIN_CONFIDENCE = 0.9


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, bool]:
    """(ISO 639-1 code or None when unsure, whether it is sure enough to report it as not English)."""
    words = _WORD.findall(text[:20000].casefold())
    if not words:
        return None, False
    if sum(word in _ENGLISH for word in words) >= _ENGLISH_SHARE * len(words):
        return "en", False
    language, confidence = _identifier().classify(" ".join(words[:2000]))
    if language == "en" or confidence < _MIN_CONFIDENCE:
        return ("en" if language == "en" else None), False
    return language, sum(map(len, words)) >= _MIN_LETTERS


def check_language(article: Article, *, any_language: bool) -> Article:
    """`article` with `meta.language` set; E008 when it is surely not English and `any_language` is off."""
    language, foreign = detect_language(article.text)
    if foreign and not any_language:
        raise error(InputError, "E008", language=language)
    return article.replace(meta=dataclasses.replace(article.meta, language=language))
