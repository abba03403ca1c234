"""Entities of a document from its entity mentions: one name, one type, every mention.

Mentions of the same name are one entity; a short form ("Smith", "Mr. Smith") joins
the nearest earlier full name of a person that ends with it ("Anna Smith"); an
organisation's short form ("Brannock") joins the longer name it begins, and an
acronym ("WHO") joins the name it abbreviates when the document gives that name.
The entity's type is the one most of its mentions were given, and its name is its
longest form; a company's name ("Westquay Terminals") makes it an organisation, and a
short form the recogniser took for a person joins it ("Westquay"). A portfolio before an
office and a person ("Labour Minister Sara Holm") is no entity (see `_kinds`). Unmarked
later occurrences of a known name are added as mentions. Last, known places the
recogniser took for organisations are settled (see `_places`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .._article import Entity, Span
from ._kinds import drop_portfolios, is_company
from ._places import settle_places

__all__ = ["Mention", "link_mentions"]

_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady gen general sen senator rep gov governor president "
    "minister judge capt captain col lt sgt officer chief rev father".split()
)
_BRACKETED = re.compile(r"\s*\(\s*([^\W\d_][\w.&]{1,9})\s*\)")
_SMALL_WORDS = frozenset("of the and for on in at to de du la le des der".split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text a recogniser marked as a name of type `label`."""

    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class _Group:
    """The mentions gathered under one entity, and the weighted votes for its type."""

    key: str
    number: int = 0  # its place among the document's groups
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    named: tuple[int, str] = (0, "")
    company: bool = False

    def label(self) -> str:
        if self.company:
            return "ORG"
        return max(self.votes, key=lambda label: (self.votes[label], label == "PER"))

    def name(self) -> str:
        """The longest form among the mentions (the earliest of equal ones); mentions are only ever added."""
        if self.named[0] != len(self.mentions):
            forms = [_clean(m.text) for m in self.mentions]
            self.named = (len(forms), max(forms, key=lambda f: (len(f.split()), len(f), -forms.index(f))))
        return self.named[1]


@lru_cache(maxsize=8192)
def _clean(text: str) -> str:
    """A mention without a possessive ending or leading titles ("Mr. Smith's" -> "Smith")."""
    words = re.sub(r"[’']s$", "", text).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    return " ".join(words)


def _without_title(mention: Mention) -> Mention:
    """The mention with leading titles left out of its span ("Mr. Smith" -> "Smith")."""
    cleaned = re.sub(r"[\u2019']s$", "", mention.text)
    kept = _clean(cleaned)
    cut = cleaned.rfind(kept) if kept and kept != cleaned else 0
    if cut <= 0:
        return mention
    return Mention(mention.start + cut, mention.end, mention.label, mention.text[cut:])


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _acronym(text: str) -> str | None:
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper():
        return letters
    return None


def _find_target(text: str, label: str, groups: list[_Group], index: _FormIndex) -> _Group | None:
    """The latest earlier, longer entity this short form or acronym stands for.

    A person's short form is the end of the full name ("Smith" of "Anna Smith");
    an organisation's, its start ("Brannock" of "Brannock Construction Ltd"). Only the groups
    `index` lists under the form's first or last word or its acronym can match.
    """
    words = text.lower().split()
    acronym = _acronym(text) if len(words) == 1 else None
    for number in index.candidates(words, acronym):
        group = groups[number]
        name = group.name()
        longer = name.lower().split()
        if acronym and len(longer) >= 2 and _initials(name) == acronym:
            return group
        if len(longer) <= len(words):
            continue
        kind = group.label()
        if kind == "PER" and longer[-len(words) :] == words:
            return group
        if kind == "ORG" and (label == "ORG" or (group.company and label == "PER")) and longer[: len(words)] == words:
            return group
    return None


class _FormIndex:
    """Which groups have had a form starting or ending with a word, or with given initials: the only
    groups a short form or an acronym can stand for, since a group's name is always one of its forms."""

    def __init__(self) -> None:
        self._groups: dict[str, set[int]] = {}

    def add(self, number: int, form: str) -> None:
        words = form.lower().split()
        keys = {f"first:{words[0]}", f"last:{words[-1]}"} if words else set()
        if len(words) >= 2:
            keys.add(f"initials:{_initials(form)}")
        for key in keys:
            self._groups.setdefault(key, set()).add(number)

    def candidates(self, words: list[str], acronym: str | None) -> list[int]:
        """Group numbers that may match, latest first."""
        found = self._groups.get(f"first:{words[0]}", set()) | self._groups.get(f"last:{words[-1]}", set())
        if acronym:
            found = found | self._groups.get(f"initials:{acronym}", set())
        return sorted(found, reverse=True)


def _defined_acronyms(text: str, groups: list[_Group]) -> set[str]:
    """Acronyms the text defines in brackets after a name ("... Agency (EMSA)"), added as mentions of it."""
    defined: set[str] = set()
    taken = {(m.start, m.end) for g in groups for m in g.mentions}
    for group in groups:
        name = group.name()
        if len(name.split()) < 2:
            continue
        for mention in list(group.mentions):
            found = _BRACKETED.match(text, mention.end)
            if found and found.group(1).replace(".", "").upper() == _initials(name):
                defined.add(found.group(1))
                if found.span(1) not in taken:
                    group.mentions.append(Mention(*found.span(1), group.label(), found.group(1)))
                    taken.add(found.span(1))
    return defined


def _sweep(text: str, groups: list[_Group], lowercased: bool) -> None:
    """Add unmarked occurrences of each entity's forms, longest forms first, never overlapping.

    Single words are looked for only in cased text, and only when capitalised, or
    when the text defined them as an acronym.
    """
    defined = _defined_acronyms(text, groups)
    taken = _Spans((m.start, m.end) for g in groups for m in g.mentions)
    forms = {(_clean(m.text), index) for index, g in enumerate(groups) for m in g.mentions}
    for form, index in sorted(forms, key=lambda item: (-len(item[0]), item)):
        single = " " not in form and form not in defined
        if len(form) < 3 or (single and (lowercased or form.islower())):
            continue
        for start, end in _occurrences(text, form):
            if taken.free(start, end):
                groups[index].mentions.append(Mention(start, end, groups[index].label(), form))
                taken.add(start, end)


class _Spans:
    """Character spans kept sorted, so that whether a new one overlaps any costs a binary search."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self._reach = list(accumulate((end for _, end in self._spans), max))  # the furthest end so far

    def free(self, start: int, end: int) -> bool:
        """Whether no span overlaps `start`-`end`."""
        at = bisect_left(self._starts, end)  # spans from `at` on start at or after `end`
        return at == 0 or self._reach[at - 1] <= start

    def add(self, start: int, end: int) -> None:
        """Keep `start`-`end`, which overlaps no span."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._spans.insert(at, (start, end))
        self._reach.insert(at, max(end, self._reach[at - 1]) if at else end)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where `form` stands in `text` as a whole (no word character either side), as regex `\\w` reads it."""
    found: list[tuple[int, int]] = []
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            found.append((start, end))
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)
    return found


def link_mentions(
    text: str, mentions: Sequence[Mention], *, lowercased: bool = False, settle: bool = True
) -> list[Entity]:
    """The document's entities, in order of first mention; `settle` applies `settle_places` to them."""
    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    index = _FormIndex()
    kept = drop_portfolios(text, mentions, lowercased=lowercased)
    for mention in sorted(kept, key=lambda m: (m.start, m.end)):
        mention = _without_title(mention)
        cleaned = _clean(mention.text)
        key = cleaned.lower()
        if not key:
            continue
        group = by_key.get(key) or _find_target(cleaned, mention.label, groups, index)
        if group is None:
            group = _Group(key, number=len(groups))
            groups.append(group)
        by_key[key] = group
        index.add(group.number, cleaned)
        group.mentions.append(mention)
        group.votes[mention.label] += len(key.split())
        group.company = group.company or (mention.label != "LOC" and is_company(cleaned, lowercased=lowercased))
    _sweep(text, groups, lowercased)
    entities = [
        Entity(name=g.name(), label=g.label(), mentions=tuple(sorted({Span(m.start, m.end) for m in g.mentions})))
        for g in groups
    ]
    return settle_places(text, entities, lowercased=lowercased) if settle else entities
