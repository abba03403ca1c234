"""Token features of the tagger: word, shape, affixes, word clusters and neighbours, as strings.

Everything that depends on a word alone is computed once per word type and cached;
a token's features are its own word's features plus its neighbours', prefixed by
their offset. The same code makes the features for training and for tagging.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["DocumentWords", "FeatureMaker", "document_features", "load_clusters", "normalise", "shape"]

_CACHE_LIMIT = 200_000
_OFFSETS = (-2, -1, 1, 2)
_DIGITS = str.maketrans("123456789", "000000000")
_PADS = tuple((f"{offset}:pad",) for offset in _OFFSETS)
_PAD_ROW = 0  # the `_TypeTable` row of the place beyond a sentence's edge
_EDGE = (_PAD_ROW, _PAD_ROW)
# The offset of the word that lends each of a token's neighbour columns, five columns per offset.
_LENDERS = np.repeat(_OFFSETS, 5)


def normalise(word: str) -> str:
    """A word lowercased with every digit made 0: the key of the cluster table."""
    return word.lower().translate(_DIGITS)


def shape(word: str) -> str:
    """The word's shape with runs collapsed: "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996" -> "d"."""
    out: list[str] = []
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:8]


def load_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    """The cluster table: normalised word -> its cluster id at each granularity."""
    table: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, *ids = line.rstrip("\n").split("\t")
            table[word] = tuple(ids)
    return table


def _context(words: Sequence[str], lowered: Sequence[str], i: int) -> list[str]:
    """Features of a token's place in the sentence: word bigrams, sentence start."""
    word = lowered[i]
    left = lowered[i - 1] if i else "<s>"
    right = lowered[i + 1] if i + 1 < len(lowered) else "</s>"
    features = [f"lb={left}|{word}", f"rb={word}|{right}"]
    if i == 0:
        features += ["first", "first|" + shape(words[0])]
    return features


class FeatureMaker:
    """Makes each token's feature strings; `cased=False` leaves out everything that reads letter case."""

    def __init__(self, clusters: dict[str, tuple[str, ...]], *, cased: bool = True) -> None:
        self.clusters = clusters
        self.cased = cased
        self._own: dict[str, list[str]] = {}
        self._near: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._tables: dict[int, _TypeTable] = {}

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """The features of every token of one sentence."""
        if not self.cased:
            words = [w.lower() for w in words]
        count = len(words)
        near = [self._neighbour(w) for w in words]
        lowered = [normalise(w) for w in words]
        rows: list[list[str]] = []
        for i, word in enumerate(words):
            row = ["b", *self._word(word)]
            for slot, offset in enumerate(_OFFSETS):
                j = i + offset
                row.extend(near[j][slot] if 0 <= j < count else _PADS[slot])
            row.extend(_context(words, lowered, i))
            rows.append(row)
        return rows

    def document_ids(self, sentences: Sequence[Sequence[str]], index: dict[str, int]) -> np.ndarray:
        """The features of `sentence`, as ids under `index`: one `(tokens, columns)` matrix for a document.

        Each row holds a token's ids in the order `sentence` gives its features, unknown features as 0,
        then -1 to fill the row. What depends on a word alone is looked up once per word type.
        """
        if not self.cased:
            sentences = [[w.lower() for w in words] for words in sentences]
        table = self._tables.get(id(index))
        if table is None or table.size > _CACHE_LIMIT:
            table = self._tables[id(index)] = _TypeTable(self, index)
        known, add = table.rows.get, table.row
        # The sentences' table rows with two pad rows before each and after the last: a neighbour off a
        # sentence's edge is the pad row, which lends the pad feature of each offset ("-2:pad"), with no test.
        rows: list[int] = []
        padded: list[int] = []
        lengths: list[int] = []
        for words in sentences:
            lengths.append(len(words))
            padded += _EDGE
            for word in words:
                found = known(word)
                found = add(word) if found is None else found
                rows.append(found)
                padded.append(found)
        padded += _EDGE
        count = len(rows)
        own, near = table.own_width, table.own_width + 5 * len(_OFFSETS)
        out = np.full((count, near + 4), -1, dtype=np.intp)
        if not count:
            return out
        sequence = np.array(padded, dtype=np.intp)
        sizes = np.array(lengths, dtype=np.intp)
        # A token's place in `sequence`: after the pad rows before its sentence and every earlier one.
        at = np.arange(count) + np.repeat(2 + 2 * np.arange(len(lengths)), sizes)
        types = table.ids[np.array(rows, dtype=np.intp)]
        out[:, :own] = types[:, :own]
        out[:, own:near] = table.ids[sequence[at[:, None] + _LENDERS], np.arange(own, near)]
        out[:, near : near + 2] = table.context(rows, lengths)
        starts = (np.cumsum(sizes) - sizes)[sizes > 0]
        out[starts, near + 2] = table.first
        out[starts, near + 3] = types[starts, -1]
        return out

    def _word(self, word: str) -> list[str]:
        cached = self._own.get(word)
        if cached is not None:
            return cached
        lower = normalise(word)
        features = [f"l={lower}", f"p1={lower[:1]}", f"p2={lower[:2]}", f"p3={lower[:3]}", f"p4={lower[:4]}"]
        features += [f"s1={lower[-1:]}", f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}"]
        if self.cased:
            features += [f"w={word}", f"sh={shape(word)}"]
        else:
            features.append(f"sh={shape(lower)}")
        features.append(f"len={min(len(word), 12)}")
        if "-" in word:
            features.append("hyphen")
        for level, cluster in enumerate(self.clusters.get(lower, ())):
            features.append(f"c{level}={cluster}")
        if len(self._own) > _CACHE_LIMIT:
            self._own.clear()
        self._own[word] = features
        return features

    def _neighbour(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The features a word lends its neighbours, one tuple per offset in `_OFFSETS`."""
        cached = self._near.get(word)
        if cached is not None:
            return cached
        lower = normalise(word)
        clusters = self.clusters.get(lower, ("-", "-", "-"))
        base = (f"l={lower}", f"sh={shape(word)}", f"c1={clusters[1]}", f"c2={clusters[2]}", f"s3={lower[-3:]}")
        features = tuple(tuple(f"{offset}:{f}" for f in base) for offset in _OFFSETS)
        if len(self._near) > _CACHE_LIMIT:
            self._near.clear()
        self._near[word] = features
        return features


class _TypeTable:
    """Per word type, a row of feature ids under one index: its own, those it lends neighbours, its start shape."""

    def __init__(self, maker: FeatureMaker, index: dict[str, int]) -> None:
        self.maker = maker
        self.get = index.get
        self.own_width = 14 + max((len(ids) for ids in maker.clusters.values()), default=0)
        self.width = self.own_width + 5 * len(_OFFSETS) + 1
        self.rows: dict[str, int] = {}
        self.ids = np.full((64, self.width), -1, dtype=np.intp)
        # Row 0 is the place beyond a sentence's edge: it lends one feature, "-1:pad", where a word lends five.
        self.lowered: list[str] = [""]
        for slot, (pad,) in enumerate(_PADS):
            self.ids[_PAD_ROW, self.own_width + 5 * slot] = self.get(pad, 0)
        self.first = self.get("first", 0)
        self.pairs: dict[tuple[str, str], tuple[int, int]] = {}

    @property
    def size(self) -> int:
        return max(len(self.rows), len(self.pairs))

    def row(self, word: str) -> int:
        """The table row of a word, made on first sight."""
        found = self.rows.get(word)
        if found is not None:
            return found
        get = self.get
        own = [get(f, 0) for f in ("b", *self.maker._word(word))]
        near = [get(f, 0) for group in self.maker._neighbour(word) for f in group]
        found = self.rows[word] = len(self.lowered)
        if found == len(self.ids):
            self.ids = np.concatenate([self.ids, np.full_like(self.ids, -1)])
        line = self.ids[found]
        line[: len(own)] = own
        line[self.own_width : -1] = near
        line[-1] = get("first|" + shape(word), 0)
        self.lowered.append(normalise(word))
        return found

    def context(self, rows: Sequence[int], lengths: Sequence[int]) -> np.ndarray:
        """The word-bigram ids ("lb=", "rb=") of every token of the document, from its words' table rows."""
        get, pairs, lowered = self.get, self.pairs, self.lowered
        flat: list[int] = []  # each bigram's two ids, bigram after bigram, "<s>" to "</s>" in each sentence
        start = 0
        for length in lengths:
            keys = [lowered[row] for row in rows[start : start + length]]
            start += length
            for pair in zip(["<s>", *keys], [*keys, "</s>"]):
                found = pairs.get(pair)
                if found is None:
                    left, right = pair
                    found = pairs[pair] = (get(f"lb={left}|{right}", 0), get(f"rb={left}|{right}", 0))
                flat += found
        ids = np.array(flat, dtype=np.intp).reshape(-1, 2)
        # Token i of sentence k stands between the document's bigrams i + k and i + k + 1.
        before = np.arange(len(rows)) + np.repeat(np.arange(len(lengths)), lengths)
        return np.stack([ids[before, 0], ids[before + 1, 1]], axis=1)


def document_features(sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]]) -> list[list[list[str]]]:
    """Features from the rest of the document, for a second pass over it (see `DocumentWords`)."""
    return DocumentWords(sentences).features(labels)


class DocumentWords:
    """A document's words, read once for the document features of any number of later passes.

    For each token: the entity types a first pass gave the same word elsewhere in
    the document ("d=PER"), the most frequent of them ("dm=PER", "dm=O"), and
    whether a capitalised word is also seen in lower case ("dlc").
    """

    def __init__(self, sentences: Sequence[Sequence[str]]) -> None:
        self.keys = [[word.lower() for word in words] for words in sentences]
        lowercase_seen = {
            key
            for words, keys in zip(sentences, self.keys, strict=True)
            for position, (word, key) in enumerate(zip(words, keys, strict=True))
            if position and word.islower()
        }
        self.recased = [
            [key in lowercase_seen and not word.islower() for word, key in zip(words, keys, strict=True)]
            for words, keys in zip(sentences, self.keys, strict=True)
        ]

    def features(self, labels: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Each token's document features, given every token's label from the pass before."""
        kinds: dict[str, dict[str, int]] = {}
        for keys, tags in zip(self.keys, labels, strict=True):
            for key, tag in zip(keys, tags, strict=True):
                kind = tag[2:] if tag != "O" else "O"
                counts = kinds.get(key)
                if counts is None:
                    kinds[key] = {kind: 1}
                else:
                    counts[kind] = counts.get(kind, 0) + 1
        named = {key for key, counts in kinds.items() if len(key) > 1 and (len(counts) > 1 or "O" not in counts)}
        made: dict[tuple[str, str], list[str]] = {}
        result: list[list[list[str]]] = []
        for keys, tags, recased in zip(self.keys, labels, self.recased, strict=True):
            rows: list[list[str]] = []
            for key, tag, dlc in zip(keys, tags, recased, strict=True):
                row: list[str] = []
                if key in named:
                    own = tag[2:] if tag != "O" else "O"
                    found = made.get((key, own))
                    if found is None:
                        found = made[key, own] = _elsewhere(kinds[key], own)
                    row = found
                if dlc:
                    row = [*row, "dlc"]
                rows.append(row)
            result.append(rows)
        return result


def _elsewhere(counts: dict[str, int], own: str) -> list[str]:
    """The "d=" and "dm=" features of a word's other occurrences, given its own first-pass type."""
    others = {kind: n - (kind == own) for kind, n in counts.items()}
    row = [f"d={kind}" for kind, n in others.items() if n > 0 and kind != "O"]
    if row:
        row.append("dm=" + max(others, key=lambda k: (others[k], k)))
    return row
