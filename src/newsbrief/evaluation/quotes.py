"""Quote detection and speakers scored against PolNeAR's BRAT attribution annotations.

Gold: each `E` line ties a Content span (possibly in fragments), a Cue and, mostly, a Source. An
article annotated by several people is scored against ONE annotator, the first by file-name order
(`<article>_<annotator>.ann`), so every article counts once and the choice is repeatable.

Match: predictions that share a cue are one attribution (a quote split by "said X" is two `Quote`s
but one gold content). A predicted and a gold content match when their shared word tokens are at
least half of each (`overlap`); `exact` asks for the same word tokens. Pairs are matched one to one,
largest overlap first. A matched quote's speaker is right when the predicted speaker span shares a
word token with the gold Source. "Direct" gold contents open with a quote mark.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._article import Quote, Span
from ..errors import UsageError, error

__all__ = [
    "GoldArticle",
    "GoldAttribution",
    "QuoteScores",
    "evaluate_quotes",
    "load_polnear",
    "read_ann",
    "score_article",
]

_WORD = re.compile(r"\w+")
_OPENING = "\"\u201c\u2018\u00ab\u201e'"
MIN_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: content fragments, cue and source spans (source may be absent)."""

    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    direct: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _spans(offsets: str) -> tuple[Span, ...]:
    pairs = (part.split() for part in offsets.split(";"))
    return tuple(Span(int(a), int(b)) for a, b in pairs)


def read_ann(ann: str, text: str) -> tuple[GoldAttribution, ...]:
    """The attributions of one BRAT `.ann` file over `text`."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, offsets = fields[1].partition(" ")
            if kind in ("Source", "Cue", "Content") and re.fullmatch(r"\d+ \d+(;\d+ \d+)*", offsets):
                spans[fields[0]] = (kind, _spans(offsets))
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append({re.sub(r"\d+$", "", role): ref for role, ref in roles.items()})
    result = []
    for event in events:
        parts = {role: spans[ref][1] for role, ref in event.items() if ref in spans and spans[ref][0] == role}
        if "Content" not in parts:
            continue
        content = parts["Content"]
        direct = text[content[0].start : content[0].end].lstrip()[:1] in _OPENING
        result.append(GoldAttribution(content, parts.get("Cue", ()), parts.get("Source", ()), direct))
    return tuple(result)


def load_polnear(folder: Path) -> list[GoldArticle]:
    """Articles of a PolNeAR split (`text/*.txt` with `attributions/*.ann`), one annotator each."""
    texts = {path.stem: path for path in sorted((folder / "text").glob("*.txt"))}
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in texts and stem not in chosen:
            chosen[stem] = ann
    if not chosen:
        raise error(UsageError, "E110", path=folder)
    articles = []
    for stem, ann in sorted(chosen.items()):
        text = texts[stem].read_text(encoding="utf-8")
        articles.append(GoldArticle(stem, text, read_ann(ann.read_text(encoding="utf-8"), text)))
    return articles


def _tokens(text: str, spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(m.start() for span in spans for m in _WORD.finditer(text, span.start, span.end))


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


@dataclass(slots=True)
class _Tally:
    gold: int = 0
    found: int = 0
    with_source: int = 0
    speaker_right: int = 0


@dataclass(slots=True)
class QuoteScores:
    """Counts over a split; the properties are the measures."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    exact: int = 0
    direct: _Tally = field(default_factory=_Tally)
    indirect: _Tally = field(default_factory=_Tally)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    @property
    def exact_precision(self) -> float:
        return _ratio(self.exact, self.predicted)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.exact, self.gold)

    def speaker_accuracy(self, direct: bool) -> float:
        tally = self.direct if direct else self.indirect
        return _ratio(tally.speaker_right, tally.with_source)

    def recall_of(self, direct: bool) -> float:
        tally = self.direct if direct else self.indirect
        return _ratio(tally.found, tally.gold)

    def summary(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "exact_precision": self.exact_precision,
            "exact_recall": self.exact_recall,
            "direct_recall": self.recall_of(True),
            "indirect_recall": self.recall_of(False),
            "direct_speaker_accuracy": self.speaker_accuracy(True),
            "indirect_speaker_accuracy": self.speaker_accuracy(False),
            "predicted": self.predicted,
            "gold": self.gold,
            "direct_gold": self.direct.gold,
            "direct_found_with_source": self.direct.with_source,
            "indirect_found_with_source": self.indirect.with_source,
        }


def _grouped(quotes: Sequence[Quote]) -> list[tuple[list[Span], Span | None]]:
    """Predicted attributions: quotes sharing a cue are one; each with its content spans and speaker."""
    groups: dict[object, tuple[list[Span], Span | None]] = {}
    for number, quote in enumerate(quotes):
        key = (quote.cue, quote.speaker) if quote.cue is not None else number
        groups.setdefault(key, ([], quote.speaker))[0].append(quote.content)
    return list(groups.values())


def score_article(text: str, gold: Sequence[GoldAttribution], quotes: Sequence[Quote], scores: QuoteScores) -> None:
    """Add one article's counts to `scores`."""
    predicted = _grouped(quotes)
    pred_tokens = [_tokens(text, spans) for spans, _ in predicted]
    gold_tokens = [_tokens(text, g.content) for g in gold]
    pairs = []
    for i, p in enumerate(pred_tokens):
        for j, g in enumerate(gold_tokens):
            shared = len(p & g)
            if p and g and shared >= MIN_SHARE * len(p) and shared >= MIN_SHARE * len(g):
                pairs.append((shared, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    scores.predicted += len(predicted)
    scores.gold += len(gold)
    for attribution in gold:
        (scores.direct if attribution.direct else scores.indirect).gold += 1
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        scores.matched += 1
        scores.exact += pred_tokens[i] == gold_tokens[j]
        tally = scores.direct if gold[j].direct else scores.indirect
        tally.found += 1
        if gold[j].source:
            tally.with_source += 1
            speaker = predicted[i][1]
            if speaker is not None and _tokens(text, [speaker]) & _tokens(text, gold[j].source):
                tally.speaker_right += 1


def evaluate_quotes(articles: Sequence[GoldArticle], find: Callable[[str], Sequence[Quote]]) -> QuoteScores:
    """Score `find` (text -> quotes) over gold articles."""
    scores = QuoteScores()
    for article in articles:
        score_article(article.text, article.attributions, find(article.text), scores)
    return scores
