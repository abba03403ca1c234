"""Who said what: direct quotes by their marks, indirect ones by cue patterns, each with a speaker.

Direct: a quote's cue and speaker are looked for right after it ("…," said Doe / "…," Doe said),
then right before it (Doe said: "…"), then at the end of the previous paragraph when that ends with a
colon. A quote with none of these that follows a quote of the same paragraph continues it ("…," said
Doe. "…") and shares its cue and speaker. Short quotes with no cue (scare quotes, titles) are left out.
Indirect, within a sentence: SPEAKER CUE [listener] [that] CONTENT; CONTENT, SPEAKER CUE;
CONTENT, CUE SPEAKER; according to SPEAKER, CONTENT; CONTENT, according to SPEAKER.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._article import Entity, Quote, Span
from ..text.sentences import split_sentences
from ._cues import TELLING, cue_pattern
from ._marks import QuoteRegion, find_quote_regions
from ._speakers import EntityIndex, sentence_subject, speaker_after, speaker_before, whole_subject

__all__ = ["find_quotes"]

MIN_UNCUED_WORDS = 6  # a quote with no cue needs this many words to count
MIN_CONTENT_WORDS = 3
MAX_OPENING_WORDS = 6  # words a sentence may open with before "SPEAKER said ..." ("On Monday, ...")
_WORD = re.compile(r"\w+")
_LISTENER = re.compile(
    r"\s+(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|the\s+\w+(?:\s+[A-Z]\w*)*|a\s+\w+(?:\s+\w+)?"
    r"|(?:[A-Z][\w'\u2019.\-]*\s*)+)"
)
_THAT = re.compile(r"(?:[^.;:\"\u201c\u201d]{0,50}?\s)?(that\s+)")
_SOURCE = re.compile(r"\s+([^,.;:\"\u201c\u201d]{2,60})(?=[,.])")  # "according to <whoever>,"
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "St", "Jr", "Lt", "Col", "Rev", "Prof", "Sgt")
_NOT_AFTER = "".join(f"(?<!\\b{a})" for a in _ABBREVIATIONS) + r"(?<!\b[A-Z])"
_ABBREVIATED = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)}|[A-Z])\.$")
# Where the words after a quote stop belonging to it: a sentence end (not "Mr.") or another quote mark.
_STOP = re.compile(rf"{_NOT_AFTER}[.!?](?=\s)|[\"\u201c\u201d]")
_BREAK = re.compile(r"[.!?\"\u201c\u201d]")
_DASH = re.compile(r"\s*([\u2015\u2014\u2013]|--)\s*")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PASSIVE_REACH = 80  # characters before a cue that hold "were (officially) reported"
_LAST_WORD = re.compile(r"(?:according to|\w+)$", re.IGNORECASE)
_TRIM = " \t\n,;:.!?\u2014\u2013-"


@dataclass(slots=True)
class _Found:
    content: Span
    cue: Span | None
    speaker: Span | None
    direct: bool


def _words(text: str, start: int, end: int, upto: int) -> int:
    """How many words `text[start:end]` has, counted no further than `upto` (the thresholds it is compared with),
    so a check near one cue does not read the rest of a long sentence."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text, start, end), upto))


def _word_start(text: str, at: int) -> int:
    """`at`, moved back to the start of the word it falls in."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return Span(start, end)


def _joined(text: str, sentences: Sequence[Span]) -> list[Span]:
    """Sentences with wrong breaks after "Mr." or an initial mended, so contents do not stop there."""
    joined: list[Span] = []
    for sentence in sentences:
        if (
            joined
            and _ABBREVIATED.search(text, joined[-1].start, joined[-1].end)
            and "\n" not in text[joined[-1].end : sentence.start]
        ):
            joined[-1] = Span(joined[-1].start, sentence.end)
        else:
            joined.append(sentence)
    return joined


class _Text:
    """The article's paragraphs and sentences, for finding the sentence around an offset."""

    def __init__(self, text: str, paragraphs: Sequence[Span], sentences: Sequence[Span] = ()) -> None:
        self.text = text
        self.paragraphs = list(paragraphs)
        found = sentences or [s for p in self.paragraphs for s in split_sentences(text, p.start, p.end)]
        self.sentences = _joined(text, found)
        self._sentence_starts = [s.start for s in self.sentences]
        self._paragraph_starts = [p.start for p in self.paragraphs]

    def sentence(self, at: int) -> Span:
        return self.sentences[max(0, bisect.bisect_right(self._sentence_starts, at) - 1)]

    def paragraph(self, at: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, at) - 1)


def _cue_after(doc: _Text, region: QuoteRegion) -> tuple[Span, Span | None] | None:
    """'"…," said Doe', '"…," Doe said', '"…" ― Doe': the cue and speaker right after a quote."""
    text = doc.text
    paragraph_end = doc.paragraphs[doc.paragraph(region.end - 1)].end
    stop = _STOP.search(text, region.end, paragraph_end)
    end = stop.start() + 1 if stop else paragraph_end
    dash = _DASH.match(text, region.end, end)
    if dash:
        speaker = speaker_after(text, dash.end(), end)
        return (Span(dash.start(1), dash.end(1)), speaker) if speaker else None
    cue = cue_pattern().search(text, region.end, min(end, region.end + 120))
    if cue is None:
        return None
    return Span(cue.start(), cue.end()), _speaker(doc, cue, region.end, end)


def _speaker(doc: _Text, cue: re.Match[str], low: int, high: int) -> Span | None:
    """The speaker of `cue`: before it, else after it, else (for "…, saying") the sentence's subject."""
    text = doc.text
    if cue.group("according"):
        return speaker_after(text, cue.end(), high)
    found = speaker_before(text, cue.start(), low) or speaker_after(text, cue.end(), high)
    if found is None and cue.group(0).endswith("ing"):
        sentence = doc.sentence(cue.start())
        found = sentence_subject(text, sentence.start, cue.start())
    return found


def _cue_before(doc: _Text, start: int, low: int) -> tuple[Span, Span | None] | None:
    """'Doe said: "…"': a cue in the few words before `start`, and its speaker."""
    text = doc.text
    window_start = max(low, start - 120)
    best = None
    for cue in cue_pattern().finditer(text, window_start, start):
        between = text[cue.end() : start]
        if len(between) <= 60 and not _BREAK.search(between):
            best = cue
    if best is None:
        return None
    return Span(best.start(), best.end()), _speaker(doc, best, low, start)


def _embedded(text: str, region: QuoteRegion, paragraph: Span) -> bool:
    """Whether a quote opens inside a clause ('called it "a disaster"'): part of an indirect one, if any."""
    before = text[max(paragraph.start, region.start - 40) : region.start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "'\u2019"):
        return False
    last = _LAST_WORD.search(before)
    return not (last and cue_pattern().fullmatch(last.group(0)))


def _direct(doc: _Text) -> list[_Found]:
    text = doc.text
    found: list[_Found] = []
    previous: tuple[QuoteRegion, _Found] | None = None
    for region in find_quote_regions(text, doc.paragraphs):
        paragraph = doc.paragraphs[region.paragraph]
        if _embedded(text, region, paragraph):
            continue
        low = max(paragraph.start, previous[0].end if previous else 0)
        attached = _cue_after(doc, region) or _cue_before(doc, region.start, low)
        if attached is None and region.start == paragraph.start and region.paragraph > 0:
            before = doc.paragraphs[region.paragraph - 1]
            if text[before.start : before.end].rstrip().endswith(":"):
                attached = _cue_before(doc, before.end, before.start)
        if attached is None and previous is not None and previous[0].paragraph == region.paragraph:
            attached = (previous[1].cue, previous[1].speaker) if previous[1].cue else None
        if attached is None and _words(text, region.start, region.end, MIN_UNCUED_WORDS) < MIN_UNCUED_WORDS:
            continue
        cue, speaker = attached if attached else (None, None)
        quote = _Found(Span(region.start, region.end), cue, speaker, True)
        found.append(quote)
        previous = (region, quote)
    return found


def _indirect(doc: _Text, taken: list[Span], used_cues: set[Span]) -> list[_Found]:
    text = doc.text
    found: list[_Found] = []
    starts = [span.start for span in taken]
    for cue in cue_pattern().finditer(text):
        cue_span = Span(cue.start(), cue.end())
        if cue_span in used_cues or _inside(starts, taken, cue.start()):
            continue
        sentence = doc.sentence(cue.start())
        result = _attribution(doc, cue, sentence)
        if result is None:
            continue
        content, speaker = result
        if _words(text, content.start, content.end, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS:
            found.append(_Found(content, cue_span, speaker, False))
    return found


def _inside(starts: list[int], spans: list[Span], at: int) -> bool:
    index = bisect.bisect_right(starts, at) - 1
    return index >= 0 and spans[index].start <= at < spans[index].end


def _attribution(doc: _Text, cue: re.Match[str], sentence: Span) -> tuple[Span, Span | None] | None:
    """The content and speaker of the attribution whose cue is `cue`, or None when it is not one."""
    text = doc.text
    if cue.group("according"):
        source = _SOURCE.match(text, cue.end(), sentence.end)
        speaker = speaker_after(text, cue.end(), sentence.end) or (
            _trimmed(text, source.start(1), source.end(1)) if source else None
        )
        if speaker is None:
            return None
        if text[sentence.start : cue.start()].strip(' "\u201c') == "":
            comma = text.find(",", speaker.end, sentence.end)
            return (_trimmed(text, comma + 1, sentence.end), speaker) if comma > 0 else None
        return _trimmed(text, sentence.start, cue.start()), speaker
    if _PASSIVE.search(text, _word_start(text, max(sentence.start, cue.start() - _PASSIVE_REACH)), cue.start()):
        return None  # "no deaths were reported": the subject was not the one who spoke
    speaker = speaker_before(text, cue.start(), sentence.start) or whole_subject(text, sentence.start, cue.start())
    if speaker is not None:
        rest = cue.end()
        that = _THAT.match(text, rest, sentence.end)
        if that:
            rest = that.end() - len(that.group(1))
        elif cue.group(0).lower() in TELLING:
            listener = _LISTENER.match(text, rest, sentence.end)
            rest = listener.end() if listener else rest
        content = _trimmed(text, rest, sentence.end)
        head = text[sentence.start : speaker.start].rstrip()
        opening = text[sentence.start : speaker.start]
        if _words(text, content.start, content.end, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS and (
            _words(text, sentence.start, speaker.start, MAX_OPENING_WORDS + 1) <= MAX_OPENING_WORDS or opening.rstrip().endswith(",")
        ):
            return content, speaker
        if head.endswith(","):
            return _trimmed(text, sentence.start, speaker.start), speaker
        return None
    if text[sentence.start : cue.start()].rstrip().endswith(","):
        speaker = speaker_after(text, cue.end(), sentence.end)
        if speaker is not None:
            return _trimmed(text, sentence.start, cue.start()), speaker
    return None


def find_quotes(
    text: str, paragraphs: Sequence[Span], entities: Sequence[Entity], sentences: Sequence[Span] = ()
) -> list[Quote]:
    """Every attribution of the article: direct quotes first found by their marks, then indirect ones."""
    doc = _Text(text, paragraphs, sentences)
    direct = _direct(doc)
    taken = sorted((q.content for q in direct), key=lambda s: s.start)
    used = {q.cue for q in direct if q.cue is not None}
    indirect = _indirect(doc, taken, used)
    index = EntityIndex(text, entities)
    quotes = [
        Quote(q.content, q.cue, q.speaker, index.resolve(q.speaker) if q.speaker else None, q.direct)
        for q in direct + indirect
    ]
    return sorted(quotes, key=lambda q: (q.content.start, q.content.end))
