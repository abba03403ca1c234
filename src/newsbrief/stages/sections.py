"""Coarse sections: the source's own headings when it has them, else one section per few paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from .._article import Article, Section
from .._pipeline import stage

__all__ = ["coarse_sections"]


def _by_headings(article: Article) -> tuple[Section, ...]:
    sections: list[Section] = []
    headings = sorted(article.headings, key=lambda h: h.start)
    bounds = [h.start for h in headings] + [len(article.text) + 1]
    lead = tuple(i for i, s in enumerate(article.sentences) if s.start < bounds[0])
    if lead:
        sections.append(Section(heading="", sentences=lead))
    for heading, start, end in zip(headings, bounds, bounds[1:]):
        members = tuple(i for i, s in enumerate(article.sentences) if start <= s.start < end)
        if members:
            sections.append(Section(heading=heading.text, sentences=members))
    return tuple(sections)


@stage("sections", requires=("sentences",), assigns=("sections",))
def coarse_sections() -> Callable[[Article], Article]:
    """The source's headings, or the whole body as one untitled section."""

    def run(article: Article) -> Article:
        if not article.sentences:
            return article.replace(sections=())
        if article.headings:
            return article.replace(sections=_by_headings(article))
        everything = tuple(range(len(article.sentences)))
        return article.replace(sections=(Section(heading="", sentences=everything),))

    return run
