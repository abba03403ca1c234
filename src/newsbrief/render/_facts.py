"""The facts block of a brief: people, organisations, places and quotes, as a reader scans them."""

from __future__ import annotations

from dataclasses import dataclass

from .._article import Article, Quote

__all__ = ["Facts", "gather_facts"]

QUOTE_CHARS = 220


@dataclass(frozen=True, slots=True)
class Facts:
    people: tuple[str, ...]
    organisations: tuple[str, ...]
    places: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]  # (speaker, words)

    def __bool__(self) -> bool:
        return bool(self.people or self.organisations or self.places or self.quotes)


def _names(article: Article, label: str) -> tuple[str, ...]:
    chosen = [e for e in article.entities if e.label == label]
    chosen.sort(key=lambda e: (-e.count, e.mentions[0].start if e.mentions else 0))
    return tuple(e.name for e in chosen)


def _speaker(article: Article, quote: Quote) -> str:
    if quote.entity is not None and 0 <= quote.entity < len(article.entities):
        return article.entities[quote.entity].name
    if quote.speaker is not None:
        return article.text[quote.speaker.start : quote.speaker.end]
    return "Unattributed"


def _words(article: Article, quote: Quote) -> str:
    words = " ".join(article.text[quote.content.start : quote.content.end].split()).strip("\"'“”‘’ ").rstrip(",")
    if len(words) > QUOTE_CHARS:
        words = words[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return words


def gather_facts(article: Article) -> Facts:
    """What the facts block shows; empty when no fact stage ran. Places are the resolved ones, one per name
    (unresolved places stay in the article's data, not in the block)."""
    places: list[str] = []
    named: set[str] = set()
    for place in article.places:
        if not place.resolved or place.name in named:
            continue
        named.add(place.name)
        plain = not place.country or place.kind == "country"
        places.append(place.name if plain else f"{place.name} ({place.country})")
    quotes = tuple((_speaker(article, q), _words(article, q)) for q in article.quotes if q.direct)
    return Facts(
        people=_names(article, "PER"),
        organisations=_names(article, "ORG"),
        places=tuple(places),
        quotes=quotes,
    )
