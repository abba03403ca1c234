"""Time the fact stages (places, quotes, dates) per 700-word article, against `segment` in the same run.

Run from the repository root (one process, one core):

    python scripts/bench_facts.py [--data ../shared/data/polnear/dev] [--rounds 3]

Articles are PolNeAR's cased news texts; entities come from the capitalised-name stand-in of the
quote evaluation (names the gazetteer knows labelled LOC), as no recogniser is in the pipeline yet.
Times are scaled to 700 words; the gazetteer's one-off load is reported apart.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsbrief._article import Article, Meta
from newsbrief.evaluation._standin import capitalised_entities
from newsbrief.evaluation.quotes import load_polnear
from newsbrief.geo import load_gazetteer
from newsbrief.stages.dates import dates
from newsbrief.stages.places import places
from newsbrief.stages.quotes import quotes
from newsbrief.stages.segment import segment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"
    )
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer load: {1000 * (time.perf_counter() - started):.0f} ms (once per process)")
    texts = [a.text for a in load_polnear(args.data)]
    words = sum(len(t.split()) for t in texts)
    stages = {"segment": segment(), "places": places(), "quotes": quotes(), "dates": dates()}
    articles = [
        segment()(Article(text=t, meta=Meta(published="2016-10-01"), entities=capitalised_entities(t, True)))
        for t in texts
    ]
    best = {name: float("inf") for name in stages}
    for _ in range(args.rounds):
        for name, run in stages.items():
            started = time.perf_counter()
            for article in articles:
                run(article)
            best[name] = min(best[name], time.perf_counter() - started)
    scale = 700 / words * 1000
    print(
        f"{len(texts)} articles, {words / len(texts):.0f} words on average; ms per 700 words (best of {args.rounds}):"
    )
    for name, seconds in best.items():
        print(f"  {name:8s} {seconds * scale:6.2f} ms   ({seconds / best['segment']:.2f} x segment)")
    facts = sum(best[n] for n in ("places", "quotes", "dates")) * scale
    print(f"  places+quotes+dates {facts:.2f} ms per 700-word article")


if __name__ == "__main__":
    main()
