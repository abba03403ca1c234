"""From a segmented article to tagger words and entity mentions."""

from __future__ import annotations

from newsbrief import Article
from newsbrief.tagger import article_words, entities, is_lowercased
from newsbrief.tagger._document import find_mentions
from tests.conftest import build_article


def test_words_follow_the_sentences_and_keep_exact_spans() -> None:
    article = build_article("Vela Ostrom's team won. They left Kestrel on Monday.")
    sentences = article_words(article)
    assert [s.words[:3] for s in sentences] == [("Vela", "Ostrom", "'s"), ("They", "left", "Kestrel")]
    for sentence in sentences:
        assert all(article.text[span.start : span.end] == word for word, span in zip(sentence.words, sentence.spans))


def test_mentions_carry_character_offsets() -> None:
    article = build_article("Vela Ostrom left Kestrel.")
    (sentence,) = article_words(article)
    mentions = find_mentions(article.text, [sentence], [["B-PER", "L-PER", "O", "U-LOC", "O"]])
    assert [(m.text, m.label) for m in mentions] == [("Vela Ostrom", "PER"), ("Kestrel", "LOC")]
    assert article.text[mentions[1].start : mentions[1].end] == "Kestrel"


def test_lowercased_text_is_told_from_cased_text() -> None:
    assert is_lowercased([["the", "mayor", "of", "kestrel", "said", "so", "."]])
    assert not is_lowercased([["The", "mayor", "of", "Kestrel", "said", "so", "."]])
    assert not is_lowercased([["1996", "."]])


def test_text_without_words_has_no_entities() -> None:
    assert entities("") == []
    assert entities("  \n ") == []
    assert article_words(Article(text="Nothing segmented.")) == []
