"""A segmented article as the tagger reads it, and the entity mentions it finds there."""

from __future__ import annotations

from collections.abc import Sequence

from .._article import Article, Entity
from ._decode import tag_spans
from ._link import Mention, link_mentions
from ._tagger import Tagger, is_lowercased, load_tagger
from ._tokens import Words, sentence_words

__all__ = ["article_entities", "article_words", "entities", "find_mentions"]


def article_words(article: Article) -> list[Words]:
    """The article's sentences as tagger words (tokens outside every sentence are left out)."""
    tokens = article.tokens
    result: list[Words] = []
    cursor = 0
    for sentence in article.sentences:
        while cursor < len(tokens) and tokens[cursor].start < sentence.start:
            cursor += 1
        first = cursor
        while cursor < len(tokens) and tokens[cursor].start < sentence.end:
            cursor += 1
        if cursor > first:
            result.append(sentence_words(article.text, tokens[first:cursor]))
    return result


def find_mentions(text: str, sentences: Sequence[Words], tags: Sequence[Sequence[str]]) -> list[Mention]:
    """Entity mentions with character offsets, from each sentence's BILOU tags."""
    mentions: list[Mention] = []
    for words, sentence_tags in zip(sentences, tags, strict=True):
        for first, last, label in tag_spans(sentence_tags):
            start, end = words.spans[first].start, words.spans[last - 1].end
            mentions.append(Mention(start, end, label, text[start:end]))
    return mentions


def article_entities(article: Article, tagger: Tagger | None = None) -> list[Entity]:
    """The entities of a segmented article, consistent across it (see `link_mentions`)."""
    tagger = tagger or load_tagger()
    sentences = article_words(article)
    words = [s.words for s in sentences]
    lowercased = is_lowercased(words)
    tags = tagger.entities(words, lowercased=lowercased)
    mentions = find_mentions(article.text, sentences, tags)
    return link_mentions(article.text, mentions, lowercased=lowercased)


def entities(text: str) -> list[Entity]:
    """The people, organisations, places and other names in `text`, each with all its mentions."""
    from ..stages.segment import segment

    return article_entities(segment()(Article(text=text)))
