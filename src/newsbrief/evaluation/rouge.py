"""ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (the rouge-score package, stemming on) and bootstrap intervals.

Candidates and references are lists of bullets; they are joined with "\\n" because
ROUGE-Lsum takes the union LCS over those lines. Scores are in percent (0-100).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from nltk.stem import porter
from rouge_score import rouge_scorer

__all__ = ["MEASURES", "Interval", "bootstrap", "rouge", "rouge_tokens"]

MEASURES = ("rouge1", "rouge2", "rougeLsum")

_SCORER = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)
_NON_ALPHANUM = re.compile(r"[^a-z0-9]+")
_STEMMER = porter.PorterStemmer()


@dataclass(frozen=True, slots=True)
class Interval:
    """A mean and its bootstrap confidence interval, in percent."""

    mean: float
    low: float
    high: float


def rouge(candidate: Sequence[str], reference: Sequence[str]) -> tuple[float, float, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (percent) of candidate bullets against reference bullets."""
    scores = _SCORER.score("\n".join(reference), "\n".join(candidate))
    return tuple(100.0 * scores[name].fmeasure for name in MEASURES)  # type: ignore[return-value]


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEMMER.stem(word) if len(word) > 3 else word


def rouge_tokens(text: str) -> list[str]:
    """The tokens rouge-score compares (lower-cased, alphanumeric, Porter-stemmed), with a stem cache."""
    return [_stem(word) for word in _NON_ALPHANUM.sub(" ", text.lower()).split()]


def bootstrap(values: np.ndarray, samples: int = 1000, confidence: float = 0.95, seed: int = 0) -> list[Interval]:
    """Mean and percentile interval of each column of `values` (one row per article), seeded."""
    values = np.asarray(values, dtype=float)
    if values.ndim == 1:
        values = values[:, None]
    count = len(values)
    if count == 0:
        return [Interval(float("nan"), float("nan"), float("nan")) for _ in range(values.shape[1])]
    rng = np.random.default_rng(seed)
    means = np.empty((samples, values.shape[1]))
    for row in range(samples):
        means[row] = values[rng.integers(0, count, count)].mean(axis=0)
    tail = (1.0 - confidence) / 2.0 * 100.0
    low, high = np.percentile(means, [tail, 100.0 - tail], axis=0)
    centre = values.mean(axis=0)
    return [Interval(float(m), float(lo), float(hi)) for m, lo, hi in zip(centre, low, high)]
