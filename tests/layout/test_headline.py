"""Noun-phrase chunks read off part-of-speech tags, which the headline rules use to find a subject."""

from __future__ import annotations

from newsbrief.layout._headline import noun_chunks, words_of


def _chunks(text: str, pos: list[str]) -> list[str]:
    _, words = words_of(text)
    assert len(words) == len(pos)
    return noun_chunks(words, pos)


def test_a_run_of_nouns_is_one_phrase_and_a_determiner_opens_the_next() -> None:
    pos = ["DT", "JJ", "NN", "VBD", "DT", "NN", "DT", "NNS"]
    assert _chunks("The old mill sold the land those farmers", pos) == [
        "B-NP", "I-NP", "I-NP", "O", "B-NP", "I-NP", "B-NP", "I-NP",
    ]


def test_a_possessive_leads_into_the_phrase_it_owns() -> None:
    pos = ["DT", "NN", "POS", "NN", "VBD"]
    assert _chunks("The mayor 's office closed", pos) == ["B-NP", "I-NP", "I-NP", "I-NP", "O"]


def test_a_capitalised_word_tagged_as_a_verb_inside_a_name_is_part_of_it() -> None:
    pos = ["NNP", "CC", "MD", "NNP", "VBD"]
    assert _chunks("Rose and Will Carter founded", pos) == ["B-NP", "O", "B-NP", "I-NP", "O"]
