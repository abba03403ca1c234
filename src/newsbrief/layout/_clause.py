"""Headline grammar: a tagged sentence cut down to "Subject Verb Object" in the present tense.

"The flooding has revived a long dispute over the river's defences" becomes
"Flooding Revives Long Dispute"; "The council will review the plans" becomes
"Council to Review Plans"; "No deaths were reported" becomes "No Deaths Reported".
Reporting frames are taken off first ("Farm groups said the losses could reach..."
keeps what was said), and so are opening adverbials ("In the fields east of the
city, ..."). Anything the rules cannot read confidently gives None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import repeat
from typing import NamedTuple

from ._tags import IRREGULAR, base_form
from ._verbs import NOT_VERBS, known, lost_silent_e
from ._verbs import present as present_tense
from ._verbs import base_form as verb_base

__all__ = ["HONORIFICS", "Word", "headline_clause", "present_tense"]

MAX_WORDS = 6
_REPORTING = frozenset(
    "say tell add note insist warn claim explain announce confirm state fear worry believe think hope expect "
    "estimate argue suggest predict agree admit deny".split()
)
_PLURAL_NOUNS = frozenset("police people children men women staff cattle media crew".split())
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "CC"})
_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "VBN", "VBG"})
_OBJECT_PREPOSITIONS = frozenset("of for over in on to into against from with at by".split())
HONORIFICS = frozenset("mr. mrs. ms.".split())  # a title a heading drops before a name
_LINKING = frozenset("seem seems appear appears become becomes remain remains look looks sound sounds feel feels".split())
_TITLES = HONORIFICS | frozenset("sen. gov. rep. gen. lt. col. capt. adm. prof. dr.".split())
_PLACE_PREPOSITIONS = frozenset("at in on from near outside inside across around".split())
_PARTICLES = frozenset("up down out off back over in away".split())
_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow morning afternoon "
    "evening night week weekend month year january february march april may june july august september october "
    "november december".split()
)
_STOPS = _TIME | {"not", "n't", "never", "that", "which", "who", "next", "last", "ago", "earlier", "later"}
_VAGUE = frozenset("much more most many some all part lot lots number rest half door way".split())
_DROP = frozenset("a an this that these those his her its their our my your such".split())
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_PARTICIPLE_BASES = {
    "taken": "take", "given": "give", "seen": "see", "done": "do", "gone": "go", "known": "know", "shown": "show",
    "written": "write", "broken": "break", "chosen": "choose", "driven": "drive", "fallen": "fall", "risen": "rise",
    "spoken": "speak", "stolen": "steal", "grown": "grow", "thrown": "throw", "beaten": "beat", "hidden": "hide",
    "withdrawn": "withdraw", "begun": "begin", "flown": "fly", "eaten": "eat", "woken": "wake", "torn": "tear",
}
# "-ing" forms whose base the stems of the rest would miss ("being" is not "bee", "going" not "g").
_ING_BASES = {"being": "be", "going": "go", "doing": "do", "having": "have", "seeing": "see", "dying": "die", "lying": "lie"}
_REPORTING_STEMS = tuple(sorted(verb[:-1] for verb in _REPORTING))
_REPORTED_FORMS = frozenset(form for form, base in (*IRREGULAR.items(), *_PARTICIPLE_BASES.items()) if base in _REPORTING)


class Word(NamedTuple):
    """A word of a sentence as written, its part-of-speech tag, and its lower case (read often).

    A named tuple rather than a dataclass: a heading reads a few thousand of these an article."""

    text: str
    tag: str
    lower: str

    @classmethod
    def of(cls, text: str, tag: str) -> Word:
        return cls(text, tag, text.lower())

    @classmethod
    def tagged(cls, texts: Sequence[str], tags: Sequence[str], lowers: Sequence[str] | None = None) -> list[Word]:
        """The words of a sentence from its texts, tags and (when known) lower cases, built straight from
        tuples (as `_make` does)."""
        return list(map(tuple.__new__, repeat(cls), zip(texts, tags, map(str.lower, texts) if lowers is None else lowers)))


def headline_clause(
    words: Sequence[Word], rarity: Callable[[str], float], people: frozenset[str] = frozenset()
) -> list[str] | None:
    """The sentence as a headline of at most six words, or None when it does not read as one; `people`
    holds the lower-cased words of people's names, which take a singular verb ("Moyes Signs")."""
    if not words or words[0].tag == "``":
        return None
    words = _drop_opening(_drop_reporting(list(words), rarity))
    verb = next((i for i, w in enumerate(words) if w.tag == "MD" or w.tag.startswith("VB")), None)
    if not verb:
        return None
    before = _bare_subject(words[:verb])
    if not before or any(w.tag not in _SUBJECT_TAGS for w in before):
        return None
    subject = _subject(before)
    if not subject or (any(w.lower == "and" for w in before[1:]) and "and" not in (w.lower() for w in subject)):
        return None  # "Obama and Vice President Joe Biden" cut to "Joe Biden" would drop a subject
    plural = _plural(before, people)
    predicate, rest = _verb_group(words[verb:], plural, rarity)
    if predicate is None:
        return None
    budget = MAX_WORDS - len(subject) - len(predicate)
    thing = _object(rest, budget) if budget >= 0 else None
    if thing == [] and predicate[-1].lower() in _LINKING and rest:
        return None  # "Israel Seems" (what?): a linking verb needs its complement
    return None if thing is None else subject + predicate + thing


def _drop_reporting(words: list[Word], rarity: Callable[[str], float]) -> list[Word]:
    """What was said, without "X said" around it; a pronoun subject of what was said becomes the speaker."""
    for i, word in enumerate(words):
        if not word.tag.startswith("VB") or not _may_report(word.lower) or _base(word, rarity) not in _REPORTING:
            continue
        if i >= 2 and "," in (words[i - 1].text, words[i - 2].text) or any(w.text == "," for w in words[max(0, i - 5) : i]):
            cut = max(j for j in range(i) if words[j].text == ",")
            return words[:cut] if cut >= 3 else words
        if i <= 6 and all(w.tag in _SUBJECT_TAGS for w in words[:i]):
            rest = words[i + 1 :]
            if _base(word, rarity) == "tell":
                while rest and rest[0].tag in ("NNS", "NN", "NNP", "PRP", "DT"):
                    rest = rest[1:]
            if rest and rest[0].lower == "that":
                rest = rest[1:]
            if rest and rest[0].tag == "PRP" and rest[0].lower in ("he", "she", "it", "they"):
                rest = words[:i] + rest[1:]
            return rest
        break
    return words


def _may_report(lower: str) -> bool:
    """False for a word whose `_base` cannot be a reporting verb, told without looking the word up:
    a base is the word, a start of it less one letter ("argu" of "arguing", "den" of "denied"), or listed."""
    return lower.startswith(_REPORTING_STEMS) or lower in _REPORTED_FORMS


def _drop_opening(words: list[Word]) -> list[Word]:
    """Without an opening adverbial such as "In the fields east of the city," or "Upstream,"."""
    comma = next((i for i, w in enumerate(words[:14]) if w.text == ","), None)
    if comma is not None and (words[0].tag in ("IN", "RB", "TO") or comma <= 2):
        return words[comma + 1 :]
    return words


def _bare_subject(words: Sequence[Word]) -> Sequence[Word]:
    """The words before the verb without an aside in commas ("Dock workers, angry at the offer, walked
    out") and without a place after the subject ("Dock workers at Port Halden", "police in the city");
    nothing when the verb is an infinitive ("Remarks on efforts to lift ...")."""
    if words and words[-1].tag == "TO":
        return []
    commas = [i for i, w in enumerate(words) if w.text == ","]
    if len(commas) == 2 and commas[1] == len(words) - 1 and commas[0] >= 1:
        words = words[: commas[0]]
    for i, word in enumerate(words[1:-1], 1):
        if word.lower in _PLACE_PREPOSITIONS and (word.lower not in ("in", "on") or words[i + 1].tag in ("NNP", "DT")):
            if all(w.tag not in ("CC", ",", "WP", "WDT") and w.lower not in _STOPS for w in words[i + 1 :]):
                return words[:i]
            break
    return words


def _subject(words: Sequence[Word]) -> list[str]:
    if len(words) > 1 and words[0].lower in HONORIFICS and words[1].tag == "NNP":
        words = words[1:]  # "Mr. Obama" is "Obama" in a heading
    names = [w.text for w in words if w.tag in ("NNP", "NNPS")]
    kept = [w for w in words if w.lower not in _DROP and w.tag not in ("DT", "PRP$") or w.lower == "no"]
    while kept and kept[0].tag == "CC":
        kept = kept[1:]  # "And officials ..." opens a sentence, not a subject
    if len(kept) > 3 and 0 < len(names) <= 3 and all(w.tag in ("NNP", "NNPS") for w in words[-len(names) :]):
        kept = list(words[-len(names) :])
    kept = _drop_common_possessor(kept)
    if len(kept) > 3:
        kept = kept[-2:]
        if kept[0].tag == "CC":
            kept = kept[1:]  # "the coach and his players": "Players", not "And Players"
    if not kept or kept[-1].tag not in ("NN", "NNS", "NNP", "NNPS", "CD"):
        return []
    return [w.text for w in kept]


def _drop_common_possessor(words: list[Word]) -> list[Word]:
    """ "city's mayor" -> "mayor"; a named possessor stays ("Madrid's mayor")."""
    for i, word in enumerate(words[:-1]):
        if word.tag == "POS" or word.lower.endswith(("'s", "\u2019s")):
            possessor = words[i - 1] if word.tag == "POS" and i else word
            if possessor.tag not in ("NNP", "NNPS"):
                return words[i + 1 :]
    return words


def _plural(subject: Sequence[Word], people: frozenset[str] = frozenset()) -> bool:
    if any(w.lower == "and" for w in subject[1:]):
        return True
    head = next((w for w in reversed(subject) if w.tag.startswith("NN") or w.tag == "CD"), None)
    if head is None or head.lower in people:
        return False  # "Moyes", "Williams": one person
    return head.tag in ("NNS", "NNPS") or head.lower in _PLURAL_NOUNS


def _base(word: Word, rarity: Callable[[str], float]) -> str | None:
    lower = word.lower
    if word.tag in ("VB", "VBP"):
        if lower.endswith("ed") and not known(present_tense(lower, False)):
            return verb_base(lower)  # the rough tags may call a past form a base form: "used", not "Useds"
        return lower
    if word.tag == "VBZ":
        return lower[:-2] if lower.endswith(("ches", "shes", "sses", "xes")) else lower[:-1]
    if word.tag == "VBG":
        if lower in _ING_BASES:
            return _ING_BASES[lower]
        stem = lower[:-3]
        # "hiding" and "naming" lost a silent e ("hide", "name"), though "hid" and "nam" are words too
        for candidate in ((stem + "e",) if lost_silent_e(stem) else ()) + (stem, stem + "e", lower[:-4]):
            if min(rarity(candidate), rarity(candidate + "s")) < float("inf") and candidate not in NOT_VERBS:  # "nothing" is not "not"
                return candidate
        return None
    return _PARTICIPLE_BASES.get(lower) or IRREGULAR.get(lower) or base_form(lower, rarity)


def _verb_group(words: Sequence[Word], plural: bool, rarity: Callable[[str], float]) -> tuple[list[str] | None, list[Word]]:
    """The verb group as headline words ("has revived" -> ["Revives"]), and the words after it."""
    auxiliaries: list[str] = []
    negated = False
    i = 0
    while i < len(words) and (words[i].tag in ("MD", "RB") or words[i].lower in _AUXILIARY_FORMS):
        negated = negated or words[i].lower in _NEGATIONS
        if words[i].tag != "RB":
            auxiliaries.append(words[i].lower)
        i += 1
    if i >= len(words) or not words[i].tag.startswith("VB"):
        return None, []
    main = words[i]
    if main.text[:1] in "'\u2019":
        return None, []  # "they 're hopeful": a clitic is no headline verb
    rest = list(words[i + 1 :])
    base = _base(main, rarity)
    if base is None or base in _REPORTING or (main.tag in ("VBG", "VBN") and not auxiliaries):
        return None, []  # a bare participle is a modifier ("reservoirs serving..."), not the verb
    if negated:
        if main.tag == "VBN" or any(a in ("will", "would", "could", "may", "might", "can", "must") for a in auxiliaries):
            return None, []
        return ["Do" if plural else "Does", "Not", base], rest
    if rest and rest[0].lower in _PARTICLES and (len(rest) == 1 or rest[1].tag in ("DT", ",", ".", "PRP$") or _timed(rest[1:])):
        particle, rest = [rest[0].text], rest[1:]
    else:
        particle = []
    passive = main.tag == "VBN" and any(a in _BE_FORMS for a in auxiliaries)
    if passive:
        future = "will" in auxiliaries or "would" in auxiliaries
        return (["to", "Be"] if future else []) + [main.text] + particle, rest
    modal = next((a for a in auxiliaries if a in ("will", "would", "could", "may", "might", "can", "must")), None)
    if modal in ("will", "would"):
        return ["to", base] + particle, rest
    if modal is not None:
        return [modal, base] + particle, rest
    return [present_tense(base, plural)] + particle, rest


def _timed(words: Sequence[Word]) -> bool:
    """Whether the words open with a time ("on Monday", "after talks collapsed"): nothing for a particle to govern."""
    return words[0].lower in ("after", "as", "when", "before", "while") or (
        words[0].tag == "IN" and len(words) > 1 and words[1].lower in _TIME
    )


_BE_FORMS = frozenset({"is", "are", "am", "was", "were", "be", "been", "being"})
_AUXILIARY_FORMS = _BE_FORMS | {"has", "have", "had", "having", "do", "does", "did"}


def _object(words: Sequence[Word], budget: int) -> list[str] | None:
    """The start of what follows the verb, cut to whole phrases within `budget` words.

    None when the cut would leave the verb hanging: a measure without its "of"
    ("300 Kilometres" of what?), a bare number ("Poll Shows 70"), or no object at all
    where the sentence went on ("Officials Begin", "Lawyer Works" for whom?), a measure the
    sentence goes on from ("Rocket Explodes Four Seconds" after what?).
    """
    phrases: list[list[Word]] = [[]]
    cut = False
    stop: Word | None = None
    for word in words:
        stop = word
        if word.lower in ("not", "n't", "never"):
            cut = True  # "Suspect Pleads" (not guilty)
            break
        if word.lower in _STOPS or word.tag in (",", ".", ":", "CC", "MD", "WP"):
            break
        if word.tag == "IN" and word.lower in _OBJECT_PREPOSITIONS:
            phrases.append([word])
        elif word.tag in _OBJECT_TAGS and word.tag != "IN":
            phrases[-1].append(word)
        else:
            cut = True
            break
    else:
        stop = None
    if stop is not None and _unfinished(phrases, stop):
        return None
    if cut and not phrases[0]:
        return None  # "Programme Creates" (about what?): the object was there but could not be read
    if phrases[0] and phrases[0][-1].lower in _VAGUE:
        return None  # "Firefighters Spend Much": the object's head says nothing
    if 0 < len(phrases[0]) <= 2 and all(w.tag == "JJ" for w in phrases[0]):
        return [w.text for w in phrases[0]] if len(phrases[0]) <= budget else None  # "Found Unresponsive"
    kept: list[str] = []
    dropped = cut
    for number, phrase in enumerate(p for p in phrases if p):
        trimmed = [w for w in _without_titles(phrase) if w.lower not in _DROP]
        while trimmed and (trimmed[-1].tag not in _HEADS or trimmed[-1].lower in _LOOSE_TIME):
            trimmed.pop()
        content = [w for w in trimmed if w.tag != "IN"]
        if not content:
            if not kept and len(phrase) == 1 and number < len([p for p in phrases if p]) - 1:
                return None  # "Officials Weigh" (in on ...): a particle, then what it governs
            dropped = dropped or any(w.tag not in ("IN", "DT") for w in phrase)
            break
        if len(kept) + len(trimmed) > budget:
            if number == 0 and phrase[0].tag != "IN":
                return None  # the verb's object does not fit: "Agency to Publish" (what?)
            if phrase[0].lower == "of":
                return None
            dropped = True
            break
        if len(trimmed) >= 2 and trimmed[0].tag == "DT" and len(kept) + len(trimmed) > budget - 1:
            trimmed = trimmed[1:]
        kept.extend(w.text for w in trimmed)
    if (not kept and dropped) or (kept and kept[-1][:1].isdigit()):
        return None
    if cut and phrases[0] and phrases[0][0].tag == "CD" and phrases[0][-1].lower in _MEASURES:
        return None  # "Rocket Explodes Four Seconds" (after what?): a measure, not the object
    return kept


def _without_titles(phrase: Sequence[Word]) -> Sequence[Word]:
    """ "Virginia Sen. Tim Kaine" -> "Tim Kaine": a title before a name goes, with the place or party before it."""
    titled = [k for k, w in enumerate(phrase[:-1]) if w.lower in _TITLES and phrase[k + 1].tag == "NNP"]
    if not titled:
        return phrase
    start = titled[-1]
    while start > 0 and phrase[start - 1].tag == "NNP":
        start -= 1
    return [*phrase[:start], *phrase[titled[-1] + 1 :]]


def _unfinished(phrases: Sequence[Sequence[Word]], stop: Word) -> bool:
    """The object read so far is not the verb's whole object: what was said follows a colon
    ("Coach Reveals:") or "that" ("Files Show that ..."), a modal makes it the subject of what was
    vowed ("Vows Club" will...), a spaced hyphen splits a compound ("Questions the Long" - term effects),
    or "ago" turns the last phrase into a time ("Sets Target 18 Months" ago)."""
    if stop.text == ":" or stop.lower == "that":
        return not phrases[0]  # "Files Show" (that ...?)
    if stop.lower == "ago":
        return True  # "Sets Target 18 Months" (ago)
    if stop.tag == "MD":
        return len(phrases) == 1 and bool(phrases[0])
    return stop.text in ("-", "\u2013") and bool(phrases[-1]) and phrases[-1][-1].tag != "IN"


_HEADS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "VBN"})
_LOOSE_TIME = frozenset({"late", "early"})
_MEASURES = frozenset(
    "seconds minutes hours days weeks months years miles kilometres kilometers metres meters feet inches yards "
    "points percent times".split()
)
