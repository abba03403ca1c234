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
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsbrief._article import Article  # noqa: E402
from newsbrief.evaluation import EvalReport, evaluate  # noqa: E402
from newsbrief.evaluation._data import ScoredItem, read_items  # noqa: E402
from newsbrief.evaluation.oracle import greedy_oracle, ngram_f1  # noqa: E402
from newsbrief.evaluation.rouge import rouge_tokens  # noqa: E402
from newsbrief.stages._highlight_features import (  # noqa: E402
    ArticleWords,
    WordStats,
    article_words,
    pair_buckets,
    sentence_features,
)
from newsbrief.stages._highlight_model import HighlightModel, save_model  # noqa: E402
from newsbrief.stages._highlight_select import select, trigrams  # noqa: E402
from newsbrief.stages.segment import segment  # noqa: E402
from newsbrief.text.words import words  # noqa: E402

SHIPPED = ROOT / "src" / "newsbrief" / "models" / "highlights.npz"
MIN_COUNT = 3  # words in fewer training articles share the unknown-word entry
PAIR_BUCKETS = 1 << 21  # hash buckets of word-pair statistics
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


def segmented(path: Path, limit: int | None) -> Iterator[tuple[ScoredItem, list[str], ArticleWords]]:
    """Each article with its sentence texts and their normalised words."""
    split = segment()
    for item in read_items(path, limit):
        texts = [s.text for s in split(Article(text=item.article)).sentences]
        yield item, texts, article_words(texts)


# -- word statistics ---------------------------------------------------------------------------


@dataclass
class WordCounts:
    articles: int
    in_article: Counter[str]
    in_highlights: Counter[str]
    pair_articles: np.ndarray | None = None  # per bucket: training articles with the word pair
    pair_hits: np.ndarray | None = None  # ... whose highlights have it too

    def stats(self) -> tuple[WordStats, list[str]]:
        vocabulary = sorted(w for w, n in self.in_article.items() if n >= MIN_COUNT)
        index = {word: i for i, word in enumerate(vocabulary)}
        df = np.array([self.in_article[w] for w in vocabulary] + [1], dtype=float)
        hits = np.array([self.in_highlights[w] for w in vocabulary] + [0], dtype=float)
        pairs = np.zeros(PAIR_BUCKETS)
        if self.pair_articles is not None and self.pair_hits is not None:
            pairs = self.lift(self.pair_hits, self.pair_articles)
        return WordStats(index, self.idf(df), self.lift(hits, df), pairs.astype(np.float16)), vocabulary

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


def pair_sets(stats: WordStats, article: str, reference: str) -> tuple[np.ndarray, np.ndarray]:
    """Buckets of the word pairs of an article, and those of them its highlights have too."""
    sets = []
    for text in (article, reference):
        ids, _, _ = stats.lookup(words(text))
        sets.append(np.unique(pair_buckets(ids[:-1], ids[1:], len(stats.idf), PAIR_BUCKETS)))
    return sets[0], np.intersect1d(sets[0], sets[1], assume_unique=True)


class LeaveOneOut:
    """Word statistics for a training article without that article's own counts (no leakage)."""

    def __init__(self, counts: WordCounts, stats: WordStats, item: ScoredItem) -> None:
        self.counts, self.stats = counts, stats
        self.highlight_words = set(words(" ".join(item.reference)))
        own, own_hits = pair_sets(stats, item.article, " ".join(item.reference))
        assert counts.pair_articles is not None and counts.pair_hits is not None
        articles, hits = counts.pair_articles[own] - 1, counts.pair_hits[own].copy()
        hits[np.isin(own, own_hits)] -= 1
        self.own, self.own_lift = own, counts.lift(hits, articles)

    def lookup(self, vocabulary: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        df = np.array([self.counts.in_article[w] - 1 for w in vocabulary], dtype=float)
        hits = np.array([self.counts.in_highlights[w] - (w in self.highlight_words) for w in vocabulary], dtype=float)
        known = df >= MIN_COUNT
        ids, idf, lift = self.stats.lookup(vocabulary)
        idf = np.where(known, self.counts.idf(np.maximum(df, 0)), idf)
        lift = np.where(known, self.counts.lift(hits, np.maximum(df, 0)), lift)
        return ids, idf, lift

    def pair_lift(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        buckets = pair_buckets(left, right, len(self.stats.idf), PAIR_BUCKETS)
        values = self.stats.pairs[buckets].astype(float)
        if len(self.own):
            where = np.minimum(np.searchsorted(self.own, buckets), len(self.own) - 1)
            mine = self.own[where] == buckets
            values[mine] = self.own_lift[where[mine]]
        return values


def count_words(path: Path, limit: int | None) -> WordCounts:
    counts = WordCounts(0, Counter(), Counter())
    for item in read_items(path, limit):
        present = set(words(item.article))
        counts.articles += 1
        counts.in_article.update(present)
        counts.in_highlights.update(present & set(words(" ".join(item.reference))))
    stats, _ = counts.stats()
    found, hit = [], []
    for item in read_items(path, limit):
        own, own_hits = pair_sets(stats, item.article, " ".join(item.reference))
        found.append(own)
        hit.append(own_hits)
    counts.pair_articles = np.bincount(np.concatenate(found), minlength=PAIR_BUCKETS).astype(float)
    counts.pair_hits = np.bincount(np.concatenate(hit), minlength=PAIR_BUCKETS).astype(float)
    return counts


# -- features and labels -----------------------------------------------------------------------


def prepare(path: Path, limit: int | None, stats: WordStats, counts: WordCounts | None) -> Prepared:
    """Features and oracle labels; with `counts` (training), word statistics leave each article out.

    Only the tuning data (no `counts`) keeps the tokens that scoring a selection needs.
    """
    rows, labels, offsets = [], [], [0]
    lengths, grams, tokens, references = [], [], [], []
    for number, (item, texts, article) in enumerate(segmented(path, limit), 1):
        if not texts:
            continue
        reference = list(item.reference)
        lookup = stats
        if counts is not None:
            lookup = LeaveOneOut(counts, stats, item)
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


def _losses(logit: np.ndarray, labels: np.ndarray, article: np.ndarray, articles: int) -> tuple[float, np.ndarray]:
    """Cross-entropy per sentence plus a listwise softmax loss per article; the loss and its gradient."""
    prob = 1 / (1 + np.exp(-logit))
    loss = float(-(labels * np.log(prob + 1e-7) + (1 - labels) * np.log(1 - prob + 1e-7)).mean())
    grad = (prob - labels) / len(logit)
    starts = np.r_[0, np.cumsum(np.bincount(article, minlength=articles))[:-1]]
    exp = np.exp(logit - np.maximum.reduceat(logit, starts)[article])
    softmax = exp / np.bincount(article, exp, minlength=articles)[article]
    positives = np.bincount(article, labels, minlength=articles)[article]
    useful = positives > 0
    target = np.where(useful, labels / np.maximum(positives, 1), 0.0)
    loss -= float((target * np.log(softmax + 1e-9)).sum() / articles)
    grad += np.where(useful, softmax - target, 0.0) / articles
    return loss, grad


def train_mlp(
    data: Prepared, hidden: int, epochs: int, seed: int
) -> tuple[np.ndarray, np.ndarray, tuple[tuple[np.ndarray, np.ndarray], ...]]:
    """A one-hidden-layer MLP trained by Adam on both losses, in batches of whole articles (numpy)."""
    rng = np.random.default_rng(seed)
    mean = data.features.mean(axis=0)
    scale = data.features.std(axis=0) + 1e-6
    x = ((data.features - mean) / scale).astype(np.float32)
    y = data.labels.astype(np.float32)
    params = [
        rng.normal(0, math.sqrt(2 / x.shape[1]), (x.shape[1], hidden)).astype(np.float32),
        np.zeros(hidden, np.float32),
        rng.normal(0, math.sqrt(1 / hidden), hidden).astype(np.float32),
        np.zeros((), np.float32),
    ]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    offsets, step, rate, per_batch = data.offsets, 0, 2e-3, 16
    for epoch in range(epochs):
        order = rng.permutation(len(offsets) - 1)
        total = 0.0
        for start in range(0, len(order), per_batch):
            chosen = order[start : start + per_batch]
            sizes = offsets[chosen + 1] - offsets[chosen]
            pick = np.concatenate([np.arange(offsets[a], offsets[a + 1]) for a in chosen])
            article = np.repeat(np.arange(len(chosen)), sizes)
            xb = x[pick]
            pre = xb @ params[0] + params[1]
            act = np.maximum(pre, 0)
            loss, dlogit = _losses(act @ params[2] + params[3], y[pick], article, len(chosen))
            total += loss
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
        log(f"  epoch {epoch + 1}: loss {total / math.ceil(len(order) / per_batch):.4f}")
    layers = ((params[0].astype(float), params[1].astype(float)), (params[2].astype(float), float(params[3])))
    return mean.astype(float), scale.astype(float), layers  # type: ignore[return-value]


def merge(members: list[tuple[tuple[np.ndarray, np.ndarray], ...]]) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """One wider MLP whose output is the mean of the members' outputs (same inputs, concatenated hidden units)."""
    hidden = np.concatenate([m[0][0] for m in members], axis=1), np.concatenate([m[0][1] for m in members])
    output = np.concatenate([m[1][0] for m in members]) / len(members), float(np.mean([m[1][1] for m in members]))
    return (hidden, output)


# -- tuning the selection on validation ----------------------------------------------------------


def proxy_rouge(chosen: Sequence[int], tokens: Sequence[list[str]], reference: Sequence[list[str]]) -> float:
    """Mean of ROUGE-1 and ROUGE-2 F (0-100) by n-gram counts: fast enough to tune with."""
    got1, got2, want1, want2 = Counter(), Counter(), Counter(), Counter()
    for i in chosen:
        got1.update(tokens[i])
        got2.update(pairwise(tokens[i]))
    for line in reference:
        want1.update(line)
        want2.update(pairwise(line))
    return 50.0 * (ngram_f1(got1, want1) + ngram_f1(got2, want2))


def mean_proxy(data: Prepared, scores: np.ndarray, settings: dict[str, float], **fixed: int) -> float:
    total = 0.0
    for k in range(len(data.lengths)):
        part = scores[data.offsets[k] : data.offsets[k + 1]]
        chosen = select(part, data.lengths[k], data.grams[k].__getitem__, settings, **fixed)  # type: ignore[arg-type]
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
        "overshoot": [-10, 0, 10, 20, 30, 40, 60],
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


def write_card(path: Path, report: EvalReport | None, settings: dict[str, float], facts: dict[str, Any]) -> None:
    """The model card beside the model: data, command, scores, date."""
    rows = []
    if report is not None:
        for system in report.systems:
            cells = [f"{s.mean:.2f} [{s.low:.2f}, {s.high:.2f}]" for s in system.scores]
            rows.append(f"| {system.name} | " + " | ".join(cells) + f" | {system.highlights:.2f} |")
    scores = "\n".join(rows) or "| (not evaluated in this run) | | | | |"
    path.write_text(
        CARD.format(
            date=time.strftime("%Y-%m-%d"),
            scores=scores,
            settings=", ".join(f"{key} = {value}" for key, value in settings.items()),
            **facts,
        ),
        encoding="utf-8",
    )


CARD = """# Model card: `highlights` (learned highlight stage)

Made {date} by `python scripts/train_highlights.py --seed {seed} --epochs {epochs} --hidden {hidden}`
(run from the repository root; one process, about {minutes:.0f} minutes on a 2-core laptop-class CPU).

## What it does
Scores every sentence of an article and picks the highlights: best-scored first up to a word budget that
grows with the article's length, skipping sentences that repeat a word trigram of one already chosen;
shown in article order. Inference is numpy only.

## Data
- Training: `../shared/data/cnn_dailymail/train.jsonl.gz`, {train_articles:,} CNN/Daily Mail articles
  ({train_sentences:,} sentences) with their published highlights. Text is lower-cased and tokenized;
  the stage normalises any input (cased or not) to the same words before scoring.
- Labels: the greedy ROUGE-1+ROUGE-2 oracle against the published highlights ({positive:.1%} of sentences).
- Tuning: the selection settings only, on `validation.jsonl.gz` ({articles:,} articles). The test split was not used.

## Model
- Word statistics from the training articles: IDF and highlight lift (smoothed log-odds that a word of an
  article reaches its highlights) for {words:,} words seen in at least 3 articles, and the lift of word pairs
  hashed into {buckets:,} buckets. Training features leave each article's own counts out.
- Features ({features}): position, length, TF-IDF centrality, novelty, quotes, lift statistics of the
  sentence and its neighbours.
- The mean of two MLPs ({features}-{hidden}-1 for {epochs} epochs, seed {seed}; twice as wide for 3 more
  epochs, seed {seed} + 1), stored as one {features}-{merged}-1 MLP (ReLU); Adam, per-sentence cross-entropy
  plus a per-article softmax loss.
- Selection settings (tuned on validation with an n-gram ROUGE proxy): {settings}.
- File: `highlights.npz`, {size:.1f} MB.

## Scores on the full validation file (`newsbrief eval`, same run)
ROUGE F1 (rouge-score, stemming on, ROUGE-Lsum over bullets) with 95% bootstrap intervals, {articles:,} articles.

| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | highlights/article |
|---|---|---|---|---|
{scores}

## Limits
- Learned from English news (mostly Daily Mail, 2007-2015); other genres and languages are untested.
- Extractive: every highlight is a sentence of the article, at most shortened by dropping parentheses and
  a trailing attribution; it cannot merge or rephrase sentences.
- Retraining with the same seed and data reproduces the file; scores move within the intervals above.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "cnn_dailymail")
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--limit", type=int, help="use only the first N training articles (for a quick try)")
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, help="keep the prepared features in this file and reuse them")
    parser.add_argument("--no-eval", action="store_true", help="skip scoring the validation file for the card")
    args = parser.parse_args()
    started = time.time()
    if args.cache and args.cache.exists():
        with open(args.cache, "rb") as handle:
            stats, vocabulary, train_data, tune_data = pickle.load(handle)
    else:
        stats, vocabulary, train_data, tune_data = prepare_all(args.data, args.limit)
        if args.cache:
            with open(args.cache, "wb") as handle:
                pickle.dump((stats, vocabulary, train_data, tune_data), handle, protocol=pickle.HIGHEST_PROTOCOL)
    log("training the MLP")
    members = []
    for member, (hidden, epochs) in enumerate(((args.hidden, args.epochs), (2 * args.hidden, args.epochs + 3))):
        mean, scale, layers = train_mlp(train_data, hidden, epochs, args.seed + member)
        members.append(layers)
    layers = merge(members)
    model = HighlightModel(stats, mean, scale, layers, dict(DEFAULT_SETTINGS))
    log("tuning the selection on validation")
    settings = tune(tune_data, model_scores(model, tune_data))
    model = HighlightModel(stats, mean, scale, layers, settings)
    save_model(args.out, model, vocabulary)
    log(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB); settings {settings}")
    report = None
    if args.out.resolve() == SHIPPED.resolve() and not args.no_eval:
        log("scoring the full validation file beside lead-3 and the oracle (one process)")
        report = evaluate(args.data / "validation.jsonl.gz", ["segment", "highlights", "sections"], workers=1)
    facts = {
        "seed": args.seed,
        "epochs": args.epochs,
        "hidden": args.hidden,
        "merged": 3 * args.hidden,
        "minutes": (time.time() - started) / 60,
        "train_articles": len(train_data.offsets) - 1,
        "train_sentences": len(train_data.labels),
        "positive": float(train_data.labels.mean()),
        "words": len(vocabulary),
        "buckets": len(stats.pairs),
        "features": train_data.features.shape[1],
        "size": args.out.stat().st_size / 1e6,
        "articles": len(tune_data.lengths),
    }
    write_card(args.out.with_suffix(".md"), report, settings, facts)
    log(f"wrote {args.out.with_suffix('.md')}")


if __name__ == "__main__":
    main()
