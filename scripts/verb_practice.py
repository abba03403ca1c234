"""What the published highlights do with the verb groups of the sentences they copy.

    python scripts/verb_practice.py                 # the first 30,000 training articles
    python scripts/verb_practice.py --articles 5000

For each published highlight of ../shared/data/cnn_dailymail/train.jsonl.gz, the
article sentence sharing the most of its words is taken as its source when it
holds at least 70% of them. The two are aligned word by word (difflib), and for
every auxiliary of the source ("was", "has", "had", ...) whose following verb the
highlight copies, the script counts whether the highlight keeps the auxiliary,
changes it, or merges the pair into one word ("has won" -> "wins"). This is the
evidence behind the headline stage's choice to keep a present perfect.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cnn_dailymail" / "train.jsonl.gz"
SHARE = 0.7
_SENTENCE_END = re.compile(r"(?<= [.!?]) ")
_IRREGULAR = frozenset(
    "been born done gone seen taken given made found held known shown told sold left lost won hit put set cut shot "
    "caught brought bought thought fought sent spent built kept felt meant paid laid said heard stood struck hung "
    "beaten broken chosen driven fallen forgotten hidden spoken stolen sworn torn worn written begun run come "
    "become drawn grown flown thrown shaken led fed fled read met quit shed spread bound dealt".split()
)
_AUXILIARIES = {"was": "be", "were": "be", "has": "perfect", "have": "perfect", "had": "past perfect"}


def _kind(auxiliary: str, following: str) -> str:
    kind = _AUXILIARIES[auxiliary]
    if following == "been":
        return kind + " + been"
    if kind == "be":
        return "be + participle" if following.endswith("ed") or following in _IRREGULAR else "be + other"
    return kind


def _pairs(path: Path, articles: int) -> Iterator[tuple[list[str], list[str]]]:
    """(source sentence, highlight) word lists for highlights copied from one sentence."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= articles:
                return
            record = json.loads(line)
            sentences = [s.split() for s in _SENTENCE_END.split(record["article"]) if s.strip()]
            for highlight in record["highlights"].split("\n"):
                words = highlight.split()
                if len(words) < 5 or not sentences:
                    continue
                unique = set(words)
                source = max(sentences, key=lambda s: len(unique & set(s)))
                if len(unique & set(source)) >= SHARE * len(unique):
                    yield source, words


def _aligned(source: list[str], highlight: list[str]) -> dict[int, tuple[str, list[str]]]:
    """Each source word's fate: the opcode that covers it and the highlight words it became."""
    fate: dict[int, tuple[str, list[str]]] = {}
    matcher = difflib.SequenceMatcher(a=source, b=highlight, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        for k in range(a0, a1):
            fate[k] = (tag, [highlight[b0 + k - a0]] if tag == "equal" else highlight[b0:b1])
    return fate


def practice(path: Path, articles: int) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for source, highlight in _pairs(path, articles):
        fate = _aligned(source, highlight)
        for k, word in enumerate(source[:-1]):
            if word not in _AUXILIARIES or k not in fate or k + 1 not in fate:
                continue
            following = source[k + 1]
            (tag, became), (next_tag, next_became) = fate[k], fate[k + 1]
            kind = _kind(word, following)
            if next_tag == "equal":
                counts[kind]["keeps the auxiliary" if tag == "equal" else "drops or changes the auxiliary"] += 1
            elif tag == next_tag == "replace" and len(became) == 1:
                one = became[0]
                form = (
                    "-s form" if one.endswith("s")
                    else "-ed form" if one.endswith("ed")
                    else "base form" if following.startswith(one[:-1] if one.endswith("e") else one)
                    else "other word"
                )
                counts[kind][f"merges them into one word ({form})"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=30_000, help="training articles to read (default 30,000)")
    parser.add_argument("--data", type=Path, default=TRAIN, help="the training file (JSON Lines, gzip)")
    options = parser.parse_args()
    for kind, outcomes in sorted(practice(options.data, options.articles).items()):
        total = sum(outcomes.values())
        print(f"{kind}: {total} copied")
        for outcome, count in outcomes.most_common():
            print(f"  {count:6d}  {100 * count / total:5.1f}%  {outcome}")


if __name__ == "__main__":
    main()
