"""Time the `entities` stage per CNN/DailyMail validation article, and fingerprint its predictions.

Run from the repository root (one process, one core):

    python scripts/bench_entities.py [--articles 200] [--rounds 5] [--save tags.json | --compare tags.json]

Articles are the first `--articles` of CNN/DailyMail validation (lowercased, tokenized text), segmented
once; `segment` is timed in the same run as a yardstick. `--save` writes every entity tag the recogniser
gives on CoNLL-2003 valid (cased and lowercased), and the entities found in those articles and in PolNeAR
dev (cased); `--compare` checks later code against such a file and exits non-zero on a difference.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from newsbrief._article import Article
from newsbrief.evaluation.ner import read_conll
from newsbrief.evaluation.quotes import load_polnear
from newsbrief.evaluation.timing import best_seconds
from newsbrief.stages.entities import entities
from newsbrief.stages.segment import segment
from newsbrief.tagger import load_tagger

_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _articles(path: Path, count: int) -> list[str]:
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["article"])
            if len(texts) == count:
                break
    return texts


def _fingerprint(data: Path, articles: list[Article]) -> dict[str, Any]:
    """Every tag on CoNLL valid (cased, lowercased); every entity on the articles and on cased PolNeAR dev."""
    tagger = load_tagger()
    documents = [[list(s.words) for s in d] for d in read_conll(data / "conll2003" / "valid.txt")]
    lowered = [[[w.lower() for w in s] for s in d] for d in documents]
    cased = [segment()(Article(text=a.text)) for a in load_polnear(data / "polnear" / "dev")]
    run = entities()

    def spans(texts: list[Article]) -> list[Any]:
        return [[[e.name, e.label, [[m.start, m.end] for m in e.mentions]] for e in run(a).entities] for a in texts]

    return {
        "conll_cased": [tagger.entities(d) for d in documents],
        "conll_lower": [tagger.entities(d) for d in lowered],
        "articles": spans(articles),
        "polnear_cased": spans(cased),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=_DATA)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    texts = _articles(args.data / "cnn_dailymail" / "validation.jsonl.gz", args.articles)
    articles = [segment()(Article(text=t)) for t in texts]
    tokens = sum(len(a.tokens) for a in articles)
    run = entities()
    run(articles[0])
    seconds = best_seconds(run, articles, args.rounds)
    baseline = best_seconds(segment(), articles, args.rounds)
    count = len(articles)
    print(f"{count} articles, {tokens / count:.0f} tokens on average; CPU time, best of {args.rounds}:")
    print(f"  entities {1000 * seconds / count:6.2f} ms per article, {tokens / seconds:,.0f} tokens/s")
    print(f"  segment  {1000 * baseline / count:6.2f} ms per article; entities = {seconds / baseline:.2f} x segment")
    if args.save or args.compare:
        found = _fingerprint(args.data, articles)
        if args.save:
            args.save.write_text(json.dumps(found), encoding="utf-8")
            print(f"predictions saved to {args.save}")
        if args.compare:
            wanted = json.loads(args.compare.read_text(encoding="utf-8"))
            for part, expected in wanted.items():
                same = json.loads(json.dumps(found[part])) == expected
                print(f"  {part}: {'identical' if same else 'DIFFERENT'} ({len(expected)} documents)")
                if not same:
                    sys.exit(1)


if __name__ == "__main__":
    main()
