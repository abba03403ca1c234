"""Shortening highlights: only parentheses and trailing attributions go, and what is left is the source's words."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsbrief.stages._shorten import kept_parts, trailing_attribution


def joined(sentence: str) -> str:
    parts = kept_parts(sentence)
    assert parts is not None
    return "".join(sentence[start:end] for start, end in parts)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Crews pulled 17 people from cars on the coast road, police said Thursday.",
         "Crews pulled 17 people from cars on the coast road."),
        ("the vote on the new harbour wall was put off until march , according to two councillors .",
         "the vote on the new harbour wall was put off until march."),
        ("The mayor (right) met the bishop (left) at the old town hall on Friday.",
         "The mayor met the bishop at the old town hall on Friday."),
        ("the keeper ( pictured ) saved two penalties in the shoot - out , his coach told reporters .",
         "the keeper saved two penalties in the shoot - out."),
    ],
)  # fmt: skip
def test_parentheses_and_trailing_attributions_are_dropped(sentence: str, expected: str) -> None:
    assert joined(sentence) == expected


def test_every_kept_part_is_text_of_the_sentence_in_order() -> None:
    sentence = "The ferry (a 40-year-old vessel) ran aground near Merrow on Tuesday, officials said."
    parts = kept_parts(sentence)
    assert parts is not None
    assert all(0 <= a < b <= len(sentence) for a, b in parts)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(parts))


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are ready for the storm," the harbour master said.',  # the attribution belongs to the quote
        "It sank, police said.",  # too little would be left
        "Officials said the bridge, which was shut, would reopen.",  # attribution is not trailing
        "NEW DELHI (CNN) Thousands gathered outside the court on Friday morning.",  # a dateline stays
        "The small girl next door, aged two, sits on a sofa to be told she will have a brother.",  # passive
        "' we were on the quay all night , waiting for the ferry , ' the pilot said .",  # tokenized quote marks
    ],
)
def test_sentences_that_must_stay_whole(sentence: str) -> None:
    assert kept_parts(sentence) is None


def test_a_cut_never_leaves_a_dangling_word() -> None:
    assert trailing_attribution("Rescuers reached the village after dark and, the army said.") is None


def test_one_lone_mark_is_a_possessive_not_a_quote() -> None:
    sentence = "the dockers ' union walked out over pay and night shifts last week , officials said ."
    assert kept_parts(sentence) is not None
