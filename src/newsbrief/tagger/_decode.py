"""Decoding: the best label path of a sentence (Viterbi), and typed spans from BIO/BILOU tags."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["tag_spans", "viterbi", "viterbi_batch"]


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best label path for a `(tokens, labels)` score matrix under `transitions[prev, next]`."""
    return viterbi_batch([emissions], transitions)[0]


def viterbi_batch(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """Best label paths of several sentences at once (one numpy step per position, not per token)."""
    if not emissions:
        return []
    lengths = np.array([len(e) for e in emissions])
    size, labels = int(lengths.max()), transitions.shape[0]
    if size == 0:
        return [[] for _ in emissions]
    padded = np.zeros((len(emissions), size, labels), dtype=np.float32)
    for row, scores in enumerate(emissions):
        padded[row, : len(scores)] = scores
    keep = np.arange(labels)
    back = np.empty((len(emissions), size, labels), dtype=np.intp)
    score = padded[:, 0]
    for t in range(1, size):
        candidates = score[:, :, None] + transitions
        best = candidates.argmax(axis=1)
        moved = candidates.max(axis=1) + padded[:, t]
        active = (lengths > t)[:, None]
        score = np.where(active, moved, score)
        back[:, t] = np.where(active, best, keep)
    last = score.argmax(axis=1)
    path = np.empty((len(emissions), size), dtype=np.intp)
    path[:, -1] = last
    rows = np.arange(len(emissions))
    for t in range(size - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return [path[row, : lengths[row]].tolist() for row in range(len(emissions))]


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Typed spans `(start, end, type)` of a BIO/IOB1/BILOU tag sequence, read as conlleval reads it."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate((*tags, "O")):
        prefix, _, label = tag.partition("-")
        begins = prefix in ("B", "U", "S") or (prefix in ("I", "L", "E") and label != kind)
        if kind and (prefix == "O" or begins):
            spans.append((start, i, kind))
            kind = ""
        if prefix != "O" and (begins or not kind):
            start, kind = i, label
        if kind and prefix in ("L", "E", "U", "S"):
            spans.append((start, i + 1, kind))
            kind = ""
    return spans
