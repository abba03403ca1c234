"""Section headings a wire editor would write: two to six words, title case, from the section itself.

Each sentence of a section offers candidates: a headline clause (main actor and
action, "Mayor Rejects Criticism") and its noun phrases ("Flood Defences"). A
candidate scores by the salience of its words in this section (frequency here, IDF,
and how much more the section uses a word than the rest of the story), with a bonus
for clauses and for the section's opening sentences. The best candidate not too
close to an earlier section's heading wins; when no candidate is good enough the
section's key noun phrase is used, never filler. Part-of-speech tags come from
`Article.pos` when a tagger has set it, else from `_tags.tagged_words` (the rough guesses).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, filterfalse, repeat
from operator import itemgetter

from .._article import Article
from ._clause import HONORIFICS, MAX_WORDS, Word, headline_clause
from ._mentions import by_first_word, mention_words
from ._model import WordModel, load_words
from ._tags import tagged_words, token_texts
from ._words import STOPWORDS, content_words

__all__ = ["GENERIC", "MAX_WORDS", "MIN_WORDS", "is_generic", "section_headings", "title_case"]

MIN_WORDS = 2
GENERIC = frozenset(
    "section part chapter more other others news update updates details detail background continued misc "
    "miscellaneous story article summary introduction conclusion overview latest information things stuff "
    "item items topic topics report reports".split()
)
_SMALL = frozenset("a an the and but or nor for of in on at to by as via per".split())  # AP: four letters and up are capitalised
_NOUNS = ("NN", "NNS", "NNP", "NNPS")
_PHRASE_TAGS = frozenset(("JJ", "CD", "POS", *_NOUNS))
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s+")
_FIRST_SENTENCES = 3
_SALIENT_SENTENCES = 2
_NOT_IN_PHRASES = STOPWORDS | {"'s"}
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)*")
_NAME_ONLY_PENALTY = 0.8
_NUMBER_PENALTY = 0.4
_CLAUSE_BONUS = 0.6
_ACTOR_BONUS = 0.3
_OPENING_BONUS = 0.2
_SPEECH_PENALTY = 0.5
# A site's own lines (follow us, embedded tweets, sign-ups), not the story's: no heading comes from them.
_PROMOTION = re.compile(
    r"\bfollow\b.{0,40}\bon (?:twitter|facebook|instagram)\b|pic\.twitter|https?:|(?:^| )@ ?\w"
    r"|\bclick here\b|\bsign up\b|\bsubscribe\b|^tweet\b"
)
_PROMOTION_KEYS = ("twitter", "facebook", "instagram", "http", "@", "click", "sign up", "subscribe", "tweet")
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP"})
_TO_VERBS = frozenset("seems needs wants tries plans hopes appears vows expects aims agrees decides refuses fails".split())
_SPEAKERS = frozenset("i me my we us our you your".split())
_NOBODY: frozenset[str] = frozenset()
_TEXT = itemgetter(0)  # a `Word`'s text
_TITLES = frozenset("gov sen rep gen lt sgt col capt cmdr prof dr mr mrs ms president minister chief spokesman".split())


def _key(words: Sequence[str]) -> frozenset[str]:
    """A heading's words that count when two headings are compared."""
    return frozenset(w.lower() for w in words if w.lower() not in _SMALL)


def title_case(words: Sequence[str]) -> str:
    """Headline title case: small words lower-case inside, capitals kept where the source had them."""
    out: list[str] = []
    for position, word in enumerate(words):
        if out and word.lower() in ("'s", "\u2019s", "'"):
            out[-1] += word.lower()  # tokenized text: "Madrid 's" -> "Madrid's"
            continue
        inner = position not in (0, len(words) - 1)
        if inner and word.lower() in _SMALL:
            out.append(word.lower())
        elif not word[1:].islower() and any(c.isupper() for c in word[1:]):
            out.append(word)
        elif "." in word and _INITIALS.fullmatch(word):
            out.append(word.upper())  # lower-cased text: "n.w.a" -> "N.W.A", "u.s." -> "U.S."
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


def is_generic(heading: str) -> bool:
    """True for filler headings ("Section 2", "More News"): no word of its own beyond generic ones and numbers."""
    own = [w for w in heading.lower().split() if w not in _SMALL and w not in GENERIC and not w.isdigit()]
    return not own


def _sentence_words(article: Article, index: int, cased: bool, model: WordModel) -> list[Word]:
    """The tagged words of sentence `index`."""
    return Word.tagged(*_tagged(article, index, cased, model))


def _tagged(article: Article, index: int, cased: bool, model: WordModel) -> tuple[list[str], list[str], list[str]]:
    """The texts of sentence `index`'s words, their tags and their lower cases."""
    sentence = article.sentences[index]
    pos = getattr(article, "pos", ())
    if pos and len(pos) == len(article.tokens):
        starts = [t.start for t in article.tokens]
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end)
        texts = [article.text[t.start : t.end] for t in article.tokens[first:last]]
        return texts, list(pos[first:last]), [word.lower() for word in texts]
    text = sentence.text
    if index == 0:
        dateline = _DATELINE.match(text)
        text = text[dateline.end() :] if dateline else text
    texts = token_texts(text)
    return texts, *tagged_words(texts, cased=cased, rarity=model.rarity)


def _salience(
    sections: Sequence[Sequence[str]],
    model: WordModel,
    content: Sequence[Sequence[list[str]]] | None = None,
    cased: bool = True,
) -> list[dict[str, float]]:
    """For each section (its sentences' texts), each content word's weight: count here x IDF x its
    share of the story's uses, a little more for names; the top word of a section weighs 1.
    `content` holds each sentence's content words when they are already known; a story that is not
    `cased` has no names."""
    if content is None:
        content = [[content_words(text) for text in section] for section in sections]
    counts = [Counter(chain.from_iterable(section_words)) for section_words in content]
    story = Counter(chain.from_iterable(chain.from_iterable(content)))
    idf = dict(zip(story, model.idfs(list(story))))
    weights = []
    for section, count in zip(sections, counts):
        weight = {word: n * idf[word] * (n / story[word]) for word, n in count.items()}
        if cased:
            for name in {m.lower() for text in section for m in _NAME.findall(text, 1)} & weight.keys():
                weight[name] *= 1.3
        top = max(weight.values(), default=1.0)
        weights.append({word: value / top for word, value in weight.items()})
    return weights


def _worth_reading(section_words: Sequence[list[str]], salience: dict[str, float]) -> list[int]:
    """The sentences a heading is looked for in (each given as its content words): the
    section's first few, and its two most salient others."""
    if len(section_words) <= _FIRST_SENTENCES + _SALIENT_SENTENCES:
        return list(range(len(section_words)))
    sets = [set(found) for found in section_words]
    rest = sorted(
        range(_FIRST_SENTENCES, len(sets)),
        key=lambda i: -sum(map(salience.get, sets[i], repeat(0.0))),
    )
    return list(range(_FIRST_SENTENCES)) + sorted(rest[:_SALIENT_SENTENCES])


def _noun_phrases(words: Sequence[Word]) -> list[list[str]]:
    """Runs of adjectives and nouns, joined across "of" ("Thousands of Hectares"), of two to four words.

    A longer run keeps its end from its first proper noun ("fourth straight Ryder Cup victory" -> "Ryder
    Cup Victory") or is left out, and so is a run that a spaced hyphen ties to the words beside it
    ("eight - match winless streak" in tokenized text): a cut name or compound would mislead.
    """
    phrases: list[list[Word]] = []
    current: list[Word] = []
    tied = False  # the run is the second half of a compound or a name
    spaced = "-" in map(_TEXT, words)  # whether any word can be a spaced hyphen
    phrase_tags, left_out = _PHRASE_TAGS, _NOT_IN_PHRASES
    for i, word in enumerate(words):
        _, tag, lower = word
        if tag in phrase_tags and lower not in left_out:
            if not current:
                tied = (spaced and _hyphened(words, i - 1)) or _named_before(words, i)
            current.append(word)
        elif not current:
            continue
        elif lower == "of" and i + 1 < len(words) and words[i + 1].tag in _NOUNS and not words[i + 1].lower.endswith("ing"):
            current.append(word)
        else:  # a run too short for a heading, or tied by a hyphen, is dropped now: trimming only shortens
            if len(current) >= MIN_WORDS and not tied and not (spaced and _hyphened(words, i)):
                phrases.append(_without_hidden_verb(current, word))
            current = []
    if len(current) >= MIN_WORDS and not tied:
        phrases.append(current)
    out = []
    for phrase in phrases:
        while phrase and (phrase[-1].tag not in _NOUNS or _looks_verbal(phrase[-1])):
            phrase = phrase[:-1]
        while phrase and (phrase[0].lower == "of" or phrase[0].tag == "POS" or _looks_verbal(phrase[0])):
            phrase = phrase[1:]
        if len(phrase) > 1 and phrase[0].lower in HONORIFICS:
            phrase = phrase[1:]  # "Mr. Trump's plan" is "Trump's Plan" in a heading
        if len(phrase) > 4:
            phrase = _named_end(phrase)
        if MIN_WORDS <= len(phrase) <= 4 and phrase[0].lower != "of":
            out.append([w.text for w in phrase])
    return out


def _named_end(phrase: list[Word]) -> list[Word]:
    """A long run from its first proper noun on ("fourth straight Ryder Cup victory" -> "Ryder Cup victory"),
    when what goes is lower-case; nothing when that would cut a name ("New Hampshire Ballot Law Commission")."""
    first = next((k for k, w in enumerate(phrase) if w.tag in ("NNP", "NNPS")), len(phrase))
    if any(w.text[:1].isupper() for w in phrase[:first]) or not 2 <= len(phrase) - first <= 4:
        return []
    return phrase[first:]


def _named_before(words: Sequence[Word], i: int) -> bool:
    """Whether the proper noun at `i` follows a capitalised word inside the sentence ("New Hampshire")."""
    return i > 1 and words[i].tag in ("NNP", "NNPS") and words[i - 1].text[:1].isupper()


def _hyphened(words: Sequence[Word], i: int) -> bool:
    """Whether word `i` is a spaced hyphen between two words of a phrase ("eight - match")."""
    return (
        0 < i < len(words) - 1
        and words[i].text == "-"
        and words[i - 1].tag in _PHRASE_TAGS
        and words[i + 1].tag in _PHRASE_TAGS
    )


@dataclass(frozen=True, slots=True)
class _Cast:
    """What the `entities` stage found, if it ran, in lower case: the words of people's names, and each
    mention of a name as its words, with and without people."""

    people: frozenset[str]
    names: frozenset[tuple[str, ...]]  # organisations, places and other names
    everyone: frozenset[tuple[str, ...]]  # and people
    name_ends: frozenset[str]  # the last words of `names`, a quick first test

    @classmethod
    def of(cls, article: Article) -> _Cast:
        mentions = mention_words(article)
        people = frozenset(word for label, words in mentions if label == "PER" for word in words)
        names = frozenset(words for label, words in mentions if label != "PER")
        return cls(people, names, frozenset(words for _, words in mentions), frozenset(words[-1] for words in names if words))


def _is_speech(words: Sequence[Word], lowers: Sequence[str]) -> bool:
    """A quoted sentence, or one in the first or second person: someone's words, not what the section reports.
    `lowers` are the words' lower cases."""
    if not words:
        return False
    if words[0].tag == "``":
        return True
    return not _SPEAKERS.isdisjoint(lowers) and any(w.lower in _SPEAKERS and w.tag.startswith("PRP") for w in words)


def _looks_verbal(word: Word) -> bool:
    """A noun-tagged "-ed" word ("sued", "deflated") is a verb or participle the rough tags missed."""
    return word.tag in ("NN", "NNS") and len(word.lower) >= 4 and word.lower.endswith("ed") and not word.lower.endswith("eed")


def _without_hidden_verb(phrase: list[Word], after: Word) -> list[Word]:
    """ "mummies start (turning)", "states want (to)", "Israel seems (to)", "plan leaves (the)": a noun, then
    a noun-looking word of the other number before an "-ing" verb, "to" or a determiner, is a subject and
    its verb; the phrase keeps the subject."""
    if len(phrase) >= 2 and phrase[-2].tag == "NNS" and phrase[-1].tag == "NN" and after.tag in ("VBG", "TO"):
        return phrase[:-1]
    if len(phrase) >= 2 and phrase[-2].tag in ("NN", "NNP") and phrase[-1].tag == "NNS":
        if (after.tag in _OBJECT_OPENERS and after.lower != "that") or (after.tag == "TO" and phrase[-1].lower in _TO_VERBS):
            return phrase[:-1]
    return phrase


def _phrase_penalty(phrase: Sequence[str], tags: dict[str, str], cast: _Cast) -> float:
    """Noun phrases that make poor headings: a name ("Olaf Brandt", "Police Chief Olaf Brandt", and in
    lower-cased text a name in `cast.names`, "etihad stadium") says who or where, not what about; a bare count
    ("120 Observers") says how many, not what happened. `tags` gives each word of the sentence its tag."""
    last = phrase[-1].lower().rstrip(".")
    if last in cast.people or last in _TITLES or all(map(str.startswith, map(tags.get, phrase[-2:], repeat("")), repeat("NNP"))):
        return _NAME_ONLY_PENALTY
    if last in cast.name_ends and tuple(word.lower() for word in phrase) in cast.names:
        return _NAME_ONLY_PENALTY
    if tags.get(phrase[0]) == "CD":
        return _NUMBER_PENALTY
    return 0.0


def _score(words: Sequence[str], salience: dict[str, float], bonus: float, unsaid: frozenset[str] = frozenset()) -> float:
    """Salience covered (words in `unsaid` cover nothing), plus `bonus`, less a little per word away from four."""
    content = {lower for w in words if (lower := w.lower()) not in _SMALL and lower not in unsaid}
    coverage = sum(map(salience.get, content, repeat(0.0)))
    return min(coverage, 2.5) + bonus - 0.08 * abs(len(words) - 4)


def _actor_bonus(clause: Sequence[str], salience: dict[str, float], people: frozenset[str]) -> float:
    """A clause led by a named actor or by one of the section's salient words is the section's main action."""
    actor = clause[0].lower()
    return _ACTOR_BONUS if actor in people or salience.get(actor, 0.0) >= 0.3 else 0.0


@dataclass(frozen=True, slots=True)
class _Read:
    """One sentence as the heading rules read it, worked out once per article."""

    words: list[Word]
    speech: bool
    phrases: list[list[str]]
    tags: dict[str, str]  # each word's tag, for the phrases' penalties: empty when there are no phrases
    promotion: bool

    @classmethod
    def of(cls, texts: list[str], tags: list[str], lowers: list[str]) -> _Read:
        words = Word.tagged(texts, tags, lowers)
        joined = " ".join(lowers)
        promotion = any(map(joined.__contains__, _PROMOTION_KEYS)) and _PROMOTION.search(joined) is not None
        phrases = _noun_phrases(words)
        return cls(words, _is_speech(words, lowers), phrases, dict(zip(texts, tags)) if phrases else {}, promotion)


class _Reader:
    """The article's sentences read on first use and kept, as sections and fallbacks read some twice."""

    def __init__(self, article: Article, model: WordModel, names: frozenset[tuple[str, ...]] = frozenset()) -> None:
        self.article = article
        self.model = model
        self.cased = article.text != article.text.lower()
        self.read: dict[int, _Read] = {}
        self.names = {} if self.cased else by_first_word(names)  # needed in lower-cased text only

    def __call__(self, index: int) -> _Read:
        found = self.read.get(index)
        if found is None:
            texts, tags, lowers = _tagged(self.article, index, self.cased, self.model)
            if self.names:
                tags = _as_names(lowers, tags, self.names)
            found = self.read[index] = _Read.of(texts, tags, lowers)
        return found


def _as_names(lowers: list[str], tags: list[str], names: dict[str, list[tuple[str, ...]]]) -> list[str]:
    """Tags with a word that looks like a verb inside a name the entities stage found read as a proper
    noun: in lower-cased text "manchester united boss" is no subject and verb ("Manchester Units Boss")."""
    if names.keys().isdisjoint(lowers):
        return tags
    starts = [position for position, lower in enumerate(lowers) if lower in names]
    tags = list(tags)
    covered = 0
    for position in starts:
        if position < covered:
            continue
        for name in names[lowers[position]]:  # longest first
            if tuple(lowers[position : position + len(name)]) == name:
                covered = position + len(name)
                for inside in range(position, covered):
                    if tags[inside].startswith(("VB", "MD")):
                        tags[inside] = "NNP"
                break
    return tags


def _candidates(
    section: Sequence[tuple[int, _Read]],
    salience: dict[str, float],
    model: WordModel,
    cast: _Cast,
) -> list[tuple[tuple[str, ...], float]]:
    """Each candidate heading's words and best score, best first (ties in the order found)."""
    people = cast.people
    found: dict[tuple[str, ...], float] = {}
    for rank, read in section:
        if read.promotion:
            continue  # "Follow Pam Key on Twitter @pamkey": the site's, not the story's
        opening = (_OPENING_BONUS if rank < _FIRST_SENTENCES else 0.0) - (_SPEECH_PENALTY if read.speech else 0.0)
        clause = headline_clause(read.words, model.rarity, people)
        options = []
        if clause and MIN_WORDS <= len(clause) <= MAX_WORDS:
            options.append((clause, _CLAUSE_BONUS + opening + _actor_bonus(clause, salience, people), _NOBODY))
        options += [  # in a noun phrase a name says who, not what about: its words cover nothing
            (phrase, opening - _phrase_penalty(phrase, read.tags, cast), people)
            for phrase in read.phrases
            if MIN_WORDS <= len(phrase) <= MAX_WORDS
        ]
        for option, bonus, unsaid in options:
            key = tuple(option)
            found[key] = max(found.get(key, -1e9), _score(option, salience, bonus, unsaid))
    return sorted(found.items(), key=lambda candidate: -candidate[1])


def _key_phrase(
    section: Sequence[_Read], salience: dict[str, float], used: list[frozenset[str]], people: frozenset[str]
) -> tuple[str, ...]:
    """The fallback: the section's key noun phrase, else its key noun ("The Server"), else its two key nouns."""
    reported = [read for read in section if not read.speech and not read.promotion] or list(section)
    phrases = [p for read in reported for p in read.phrases if p[-1].lower() not in people]
    fresh = [p for p in phrases if MIN_WORDS <= len(p) <= MAX_WORDS and not any({w.lower() for w in p} <= key for key in used)]
    if fresh:
        return tuple(max(fresh, key=lambda p: _score(p, salience, 0.0)))
    nouns = {  # a noun read after a determiner ("her server"), so that it is surely one
        word.lower: word.text
        for read in reported
        for before, word in zip(read.words, read.words[1:])
        if before.tag in ("DT", "PRP$") and word.tag in _NOUNS and not _looks_verbal(word)
        and word.lower not in people and word.lower not in _NOT_IN_PHRASES and not any(word.lower in key for key in used)
    }
    ranked = sorted(nouns, key=lambda w: -salience.get(w, 0.0))
    if ranked:
        return ("the", nouns[ranked[0]])
    spelled = {w.lower: w.text for read in section for w in read.words}
    ranked = [w for w in sorted(salience, key=lambda w: -salience[w]) if w in spelled]
    if len(ranked) >= 2:
        return (spelled[ranked[0]], "and", spelled[ranked[1]])
    content = [w.text for read in section for w in read.words if w.text[:1].isalnum() and w.lower not in _SMALL]
    return tuple(content[:MIN_WORDS])


def section_headings(
    article: Article,
    groups: Sequence[Sequence[int]],
    model: WordModel | None = None,
    lowered: Sequence[Sequence[str]] | None = None,
) -> tuple[str, ...]:
    """A distinct heading for each group of sentence indices of `article`; `lowered` holds each
    sentence's `_words.words` when they are already known."""
    model = model or load_words()
    cast = _Cast.of(article)
    reader = _Reader(article, model, cast.everyone)
    texts = [[article.sentences[i].text for i in group] for group in groups]
    if lowered is None:
        content = [[content_words(text) for text in section] for section in texts]
    else:
        content = [[list(filterfalse(STOPWORDS.__contains__, lowered[i])) for i in group] for group in groups]
    weights = _salience(texts, model, content, reader.cased)
    people = cast.people
    used: list[frozenset[str]] = []
    headings: list[str] = []
    for group, section_words, salience in zip(groups, content, weights):
        section = [(rank, reader(group[rank])) for rank in _worth_reading(section_words, salience)]
        for words, _ in _candidates(section, salience, model, cast):
            key = _key(words)
            if any(len(key & earlier) * 2 >= max(len(key), 1) for earlier in used):
                continue
            heading = title_case(words)
            if not is_generic(heading):
                break
        else:
            choice = _key_phrase([reader(index) for index in group], salience, used, people)
            key, heading = _key(choice), title_case(choice)
        used.append(key)
        headings.append(heading)
    return tuple(headings)
