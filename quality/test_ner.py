"""Gate: the tagger on CoNLL-2003 valid — entity F1 (cased and lowercased), POS accuracy, chunk F1, speed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief.evaluation.ner import TaggerReport, evaluate_tagger, read_conll
from newsbrief.tagger import load_tagger


@pytest.fixture(scope="module")
def reports(data_dir: Path) -> dict[str, TaggerReport]:
    documents = read_conll(data_dir / "conll2003" / "valid.txt")
    tagger = load_tagger()
    return {
        "cased": evaluate_tagger(tagger, documents),
        "lower": evaluate_tagger(tagger, documents, lowercase=True),
    }


def test_entity_f1_cased(reports: dict[str, TaggerReport], floors: dict[str, Any]) -> None:
    assert reports["cased"].entities["overall"].f1 >= floors["ner"]["entity_f1_cased"]


def test_entity_f1_lowercased(reports: dict[str, TaggerReport], floors: dict[str, Any]) -> None:
    assert reports["lower"].entities["overall"].f1 >= floors["ner"]["entity_f1_lower"]


def test_entity_f1_of_each_type(reports: dict[str, TaggerReport], floors: dict[str, Any]) -> None:
    for kind in ("PER", "ORG", "LOC", "MISC"):
        assert reports["cased"].entities[kind].f1 >= floors["ner"][f"entity_f1_{kind.lower()}"], kind


def test_pos_accuracy_and_chunk_f1(reports: dict[str, TaggerReport], floors: dict[str, Any]) -> None:
    assert reports["cased"].pos_accuracy >= floors["ner"]["pos_accuracy"]
    assert reports["cased"].chunk_f1 >= floors["ner"]["chunk_f1"]
    assert reports["lower"].pos_accuracy >= floors["ner"]["pos_accuracy_lower"]


def test_recogniser_speed(reports: dict[str, TaggerReport], floors: dict[str, Any]) -> None:
    # CPU time of this process, so other work on the machine matters less; the floor is set well below measured.
    assert reports["cased"].tokens_per_second >= floors["ner"]["tokens_per_second"]
