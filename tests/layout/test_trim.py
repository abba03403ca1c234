"""Trimming a long highlight from the middle: an opening phrase and an aside before the main verb."""

from __future__ import annotations

from newsbrief.layout._headline import noun_chunks, words_of
from newsbrief.layout._trim import trimmed, word_count


def _trim(text: str, pos: list[str], main: int, limit: int = 8) -> str:
    text, words = words_of(text)
    assert len(words) == len(pos)
    shorter, kept, tags, chunks = trimmed(text, words, pos, noun_chunks(words, pos), main, limit)
    assert [shorter[w.start : w.end] for w in kept] == [w.text for w in kept]  # offsets follow the text
    assert len(kept) == len(tags) == len(chunks)
    return shorter


def test_an_aside_between_the_subject_and_its_verb_goes() -> None:
    text = "The ferry, which carried ninety people, sank near the harbour wall."
    pos = ["DT", "NN", ",", "WDT", "VBD", "CD", "NNS", ",", "VBD", "IN", "DT", "NN", "NN", "."]
    assert _trim(text, pos, main=8) == "The ferry sank near the harbour wall."


def test_an_opening_phrase_goes_and_the_subject_takes_the_capital() -> None:
    text = "With the final a week away, the coach recalled Reed."
    pos = ["IN", "DT", "NN", "DT", "NN", "RB", ",", "DT", "NN", "VBD", "NNP", "."]
    assert _trim(text, pos, main=9) == "The coach recalled Reed."


def test_a_short_highlight_is_left_whole() -> None:
    text = "The ferry, which carried ninety people, sank near the harbour wall."
    pos = ["DT", "NN", ",", "WDT", "VBD", "CD", "NNS", ",", "VBD", "IN", "DT", "NN", "NN", "."]
    assert _trim(text, pos, main=8, limit=20) == text


def test_an_opening_phrase_before_a_pronoun_stays() -> None:
    text = "After a long night of talks in the city hall, they signed the deal."
    pos = ["IN", "DT", "JJ", "NN", "IN", "NNS", "IN", "DT", "NN", "NN", ",", "PRP", "VBD", "DT", "NN", "."]
    assert _trim(text, pos, main=12) == text


def test_an_aside_that_may_have_begun_at_an_earlier_comma_stays() -> None:
    text = "The ship, based in Leeds, Yorkshire, sailed at dawn with forty crew."
    pos = ["DT", "NN", ",", "VBN", "IN", "NNP", ",", "NNP", ",", "VBD", "IN", "NN", "IN", "CD", "NN", "."]
    assert _trim(text, pos, main=9) == text


def test_only_words_that_start_with_a_letter_or_digit_count() -> None:
    _, words = words_of('The mayor , 54 , said " no " .')
    assert word_count(words) == 5
