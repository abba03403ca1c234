"""Speakers as written beside a cue: a title phrase with a name set beside it gives the name."""

from __future__ import annotations

import pytest

from newsbrief.facts._speakers import speaker_after, speaker_before


def _after(text: str, cue: str = "said") -> str | None:
    end = text.index(cue) + len(cue)
    found = speaker_after(text, end, len(text))
    return text[found.start : found.end] if found else None


def _before(text: str, cue: str = "said") -> str | None:
    found = speaker_before(text, text.index(cue), 0)
    return text[found.start : found.end] if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The yard is full," said the dockers\' union\'s chief organiser, Pia Lund, at the gate.', "Pia Lund"),
        ('"We will rebuild," said the bakery\'s owner Sam Orr.', "Sam Orr"),
        ('"It rained for days," said a retired fisherman, Olle Brask, who lives by the pier.', "Olle Brask"),
        ('"Prices will fall," said Fenwick\'s head of research, Ines Carr, on Friday.', "Ines Carr"),
    ],
)
def test_the_name_beside_a_title_after_the_cue_is_the_speaker(text: str, name: str) -> None:
    assert _after(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The council's deputy leader, Rob Tamm, said the road would close.", "Rob Tamm"),
        ("Its managing director, Eva Stroud, later said the plant was safe.", "Eva Stroud"),
    ],
)
def test_the_name_beside_a_title_before_the_cue_is_the_speaker(text: str, name: str) -> None:
    assert _before(text) == name


def test_a_weekday_after_a_title_is_not_a_name() -> None:
    assert _after('"Talks go on," said the mediator, Tuesday.') == "the mediator"


def test_a_title_with_no_name_beside_it_stays_the_speaker() -> None:
    assert _after('"No comment," said the company\'s spokesman.') == "the company's spokesman"
    assert _before("Ada Varga, the port's director, said the cranes were idle.") == "Ada Varga"
