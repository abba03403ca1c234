"""Headline style for one highlight: present tense, no dateline or time opener, about 20 words at most.

`words_of` splits a highlight into words for the tagger; `headline` rewrites it
from the words' Penn tags and chunks. Only verbs of the main clause change, and
only their inflection ("breached" -> "breach", "has won" -> "wins", "was
arrested" -> "is arrested"); words inside quote marks, modal and future verb
groups and every other word stay as written, and a cut is made only before a
clause ("..., which ...", "; ...") outside quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._verbs import base_form, present

__all__ = ["Word", "headline", "words_of"]

_DATELINE = re.compile(r"^(?:By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:\s*[|\u2013\u2014-]+\s+|,? *\n\s*)|[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*(?:,? \([^)]{1,40}\))?\s+[-\u2013\u2014]+\s+|\([A-Za-z ]{2,30}\)\s*[-\u2013\u2014]+\s+)")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OPENER = re.compile(
    rf"^(?:(?:Early|Late|Earlier|Later) )?(?:on )?(?:{_DAY}(?: (?:morning|afternoon|evening|night))?|[Yy]esterday|[Tt]oday|"
    r"[Ll]ast (?:night|week|month|year)|[Ee]arlier this (?:week|month|year)|[Tt]his (?:morning|week))"
    r",\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z]+(?=n['\u2019]t\b)|n['\u2019]t\b|(?<=\w)['\u2019]s\b|\d+(?:[.,:]\d+)*|\w+(?:[-.]\w+)*|\S")
_OPEN_QUOTES = '"\u201c'
_CLOSE_QUOTES = '"\u201d'
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "where"})
_ADVERBIAL = frozenset(
    {"after", "when", "because", "while", "as", "since", "if", "although", "though", "before", "until", "once", "unless", "whether"}
)
_COORDINATORS = frozenset({"and", "but", "or", "then"})
_PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i", "these", "those", "both", "many", "several", "few"})
_PLURAL_NOUNS = frozenset({"police", "people", "cattle", "staff", "crew", "personnel"})
_NOUNS = ("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX", "DT")
_NEGATIONS = frozenset({"not", "n't", "n\u2019t", "never"})
_CUTS = re.compile(r",\s+(?=(?:which|who|while|and|but|as|after|saying|adding|although|though|whereas)\b)|;\s+|\s+[-\u2013\u2014]{1,2}\s+")


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a highlight: its offsets in the text and whether it stands inside quote marks."""

    text: str
    start: int
    end: int
    quoted: bool


def _strip_openers(text: str) -> str:
    text = _DATELINE.sub("", text, count=1)
    opened = _OPENER.sub("", text, count=1)
    if opened != text and opened[:1].islower() and opened.split(" ", 1)[0] in ("the", "a", "an", "police", "officials"):
        opened = opened[0].upper() + opened[1:]
    return opened if opened[:1].isupper() or opened[:1] in _OPEN_QUOTES else text


def words_of(text: str) -> tuple[str, list[Word]]:
    """The highlight without a leading dateline, byline or time opener, and its words."""
    text = _strip_openers(text)
    words: list[Word] = []
    quoted = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in _OPEN_QUOTES and not quoted:
            quoted = True
            words.append(Word(token, match.start(), match.end(), True))
            continue
        if token in _CLOSE_QUOTES and quoted:
            quoted = False
            words.append(Word(token, match.start(), match.end(), True))
            continue
        words.append(Word(token, match.start(), match.end(), quoted))
    return text, words


def _subject_plural(words: list[Word], pos: list[str], chunks: list[str], verb: int) -> bool:
    """Whether the subject before word `verb` is plural: the nearest noun phrase not inside a prepositional phrase."""
    i = verb - 1
    while i >= 0:
        if chunks[i].endswith("NP") and not words[i].quoted:
            end = i
            while i > 0 and chunks[i] != "B-NP" and chunks[i - 1].endswith("NP"):
                i -= 1
            start = i
            before = pos[start - 1] if start > 0 else ""
            if before in ("IN", "TO") and start > 0 and words[start - 1].text.lower() not in _RELATIVES | _ADVERBIAL:
                i = start - 1
                continue
            phrase = words[start : end + 1]
            tags = pos[start : end + 1]
            if any(w.text.lower() == "and" for w in phrase) or _joined(words, pos, start):
                return True
            heads = [k for k, tag in enumerate(tags) if tag.startswith(_NOUNS)]
            if not heads:
                return False
            head = heads[-1]
            lower = phrase[head].text.lower()
            if lower in _PLURAL_PRONOUNS or lower in _PLURAL_NOUNS:
                return True
            if tags[head] == "CD":
                return lower not in ("one", "1")
            return tags[head] in ("NNS", "NNPS")
        if words[i].text in (",", ";", ":") or pos[i].startswith(("VB", "MD")):
            return False
        i -= 1
    return False


def _joined(words: list[Word], pos: list[str], start: int) -> bool:
    """Whether the noun phrase at `start` is the second of two joined by "and" ("Bill and Rose")."""
    return start >= 2 and words[start - 1].text.lower() == "and" and pos[start - 2].startswith(("NN", "PRP"))


def _inflect(word: str, base: str, plural: bool, first_person: bool) -> str:
    if base == "be" and first_person:
        form = "am"
    else:
        form = present(base, plural or first_person)
    return form.capitalize() if word[:1].isupper() else form


def _next(words: list[Word], pos: list[str], i: int) -> int:
    """The next word after `i` that is not an adverb (or -1)."""
    j = i + 1
    while j < len(words) and pos[j] in ("RB", "RBR") and words[j].text.lower() not in _NEGATIONS:
        j += 1
    return j if j < len(words) else -1


def _edits(words: list[Word], pos: list[str], chunks: list[str]) -> dict[int, str]:
    """Replacement text for words of the main clause's verb groups (an empty string drops the word)."""
    edits: dict[int, str] = {}
    done = False
    plural = False
    skip_to_comma = False
    skip_verb = False
    previous = ""
    for i, word in enumerate(words):
        lower = word.text.lower()
        tag = pos[i]
        if word.quoted:
            previous = lower
            continue
        if skip_to_comma:
            skip_to_comma = word.text != ","
            previous = lower
            continue
        if lower in _ADVERBIAL and tag in ("IN", "WRB") and i > 0 and words[i - 1].text != ",":
            if done:
                break
        if lower in _ADVERBIAL and tag in ("IN", "WRB") and not done and (i == 0 or words[i - 1].text == ","):
            skip_to_comma = True
            previous = lower
            continue
        if lower in _RELATIVES and tag in ("WDT", "WP", "WP$", "WRB", "IN"):
            if done:
                break
            skip_verb = True
            previous = lower
            continue
        verbal = (tag.startswith("VB") or tag == "MD") and not word.text[:1].isupper()
        if not verbal:
            if tag not in ("RB", "RBR"):
                previous = lower
            continue
        if skip_verb:
            skip_verb = not tag.startswith(("VBD", "VBZ", "VBP", "MD"))
            previous = lower
            continue
        coordinated = previous in _COORDINATORS or previous == ","
        if done and not coordinated:
            break
        if tag in ("VBD", "VBN", "VBZ", "VBP") and not (done and coordinated):
            plural = _subject_plural(words, pos, chunks, i)
        first_person = i > 0 and words[i - 1].text == "I"
        if tag == "MD" or tag in ("VBZ", "VBP") and lower not in ("has", "have"):
            done = True
        elif lower in ("has", "have") and tag in ("VBZ", "VBP"):
            done = True
            _perfect(words, pos, i, lower == "have", edits)
        elif tag == "VBD" and lower == "had":
            nxt = _next(words, pos, i)
            if nxt < 0 or not pos[nxt].startswith("VBN"):
                edits[i] = _inflect(word.text, "have", plural, first_person)
            done = True
        elif tag == "VBD" or (tag == "VBN" and (lower in ("was", "were") or _bare_past(words, pos, i, done))):
            base = base_form(lower)
            if base is not None and previous not in ("to",):
                edits[i] = _inflect(word.text, base, plural if lower not in ("was", "were") else lower == "were", first_person)
            done = True
        elif done and tag == "VBN" and coordinated and previous in _COORDINATORS:
            base = base_form(lower)
            if base is not None:
                edits[i] = _inflect(word.text, base, plural, first_person)
        previous = lower
    return edits


def _bare_past(words: list[Word], pos: list[str], i: int, done: bool) -> bool:
    """Whether a word tagged VBN is the clause's past verb ("people died"), not a reduced relative or a participle."""
    if done or i == 0 or not pos[i - 1].startswith(("NN", "PRP", "CD")) or words[i - 1].quoted:
        return False
    previous = ""
    for word, tag in zip(words[i + 1 :], pos[i + 1 :]):
        if word.text in (",", ";", ":") or word.text.lower() in _RELATIVES | _ADVERBIAL:
            return True
        finite = tag in ("VBD", "VBZ", "VBP", "MD") or word.text.lower() in ("was", "were")
        if finite and not word.quoted and previous not in _COORDINATORS:
            return False
        if tag not in ("RB", "RBR"):
            previous = word.text.lower()
    return True


def _perfect(words: list[Word], pos: list[str], i: int, plural: bool, edits: dict[int, str]) -> None:
    """ "has won" -> "wins", "has been arrested" -> "is arrested"; "has not won" stays."""
    nxt = _next(words, pos, i)
    if nxt < 0 or words[nxt].quoted:
        return
    following = words[nxt].text.lower()
    if following == "been":
        edits[i] = "are" if plural else "is"
        edits[nxt] = ""
    elif pos[nxt] == "VBN" or (pos[nxt] == "VBD" and following not in _NEGATIONS):
        base = base_form(following)
        if base is not None:
            edits[i] = ""
            edits[nxt] = present(base, plural)


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


def _quoted_at(text: str, position: int) -> bool:
    before = text[:position]
    return (before.count('"') % 2 == 1) or before.count("\u201c") > before.count("\u201d")


def _cap(text: str, limit: int) -> str:
    """`text` cut before a clause so it has at most `limit` words, when such a cut exists."""
    if len(text.split()) <= limit:
        return text
    best = None
    for match in _CUTS.finditer(text):
        kept = text[: match.start()].rstrip(" ,;")
        if 6 <= len(kept.split()) <= limit and not _quoted_at(text, match.start()):
            best = kept
    if best is None:
        return text
    return best + "." if text.rstrip().endswith((".", '."', ".\u201d")) else best


def headline(text: str, words: list[Word], pos: list[str], chunks: list[str], limit: int = 20) -> str:
    """`text` (as `words_of` returned it) in headline style, from its words' tags and chunks."""
    return _cap(_apply(text, words, _edits(words, pos, chunks)), limit)
