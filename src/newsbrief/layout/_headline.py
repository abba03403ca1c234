"""Headline style for one highlight: present tense, no dateline or time opener, about 20 words at most.

`words_of` splits a highlight into words for the tagger; `headline` rewrites it
from the words' Penn tags and chunks. Only verbs of the main clause change, and
only their inflection ("breached" -> "breach", "was arrested" -> "is arrested");
words inside quote marks, present perfects ("has won"), modal and future verb
groups and every other word stay as written. A highlight over the limit first loses
an opening phrase and an aside before its verb (`_trim`), then is cut only before a
clause ("..., which ...", "; ...") or "despite"/"amid", outside quotes.
A highlight that dates itself to the past ("in 2013", "years ago", "last season")
keeps its tense: it tells history, not news.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._headline_words import CLOSE_QUOTES, Word, words_of
from ._trim import trimmed, word_count
from ._tense import ADVERBIAL, RELATIVES, SUBORDINATING, mixed_tenses, noun_chunks, outside_relatives, verb_edits

__all__ = ["Word", "headline", "noun_chunks", "words_of"]

_CUTS = re.compile(
    r",\s+(?=(?:which|who|while|and|as|after|saying|adding|although|though|whereas)\b)|;\s+|\s+(?:--|\u2013|\u2014)\s+"
    r"|\s+(?=(?:despite|amid)\s)"  # "... despite protests from residents"
)
_MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PAST_TIME = re.compile(
    r"\b(?:(?:in|during|of|until|by) (?:the (?:spring|summer|autumn|fall|winter) of )?20\d\d|1[89]\d\d"
    r"|(?:years?|months?|weeks?|decades?|days?) ago|yesterday"
    r"|last (?:year|month|season|decade|century|summer|winter|spring|autumn|weekend|week|night"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|earlier (?:this|in the) (?:year|month|season|decade)|in the past|at the time|previously|formerly"
    r"|the 20\d\d|born|recently|earlier in|" + _MONTHS + r" 20\d\d"
    r"|at one point|the then|at the (?:beginning|start|end) of (?:the (?:year|season|month)|" + _MONTHS + r")"
    r"|(?:over|in) the (?:past|last) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years|decades|seasons)"
    r"|within (?:\d+|two|three|four|five|six|seven|eight|nine|ten) years"
    r"|last " + _MONTHS + r"|" + _MONTHS + r" \d{1,2}(?:st|nd|rd|th)? ?,? (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Every match of `_PAST_TIME` holds one of these, in lower case: most highlights have none and skip the search.
_PAST_TIME_KEYS = (
    "20", "18", "19", "ago", "yesterday", "last", "earlier", "past", "time", "previously", "formerly", "born", "recently",
    "point", "then", "beginning", "start", "end", "within",
)
_DANGLING = frozenset({"CC", "IN", "DT", "TO", "PRP$", "POS"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_WORDS = RELATIVES | {"whether", "if", "how", "what", "why"}  # no noun phrase can finish what they open
_DASHES = frozenset({"--", "\u2013", "\u2014"})
_DASH = re.compile(r"\s(?:--|\u2013|\u2014)\s")


def _dated_in_past(text: str) -> bool:
    """Whether `text` dates itself to the past (`_PAST_TIME`). An ASCII text without any of the pattern's
    key words cannot match, and lower-casing other scripts can differ from how the pattern ignores case."""
    if text.isascii():
        lowered = text.lower()
        if not any(key in lowered for key in _PAST_TIME_KEYS):
            return False
    return _PAST_TIME.search(text) is not None


def _apply(text: str, words: list[Word], edits: dict[int, str]) -> str:
    out: list[str] = []
    at = 0
    for i in sorted(edits):
        word = words[i]
        out.append(text[at : word.start])
        out.append(edits[i])
        at = word.end
        if not edits[i]:  # a dropped word takes the space after it
            while at < len(text) and text[at] == " ":
                at += 1
    out.append(text[at:])
    result = "".join(out)
    return result[0].upper() + result[1:] if result and result[0].islower() and text[:1].isupper() else result


def _cut(text: str, words: list[Word], pos: list[str], main: int, limit: int) -> int:
    """Where to cut `text` so it keeps at most `limit` words: before a clause that follows the main verb,
    outside quotes and subordinate clauses; the text's length when no such cut exists or none is needed."""
    if len(text.split()) <= limit or main < 0:
        return len(text)
    best = len(text)
    for match in _CUTS.finditer(text):
        at = match.start()
        between = [k for k, w in enumerate(words) if words[main].end <= w.start and w.end <= at]
        kept = text[:at].rstrip(" ,;")
        if len(kept.split()) > limit:
            break  # every later cut keeps more words still
        if not between or len(kept.split()) < 6 or any(words[k].quoted for k in between[-1:]):
            continue
        if any(_opens_clause(words, pos, k, between[-1]) for k in between) or pos[between[-1]] in _DANGLING:
            continue
        if any(_unfinished(words, pos, k, between[-1]) for k in between):
            continue  # "wrote that the deckhand, who ...": the reported clause has no verb yet
        if match.group().startswith(",") and not _clause_follows(words, pos, match.end()):
            continue
        if not match.group().strip() and not _loose_cut(words, pos, match.end()):
            continue
        if match.group().strip() in _DASHES and _inside_dashes(text, words, pos, at):
            continue  # "the officer – then a constable – was told": dashes around an aside are no break
        if any(w.quoted for w in words if w.start < at) and _open_quote_before(words, at):
            continue
        best = len(kept)
    return best


def _inside_dashes(text: str, words: list[Word], pos: list[str], at: int) -> bool:
    """Whether the dash at `at` closes an aside in dashes, or opens one that its clause's verb follows
    ("the officer – then a constable – was told"): a cut there would leave the clause unfinished."""
    if len(_DASH.findall(text, 0, at)) % 2:
        return True
    closing = _DASH.search(text, at + 1)
    if closing is None:
        return False
    after = next((k for k, word in enumerate(words) if word.start >= closing.end()), -1)
    return after >= 0 and pos[after] in _FINITE


def _loose_cut(words: list[Word], pos: list[str], at: int) -> bool:
    """Whether a cut without a comma before the word at position `at` ("despite", "amid") is before a preposition."""
    following = [k for k, word in enumerate(words) if word.start >= at]
    if not following:
        return False
    first = following[0]
    return not words[first].quoted and pos[first] == "IN"


def _opens_clause(words: list[Word], pos: list[str], k: int, last: int) -> bool:
    """Whether word `k` opens a subordinate clause that has a finite verb by word `last`."""
    return words[k].text.lower() in RELATIVES | ADVERBIAL and pos[k] in SUBORDINATING and _finite_by(pos, k, last)


def _unfinished(words: list[Word], pos: list[str], k: int, last: int) -> bool:
    """Whether word `k` opens a clause ("that", "whether", "who") that has no finite verb by word `last`."""
    return words[k].text.lower() in _CLAUSE_WORDS and pos[k] in SUBORDINATING and not _finite_by(pos, k, last)


def _finite_by(pos: list[str], k: int, last: int) -> bool:
    """Whether a finite verb stands after word `k`, up to word `last`."""
    return any(tag in _FINITE for tag in pos[k + 1 : last + 1])


def _clause_follows(words: list[Word], pos: list[str], at: int) -> bool:
    """Whether the words from position `at` to the next comma hold a finite verb (a clause, not a list item)."""
    for word, tag in zip(words, pos):
        if word.start < at:
            continue
        if word.text in (",", ";", ":"):
            return False
        if tag in _FINITE or tag == "VBG":
            return True
    return False


def _open_quote_before(words: list[Word], at: int) -> bool:
    """Whether position `at` is inside quote marks."""
    inside = [w for w in words if w.start < at]
    return bool(inside) and inside[-1].quoted and inside[-1].text not in CLOSE_QUOTES


def headline(
    text: str,
    words: list[Word],
    pos: list[str],
    chunks: list[str],
    limit: int = 20,
    dated: Callable[[str], bool] | None = None,
) -> str:
    """`text` (as `words_of` returned it) in headline style, from its words' tags and chunks. `dated` is
    asked of the words outside relative clauses whether they date the news away from its day (a date
    weeks before publication); if so, like "in 2013", the tense stays."""
    edits, main = verb_edits(words, pos, chunks)
    if word_count(words) > limit and main >= 0:
        shorter = trimmed(text, words, pos, chunks, main, limit)
        if shorter[0] != text:
            text, words, pos, chunks = shorter
            edits, main = verb_edits(words, pos, chunks)
    cut = _cut(text, words, pos, main, limit)
    outside = outside_relatives(words, pos)
    if _dated_in_past(outside) or (dated is not None and dated(outside)):
        edits = {}  # "was captain in 2013", "sold the farm years ago": history, not news, keeps its tense
    elif edits and mixed_tenses(words, pos, edits, main, sum(1 for word in words if word.end <= cut)):
        edits = {}  # half past, half present reads worse than the sentence as written
    if cut == len(text):
        return _apply(text, words, edits)
    kept = [k for k, word in enumerate(words) if word.end <= cut]
    shortened = _apply(text[:cut], words[: len(kept)], {k: edits[k] for k in kept if k in edits})
    return shortened + "." if text.rstrip().endswith((".", '."', ".\u201d")) else shortened
