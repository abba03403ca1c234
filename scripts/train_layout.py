"""Train the layout models from the CNN/DailyMail training split.

    python scripts/train_layout.py words        # vocabulary, IDF and word vectors (PPMI + SVD)
    python scripts/train_layout.py boundaries   # the topic-boundary scorer, on synthetic documents

Both write into src/newsbrief/models/. Needs the `train` extra (scipy). Validation
articles are never read here: tune with `python -m newsbrief.evaluation.segmentation`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "newsbrief" / "models"
sys.path.insert(0, str(ROOT / "src"))

from newsbrief.layout._model import BOUNDARIES_FILE, WORDS_FILE, load_words  # noqa: E402
from newsbrief.layout._words import STOPWORDS, words  # noqa: E402


def read_articles(path: Path, limit: int | None = None) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)["article"]


def train_words(train: Path, vocab_size: int, dims: int, window: int) -> None:
    """IDF of every word kept, and word vectors from windowed co-occurrence (PPMI + truncated SVD)."""
    from scipy import sparse
    from scipy.sparse.linalg import svds

    began = time.time()
    df: Counter[str] = Counter()
    total = 0
    for text in read_articles(train):
        df.update(set(words(text)))
        total += 1
    kept = [w for w, n in df.most_common() if n >= 5 and w not in STOPWORDS][:vocab_size]
    index = {w: i for i, w in enumerate(kept)}
    idf = np.array([np.log(total / df[w]) for w in kept], dtype=np.float32)
    print(f"{total} articles, {len(kept)} words kept ({time.time() - began:.0f} s)", flush=True)

    size = len(kept)
    counts = sparse.csr_matrix((size, size), dtype=np.float32)
    codes: list[np.ndarray] = []
    pending = 0
    for text in read_articles(train):
        ids = np.array([index[w] for w in words(text) if w in index], dtype=np.int64)
        for offset in range(1, window + 1):
            if len(ids) > offset:
                codes.append(ids[:-offset] * size + ids[offset:])
                pending += len(ids) - offset
        if pending > 20_000_000:
            counts = counts + _pairs_matrix(np.concatenate(codes), size)
            codes, pending = [], 0
    if codes:
        counts = counts + _pairs_matrix(np.concatenate(codes), size)
    counts = counts + counts.T
    print(f"co-occurrence: {counts.nnz:,} pairs ({time.time() - began:.0f} s)", flush=True)

    row = np.asarray(counts.sum(axis=1)).ravel()
    context = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    grand = row.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data * grand * context.sum() / (row[coo.row] * context[coo.col] * row.sum()))
    positive = pmi > 0
    ppmi = sparse.csr_matrix((pmi[positive], (coo.row[positive], coo.col[positive])), shape=(size, size))
    u, s, _ = svds(ppmi.astype(np.float64), k=dims)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    scale = np.abs(vectors).max(axis=1) / 127.0
    quantised = np.round(vectors / scale[:, None]).astype(np.int8)
    MODELS.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        MODELS / WORDS_FILE,
        vocabulary=np.frombuffer("\n".join(kept).encode("utf-8"), dtype=np.uint8),
        idf=idf.astype(np.float16),
        vectors=quantised,
        scale=scale.astype(np.float16),
        articles=np.array([total]),
    )
    print(f"wrote {MODELS / WORDS_FILE} ({time.time() - began:.0f} s)", flush=True)


def _pairs_matrix(codes: np.ndarray, size: int):  # type: ignore[no-untyped-def]
    from scipy import sparse

    unique, counts = np.unique(codes, return_counts=True)
    return sparse.csr_matrix(
        (counts.astype(np.float32), (unique // size, unique % size)), shape=(size, size), dtype=np.float32
    )


def train_boundaries(train: Path, documents: int, seed: int, articles: int) -> None:
    """A logistic boundary scorer on the gap features of synthetic documents made from training articles."""
    from newsbrief.evaluation._documents import data_sentences, synthetic_document
    from newsbrief.layout.segmentation import FEATURES, gap_features

    model = load_words()
    rng = random.Random(seed)
    pool = [s for s in (data_sentences(text) for text in read_articles(train, articles)) if len(s) >= 4]
    rows: list[np.ndarray] = []
    labels: list[np.ndarray] = []
    for _ in range(documents):
        sentences, gold = synthetic_document(pool, rng, anywhere=rng.random() < 0.5)
        rows.append(gap_features(model, sentences))
        truth = np.zeros(len(sentences) - 1)
        truth[[b - 1 for b in gold]] = 1.0
        labels.append(truth)
    x = np.vstack(rows)
    y = np.concatenate(labels)
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    weights = _logistic((x - mean) / std, y)
    print(f"{len(y)} gaps, {int(y.sum())} boundaries; weights:")
    for name, value in zip(("bias", *FEATURES), weights):
        print(f"  {name:>24} {value:+.3f}")
    payload = {
        "features": list(FEATURES),
        "mean": mean.tolist(),
        "std": std.tolist(),
        "weights": weights[1:].tolist(),
        "bias": float(weights[0]),
        "trained_on": f"{documents} synthetic documents from the first {articles} CNN/DailyMail training articles",
        "seed": seed,
    }
    (MODELS / BOUNDARIES_FILE).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODELS / BOUNDARIES_FILE}")


def _logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; returns [bias, *weights]."""
    design = np.hstack([np.ones((len(x), 1)), x])
    weights = np.zeros(design.shape[1])
    penalty = l2 * np.eye(design.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-design @ weights))
        gradient = design.T @ (p - y) + penalty @ weights
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-6:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["words", "boundaries"])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--vocab-size", type=int, default=30_000)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--window", type=int, default=8)
    parser.add_argument("--documents", type=int, default=6000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    train = args.data / "cnn_dailymail" / "train.jsonl.gz"
    if args.what == "words":
        train_words(train, args.vocab_size, args.dims, args.window)
    else:
        train_boundaries(train, args.documents, args.seed, args.articles)


if __name__ == "__main__":
    main()
