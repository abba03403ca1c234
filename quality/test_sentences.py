"""Gate: sentence-boundary F1 on our hand-written cases and on CoNLL-2003 validation documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief import Article
from newsbrief._article import Span
from newsbrief.evaluation.sentences import (
    LAYOUTS,
    case_spans,
    conll_documents,
    load_cases,
    rejoin,
    score_boundaries,
    units,
)
from newsbrief.stages.segment import segment

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "sentence_cases.jsonl"


def test_hand_written_cases(floors: dict[str, Any]) -> None:
    run = segment()
    triples = []
    for case in load_cases(CASES):
        predicted = [Span(s.start, s.end) for s in run(Article(text=case.text)).sentences]
        triples.append((case.text, case_spans(case.text, case.sentences), predicted))
    score = score_boundaries(triples)
    assert score.f1 >= floors["sentences"]["cases_f1"], score


@pytest.mark.parametrize("layout", LAYOUTS)
def test_conll_validation_documents(layout: str, data_dir: Path, floors: dict[str, Any]) -> None:
    run = segment()
    triples = []
    for document in conll_documents(data_dir / "conll2003" / "valid.txt"):
        text, gold = rejoin(document, layout)
        triples.append((text, gold, units(run(Article(text=text)))))
    score = score_boundaries(triples)
    assert score.f1 >= floors["sentences"][f"conll_valid_{layout}_f1"], score
