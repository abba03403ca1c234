"""Timing a stage over many articles: the best of several rounds, as the machines are noisy."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from .._article import Article

__all__ = ["best_seconds"]


def best_seconds(
    run: Callable[[Article], object],
    articles: Sequence[Article],
    rounds: int = 5,
    clock: Callable[[], float] = time.process_time,
) -> float:
    """The fastest of `rounds` passes of `run` over `articles`, in seconds of `clock` (CPU time by default)."""
    best = float("inf")
    for _ in range(rounds):
        began = clock()
        for article in articles:
            run(article)
        best = min(best, clock() - began)
    return best
