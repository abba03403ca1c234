"""A linear-chain tagging model: feature weights per label, label transitions, Viterbi decoding.

Weights are stored sparse in a compressed `.npz` (feature names, label names,
(feature, label, weight) triples, transition matrix) and expanded to a dense
matrix on load, so that scoring a sentence is one gather and one sum in numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ._decode import viterbi

__all__ = ["LinearChainModel", "StackedModels"]


@dataclass(frozen=True, slots=True)
class LinearChainModel:
    """Label names, a feature index, dense weights `(features + 1, labels)` (row 0 is zero), transitions."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    transitions: np.ndarray

    @classmethod
    def from_weights(
        cls,
        labels: Sequence[str],
        state: dict[tuple[str, str], float],
        transitions: dict[tuple[str, str], float],
    ) -> LinearChainModel:
        """A model from `(feature, label) -> weight` and `(label, label) -> weight` tables."""
        labels = tuple(labels)
        position = {label: i for i, label in enumerate(labels)}
        names = sorted({feature for feature, _ in state})
        index = {name: i + 1 for i, name in enumerate(names)}
        weights = np.zeros((len(names) + 1, len(labels)), dtype=np.float32)
        for (feature, label), value in state.items():
            weights[index[feature], position[label]] = value
        moves = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (before, after), value in transitions.items():
            moves[position[before], position[after]] = value
        return cls(labels, index, weights, moves)

    @classmethod
    def load(cls, path: str | Path) -> LinearChainModel:
        """Read a model written by `save`."""
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(str(label) for label in data["labels"])
            names = bytes(data["features"]).decode("utf-8").split("\n") if data["features"].size else []
            weights = np.zeros((len(names) + 1, len(labels)), dtype=np.float32)
            weights[data["rows"], data["cols"]] = data["values"].astype(np.float32) * float(data["scale"])
            transitions = data["transitions"].astype(np.float32)
        return cls(labels, {name: i + 1 for i, name in enumerate(names)}, weights, transitions)

    def save(self, path: str | Path, *, bits: int = 16) -> None:
        """Write the non-zero weights, quantised to `bits`-bit integers, to a compressed `.npz`."""
        names = sorted(self.index, key=self.index.__getitem__)
        rows, cols = np.nonzero(self.weights)
        values = self.weights[rows, cols]
        scale = float(np.abs(values).max() / (2 ** (bits - 1) - 1)) if values.size else 1.0
        kind = np.int16 if bits > 8 else np.int8
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            features=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
            rows=rows.astype(np.int32),
            cols=cols.astype(np.uint8),
            values=np.round(values / scale).astype(kind),
            scale=np.float64(scale),
            transitions=self.transitions.astype(np.float32),
        )

    def emissions(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """The `(tokens, labels)` score matrix of feature rows; unknown features score nothing."""
        get = self.index.get
        ids = [get(feature, 0) for row in rows for feature in row]
        starts = np.zeros(len(rows), dtype=np.intp)
        if len(rows) > 1:
            np.cumsum([len(row) for row in rows[:-1]], out=starts[1:])
        return np.add.reduceat(self.weights[ids], starts, axis=0)

    def tag(self, rows: Sequence[Sequence[str]]) -> list[str]:
        """The best label sequence for one sentence's feature rows."""
        if not rows:
            return []
        path = viterbi(self.emissions(rows), self.transitions)
        return [self.labels[i] for i in path]


class StackedModels:
    """Several models over one feature index: one lookup and one gather score them all."""

    def __init__(self, models: Sequence[LinearChainModel]) -> None:
        names = sorted(set().union(*(m.index for m in models)))
        self.index = {name: i + 1 for i, name in enumerate(names)}
        self.models = tuple(models)
        self.columns: list[slice] = []
        width = sum(len(m.labels) for m in models)
        self.weights = np.zeros((len(names) + 1, width), dtype=np.float32)
        start = 0
        for model in models:
            source = np.fromiter(model.index.values(), dtype=np.intp, count=len(model.index))
            target = np.fromiter((self.index[n] for n in model.index), dtype=np.intp, count=len(model.index))
            block = slice(start, start + len(model.labels))
            self.weights[target, block] = model.weights[source]
            self.columns.append(block)
            start = block.stop

    def matrix_emissions(self, ids: np.ndarray) -> list[np.ndarray]:
        """Each model's `(tokens, labels)` scores for a matrix of feature ids per token, -1 filling rows.

        The same sums, in the same order, as `emissions` gives for the ids of each row left of its filling.
        """
        used = ids >= 0
        return self.emissions(ids[used], used.sum(axis=1))

    def emissions(self, ids: Sequence[int], lengths: Sequence[int]) -> list[np.ndarray]:
        """Each model's `(tokens, labels)` scores for flat feature ids with per-token row lengths."""
        starts = np.zeros(len(lengths), dtype=np.intp)
        if len(lengths) > 1:
            np.cumsum(lengths[:-1], out=starts[1:])
        summed = np.add.reduceat(np.take(self.weights, ids, axis=0), starts, axis=0)
        return [summed[:, block] for block in self.columns]
