"""Rough Penn part-of-speech guesses for heading building, when the article carries no tagger output.

Closed-class words come from small lists; open-class words are guessed from their
shape (capitals, `-ed`, `-ing`, `-ly`), their neighbours (after a modal, `to` or a
pronoun, a word is a verb) and the learned vocabulary (a `-ed` word is a verb only
when its stem is a known word). Good enough to find a subject, a verb and an object;
a real tagger's tags (`Article.pos`) are used instead whenever they are there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ._words import PREPOSITIONS

__all__ = ["IRREGULAR", "base_form", "guess_tags", "tagged_words", "token_texts"]

_TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*|['\u2019](?:s|re|ll|ve|d|m)\b|[^\w\s]", re.IGNORECASE)
# A title or an initial keeps its full stop ("Mr.", "George W. Bush"); a number keeps its digit groups.
# Both need a full stop inside the sentence or a comma between digits; other sentences take `_TOKEN`.
# The titles are factored and guarded by their first letters, so that most places fail them at once.
_TOKEN_MARKED = re.compile(
    r"(?=[MDSGRLCAPJ])(?:M(?:rs?|s)|Dr|S(?:t|en|r)|G(?:ov|en)|Rep|Lt|C(?:ol|apt)|Adm|Prof|Jr)\.(?=\s)"
    r"|\b[A-Z]\.(?=\s+[A-Z])|\d+(?:[.,]\d+)+|" + _TOKEN.pattern,
    re.IGNORECASE,
)
_DIGIT_GROUP = re.compile(r"\d,\d")
_SENTENCE_END = " .!?\"'\u201d\u2019"
# A clitic after a pronoun is a word of its own, as in tokenized text ("He's" -> "He", "'s"; "we've" ->
# "we", "'ve"); a possessive ("Trump's") and "don't" stay whole.
_CLITIC = re.compile(
    r"((?:he|she|it|that|there|what|who|here|where|let)(?=['\u2019]s$)|\w+(?=['\u2019](?:ve|re|ll|d|m)$))(['\u2019]\w+)",
    re.IGNORECASE,
)
_CONTRACTIONS = {"'re": "VBP", "'ve": "VBP", "'m": "VBP", "'ll": "MD", "'d": "MD"}

_DETERMINERS = frozenset("the a an this that these those some any each every no all both another either neither".split())
_PERSONAL = frozenset(
    "i you he she it we they me him us them myself yourself himself herself itself ourselves themselves".split()
)
_RELATIVES = frozenset("who which whom".split())
_POSSESSIVE = frozenset("my your his her its our their".split())
_SUBORDINATORS = frozenset("that because while although though if whether when where as since until unless after before".split())
_MODALS = frozenset("will would can could may might must should shall".split())
_BE = {"is": "VBZ", "are": "VBP", "am": "VBP", "was": "VBD", "were": "VBD", "be": "VB", "been": "VBN", "being": "VBG"}
_HAVE = {"has": "VBZ", "have": "VBP", "had": "VBD", "having": "VBG"}
_DO = {"does": "VBZ", "do": "VBP", "did": "VBD"}
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds "
    "thousand thousands million millions billion dozen dozens".split()
)
_ADVERBS = frozenset(
    "not n't never also already still just now then again soon later only even very too instead first finally "
    "almost nearly so far once twice indeed".split()
)
_NOT_ADVERBS = frozenset("family italy july supply only early reply rally ally belly jelly fly holy".split())
_CLAUSE_VERBS = frozenset("say tell warn expect fear hope believe think argue claim insist".split())
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "less", "ic", "able", "ible", "ary", "ern", "ish", "ian")

# Past tense -> base form of common irregular verbs (a closed list: English adds no new ones).
IRREGULAR = {
    "said": "say", "told": "tell", "went": "go", "took": "take", "made": "make", "gave": "give", "came": "come",
    "found": "find", "left": "leave", "began": "begin", "won": "win", "lost": "lose", "held": "hold", "met": "meet",
    "fell": "fall", "rose": "rise", "struck": "strike", "ran": "run", "brought": "bring", "sought": "seek",
    "spent": "spend", "sent": "send", "built": "build", "paid": "pay", "led": "lead", "kept": "keep", "broke": "break",
    "chose": "choose", "drove": "drive", "fled": "flee", "flew": "fly", "fought": "fight", "froze": "freeze",
    "grew": "grow", "knew": "know", "saw": "see", "shot": "shoot", "sold": "sell", "stood": "stand",
    "thought": "think", "threw": "throw", "wrote": "write", "bought": "buy", "caught": "catch", "felt": "feel",
    "heard": "hear", "hid": "hide", "became": "become", "got": "get", "wore": "wear", "woke": "wake", "swore": "swear",
    "spoke": "speak", "stole": "steal", "sank": "sink", "sang": "sing", "rang": "ring", "drank": "drink", "ate": "eat",
    "forgot": "forget", "forgave": "forgive", "overtook": "overtake", "undertook": "undertake", "withdrew": "withdraw",
    "upheld": "uphold", "oversaw": "oversee", "foresaw": "foresee", "understood": "understand", "withheld": "withhold",
    "bore": "bear", "bit": "bite", "blew": "blow", "dealt": "deal", "dug": "dig", "fed": "feed", "hung": "hang",
    "lent": "lend", "meant": "mean", "slid": "slide", "sped": "speed", "spun": "spin", "strove": "strive",
    "swept": "sweep", "taught": "teach", "tore": "tear", "wept": "weep", "wound": "wind", "shook": "shake",
    "rode": "ride", "lay": "lie", "laid": "lay", "slept": "sleep", "shut": "shut", "cut": "cut", "hit": "hit",
    "put": "put", "set": "set", "quit": "quit", "split": "split", "spread": "spread", "cost": "cost", "hurt": "hurt",
}
_PARTICIPLES = frozenset(
    "taken given seen done gone known shown written broken chosen driven fallen risen spoken stolen forgotten "
    "frozen grown thrown worn sworn beaten bitten hidden ridden shaken torn woken withdrawn overtaken undertaken "
    "born borne eaten begun sunk sung drunk flown".split()
)


def _closed_classes() -> dict[str, str]:
    """Each closed-class word's tag, and the tag `_mark` gives each mark and contraction that needs no
    context; a word in two lists takes the first list's tag."""
    table: dict[str, str] = {}
    for group, tag in (
        (_DETERMINERS, "DT"), (_PERSONAL, "PRP"), (_POSSESSIVE, "PRP$"), (_RELATIVES, "WP"), (("how", "why"), "WRB"), (("to",), "TO"),
        (_SUBORDINATORS, "IN"), (PREPOSITIONS, "IN"), (("and", "or", "but", "nor"), "CC"), (_MODALS, "MD"),
    ):
        for word in group:
            table.setdefault(word, tag)
    for forms in (_BE, _HAVE, _DO):
        for word, tag in forms.items():
            table.setdefault(word, tag)
    for word in _ADVERBS:
        table.setdefault(word, "RB")
    for word in (*_CONTRACTIONS, *(w.replace("'", "\u2019") for w in _CONTRACTIONS), *",;:.!?\"'\u201c\u201d\u2018\u2019"):
        table[word] = _mark(word, word, "")
    return table


def token_texts(text: str) -> list[str]:
    """The words and punctuation of `text`, with a pronoun's clitic apart ("He's" -> "He", "'s")."""
    marked = "." in text.rstrip(_SENTENCE_END) or _DIGIT_GROUP.search(text) is not None
    tokens = (_TOKEN_MARKED if marked else _TOKEN).findall(text)
    if "'" not in text and "\u2019" not in text:
        return tokens  # no clitic to split
    texts = []
    for token in tokens:
        clitic = _CLITIC.fullmatch(token) if "'" in token or "\u2019" in token else None
        texts.extend(clitic.groups() if clitic else (token,))
    return texts


def base_form(word: str, rarity: Callable[[str], float]) -> str | None:
    """The base form of a past-tense or participle `word` (lower case), or None when it is not one.

    `rarity` is a word's IDF (infinite when unknown): of the possible stems
    ("warned": "warne", "warn"), the most common one wins.
    """
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if not word.endswith("ed") or len(word) < 5:
        return None
    stems = [word[:-1], word[:-2]] + ([word[:-3]] if word[-3] == word[-4] else [])
    # a stem's "-s" form counts as a sighting too ("warns"), but not where it only rebuilds a doubled "s":
    # "expres" + "s" is "express", not a form of "expres"
    scored = [(min(rarity(stem), rarity(stem + "s") if stem[-1:] != "s" else float("inf")), stem) for stem in stems]
    best = min(scored)
    return best[1] if best[0] != float("inf") else None


def guess_tags(words: Sequence[str], *, cased: bool, rarity: Callable[[str], float]) -> list[str]:
    """A Penn tag for each word of one sentence (`rarity` gives a lower-case word's IDF, infinite when unknown)."""
    return tagged_words(words, cased=cased, rarity=rarity)[0]


# How `_shape` reads a word: its tag alone, or a tag its neighbours decide.
_FIXED, _CLITIC_S, _LONE_S, _OPEN = range(4)


@lru_cache(maxsize=1 << 16)
def _shape(word: str) -> tuple[str, str | None, int, bool, str | None]:
    """What a word tells alone, kept per word: its lower case, its tag when no neighbour changes it, how
    its neighbours decide it otherwise, whether it opens with a capital, and `_noun_or_adjective`."""
    lower = word.lower()
    tag = _CLOSED.get(lower)
    if tag is not None:
        return lower, tag, _FIXED, False, None
    first = word[0]
    if not first.isalnum():
        if lower in ("'s", "\u2019s"):
            return lower, None, _CLITIC_S, False, None
        return lower, _mark(word, lower, ""), _FIXED, False, None
    if lower == "s":
        kind = _LONE_S
    elif lower.endswith(("n't", "n\u2019t")):
        return lower, "MD", _FIXED, False, None  # "haven't", "won't": a negated auxiliary
    elif lower.endswith("ly") and len(lower) > 4 and lower not in _NOT_ADVERBS:
        return lower, "RB", _FIXED, False, None
    elif first.isdigit() or lower in _NUMBERS:
        return lower, "CD", _FIXED, False, None
    else:
        kind = _OPEN
    return lower, None, kind, first.isupper(), _noun_or_adjective(lower)


def tagged_words(words: Sequence[str], *, cased: bool, rarity: Callable[[str], float]) -> tuple[list[str], list[str]]:
    """`guess_tags` of `words`, and their lower cases: what a word tells alone is kept per word, so each
    word here only meets its neighbours."""
    tags: list[str] = []
    lowers: list[str] = []
    previous = verbal = ""  # the last tag, and the last tag that is no adverb
    for position, word in enumerate(words):
        lower, tag, kind, capital, common = _shape(word)
        if kind:
            if kind == _CLITIC_S:
                tag = "VBZ" if previous == "PRP" else "POS"
            elif kind == _LONE_S and position and words[position - 1] in "'\u2019":
                tag = "POS"
            elif cased and capital and position > 0 and words[position - 1] not in "\"'\u201c\u2018":
                tag = "NNP"
            elif previous in _TAGS_BEFORE_VERBS or common is None:
                tag = _open_class(lower, previous, verbal, rarity)
            else:
                tag = common
        tags.append(tag)
        lowers.append(lower)
        previous = tag
        if tag != "RB":
            verbal = tag
    return _verbs_between_nouns(words, tags), lowers


def _mark(word: str, lower: str, previous: str) -> str:
    """The tag of a token that does not open with a letter or digit: a contraction, "'s", punctuation."""
    straight = lower.replace("\u2019", "'")
    if straight in _CONTRACTIONS:  # tokenized text: "they 're", "we 'll"
        return _CONTRACTIONS[straight]
    if lower in ("'s", "\u2019s"):
        return "VBZ" if previous == "PRP" else "POS"
    return "," if word in ",;:" else ("." if word in ".!?" else "``" if word in "\"'\u201c\u201d\u2018\u2019" else "SYM")


# After these tags an open-class word may be a verb whatever its shape; after others its shape alone may tell.
_TAGS_BEFORE_VERBS = frozenset(("MD", "TO", "RB", "PRP", "WP"))


@lru_cache(maxsize=1 << 16)
def _noun_or_adjective(lower: str) -> str | None:
    """What `_open_class` makes of a word after any tag outside `_TAGS_BEFORE_VERBS` when its shape is
    not a verb's (no listed or "-ed" past, participle or "-ing" form); None for a verb's shape. Kept per word."""
    if lower in IRREGULAR or lower.endswith("ed") or lower in _PARTICIPLES or (lower.endswith("ing") and len(lower) > 5):
        return None
    if lower.endswith(_ADJECTIVE_ENDINGS):
        return "JJ"
    return "NNS" if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) else "NN"


_CLOSED = _closed_classes()


@lru_cache(maxsize=1 << 16)
def _open_class(lower: str, previous: str, before: str, rarity: Callable[[str], float]) -> str:
    """The tag of a word no list holds, from its shape, the tag before it, the last tag before it that is
    no adverb (`before`) and the vocabulary; kept per word and neighbours."""
    # only a listed irregular verb or an "-ed" word has a base form: skip the look-up for the rest
    past = (lower in IRREGULAR or lower.endswith("ed")) and base_form(lower, rarity) is not None
    if before in ("MD", "TO") or (before == "VBD" and previous == "RB" and lower not in _PARTICIPLES):
        if before == "VBD" and not past and lower.endswith(_ADJECTIVE_ENDINGS):
            return "JJ"  # "was also critical"
        if before == "VBD" and lower.endswith("ing") and len(lower) > 4:
            return "VBG"  # "was really mocking"
        return "VBN" if past else "VB"
    if lower in _PARTICIPLES:
        return "VBN"
    if past:
        return _past_or_participle(previous, before, lower)
    if lower.endswith("ing") and len(lower) > 5:
        return "NN" if previous in ("DT", "PRP$", "JJ", "IN") else "VBG"
    if previous in ("PRP", "WP"):
        return "VBZ" if lower.endswith("s") else "VBP"
    if lower.endswith(_ADJECTIVE_ENDINGS):
        return "JJ"
    return "NNS" if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) else "NN"


def _past_or_participle(previous: str, before: str, lower: str) -> str:
    if before.startswith("VB") or before == "MD":
        return "VBN"
    if previous in ("DT", "PRP$", "JJ", "IN", "POS", "CD"):
        return "VBN" if lower in IRREGULAR else "JJ"
    return "VBD"


def _relative_that(words: Sequence[str], tags: list[str], i: int) -> bool:
    """Whether word `i` is a "that" whose clause lacks a subject of its own ("projects that drew crowds")."""
    return words[i].lower() == "that" and i + 1 < len(tags) and tags[i + 1] not in ("DT", "PRP", "PRP$", "NNP", "CD")


def _verbs_between_nouns(words: Sequence[str], tags: list[str]) -> list[str]:
    """A noun-looking word between a noun and a determiner is a present-tense verb ("farmers count the cost",
    "files show that the fund ..."); a "that" before a verb opens a relative clause ("projects that drew")."""
    before = tags[0] if tags else ""
    for i, tag in enumerate(tags[1:-1], 1):
        if tag in ("NN", "NNS") and before in ("NN", "NNS", "NNP"):
            if (tags[i + 1] in ("DT", "PRP$", "CD") and not _relative_that(words, tags, i + 1)) or words[i].lower().rstrip("s") in _CLAUSE_VERBS:
                tags[i] = "VBZ" if words[i].lower().endswith("s") else "VBP"
                break
        if tag != "RB":
            before = tag
    return tags
