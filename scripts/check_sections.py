"""Time the `sections` stage and check its output against a saved run.

Run from the repository root (one process, one core):

    python scripts/check_sections.py --save /tmp/sections_before.json
    python scripts/check_sections.py --compare /tmp/sections_before.json

The default pipeline runs on the first `--limit` articles of the validation data; each
article's sections (sentence indices and heading) are saved, or compared with a saved
file. The stage alone is then timed on the articles as they were before it (best of
`--rounds`), and ms per article printed beside the whole pipeline's time in the same run.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsbrief._article import Article
from newsbrief._bench import read_texts
from newsbrief._pipeline import load_pipeline, stage_names
from newsbrief.stages.sections import topic_sections

_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "cnn_dailymail" / "validation.jsonl.gz"


def _sections(article: Article) -> list[list[object]]:
    return [[list(s.sentences), s.heading] for s in article.sections]


def _best(run: object, articles: list[Article], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for article in articles:
            run(article)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=_DATA)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--save", type=Path, help="write each article's sections to this JSON file")
    parser.add_argument("--compare", type=Path, help="report articles whose sections differ from this JSON file")
    args = parser.parse_args()
    texts = read_texts(args.data, args.limit)
    names = stage_names()
    before = load_pipeline([n for n in names if n != "sections"])
    sections = topic_sections()
    prepared = [before(Article(text=t)) for t in texts]
    found = [_sections(sections(a)) for a in prepared]
    if args.save:
        args.save.write_text(json.dumps(found), encoding="utf-8")
        print(f"saved sections of {len(found)} articles to {args.save}")
    if args.compare:
        saved = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = [i for i, (a, b) in enumerate(zip(found, saved)) if a != b]
        if len(saved) != len(found):
            print(f"saved file has {len(saved)} articles, this run {len(found)}")
        for i in differ[:20]:
            print(f"article {i}:\n  before {saved[i]}\n  now    {found[i]}")
        print(f"{len(differ)} of {min(len(found), len(saved))} articles differ")
    whole = load_pipeline(names)
    pipeline_seconds = _best(lambda a: whole(Article(text=a.text)), prepared, args.rounds)
    stage_seconds = _best(sections, prepared, args.rounds)
    per = 1000 / len(prepared)
    print(
        f"{len(prepared)} articles, best of {args.rounds}: sections {stage_seconds * per:.2f} ms/article, "
        f"default pipeline {pipeline_seconds * per:.2f} ms/article ({stage_seconds / pipeline_seconds:.1%})"
    )


if __name__ == "__main__":
    main()
