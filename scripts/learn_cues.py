"""Learn the cue-word table of the quotes stage from PolNeAR's training annotations.

Run from the repository root:

    python scripts/learn_cues.py [--data ../shared/data/polnear/train]

For every word, counts how many annotated Cue spans hold it and how often it occurs in the
articles at all; words that are cues often enough are written to `src/newsbrief/facts/cues.tsv`
(word, cue count, occurrences). Only these numbers ship, never the articles' text.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from newsbrief.evaluation.quotes import load_polnear

OUT = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "facts" / "cues.tsv"
MIN_CUES = 8
MIN_SHARE = 0.15
# Words that sit inside cue spans ("has said", "said in a statement") but do not make one.
STOP = {
    "a",
    "an",
    "the",
    "to",
    "in",
    "on",
    "of",
    "for",
    "that",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "would",
    "will",
    "also",
    "not",
    "it",
    "he",
    "she",
    "they",
    "and",
    "as",
    "with",
    "statement",
    "interview",
    "by",
    "at",
    "this",
    "his",
    "her",
    "their",
    "did",
    "do",
    "does",
    "could",
    "can",
    "should",
    "may",
    "might",
    "who",
    "which",
    "later",
    "still",
    "then",
    "us",
    "we",
    "you",
    "i",
    "me",
    "him",
    "them",
    "so",
    "about",
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def learn(folder: Path) -> list[tuple[str, int, int]]:
    cues: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for article in load_polnear(folder):
        lowered = article.text.lower()
        seen.update(_WORD.findall(lowered))
        for attribution in article.attributions:
            words = {w for span in attribution.cue for w in _WORD.findall(lowered[span.start : span.end])}
            cues.update(words - STOP)
    rows = [(w, n, seen[w]) for w, n in cues.items() if n >= MIN_CUES and seen[w] and n / seen[w] >= MIN_SHARE]
    return sorted(rows, key=lambda row: (-row[1] / row[2], row[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = learn(args.data)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write("# word\tcue_count\toccurrences  (learned from PolNeAR train by scripts/learn_cues.py)\n")
        handle.writelines(f"{w}\t{n}\t{total}\n" for w, n, total in rows)
    print(f"{len(rows)} cue words -> {args.out}")


if __name__ == "__main__":
    main()
