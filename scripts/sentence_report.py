"""Sentence segmentation report: boundary P/R/F1 on our cases, CoNLL-2003 and CNN/Daily Mail, and speed.

    python scripts/sentence_report.py                 # everything, CoNLL validation split
    python scripts/sentence_report.py --conll train   # develop on the training split
    python scripts/sentence_report.py --only speed

Speed is articles per second for the `segment` stage, against the first, simple
splitter of newsbrief (kept below as the baseline) timed in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from newsbrief import Article
from newsbrief._article import Sentence, Span
from newsbrief.evaluation.sentences import (
    LAYOUTS,
    BoundaryScore,
    case_spans,
    conll_documents,
    load_cases,
    rejoin,
    score_boundaries,
    tokenized_gold,
    units,
)
from newsbrief.evaluation.timing import best_seconds
from newsbrief.stages.segment import segment
from newsbrief.text.sentences import add_trimmed

ROOT = Path(__file__).resolve().parents[1]

# The first splitter of newsbrief, unchanged (its trimming was the same as add_trimmed): the baseline.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])""")
_LOWER_BOUNDARY = re.compile(r"""\s[.!?]+(?:\s+(?:''|"|'))?(?=\s+\S)""")
_SIMPLE_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")


def simple_segment(article: Article) -> Article:
    text = article.text
    paragraphs: list[Span] = []
    cursor = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        add_trimmed(text, cursor, match.start(), paragraphs)
        cursor = match.end()
    add_trimmed(text, cursor, len(text), paragraphs)
    sentences, tokens = [], []
    for number, paragraph in enumerate(paragraphs):
        chunk = text[paragraph.start : paragraph.end]
        pattern = _LOWER_BOUNDARY if chunk == chunk.lower() else _BOUNDARY
        spans: list[Span] = []
        cursor = 0
        for match in pattern.finditer(chunk):
            add_trimmed(text, paragraph.start + cursor, paragraph.start + match.end(), spans)
            cursor = match.end()
        add_trimmed(text, paragraph.start + cursor, paragraph.end, spans)
        for span in spans:
            sentences.append(Sentence(text[span.start : span.end], span.start, span.end, number))
            tokens += [Span(m.start(), m.end()) for m in _SIMPLE_TOKEN.finditer(text, span.start, span.end)]
    return article.replace(paragraphs=tuple(paragraphs), sentences=tuple(sentences), tokens=tuple(tokens))


def _line(name: str, score: BoundaryScore) -> str:
    return (
        f"{name:60} P {score.precision:.4f}  R {score.recall:.4f}  F1 {score.f1:.4f}"
        f"  (gold {score.gold}, predicted {score.predicted}, matched {score.matched})"
    )


def report_cases(path: Path) -> None:
    cases = load_cases(path)
    for name, run in _segmenters():
        for label, chosen in (("all", cases), ("without 'hard'", [c for c in cases if not c.hard])):
            triples = []
            for case in chosen:
                article = run(Article(text=case.text))
                predicted = [Span(s.start, s.end) for s in article.sentences]
                triples.append((case.text, case_spans(case.text, case.sentences), predicted))
            print(_line(f"{name}: cases {label} ({len(chosen)})", score_boundaries(triples)))


def report_conll(path: Path) -> None:
    documents = conll_documents(path)
    for name, run in _segmenters():
        for layout in LAYOUTS:
            triples = []
            for document in documents:
                text, gold = rejoin(document, layout)
                triples.append((text, gold, units(run(Article(text=text)))))
            print(_line(f"{name}: conll {path.stem} {layout} ({len(documents)} docs)", score_boundaries(triples)))


def _cnn_articles(data: Path, count: int) -> list[dict[str, str]]:
    articles = []
    with gzip.open(data / "cnn_dailymail" / "validation.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            articles.append(json.loads(line))
            if len(articles) == count:
                break
    return articles


def report_cnn(data: Path, count: int) -> None:
    records = _cnn_articles(data, count)
    for name, run in _segmenters():
        for source in ("all", "cnn", "dm"):
            chosen = [r for r in records if source in ("all", r["source"])]
            segmented = [(r["article"], run(Article(text=r["article"]))) for r in chosen]
            for joined in (False, True):
                triples = [(text, tokenized_gold(text), units(a, join_datelines=joined)) for text, a in segmented]
                label = f"{name}: cnn_dailymail val {source} ({len(chosen)})" + (", datelines joined" if joined else "")
                print(_line(label, score_boundaries(triples)))


def _segmenters() -> list[tuple[str, Callable[[Article], Article]]]:
    return [("segment", segment()), ("simple", simple_segment)]


def _rate(segmenter: Callable[[Article], Article], texts: Sequence[str], rounds: int) -> float:
    articles = [Article(text=text) for text in texts]
    return len(articles) / best_seconds(segmenter, articles, rounds)


def report_speed(data: Path, count: int, rounds: int) -> None:
    corpora = {
        f"cnn_dailymail val first {count} (lowercased, tokenized)": [r["article"] for r in _cnn_articles(data, count)],
        "polnear train (cased news)": [
            p.read_text(encoding="utf-8") for p in sorted((data / "polnear/train/text").glob("*.txt"))
        ],
    }
    run = segment()
    for name, texts in corpora.items():
        words = sum(len(t.split()) for t in texts) / len(texts)
        new, old = _rate(run, texts, rounds), _rate(simple_segment, texts, rounds)
        print(f"speed {name}: {len(texts)} articles, {words:.0f} words each on average")
        print(f"  segment stage {new:8.0f} articles/s ({1000 / new:.3f} ms each)")
        print(f"  simple splitter {old:6.0f} articles/s ({1000 / old:.3f} ms each); ratio new/simple {new / old:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "data" / "sentence_cases.jsonl")
    parser.add_argument("--conll", choices=("valid", "train"), default="valid")
    parser.add_argument("--articles", type=int, default=1000, help="CNN/Daily Mail validation articles to use")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds; the best is kept")
    parser.add_argument("--only", choices=("cases", "conll", "cnn", "speed"))
    args = parser.parse_args()
    if args.only in (None, "cases"):
        report_cases(args.cases)
    if args.only in (None, "conll"):
        report_conll(args.data / "conll2003" / f"{args.conll}.txt")
    if args.only in (None, "cnn"):
        report_cnn(args.data, args.articles)
    if args.only in (None, "speed"):
        report_speed(args.data, args.articles, args.rounds)


if __name__ == "__main__":
    main()
