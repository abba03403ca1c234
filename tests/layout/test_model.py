"""The shipped layout models: loaded once, and a clear error when a file is missing or damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.errors import ModelError
from newsbrief.layout import _model


def test_the_shipped_models_load_and_agree_in_size() -> None:
    words = _model.load_words()
    assert len(words.index) == len(words.idf) == len(words.vectors) > 10_000
    assert words.rarity("flood") < words.rarity("zzzqx") == float("inf")
    assert len(_model.load_boundaries().weights) == len(_model.load_boundaries().features)


def test_idfs_looks_up_many_words_as_idf_of_does_one() -> None:
    words = _model.load_words()
    asked = ["flood", "harbour", "zzzqx", "council"]
    assert words.idfs(asked) == [words.idf_of(w) for w in asked]
    assert words.idfs(["zzzqx"]) == [float(words.idf.max())]
    assert words.idf_of("Flood") == float(words.idf[words.index["flood"]])
    assert words.idfs([]) == []


def test_weighted_vectors_are_each_vector_times_its_idf() -> None:
    words = _model.load_words()
    row = words.index["harbour"]
    assert words.weighted.shape == words.vectors.shape
    assert words.weighted.dtype == words.vectors.dtype
    assert words.weighted[row].tolist() == (words.vectors[row] * words.idf[row]).tolist()


@pytest.mark.parametrize("loader", [_model.load_words, _model.load_boundaries])
def test_a_missing_or_damaged_model_is_error_e040(loader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged"
    damaged.write_bytes(b"not a model")
    for path in (tmp_path / "absent", damaged):
        monkeypatch.setattr(_model, "_model_path", lambda name, path=path: path)
        loader.cache_clear()
        try:
            with pytest.raises(ModelError, match=r"\[E040\].*train_layout\.py"):
                loader()
        finally:
            loader.cache_clear()
