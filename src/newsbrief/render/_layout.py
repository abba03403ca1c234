"""What the Markdown and HTML briefs share: the body of a section as paragraphs."""

from __future__ import annotations

from itertools import groupby

from .._article import Article, Section

__all__ = ["section_paragraphs"]


def section_paragraphs(article: Article, section: Section) -> list[list[int]]:
    """The section's sentence indices, grouped by the paragraph each sentence is in."""
    sentences = article.sentences
    return [list(group) for _, group in groupby(section.sentences, key=lambda i: sentences[i].paragraph)]
