"""Topic segmentation: section counts by length, the cut's rules, and finding real topic shifts."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.layout._model import load_words
from newsbrief.layout._words import words
from newsbrief.layout.segmentation import (
    FEATURES,
    _depth,
    MOST_SECTIONS,
    article_topic_starts,
    choose_boundaries,
    gap_features,
    section_range,
    segment_topics,
)
from tests.conftest import build_article

WEATHER = [
    "Heavy snow fell across the northern hills overnight, closing mountain passes.",
    "Forecasters said another storm front would bring freezing winds by Friday.",
    "Drivers were told to carry chains and blankets on the high roads.",
    "Snowploughs worked through the night to clear the motorway near the pass.",
    "The weather service issued an amber warning for ice on Saturday morning.",
    "Temperatures could fall to minus fifteen degrees in the valleys, forecasters said.",
]
FOOTBALL = [
    "In the league, United beat City three goals to one in a lively derby.",
    "The striker scored twice before half-time and the goalkeeper saved a penalty.",
    "United's manager praised his defenders after the match at a packed stadium.",
    "The win lifts the club to second place in the table, two points behind the leaders.",
    "City's coach said his players had lost their shape after the first goal.",
    "Fans sang in the stands long after the final whistle.",
]
BUDGET = [
    "The finance ministry published its budget for next year on Tuesday.",
    "Taxes on fuel and tobacco will rise, while income tax for low earners will fall.",
    "The deficit is forecast to shrink to two percent of national income.",
    "Economists said the spending plans for hospitals and schools looked tight.",
    "Parliament will debate the budget bill next month before a final vote.",
    "Opposition parties said the tax rises would hurt families and small firms.",
]


def test_section_range_follows_length() -> None:
    for words in range(600, 1001, 50):
        low, high = section_range(words)
        assert 3 <= low <= high <= 7
    assert section_range(1000) == (3, 7)
    assert section_range(150) == (1, 1)
    assert section_range(300)[1] <= 2
    low, high = section_range(2400)
    assert 3 < low < high
    assert section_range(400_000) == (MOST_SECTIONS, MOST_SECTIONS)  # a book-length text is still cut in time
    assert section_range(3000) == (9, 21)  # below the cap the range is as before


def test_gap_features_have_one_finite_row_per_gap() -> None:
    rows = gap_features(load_words(), WEATHER + FOOTBALL)
    assert rows.shape == (len(WEATHER + FOOTBALL) - 1, len(FEATURES))
    assert np.isfinite(rows).all()


def test_gap_features_from_words_already_read_are_the_same() -> None:
    sentences = WEATHER + ["", "Yes."] + FOOTBALL  # sentences without a known word sum to nothing
    lowered = [words(text) for text in sentences]
    rows = gap_features(load_words(), sentences, lowered)
    assert np.array_equal(rows, gap_features(load_words(), sentences))
    assert np.isfinite(rows).all()
    assert rows[len(WEATHER) - 1, FEATURES.index("vectors_cos_1")] == 0.0  # next to an empty sentence


@pytest.mark.parametrize("count", [2, 3, 5])
def test_window_cosines_of_a_few_sentences_match_the_sums_either_side(count: int) -> None:
    sentences = (WEATHER + FOOTBALL)[:count]
    rows = gap_features(load_words(), sentences)
    model = load_words()
    sums = []
    for text in sentences:
        found = [model.index[w] for w in words(text) if w in model.index]
        sums.append((model.vectors[found] * model.idf[found, None]).sum(axis=0))
    for gap in range(1, count):
        for reach in (1, 2, 4):
            left = np.sum(sums[max(gap - reach, 0) : gap], axis=0)
            right = np.sum(sums[gap : gap + reach], axis=0)
            expected = left @ right / (np.linalg.norm(left) * np.linalg.norm(right))
            assert rows[gap - 1, FEATURES.index(f"vectors_cos_{reach}")] == pytest.approx(expected, abs=1e-5)


def test_a_story_without_known_words_has_no_cohesion_and_no_rare_words() -> None:
    rows = gap_features(load_words(), ["Zzqx vvqy.", "Qqzx.", "", "Xxzq wwqz."])
    assert rows.shape == (3, len(FEATURES))
    for name in ("words_cos_1", "vectors_cos_4", "rare_words_carried", "new_words_share"):
        assert rows[:, FEATURES.index(name)].tolist() == [0.0, 0.0, 0.0]


def test_depth_is_the_climb_to_the_highest_point_within_three_gaps_each_side() -> None:
    curve = np.array([[0.9, 0.5, 0.1, 0.6, 0.8, 0.2, 0.3]])
    depth = _depth(curve)[0]
    assert depth[2] == pytest.approx((0.9 - 0.1) + (0.8 - 0.1))
    assert depth[0] == 0.0  # a peak at the start climbs nowhere
    assert depth[5] == pytest.approx((0.8 - 0.2) + (0.3 - 0.2))  # the 0.9 is five gaps away, too far


def test_three_topics_are_found_where_they_change() -> None:
    sentences = WEATHER + FOOTBALL + BUDGET
    assert segment_topics(sentences, word_count=480) == (6, 12)  # 2 or 3 sections at that length


def test_a_short_story_stays_whole() -> None:
    assert segment_topics(WEATHER + FOOTBALL) == ()


def test_cut_takes_the_strongest_gaps_and_keeps_sections_of_two_sentences() -> None:
    scores = np.array([-5.0, -5.0, 4.0, 5.0, -5.0, -5.0, 3.0, -5.0])  # boundaries before sentences 3, 4 and 7
    assert choose_boundaries(scores, (1, 4)) == (4, 7)  # 3 and 4 together would leave a one-sentence section
    assert choose_boundaries(scores, (1, 4), min_sentences=1) == (3, 4, 7)


def test_cut_never_uses_a_gap_that_is_not_allowed() -> None:
    scores = np.array([-5.0, 6.0, -5.0, -1.0, -5.0])
    allowed = np.array([False, False, True, True, False])
    cuts = choose_boundaries(scores, (2, 2), allowed=allowed)
    assert cuts == (4,)


def test_a_cut_with_gaps_not_allowed_leaves_the_next_cut_free() -> None:
    scores = np.array([-5.0, 6.0, -5.0, -1.0, -5.0])
    assert choose_boundaries(scores, (2, 2), allowed=np.array([False, False, True, True, False])) == (4,)
    assert choose_boundaries(scores, (2, 2)) == (2,)  # the same story, every gap allowed


def test_cut_has_at_least_the_fewest_sections_when_they_fit() -> None:
    scores = np.full(11, -3.0)
    assert len(choose_boundaries(scores, (3, 5))) + 1 == 3


@pytest.mark.parametrize(("weight", "expected"), [(0.0, (4,)), (2.0, (3,))])
def test_highlights_pull_a_close_call_toward_one_highlight_a_section(weight: float, expected: tuple[int, ...]) -> None:
    scores = np.array([-9.0, -9.0, 0.5, 0.6, -9.0, -9.0, -9.0])
    assert choose_boundaries(scores, (2, 2), anchors=[0, 3], highlight_weight=weight) == expected


def test_cuts_fall_only_at_paragraph_breaks() -> None:
    paragraphs = [" ".join(WEATHER[:3]), " ".join(WEATHER[3:] + FOOTBALL[:2]), " ".join(FOOTBALL[2:]), " ".join(BUDGET)]
    article = build_article(*(paragraphs * 2))
    opens = {i for i, s in enumerate(article.sentences) if i and s.paragraph != article.sentences[i - 1].paragraph}
    starts = article_topic_starts(article)
    assert starts and set(starts) <= opens


@pytest.mark.parametrize("text", ["The Café's owner, 2nd-generation, re-opened it", "harbour crews sail at dawn ; pay is 12 %"])
def test_words_are_runs_of_two_or_more_letters_in_lower_case(text: str) -> None:
    expected = {
        "The Café's owner, 2nd-generation, re-opened it": ["the", "café", "owner", "nd", "generation", "re", "opened", "it"],
        "harbour crews sail at dawn ; pay is 12 %": ["harbour", "crews", "sail", "at", "dawn", "pay", "is"],
    }
    assert words(text) == expected[text]
