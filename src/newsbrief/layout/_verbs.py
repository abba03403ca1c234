"""Verb forms for headline style: a past or participle form to its base, a base to its present forms.

Irregular verbs come from the table below; a regular "-ed" form is undone by
trying the stems it could come from and keeping the most frequent English word
among them (the word list is the tagger's cluster vocabulary, most frequent first).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

__all__ = ["NOT_VERBS", "base_form", "known", "lost_silent_e", "present"]

# base: past simple, past participle (one line each; both forms map back to the base).
_IRREGULAR = """
arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled
blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|burn burnt burnt
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done
draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen
feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown
forbid forbade forbidden|forecast forecast forecast|forget forgot forgotten|forgive forgave forgiven
freeze froze frozen|get got gotten|give gave given|go went gone|grind ground ground|grow grew grown
hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt
keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant|leap leapt leapt
learn learnt learnt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost
make made made|mean meant meant|meet met met|mislead misled misled|overcome overcame overcome
overtake overtook overtaken|oversee oversaw overseen|overthrow overthrew overthrown|pay paid paid
prove proved proven|rerun reran rerun|repay repaid repaid|resell resold resold|retake retook retaken
rewrite rewrote rewritten|remake remade remade|overhear overheard overheard|override overrode overridden
overrun overran overrun|mistake mistook mistaken|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt
rid rid rid|ride rode ridden
ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold
send sent sent|set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown
shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid
speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|split split split|spread spread spread
spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck
strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken
teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust
undergo underwent undergone|understand understood understood|undertake undertook undertaken
upset upset upset|uphold upheld upheld|wake woke woken|wear wore worn|weep wept wept|win won won|wind wound wound
withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written
"""

# Regular forms the frequency test gets wrong ("used" is not "us" + "ed").
_REGULAR_EXCEPTIONS = {
    "used": "use", "added": "add", "based": "base", "caused": "cause", "housed": "house", "paused": "pause",
    "ceded": "cede", "aided": "aid", "eased": "ease", "dated": "date", "fined": "fine", "lined": "line",
    "posed": "pose", "named": "name", "timed": "time", "tied": "tie", "died": "die", "lied": "lie",
    "dyed": "dye", "sped": "speed", "ended": "end", "needed": "need", "mined": "mine", "hoped": "hope",
    "seized": "seize", "filed": "file", "ruled": "rule", "poured": "pour", "saved": "save", "waved": "wave",
}

# Short words a regular "-ed" form is never made from ("noted" is not "not" + "ed").
NOT_VERBS = frozenset("not us be do go an as at in is it no on or so to up we he me my by of".split())

# Consonants an "-ed" form doubles and no base form ends doubled in: "planned", "stopped", "begged".
_DOUBLED = frozenset("npgbm")

_THIRD_PERSON = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_PLURAL = {"be": "are"}


def _irregular() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in _IRREGULAR.replace("\n", "|").split("|"):
        forms = entry.split()
        if len(forms) == 3:
            base, past, participle = forms
            table.setdefault(past, base)
            table.setdefault(participle, base)
    table["were"] = "be"
    return table


_BASES = _irregular()


@cache
def _ranks() -> dict[str, int]:
    """Rank of each word of the tagger's vocabulary, most frequent first."""
    path = resources.files("newsbrief").joinpath("models/clusters.tsv.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        return {line.split("\t", 1)[0]: rank for rank, line in enumerate(handle)}


def _regular_base(word: str) -> str | None:
    if word in _REGULAR_EXCEPTIONS:
        return _REGULAR_EXCEPTIONS[word]
    if not word.endswith("ed") or len(word) < 4:
        return None
    stem = word[:-2]
    candidates = [stem, word[:-1]]
    if word.endswith("ied"):
        candidates.insert(0, word[:-3] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouy":
        candidates.insert(0, stem[:-1])
    ranks = _ranks()
    known = [c for c in candidates if c in ranks and c not in NOT_VERBS]
    if known and known[0] == stem[:-1] and stem[-1] in _DOUBLED:
        return known[0]  # "penned" -> "pen", though "penn" is the commoner word; no verb ends in "nn"
    if not known:
        if word.endswith("ied"):
            return word[:-3] + "y"  # "mummified" -> "mummify"
        if word.endswith("eed"):
            return None  # "exceed", "proceed": a verb's own ending, not a past ("agreed" has a known stem)
        # an unknown stem ending consonant-vowel-consonant lost a silent e ("riled" -> "rile"), unless its
        # last syllable is an unstressed one that takes none ("beckoned" -> "beckon")
        silent_e = len(stem) >= 3 and lost_silent_e(stem)
        unstressed = stem.endswith(("on", "en", "er", "om")) and len(stem) > 4
        return word[:-1] if (silent_e and not unstressed) or stem.endswith(("at", "iz", "us", "v")) else stem
    return min(known, key=lambda c: ranks[c])


def lost_silent_e(stem: str) -> bool:
    """Whether `stem` ends consonant-vowel-consonant, as a base may that lost its silent e before "-ed" or
    "-ing" ("rid" of "riding", "ril" of "riled"); a two-letter stem counts from its vowel ("us" of "using")."""
    return stem[-1:] not in ("", *"aeiouwxy") and stem[-2:-1] in tuple("aeiou") and stem[-3:-2] not in tuple("aeiou")


def known(word: str) -> bool:
    """Whether `word` (lower case) is in the tagger's vocabulary of news words."""
    return word in _ranks()


def base_form(word: str) -> str | None:
    """The base form of a past or participle form ("won" -> "win", "breached" -> "breach"), None if unknown."""
    lower = word.lower()
    return _BASES.get(lower) or _regular_base(lower)


def present(base: str, plural: bool) -> str:
    """The present form of `base` for a singular (third person) or plural subject."""
    if plural:
        return _PLURAL.get(base, base)
    if base in _THIRD_PERSON:
        return _THIRD_PERSON[base]
    if base.endswith("oo"):
        return base + "s"  # "boos", "tattoos"
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + ("zes" if base.endswith("iz") and len(base) == 4 else "es")  # "quizzes"; "fixes", "goes"
    if len(base) > 1 and base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"
