"""Sentence features for the learned highlight stage, shared by training and inference.

Each sentence of an article becomes one row of numbers: its position, its length,
how central it is (TF-IDF cosine to the article and to the other sentences),
how new it is (overlap with earlier sentences), and word statistics learned from
the training articles (IDF, and how often a word of the article reaches its
published highlights). Everything is computed on normalised words
(`newsbrief.text.words`), so cased and lower-cased tokenized text agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..text.words import WORD, normalise

__all__ = ["FEATURES", "ArticleWords", "WordStats", "article_words", "pair_buckets", "sentence_features"]

FEATURES = (
    "first", "second", "third", "fourth", "fifth", "position", "relative", "log_position",
    "words", "log_words", "short", "long", "sentences", "log_article_words",
    "idf_mean", "idf_top", "lift_mean", "lift_top", "lift_sum", "lift_content",
    "centrality", "to_article", "to_first", "max_to_earlier", "repeated_words", "new_words",
    "quote", "opens_quote", "question", "digits", "said", "pronoun_start", "relative_words",
    "lift_max", "content_words", "pair_lift_mean", "pair_lift_top", "lift_to_article",
    "previous_lift", "next_lift", "previous_quote", "next_quote", "unquoted_position",
)  # fmt: skip

_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "but", "and"}
)
_SAID = frozenset({"said", "says", "told", "added", "according"})
_DIGIT = re.compile(r"\d")
_BREAK = "\x00"  # joins sentences so that they are normalised in one pass
_QUOTES = ('"', "\u201c", "\u201d", "''", "``")


def pair_buckets(left: np.ndarray, right: np.ndarray, vocabulary_size: int, buckets: int) -> np.ndarray:
    """The hash bucket of each word pair (ids into the learned vocabulary): deterministic, numpy only."""
    keys = left.astype(np.uint64) * np.uint64(vocabulary_size + 1) + right.astype(np.uint64)
    return ((keys * np.uint64(2654435761)) % np.uint64(buckets)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class WordStats:
    """Learned word statistics: IDF, highlight lift (log-odds of a word reaching the highlights),
    and the lift of word pairs (bigrams), hashed into a fixed number of buckets."""

    index: dict[str, int]
    idf: np.ndarray
    lift: np.ndarray
    pairs: np.ndarray

    def lookup(self, vocabulary: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Vocabulary id, IDF and lift of each word; unknown words get the last (unknown-word) entry."""
        unknown, get = len(self.idf) - 1, self.index.get
        ids = np.array([get(word, unknown) for word in vocabulary], dtype=np.int64)
        return ids, self.idf[ids], self.lift[ids]

    def pair_lift(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Lift of each word pair, by vocabulary ids."""
        return self.pairs[pair_buckets(left, right, len(self.idf), len(self.pairs))].astype(float)


@dataclass(frozen=True, slots=True)
class ArticleWords:
    """The normalised words of each sentence, as ids into the article's own vocabulary."""

    vocabulary: list[str]
    sentences: list[np.ndarray]


def article_words(texts: Sequence[str]) -> ArticleWords:
    """Normalise every sentence and give each distinct word of the article a local id."""
    local: dict[str, int] = {}
    joined = normalise(_BREAK.join(text.replace(_BREAK, " ") for text in texts))
    sentences = [
        np.asarray([local.setdefault(word, len(local)) for word in WORD.findall(piece)], dtype=np.int64)
        for piece in joined.split(_BREAK)
    ]
    return ArticleWords(list(local), sentences)


def _segment_top_mean(values: np.ndarray, rows: np.ndarray, count: int, k: int) -> np.ndarray:
    """Mean of the k largest values of each sentence (all of them when it has fewer)."""
    order = np.argsort(rows * 1e4 - np.clip(values, -1e3, 1e3), kind="stable")
    sorted_rows = rows[order]
    starts = np.searchsorted(sorted_rows, np.arange(count))
    rank = np.arange(len(values)) - starts[sorted_rows]
    keep = rank < k
    total = np.bincount(sorted_rows[keep], weights=values[order][keep], minlength=count)
    return total / np.maximum(np.bincount(sorted_rows[keep], minlength=count), 1)


def _similarity(
    rows: np.ndarray, ids: np.ndarray, weights: np.ndarray, sentences_with: np.ndarray, count: int
) -> np.ndarray:
    """Cosine similarity between sentences (zero diagonal), summed over the words they share.

    Sparse on purpose: a dense matrix product of this size can be slow on a busy
    machine (multi-threaded BLAS), and most words sit in one sentence only.
    """
    shared = np.flatnonzero(sentences_with[ids] > 1)
    order = shared[np.argsort(ids[shared], kind="stable")]
    if len(order) == 0:
        return np.zeros((count, count))
    _, starts, sizes = np.unique(ids[order], return_index=True, return_counts=True)
    group = np.repeat(np.arange(len(sizes)), sizes)
    left = np.repeat(np.arange(len(order)), sizes[group])
    offsets = np.arange(len(left)) - np.repeat(np.cumsum(sizes[group]) - sizes[group], sizes[group])
    right = starts[group[left]] + offsets
    left, right = order[left], order[right]
    keys = rows[left] * count + rows[right]
    similarity = np.bincount(keys, weights=weights[left] * weights[right], minlength=count * count)
    similarity = similarity.reshape(count, count)
    np.fill_diagonal(similarity, 0.0)
    return similarity


def sentence_features(texts: Sequence[str], stats: WordStats, article: ArticleWords | None = None) -> np.ndarray:
    """One row of `FEATURES` per sentence of an article (in article order)."""
    article = article or article_words(texts)
    count = len(texts)
    features = np.zeros((count, len(FEATURES)))
    if count == 0:
        return features
    size = max(len(article.vocabulary), 1)
    known, idf, lift = stats.lookup(article.vocabulary)
    lengths = np.array([len(ids) for ids in article.sentences], dtype=float)
    rows = np.repeat(np.arange(count), lengths.astype(np.int64))
    ids = np.concatenate(article.sentences) if len(rows) else np.zeros(0, dtype=np.int64)
    keys, repeats = np.unique(rows * size + ids, return_counts=True)
    pair_rows, pair_ids = keys // size, keys % size
    distinct = np.maximum(np.bincount(pair_rows, minlength=count), 1)
    per_word = np.maximum(lengths, 1)
    token_idf, token_lift = idf[ids], lift[ids]
    content = (token_idf > 3.0).astype(float)
    features[:, 14] = np.bincount(rows, weights=token_idf, minlength=count) / per_word
    features[:, 15] = _segment_top_mean(token_idf, rows, count, 5)
    features[:, 16] = np.bincount(rows, weights=token_lift, minlength=count) / per_word
    features[:, 17] = _segment_top_mean(token_lift, rows, count, 5)
    features[:, 18] = np.bincount(rows, weights=np.maximum(token_lift, 0), minlength=count) / 10.0
    features[:, 19] = np.bincount(rows, weights=token_lift * content, minlength=count) / np.maximum(
        np.bincount(rows, weights=content, minlength=count), 1
    )
    weights = repeats * idf[pair_ids]
    norms = np.sqrt(np.bincount(pair_rows, weights=weights * weights, minlength=count)) + 1e-9
    unit_weights = weights / norms[pair_rows]
    whole = np.bincount(pair_ids, weights=weights, minlength=size)
    sentences_with = np.bincount(pair_ids, minlength=size)
    similarity = _similarity(pair_rows, pair_ids, unit_weights, sentences_with, count)
    features[:, 20] = similarity.sum(axis=1) / max(count - 1, 1)
    features[:, 21] = np.bincount(pair_rows, weights=unit_weights * whole[pair_ids], minlength=count) / (
        np.linalg.norm(whole) + 1e-9
    )
    features[:, 22] = similarity[:, 0]
    features[:, 23] = np.tril(similarity, -1).max(axis=1) if count > 1 else 0.0
    features[:, 24] = np.bincount(pair_rows, weights=np.log(sentences_with[pair_ids]), minlength=count) / distinct
    first_row = np.full(size, count)
    first_row[pair_ids[::-1]] = pair_rows[::-1]
    features[:, 25] = np.bincount(pair_rows, weights=first_row[pair_ids] == pair_rows, minlength=count) / distinct
    said = [i for i, word in enumerate(article.vocabulary) if word in _SAID]
    features[:, 30] = np.bincount(pair_rows, weights=np.isin(pair_ids, said), minlength=count) > 0
    for row, text in enumerate(texts):
        stripped = text.strip()
        first = article.sentences[row]
        features[row, 26] = any(quote in stripped for quote in _QUOTES)
        features[row, 27] = stripped.startswith(_QUOTES)
        features[row, 28] = stripped.rstrip("\"'\u201d ").endswith("?")
        features[row, 29] = _DIGIT.search(stripped) is not None
        features[row, 31] = len(first) > 0 and article.vocabulary[first[0]] in _PRONOUNS
    features[:, 34] = np.bincount(pair_rows, weights=(idf[pair_ids] > 3.0).astype(float), minlength=count) / 20.0
    _lexical_context(features, rows, ids, known, lift, weights, pair_ids, pair_rows, whole, stats)
    position = np.arange(count, dtype=float)
    total_words = lengths.sum()
    features[:, 0:5] = position[:, None] == np.arange(5)[None, :]
    features[:, 5] = np.minimum(position, 40) / 40.0
    features[:, 6] = position / max(count - 1, 1)
    features[:, 7] = np.log1p(position)
    features[:, 8] = np.minimum(lengths, 80) / 80.0
    features[:, 9] = np.log1p(lengths)
    features[:, 10] = lengths < 8
    features[:, 11] = lengths > 40
    features[:, 12] = np.log1p(count)
    features[:, 13] = np.log1p(total_words)
    features[:, 32] = lengths / max(total_words, 1.0) * count
    return features


def _lexical_context(
    features: np.ndarray,
    rows: np.ndarray,
    ids: np.ndarray,
    known: np.ndarray,
    lift: np.ndarray,
    weights: np.ndarray,
    pair_ids: np.ndarray,
    pair_rows: np.ndarray,
    whole: np.ndarray,
    stats: WordStats,
) -> None:
    """Strongest word, word-pair lift, lift-weighted centrality, and the neighbours' lift and quotes."""
    count = len(features)
    token_lift = lift[ids]
    lengths = np.bincount(rows, minlength=count)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    filled = lengths > 0
    strongest = np.zeros(count)
    if filled.any():
        strongest[filled] = np.maximum.reduceat(token_lift, starts[filled])
    features[:, 33] = strongest
    same = rows[:-1] == rows[1:]
    pair_lift = stats.pair_lift(known[ids[:-1][same]], known[ids[1:][same]])
    pair_of = rows[:-1][same]
    features[:, 35] = np.bincount(pair_of, weights=pair_lift, minlength=count) / np.maximum(
        np.bincount(pair_of, minlength=count), 1
    )
    features[:, 36] = _segment_top_mean(pair_lift, pair_of, count, 3) if len(pair_of) else 0.0
    focus = whole * np.maximum(lift, 0.0)
    features[:, 37] = np.bincount(pair_rows, weights=weights * focus[pair_ids], minlength=count) / (
        np.sqrt(np.bincount(pair_rows, weights=weights * weights, minlength=count)) * np.linalg.norm(focus) + 1e-9
    )
    features[1:, 38] = features[:-1, 16]
    features[:-1, 39] = features[1:, 16]
    features[1:, 40] = features[:-1, 26]
    features[:-1, 41] = features[1:, 26]
    features[:, 42] = np.log1p(np.cumsum(features[:, 26] == 0) - (features[:, 26] == 0))
