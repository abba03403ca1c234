"""The names the `entities` stage found, as the layout rules read them: each mention's lower-cased words."""

from __future__ import annotations

from collections.abc import Iterable

from .._article import Article

__all__ = ["by_first_word", "mention_words"]


def mention_words(article: Article) -> list[tuple[str, tuple[str, ...]]]:
    """Each mention of a name, if `entities` ran: its label and its words in lower case (none empty).

    Each mention is cut from the text before it is lower-cased: lower-casing can change a text's length
    ("İ" becomes two characters), so offsets into a lower-cased copy may miss."""
    text = article.text
    found = (
        (entity.label, tuple(text[mention.start : mention.end].lower().split()))
        for entity in article.entities
        for mention in entity.mentions
    )
    return [(label, words) for label, words in found if words]


def by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Names listed under their first word, each once, longest first ("manchester united" before "manchester")."""
    listed: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(set(names), key=lambda words: (-len(words), words)):
        listed.setdefault(name[0], []).append(name)
    return listed
