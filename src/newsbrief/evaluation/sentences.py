"""Sentence-boundary precision, recall and F1, and the gold sentences of the corpora we measure on.

A boundary is where a unit starts or ends: a segmentation of a text is scored by
the set of (start, end) events of its units, leaving out the start and the end of
the whole text, which every segmentation gets right. Events, not just ends, are
compared so that a dateline glued onto a sentence, or a sentence split off
from one, costs precision and recall.

Gold comes from three places:
- hand-written cases (`load_cases`): passages with the sentences they hold;
- CoNLL-2003 (`conll_documents`, `rejoin`): every blank-line group is a sentence;
- the lowercased, tokenized CNN/Daily Mail articles (`tokenized_gold`): sentences
  end at '.', '!' or '?' tokens, with a closing quote token after them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from .._article import Article, Span
from ..errors import UsageError, error

__all__ = [
    "BoundaryScore",
    "Case",
    "boundary_events",
    "case_spans",
    "conll_documents",
    "load_cases",
    "rejoin",
    "score_boundaries",
    "tokenized_gold",
    "units",
]

LAYOUTS = ("spaces", "headlines", "lines")

_TOKEN = re.compile(r"\S+")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_TERMINAL = re.compile(r"[.!?]*[!?][.!?]*|\.")
_CLOSING = frozenset(["''", "\u201d", "\u2019"])
_AMBIGUOUS = frozenset(['"', "'"])
_ENDINGS = frozenset([".", "!", "?", '"', "'", "''", "..."])


class BoundaryScore(NamedTuple):
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    matched: int


class Case(NamedTuple):
    """A hand-written passage and what segmenting it must give."""

    id: str
    category: str
    text: str
    sentences: tuple[str, ...]
    boilerplate: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    hard: bool = False
    title: str | None = None


def boundary_events(text: str, spans: Iterable[Span]) -> set[tuple[str, int]]:
    """The starts and ends of `spans`, without the start and the end of the text itself."""
    stripped = text.strip()
    first = text.find(stripped[:1]) if stripped else 0
    last = first + len(stripped)
    events = set()
    for start, end in spans:
        if start != first:
            events.add(("start", start))
        if end != last:
            events.add(("end", end))
    return events


def score_boundaries(pairs: Iterable[tuple[str, Sequence[Span], Sequence[Span]]]) -> BoundaryScore:
    """Micro-averaged boundary scores over (text, gold spans, predicted spans) triples."""
    gold_total = predicted_total = matched = 0
    for text, gold, predicted in pairs:
        gold_events = boundary_events(text, gold)
        predicted_events = boundary_events(text, predicted)
        gold_total += len(gold_events)
        predicted_total += len(predicted_events)
        matched += len(gold_events & predicted_events)
    precision = matched / predicted_total if predicted_total else 1.0
    recall = matched / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BoundaryScore(precision, recall, f1, gold_total, predicted_total, matched)


def units(article: Article, *, join_datelines: bool = False) -> list[Span]:
    """Everything a segmented article was cut into: sentences, boilerplate and headings, in text order.

    With `join_datelines`, a dateline and the sentence after it count as one unit,
    as in corpora whose sentences keep the dateline.
    """
    spans = [Span(s.start, s.end) for s in article.sentences]
    spans += [Span(b.start, b.end) for b in article.boilerplate if not (join_datelines and b.kind == "dateline")]
    spans += [Span(h.start, h.end) for h in article.headings]
    spans.sort()
    if join_datelines:
        for dateline in (b for b in article.boilerplate if b.kind == "dateline"):
            after = next((i for i, span in enumerate(spans) if span.start >= dateline.end), None)
            if after is not None:
                spans[after] = Span(dateline.start, spans[after].end)
    return spans


def load_cases(path: str | Path) -> list[Case]:
    """Hand-written cases, one JSON object a line (blank lines and '//' comment lines are skipped)."""
    cases = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            record = json.loads(line)
            case = Case(
                id=record["id"],
                category=record["category"],
                text=record["text"],
                sentences=tuple(record["sentences"]),
                boilerplate=tuple(record.get("boilerplate", ())),
                headings=tuple(record.get("headings", ())),
                hard=bool(record.get("hard", False)),
                title=record.get("title"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise error(UsageError, "E062", line=number, path=path, detail=f"{type(exc).__name__}: {exc}") from None
        cases.append(case)
    return cases


def case_spans(text: str, parts: Sequence[str]) -> list[Span]:
    """Where each of `parts` is in `text`, searching in order; a part that is missing raises ValueError."""
    spans, cursor = [], 0
    for part in parts:
        start = text.index(part, cursor)
        spans.append(Span(start, start + len(part)))
        cursor = start + len(part)
    return spans


def conll_documents(path: str | Path) -> list[list[list[str]]]:
    """The documents of a CoNLL-2003 file, each a list of sentences, each a list of tokens."""
    documents: list[list[list[str]]] = []
    sentence: list[str] = []
    document: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("-DOCSTART-") or not line.strip():
                if sentence:
                    document.append(sentence)
                    sentence = []
                if line.startswith("-DOCSTART-") and document:
                    documents.append(document)
                    document = []
                continue
            sentence.append(line.split(" ", 1)[0])
    if sentence:
        document.append(sentence)
    if document:
        documents.append(document)
    return documents


def rejoin(document: Sequence[Sequence[str]], layout: str = "spaces") -> tuple[str, list[Span]]:
    """A CoNLL document as one text, and its gold sentence spans.

    Tokens are joined with single spaces. Sentences are joined with a space
    ("spaces"); or with a line break after the headline and dateline lines that
    open a document, as a wire story prints them ("headlines"); or with a line
    break after every sentence that does not end in punctuation, as tables and
    headings are printed ("lines").
    """
    if layout not in LAYOUTS:
        raise error(UsageError, "E061", layout=layout, known=", ".join(LAYOUTS))
    heads = _headline_count(document) if layout == "headlines" else 0
    pieces: list[str] = []
    spans: list[Span] = []
    cursor = 0
    for number, tokens in enumerate(document):
        sentence = " ".join(tokens)
        spans.append(Span(cursor, cursor + len(sentence)))
        line_break = number < heads or (layout == "lines" and tokens[-1] not in _ENDINGS)
        separator = "\n" if line_break else " "
        pieces += [sentence, separator]
        cursor += len(sentence) + 1
    return "".join(pieces[:-1]), spans


def tokenized_gold(text: str) -> list[Span]:
    """Sentences of lowercased, tokenized text by the corpus's own rule.

    A sentence ends at a run of '.', '!' or '?' tokens (or tokens such as '?!' and
    '!!!'; an ellipsis '...' is not one), and takes the quote token after it when
    that quote closes one: "''", a right curly quote, or a '"' or "'"
    preceded by an odd number of its kind (an "'" between a word ending in 's' and
    a word is a possessive and is not counted).
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    spans: list[Span] = []
    counts = {'"': 0, "'": 0}
    start = None
    index = 0
    while index < len(tokens):
        token_start, token_end, token = tokens[index]
        if start is None:
            start = token_start
        if token in _AMBIGUOUS and not _possessive(tokens, index):
            counts[token] += 1
        index += 1
        if not _TERMINAL.fullmatch(token):
            continue
        while index < len(tokens) and _TERMINAL.fullmatch(tokens[index][2]):
            token_end = tokens[index][1]
            index += 1
        if index < len(tokens):
            quote = tokens[index][2]
            if quote in _CLOSING or (quote in _AMBIGUOUS and counts[quote] % 2 == 1):
                if quote in _AMBIGUOUS:
                    counts[quote] += 1
                token_end = tokens[index][1]
                index += 1
        spans.append(Span(start, token_end))
        start = None
    if start is not None:
        spans.append(Span(start, tokens[-1][1]))
    return spans


def _possessive(tokens: Sequence[tuple[int, int, str]], index: int) -> bool:
    if tokens[index][2] != "'" or index == 0 or index + 1 >= len(tokens):
        return False
    return tokens[index - 1][2].endswith("s") and tokens[index + 1][2][:1].isalnum()


def _headline_count(document: Sequence[Sequence[str]]) -> int:
    """How many sentences open the document on lines of their own: up to the dateline, else the headline."""
    for number, tokens in enumerate(document[:3]):
        if any(_ISO_DATE.fullmatch(token) for token in tokens):
            return number + 1
    return 1
