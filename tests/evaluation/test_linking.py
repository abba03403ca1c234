"""Linking scored on CoNLL-style documents: mentions take their entity's type."""

from __future__ import annotations

from newsbrief.evaluation.linking import relabelled


def test_a_city_after_to_is_relabelled_a_place_only_when_settling() -> None:
    document = [["Trains", "to", "Lyon", "were", "late", "."], ["Upstream", ",", "a", "bridge", "fell", "."]]
    tags = [["O", "O", "U-ORG", "O", "O", "O"], ["U-LOC", "O", "O", "O", "O", "O"]]
    settled = relabelled(document, tags, settle=True, lowercased=False)
    assert settled == [["O", "O", "U-LOC", "O", "O", "O"], ["O"] * 6]
    assert relabelled(document, tags, settle=False, lowercased=False) == tags


def test_a_long_mention_keeps_its_span() -> None:
    document = [["Anna", "Maria", "Holm", "spoke", "."]]
    tags = [["B-PER", "I-PER", "L-PER", "O", "O"]]
    assert relabelled(document, tags, settle=True, lowercased=False) == tags
