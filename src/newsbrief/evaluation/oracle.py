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


def _gain(grams: Counter[tuple[str, ...]], have: Counter[tuple[str, ...]], wanted: Counter[tuple[str, ...]]) -> int:
    """How many more reference n-grams are matched once `grams` join `have` (clipped counts)."""
    gain = 0
    for gram, count in grams.items():
        want = wanted.get(gram, 0)
        if want:
            now = have.get(gram, 0)
            gain += min(now + count, want) - min(now, want)
    return gain


def _f1(overlap: int, found: int, wanted: int) -> float:
    return 2.0 * overlap / (found + wanted) if overlap else 0.0


def greedy_oracle(sentences: Sequence[str], reference: Sequence[str], limit: int | None = None) -> list[int]:
    """Indices (in article order) of the sentences the greedy search picks against the reference bullets."""
    wanted: list[Counter[tuple[str, ...]]] = [Counter(), Counter()]
    for tokens in map(rouge_tokens, reference):
        wanted[0].update(_ngrams(tokens, 1))
        wanted[1].update(_ngrams(tokens, 2))
    totals = [sum(wanted[0].values()), sum(wanted[1].values())]
    all_grams = [(_ngrams(tokens, 1), _ngrams(tokens, 2)) for tokens in map(rouge_tokens, sentences)]
    sizes = [(sum(one.values()), sum(two.values())) for one, two in all_grams]
    # Only n-grams of the reference can raise the overlap; the rest count in `sizes` alone.
    grams = [
        tuple(Counter({g: c for g, c in counts.items() if g in wanted[n]}) for n, counts in enumerate(pair))
        for pair in all_grams
    ]
    chosen: list[int] = []
    have: list[Counter[tuple[str, ...]]] = [Counter(), Counter()]
    overlap, found = [0, 0], [0, 0]
    best = 0.0
    while limit is None or len(chosen) < limit:
        pick, pick_score = -1, best
        for index, pair in enumerate(grams):
            if index in chosen or not sizes[index][0]:
                continue
            score = sum(
                _f1(overlap[n] + _gain(pair[n], have[n], wanted[n]), found[n] + sizes[index][n], totals[n])
                for n in (0, 1)
            )
            if score > pick_score + 1e-12:
                pick, pick_score = index, score
        if pick < 0:
            break
        chosen.append(pick)
        for n in (0, 1):
            overlap[n] += _gain(grams[pick][n], have[n], wanted[n])
            found[n] += sizes[pick][n]
            have[n].update(grams[pick][n])
        best = pick_score
    return sorted(chosen)
