"""The learned `highlights` stage on small hand-written articles."""

from __future__ import annotations

import re

import pytest

from newsbrief import Article
from newsbrief.errors import UsageError
from newsbrief.stages.highlights import learned_highlights
from newsbrief.stages.segment import segment

FERRY = [
    "A passenger ferry ran aground off the island of Merrow early on Tuesday, stranding 212 people for six hours.",
    "The coastguard said the vessel struck a sandbank in thick fog shortly after leaving the harbour.",
    "Nobody was hurt, but two passengers were treated for cold after waiting on the open deck.",
    "Tugboats refloated the ferry on the evening tide and towed it back to port, officials said.",
    "The operator, Merrow Sea Lines, has suspended its morning crossings while divers inspect the hull.",
    "It is the second grounding on the route this year, and islanders have called for a new navigation buoy.",
    "A spokesperson for the harbour authority said a survey of the channel would begin next month.",
    "Local shops reported brisk trade as stranded travellers waited for news in the town square.",
]


def build_article(*paragraphs: str) -> Article:
    return segment()(Article(text="\n\n".join(paragraphs)))


def numbered_sentences(count: int, start: int = 0) -> list[str]:
    """Distinct made-up sentences with no word trigram in common (each has its own numbers)."""
    nouns = ["crates", "barrels", "tractors", "ladders", "lanterns", "kettles", "bicycles", "tents"]
    out = []
    for i in range(start, start + count):
        a, b, c = 3 * i + 101, 3 * i + 102, 3 * i + 103
        out.append(f"Crew {a} moved {b} {nouns[i % len(nouns)]} toward depot {c} before dawn {i}.")
    return out


def choose(article: Article, **options: int) -> Article:
    return learned_highlights(**options)(article)


def lowered_and_tokenized(text: str) -> str:
    """The shape of the shared training data: lower case, punctuation split off by spaces."""
    return re.sub(r"\s+", " ", re.sub(r"([.,!?])", r" \1 ", text.lower())).strip()


def test_highlights_trace_back_to_their_sentences() -> None:
    article = choose(build_article(" ".join(FERRY)))
    assert 1 <= len(article.highlights) <= 6
    for highlight in article.highlights:
        (index,) = highlight.sentences
        sentence = article.sentences[index]
        assert highlight.source == sentence.text
        assert "".join(article.text[s.start : s.end] for s in highlight.spans) == highlight.text
        assert all(sentence.start <= s.start < s.end <= sentence.end for s in highlight.spans)


def test_highlights_come_in_article_order_without_duplicates() -> None:
    text = " ".join(FERRY + [FERRY[0], FERRY[1]])
    article = choose(build_article(text), n=5)
    indices = [h.sentences[0] for h in article.highlights]
    assert indices == sorted(indices)
    assert len({h.text for h in article.highlights}) == len(article.highlights)
    assert len({article.sentences[i].text for i in indices}) == len(indices)


def test_a_trailing_attribution_is_dropped_and_the_rest_is_a_prefix_of_the_source() -> None:
    sentences = [
        "Tugboats refloated the grounded ferry on the evening tide and towed it back to port, officials said.",
        "The ferry had struck a sandbank in thick fog shortly after leaving the harbour of Merrow at dawn.",
    ]
    article = choose(build_article(" ".join(sentences)), n=2)
    shortened = [h for h in article.highlights if h.text != h.source]
    assert [h.text for h in shortened] == [
        "Tugboats refloated the grounded ferry on the evening tide and towed it back to port."
    ]
    assert shortened[0].source.startswith(shortened[0].text[:-1])


def test_a_parenthesis_is_dropped_and_every_part_comes_from_the_source() -> None:
    sentences = [
        "The island's only doctor (who also runs the bakery) has treated forty patients since the storm began.",
        "Supply boats are expected to reach the harbour on Thursday if the wind drops below gale force.",
    ]
    article = choose(build_article(" ".join(sentences)), n=2)
    first = article.highlights[0]
    assert first.text == "The island's only doctor has treated forty patients since the storm began."
    assert len(first.spans) == 2
    assert all(article.text[s.start : s.end] in first.source for s in first.spans)


def test_n_and_a_word_budget_override_the_default_count() -> None:
    article = build_article(" ".join(FERRY))
    assert len(choose(article, n=2).highlights) == 2
    assert len(choose(article, n=5).highlights) == 5
    short = choose(article, words=20).highlights
    long = choose(article, words=120).highlights
    assert 1 <= len(short) < len(long)


def test_longer_stories_get_more_highlights_up_to_six() -> None:
    counts = []
    for size in (6, 30, 90):
        article = choose(build_article(" ".join(numbered_sentences(size))))
        counts.append(len(article.highlights))
    assert counts == sorted(counts) and counts[0] < counts[-1] <= 6


def test_cased_text_and_lowercased_tokenized_text_give_the_same_choice() -> None:
    cased = " ".join(FERRY)
    picks = [
        [h.sentences[0] for h in choose(build_article(text), n=3).highlights]
        for text in (cased, lowered_and_tokenized(cased))
    ]
    assert picks[0] == picks[1]


def test_an_article_without_sentences_has_no_highlights() -> None:
    assert choose(segment()(Article(text="   "))).highlights == ()


@pytest.mark.parametrize("option", [{"n": 0}, {"words": -5}, {"n": "three"}])
def test_bad_options_are_usage_errors(option: dict[str, object]) -> None:
    with pytest.raises(UsageError, match=r"\[E033\]"):
        learned_highlights(**option)  # type: ignore[arg-type]
