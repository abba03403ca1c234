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

    Sentences are sorted longest first, so the ones still running at a position are a prefix of the batch,
    and each stretch of positions where the same sentences run reuses one set of views.
    """
    if not emissions:
        return []
    lengths = [len(e) for e in emissions]
    size, labels = max(lengths), transitions.shape[0]
    if size == 0:
        return [[] for _ in emissions]
    order = sorted(range(len(emissions)), key=lambda i: -lengths[i])
    count = len(emissions)
    padded = np.zeros((size, count, labels), dtype=np.float32)  # [position, sentence, label]
    for row, source in enumerate(order):
        padded[: lengths[source], row] = emissions[source]
    score = padded[0].copy()
    incoming = np.ascontiguousarray(transitions.T)  # [next, prev]: the max runs along contiguous memory
    candidates = np.empty((count, labels, labels), dtype=np.float32)
    # Where each (sentence, next label) row starts in `candidates`, flattened: its best is one `take` away.
    starts = np.arange(count * labels).reshape(count, labels) * labels
    back = [starts]  # back[t][sentence, label]: the best label before; position 0 has none
    t = 1
    for n in range(count, 0, -1):
        stop = lengths[order[n - 1]]
        if t >= stop:
            continue
        running, chosen, flat, offsets = score[:n], candidates[:n], candidates[:n].reshape(-1), starts[:n]
        for t in range(t, stop):
            np.add(running[:, None, :], incoming, out=chosen)
            best = chosen.argmax(axis=2)
            back.append(best)
            np.add(flat.take(best + offsets), padded[t, :n], out=running)
        t = stop
    paths: list[list[int]] = [[] for _ in emissions]
    for row, (source, label) in enumerate(zip(order, score.argmax(axis=1).tolist())):
        if lengths[source]:
            paths[source] = _backtrack(back, row, lengths[source], label)
    return paths


def _backtrack(back: Sequence[np.ndarray], row: int, length: int, last: int) -> list[int]:
    """The label path of sentence `row` of a batch from the back pointers and its last label."""
    path = [last]
    for t in range(length - 1, 0, -1):
        last = int(back[t][row, last])
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
