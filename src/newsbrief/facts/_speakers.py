"""Who is speaking: the speaker as written next to a cue, and the entity it refers to.

A speaker is a name ("Jane Doe", "Mr. Doe"), a pronoun ("he") or a title phrase ("the minister",
"a spokesman for the agency", "officials"). It resolves to an entity index: a name to the entity
with a mention inside it; "he"/"she" to the most recent PER entity mentioned before it ("it" to the
most recent ORG); a person's title to the most recent PER entity written with that title ("Finance
Minister Ada Varga", "Ada Varga, the minister"), else to the most recent PER entity. A body or a
writing ("the agency", "the report") is left unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._article import Entity, Span

__all__ = ["EntityIndex", "sentence_subject", "speaker_after", "speaker_before", "whole_subject"]

PERSON_TITLES = (
    "minister|spokes(?:man|woman|person|people|men|women)|officials?|president|senator|governor|mayor|chief|director"
    "|secretary|leader|analyst|expert|advis[eo]r|aide|prosecutor|lawyer|attorney|candidate|nominee"
    "|chair(?:man|woman)?|commissioner|judge|representative|lawmaker|congress(?:man|woman)|ambassador|general"
    "|officer|executive|founder|economist|researcher|scientist|professor|manager|coach|source|witness|resident"
    "|voter|supporter|critic|member|historian|strategist|pollster|consultant|activist|organi[sz]er|worker|student"
    "|doctor|author|writer|reporter|columnist|editor|host|speaker|sheriff|chancellor|premier|king|queen|prince"
    "|pope|bishop|council(?:lor|man|woman)|challenger|opponent|rival|friend|neighbou?r|mother|father|wife"
    "|husband|son|daughter|people|owner|user|teacher|nurse|pilot|soldier|commander|envoy|negotiator|mediator"
    "|investigator|detective|inspector|auditor|regulator|survivor|victim|relative|colleague|partner|narrator"
    "|announcer"
)
# Bodies and writings that speak ("the agency said", "the report found"): never resolved to a person.
BODY_NOUNS = (
    "campaign|report|statement|survey|poll|study|police|agency|department|ministry|government|administration"
    "|company|group|committee|court|party|council|book|ruling|article|letter|union|piece|ad|memo|e-?mail"
    "|document|filing|lawsuit|complaint|indictment|website|post|tweet|video|release|paper|newspaper|magazine"
    "|network|show|program|times|guard|board|office|team|firm|bank|fund"
)
TITLES = f"{PERSON_TITLES}|{BODY_NOUNS}"
_TITLE_WORD = re.compile(rf"\b(?:{TITLES})(?:e?s)?\b", re.IGNORECASE)
_PERSON_TITLE = re.compile(PERSON_TITLES, re.IGNORECASE)
_BODY_WORD = re.compile(rf"\b(?:{BODY_NOUNS})(?:e?s)?\b", re.IGNORECASE)
_PRONOUN_WORDS = {"he": "PER", "she": "PER", "i": "PER", "it": "ORG", "they": None, "we": None}
_NOT_NAME = (
    r"(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|But|And|Or|So|Yet|In|On|At|For|With|By|As|If"
    r"|When|While|After|Before|Since|Then|There|Here|It|He|She|They|We|I|Asked|According|Speaking|Still|Also)\b"
)
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Prof|Rev|Lt|Col|Sgt|Capt|Adm|Pres|Supt)\.\s+)"
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019\-]*(?:\s+Jr\.)?)"
_NAME = rf"{_HONORIFIC}?(?!{_NOT_NAME}){_CAP}(?:\s+(?:{_CAP}|de|van|von|al|bin|da|del|la|le))*"
_DETERMINER = r"(?:the|a|an|his|her|their|its|one|another|two|three|several|many|some|other|The|A|An|His|Her|Their)"
_OF_BODY = rf"\s+(?:for|of|at|with|in)\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+|and\s+|for\s+)?{_CAP})*"  # " at Acme Ltd"
_TITLE = (
    rf"{_DETERMINER}\s+(?:[\w'\u2019\-]+\s+){{0,4}}?(?:{TITLES})(?:e?s)?\b"
    rf"(?:['\u2019]s\s+(?:[\w\-]+\s+){{0,3}}?(?:{PERSON_TITLES})(?:e?s)?\b)?"  # "the union's general secretary"
    rf"(?:{_OF_BODY})?"
)
_BARE = rf"(?:[a-z]+\s+)?(?:(?:{TITLES})e?s|police|people)\b"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b"
_SPEAKER = rf"(?:{_TITLE}|{_PRONOUN}|{_NAME}|{_BARE})"
_ADVERB = (
    r"(?:\s+(?:has|have|had|would|will|could|did|does|do|not|never|also|later|then|previously|once|again|recently"
    r"|reportedly|earlier|further|simply|\w+ly))*"
)
# Before a cue: the speaker, maybe an appositive or "who" clause set off by commas, maybe an adverb.
_ASIDE = r"(?:\s*\([^()]{1,30}\))?(?:,\s+[^,;:\"\u201c\u201d]{1,90},)?"  # "(D-Ohio)", ", a spokesman for X,"
_BEFORE = re.compile(rf"(?<![\w'\u2019])(?P<speaker>{_SPEAKER}){_ASIDE}{_ADVERB}\s+$")
_AFTER = re.compile(rf"\s*(?P<speaker>{_SPEAKER})")
# A title phrase with the name set beside it ("the union's general secretary, Ida Marsh", "a local baker,
# Jo Ames"): the name speaks.
_NOT_DATE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
_OWNER = rf"(?:{_DETERMINER}|Its|Our|One|[A-Z][\w\-]*['\u2019]s)"
_TITLED_NAME = (
    rf"{_OWNER}\s+(?:(?:[\w'\u2019\-]+\s+){{0,5}}?(?:{PERSON_TITLES})(?:e?s)?(?:{_OF_BODY},|,?)\s+"
    rf"|(?:[a-z][\w'\u2019\-]*\s+){{0,5}}[a-z][\w\-]*,\s+){_NOT_DATE}(?P<name>{_NAME})"
)
_NAMED_AFTER = re.compile(rf"\s*{_TITLED_NAME}(?=\s*(?:[,.;:!?\"\u201c\u201d]|$))")
_NAMED_BEFORE = re.compile(rf"(?<![\w'\u2019]){_TITLED_NAME},{_ADVERB}\s+$")
_SUBJECT = re.compile(rf"\s*((?:[\w'\u2019.\-]+\s+){{0,7}}[\w'\u2019.\-]+?){_ADVERB}\s+")
_TITLED_BEFORE = re.compile(r"[\w\-]+(?:\s+[A-Z][\w.\-]*)*\s+$")  # the word, then capitalised words
_TITLED_AFTER = re.compile(r",\s+(?:the|a|an|its|his|her)\s+[^,.;]{1,60}")  # an appositive
WINDOW = 160


def _plural(title: str) -> bool:
    """Whether a title word names several people ("officials", "spokesmen", "leaders")."""
    word = title.lower()
    if word.endswith(("men", "people")):
        return True
    return word.endswith("s") and any(_PERSON_TITLE.fullmatch(word[:-n]) for n in (1, 2))


def speaker_before(text: str, cue_start: int, low: int) -> Span | None:
    """The speaker written just before the cue at `cue_start` ("Jane Doe said"), not before `low`."""
    start = max(low, cue_start - WINDOW)
    named = _NAMED_BEFORE.search(text, start, cue_start)
    if named:
        return Span(named.start("name"), named.end("name"))
    match = _BEFORE.search(text, start, cue_start)
    return Span(match.start("speaker"), match.end("speaker")) if match else None


def sentence_subject(text: str, start: int, high: int) -> Span | None:
    """The speaker-like phrase that opens a sentence (for "…, saying …", whose speaker is the subject)."""
    match = _AFTER.match(text, start, min(high, start + WINDOW))
    return Span(match.start("speaker"), match.end("speaker")) if match else None


def whole_subject(text: str, start: int, cue_start: int) -> Span | None:
    """The words between a sentence's start and its cue as the speaker, when they can be a plain subject
    ("Experts on North Korea said"): a few words, no comma, no quote."""
    match = _SUBJECT.fullmatch(text, start, cue_start)
    return Span(match.start(1), match.end(1)) if match else None


def speaker_after(text: str, cue_end: int, high: int) -> Span | None:
    """The speaker written just after the cue ending at `cue_end` ("said Jane Doe"), not past `high`;
    the name when a title phrase has one beside it ("said the firm's founder, Jane Doe")."""
    named = _NAMED_AFTER.match(text, cue_end, min(high, cue_end + WINDOW))
    if named:
        return Span(named.start("name"), named.end("name"))
    match = _AFTER.match(text, cue_end, min(high, cue_end + WINDOW))
    return Span(match.start("speaker"), match.end("speaker")) if match else None


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: int
    label: str


class EntityIndex:
    """An article's entity mentions in text order, for resolving speakers."""

    def __init__(self, text: str, entities: Sequence[Entity]) -> None:
        self._text = text
        found = [_Mention(m.start, m.end, i, e.label) for i, e in enumerate(entities) for m in e.mentions]
        self._mentions = sorted(found, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._mentions]

    def resolve(self, speaker: Span) -> int | None:
        """The entity index the speaker refers to, or None."""
        words = self._text[speaker.start : speaker.end]
        role = _PRONOUN_WORDS.get(words.lower(), "") if " " not in words else ""
        if role != "":
            return self._recent(speaker.start, role) if role else None
        inside = self._inside(speaker)
        if inside is not None:
            return inside
        title = _TITLE_WORD.search(words)
        if title is None or _BODY_WORD.search(words) or _plural(_TITLE_WORD.findall(words)[-1]):
            return None  # a body, or several people ("union leaders"): no one entity
        titled = self._near_title(speaker.start, title.group(0).lower().rstrip("s"))
        return titled if titled is not None else self._recent(speaker.start, "PER")

    def _inside(self, speaker: Span) -> int | None:
        hi = bisect.bisect_left(self._starts, speaker.end)
        lo = bisect.bisect_left(self._starts, speaker.start - 200)
        best = None
        for mention in self._mentions[lo:hi]:
            if mention.end > speaker.start and mention.label != "LOC":
                best = mention.entity  # the last mention inside is the head of the phrase
        return best

    def _recent(self, before: int, label: str) -> int | None:
        for mention in reversed(self._mentions[: bisect.bisect_left(self._starts, before)]):
            if mention.label == label and mention.end <= before:
                return mention.entity
        return None

    def _near_title(self, before: int, title: str) -> int | None:
        """The latest PER mention written with `title`: "Finance Minister Ada Varga", "Ada Varga, the minister"."""
        for mention in reversed(self._mentions[: bisect.bisect_left(self._starts, before)]):
            if mention.label != "PER":
                continue
            ahead = _TITLED_BEFORE.search(self._text, max(0, mention.start - 60), mention.start)
            after = _TITLED_AFTER.match(self._text, mention.end, mention.end + 80)
            if any(m and title in m.group(0).lower() for m in (ahead, after)):
                return mention.entity
        return None
