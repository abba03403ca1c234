"""Gate: entity linking on CoNLL-2003 valid — the gazetteer pass must not cost entity F1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief.evaluation.linking import evaluate_linking
from newsbrief.evaluation.ner import Score, read_conll
from newsbrief.tagger import load_tagger


@pytest.fixture(scope="module")
def cased(data_dir: Path) -> dict[str, dict[str, Score]]:
    return evaluate_linking(load_tagger(), read_conll(data_dir / "conll2003" / "valid.txt"))


def test_settled_entity_f1(cased: dict[str, dict[str, Score]], floors: dict[str, Any]) -> None:
    assert cased["settled"]["overall"].f1 >= floors["linking"]["settled_f1_cased"]
    assert cased["settled"]["LOC"].f1 >= floors["linking"]["settled_f1_loc"]


def test_the_gazetteer_pass_costs_no_f1(cased: dict[str, dict[str, Score]], floors: dict[str, Any]) -> None:
    gain = cased["settled"]["overall"].f1 - cased["linked"]["overall"].f1
    assert gain >= floors["linking"]["min_gain_over_linked"]
