"""Dropping a trailing attribution ("..., police said Thursday.") from a highlight.

Only a clause that merely says who said it goes: what is left is the start of
the same sentence, a full clause on its own, and says nothing the source does not.
Sentences with quotation marks are left whole (the attribution belongs to the quote).
"""

from __future__ import annotations

import re

__all__ = ["trailing_attribution"]

_DAY = r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last\s+week|last\s+night|this\s+week)"
_VERB = r"(?:said|says|told\s+[^,.;:!?\"]{1,40}?|added|reported|announced|confirmed|explained)"
_WHO = r"[^,.;:!?\"()]{1,40}?"
_TAIL = re.compile(
    rf",\s*(?:{_WHO}\s+{_VERB}(?:\s+{_DAY})?(?:\s+in\s+a\s+statement)?|according\s+to\s+[^,.;:!?\"]{{1,60}}?)\s*(?P<end>[.!])\s*$",
    re.IGNORECASE,
)
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "''", "``")
MIN_KEPT_WORDS = 6


def trailing_attribution(sentence: str) -> tuple[int, int] | None:
    """`(kept_end, end_mark)`: keep `sentence[:kept_end]` plus the full stop at `end_mark`; None to keep it whole."""
    if any(mark in sentence for mark in _QUOTE_MARKS):
        return None
    match = _TAIL.search(sentence)
    if match is None:
        return None
    kept = sentence[: match.start()].rstrip()
    if len(kept.split()) < MIN_KEPT_WORDS or kept.split()[-1].lower() in _DANGLING:
        return None
    return len(kept), match.start("end")


# A clause cannot end on these words: cutting after them would leave it unfinished.
_DANGLING = frozenset({"and", "or", "but", "that", "the", "a", "an", "of", "to", "as", "which", "who", "when", "because"})
