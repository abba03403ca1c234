"""A stand-in for the entity recogniser when scoring quotes: runs of capitalised words as PER entities.

Used only by the quote evaluation until a real recogniser is in the pipeline; mentions that share
their last word ("Jane Doe", "Doe") are one entity, so pronouns and titles can resolve to it.
"""

from __future__ import annotations

import re

from .._article import Entity, Span
from ..geo import load_gazetteer

__all__ = ["capitalised_entities"]

_NAME = re.compile(r"(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s+)?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*)*")
_SKIP = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "But",
    "And",
    "In",
    "On",
    "At",
    "For",
    "He",
    "She",
    "They",
    "We",
    "It",
    "I",
    "If",
    "When",
    "While",
    "After",
    "As",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}


def capitalised_entities(text: str, locate: bool = False) -> tuple[Entity, ...]:
    """PER entities from capitalised-word runs, grouped by their last word; with `locate`, names the
    gazetteer knows are LOC instead (for timing the places stage)."""
    groups: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        while words and words[0] in _SKIP:
            words.pop(0)
        if not words:
            continue
        start = match.end() - len(" ".join(words)) if len(words) < len(match.group(0).split()) else match.start()
        key = words[-1]
        groups.setdefault(key, []).append(Span(start, match.end()))
        if len(" ".join(words)) > len(names.get(key, "")):
            names[key] = " ".join(words)
    table = load_gazetteer() if locate else None
    return tuple(
        Entity(names[key], "LOC" if table is not None and table.lookup(names[key]) else "PER", tuple(spans))
        for key, spans in groups.items()
    )
