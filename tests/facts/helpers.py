"""Entities set by hand for the fact-stage tests: every occurrence of each name is a mention."""

from __future__ import annotations

import re

from newsbrief._article import Entity, Span


def entities(text: str, *named: tuple[str, str]) -> tuple[Entity, ...]:
    """`entities(text, ("Jane Doe|Doe", "PER"))`: one entity per pair, its forms separated by "|", every
    occurrence of a form a mention (longer forms first; a shorter form inside a longer one is not counted)."""
    result = []
    taken: list[Span] = []
    for forms, label in named:
        spans: list[Span] = []
        for form in sorted(forms.split("|"), key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(form)}\b", text):
                span = Span(match.start(), match.end())
                if not any(s.start < span.end and span.start < s.end for s in taken):
                    spans.append(span)
                    taken.append(span)
        result.append(Entity(forms.split("|")[0], label, tuple(sorted(spans))))
    return tuple(result)
