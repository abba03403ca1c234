"""The `places` stage: LOC entities (and places named inside ORG names) on the offline gazetteer.

One `Place` per LOC entity, in entity order: resolved to a country, region (US state or first-level
subdivision), city or continent with coordinates, or kept with `resolved=False` and null fields.
A place inside an organisation's name counts when it follows "of"/"in" ("University of Texas") or
leads a civic word ("Chicago Police Department"), and is not already a LOC entity's place.
MISC entities that are demonyms ("French") only hint at a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._article import Article, Entity, Place
from .._pipeline import stage
from ..geo import GeoName, fold_name, load_gazetteer, resolve_names
from ..geo._demonyms import DEMONYMS

__all__ = ["find_places", "place_in_organisation", "places"]

_CIVIC = (
    r"Police|Fire|City|County|State|Department|Council|Government|Airport|Port|Parliament|Assembly|Senate"
    r"|Legislature|Ministry|Court|Mayor|Board|Metro|Transit|Public|Municipal"
)
_ORG_OF = re.compile(r"\b(?:of|in|for)\s+(?:the\s+)?((?:[A-Z][\w'.-]*\s?)+)$")
_ORG_LEAD = re.compile(rf"^((?:[A-Z][\w'.-]*\s){{1,3}}?)(?:{_CIVIC})\b")


_COMMA = re.compile(r",\s*")


def place_in_organisation(name: str) -> str | None:
    """The place an organisation's name holds, if any: "Bank of England" -> "England"."""
    table = load_gazetteer()
    for pattern in (_ORG_OF, _ORG_LEAD):
        match = pattern.search(name)
        if match and table.lookup(match.group(1).strip()):
            return match.group(1).strip()
    return None


def _place(name: str, found: GeoName | None, entity: int) -> Place:
    if found is None:
        return Place(name=name, country=None, lat=None, lon=None, kind=None, entity=entity, resolved=False)
    return Place(
        name=found.name,
        country=found.country or None,
        lat=found.lat,
        lon=found.lon,
        kind=found.kind,
        entity=entity,
        resolved=True,
    )


def _qualifiers(text: str, entities: tuple[Entity, ...], owners: list[int]) -> dict[int, int]:
    """Names written as "London, Ontario": name index -> the index of the name that qualifies it."""
    where = {owner: index for index, owner in enumerate(owners) if entities[owner].label == "LOC"}
    starts = {m.start: where[e] for e, entity in enumerate(entities) if e in where for m in entity.mentions}
    qualified: dict[int, int] = {}
    for owner, index in where.items():
        for mention in entities[owner].mentions:
            gap = _COMMA.match(text, mention.end)
            other = starts.get(gap.end()) if gap else None
            if other is not None and other != index:
                qualified.setdefault(index, other)
    return qualified


def find_places(entities: tuple[Entity, ...], text: str = "") -> tuple[Place, ...]:
    """The places of an article's entities, each resolved in the light of the others (and of `text`,
    where "London, Ontario" shows which London)."""
    names: list[str] = []
    owners: list[int] = []
    from_orgs: list[int] = []
    hints: list[str] = []
    for number, entity in enumerate(entities):
        if entity.label == "LOC":
            names.append(entity.name)
            owners.append(number)
        elif entity.label == "ORG":
            inner = place_in_organisation(entity.name)
            if inner:
                names.append(inner)
                owners.append(number)
                from_orgs.append(len(names) - 1)
        elif entity.label == "MISC" and fold_name(entity.name) in DEMONYMS:
            hints.append(DEMONYMS[fold_name(entity.name)])
    found = resolve_names(names, hints, _qualifiers(text, entities, owners))
    seen = {(g.kind, g.name, g.country) for i, g in enumerate(found) if g is not None and i not in from_orgs}
    result: list[Place] = []
    for index, (name, owner, place) in enumerate(zip(names, owners, found)):
        if index in from_orgs and (place is None or (place.kind, place.name, place.country) in seen):
            continue
        result.append(_place(name, place, owner))
    return tuple(result)


@stage("places", requires=("entities",), assigns=("places",))
def places() -> Callable[[Article], Article]:
    """Resolve the article's places to countries, regions, cities and continents with coordinates."""

    def run(article: Article) -> Article:
        return article.replace(places=find_places(article.entities, article.text))

    return run
