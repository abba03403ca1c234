"""The `tags` stage: one part-of-speech tag and one chunk tag per token."""

from __future__ import annotations

from newsbrief.stages.tags import tags
from tests.conftest import build_article


def test_tags_run_parallel_to_the_tokens() -> None:
    article = tags()(build_article("The new bridge opened in Kestrel on Friday.", "Nobody's car was late."))
    assert len(article.pos) == len(article.chunks) == len(article.tokens)
    words = [article.text[t.start : t.end] for t in article.tokens]
    pos = dict(zip(words, article.pos))
    assert pos["The"] == "DT"
    assert pos["bridge"] == "NN"
    assert pos["opened"] == "VBD"
    assert pos["."] == "."
    assert article.chunks[words.index("The")] == "B-NP"
    assert article.chunks[words.index("bridge")] == "I-NP"


def test_an_untokenized_article_gets_no_tags() -> None:
    from newsbrief import Article

    article = tags()(Article(text="No segment stage ran."))
    assert article.pos == () and article.chunks == ()
