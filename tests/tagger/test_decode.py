"""Viterbi decoding against brute force, and typed spans from BIO/BILOU tags."""

from __future__ import annotations

import itertools

import numpy as np

from newsbrief.tagger._decode import tag_spans, viterbi, viterbi_batch


def _brute_force(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    def score(path: tuple[int, ...]) -> float:
        total = sum(emissions[i, label] for i, label in enumerate(path))
        return total + sum(transitions[a, b] for a, b in itertools.pairwise(path))

    return list(max(itertools.product(range(emissions.shape[1]), repeat=len(emissions)), key=score))


def test_batched_viterbi_finds_the_best_path_of_every_sentence() -> None:
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(3, 3)).astype(np.float32)
    sentences = [rng.normal(size=(n, 3)).astype(np.float32) for n in (1, 5, 2, 4, 3, 5)]
    assert viterbi_batch(sentences, transitions) == [_brute_force(e, transitions) for e in sentences]
    assert viterbi_batch([np.zeros((0, 3), np.float32), sentences[2]], transitions)[0] == []
    assert viterbi(sentences[1], transitions) == _brute_force(sentences[1], transitions)


def test_transitions_can_overrule_a_token_score() -> None:
    emissions = np.array([[2.0, 0.0], [0.0, 0.1]], dtype=np.float32)
    forbid_switch = np.array([[0.0, -5.0], [-5.0, 0.0]], dtype=np.float32)
    assert viterbi(emissions, forbid_switch) == [0, 0]
    assert viterbi(emissions, np.zeros((2, 2), dtype=np.float32)) == [0, 1]


def test_spans_from_iob2_and_bilou() -> None:
    assert tag_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert tag_spans(["U-ORG", "B-PER", "L-PER", "O"]) == [(0, 1, "ORG"), (1, 3, "PER")]


def test_spans_are_read_as_conlleval_reads_broken_sequences() -> None:
    # An I- after O, or after another type, starts a new entity.
    assert tag_spans(["O", "I-MISC", "I-LOC"]) == [(1, 2, "MISC"), (2, 3, "LOC")]
    assert tag_spans([]) == []
