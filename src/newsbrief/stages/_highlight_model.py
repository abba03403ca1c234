"""The learned highlight scorer: word statistics, a small numpy MLP, and its selection settings.

Saved as one `.npz` file (`models/highlights.npz`) by `scripts/train_highlights.py`;
loaded once per process. Inference needs numpy only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError, error
from ._highlight_features import FEATURES, WordStats

__all__ = ["MODEL_FILE", "MODEL_VERSION", "HighlightModel", "load_model", "save_model"]

MODEL_FILE = "highlights.npz"
MODEL_VERSION = "cnndm-mlp-1"
TRAIN_COMMAND = "python scripts/train_highlights.py"


@dataclass(frozen=True, slots=True)
class HighlightModel:
    """Word statistics, feature scaling, MLP layers and the tuned selection settings."""

    stats: WordStats
    mean: np.ndarray
    scale: np.ndarray
    layers: tuple[tuple[np.ndarray, np.ndarray], ...]
    settings: dict[str, Any]

    def score(self, features: np.ndarray) -> np.ndarray:
        """One score (a logit) per row of features: higher means more likely a highlight."""
        hidden = (features - self.mean) / self.scale
        for weights, bias in self.layers[:-1]:
            hidden = np.maximum(hidden @ weights + bias, 0.0)
        weights, bias = self.layers[-1]
        return hidden @ weights + bias


def _text(array: np.ndarray) -> str:
    return array.tobytes().decode("utf-8")


def _array(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def save_model(path: str | Path, model: HighlightModel, vocabulary: list[str]) -> None:
    """Write `model` to `path` (compressed .npz); `vocabulary` lists the words in stats order."""
    layers: dict[str, Any] = {f"layer{i}_{part}": value for i, layer in enumerate(model.layers) for part, value in zip("wb", layer)}
    np.savez_compressed(
        path,
        vocabulary=_array("\n".join(vocabulary)),
        idf=model.stats.idf.astype(np.float32),
        lift=model.stats.lift.astype(np.float32),
        pairs=model.stats.pairs.astype(np.float16),
        mean=model.mean,
        scale=model.scale,
        settings=_array(json.dumps({**model.settings, "features": list(FEATURES)})),
        **layers,
    )


def _read(path: Path) -> HighlightModel:
    with np.load(path) as data:
        vocabulary = _text(data["vocabulary"]).split("\n")
        settings = json.loads(_text(data["settings"]))
        count = sum(1 for key in data.files if key.endswith("_w"))
        layers = tuple((data[f"layer{i}_w"], data[f"layer{i}_b"]) for i in range(count))
        stats = WordStats(
            {word: i for i, word in enumerate(vocabulary)},
            data["idf"].astype(float),
            data["lift"].astype(float),
            data["pairs"],
        )
        model = HighlightModel(stats, data["mean"], data["scale"], layers, settings)
    if tuple(settings.get("features", ())) != FEATURES or len(stats.idf) != len(vocabulary) + 1:
        raise ValueError("its features do not match this version of newsbrief")
    return model


@cache
def load_model(path: str | None = None) -> HighlightModel:
    """The shipped model (or the one at `path`), read once per process."""
    where = Path(path) if path else Path(str(resources.files("newsbrief").joinpath("models", MODEL_FILE)))
    try:
        return _read(where)
    except (OSError, KeyError, ValueError, EOFError) as exc:
        raise error(ModelError, "E040", path=where, detail=exc, command=TRAIN_COMMAND) from None
