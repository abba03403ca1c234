"""Quality gate of the learned highlight stage on a fixed slice of the validation file.

The first `articles` validation articles are scored with `newsbrief.evaluation`
beside lead-3 in the same run; floors live in floors.toml `[highlights]`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsbrief.evaluation import EvalReport, evaluate


@pytest.fixture(scope="module")
def report(data_dir: Path, floors: dict[str, Any]) -> EvalReport:
    path = data_dir / "cnn_dailymail" / "validation.jsonl.gz"
    return evaluate(path, ["segment", "highlights"], limit=floors["highlights"]["articles"])


def test_rouge_stays_above_the_floors(report: EvalReport, floors: dict[str, Any]) -> None:
    gate = floors["highlights"]
    model = report.system("highlights")
    measured = dict(zip(("rouge1", "rouge2", "rougeLsum"), (s.mean for s in model.scores)))
    for measure, value in measured.items():
        assert value >= gate[measure], f"{measure} {value:.2f} fell below its floor {gate[measure]}"


def test_beats_lead_3_on_the_same_articles(report: EvalReport, floors: dict[str, Any]) -> None:
    gate = floors["highlights"]
    model, lead = report.system("highlights"), report.system("lead-3")
    assert model.scores[0].mean - lead.scores[0].mean >= gate["rouge1_over_lead"]
    assert model.scores[1].mean - lead.scores[1].mean >= gate["rouge2_over_lead"]
    assert model.scores[2].mean - lead.scores[2].mean >= gate["rougeLsum_over_lead"]


def test_stays_fast_beside_lead_3(report: EvalReport, floors: dict[str, Any]) -> None:
    model, lead = report.system("highlights"), report.system("lead-3")
    assert model.per_second / lead.per_second >= floors["highlights"]["min_speed_ratio"]


def test_import_and_model_load_are_quick(floors: dict[str, Any]) -> None:
    code = (
        "import time; t = time.perf_counter(); import newsbrief; "
        "from newsbrief.stages._highlight_model import load_model; load_model(); "
        "print(time.perf_counter() - t)"
    )
    seconds = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert seconds <= floors["highlights"]["max_load_seconds"]
