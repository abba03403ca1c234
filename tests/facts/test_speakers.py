"""Speakers as written beside a cue: a title phrase with a name set beside it gives the name."""

from __future__ import annotations

import pytest

from newsbrief._article import Span
from newsbrief.facts._speakers import EntityIndex, speaker_after, speaker_before
from tests.facts.helpers import entities


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
        ("The mayor of Ferris Cove, Ula Brand, said the ferry would run.", "Ula Brand"),
        ("An economist at Tarrow Savings, Nils Ek, said rates would hold.", "Nils Ek"),
    ],
)
def test_the_name_beside_a_title_before_the_cue_is_the_speaker(text: str, name: str) -> None:
    assert _before(text) == name


def test_a_weekday_after_a_title_is_not_a_name() -> None:
    assert _after('"Talks go on," said the mediator, Tuesday.') == "the mediator"


def test_a_title_with_no_name_beside_it_stays_the_speaker() -> None:
    assert _after('"No comment," said the company\'s spokesman.') == "the company's spokesman"
    assert _before("Ada Varga, the port's director, said the cranes were idle.") == "Ada Varga"


def _resolved(text: str, speaker: str, *named: tuple[str, str]) -> str | None:
    found = entities(text, *named)
    start = text.rindex(speaker)
    index = EntityIndex(text, found).resolve(Span(start, start + len(speaker)))
    return found[index].name if index is not None else None


def test_a_plural_title_resolves_to_no_one() -> None:
    text = "Mayor Ula Brand opened the bridge. Later, union leaders said the tolls were too high."
    assert _resolved(text, "leaders", ("Ula Brand", "PER")) is None


def test_a_singular_title_still_resolves_to_the_latest_person() -> None:
    text = "Ula Brand opened the bridge. Later, the mayor said the tolls would fall."
    assert _resolved(text, "the mayor", ("Ula Brand", "PER")) == "Ula Brand"
