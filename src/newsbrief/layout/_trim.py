"""Trimming a long highlight from the middle, as a wire editor would, before any cut at its end.

Two kinds of words go, and only from a highlight longer than the limit: an opening
phrase before the subject ("With the final a week away, England recall Reed" ->
"England recall Reed"), and an aside set off by commas between the subject and its
verb ("Appleyard, who bowled off spin, took 200 wickets" -> "Appleyard took 200
wickets"). Words in quotes stay, and so does an opening phrase before a pronoun,
which would lose what it stands for. What is left is the sentence's own words, in order.
"""

from __future__ import annotations

from ._clause import HONORIFICS
from ._headline_words import Word

__all__ = ["trimmed", "word_count"]

_SUBJECT_OPENERS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJS", "CD", "NN", "NNS", "NNP", "NNPS"})
_OPENING_TAGS = frozenset({"IN", "VBG", "RB"})
_BOUNDS = frozenset({",", ";", ":"})
# An aside is a relative clause or an apposition: "who ...", "the harbour master", "34", "a father of two".
_ASIDE_OPENERS = frozenset({"WP", "WP$", "WDT", "DT", "CD", "PRP$", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS"})

_HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)  # "Mr" in cased text, "mr" in tokenized text too

Tagged = tuple[str, list[Word], list[str], list[str]]


def word_count(words: list[Word]) -> int:
    """The words that count towards a highlight's length: those that start with a letter or a digit."""
    return sum(1 for word in words if word.text[:1].isalnum())


def _aside(words: list[Word], pos: list[str], main: int) -> range | None:
    """The commas and words of an aside that ends just before the main verb at `main` and follows a noun."""
    close = main - 1
    if close < 3 or words[close].text != ",":
        return None
    start = close - 1
    while start > 0 and words[start].text not in _BOUNDS and not words[start].quoted:
        start -= 1
    if start < 1 or words[start].text != "," or start == close - 1:
        return None
    if any(word.text in _BOUNDS or word.quoted for word in words[:start]):
        return None  # "based in Leeds, Yorkshire, ...": the aside may have begun at an earlier comma
    if not pos[start - 1].startswith(("NN", "CD")) or words[start - 1].quoted:
        return None
    if pos[start + 1] not in _ASIDE_OPENERS:
        return None  # ", like Fritz the retriever,": an example the rest may refer to, not an aside
    if _a_name(words[start + 1 : close], pos[start + 1 : close]):
        return None  # "Veteran pilot, Mr Aske, was steering": the name says who, the rest only what
    return range(start, close + 1)


def _a_name(words: list[Word], pos: list[str]) -> bool:
    """Whether an aside is a person's name: it opens with an honorific ("Mr Aske") or is all proper nouns."""
    return words[0].text.lower().rstrip(".") in _HONORIFICS or all(tag in ("NNP", "NNPS") for tag in pos)


def _opening(words: list[Word], pos: list[str], main: int) -> range | None:
    """The words and comma of a phrase that opens the highlight before its subject."""
    if not words or pos[0] not in _OPENING_TAGS or words[0].quoted:
        return None
    comma = next((k for k in range(1, max(main, 0)) if words[k].text in _BOUNDS or words[k].quoted), -1)
    if comma < 2 or words[comma].text != "," or comma + 1 >= len(words) or pos[comma + 1] not in _SUBJECT_OPENERS:
        return None
    later = [k for k in range(comma + 1, main) if words[k].text in _BOUNDS]
    if later and later[-1] < main - 1:
        return None  # "Having led 2-0 at Essby, thanks to Lind, the visitors had": the opening goes on to a subject
    return range(0, comma + 1)


def _without(text: str, words: list[Word], pos: list[str], chunks: list[str], drop: range) -> Tagged:
    """The highlight with the words in `drop` taken out, offsets moved and a capital kept at its start."""
    start = words[drop.start].start
    end = words[drop.stop].start if drop.stop < len(words) else len(text)
    head = text[:start].rstrip()
    rest = text[end:]
    if not head and text[:1].isupper() and rest[:1].islower():
        rest = rest[0].upper() + rest[1:]
    joined = f"{head} {rest}" if head else rest
    shift = len(joined) - len(text)
    kept = [k for k in range(len(words)) if k not in drop]
    moved = [
        words[k] if k < drop.start else Word(words[k].text, words[k].start + shift, words[k].end + shift, words[k].quoted)
        for k in kept
    ]
    if not head and moved and rest[:1] != text[end : end + 1]:
        first = moved[0]
        moved[0] = Word(rest[: first.end - first.start], first.start, first.end, first.quoted)
    return joined, moved, [pos[k] for k in kept], [chunks[k] for k in kept]


def trimmed(text: str, words: list[Word], pos: list[str], chunks: list[str], main: int, limit: int) -> Tagged:
    """`text` and its words, tags and chunks without an opening phrase, then without an aside before the
    main verb at `main`, each only while the highlight has more than `limit` words."""
    for find in (_opening, _aside):
        if main < 0 or word_count(words) <= limit:
            break
        drop = find(words, pos, main)
        if drop is not None:
            text, words, pos, chunks = _without(text, words, pos, chunks, drop)
            main -= len(drop) if drop.start < main else 0
    return text, words, pos, chunks
