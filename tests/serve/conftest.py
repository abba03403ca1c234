"""Fixtures of the service's tests: a made-up story, a brief of it with facts set by hand, an app on a temp store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import newsbrief
from newsbrief import Brief
from newsbrief._article import DateMention, Entity, Place, Quote, Section, Span
from newsbrief.serve import ServeSettings, create_app

STORY = (
    "A storm swept across the coast of Norland on Monday night, flooding the harbour towns of Eastport and "
    "Kellby and cutting power to more than 40,000 homes.\n\n"
    "Rescue crews from the Norland Coast Guard pulled 17 people from cars trapped on the coast road. "
    "No deaths were reported by Tuesday morning.\n\n"
    "\u201cWe have never seen the water this high in the old town,\u201d said Mayor Ingrid Salo of Eastport, "
    "who ordered the schools closed until Thursday.\n\n"
    "The grid operator Nordnett said most homes would have power again by Wednesday. "
    "Engineers were flown in from Bergen to help.\n\n"
    "Forecasters in Oslo expect calmer weather by the weekend. "
    "The government has promised emergency funds, Prime Minister Erna Vik told parliament."
)

# Where the hand-set places are (Eastport and Kellby are made up; Bergen and Oslo are not).
COORDINATES = {"Eastport": (62.47, 6.15), "Kellby": (63.10, 7.73), "Bergen": (60.39, 5.32), "Oslo": (59.91, 10.75)}
PEOPLE = ("Ingrid Salo", "Erna Vik")
ORGANISATIONS = ("Norland Coast Guard", "Nordnett")


def _spans(text: str, name: str) -> tuple[Span, ...]:
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append(Span(at, at + len(name)))
        at = text.find(name, at + 1)
    return tuple(spans)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def fact_brief(text: str = STORY) -> Brief:
    """A brief of `text` by the default pipeline, with people, organisations, places, quotes, dates and
    headings set by hand, as the fact stages would set them."""
    article = newsbrief.brief(text, title="Storm floods harbour towns on the Norland coast").article
    entities = [Entity(name, "PER", _spans(text, name)) for name in PEOPLE]
    entities += [Entity(name, "ORG", _spans(text, name)) for name in ORGANISATIONS]
    places = []
    for name, (lat, lon) in COORDINATES.items():
        entities.append(Entity(name, "LOC", _spans(text, name)))
        places.append(Place(name, "NOR", lat, lon, "city", len(entities) - 1))
    places.append(Place("Norland", None, None, None, "region", None, resolved=False))
    said = "We have never seen the water this high in the old town"
    quote = Quote(_span(text, said), _span(text, "said"), _span(text, "Mayor Ingrid Salo"), 0, True)
    dates = tuple(DateMention(*_span(text, day), value) for day, value in (("Thursday", "2031-03-13"),))
    count = len(article.sentences)
    sections = (
        Section("", tuple(range(0, 4))),
        Section("Power and weather", tuple(range(4, count))),
    )
    return Brief(
        article.replace(entities=tuple(entities), places=tuple(places), quotes=(quote,), dates=dates, sections=sections)
    )


@pytest.fixture
def settings(tmp_path: Path) -> ServeSettings:
    return ServeSettings(data_dir=tmp_path / "data")


@pytest.fixture
def client(settings: ServeSettings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client
