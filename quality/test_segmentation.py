"""Gate: topic segmentation's Pk and WindowDiff on documents built from validation articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief.evaluation.segmentation import evaluate_segmentation, read_pool


def test_segmentation_stays_under_its_ceilings_and_beats_both_baselines(data_dir: Path, floors: dict[str, Any]) -> None:
    pool = read_pool(data_dir / "cnn_dailymail" / "validation.jsonl.gz")
    scores = {s.name: s for s in evaluate_segmentation(pool, documents=300, seed=0)}
    ours = scores["newsbrief"]
    ceiling = floors["segmentation"]
    assert ours.pk <= ceiling["max_pk"], f"Pk {ours.pk:.3f} is above {ceiling['max_pk']}"
    assert ours.window_diff <= ceiling["max_windowdiff"], f"WindowDiff {ours.window_diff:.3f} is above {ceiling['max_windowdiff']}"
    for baseline in ("no boundaries", "evenly spaced"):
        assert ours.pk < scores[baseline].pk and ours.window_diff < scores[baseline].window_diff
