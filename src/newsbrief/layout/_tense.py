"""The tense rules of headline style: which verbs of a highlight change, and to what.

`verb_edits` finds the main clause's verb groups from Penn tags and noun-phrase chunks
(`noun_chunks` reads the chunks off the tags) and gives each word's replacement:
the simple past turns present with the subject's number ("breached" -> "breach",
"was arrested" -> "is arrested"), but a past state ("was 25", "were late") stays: it may
have ended since. A second main clause joined by "and"/"but" follows,
and verbs of relative and subordinate clauses, words in quotes and modals stay. A
present perfect ("has won") is already a present tense and stays, with any participle
that shares its auxiliary ("has won the cup and scored twice"): where a published
highlight of the training data copies a present perfect's verb, it keeps the perfect
in 57% of cases and writes the simple present in 16% (`scripts/verb_practice.py`).
"""

from __future__ import annotations

from ._headline_words import Word
from ._verbs import base_form, present

__all__ = ["ADVERBIAL", "RELATIVES", "SUBORDINATING", "mixed_tenses", "noun_chunks", "outside_relatives", "verb_edits"]

RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "where"})
ADVERBIAL = frozenset(
    {"after", "when", "because", "while", "as", "since", "if", "although", "though", "before", "until", "once"}
    | {"unless", "whether"}
)
_COORDINATORS = frozenset({"and", "but", "or", "then"})
_APPROXIMATELY = frozenset({"about", "around", "nearly", "almost", "over", "some", "roughly", "approximately"})
_QUANTITIES = frozenset({"some", "most", "all", "many", "none", "half", "majority", "rest", "lot", "lots", "dozens"})
_CLAUSE_OPENERS = RELATIVES | ADVERBIAL | {"how", "what", "why"}
_JOINERS = frozenset({"and", "but", "yet", ";"})
_PREPOSITIONS = frozenset({"IN", "TO"})
_CAPTION_PARTICIPLES = frozenset({"pictured", "dubbed", "titled", "entitled", "nicknamed"})
_NAMING = frozenset({"named", "called"})
_SEEN = frozenset({"found", "seen", "caught", "spotted", "filmed", "heard"})
_NO_OBJECT = frozenset({"IN", "TO", "RB", "RP", ",", ".", ":"})  # a participle, not a verb with an object
_MOMENT = frozenset({"when", "as", "while", "once"})
_SAME_TIME = frozenset({"after", "when", "as", "while", "before", "once", "until", "because"})
_REPORTING = frozenset(
    "say tell add announce confirm report state explain admit claim reveal insist warn deny allege believe think "
    "suggest argue find show learn hear know realise realize discover fear hope expect agree accept".split()
)
_PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i", "these", "those", "both", "many", "several", "few"})
_PLURAL_NOUNS = frozenset({"police", "people", "cattle", "staff", "crew", "personnel"})
_NOUNS = ("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX", "DT")
_CHARGES = frozenset({"accused", "suspected", "convicted", "charged", "cleared", "acquitted"})
_NEGATIONS = frozenset({"not", "n't", "n\u2019t", "never"})
_I = frozenset({"I", "i"})  # "i" in lower-cased text
_MODIFIERS = frozenset({"POS", "DT", "PRP$", "JJ", ","})
SUBORDINATING = frozenset({"IN", "WDT", "WP", "WP$", "WRB"})
_PHRASE_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "EX", "$"})
_PHRASE_OPENERS = frozenset({"DT", "PDT", "PRP$", "PRP", "EX"})


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
            ahead = words[start - 2].text.lower() if start > 1 else ""
            approximate = pos[start] == "CD" and (
                before in _APPROXIMATELY
                or (before == "to" and ahead == "up")
                or (before == "than" and ahead in ("more", "fewer", "less"))  # "more than 80 firefighters"
            )
            if start > 0 and pos[start - 1] in ("IN", "TO") and before not in RELATIVES | ADVERBIAL and not approximate:
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
    """Whether the noun phrase at `start` is the second of two joined by "and" ("Bill and Rose", "before
    Bill and Rose"), not the end of a prepositional phrase ("the ministry of justice and public safety")."""
    if start < 2 or words[start - 1].text.lower() != "and" or not pos[start - 2].startswith(("NN", "PRP")):
        return False
    first = start - 2
    while first > 0 and pos[first - 1] in _PHRASE_TAGS:
        first -= 1
    opener = words[first - 1].text.lower() if first > 0 else ""
    return not (first > 0 and pos[first - 1] in ("IN", "RP", "TO") and opener not in ADVERBIAL)


def _inflect(word: str, base: str, plural: bool, first_person: bool) -> str:
    if base == "be" and first_person:
        form = "am"
    else:
        form = present(base, plural or first_person)
    return form.capitalize() if word[:1].isupper() else form


def _to_present(word: str, plural: bool, first_person: bool) -> str | None:
    """A past verb in the present ("breached" -> "breaches"); "was"/"were" keep their own number. None when
    the verb is unknown."""
    lower = word.lower()
    base = base_form(lower)
    if base is None:
        return None
    return _inflect(word, base, lower == "were" if lower in ("was", "were") else plural, first_person)


def _next(words: list[Word], pos: list[str], i: int) -> int:
    """The next word after `i` that is not an adverb (or -1)."""
    j = i + 1
    while j < len(words) and (
        (pos[j] in ("RB", "RBR") and words[j].text.lower() not in _NEGATIONS)
        or (words[j].text == "," and j + 1 < len(words) and pos[j + 1] in ("RB", "RBR"))
        or (words[j].text == "," and j > i + 1 and pos[j - 1] in ("RB", "RBR"))
    ):
        j += 1
    return j if j < len(words) else -1


def _state(words: list[Word], pos: list[str], i: int) -> bool:
    """Whether word `i` is "was" or "were" describing a state ("was 25", "were late"), not a passive event:
    a past state may have ended, so it stays past."""
    if words[i].text.lower() not in ("was", "were"):
        return False
    following = _next(words, pos, i)
    while 0 <= following and words[following].text.lower() in _NEGATIONS:
        following = _next(words, pos, following)
    return following >= 0 and not pos[following].startswith(("VB", "MD"))


def _be_then(words: list[Word], pos: list[str], i: int, tag: str) -> bool:
    """Whether word `i` is "was" or "were" and the next word past any adverbs is tagged `tag`
    ("was dating": VBG, "was threatened": VBN)."""
    following = _next(words, pos, i)
    return words[i].text.lower() in ("was", "were") and following >= 0 and pos[following] == tag


def verb_edits(words: list[Word], pos: list[str], chunks: list[str]) -> tuple[dict[int, str], int]:
    """Replacement text for words of the main clause's verb groups (an empty string drops the word),
    and the index of the main clause's first verb (-1 when none was found)."""
    edits: dict[int, str] = {}
    main = -1
    done = False
    plural = False
    skip_to_comma = False
    skip_verb = False
    perfect = False
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
        if lower in ADVERBIAL and tag in ("IN", "WRB") and i > 0 and words[i - 1].text != ",":
            break  # a clause inside the sentence: its verbs are not the main clause's
        if lower in ADVERBIAL and tag in ("IN", "WRB") and not done and (i == 0 or words[i - 1].text == ","):
            skip_to_comma = True
            previous = lower
            continue
        if lower in RELATIVES and tag in ("WDT", "WP", "WP$", "WRB", "IN"):
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
        first_person = i > 0 and words[i - 1].text in _I
        if done and coordinated and main not in edits and tag in ("VBD", "VBN"):
            previous = lower  # "has won the cup and scored twice", "get suited and booted": a verb after one that stays
            continue
        if done and previous in _COORDINATORS and main in edits and tag.startswith("VB") and base_form(lower) == lower:
            edits[i] = _inflect(word.text, lower, plural, first_person)  # "scores two and set up" -> "sets up"
            previous = lower
            continue
        if tag == "MD" or tag in ("VBZ", "VBP") and lower not in ("has", "have"):
            done = True
        elif lower in ("has", "have") and tag in ("VBZ", "VBP"):
            done = perfect = True  # a present perfect is already present and stays
            plural = lower == "have"  # the auxiliary's own number outranks a guessed subject
        elif tag == "VBD" and lower == "had":
            nxt = _next(words, pos, i)
            if nxt >= 0 and words[nxt].text.lower() in _NEGATIONS:
                nxt = _next(words, pos, nxt)
            if nxt < 0 or not pos[nxt].startswith(("VBN", "VBD")):
                edits[i] = _inflect(word.text, "have", plural, first_person)
            done = True
        elif not done and _participle(words, pos, i):
            previous = lower
            continue
        elif tag == "VBD" or (tag == "VBN" and (lower in ("was", "were") or _bare_past(words, pos, i, done))):
            background = _be_then(words, pos, i, "VBG") or _state(words, pos, i)  # "was dating", "was 25"
            changed = _to_present(word.text, plural, first_person)
            if changed is not None and previous not in ("to",) and not background:
                edits[i] = changed
            done = True
        elif done and tag == "VBN" and coordinated and previous in _COORDINATORS:
            base = base_form(lower)
            if base is not None:
                edits[i] = _inflect(word.text, base, plural, first_person)
        previous = lower
    if done and main < 0:
        main = len(words) - 1
    if edits or perfect:
        _joined_clauses(words, pos, chunks, edits, main, plural, perfect)  # "has sacked its coach, and the chairman resigns"
    if edits and not perfect:
        _leading_clause(words, pos, chunks, edits, main)
    return edits, main


def _joined_clauses(
    words: list[Word], pos: list[str], chunks: list[str], edits: dict[int, str], main: int, plural: bool, perfect: bool
) -> None:
    """A second main clause joined by "and", "but" or ";" follows the first into the present ("... takes a
    knock but he got" -> "but he gets"), and so does a clause of the same moment ("are killed when a quake
    struck" -> "when a quake strikes"), unless the main verb is a present perfect ("has been arrested after
    she was caught"); verbs of relative and other subordinate clauses keep their tense."""
    state, joined_at = "main", -1
    passive = _be_then(words, pos, main, "VBN")
    for k in range(main + 1, len(words)):
        word, tag = words[k], pos[k]
        lower = word.text.lower()
        if word.quoted or k in edits:
            continue
        if lower in _SAME_TIME and tag in ("IN", "WRB") and state != "sub":
            state, joined_at = ("sub", k) if perfect else ("joined", k)  # "has been arrested after she was caught"
            continue
        if lower in _CLAUSE_OPENERS and tag in SUBORDINATING:
            state = "sub"
            continue
        if lower in _JOINERS and (state == "main" or lower == ";" or words[k - 1].text == ","):
            state, joined_at = "joined", k
            continue
        if state == "joined" and k == joined_at + 1 and lower in ("with", "without"):
            state = "sub"  # "but with two rivals set to meet": a phrase, not a clause
            continue
        if state != "joined" or not (tag.startswith("VB") or tag == "MD") or word.text[:1].isupper():
            continue
        if pos[k - 1] in ("DT", "PRP$", "POS"):
            continue  # "and an estimated 5,000 people attended": an adjective, the verb is still to come
        state = "main"
        own_subject = any(pos[j].startswith(_NOUNS) for j in range(joined_at + 1, k))
        if perfect and not own_subject and tag in ("VBD", "VBN"):
            continue  # "has rejected the offer and confirmed": the participle shares the "has"
        shared = passive and not own_subject and words[joined_at].text.lower() in ("and", "or")
        following = pos[k + 1] if k + 1 < len(pos) else "."
        if shared and tag in ("VBD", "VBN") and lower not in ("was", "were", "had") and following in _NO_OBJECT:
            edits[k] = word.text  # "is threatened with the act and told to stay silent": the participle shares "is"
            continue
        passive = _be_then(words, pos, k, "VBN")
        number = plural = _subject_plural(words, pos, chunks, k) if own_subject else plural  # "and crashed" follows
        first_person = words[k - 1].text in _I
        if lower in ("has", "have") and tag in ("VBZ", "VBP"):
            continue  # a present perfect stays
        if lower == "had" and not _progressive(words, pos, k):
            edits[k] = _inflect(word.text, "have", number, first_person)
        elif tag == "VBD" or lower in ("was", "were") or (
            tag == "VBN" and own_subject and pos[k - 1].startswith(_NOUNS) and not _by_next(words, k)
        ):
            changed = _to_present(word.text, number, first_person)
            if changed is not None:
                edits[k] = changed


def _by_next(words: list[Word], k: int) -> bool:
    """Whether "by" follows word `k`: "towels inspired by its pie" is a participle, not a verb."""
    return k + 1 < len(words) and words[k + 1].text.lower() == "by"


def _leading_clause(words: list[Word], pos: list[str], chunks: list[str], edits: dict[int, str], main: int) -> None:
    """An opening clause of the same moment follows the main clause into the present ("When her mother
    returned home, she finds" -> "When her mother returns home"): its first verb, before any clause of its own."""
    if not words or words[0].text.lower() not in _MOMENT or pos[0] not in ("IN", "WRB"):
        return  # "After the storm passed, residents return": what came first may stay past
    for k in range(1, max(main, 0)):
        word, tag = words[k], pos[k]
        lower = word.text.lower()
        if word.text in (",", ";") or (lower in _CLAUSE_OPENERS and tag in SUBORDINATING):
            return
        if word.quoted or word.text[:1].isupper() or not (tag == "VBD" or lower in ("was", "were")):
            continue
        changed = _to_present(word.text, _subject_plural(words, pos, chunks, k), words[k - 1].text in _I)
        if changed is not None:
            edits[k] = changed
        return


def mixed_tenses(words: list[Word], pos: list[str], edits: dict[int, str], main: int, end: int) -> bool:
    """Whether a past verb outside quotes, relative clauses and reported speech would stay after the
    rewritten main verb `main`, among the first `end` words ("kills a man and opened fire"): then the
    highlight is better left as written. "says the plan failed" keeps its reported past."""
    if main < 0:
        return False
    if _past_before(words, pos, main):
        return True
    if base_form(words[main].text) in _REPORTING:
        return False
    relative_at = -10
    opened = False  # a past form before any new clause opens is a participle ("got its head stuck")
    for k in range(main + 1, min(end, len(words))):
        word, tag = words[k], pos[k]
        lower = word.text.lower()
        if word.quoted:
            continue
        if k in edits and base_form(lower) in _REPORTING:
            return False  # "praises the team and said it had ...": what follows is reported
        opened = opened or lower in _JOINERS or lower in _CLAUSE_OPENERS or word.text == ","
        if lower in _CLAUSE_OPENERS - _SAME_TIME and tag in SUBORDINATING:
            relative_at = k  # "who was", "why the library shut", "if it rained": their own tense
        elif word.text in (",", ";"):
            relative_at = -10
        past = tag == "VBD" or lower in ("was", "were") or (lower == "had" and tag.startswith("VB"))
        infinitive = k > 0 and words[k - 1].text.lower() == "to"
        if past and opened and k not in edits and k - relative_at > 4 and not infinitive and not word.text[:1].isupper():
            return True
    return False


def _past_before(words: list[Word], pos: list[str], main: int) -> bool:
    """Whether a simple past verb stands before the rewritten main verb outside a relative clause or an
    opening subordinate clause ("signed for the club in May but only shows glimpses")."""
    leading = bool(words) and words[0].text.lower() in ADVERBIAL
    relative_at = -10
    for k in range(main):
        word = words[k]
        if word.quoted:
            continue
        if word.text.lower() in RELATIVES and pos[k] in SUBORDINATING:
            relative_at = k
        elif word.text == ",":
            relative_at, leading = -10, False
        elif _simple_past(words, pos, k) and not leading and k - relative_at > 4 and not word.text[:1].isupper():
            return True
    return False


def _simple_past(words: list[Word], pos: list[str], k: int) -> bool:
    """A past form that acts as a verb: tagged past, or a participle not before a noun it describes."""
    following = pos[k + 1] if k + 1 < len(pos) else ""
    if k > 0 and words[k - 1].text == ",":
        return False  # "The film, titled Low Tide, ...": a participle set off by commas
    if k > 0 and pos[k - 1] in _MODIFIERS and following.startswith(("NN", "JJ")):
        return False  # "the keeper's deflected shot"
    return pos[k] == "VBD" or (pos[k] == "VBN" and following in ("IN", "DT", "TO", "RP", "PRP", "PRP$", "CD"))


def outside_relatives(words: list[Word], pos: list[str]) -> str:
    """The highlight's unquoted words outside relative clauses and commas' asides ("Marsh, who took office in
    2019, won"): what dates the main event, not a person's past."""
    kept: list[str] = []
    inside = False
    for word, tag in zip(words, pos):
        if word.quoted:
            continue
        if tag in SUBORDINATING and word.text.lower() in RELATIVES:
            inside = True
        elif word.text in (",", ";"):
            inside = False
        elif not inside:
            kept.append(word.text)
    return " ".join(kept)


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


def _participle(words: list[Word], pos: list[str], i: int) -> bool:
    """Whether a past form is a participle, not the main verb: "the pieces modelled by", "relegation-threatened
    club", "with your arms crossed is", a caption's "pictured", a label before a colon."""
    lower = words[i].text.lower()
    following = pos[i + 1] if i + 1 < len(pos) else ""
    if i <= 1 and i + 1 < len(words) and words[i + 1].text == ":" and base_form(lower) not in _REPORTING | {"be", "have"}:
        return True  # "Spotted: ...", "History uncovered: ...": a caption's label
    if lower in ("was", "were", "had") or i == 0:
        return False
    if words[i - 1].text == "-" or following in ("VBZ", "VBP", "VBD", "MD"):
        return True
    if following == "VBG" and lower in _SEEN:
        return True  # "anyone found supplying workers can be jailed"
    if pos[i - 1] in _PREPOSITIONS and words[i - 1].text.lower() not in ADVERBIAL | RELATIVES:
        return True  # "from left to right"
    if lower in _CAPTION_PARTICIPLES and following in ("IN", ",", ".", ":", ""):
        return True  # "Breivik pictured with his sister" (but "critics dubbed the building")
    if lower in _NAMING and any(t in ("VBZ", "VBP") for t in pos[i + 1 :]):
        return True  # "the dog named Xena is ..."
    return pos[i - 1].startswith("NN") and _by_next(words, i) and i > 1 and pos[i - 2] in ("DT", "JJ", "NN", "NNS")


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
        if word.text in (",", ";", ":") or word.text.lower() in RELATIVES | ADVERBIAL:
            return True
        finite = tag in ("VBD", "VBZ", "VBP", "MD") or word.text.lower() in ("was", "were")
        if finite and not word.quoted and previous not in _COORDINATORS:
            return False
        if tag not in ("RB", "RBR"):
            previous = word.text.lower()
    return True
