"""The `sections` stage: the body in short topical sections, each under a heading.

A source with headings (HTML `<h2>`/`<h3>`, Markdown `#` lines) keeps its own
sections and headings. Otherwise the body is cut where the topic shifts
(`layout.segmentation`) and each section gets a heading made from its own content
(`layout.headings`).
"""

from __future__ import annotations

from collections.abc import Callable

from .._article import Article, Section
from .._pipeline import stage
from ..layout._words import words
from ..layout.headings import section_headings
from ..layout.segmentation import article_topic_starts

__all__ = ["topic_sections"]


def _by_headings(article: Article) -> tuple[Section, ...]:
    """One section per source heading, holding the sentences up to the next; sentences inside a heading are left out."""
    sections: list[Section] = []
    headings = sorted(article.headings, key=lambda h: h.start)
    inside = {i for i, s in enumerate(article.sentences) for h in headings if s.start < h.end and h.start < s.end}
    bounds = [h.start for h in headings] + [len(article.text) + 1]
    lead = tuple(i for i, s in enumerate(article.sentences) if s.start < bounds[0] and i not in inside)
    if lead:
        sections.append(Section(heading="", sentences=lead))
    for heading, start, end in zip(headings, bounds, bounds[1:]):
        members = tuple(i for i, s in enumerate(article.sentences) if start <= s.start < end and i not in inside)
        if members:
            sections.append(Section(heading=heading.text, sentences=members))
    return tuple(sections)


def _by_topic(article: Article) -> tuple[Section, ...]:
    lowered = [words(s.text) for s in article.sentences]  # read once, by the cut and by the headings
    starts = [0, *article_topic_starts(article, lowered=lowered), len(article.sentences)]
    groups = [tuple(range(a, b)) for a, b in zip(starts, starts[1:])]
    headings = section_headings(article, groups, lowered=lowered)
    return tuple(Section(heading=h, sentences=g) for h, g in zip(headings, groups))


@stage("sections", requires=("sentences",), assigns=("sections",), version="topics-1")
def topic_sections() -> Callable[[Article], Article]:
    """The source's own sections, or topical sections with headings made from their content."""

    def run(article: Article) -> Article:
        if not article.sentences:
            return article.replace(sections=())
        if article.headings:
            return article.replace(sections=_by_headings(article))
        return article.replace(sections=_by_topic(article))

    return run
