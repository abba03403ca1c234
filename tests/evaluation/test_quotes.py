"""Reading BRAT attributions and scoring quotes against them, on a small hand-written article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief._article import Quote, Span
from newsbrief.errors import UsageError
from newsbrief.evaluation.quotes import QuoteScores, load_polnear, read_ann, score_article

TEXT = "\u201cThe pier is safe,\u201d Doe said. \u201cWe checked it.\u201d\nReed said the town would pay."
ANN = """T1\tContent 0 19;30 46\t\u201cThe pier is safe,\u201d \u201cWe checked it.\u201d
T2\tSource 20 23\tDoe
T3\tCue 24 28\tsaid
T4\tAttribution 24 28\tsaid
E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
T5\tSource 47 51\tReed
T6\tCue 52 56\tsaid
T7\tContent 57 75\tthe town would pay
T8\tAttribution 52 56\tsaid
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7
"""


def test_read_ann_ties_spans_and_marks_direct_quotes() -> None:
    direct, indirect = read_ann(ANN, TEXT)
    assert direct.content == (Span(0, 19), Span(30, 46)) and direct.direct and direct.source == (Span(20, 23),)
    assert not indirect.direct and TEXT[indirect.content[0].start : indirect.content[0].end] == "the town would pay"


def test_split_quotes_sharing_a_cue_match_one_gold_attribution() -> None:
    gold = read_ann(ANN, TEXT)
    found = [
        Quote(Span(0, 19), Span(24, 28), Span(20, 23), None, True),
        Quote(Span(30, 46), Span(24, 28), Span(20, 23), None, True),
        Quote(Span(52, 75), Span(52, 56), Span(0, 3), None, False),
    ]  # wrong speaker, content overlaps
    scores = QuoteScores()
    score_article(TEXT, gold, found, scores)
    assert (scores.predicted, scores.gold, scores.matched, scores.exact) == (2, 2, 2, 1)
    assert scores.speaker_accuracy(direct=True) == 1.0 and scores.speaker_accuracy(direct=False) == 0.0


def test_a_small_overlap_is_not_a_match() -> None:
    scores = QuoteScores()
    score_article(TEXT, read_ann(ANN, TEXT), [Quote(Span(0, 10), None, None, None, True)], scores)
    assert (scores.matched, scores.precision, scores.recall) == (0, 0.0, 0.0)


def test_one_annotator_per_article_is_chosen_by_name(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "story_b.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "story_a.ann").write_text(ANN.split("T5")[0], encoding="utf-8")
    (article,) = load_polnear(tmp_path)
    assert len(article.attributions) == 1  # story_a, the first by name


def test_a_folder_without_annotations_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\[E110\]"):
        load_polnear(tmp_path)
