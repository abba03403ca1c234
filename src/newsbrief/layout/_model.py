"""The layout models shipped in the package: word statistics and the topic-boundary scorer.

`layout-words.npz` holds a vocabulary with IDF weights and word vectors (PPMI + SVD,
int8 with a scale per row); `layout-boundaries.json` the logistic boundary scorer.
Both are trained by `scripts/train_layout.py`; `models/MODEL_CARD.md` describes them.
Loaded once per process, on first use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path

import numpy as np

from ..errors import ModelError, error

__all__ = ["BOUNDARIES_FILE", "WORDS_FILE", "BoundaryModel", "WordModel", "load_boundaries", "load_words"]

WORDS_FILE = "layout-words.npz"
BOUNDARIES_FILE = "layout-boundaries.json"
_RETRAIN = "python scripts/train_layout.py {what}"
_UNSEEN = float("inf")


@dataclass(frozen=True, slots=True)
class WordModel:
    """Vocabulary, IDF weights and unit word vectors learned from news text."""

    index: dict[str, int]
    idf: np.ndarray
    vectors: np.ndarray
    top_idf: float = field(init=False, compare=False, repr=False)  # the IDF of words never seen
    known: dict[str, float] = field(init=False, compare=False, repr=False)  # each word's IDF, read often
    weighted: np.ndarray = field(init=False, compare=False, repr=False)  # each vector times its word's IDF

    def __post_init__(self) -> None:
        values = self.idf.tolist()
        object.__setattr__(self, "weighted", self.vectors * self.idf[:, None])
        object.__setattr__(self, "top_idf", max(values, default=0.0))
        object.__setattr__(self, "known", {word: values[i] for word, i in self.index.items()})

    def rarity(self, word: str) -> float:
        """IDF of a lower-case `word`; infinite when it was never seen in training."""
        return self.known.get(word, _UNSEEN)

    def idfs(self, words: Sequence[str]) -> list[float]:
        """`idf_of` each of `words` (lower case), looked up together."""
        return list(map(self.known.get, words, repeat(self.top_idf)))

    def idf_of(self, word: str) -> float:
        """IDF of `word` (lower-cased); words never seen in training get the largest."""
        return self.known.get(word.lower(), self.top_idf)


@dataclass(frozen=True, slots=True)
class BoundaryModel:
    """A logistic scorer over the gap features of `segmentation.FEATURES`."""

    features: tuple[str, ...]
    mean: np.ndarray
    std: np.ndarray
    weights: np.ndarray
    bias: float

    def logits(self, features: np.ndarray) -> np.ndarray:
        return ((features - self.mean) / self.std) @ self.weights + self.bias


def _model_path(name: str) -> Path:
    return Path(str(resources.files("newsbrief") / "models" / name))


@cache
def load_words() -> WordModel:
    """The shipped word statistics (raises ModelError E040 when the file is missing or damaged)."""
    path = _model_path(WORDS_FILE)
    try:
        with np.load(path) as data:
            vocabulary = data["vocabulary"].tobytes().decode("utf-8").split("\n")
            idf = data["idf"].astype(np.float32)
            vectors = data["vectors"].astype(np.float32) * data["scale"].astype(np.float32)[:, None]
    except (OSError, KeyError, ValueError) as exc:
        raise error(ModelError, "E040", path=path, detail=exc, command=_RETRAIN.format(what="words")) from None
    if not (len(vocabulary) == len(idf) == len(vectors)):
        raise error(ModelError, "E040", path=path, detail="inconsistent sizes", command=_RETRAIN.format(what="words"))
    norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return WordModel({w: i for i, w in enumerate(vocabulary)}, idf, np.ascontiguousarray(vectors / norms))


@cache
def load_boundaries() -> BoundaryModel:
    """The shipped boundary scorer (raises ModelError E040 when the file is missing or damaged)."""
    from .segmentation import FEATURES

    path = _model_path(BOUNDARIES_FILE)
    command = _RETRAIN.format(what="boundaries")
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        model = BoundaryModel(
            features=tuple(payload["features"]),
            mean=np.asarray(payload["mean"], dtype=np.float64),
            std=np.asarray(payload["std"], dtype=np.float64),
            weights=np.asarray(payload["weights"], dtype=np.float64),
            bias=float(payload["bias"]),
        )
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise error(ModelError, "E040", path=path, detail=exc, command=command) from None
    if model.features != FEATURES:
        raise error(ModelError, "E040", path=path, detail="it was trained on other features", command=command)
    return model
