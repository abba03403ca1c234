"""Quality gate of the `headline` stage: exact rewrites of the hand-written cases in tests/data.

Each line of `tests/data/headline_cases.tsv` is a highlight and its expected
headline-style rewrite; the floor is floors.toml `[headline] exact`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief import Article
from newsbrief._article import Highlight, Span
from newsbrief.stages.headline import headline_style

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "headline_cases.tsv"


def _cases() -> list[tuple[str, str]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(row[0], row[1]) for row in rows]


def _rewrite(sentence: str) -> str:
    highlight = Highlight(text=sentence, sentences=(0,), spans=(Span(0, len(sentence)),), source=sentence)
    article = headline_style()(Article(text=sentence, highlights=(highlight,)))
    return article.highlights[0].text


def test_enough_cases_to_measure() -> None:
    assert len(_cases()) >= 150


def test_exact_rewrites_stay_above_the_floor(floors: dict[str, Any]) -> None:
    cases = _cases()
    misses = [(source, expected, got) for source, expected in cases if (got := _rewrite(source)) != expected]
    exact = 1 - len(misses) / len(cases)
    shown = "\n".join(f"{s!r}: expected {e!r}, got {g!r}" for s, e, g in misses[:10])
    assert exact >= floors["headline"]["exact"], f"exact {exact:.3f} below the floor:\n{shown}"
