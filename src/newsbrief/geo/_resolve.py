"""Which place each name of an article means: population first, then the article's other places.

Each candidate gets a prior: log10 of its population, plus a bonus by kind (a country or continent
outranks a namesake town), less a penalty when the name is only one of its alternate names, plus a
bonus for the few bare names news uses for a smaller namesake ("Washington": the capital). The
article's other names then vote, each softly for every place it may mean by that place's share of
its prior weight: a candidate gains `COUNTRY_BONUS` times the share of votes for its country and up
to `REGION_BONUS` for the votes for its region (the US state it is or lies in),
so "Paris" beside "Texas" is Paris, Texas, while "Paris" beside "United States" stays in France.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from ._gazetteer import Candidate, Gazetteer, GeoName, load_gazetteer

__all__ = ["resolve_names", "split_qualified"]

Votes = dict[str, float]  # "country:FR" or "region:US:TX" -> weight
KIND_BONUS = {"country": 2.0, "continent": 2.0, "region": 1.0, "city": 0.0}
UNKNOWN_POPULATION_LOG = 5.0  # regions the table gives no population
ALTERNATE_PENALTY = 1.0
PREFERRED_BONUS = 2.0
COUNTRY_BONUS = 1.5
REGION_BONUS = 3.0
QUALIFIER_BONUS = 3.0  # "London, Ontario": the qualifier's country


def _prior(candidate: Candidate) -> float:
    place = candidate.place
    size = math.log10(place.population) if place.population > 0 else UNKNOWN_POPULATION_LOG
    score = size + KIND_BONUS.get(place.kind, 0.0)
    if candidate.alternate:
        score -= ALTERNATE_PENALTY
    if place.preferred:
        score += PREFERRED_BONUS
    return score


def split_qualified(name: str) -> tuple[str, str | None]:
    """ "Paris, Texas" -> ("Paris", "Texas"); a name without a comma -> (name, None)."""
    head, comma, tail = name.partition(",")
    return (head.strip(), tail.strip() or None) if comma else (name.strip(), None)


def resolve_names(
    names: Sequence[str],
    hints: Iterable[str] = (),
    qualified_by: Mapping[int, int] | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[GeoName | None]:
    """The place each of `names` most likely means (None when the table has no such name).

    `hints` are country codes the article points to in other ways (demonyms such as "French");
    `qualified_by[i] = j` says name j qualifies name i as in "London, Ontario".
    """
    table = gazetteer or load_gazetteer()
    candidates: list[tuple[Candidate, ...]] = []
    qualifiers: list[Votes] = []
    for name in names:
        found = table.lookup(name)
        qualifier: Votes = {}
        if not found:  # "Paris, Texas" as one name
            head, tail = split_qualified(name)
            found = table.lookup(head) if tail else ()
            qualifier = _votes(table.lookup(tail)) if found and tail else qualifier
        candidates.append(found)
        qualifiers.append(qualifier)
    votes = [_votes(found) for found in candidates]
    for named, qualifying in (qualified_by or {}).items():
        qualifiers[named] = _added(qualifiers[named], votes[qualifying])
    everyone: Votes = {f"country:{code}": 1.0 for code in hints}
    for vote in votes:
        everyone = _added(everyone, vote)
    voters = sum(1 for found in candidates if found) + len(set(hints))
    chosen: list[GeoName | None] = []
    for found, own, qualifier in zip(candidates, votes, qualifiers):
        context = _added(everyone, own, -1.0)
        others = voters - (1 if found else 0)
        best = max(found, key=lambda c: _score(c, context, others, qualifier)) if found else None
        chosen.append(best.place if best else None)
    return chosen


def _keys(place: GeoName) -> tuple[str, ...]:
    """What a place votes for: its country, and the region it names or lies in."""
    country = (f"country:{place.country}",) if place.country else ()
    region = (f"region:{place.country}:{place.admin1}",) if place.kind in ("region", "city") and place.admin1 else ()
    return country + region


def _added(votes: Votes, more: Votes, sign: float = 1.0) -> Votes:
    """`votes` with `more` added (or, with sign -1, taken away)."""
    total = dict(votes)
    for key, weight in more.items():
        total[key] = total.get(key, 0.0) + sign * weight
    return total


def _votes(found: tuple[Candidate, ...]) -> Votes:
    """A name's soft votes: each place it may mean votes with its share of the name's prior weight."""
    votes: Votes = {}
    if not found:
        return votes
    priors = [_prior(c) for c in found]
    top = max(priors)
    weights = [10 ** (p - top) for p in priors]
    total = sum(weights)
    for candidate, weight in zip(found, weights):
        for key in _keys(candidate.place):
            votes[key] = votes.get(key, 0.0) + weight / total
    return votes


def _score(candidate: Candidate, context: Votes, voters: int, qualifier: Votes) -> float:
    place = candidate.place
    score = _prior(candidate)
    if place.country:
        score += QUALIFIER_BONUS * qualifier.get(f"country:{place.country}", 0.0)
    if any(qualifier.get(key, 0.0) > 0 for key in _keys(place) if key.startswith("region:")):
        score += REGION_BONUS
    if voters > 0 and place.country:
        score += COUNTRY_BONUS * max(context.get(f"country:{place.country}", 0.0), 0.0) / voters
    regions = [max(context.get(key, 0.0), 0.0) for key in _keys(place) if key.startswith("region:")]
    if regions:
        score += REGION_BONUS * min(1.0, max(regions))
    return score
