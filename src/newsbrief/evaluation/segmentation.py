"""Pk and WindowDiff of the topic segmentation, beside two baselines measured in the same run.

    python -m newsbrief.evaluation.segmentation ../shared/data/cnn_dailymail/validation.jsonl.gz

Documents are the opening 3-8 sentences of 3-8 different articles (see `_documents`),
drawn with a fixed seed. Both measures count, over windows of k sentences (k is half
the mean true segment length, per document), how often the segmentation disagrees with
the truth; lower is better. Baselines: no boundaries at all, and boundaries evenly
spaced with the true number of segments.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._article import Article, Sentence
from ..errors import InputError, NewsbriefError, UsageError, error
from ..layout.segmentation import SegmentOptions, article_topic_starts
from ._documents import data_sentences, synthetic_document

__all__ = ["SegmentationScore", "evaluate_segmentation", "pk", "window_diff"]

Segmenter = Callable[[list[str], list[int]], Sequence[int]]


@dataclass(frozen=True, slots=True)
class SegmentationScore:
    """Mean Pk and WindowDiff of one segmenter over the documents."""

    name: str
    pk: float
    window_diff: float
    boundaries: float


def _window(truth: Sequence[int], size: int) -> int:
    lengths = [b - a for a, b in zip([0, *truth], [*truth, size])]
    return max(1, round(sum(lengths) / len(lengths) / 2))


def _labels(starts: Sequence[int], size: int) -> list[int]:
    labels, segment, opens = [], 0, set(starts)
    for index in range(size):
        segment += index in opens and index > 0
        labels.append(segment)
    return labels


def pk(truth: Sequence[int], guess: Sequence[int], size: int, k: int | None = None) -> float:
    """Beeferman's Pk: how often two sentences k apart are wrongly put together or apart."""
    k = _window(truth, size) if k is None else k
    if size <= k:
        return 0.0
    ref, hyp = _labels(truth, size), _labels(guess, size)
    misses = sum((ref[i] == ref[i + k]) != (hyp[i] == hyp[i + k]) for i in range(size - k))
    return misses / (size - k)


def window_diff(truth: Sequence[int], guess: Sequence[int], size: int, k: int | None = None) -> float:
    """Pevzner and Hearst's WindowDiff: how often a window of k sentences holds a wrong number of boundaries."""
    k = _window(truth, size) if k is None else k
    if size <= k:
        return 0.0
    ref, hyp = _labels(truth, size), _labels(guess, size)
    misses = sum((ref[i + k] - ref[i]) != (hyp[i + k] - hyp[i]) for i in range(size - k))
    return misses / (size - k)


def document_article(sentences: Sequence[str]) -> Article:
    """An article of one paragraph whose sentences are exactly `sentences`."""
    spans, cursor = [], 0
    for text in sentences:
        spans.append(Sentence(text, cursor, cursor + len(text), 0))
        cursor += len(text) + 1
    return Article(text=" ".join(sentences), sentences=tuple(spans))


def _newsbrief(options: SegmentOptions) -> Segmenter:
    return lambda sentences, truth: article_topic_starts(document_article(sentences), options)


def _evenly(sentences: list[str], truth: list[int]) -> list[int]:
    count = len(truth) + 1
    return [round(i * len(sentences) / count) for i in range(1, count)]


def read_pool(path: Path, limit: int | None = None) -> list[list[str]]:
    """The sentences of each article of a data file (articles of fewer than 3 sentences are skipped)."""
    if not path.is_file():
        raise error(InputError, "E006", path=path)
    pool: list[list[str]] = []
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                text = json.loads(line)["article"]
            except (ValueError, KeyError, TypeError):
                raise error(InputError, "E140", path=path, line=number) from None
            sentences = data_sentences(text)
            if len(sentences) >= 3:
                pool.append(sentences)
            if limit is not None and len(pool) >= limit:
                break
    if len(pool) < 8:
        raise error(InputError, "E141", path=path, found=len(pool))
    return pool


def evaluate_segmentation(
    pool: Sequence[Sequence[str]], *, documents: int = 300, seed: int = 0, options: SegmentOptions = SegmentOptions()
) -> list[SegmentationScore]:
    """newsbrief's segmentation and the two baselines, on the same `documents` synthetic documents."""
    if documents < 1:
        raise error(UsageError, "E033", option="documents", expected="a positive number", value=documents)
    rng = random.Random(seed)
    built = [synthetic_document(pool, rng) for _ in range(documents)]
    segmenters: dict[str, Segmenter] = {
        "newsbrief": _newsbrief(options),
        "no boundaries": lambda sentences, truth: [],
        "evenly spaced": _evenly,
    }
    scores = []
    for name, segmenter in segmenters.items():
        pks, wds, counts = [], [], []
        for sentences, truth in built:
            guess = list(segmenter(sentences, truth))
            pks.append(pk(truth, guess, len(sentences)))
            wds.append(window_diff(truth, guess, len(sentences)))
            counts.append(len(guess))
        scores.append(SegmentationScore(name, sum(pks) / documents, sum(wds) / documents, sum(counts) / documents))
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsbrief.evaluation.segmentation", description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="JSON Lines (.jsonl or .jsonl.gz) of articles, e.g. the validation split")
    parser.add_argument("--documents", type=int, default=300, help="synthetic documents to build (300)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the document draw (0)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    try:
        scores = evaluate_segmentation(read_pool(args.data), documents=args.documents, seed=args.seed)
    except NewsbriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    if args.json:
        print(json.dumps([{"name": s.name, "pk": s.pk, "window_diff": s.window_diff, "boundaries": s.boundaries} for s in scores]))
    else:
        print(f"{args.documents} documents, seed {args.seed}")
        print(f"{'segmenter':<16}{'Pk':>8}{'WindowDiff':>12}{'boundaries':>12}")
        for s in scores:
            print(f"{s.name:<16}{s.pk:>8.3f}{s.window_diff:>12.3f}{s.boundaries:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
