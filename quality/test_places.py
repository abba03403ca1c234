"""Gate: place names in our hand-written sentences (`quality/sets/places.tsv`) resolved to the right country and kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief import Article
from newsbrief._article import Entity, Span
from newsbrief.stages.places import places

SET = Path(__file__).with_name("sets") / "places.tsv"


def _rows() -> list[list[str]]:
    lines = SET.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_places_accuracy_stays_above_its_floor(floors: dict[str, Any]) -> None:
    run = places()
    rows = _rows()
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
