"""Quality gate of the `headline` stage: exact rewrites of the hand-written cases in tests/data.

Each line of `tests/data/headline_cases.tsv` is a highlight and its expected
headline-style rewrite; the floor is floors.toml `[headline] exact`. ROUGE of the
highlights with and without the stage, on the validation articles the highlights
gate reads, may fall by at most `max_rouge_fall` points.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief import Article
from newsbrief.evaluation import evaluate
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


@pytest.fixture(scope="module")
def rouge(data_dir: Path, floors: dict[str, Any]) -> dict[str, tuple[float, ...]]:
    """Mean ROUGE-1, ROUGE-2 and ROUGE-Lsum of the highlights without and with headline style."""
    path = data_dir / "cnn_dailymail" / "validation.jsonl.gz"
    limit = floors["highlights"]["articles"]
    pipelines = {"plain": ["segment", "highlights"], "headline": ["segment", "highlights", "headline"]}
    reports = {name: evaluate(path, names, limit=limit) for name, names in pipelines.items()}
    return {name: tuple(score.mean for score in report.systems[0].scores) for name, report in reports.items()}


@pytest.mark.parametrize("measure", [0, 1, 2], ids=["rouge1", "rouge2", "rougeLsum"])
def test_rouge_does_not_fall_past_the_ceiling(
    measure: int, rouge: dict[str, tuple[float, ...]], floors: dict[str, Any]
) -> None:
    fall = rouge["plain"][measure] - rouge["headline"][measure]
    assert fall <= floors["headline"]["max_rouge_fall"], f"ROUGE fell {fall:.2f} points with headline style"
