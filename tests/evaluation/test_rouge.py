"""ROUGE scores and bootstrap intervals on tiny hand-written cases."""

from __future__ import annotations

import numpy as np
import pytest

from newsbrief.evaluation.rouge import bootstrap, rouge, rouge_tokens


def test_identical_candidate_and_reference_score_100() -> None:
    bullets = ["The ferry to Tallin was cancelled.", "Storm winds reached 120 km/h."]
    assert rouge(bullets, bullets) == pytest.approx((100.0, 100.0, 100.0))


def test_disjoint_candidate_and_reference_score_0() -> None:
    assert rouge(["apples grow slowly"], ["trains leave tonight"]) == (0.0, 0.0, 0.0)


def test_partial_overlap_is_between_and_stemming_matches_word_forms() -> None:
    r1, r2, rl = rouge(["the council voted to close the library"], ["council votes on library closing"])
    assert 0 < r1 < 100 and 0 <= r2 < r1 and 0 < rl < 100
    assert rouge_tokens("Closing votes") == rouge_tokens("closed voting")


def test_rouge_lsum_takes_candidate_bullets_as_lines() -> None:
    reference = ["the mayor resigned and a new vote is set"]
    as_bullets = rouge(["a new vote is set", "the mayor resigned and"], reference)[2]
    on_one_line = rouge(["a new vote is set the mayor resigned and"], reference)[2]
    assert as_bullets == pytest.approx(100.0)
    assert on_one_line < as_bullets


def test_bootstrap_is_seeded_and_brackets_the_mean() -> None:
    values = np.column_stack([np.linspace(0, 100, 201), np.full(201, 42.0)])
    first = bootstrap(values, samples=200, seed=7)
    again = bootstrap(values, samples=200, seed=7)
    assert first == again
    assert first[0].low < first[0].mean < first[0].high
    assert first[0].mean == pytest.approx(50.0)
    assert first[1].low == first[1].mean == first[1].high == pytest.approx(42.0)
