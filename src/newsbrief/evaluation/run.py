"""Score a pipeline's highlights beside lead-3 and the greedy oracle, over a JSON Lines file.

Articles are scored in worker processes (one per core by default); each worker
builds its pipelines once. Every system sees the same articles in the same run,
so the scores and the speeds can be compared directly.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .._article import Article
from .._pipeline import Pipeline, load_pipeline
from ..errors import InputError, error
from ._data import ScoredItem, read_items
from .oracle import greedy_oracle
from .rouge import MEASURES, Interval, bootstrap, rouge

__all__ = ["EvalReport", "SystemScore", "evaluate"]

LEAD = "lead-3"
ORACLE = "oracle"

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class SystemScore:
    """ROUGE F1 of one system with 95% intervals, and the time it took per article."""

    name: str
    scores: tuple[Interval, ...]
    seconds: float
    articles: int
    highlights: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else float("inf")

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"name": self.name, "articles_per_second": round(self.per_second, 1)}
        result["highlights_per_article"] = round(self.highlights, 3)
        for measure, interval in zip(MEASURES, self.scores):
            result[measure] = {
                "f1": round(interval.mean, 3),
                "low": round(interval.low, 3),
                "high": round(interval.high, 3),
            }
        return result


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Every system's scores on the same articles."""

    data: str
    articles: int
    pipeline: tuple[str, ...]
    systems: tuple[SystemScore, ...] = field(default=())

    def system(self, name: str) -> SystemScore:
        return next(s for s in self.systems if s.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "articles": self.articles,
            "pipeline": list(self.pipeline),
            "measures": list(MEASURES),
            "systems": [s.to_dict() for s in self.systems],
        }


class _Scorer:
    """Scores one item with the pipeline, lead-3 and the oracle; built once per worker."""

    def __init__(self, pipeline: Sequence[str] | None, options: dict[str, Any]) -> None:
        self.pipeline = load_pipeline(pipeline, **options)
        self.lead = load_pipeline(["segment", "lead"], n=3)

    def __call__(self, item: ScoredItem, lead_first: bool = False) -> list[tuple[float, ...]]:
        """Rows for the pipeline, lead-3 and the oracle: three ROUGE F1, seconds, highlights."""
        scored: dict[str, tuple[float, ...]] = {}
        articles: dict[str, Article] = {}
        # Alternate which system runs first, so neither always pays for the other's garbage.
        order = (("lead", self.lead), ("pipeline", self.pipeline))
        for name, run in order if lead_first else order[::-1]:
            started = time.perf_counter()
            articles[name] = run(Article(text=item.article, id=item.id))
            seconds = time.perf_counter() - started
            bullets = [h.text for h in articles[name].highlights]
            scored[name] = (*rouge(bullets, item.reference), seconds, len(bullets))
        sentences = [s.text for s in articles["lead"].sentences]
        chosen = greedy_oracle(sentences, item.reference)
        oracle = (*rouge([sentences[i] for i in chosen], item.reference), 0.0, len(chosen))
        return [scored["pipeline"], scored["lead"], oracle]


_worker: _Scorer | None = None


def _start_worker(pipeline: Sequence[str] | None, options: dict[str, Any]) -> None:
    global _worker
    _worker = _Scorer(pipeline, options)


def _score_in_worker(numbered: tuple[int, ScoredItem]) -> list[tuple[float, ...]]:
    assert _worker is not None
    return _worker(numbered[1], lead_first=numbered[0] % 2 == 1)


def _score_all(
    items: Iterable[ScoredItem], pipeline: Sequence[str] | None, options: dict[str, Any], workers: int
) -> Iterator[list[tuple[float, ...]]]:
    if workers <= 1:
        scorer = _Scorer(pipeline, options)
        for number, item in enumerate(items):
            yield scorer(item, lead_first=number % 2 == 1)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(pipeline, options)) as pool:
        yield from pool.imap(_score_in_worker, enumerate(items), chunksize=8)


def _label(pipeline: Pipeline) -> str:
    """The pipeline's highlight stage by name, or its whole list of stages when it has none."""
    chosen = [info.name for info in pipeline.infos if "highlights" in info.assigns]
    return chosen[-1] if chosen else ",".join(pipeline.names)


def evaluate(
    path: str | Path,
    pipeline: Sequence[str] | str | None = None,
    *,
    limit: int | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> EvalReport:
    """Score `pipeline` (default: the settings' default) beside lead-3 and the oracle on `path`."""
    checked: Pipeline = load_pipeline(pipeline, **options)
    names = list(checked.names)
    workers = workers or os.cpu_count() or 1
    rows = []
    for row in _score_all(read_items(path, limit), names, options, workers):
        rows.append(row)
        if progress:
            progress(len(rows))
    if not rows:
        raise error(InputError, "E055", path=path)
    table = np.asarray(rows, dtype=float)
    labels = (_label(checked), LEAD, ORACLE)
    systems = []
    for column, name in enumerate(labels):
        values = table[:, column, :]
        systems.append(
            SystemScore(
                name=name,
                scores=tuple(bootstrap(values[:, : len(MEASURES)])),
                seconds=float(values[:, len(MEASURES)].sum()),
                articles=len(rows),
                highlights=float(values[:, len(MEASURES) + 1].mean()),
            )
        )
    return EvalReport(data=str(path), articles=len(rows), pipeline=tuple(names), systems=tuple(systems))
