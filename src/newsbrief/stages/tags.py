"""The `tags` stage: a part-of-speech tag and a chunk tag for every token of the article."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from .._article import Article
from .._pipeline import stage
from ..tagger import article_words, load_tagger

__all__ = ["tags"]


@stage("tags", requires=("sentences", "tokens"), assigns=("pos", "chunks"))
def tags() -> Callable[[Article], Article]:
    """Penn part-of-speech tags and IOB2 chunks, parallel to the article's tokens.

    A token the tagger split ("Smith's") takes the tags of its first part; a token
    outside every sentence gets an empty tag and chunk "O".
    """
    tagger = load_tagger()

    def run(article: Article) -> Article:
        sentences = article_words(article)
        pos, chunks = tagger.tags([s.words for s in sentences])
        spans = [span for s in sentences for span in s.spans]
        starts = [span.start for span in spans]
        flat_pos = [tag for sentence in pos for tag in sentence]
        flat_chunks = [tag for sentence in chunks for tag in sentence]
        token_pos: list[str] = []
        token_chunks: list[str] = []
        for token in article.tokens:
            word = bisect_right(starts, token.start) - 1
            inside = word >= 0 and token.start < spans[word].end
            token_pos.append(flat_pos[word] if inside else "")
            token_chunks.append(flat_chunks[word] if inside else "O")
        return article.replace(pos=tuple(token_pos), chunks=tuple(token_chunks))

    return run
