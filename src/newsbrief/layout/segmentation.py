"""Topic segmentation: where a story's body shifts from one topic to the next.

Each gap between two sentences gets features of lexical cohesion: how alike the
sentences on either side are (IDF-weighted words, and learned word vectors), over
windows of 1, 2 and 4 sentences; how deep the similarity dips there (TextTiling's
depth score); how many rare words carry across; how many words are new; whether the
next sentence opens with a pronoun, a connective or a quote. A logistic scorer trained
on synthetic documents (see `scripts/train_layout.py`) turns them into boundary
log-odds, and a dynamic programme picks the best cut into a number of sections set by
the story's length, cutting only where cuts are allowed (paragraph breaks, when the
text has paragraphs). Highlights bias the cut gently toward one highlight a section.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import numpy as np

from .._article import Article
from ._model import BoundaryModel, WordModel, load_boundaries, load_words
from ._words import words as lower_words

__all__ = [
    "FEATURES",
    "MOST_SECTIONS",
    "SegmentOptions",
    "article_topic_starts",
    "choose_boundaries",
    "gap_features",
    "section_range",
    "segment_topics",
]

_WINDOWS = (1, 2, 4)
FEATURES: tuple[str, ...] = (
    *(f"words_cos_{w}" for w in _WINDOWS),
    *(f"vectors_cos_{w}" for w in _WINDOWS),
    "words_depth_2",
    "vectors_depth_2",
    "words_relative_2",
    "vectors_relative_2",
    "vectors_local_minimum_2",
    "rare_words_carried",
    "new_words_share",
    "opens_pronoun",
    "opens_connective",
    "opens_quote",
)

_PRONOUNS = frozenset("he she it they his her its their this these those we i him them there such".split())
_CONNECTIVES = frozenset("but however also and so yet still instead then that later both".split())
_QUOTE_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019`")
_RARE_IDF = 4.0
_WORDS_PER_SECTION = 160


@dataclass(frozen=True, slots=True)
class SegmentOptions:
    """How a story is cut: section counts, smallest section, and the highlight bias."""

    min_sentences: int = 2
    offset: float = -2.5
    highlight_weight: float = 0.5
    balance: float = 1.0


MOST_SECTIONS = 24  # reached at about 3,400 words; the longest validation story (2,151 words) gets 15


def section_range(word_count: int) -> tuple[int, int]:
    """The fewest and most sections for a story of `word_count` words.

    3 to 7 for 600-1,000 words; fewer for shorter stories (a short one may stay
    whole); about one section per 140-330 words beyond that, and never more than
    `MOST_SECTIONS`: the cut's cost grows with the square of the story times its sections,
    and a brief of a book-length text is still a brief.
    """
    most = min(max(1, word_count // 140), MOST_SECTIONS)
    if word_count < 400:
        return 1, min(most, 2)
    if word_count < 600:
        return 2, min(most, 4)
    if word_count <= 1000:
        return 3, min(most, 7)
    return min(max(3, word_count // 330), most), most


def _openers(sentences: Sequence[str], out: np.ndarray) -> None:
    """Write into `out`'s three columns whether each sentence opens with a pronoun, a connective, a quote."""
    flags: list[bool] = []
    for text in sentences:
        stripped = text.lstrip()
        quoted = stripped[:1] in _QUOTE_CHARS
        if quoted:
            stripped = stripped.lstrip("\"'\u201c\u201d\u2018\u2019` ")
        first = stripped.split(" ", 1)[0].strip(",;:").lower()
        flags += (first in _PRONOUNS, first in _CONNECTIVES, quoted)
    out[:] = np.array(flags, dtype=float).reshape(len(sentences), 3)


def _window_cosines(cumulative: np.ndarray, n: int, split: int) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of the sums over `_WINDOWS` sentences either side of each gap, one row a window,
    for the columns before `split` and for those after it (two blocks of one running sum).

    The w sentences after gap g-w are the w before gap g, so each window's sums and norms
    are taken once a sentence and read on both sides of the gaps; worked in place, so that
    only one array of that size is allocated."""
    lead = max(_WINDOWS) - 1
    firsts = np.arange(-lead, n)  # each window's first sentence; before 0, a window cut short at the start
    sums = cumulative[np.minimum(firsts + np.asarray(_WINDOWS)[:, None], n)]
    np.subtract(sums, cumulative[np.maximum(firsts, 0)], out=sums)
    blocks = (slice(None, split), slice(split, None))
    dots = np.empty((len(blocks), len(_WINDOWS), n - 1))
    for window, reach in enumerate(_WINDOWS):
        left, right = sums[window, lead + 1 - reach : lead + n - reach], sums[window, lead + 1 :]
        for block, columns in enumerate(blocks):
            np.einsum("ij,ij->i", left[:, columns], right[:, columns], out=dots[block, window])
    squares = np.multiply(sums, sums, out=sums)
    before = (np.arange(len(_WINDOWS))[:, None], np.arange(1, n) - np.asarray(_WINDOWS)[:, None] + lead)
    return tuple(  # type: ignore[return-value]
        dots[block] / np.maximum(norms[before] * norms[:, lead + 1 :], 1e-9)
        for block, columns in enumerate(blocks)
        for norms in [_norms(squares[..., columns])]
    )


def _norms(squares: np.ndarray) -> np.ndarray:
    """`np.linalg.norm` over the last axis, as it computes it, without its checks, from the squares."""
    return np.sqrt(np.add.reduce(squares, axis=-1))


def _depth(curves: np.ndarray, reach: int = 3) -> np.ndarray:
    """TextTiling's depth of each row of `curves`: how far it climbs within `reach` gaps on each side."""
    size = curves.shape[1]
    padded = np.full((len(curves), size + 2 * reach), -np.inf)
    padded[:, reach : reach + size] = curves
    peaks = np.maximum.reduce(padded[:, _spread(size + reach, reach + 1)], axis=2)  # the highest of each reach+1 in a row
    return (peaks[:, :size] - curves) + (peaks[:, reach:] - curves)


@lru_cache(maxsize=128)
def _spread(count: int, width: int) -> np.ndarray:
    """`count` rows of `width` consecutive indices, row i starting at i (read-only)."""
    spread = np.arange(count)[:, None] + np.arange(width)
    spread.flags.writeable = False
    return spread


def gap_features(model: WordModel, sentences: Sequence[str], lowered: Sequence[Sequence[str]] | None = None) -> np.ndarray:
    """One row of `FEATURES` for each gap between consecutive sentences (shape n-1 x features);
    `lowered` holds each sentence's `_words.words` when they are already known."""
    n = len(sentences)
    if n < 2:
        return np.zeros((0, len(FEATURES)))
    read = lowered if lowered is not None else [lower_words(text) for text in sentences]
    counted = list(map(len, read))
    every = chain.from_iterable(read)
    looked_up = np.fromiter(map(model.index.get, every, repeat(-1)), dtype=np.int64, count=sum(counted))
    known_word = looked_up >= 0
    flat = looked_up[known_word]
    rows = np.repeat(np.arange(n), counted)[known_word]
    used = np.bincount(rows, minlength=n + 1)  # known words in each sentence, and none after the last
    lengths = used[:n]
    known, first_use, columns = _unique(flat)
    size = len(known)
    weights = np.bincount(rows * size + columns, weights=model.idf[flat], minlength=n * size).reshape(n, size)
    running = np.zeros((n + 1, size + model.vectors.shape[1]))  # IDF weights of each word, then summed vectors
    running[1:, :size] = weights
    filled = np.flatnonzero(lengths)
    if filled.size:  # each sentence's vectors summed run by run in float32: neither BLAS threads nor a lossy running sum
        run_starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[filled]
        running[1 + filled, size:] = np.add.reduceat(model.weighted[flat], run_starts, axis=0)
    np.cumsum(running[1:], axis=0, out=running[1:])
    words_cos, vectors_cos = _window_cosines(running, n, size)
    seconds = np.stack([words_cos[1], vectors_cos[1]])
    padded = np.concatenate([[np.inf], seconds[1], [np.inf]])
    local_minimum = (seconds[1] <= padded[:-2]) & (seconds[1] <= padded[2:])

    rare = model.idf[known] > _RARE_IDF
    present = np.zeros((n + 6, np.count_nonzero(rare)), dtype=bool)  # where each rare word is used, 3 empty rows each side
    np.greater(weights[:, rare], 0, out=present[3 : n + 3])
    before = present[1:n] | present[2 : n + 1] | present[3 : n + 2]  # in one of the 3 sentences before each gap
    before &= present[4 : n + 3] | present[5 : n + 4] | present[6 : n + 5]  # and in one of the 3 after it
    firsts = np.bincount(rows[first_use], minlength=n + 1)  # words first used in each sentence
    new, seen = firsts[1:n] + firsts[2:], used[1:n] + used[2:]  # in the two sentences after each gap

    features = np.empty((n - 1, len(FEATURES)))
    features[:, 0:3] = words_cos.T
    features[:, 3:6] = vectors_cos.T
    features[:, 6:8] = _depth(seconds).T
    features[:, 8:10] = (seconds - np.add.reduce(seconds, axis=1, keepdims=True) / (n - 1)).T  # less their mean
    features[:, 10] = local_minimum
    features[:, 11] = np.log1p(np.add.reduce(before, axis=1, dtype=np.int64))
    features[:, 12] = new / np.maximum(seen, 1)
    _openers(sentences[1:], features[:, 13:16])
    return features


def _unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`np.unique(values, return_index=True, return_inverse=True)` as it computes it, without its checks."""
    order = np.argsort(values, kind="mergesort")
    ordered = values[order]
    firsts = np.empty(len(values), dtype=bool)
    firsts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=firsts[1:])
    inverse = np.empty(len(values), dtype=np.intp)
    inverse[order] = np.cumsum(firsts) - 1
    return ordered[firsts], order[firsts], inverse


def _expected_share(scores: np.ndarray, word_count: int, count: tuple[int, int], allowed: np.ndarray | None) -> float:
    """The score above which lie as many gaps as a story of this length usually has boundaries.

    Topic shifts inside one story score far lower than shifts between stories; measured
    against this threshold, a story's strongest shifts count as boundaries even so.
    """
    wanted = min(max(round(word_count / _WORDS_PER_SECTION), count[0]), count[1]) - 1
    candidates = scores if allowed is None else scores[allowed]
    if wanted <= 0 or len(candidates) == 0:
        return float("inf")
    return float(np.sort(candidates)[::-1][min(wanted, len(candidates)) - 1]) - 1e-6


def _spans(n: int) -> np.ndarray:
    """How many sentences a segment holds, by its first sentence (row) and the one after it (column)."""
    return np.arange(n + 1)[None, :] - np.arange(n + 1)[:, None]


@lru_cache(maxsize=256)
def _long_enough(n: int, least: int) -> np.ndarray:
    """Which segments of a story of `n` sentences hold at least `least`, and start inside it (read-only)."""
    valid = _spans(n) >= least
    valid[n] = False
    valid.flags.writeable = False
    return valid


@lru_cache(maxsize=256)
def _imbalance(n: int, even: float) -> np.ndarray:
    """The squared log-ratio of each segment's size to an `even` share (read-only)."""
    cost = np.log(np.maximum(_spans(n), 1) / even) ** 2
    cost.flags.writeable = False
    return cost


def choose_boundaries(
    scores: np.ndarray,
    count: tuple[int, int],
    *,
    allowed: np.ndarray | None = None,
    min_sentences: int = 2,
    anchors: Sequence[int] = (),
    highlight_weight: float = 0.0,
    balance: float = 0.0,
) -> tuple[int, ...]:
    """The sentence indices that open sections 2..k, for the best cut into `count` sections.

    `scores[g]` is the log-odds of a boundary before sentence g+1; a cut's worth is the
    sum of its boundaries' scores, less `highlight_weight` for each highlight beyond the
    first in a section (`anchors` are the highlights' first sentences), less `balance`
    times the squared log-ratio of each section's size to an even share, so that a
    story is not cut into one long section and a few scraps. When no cut has the fewest
    sections, the most that fit are taken.
    """
    n = len(scores) + 1
    opens = np.concatenate([[0.0], scores, [0.0]])
    valid = _long_enough(n, min(min_sentences, n))
    if allowed is not None:
        valid = valid & np.concatenate([[True], allowed, [False]])[:, None]
    segment = np.where(valid, opens[:, None], -np.inf)
    if anchors and highlight_weight:
        marks = np.bincount([a + 1 for a in anchors if 0 <= a < n], minlength=n + 1).astype(float)
        running = np.cumsum(marks)
        inside = running[None, :] - running[:, None]
        segment = segment - highlight_weight * np.maximum(inside - 1.0, 0.0)
    fewest, most = count
    if balance:
        segment = segment - balance * _imbalance(n, n / max(1, (fewest + most) / 2))
    best = [segment[0]]
    back: list[np.ndarray] = [np.zeros(n + 1, dtype=int)]
    every_end = np.arange(n + 1)
    by_end = np.ascontiguousarray(segment.T)  # a row for each segment's end: argmax along rows needs no copy
    for _ in range(1, most):
        totals = by_end + best[-1]
        back.append(totals.argmax(axis=1))
        best.append(totals[every_end, back[-1]])
    finals = np.array([b[n] for b in best])
    feasible = np.flatnonzero(np.isfinite(finals))
    if feasible.size == 0:
        return ()
    wanted = feasible[feasible >= fewest - 1]
    k = int(wanted[np.argmax(finals[wanted])]) if wanted.size else int(feasible.max())
    cuts: list[int] = []
    end = n
    for level in range(k, 0, -1):
        end = int(back[level][end])
        cuts.append(end)
    return tuple(sorted(cuts))


def segment_topics(
    sentences: Sequence[str],
    *,
    word_count: int | None = None,
    allowed: Sequence[bool] | None = None,
    anchors: Sequence[int] = (),
    options: SegmentOptions = SegmentOptions(),
    words: WordModel | None = None,
    scorer: BoundaryModel | None = None,
    lowered: Sequence[Sequence[str]] | None = None,
) -> tuple[int, ...]:
    """The sentence indices where a new section begins (the first section, at 0, is left out);
    `lowered` holds each sentence's `_words.words` when they are already known."""
    n = len(sentences)
    if n < 2 * options.min_sentences:
        return ()
    words = words or load_words()
    scorer = scorer or load_boundaries()
    total = word_count if word_count is not None else sum(len(s.split()) for s in sentences)
    count = section_range(total)
    cuttable = None if allowed is None else np.asarray(allowed, dtype=bool)
    scores = scorer.logits(gap_features(words, sentences, lowered))
    scores = scores - min(options.offset, _expected_share(scores, total, count, cuttable))
    return choose_boundaries(
        scores,
        count,
        allowed=cuttable,
        min_sentences=options.min_sentences,
        anchors=anchors,
        highlight_weight=options.highlight_weight,
        balance=options.balance,
    )


def article_topic_starts(
    article: Article, options: SegmentOptions = SegmentOptions(), lowered: Sequence[Sequence[str]] | None = None
) -> tuple[int, ...]:
    """Where `article`'s topical sections begin: cuts only at paragraph breaks when it has several paragraphs.
    `lowered` holds each sentence's `_words.words` when they are already known."""
    sentences = article.sentences
    paragraphs = [s.paragraph for s in sentences]
    allowed = [a != b for a, b in zip(paragraphs, paragraphs[1:])] if len(set(paragraphs)) > 1 else None
    anchors = sorted({min(h.sentences) for h in article.highlights if h.sentences})
    texts = [s.text for s in sentences]
    return segment_topics(
        texts,
        word_count=sum(map(len, map(str.split, texts))),
        allowed=allowed,
        anchors=anchors,
        options=options,
        lowered=lowered,
    )
