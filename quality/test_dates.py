"""Gate: time expressions of our hand-written set (`quality/sets/dates.tsv`) resolved to the expected value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief import Article
from newsbrief._article import Meta
from newsbrief.stages.dates import dates

SET = Path(__file__).with_name("sets") / "dates.tsv"


def _rows() -> list[list[str]]:
    lines = SET.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_dates_accuracy_stays_above_its_floor(floors: dict[str, Any]) -> None:
    run = dates()
    rows = _rows()
    right = 0
    for text, published, expression, value in rows:
        article = run(Article(text=text, meta=Meta(published=None if published == "-" else published)))
        right += any(text[d.start : d.end] == expression and d.value == value for d in article.dates)
    assert len(rows) >= 60
    accuracy = right / len(rows)
    assert accuracy >= floors["dates"]["accuracy"], f"dates accuracy {accuracy:.3f} below its floor"
