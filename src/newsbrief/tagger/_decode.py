"""Decoding: the best label path of a sentence (Viterbi), and typed spans from BIO/BILOU tags."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["tag_spans", "viterbi", "viterbi_batch"]


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best label path for a `(tokens, labels)` score matrix under `transitions[prev, next]`."""
    return viterbi_batch([emissions], transitions)[0]


def viterbi_batch(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """Best label paths of several sentences at once (one numpy step per position, not per token).

    Sentences are sorted longest first, so the ones still running at a position are a prefix of the batch.
    """
    if not emissions:
        return []
    lengths = np.array([len(e) for e in emissions])
    size, labels = int(lengths.max()), transitions.shape[0]
    if size == 0:
        return [[] for _ in emissions]
    order = np.argsort(-lengths, kind="stable")
    ordered = lengths[order]
    count = len(emissions)
    padded = np.zeros((count, size, labels), dtype=np.float32)
    for row, source in enumerate(order):
        padded[row, : ordered[row]] = emissions[source]
    running = np.searchsorted(-ordered, -np.arange(size), side="left").tolist()
    back = np.empty((count, size, labels), dtype=np.intp)
    score = padded[:, 0].copy()
    incoming = np.ascontiguousarray(transitions.T)  # [next, prev]: the max runs along contiguous memory
    candidates = np.empty((count, labels, labels), dtype=np.float32)
    # Where each (sentence, next label) row starts in `candidates`, flattened: its best is one `take` away.
    rows = np.arange(count * labels).reshape(count, labels) * labels
    for t in range(1, size):
        n = running[t]
        np.add(score[:n, None, :], incoming, out=candidates[:n])
        best = back[:n, t] = candidates[:n].argmax(axis=2)
        np.add(candidates.reshape(-1).take(best + rows[:n]), padded[:n, t], out=score[:n])
    paths: list[list[int]] = [[] for _ in emissions]
    for row, (source, label) in enumerate(zip(order.tolist(), score.argmax(axis=1).tolist())):
        if ordered[row]:
            paths[source] = _backtrack(back[row], int(ordered[row]), label)
    return paths


def _backtrack(back: np.ndarray, length: int, last: int) -> list[int]:
    """The label path of one sentence from its back pointers `[position, label]` and its last label."""
    path = [last]
    for t in range(length - 1, 0, -1):
        last = int(back[t, last])
        path.append(last)
    path.reverse()
    return path


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
