"""The tagger: loads the shipped models and tags a document's sentences (no annotations set here).

`Tagger.entities` runs the recogniser in passes over a whole document (later
passes see what the one before found elsewhere in it), with the cased or the
lowercased models depending on the text; `Tagger.tags` gives part of speech and chunks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import numpy as np

from ..errors import ModelError, error
from ._decode import viterbi_batch
from ._features import DocumentWords, FeatureMaker, load_clusters
from ._model import LinearChainModel, StackedModels

__all__ = ["Recogniser", "Tagger", "is_lowercased", "load_tagger"]

T = TypeVar("T")
_RETRAIN = "python scripts/train_tagger.py"
_LOWER_SHARE = 0.01
# The second pass runs twice: the second time it reads its own first answer (+0.2 F1 on CoNLL valid).
_SECOND_PASSES = 2


def is_lowercased(sentences: Sequence[Sequence[str]]) -> bool:
    """True when (almost) no word has a capital letter, as in lowercased corpora."""
    letters = capitals = 0
    for words in sentences:
        for word in words:
            if word[:1].isalpha():
                letters += 1
                capitals += not word.islower()
    return letters > 0 and capitals <= _LOWER_SHARE * letters


def _score(features: FeatureMaker, stack: StackedModels, sentences: Sequence[Sequence[str]]) -> list[list[np.ndarray]]:
    """Each stacked model's emission scores, per sentence, from one gather over the document."""
    if not any(sentences):
        return [[np.zeros((0, len(m.labels)), dtype=np.float32) for _ in sentences] for m in stack.models]
    bounds = np.cumsum([len(words) for words in sentences])[:-1]
    scores = stack.matrix_emissions(features.document_ids(sentences, stack.index))
    return [np.split(model_scores, bounds) for model_scores in scores]


def _decode(model: LinearChainModel, emissions: Sequence[np.ndarray]) -> list[list[str]]:
    return [[model.labels[i] for i in path] for path in viterbi_batch(emissions, model.transitions)]


class Recogniser:
    """One casing's two-pass entity models and the features they read; called on a document's sentences."""

    def __init__(self, features: FeatureMaker, first: LinearChainModel, second: LinearChainModel) -> None:
        self.features = features
        self.first = first
        self.second = second
        self.stack = StackedModels([first, second])

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        if not self.features.cased:
            sentences = [[w.lower() for w in words] for words in sentences]
        if not sentences:
            return []
        first_scores, second_scores = _score(self.features, self.stack, sentences)
        guesses = _decode(self.first, first_scores)
        base = np.concatenate(second_scores)
        bounds = np.cumsum([len(words) for words in sentences])[:-1]
        document = DocumentWords(sentences)
        before: list[list[list[str]]] = []
        for _ in range(_SECOND_PASSES):
            extra = document.features(guesses)
            # A sentence whose document features are as in the last pass keeps that pass's answer.
            changed = [i for i, rows in enumerate(extra) if not before or rows != before[i]]
            if changed:
                rescored = np.split(self._rescore(base, extra), bounds)
                decoded = _decode(self.second, [rescored[i] for i in changed])
                guesses = list(guesses)
                for i, tags in zip(changed, decoded, strict=True):
                    guesses[i] = tags
            before = extra
        return guesses

    def _rescore(self, base: np.ndarray, extra: Sequence[Sequence[Sequence[str]]]) -> np.ndarray:
        """The second model's scores with each token's document features added, in their order."""
        get = self.second.index.get
        positions: list[int] = []
        ids: list[int] = []
        position = 0
        for rows in extra:
            for row in rows:
                for feature in row:
                    positions.append(position)
                    ids.append(get(feature, 0))
                position += 1
        rescored = base.copy()
        np.add.at(rescored, positions, self.second.weights[ids])
        return rescored


class Tagger:
    """Part of speech, chunks and entities for the sentences of one document."""

    def __init__(self, folder: Path) -> None:
        clusters = _read(folder, "clusters.tsv.gz", load_clusters)
        cased = FeatureMaker(clusters, cased=True)
        lower = FeatureMaker(clusters, cased=False)
        pos = _load(folder, "pos.npz")
        self._tag_stack = StackedModels([pos, _load(folder, "chunk.npz")])
        self._pos_stack = StackedModels([pos])
        self._tag_features = cased
        self._cased = Recogniser(cased, _load(folder, "ner-cased.npz"), _load(folder, "ner-cased-doc.npz"))
        self._lower = Recogniser(lower, _load(folder, "ner-lower.npz"), _load(folder, "ner-lower-doc.npz"))

    def entities(self, sentences: Sequence[Sequence[str]], *, lowercased: bool | None = None) -> list[list[str]]:
        """BILOU entity tags (PER, ORG, LOC, MISC) for each word of each sentence of a document.

        `lowercased` picks the models; by default `is_lowercased` decides from the sentences.
        """
        if lowercased is None:
            lowercased = is_lowercased(sentences)
        recogniser = self._lower if lowercased else self._cased
        return recogniser(sentences)

    def tags(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[str]]]:
        """Penn part-of-speech tags and IOB2 chunk tags for each word of each sentence."""
        pos_scores, chunk_scores = _score(self._tag_features, self._tag_stack, sentences)
        pos_model, chunk_model = self._tag_stack.models
        return _decode(pos_model, pos_scores), _decode(chunk_model, chunk_scores)

    def pos(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Penn part-of-speech tags alone: what `tags` gives first, at about half its cost."""
        (scores,) = _score(self._tag_features, self._pos_stack, sentences)
        return _decode(self._pos_stack.models[0], scores)


def _model_file(folder: Path, name: str) -> Path:
    path = folder / name
    if not path.is_file():
        raise error(ModelError, "E040", path=path, detail="not found", command=_RETRAIN)
    return path


def _read(folder: Path, name: str, reader: Callable[[Path], T]) -> T:
    path = _model_file(folder, name)
    try:
        return reader(path)
    except (OSError, EOFError, ValueError, KeyError, IndexError) as exc:
        raise error(ModelError, "E040", path=path, detail=exc, command=_RETRAIN) from None


def _load(folder: Path, name: str) -> LinearChainModel:
    return _read(folder, name, LinearChainModel.load)


@cache
def load_tagger(folder: str | None = None) -> Tagger:
    """The tagger of the models shipped in `newsbrief/models` (or in `folder`), loaded once."""
    path = Path(folder) if folder else Path(str(resources.files("newsbrief").joinpath("models")))
    return Tagger(path)
