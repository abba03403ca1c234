"""CoNLL reading and conlleval-style scoring on small hand-made examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.evaluation.ner import accuracy, read_conll, score_spans

SAMPLE = """-DOCSTART- -X- -X- O

Vela NNP B-NP B-PER
Ostrom NNP I-NP I-PER
visited VBD B-VP O
Kestrel NNP B-NP B-LOC
. . O O

She PRP B-NP O
left VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

Dunmore NNP B-NP B-ORG
won VBD B-VP O
"""


def test_documents_and_sentences_are_read_with_their_columns(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    documents = read_conll(path)
    assert [len(d) for d in documents] == [2, 1]
    first = documents[0][0]
    assert first.words == ("Vela", "Ostrom", "visited", "Kestrel", ".")
    assert first.pos[2] == "VBD" and first.chunks[1] == "I-NP" and first.entities[1] == "I-PER"


def test_an_entity_counts_only_with_exact_span_and_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O"]]
    guess = [["B-PER", "O", "O", "B-LOC", "O"]]  # person cut short, place right
    scores = score_spans(gold, guess)
    assert scores["LOC"].f1 == pytest.approx(100.0)
    assert scores["PER"].f1 == 0.0
    overall = scores["overall"]
    assert (overall.precision, overall.recall) == pytest.approx((50.0, 50.0))
    assert (overall.gold, overall.found) == (2, 2)


def test_wrong_type_is_a_miss_and_a_false_alarm() -> None:
    scores = score_spans([["B-ORG"]], [["B-LOC"]])
    assert scores["ORG"].recall == 0.0 and scores["LOC"].precision == 0.0
    assert scores["overall"].f1 == 0.0


def test_accuracy_is_per_token() -> None:
    assert accuracy([["DT", "NN"], ["VBD"]], [["DT", "NNS"], ["VBD"]]) == pytest.approx(200 / 3)
    with pytest.raises(ValueError):
        accuracy([["DT"]], [["DT", "NN"]])
