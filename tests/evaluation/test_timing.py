"""best_seconds keeps the fastest round."""

from __future__ import annotations

from itertools import count

from newsbrief import Article
from newsbrief.evaluation.timing import best_seconds


def test_the_fastest_round_counts() -> None:
    ticks = iter([0.0, 5.0, 10.0, 12.0, 20.0, 23.0])  # rounds of 5, 2 and 3 seconds
    runs = count()
    seconds = best_seconds(lambda article: next(runs), [Article(text="a"), Article(text="b")], 3, clock=lambda: next(ticks))
    assert seconds == 2.0
    assert next(runs) == 6  # every article, every round
