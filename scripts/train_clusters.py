"""Learn case-free word clusters from unlabeled news text, for the tagger's features.

Counts each word's left and right neighbours over the lowercased CNN/DailyMail
training articles plus the CoNLL-2003 training tokens, weighs the counts by
positive PMI, reduces them with a truncated SVD and groups the word vectors with
k-means at several granularities. Writes `src/newsbrief/models/clusters.tsv.gz`
(word, then one cluster id per granularity). Deterministic for a given seed.

    OMP_NUM_THREADS=1 python scripts/train_clusters.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD

ROOT = Path(__file__).resolve().parents[1]
GRANULARITIES = (64, 256, 1024)


def normalise(word: str) -> str:
    """The cluster key of a word: lowercased, every digit a 0 (same as the tagger's)."""
    word = word.lower()
    return "".join("0" if ch.isdigit() else ch for ch in word) if any(ch.isdigit() for ch in word) else word


def read_corpus(data: Path, limit: int | None) -> list[list[str]]:
    """Documents as lists of normalised tokens."""
    documents: list[list[str]] = []
    with gzip.open(data / "cnn_dailymail" / "train.jsonl.gz", "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            documents.append([normalise(w) for w in json.loads(line)["article"].split()])
    conll: list[str] = []
    for line in (data / "conll2003" / "train.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("-DOCSTART-"):
            conll.append(normalise(line.split(" ", 1)[0]))
    documents.append(conll)
    return documents


def cooccurrences(documents: list[list[str]], vocab: dict[str, int], contexts: dict[str, int]) -> sparse.csr_matrix:
    """Counts of (word, neighbour) with separate columns for left and right neighbours."""
    width = len(contexts)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for document in documents:
        ids = np.array([vocab.get(w, -1) for w in document], dtype=np.int64)
        ctx = np.array([contexts.get(w, -1) for w in document], dtype=np.int64)
        for shift, offset in ((1, 0), (-1, width)):
            word = ids[max(shift, 0) : len(ids) + min(shift, 0)]
            other = ctx[max(-shift, 0) : len(ctx) + min(-shift, 0)]
            keep = (word >= 0) & (other >= 0)
            rows.append(word[keep])
            cols.append(other[keep] + offset)
    row = np.concatenate(rows)
    col = np.concatenate(cols)
    data = np.ones(len(row), dtype=np.float32)
    return sparse.coo_matrix((data, (row, col)), shape=(len(vocab), 2 * width)).tocsr()


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    """Positive PMI with context-distribution smoothing."""
    total = counts.sum()
    word = np.asarray(counts.sum(axis=1)).ravel()
    context = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    context = context / context.sum()
    coo = counts.tocoo()
    values = np.log(coo.data * 1.0 / (word[coo.row] / total * context[coo.col] * total))
    keep = values > 0
    return sparse.csr_matrix((values[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsbrief" / "models" / "clusters.tsv.gz")
    parser.add_argument("--words", type=int, default=50_000, help="vocabulary size (most frequent words)")
    parser.add_argument("--contexts", type=int, default=3_000, help="neighbour words counted, per side")
    parser.add_argument("--dims", type=int, default=200)
    parser.add_argument("--articles", type=int, default=None, help="use only the first N articles (quick runs)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.time()
    documents = read_corpus(args.data, args.articles)
    frequency = Counter(w for document in documents for w in document)
    print(f"{sum(frequency.values()):,} tokens, {len(frequency):,} types read in {time.time() - started:.0f} s")
    ranked = [w for w, n in sorted(frequency.items(), key=lambda item: (-item[1], item[0])) if n >= 3]
    vocab = {w: i for i, w in enumerate(ranked[: args.words])}
    contexts = {w: i for i, w in enumerate(ranked[: args.contexts])}
    matrix = ppmi(cooccurrences(documents, vocab, contexts))
    print(f"co-occurrences {matrix.shape}, {matrix.nnz:,} non-zero, {time.time() - started:.0f} s")
    svd = TruncatedSVD(n_components=args.dims, algorithm="randomized", n_iter=5, random_state=args.seed)
    vectors = svd.fit_transform(matrix)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    print(f"SVD done, {time.time() - started:.0f} s")
    words = list(vocab)
    columns: list[np.ndarray] = []
    for k in GRANULARITIES:
        labels = KMeans(n_clusters=k, n_init=1, max_iter=50, random_state=args.seed).fit_predict(vectors)
        columns.append(labels)
        print(f"k-means {k} done, {time.time() - started:.0f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        lines = ["\t".join([w, *(str(c[i]) for c in columns)]) for i, w in enumerate(words)]
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
    seconds = time.time() - started
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes), {seconds:.0f} s in all")
    write_card(args, len(words), sum(frequency.values()), seconds)


def write_card(args: argparse.Namespace, words: int, tokens: int, seconds: float) -> None:
    """The model card beside the cluster table."""
    text = f"""# Word clusters

Case-free word classes for the tagger's features (`newsbrief/tagger/_features.py`): each line of
`clusters.tsv.gz` is a word (lowercased, digits made 0) and its cluster at {len(GRANULARITIES)} granularities
({", ".join(map(str, GRANULARITIES))} clusters).

- Method: counts of each word's left and right neighbours (the {args.contexts:,} most frequent words, per side),
  weighted by positive PMI (context smoothing 0.75), reduced to {args.dims} dimensions by a randomized SVD,
  grouped by k-means (seed {args.seed}).
- Data: {tokens:,} tokens: the lowercased, tokenized CNN/DailyMail training articles in
  `../shared/data/cnn_dailymail/train.jsonl.gz`, plus the CoNLL-2003 training tokens (lowercased). No labels used.
- Vocabulary: the {words:,} most frequent words seen at least 3 times; `{args.out.name}` is
  {args.out.stat().st_size / 1e6:.2f} MB.
- Command: `OMP_NUM_THREADS=1 python scripts/train_clusters.py` (needs `.[train]`), {seconds:.0f} s on one core.
- Date: {datetime.date.today().isoformat()}.
"""
    args.out.with_name("clusters.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
