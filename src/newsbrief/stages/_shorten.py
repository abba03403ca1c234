"""Shortening a highlight without changing what it says.

Two deletions only, both of material a sentence stays whole without:
a parenthesis ("the mayor (pictured) said" -> "the mayor said"), and a trailing
attribution ("..., police said Thursday." -> "...."). What is left is the same
sentence's own words, in order, so it says nothing the source does not.
A sentence with quotation marks keeps its attribution (it belongs to the quote).
"""

from __future__ import annotations

import re

__all__ = ["kept_parts", "trailing_attribution"]

_DAY = r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last\s+week|last\s+night|this\s+week)"
_VERB = r"(?:said|says|told\s+[^,.;:!?\"]{1,40}?|added|reported|announced|confirmed|explained)"
_WHO = r"[^,.;:!?\"()]{1,40}?"
_TAIL = re.compile(
    rf",\s*(?:{_WHO}\s+{_VERB}(?:\s+{_DAY})?(?:\s+in\s+a\s+statement)?|according\s+to\s+[^,.;:!?\"]{{1,60}}?)\s*(?P<end>[.!])\s*$",
    re.IGNORECASE,
)
# A parenthesis of up to 60 characters that is not a dateline "(CNN)" nor itself an attribution.
_PARENTHESIS = re.compile(r"\s*\((?![^()]*\b(?:cnn|said)\b)[^()]{1,60}\)", re.IGNORECASE)
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "''", "``")
# Single marks standing alone, two or more, quote in tokenized text ("' we won , ' he said"); one alone is
# more likely a plural possessive ("the dockers ' union").
_LONE_SINGLE = re.compile(r"(?:^|\s)['\u2018\u2019](?=\s|$)")
# A clause cannot end on these words: cutting after them would leave it unfinished.
_DANGLING = frozenset(
    {"and", "or", "but", "that", "the", "a", "an", "of", "to", "as", "which", "who", "when", "because"}
)
MIN_KEPT_WORDS = 6
_PASSIVE = frozenset({"be", "been", "being", "was", "were", "is", "are", "am"})


def trailing_attribution(sentence: str) -> tuple[int, int] | None:
    """`(kept_end, end_mark)`: keep `sentence[:kept_end]` plus the full stop at `end_mark`; None to keep it whole."""
    if any(mark in sentence for mark in _QUOTE_MARKS) or len(_LONE_SINGLE.findall(sentence)) > 1:
        return None
    match = _TAIL.search(sentence)
    if match is None or _PASSIVE.intersection(match.group().lower().split()):
        return None  # ", sits on her lap to be told she ...": a passive, not who said it
    kept = sentence[: match.start()].rstrip()
    if len(kept.split()) < MIN_KEPT_WORDS or kept.split()[-1].lower() in _DANGLING:
        return None
    return len(kept), match.start("end")


def kept_parts(sentence: str) -> list[tuple[int, int]] | None:
    """The `(start, end)` character ranges of `sentence` a shortened highlight keeps; None to keep it whole."""
    removed: list[tuple[int, int]] = []
    end = len(sentence.rstrip())
    tail = trailing_attribution(sentence)
    if tail is not None:
        removed.append((tail[0], tail[1]))
        end = tail[0]
    removed.extend((m.start(), m.end()) for m in _PARENTHESIS.finditer(sentence, 0, end) if m.start() > 0)
    if not removed:
        return None
    parts, cursor = [], 0
    for start, stop in sorted(removed):
        if start > cursor:
            parts.append((cursor, start))
        cursor = max(cursor, stop)
    parts.append((cursor, len(sentence.rstrip())))
    parts = [(start, stop) for start, stop in parts if stop > start]
    if sum(len(sentence[a:b].split()) for a, b in parts) < MIN_KEPT_WORDS:
        return None
    return parts
