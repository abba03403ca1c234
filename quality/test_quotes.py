"""Gate: quote detection and speakers on PolNeAR dev (scored as `newsbrief.evaluation.quotes` documents).

Entities come from the capitalised-name stand-in until a recogniser is in the pipeline; the
measured speaker is the span as written, which does not depend on them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief import Article
from newsbrief.evaluation._standin import capitalised_entities
from newsbrief.evaluation.quotes import QuoteScores, evaluate_quotes, load_polnear
from newsbrief.stages.quotes import quotes


@pytest.fixture(scope="module")
def scores(data_dir: Path) -> QuoteScores:
    run = quotes()

    def find(text: str) -> Any:
        return run(Article(text=text, entities=capitalised_entities(text))).quotes

    return evaluate_quotes(load_polnear(data_dir / "polnear" / "dev"), find)


@pytest.mark.parametrize(
    "measure",
    [
        "precision",
        "recall",
        "f1",
        "exact_precision",
        "direct_recall",
        "indirect_recall",
        "direct_speaker_accuracy",
        "indirect_speaker_accuracy",
    ],
)
def test_quotes_stay_above_their_floors(scores: QuoteScores, floors: dict[str, Any], measure: str) -> None:
    value = scores.summary()[measure]
    floor = floors["quotes"][measure]
    assert value >= floor, f"quotes {measure} {value:.3f} fell below its floor {floor}"


def test_enough_gold_quotes_were_scored(scores: QuoteScores) -> None:
    assert scores.gold > 2000 and scores.direct.gold > 400
