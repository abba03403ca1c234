"""Choosing highlights from scored sentences: how many, which, and never the same thing twice.

By default the stage fills a word budget that grows with the article
(`budget = base + per_word * article words`, clipped), in order of score, at most
`max_count` sentences, skipping any sentence that shares a word trigram with one
already chosen (trigram blocking). `count` or `budget` given by the caller
override the default.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["default_budget", "select", "trigrams"]


def trigrams(words: Sequence[Hashable]) -> set[tuple[Hashable, ...]]:
    """The word trigrams of a sentence (its words themselves when it has fewer than three)."""
    if len(words) < 3:
        return {tuple(words)} if words else set()  # type: ignore[arg-type]
    return set(zip(words, words[1:], words[2:]))


def default_budget(article_words: int, settings: Mapping[str, Any]) -> float:
    """The word budget for an article of `article_words` words."""
    budget = settings["budget_base"] + settings["budget_per_word"] * article_words
    return float(min(max(budget, settings["budget_min"]), settings["budget_max"]))


def select(
    scores: np.ndarray,
    lengths: Sequence[int],
    trigrams_of: Callable[[int], set[tuple[Hashable, ...]]],
    settings: Mapping[str, Any],
    *,
    count: int | None = None,
    budget: float | None = None,
) -> list[int]:
    """Indices of the chosen sentences, best first; `trigrams_of(i)` gives sentence i's word trigrams."""
    if count is None and budget is None:
        budget = default_budget(int(sum(lengths)), settings)
    cap = count if count is not None else int(settings["max_count"])
    chosen: list[int] = []
    seen: set[tuple[Hashable, ...]] = set()
    total = 0
    for index in np.argsort(-scores, kind="stable"):
        if len(chosen) >= cap:
            break
        if budget is not None and total >= budget:
            break
        if lengths[index] < settings["min_words"]:
            continue
        grams = trigrams_of(index)
        if grams & seen:
            continue
        if budget is not None and chosen and total + lengths[index] - budget > budget - total + settings["overshoot"]:
            continue
        chosen.append(int(index))
        seen |= grams
        total += lengths[index]
    return chosen
