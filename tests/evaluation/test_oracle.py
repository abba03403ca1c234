"""The greedy oracle on constructed articles."""

from __future__ import annotations

from newsbrief.evaluation.oracle import greedy_oracle
from newsbrief.evaluation.rouge import rouge

SENTENCES = [
    "The town fair opened on Saturday with a parade.",
    "Organisers said the weather had been kind.",
    "A rare blue tractor won the prize for best machine.",
    "Its owner, a retired teacher, restored it over ten winters.",
    "Tickets cost five pounds.",
]
REFERENCE = ["Rare blue tractor wins best machine prize", "Retired teacher restored it over ten winters"]


def test_oracle_finds_the_sentences_that_match_the_reference() -> None:
    assert greedy_oracle(SENTENCES, REFERENCE) == [2, 3]


def test_oracle_scores_at_least_lead_on_a_constructed_case() -> None:
    chosen = greedy_oracle(SENTENCES, REFERENCE)
    oracle_r1 = rouge([SENTENCES[i] for i in chosen], REFERENCE)[0]
    lead_r1 = rouge(SENTENCES[:3], REFERENCE)[0]
    assert oracle_r1 > lead_r1


def test_oracle_stops_when_nothing_matches_and_respects_a_limit() -> None:
    assert greedy_oracle(SENTENCES, ["quantum entanglement experiments"]) == []
    assert len(greedy_oracle(SENTENCES, REFERENCE, limit=1)) == 1
