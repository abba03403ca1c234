"""Gate: time expressions of our hand-written set (`quality/sets/dates.tsv`) resolved to the expected value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief import Article
from newsbrief._article import Meta
from newsbrief.stages.dates import dates


def test_dates_accuracy_stays_above_its_floor(
    floors: dict[str, Any], hand_set: Callable[[str], list[list[str]]]
) -> None:
    run = dates()
    rows = hand_set("dates")
    right = 0
    for text, published, expression, value in rows:
        article = run(Article(text=text, meta=Meta(published=None if published == "-" else published)))
        right += any(text[d.start : d.end] == expression and d.value == value for d in article.dates)
    assert len(rows) >= 60
    accuracy = right / len(rows)
    assert accuracy >= floors["dates"]["accuracy"], f"dates accuracy {accuracy:.3f} below its floor"
