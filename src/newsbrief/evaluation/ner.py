"""CoNLL-2003 reading and conlleval-style scores: entity P/R/F1 by type, POS accuracy, chunk F1.

`evaluate_tagger` scores the shipped tagger on CoNLL documents and times its entity recogniser.

An entity (or chunk) counts as correct only when its span and its type both match
the reference exactly, as in the shared task's `conlleval` script.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..tagger._decode import tag_spans
from ..tagger._tagger import Tagger

__all__ = [
    "ConllSentence",
    "Score",
    "TaggerReport",
    "accuracy",
    "evaluate_tagger",
    "read_conll",
    "score_spans",
    "tag_spans",
]


@dataclass(frozen=True, slots=True)
class ConllSentence:
    """One sentence of a CoNLL-2003 file: its words and their three tag columns."""

    words: tuple[str, ...]
    pos: tuple[str, ...]
    chunks: tuple[str, ...]
    entities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 (percentages) over `gold` reference and `found` predicted items."""

    precision: float
    recall: float
    f1: float
    gold: int
    found: int

    @classmethod
    def of(cls, correct: int, gold: int, found: int) -> Score:
        precision = 100.0 * correct / found if found else 0.0
        recall = 100.0 * correct / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1, gold, found)


def read_conll(path: str | Path) -> list[list[ConllSentence]]:
    """Documents (split at `-DOCSTART-`) of sentences from a four-column CoNLL-2003 file."""
    documents: list[list[ConllSentence]] = [[]]
    rows: list[list[str]] = []

    def close_sentence() -> None:
        if rows:
            words, pos, chunks, entities = zip(*rows)
            documents[-1].append(ConllSentence(words, pos, chunks, entities))
            rows.clear()

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            close_sentence()
            if documents[-1]:
                documents.append([])
        elif not line.strip():
            close_sentence()
        else:
            rows.append(line.split()[:4])
    close_sentence()
    return [document for document in documents if document]


def score_spans(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Exact span-and-type scores per type and `"overall"`, over parallel tag sequences."""
    correct: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    found_count: Counter[str] = Counter()
    for reference, guess in zip(gold, predicted, strict=True):
        wanted = set(tag_spans(reference))
        got = set(tag_spans(guess))
        for spans, counter in ((wanted, gold_count), (got, found_count), (wanted & got, correct)):
            for *_, kind in spans:
                counter[kind] += 1
                counter["overall"] += 1
    kinds = sorted(set(gold_count) | set(found_count), key=lambda k: (k == "overall", k))
    return {k: Score.of(correct[k], gold_count[k], found_count[k]) for k in kinds}


def accuracy(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> float:
    """Per-token accuracy (percentage) over parallel tag sequences."""
    right = total = 0
    for reference, guess in zip(gold, predicted, strict=True):
        right += sum(a == b for a, b in zip(reference, guess, strict=True))
        total += len(reference)
    return 100.0 * right / total if total else 0.0


@dataclass(frozen=True, slots=True)
class TaggerReport:
    """The tagger on CoNLL documents: entity scores, POS accuracy, chunk F1, entity tokens per second."""

    entities: dict[str, Score]
    pos_accuracy: float
    chunk_f1: float
    tokens: int
    tokens_per_second: float


def evaluate_tagger(
    tagger: Tagger, documents: Sequence[Sequence[ConllSentence]], *, lowercase: bool = False
) -> TaggerReport:
    """Score `tagger` on CoNLL documents (lowercased first when `lowercase`), one document at a time."""
    texts = [[[w.lower() for w in s.words] if lowercase else list(s.words) for s in d] for d in documents]
    started = time.process_time()
    found = [tags for document in texts for tags in tagger.entities(document)]
    seconds = time.process_time() - started
    pos: list[list[str]] = []
    chunks: list[list[str]] = []
    for document in texts:
        document_pos, document_chunks = tagger.tags(document)
        pos.extend(document_pos)
        chunks.extend(document_chunks)
    sentences = [s for d in documents for s in d]
    tokens = sum(len(s.words) for s in sentences)
    return TaggerReport(
        entities=score_spans([s.entities for s in sentences], found),
        pos_accuracy=accuracy([s.pos for s in sentences], pos),
        chunk_f1=score_spans([s.chunks for s in sentences], chunks)["overall"].f1,
        tokens=tokens,
        tokens_per_second=tokens / seconds if seconds else 0.0,
    )
