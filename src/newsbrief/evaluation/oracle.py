"""The greedy extractive oracle: the sentences that best match the reference, found by n-gram counts.

Greedily add the sentence that most raises ROUGE-1 F + ROUGE-2 F against the
reference until no sentence raises it. The search counts n-grams itself (fast);
the chosen set is then scored with rouge-score like any other candidate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .rouge import rouge_tokens

__all__ = ["greedy_oracle", "ngram_f1"]


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def ngram_f1(candidate: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    """F1 of clipped n-gram overlap between two n-gram counts (0-1)."""
    found = sum(candidate.values())
    wanted = sum(reference.values())
    if not found or not wanted:
        return 0.0
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / found, overlap / wanted
    return 2 * precision * recall / (precision + recall)


def greedy_oracle(sentences: Sequence[str], reference: Sequence[str], limit: int | None = None) -> list[int]:
    """Indices (in article order) of the sentences the greedy search picks against the reference bullets."""
    reference_tokens = [rouge_tokens(line) for line in reference]
    wanted = [Counter(), Counter()]
    for tokens in reference_tokens:
        wanted[0].update(_ngrams(tokens, 1))
        wanted[1].update(_ngrams(tokens, 2))
    grams = [(_ngrams(tokens, 1), _ngrams(tokens, 2)) for tokens in map(rouge_tokens, sentences)]
    chosen: list[int] = []
    have: list[Counter[tuple[str, ...]]] = [Counter(), Counter()]
    best = 0.0
    while limit is None or len(chosen) < limit:
        pick, pick_score = -1, best
        for index, (unigrams, bigrams) in enumerate(grams):
            if index in chosen or not unigrams:
                continue
            score = ngram_f1(have[0] + unigrams, wanted[0]) + ngram_f1(have[1] + bigrams, wanted[1])
            if score > pick_score:
                pick, pick_score = index, score
        if pick < 0:
            break
        chosen.append(pick)
        have[0].update(grams[pick][0])
        have[1].update(grams[pick][1])
        best = pick_score
    return sorted(chosen)
