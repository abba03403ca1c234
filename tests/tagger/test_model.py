"""Model files: written and read back the same, and a clear error when one is missing or damaged."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from newsbrief.errors import ModelError
from newsbrief.tagger import load_tagger
from newsbrief.tagger._model import LinearChainModel, StackedModels


def _model() -> LinearChainModel:
    state = {("w=Quell", "B-PER"): 1.5, ("w=Quell", "O"): -0.25, ("sh=x", "O"): 0.75}
    moves = {("B-PER", "O"): 0.5, ("O", "B-PER"): -0.1}
    return LinearChainModel.from_weights(["O", "B-PER"], state, moves)


def test_a_saved_model_reads_back_with_the_same_scores(tmp_path: Path) -> None:
    model = _model()
    model.save(tmp_path / "m.npz")
    again = LinearChainModel.load(tmp_path / "m.npz")
    rows = [["w=Quell", "unknown"], ["sh=x"]]
    assert again.labels == model.labels
    np.testing.assert_allclose(again.emissions(rows), model.emissions(rows), atol=1e-3)
    assert again.tag(rows) == model.tag(rows) == ["B-PER", "O"]


def test_stacked_models_score_as_each_model_alone() -> None:
    model = _model()
    stack = StackedModels([model, model])
    ids = [stack.index["w=Quell"], 0, stack.index["sh=x"]]
    first, second = stack.emissions(ids, [2, 1])
    np.testing.assert_allclose(first, model.emissions([["w=Quell", "x"], ["sh=x"]]))
    np.testing.assert_allclose(second, first)


def test_a_damaged_or_missing_model_file_is_a_model_error(tmp_path: Path) -> None:
    shipped = Path(str(resources.files("newsbrief").joinpath("models")))
    shutil.copytree(shipped, tmp_path / "models")
    (tmp_path / "models" / "chunk.npz").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"\[E040\].*chunk\.npz.*train_tagger"):
        load_tagger(str(tmp_path / "models"))
    (tmp_path / "models" / "chunk.npz").unlink()
    with pytest.raises(ModelError, match=r"\[E040\].*not found"):
        load_tagger(str(tmp_path / "models"))
