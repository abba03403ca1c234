"""Sentence boundaries of the segment stage beside those of sentence-splitting libraries.

    pip install pysbd blingfire syntok     # not dependencies of newsbrief; only this comparison needs them
    python scripts/compare_sentence_libraries.py

Each system is scored on its sentences alone (no boilerplate or headings), on the
hand-written cases and CoNLL-2003 validation, and timed (CPU time) on PolNeAR texts.
Libraries are given one line of text at a time, as the stage reads paragraphs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import blingfire
import pysbd
from syntok import segmenter

from newsbrief import Article
from newsbrief._article import Span
from newsbrief.evaluation.sentences import case_spans, conll_documents, load_cases, rejoin, score_boundaries
from newsbrief.stages.segment import segment

ROOT = Path(__file__).resolve().parents[1]
Splitter = Callable[[str], list[Span]]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for line in text.split("\n"):
        if line.strip():
            yield position, line
        position += len(line) + 1


def _trimmed(offset: int, line: str, start: int, end: int) -> Span | None:
    piece = line[start:end]
    left, right = len(piece) - len(piece.lstrip()), len(piece.rstrip())
    return Span(offset + start + left, offset + start + right) if right > left else None


def splitters() -> dict[str, Splitter]:
    run = segment()
    sbd = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def ours(text: str) -> list[Span]:
        return [Span(s.start, s.end) for s in run(Article(text=text)).sentences]

    def with_pysbd(text: str) -> list[Span]:
        spans = (_trimmed(at, line, s.start, s.end) for at, line in _lines(text) for s in sbd.segment(line))
        return [span for span in spans if span]

    def with_blingfire(text: str) -> list[Span]:
        spans = []
        for at, line in _lines(text):
            spans += [Span(at + a, at + b) for a, b in blingfire.text_to_sentences_and_offsets(line)[1]]
        return spans

    def with_syntok(text: str) -> list[Span]:
        spans = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                tokens = list(sentence)
                spans.append(Span(tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
        return spans

    return {"segment": ours, "pysbd": with_pysbd, "blingfire": with_blingfire, "syntok": with_syntok}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--texts", type=int, default=200, help="PolNeAR texts to time")
    args = parser.parse_args()
    cases = load_cases(ROOT / "tests" / "data" / "sentence_cases.jsonl")
    documents = conll_documents(args.data / "conll2003" / "valid.txt")
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.data / "polnear/train/text").glob("*.txt"))]
    texts = texts[: args.texts]
    for name, split in splitters().items():
        scores = [score_boundaries((c.text, case_spans(c.text, c.sentences), split(c.text)) for c in cases).f1]
        for layout in ("spaces", "lines"):
            joined = [rejoin(document, layout) for document in documents]
            scores.append(score_boundaries((text, gold, split(text)) for text, gold in joined).f1)
        began = time.process_time()
        for text in texts:
            split(text)
        per_text = (time.process_time() - began) / len(texts) * 1000
        print(
            f"{name:10} cases F1 {scores[0]:.4f}  conll valid spaces F1 {scores[1]:.4f}"
            f"  lines F1 {scores[2]:.4f}  {per_text:.2f} ms per PolNeAR text"
        )


if __name__ == "__main__":
    main()
