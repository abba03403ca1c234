"""Second thoughts on linked entities, from the gazetteer and the words around each mention.

A recogniser trained on sports pages tags cities as teams ("to Barcelona" as ORG) and a capitalised
first word as a name ("Upstream, ..."). An ORG entity whose whole name is a known place becomes LOC
when its mentions stand where places stand ("in X", "X, Spain", "the towns of A and X") and never
where teams or companies do ("X 2 Y 1", "X beat", "X said"). A one-word entity seen only at the start
of sentences, that is no known place and is a common word there ("upstream" elsewhere, or an adverb),
is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._article import Entity, Span

__all__ = ["settle_places"]

MIN_CITY_POPULATION = 50_000
_LOCATIVE_BEFORE = frozenset(
    "in to from near at across into outside around throughout towards toward via between inside within "
    "beyond above below along".split()
)
_PLACE_NOUNS = frozenset(
    "town towns city cities village villages region province outskirts north south east west centre center "
    "streets residents suburbs district districts capital port".split()
)
_PLACE_AFTER = frozenset(
    "district districts neighbourhood neighbourhoods neighborhood neighborhoods basin valley".split()
)
_ORG_BEFORE = frozenset("beat beats beating defeated against v vs vs. over joined signed for".split())
_ORG_AFTER = frozenset(
    "said says say beat beats drew draw won win lost lose defeated tied trailed led scored rallied closed v vs vs. "
    "striker coach manager midfielder defender goalkeeper captain all-rounder batsman bowler pitcher players fans "
    "team side club shares chairman president board".split()
)
_AUXILIARIES = frozenset("has have had was were will would is are".split())
_COMMON_OPENERS = frozenset(
    "upstream downstream meanwhile elsewhere nearby overseas abroad inland offshore afterwards later earlier "
    "today yesterday tomorrow however still also instead further furthermore here there now then overall "
    "separately locally nationally internationally altogether together indeed nonetheless nevertheless "
    "this that these those some many most several such every each another both either neither".split()
)
_WORD = re.compile(r"[\w.'\u2019-]+|\S")
_OPENING = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n\s*)[\"'\u201c\u2018(]?\s*$")


def _words_before(text: str, start: int, count: int = 2) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, start - 60) : start])][-count:]


def _words_after(text: str, end: int, count: int = 2) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[end : end + 60])][:count]


def _next_word(text: str, end: int) -> str:
    words = _words_after(text, end, 1)
    return words[0] if words else ""


def _known_place(name: str) -> bool:
    """Whether the gazetteer has `name` as a country, continent, region or sizeable city."""
    from ..geo import load_gazetteer

    return any(
        c.place.kind in ("country", "continent", "region")
        or (c.place.kind == "city" and c.place.population >= MIN_CITY_POPULATION)
        for c in load_gazetteer().lookup(name)
    )


def _org_context(text: str, span: Span) -> bool:
    """Whether a mention stands where a team or company stands: a score, "X said", "beat X"."""
    before, after = _words_before(text, span.start), _words_after(text, span.end, 3)
    if (before and before[-1][:1].isdigit()) or (after and after[0][:1].isdigit()):
        return True
    if after[:1] in (["'s"], ["\u2019s"], ["'"]) and after[1:2] and after[1] in _ORG_AFTER:
        return True
    if after[:1] and after[0] in _AUXILIARIES:
        after = after[1:]
    return bool((before and before[-1] in _ORG_BEFORE) or (after and after[0] in _ORG_AFTER))


def _after_locative_word(text: str, span: Span) -> bool:
    """ "in X", "towards X", "the towns of X"."""
    before = _words_before(text, span.start, 3)
    if before and before[-1] in _LOCATIVE_BEFORE:
        return True
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_NOUNS


def _locative_context(text: str, span: Span, place_ends: set[int], place_starts: set[int]) -> bool:
    """Whether a mention stands where a place stands: "in X", "X, Spain", "the towns of A and X".

    `place_ends` are the ends of LOC mentions that stand after a locative word themselves, so a
    list of places counts and a list of county cricket sides ("Essex, Derbyshire and Surrey") does not.
    """
    if _after_locative_word(text, span) or _next_word(text, span.end) in _PLACE_AFTER:
        return True
    joined = re.search(r"\s*(?:,|\band|\bor)\s*$", text[max(0, span.start - 8) : span.start])
    if joined and (span.start - len(joined.group(0))) in place_ends:
        return True
    comma = re.match(r",\s*", text[span.end :])
    return bool(comma and span.end + comma.end() in place_starts)


def _is_opener(text: str, span: Span) -> bool:
    return bool(_OPENING.search(text[max(0, span.start - 8) : span.start]))


def _common_opener(text: str, entity: Entity) -> bool:
    """A one-word name seen only at sentence starts that is a common word, not a known place."""
    word = entity.name
    if " " in word or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    if not all(_is_opener(text, m) for m in entity.mentions):
        return False
    lower = word.lower()
    if lower not in _COMMON_OPENERS and not re.search(r"(?<!\w)" + re.escape(lower) + r"(?!\w)", text):
        return False
    from ..geo import load_gazetteer

    return not load_gazetteer().lookup(word)


def _place_like(text: str, entity: Entity, place_ends: set[int], place_starts: set[int]) -> bool:
    """Whether an ORG entity is a place: never in an organisation's context, and either a known place
    in some locative context, or any name always in one and once before "district" or the like."""
    mentions = entity.mentions
    if any(_org_context(text, m) for m in mentions):
        return False
    locative = [_locative_context(text, m, place_ends, place_starts) for m in mentions]
    if _known_place(entity.name):
        return any(locative)
    return all(locative) and any(_next_word(text, m.end) in _PLACE_AFTER for m in mentions)


def settle_places(text: str, entities: Sequence[Entity], *, lowercased: bool = False) -> list[Entity]:
    """`entities` with known places in locative contexts moved from ORG to LOC, and common openers dropped."""
    kept = [e for e in entities if lowercased or not _common_opener(text, e)]
    places = [e for e in kept if e.label == "LOC"]
    place_ends = {m.end for e in places for m in e.mentions if _after_locative_word(text, m)}
    place_starts = {m.start for e in places for m in e.mentions}
    settled: list[Entity] = []
    for entity in kept:
        if entity.label == "ORG" and _place_like(text, entity, place_ends, place_starts):
            entity = Entity(entity.name, "LOC", entity.mentions)
        settled.append(entity)
    return settled
