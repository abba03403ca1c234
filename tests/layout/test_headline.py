"""Noun-phrase chunks read off part-of-speech tags, which the headline rules use to find a subject."""

from __future__ import annotations

from newsbrief.layout._headline import _PAST_TIME, _dated_in_past, noun_chunks, words_of


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


def test_a_text_dates_itself_to_the_past_as_the_pattern_says_with_or_without_its_key_words() -> None:
    phrases = [
        "won the cup in 2013", "the mill closed in 1987", "moved there three years ago", "spoke yesterday",
        "scored twice last season", "earlier this month the board met", "has happened in the past",
        "was mayor at the time", "had previously denied it", "formerly ran the port", "born in a village",
        "recently opened", "earlier in the week", "signed in March 2016", "the 2010 final", "the ferry sails on Friday",
        "a new bridge opens", "Borne by the tide", "LAST ORDERS", "the ferry sails 2 hours late",
        "\u00e9t\u00e9 dernier, le port a ferm\u00e9 years ago", "at one point dropped him", "the then mayor",
        "at the start of the season", "at the END OF MAY", "in the past five years", "within three years",
    ]
    for phrase in phrases:
        assert _dated_in_past(phrase) == bool(_PAST_TIME.search(phrase)), phrase
    assert not _dated_in_past("the ferry sails on Friday")
    assert _dated_in_past("LAST SEASON they lost")
