"""Train the learned highlight stage and write `src/newsbrief/models/highlights.npz`.

    python scripts/train_highlights.py            # from the repository root

Reads ../shared/data/cnn_dailymail/train.jsonl.gz (training) and validation.jsonl.gz
(tuning of the selection settings only). Steps: word statistics (IDF, highlight
lift) from the training articles; one row of features per sentence; labels from
the greedy ROUGE oracle against the published highlights; a small MLP trained
with numpy (seeded); the word budget tuned on validation. Deterministic for a
given seed; runs in one process.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsbrief._article import Article  # noqa: E402
from newsbrief.evaluation._data import read_items  # noqa: E402
from newsbrief.evaluation.oracle import greedy_oracle, ngram_f1  # noqa: E402
from newsbrief.evaluation.rouge import rouge_tokens  # noqa: E402
from newsbrief.stages._highlight_features import FEATURES, ArticleWords, WordStats, article_words, sentence_features  # noqa: E402
from newsbrief.stages._highlight_model import HighlightModel, save_model  # noqa: E402
from newsbrief.stages._highlight_select import select, trigrams  # noqa: E402
from newsbrief.stages.segment import segment  # noqa: E402
from newsbrief.text.words import words  # noqa: E402

MIN_COUNT = 3  # words in fewer training articles share the unknown-word entry
SMOOTHING = 20.0


@dataclass
class Prepared:
    """Sentences of many articles: features, oracle labels, and what tuning needs."""

    features: np.ndarray
    labels: np.ndarray
    offsets: np.ndarray  # article k has rows offsets[k]:offsets[k+1]
    lengths: list[list[int]]
    grams: list[list[set[tuple[str, ...]]]]
    sentence_tokens: list[list[list[str]]]
    references: list[list[list[str]]]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def segmented(path: Path, limit: int | None) -> Iterator[tuple[list[str], list[str], ArticleWords]]:
    """Sentence texts, reference bullets and normalised words of each article."""
    split = segment()
    for item in read_items(path, limit):
        texts = [s.text for s in split(Article(text=item.article)).sentences]
        yield texts, list(item.reference), article_words(texts)


# -- word statistics ---------------------------------------------------------------------------


@dataclass
class WordCounts:
    articles: int
    in_article: Counter[str]
    in_highlights: Counter[str]

    def stats(self) -> tuple[WordStats, list[str]]:
        vocabulary = sorted(w for w, n in self.in_article.items() if n >= MIN_COUNT)
        index = {word: i for i, word in enumerate(vocabulary)}
        df = np.array([self.in_article[w] for w in vocabulary] + [1], dtype=float)
        hits = np.array([self.in_highlights[w] for w in vocabulary] + [0], dtype=float)
        return WordStats(index, self.idf(df), self.lift(hits, df)), vocabulary

    def idf(self, df: np.ndarray) -> np.ndarray:
        return np.log((self.articles + 1) / (df + 1))

    def lift(self, hits: np.ndarray, df: np.ndarray) -> np.ndarray:
        """Smoothed log-odds that a word of the article reaches its highlights, against the average word."""
        prior = self.prior
        odds = np.log((hits + SMOOTHING * prior) / (df - hits + SMOOTHING * (1 - prior)))
        return odds - math.log(prior / (1 - prior))

    @property
    def prior(self) -> float:
        return sum(self.in_highlights.values()) / sum(self.in_article.values())


class LeaveOneOut:
    """Word statistics for a training article without that article's own counts (no leakage)."""

    def __init__(self, counts: WordCounts, stats: WordStats, highlight_words: set[str]) -> None:
        self.counts, self.stats, self.highlight_words = counts, stats, highlight_words

    def lookup(self, vocabulary: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        df = np.array([self.counts.in_article[w] - 1 for w in vocabulary], dtype=float)
        hits = np.array([self.counts.in_highlights[w] - (w in self.highlight_words) for w in vocabulary], dtype=float)
        known = df >= MIN_COUNT
        idf, lift = self.stats.lookup(vocabulary)
        idf = np.where(known, self.counts.idf(np.maximum(df, 0)), idf)
        lift = np.where(known, self.counts.lift(hits, np.maximum(df, 0)), lift)
        return idf, lift


def count_words(path: Path, limit: int | None) -> WordCounts:
    counts = WordCounts(0, Counter(), Counter())
    for item in read_items(path, limit):
        present = set(words(item.article))
        counts.articles += 1
        counts.in_article.update(present)
        counts.in_highlights.update(present & set(words(" ".join(item.reference))))
    return counts


# -- features and labels -----------------------------------------------------------------------


def prepare(path: Path, limit: int | None, stats: WordStats, counts: WordCounts | None) -> Prepared:
    """Features and oracle labels; with `counts` (training), word statistics leave each article out.

    Only the tuning data (no `counts`) keeps the tokens that scoring a selection needs.
    """
    rows, labels, offsets = [], [], [0]
    lengths, grams, tokens, references = [], [], [], []
    for number, (texts, reference, article) in enumerate(segmented(path, limit), 1):
        if not texts:
            continue
        lookup = stats
        if counts is not None:
            lookup = LeaveOneOut(counts, stats, set(words(" ".join(reference))))
        rows.append(sentence_features(texts, lookup, article).astype(np.float32))  # type: ignore[arg-type]
        chosen = set(greedy_oracle(texts, reference))
        labels.append(np.array([i in chosen for i in range(len(texts))], dtype=np.float32))
        offsets.append(offsets[-1] + len(texts))
        if counts is None:
            sentence_words = [[article.vocabulary[i] for i in ids] for ids in article.sentences]
            lengths.append([len(w) for w in sentence_words])
            grams.append([trigrams(w) for w in sentence_words])
            tokens.append([rouge_tokens(text) for text in texts])
            references.append([rouge_tokens(line) for line in reference])
        if number % 5000 == 0:
            log(f"  {number} articles")
    return Prepared(np.concatenate(rows), np.concatenate(labels), np.array(offsets), lengths, grams, tokens, references)


# -- the model ---------------------------------------------------------------------------------


def train_mlp(
    features: np.ndarray, labels: np.ndarray, hidden: int, epochs: int, seed: int
) -> tuple[np.ndarray, np.ndarray, tuple[tuple[np.ndarray, np.ndarray], ...]]:
    """A one-hidden-layer MLP with a logistic output, trained by Adam on cross-entropy (numpy)."""
    rng = np.random.default_rng(seed)
    mean = features.mean(axis=0)
    scale = features.std(axis=0) + 1e-6
    x = ((features - mean) / scale).astype(np.float32)
    y = labels.astype(np.float32)
    params = [
        rng.normal(0, math.sqrt(2 / x.shape[1]), (x.shape[1], hidden)).astype(np.float32),
        np.zeros(hidden, np.float32),
        rng.normal(0, math.sqrt(1 / hidden), hidden).astype(np.float32),
        np.zeros((), np.float32),
    ]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    step, batch, rate = 0, 512, 2e-3
    for epoch in range(epochs):
        order = rng.permutation(len(x))
        total = 0.0
        for start in range(0, len(x), batch):
            pick = order[start : start + batch]
            xb, yb = x[pick], y[pick]
            pre = xb @ params[0] + params[1]
            act = np.maximum(pre, 0)
            logit = act @ params[2] + params[3]
            prob = 1 / (1 + np.exp(-logit))
            total += float(-(yb * np.log(prob + 1e-7) + (1 - yb) * np.log(1 - prob + 1e-7)).sum())
            dlogit = (prob - yb) / len(pick)
            dact = np.outer(dlogit, params[2]) * (pre > 0)
            grads = [xb.T @ dact, dact.sum(0), act.T @ dlogit, dlogit.sum()]
            step += 1
            for p, g, m, v in zip(params, grads, moments, squares):
                m *= 0.9
                m += 0.1 * g
                v *= 0.999
                v += 0.001 * g * g
                p -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        rate *= 0.7
        log(f"  epoch {epoch + 1}: loss {total / len(x):.4f}")
    layers = ((params[0].astype(float), params[1].astype(float)), (params[2].astype(float), float(params[3])))
    return mean.astype(float), scale.astype(float), layers  # type: ignore[return-value]


# -- tuning the selection on validation ----------------------------------------------------------


def proxy_rouge(chosen: Sequence[int], tokens: Sequence[list[str]], reference: Sequence[list[str]]) -> float:
    """Mean of ROUGE-1 and ROUGE-2 F (0-100) by n-gram counts: fast enough to tune with."""
    got1, got2, want1, want2 = Counter(), Counter(), Counter(), Counter()
    for i in chosen:
        got1.update(tokens[i])
        got2.update(zip(tokens[i], tokens[i][1:]))
    for line in reference:
        want1.update(line)
        want2.update(zip(line, line[1:]))
    return 50.0 * (ngram_f1(got1, want1) + ngram_f1(got2, want2))


def mean_proxy(data: Prepared, scores: np.ndarray, settings: dict[str, float], **fixed: int) -> float:
    total = 0.0
    for k in range(len(data.lengths)):
        part = scores[data.offsets[k] : data.offsets[k + 1]]
        chosen = select(part, data.lengths[k], data.grams[k], settings, **fixed)  # type: ignore[arg-type]
        total += proxy_rouge(chosen, data.sentence_tokens[k], data.references[k])
    return total / len(data.lengths)


DEFAULT_SETTINGS = {
    "budget_base": 40.0,
    "budget_per_word": 0.03,
    "budget_min": 30.0,
    "budget_max": 110.0,
    "max_count": 6,
    "min_words": 4,
    "overshoot": 0.0,
}


def tune(data: Prepared, scores: np.ndarray) -> dict[str, float]:
    """Coordinate search over the selection settings, on the n-gram proxy of ROUGE."""
    settings = dict(DEFAULT_SETTINGS)
    grid = {
        "budget_base": [20, 30, 40, 50, 60],
        "budget_per_word": [0.0, 0.01, 0.02, 0.03, 0.04, 0.05],
        "budget_max": [80, 100, 120, 150],
        "overshoot": [-10, -5, 0, 5, 10, 20],
        "min_words": [0, 3, 5, 7],
    }
    best = mean_proxy(data, scores, settings)
    for _ in range(2):
        for key, values in grid.items():
            for value in values:
                trial = {**settings, key: value}
                result = mean_proxy(data, scores, trial)
                if result > best + 1e-6:
                    best, settings = result, trial
            log(f"  tuned {key} = {settings[key]} (proxy {best:.3f})")
    return settings


def model_scores(model: HighlightModel, data: Prepared) -> np.ndarray:
    return model.score(data.features.astype(float))


def prepare_all(data: Path, limit: int | None) -> tuple[WordStats, list[str], Prepared, Prepared]:
    train, validation = data / "train.jsonl.gz", data / "validation.jsonl.gz"
    log("counting words of the training articles")
    counts = count_words(train, limit)
    stats, vocabulary = counts.stats()
    log(f"  {counts.articles} articles, {len(vocabulary)} words")
    log("features and oracle labels: training")
    train_data = prepare(train, limit, stats, counts)
    log(f"  {len(train_data.labels)} sentences, {train_data.labels.mean():.3f} in the oracle")
    log("features: validation")
    tune_data = prepare(validation, None, stats, None)
    return stats, vocabulary, train_data, tune_data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "cnn_dailymail")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsbrief" / "models" / "highlights.npz")
    parser.add_argument("--limit", type=int, help="use only the first N training articles (for a quick try)")
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, help="keep the prepared features in this file and reuse them")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        with open(args.cache, "rb") as handle:
            stats, vocabulary, train_data, tune_data = pickle.load(handle)
    else:
        stats, vocabulary, train_data, tune_data = prepare_all(args.data, args.limit)
        if args.cache:
            with open(args.cache, "wb") as handle:
                pickle.dump((stats, vocabulary, train_data, tune_data), handle, protocol=pickle.HIGHEST_PROTOCOL)
    log("training the MLP")
    mean, scale, layers = train_mlp(train_data.features, train_data.labels, args.hidden, args.epochs, args.seed)
    model = HighlightModel(stats, mean, scale, layers, dict(DEFAULT_SETTINGS))
    log("tuning the selection on validation")
    settings = tune(tune_data, model_scores(model, tune_data))
    model = HighlightModel(stats, mean, scale, layers, settings)
    save_model(args.out, model, vocabulary)
    log(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB); settings {settings}")


if __name__ == "__main__":
    main()
