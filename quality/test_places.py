"""Gate: place names in our hand-written sentences (`quality/sets/places.tsv`) resolved to the right country and kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief import Article
from newsbrief._article import Entity, Span
from newsbrief.stages.places import places


def test_places_accuracy_stays_above_its_floor(
    floors: dict[str, Any], hand_set: Callable[[str], list[list[str]]]
) -> None:
    run = places()
    rows = hand_set("places")
    right = 0
    for text, names, target, country, kind in rows:
        listed = names.split("|")
        entities = tuple(Entity(n, "LOC", (Span(text.index(n), text.index(n) + len(n)),)) for n in listed)
        found = [p for p in run(Article(text=text, entities=entities)).places if p.entity == listed.index(target)]
        expected = (None if country == "-" else country, None if kind == "-" else kind)
        right += bool(found) and (found[0].country, found[0].kind) == expected
    assert len(rows) >= 40
    accuracy = right / len(rows)
    assert accuracy >= floors["places"]["accuracy"], f"places accuracy {accuracy:.3f} below its floor"
