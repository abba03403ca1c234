"""Headline style for one highlight: present tense, no dateline or time opener, about 20 words at most.

`words_of` splits a highlight into words for the tagger; `headline` rewrites it
from the words' Penn tags and chunks. Only verbs of the main clause change, and
only their inflection ("breached" -> "breach", "has won" -> "wins", "was
arrested" -> "is arrested"); words inside quote marks, modal and future verb
groups and every other word stay as written, and a cut is made only before a
clause ("..., which ...", "; ...") or "despite"/"amid", outside quotes.
A highlight that dates itself to the past ("in 2013", "years ago", "last season")
keeps its tense: it tells history, not news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._verbs import base_form, present

__all__ = ["Word", "headline", "noun_chunks", "words_of"]

_DATELINE = re.compile(
    r"^(?:By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:\s*[|\u2013\u2014-]+\s+|,? *\n\s*)"  # By Jane Doe -
    r"|[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*(?:,? \([^)]{1,40}\))?\s+[-\u2013\u2014]+\s+"  # LONDON (Wire) -
    r"|\([A-Za-z ]{2,30}\)\s*[-\u2013\u2014]+\s+)"  # (Wire) --
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OPENER = re.compile(
    rf"^(?:(?:Early|Late|Earlier|Later) )?(?:on )?(?:{_DAY}(?: (?:morning|afternoon|evening|night))?"
    r"|[Yy]esterday|[Tt]oday|[Ll]ast (?:night|week|month|year)|[Ee]arlier this (?:week|month|year)|[Tt]his (?:morning|week))"
    r",\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"[A-Za-z]+(?=n['\u2019]t\b)|n['\u2019]t\b|['\u2019]s\b|\d+(?:[.,:]\d+)*|\w+(?:[-.]\w+)*|\S"
)
_OPEN_QUOTES = '"\u201c'
_CLOSE_QUOTES = '"\u201d'
_CLOSER = {'"': '"', "\u201c": "\u201d\"", "\u2018": "\u2019'", "'": "'\u2019"}
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "where"})
_ADVERBIAL = frozenset(
    {"after", "when", "because", "while", "as", "since", "if", "although", "though", "before", "until", "once"}
    | {"unless", "whether"}
)
_COORDINATORS = frozenset({"and", "but", "or", "then"})
_APPROXIMATELY = frozenset({"about", "around", "nearly", "almost", "over", "some", "roughly", "approximately"})
_QUANTITIES = frozenset({"some", "most", "all", "many", "none", "half", "majority", "rest", "lot", "lots", "dozens"})
_CLAUSE_OPENERS = frozenset(
    {"who", "which", "that", "whom", "whose", "where", "how", "what", "why", "whether", "than"}
    | {"after", "when", "because", "while", "as", "since", "if", "although", "though", "before", "until", "once"}
)
_JOINERS = frozenset({"and", "but", "yet", ";"})
_REPORTING = frozenset({"say", "tell", "add", "announce", "confirm", "report", "state", "explain", "admit", "claim"})
_PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i", "these", "those", "both", "many", "several", "few"})
_PLURAL_NOUNS = frozenset({"police", "people", "cattle", "staff", "crew", "personnel"})
_NOUNS = ("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX", "DT")
_CHARGES = frozenset({"accused", "suspected", "convicted", "charged", "cleared", "acquitted"})
_NEGATIONS = frozenset({"not", "n't", "n\u2019t", "never"})
_CUTS = re.compile(
    r",\s+(?=(?:which|who|while|and|but|as|after|saying|adding|although|though|whereas)\b)|;\s+|\s+(?:--|\u2013|\u2014)\s+"
    r"|\s+(?=(?:despite|amid)\s)"  # "... despite protests from residents"
)
_PAST_TIME = re.compile(
    r"\b(?:(?:in|during|of|until|by) (?:the (?:spring|summer|autumn|fall|winter) of )?20\d\d|1[89]\d\d"
    r"|(?:years?|months?|weeks?|decades?|days?) ago|yesterday"
    r"|last (?:year|month|season|decade|century|summer|winter|spring|autumn|weekend|week|night"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|earlier (?:this|in the) (?:year|month|season|decade)|in the past|at the time|previously|formerly)\b",
    re.IGNORECASE,
)
# A present perfect that counts or spans time keeps its perfect: "has scored 11 goals this season", "has led since".
_ONGOING = re.compile(
    r"\b(?:since|so far|this (?:season|year|term|century)|already|ever|yet|times|to date"
    r"|of (?:their|his|her|its|the) last|in (?:his|her|their|its) career)\b",
    re.IGNORECASE,
)
_MODIFIERS = frozenset({"POS", "DT", "PRP$", "JJ", ","})
_DANGLING = frozenset({"CC", "IN", "DT", "TO", "PRP$", "POS"})
_SUBORDINATING = frozenset({"IN", "WDT", "WP", "WP$", "WRB"})
_PHRASE_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "EX", "$"})
_PHRASE_OPENERS = frozenset({"DT", "PDT", "PRP$", "PRP", "EX"})


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
    closer = ""  # the mark that ends the quote we are in
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not closer and _opens_quote(token, text, match.start()):
            closer = _CLOSER[token]
            words.append(Word(token, match.start(), match.end(), True))
            continue
        if closer and token in closer:
            closer = ""
            words.append(Word(token, match.start(), match.end(), True))
            continue
        if not closer and token == "\u201d" and not any(w.quoted for w in words):
            # the highlight starts inside a quote: everything up to its closing mark was said, not reported
            words = [Word(w.text, w.start, w.end, True) for w in words]
            words.append(Word(token, match.start(), match.end(), True))
            continue
        words.append(Word(token, match.start(), match.end(), bool(closer)))
    return text, words


def _opens_quote(token: str, text: str, at: int) -> bool:
    """Whether `token` at `at` opens a quote: a double mark, a curly single one, or a straight single
    one standing alone at the start of the highlight ("' we won , ' he said" in tokenized text)."""
    if token in _OPEN_QUOTES or token == "\u2018":
        return True
    return token == "'" and not text[:at].strip() and text[at + 1 : at + 2] == " "


def noun_chunks(words: list[Word], pos: list[str]) -> list[str]:
    """IOB noun-phrase chunks read off part-of-speech tags: a run of determiners, adjectives, numbers, nouns
    and pronouns is one phrase, a determiner or pronoun opens a new one unless a possessive leads into it
    ("the mayor's office"); a capitalised word tagged as a verb inside a name ("Rose and Will Carter") is a noun."""
    chunks: list[str] = []
    inside = False
    for i, (word, tag) in enumerate(zip(words, pos)):
        if tag.startswith(("VB", "MD")) and i > 0 and word.text[:1].isupper() and not word.quoted:
            tag = "NNP"
        if tag not in _PHRASE_TAGS:
            chunks.append("O")
            inside = False
            continue
        opens = not inside or (tag in _PHRASE_OPENERS and pos[i - 1] != "POS")
        chunks.append("B-NP" if opens else "I-NP")
        inside = True
    return chunks


def _subject_plural(words: list[Word], pos: list[str], chunks: list[str], verb: int) -> bool:
    """Whether the subject before word `verb` is plural: the nearest noun phrase not inside a prepositional phrase."""
    i = verb - 1
    of_plural: bool | None = None  # the number of "its members" in "2,600 of its members"
    while i >= 0:
        if chunks[i].endswith("NP") and not words[i].quoted:
            end = i
            while i > 0 and chunks[i] != "B-NP" and chunks[i - 1].endswith("NP"):
                i -= 1
            start = i
            before = words[start - 1].text.lower() if start > 0 else ""
            approximate = pos[start] == "CD" and (
                before in _APPROXIMATELY or (before == "to" and start > 1 and words[start - 2].text.lower() == "up")
            )
            if start > 0 and pos[start - 1] in ("IN", "TO") and before not in _RELATIVES | _ADVERBIAL and not approximate:
                if before == "of" and of_plural is None:
                    of_plural = _plural_head(words[start : end + 1], pos[start : end + 1])
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
            if lower in ("one", "1"):
                return False
            if of_plural is not None and (tags[head] == "CD" or lower in _QUANTITIES):
                return of_plural  # "2,600 of its members have", "most of the town has"
            if tags[head] == "CD":  # "two bodies", but "Flight 370" and "room 101" are one thing
                return not (head > 0 and tags[head - 1] in ("NN", "NNP"))
            return tags[head] in ("NNS", "NNPS")
        if words[i].text in (",", ";", ":") or pos[i].startswith(("VB", "MD")):
            return False
        i -= 1
    return False


def _plural_head(phrase: list[Word], tags: list[str]) -> bool:
    """Whether a noun phrase's head (its last noun or pronoun) is plural ("its members", "them")."""
    heads = [k for k, tag in enumerate(tags) if tag.startswith(_NOUNS)]
    if not heads:
        return False
    lower = phrase[heads[-1]].text.lower()
    return lower in _PLURAL_PRONOUNS or lower in _PLURAL_NOUNS or lower == "them" or tags[heads[-1]] in ("NNS", "NNPS")


def _joined(words: list[Word], pos: list[str], start: int) -> bool:
    """Whether the noun phrase at `start` is the second of two joined by "and" ("Bill and Rose"), not the
    end of a prepositional phrase ("the ministry of justice and public safety")."""
    if start < 2 or words[start - 1].text.lower() != "and" or not pos[start - 2].startswith(("NN", "PRP")):
        return False
    first = start - 2
    while first > 0 and pos[first - 1] in _PHRASE_TAGS:
        first -= 1
    return not (first > 0 and pos[first - 1] in ("IN", "RP", "TO"))


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


def _edits(words: list[Word], pos: list[str], chunks: list[str]) -> tuple[dict[int, str], int]:
    """Replacement text for words of the main clause's verb groups (an empty string drops the word),
    and the index of the main clause's first verb (-1 when none was found)."""
    edits: dict[int, str] = {}
    main = -1
    done = False
    plural = False
    skip_to_comma = False
    skip_verb = False
    nested: set[str] = set()
    previous = ""
    for i, word in enumerate(words):
        if done and main < 0:
            main = i - 1
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
            break  # a clause inside the sentence: its verbs are not the main clause's
        if lower in _ADVERBIAL and tag in ("IN", "WRB") and not done and (i == 0 or words[i - 1].text == ","):
            skip_to_comma = True
            previous = lower
            continue
        if lower in _RELATIVES and tag in ("WDT", "WP", "WP$", "WRB", "IN"):
            if done and lower == "that" and previous == words[main].text.lower() and _reported(words, edits, main):
                previous = lower  # "says that ...": the reported clause may follow it into the present
                continue
            if done:
                break
            skip_verb = True
            nested = {","}  # a comma may now close the clause before the main verb
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
        closes_apposition = i > 0 and tag == "VBD" and pos[i - 1] == "," and _commas_before(words, i - 1)
        if not done and tag in ("VBD", "VBN") and i > 0 and pos[i - 1] in _MODIFIERS - nested and not closes_apposition:
            previous = lower  # "his deflected shot", "the video, titled ...": an adjective or a participle
            continue
        coordinated = previous in _COORDINATORS or previous == ","
        if done and not coordinated:
            if lower == "had" and _reported(words, edits, main):
                _perfect_reported(words, pos, chunks, i, edits)
            break
        if tag in ("VBD", "VBN", "VBZ", "VBP") and not (done and coordinated):
            # after an apposition the subject stands before its first comma
            subject_end = next(k for k, w in enumerate(words) if w.text == "," and not w.quoted) if closes_apposition else i
            plural = _subject_plural(words, pos, chunks, subject_end)
        first_person = i > 0 and words[i - 1].text == "I"
        if tag == "MD" or tag in ("VBZ", "VBP") and lower not in ("has", "have"):
            done = True
        elif lower in ("has", "have") and tag in ("VBZ", "VBP"):
            done = True
            _perfect(words, pos, i, lower == "have", edits)
        elif tag == "VBD" and lower == "had":
            nxt = _next(words, pos, i)
            if nxt >= 0 and words[nxt].text.lower() in _NEGATIONS:
                nxt = _next(words, pos, nxt)
            if nxt < 0 or not pos[nxt].startswith(("VBN", "VBD")):
                edits[i] = _inflect(word.text, "have", plural, first_person)
            done = True
        elif tag == "VBD" or (tag == "VBN" and (lower in ("was", "were") or _bare_past(words, pos, i, done))):
            base = base_form(lower)
            if base is not None and previous not in ("to",):
                number = lower == "were" if lower in ("was", "were") else plural
                edits[i] = _inflect(word.text, base, number, first_person)
            done = True
        elif done and tag == "VBN" and coordinated and previous in _COORDINATORS:
            base = base_form(lower)
            if base is not None:
                edits[i] = _inflect(word.text, base, plural, first_person)
        previous = lower
    if done and main < 0:
        main = len(words) - 1
    if edits:
        _joined_clauses(words, pos, chunks, edits, main, plural)
    return edits, main


def _joined_clauses(
    words: list[Word], pos: list[str], chunks: list[str], edits: dict[int, str], main: int, plural: bool
) -> None:
    """A second main clause joined by "and", "but" or ";" follows the first into the present ("... takes a
    knock but he got" -> "but he gets"); verbs of subordinate and relative clauses keep their tense."""
    state, joined_at = "main", -1
    for k in range(main + 1, len(words)):
        word, tag = words[k], pos[k]
        lower = word.text.lower()
        if word.quoted or k in edits:
            continue
        if lower in _CLAUSE_OPENERS and tag in _SUBORDINATING:
            state = "sub"
            continue
        if lower in _JOINERS and (state == "main" or lower == ";" or words[k - 1].text == ","):
            state, joined_at = "joined", k
            continue
        if state != "joined" or not (tag.startswith("VB") or tag == "MD") or word.text[:1].isupper():
            continue
        state = "main"
        own_subject = any(pos[j].startswith(_NOUNS) for j in range(joined_at + 1, k))
        number = _subject_plural(words, pos, chunks, k) if own_subject else plural
        first_person = words[k - 1].text == "I"
        if lower in ("has", "have") and tag in ("VBZ", "VBP"):
            _perfect(words, pos, k, lower == "have", edits)  # the verb's own number outranks a guessed subject
        elif lower == "had" and not _progressive(words, pos, k):
            edits[k] = _inflect(word.text, "have", number, first_person)
        elif tag == "VBD" or lower in ("was", "were"):
            base = base_form(lower)
            if base is not None:
                edits[k] = _inflect(word.text, base, lower == "were" if lower in ("was", "were") else number, first_person)


def _reported(words: list[Word], edits: dict[int, str], verb: int) -> bool:
    """Whether the main verb at `verb` is a reporting verb turned present ("said" -> "says")."""
    return verb in edits and base_form(words[verb].text) in _REPORTING


def _perfect_reported(words: list[Word], pos: list[str], chunks: list[str], i: int, edits: dict[int, str]) -> None:
    """ "says ... had joined" -> "says ... have joined": the past perfect of a reported clause follows its
    reporting verb into the present."""
    following = _next(words, pos, i)
    if following < 0 or pos[following] != "VBN" or words[following].quoted or _progressive(words, pos, i):
        return  # "had been drinking" keeps its time
    edits[i] = "have" if _subject_plural(words, pos, chunks, i) else "has"


def _progressive(words: list[Word], pos: list[str], i: int) -> bool:
    """Whether the auxiliary at `i` opens a perfect progressive ("had been drinking")."""
    been = _next(words, pos, i)
    after = _next(words, pos, been) if been >= 0 else -1
    return after >= 0 and words[been].text.lower() == "been" and (pos[after] == "VBG" or words[after].text.endswith("ing"))


def _commas_before(words: list[Word], i: int) -> bool:
    """Whether an unquoted comma comes before word `i`: a comma at `i` then closes an apposition
    ("Dock workers at the port, the busiest on the coast, walked out")."""
    return any(w.text == "," and not w.quoted for w in words[:i])


def _bare_past(words: list[Word], pos: list[str], i: int, done: bool) -> bool:
    """Whether a word tagged VBN is the clause's past verb ("people died"), not a reduced relative or a participle."""
    if done or i == 0 or not pos[i - 1].startswith(("NN", "PRP", "CD")) or words[i - 1].quoted:
        return False
    following = words[i + 1].text.lower() if i + 1 < len(words) else ""
    if following == "by" or (following in ("of", "with") and words[i].text.lower() in _CHARGES):
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
    """ "has won" -> "wins", "has been arrested" -> "is arrested"; "has not won" and a perfect that
    counts or spans time ("has won 11 of their last 14", "has led since May") stay."""
    nxt = _next(words, pos, i)
    if nxt < 0 or words[nxt].quoted:
        return
    if _ONGOING.search(" ".join(w.text for w in words[nxt:] if not w.quoted)):
        return
    following = words[nxt].text.lower()
    if following == "been":
        after = _next(words, pos, nxt)
        if after >= 0 and pos[after] == "VBG":  # "has been playing since ..." keeps its time span
            return
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
        if not between or not 6 <= len(kept.split()) <= limit or any(words[k].quoted for k in between[-1:]):
            continue
        if any(_opens_clause(words, pos, k, between[-1]) for k in between) or pos[between[-1]] in _DANGLING:
            continue
        if match.group().startswith(",") and not _clause_follows(words, pos, match.end()):
            continue
        if not match.group().strip() and not _loose_cut(words, pos, match.end()):
            continue
        if any(w.quoted for w in words if w.start < at) and _open_quote_before(words, at):
            continue
        best = len(kept)
    return best


def _loose_cut(words: list[Word], pos: list[str], at: int) -> bool:
    """Whether a cut without a comma before the word at position `at` ("despite", "amid") is before a preposition."""
    following = [k for k, word in enumerate(words) if word.start >= at]
    if not following:
        return False
    first = following[0]
    return not words[first].quoted and pos[first] == "IN"


def _opens_clause(words: list[Word], pos: list[str], k: int, last: int) -> bool:
    """Whether word `k` opens a subordinate clause that has a finite verb by word `last`."""
    if words[k].text.lower() not in _RELATIVES | _ADVERBIAL or pos[k] not in _SUBORDINATING:
        return False
    return any(tag in ("VBD", "VBZ", "VBP", "MD") for tag in pos[k + 1 : last + 1])


def _clause_follows(words: list[Word], pos: list[str], at: int) -> bool:
    """Whether the words from position `at` to the next comma hold a finite verb (a clause, not a list item)."""
    for word, tag in zip(words, pos):
        if word.start < at:
            continue
        if word.text in (",", ";", ":"):
            return False
        if tag in ("VBD", "VBZ", "VBP", "MD", "VBG"):
            return True
    return False


def _open_quote_before(words: list[Word], at: int) -> bool:
    """Whether position `at` is inside quote marks."""
    inside = [w for w in words if w.start < at]
    return bool(inside) and inside[-1].quoted and inside[-1].text not in _CLOSE_QUOTES


def headline(text: str, words: list[Word], pos: list[str], chunks: list[str], limit: int = 20) -> str:
    """`text` (as `words_of` returned it) in headline style, from its words' tags and chunks."""
    edits, main = _edits(words, pos, chunks)
    cut = _cut(text, words, pos, main, limit)
    if _PAST_TIME.search(" ".join(w.text for w in words if w.end <= cut and not w.quoted)):
        edits = {}  # "was captain in 2013", "sold the farm years ago": history, not news, keeps its tense
    if cut == len(text):
        return _apply(text, words, edits)
    kept = [k for k, word in enumerate(words) if word.end <= cut]
    shortened = _apply(text[:cut], words[: len(kept)], {k: edits[k] for k in kept if k in edits})
    return shortened + "." if text.rstrip().endswith((".", '."', ".\u201d")) else shortened
