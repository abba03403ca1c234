"""The `segment` stage: paragraphs, sentences and tokens with character offsets."""

from __future__ import annotations

from collections.abc import Callable

from .._article import Article, Sentence, Span
from .._pipeline import stage
from ..text.sentences import split_paragraphs, split_sentences, tokenize

__all__ = ["segment"]


@stage("segment", assigns=("paragraphs", "sentences", "tokens"))
def segment() -> Callable[[Article], Article]:
    """Split the text into paragraphs, sentences and tokens."""

    def run(article: Article) -> Article:
        text = article.text
        paragraphs = tuple(split_paragraphs(text)) if not article.paragraphs else article.paragraphs
        sentences: list[Sentence] = []
        tokens: list[Span] = []
        for number, paragraph in enumerate(paragraphs):
            for span in split_sentences(text, paragraph.start, paragraph.end):
                sentences.append(Sentence(text[span.start : span.end], span.start, span.end, number))
                tokens.extend(tokenize(text, span.start, span.end))
        return article.replace(paragraphs=paragraphs, sentences=tuple(sentences), tokens=tuple(tokens))

    return run
