"""Pk and WindowDiff, the data's sentences, and the command line of the segmentation evaluation."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from newsbrief.evaluation._documents import data_sentences, synthetic_document
from newsbrief.evaluation.segmentation import evaluate_segmentation, main, pk, window_diff


def test_a_perfect_segmentation_scores_zero() -> None:
    assert pk([3, 7], [3, 7], 10) == 0.0
    assert window_diff([3, 7], [3, 7], 10) == 0.0


def test_missing_a_boundary_scores_as_counted_by_hand() -> None:
    # Six sentences, truth [0-2 | 3-5], k = 2: the windows (1,3) and (2,4) straddle the missed boundary.
    assert pk([3], [], 6) == pytest.approx(0.5)
    assert window_diff([3], [], 6) == pytest.approx(0.5)


def test_windowdiff_counts_an_extra_boundary_that_pk_forgives() -> None:
    assert window_diff([4], [4, 5], 8, k=2) > pk([4], [4, 5], 8, k=2)


def test_data_sentences_end_at_stops_and_keep_closing_quotes() -> None:
    text = 'dunmore ( newsbrief ) -- the mayor spoke . " we are ready . " she said . all clear !'
    assert data_sentences(text) == ["the mayor spoke .", '" we are ready . "', "she said .", "all clear !"]


def test_synthetic_documents_join_different_articles() -> None:
    pool = [[f"article {a} sentence {s} ." for s in range(10)] for a in range(12)]
    sentences, starts = synthetic_document(pool, random.Random(4))
    assert 3 <= len(starts) + 1 <= 8
    for start in starts:
        assert sentences[start].endswith("sentence 0 .")
        assert sentences[start].split()[1] != sentences[start - 1].split()[1]


def _pool() -> list[list[str]]:
    topics = {
        "storm": "snow wind ice forecast storm cold frost roads",
        "match": "goal striker league coach stadium fans penalty derby",
        "budget": "tax deficit budget spending ministry economy debt vote",
        "court": "judge trial jury verdict lawyer appeal court witness",
        "school": "teachers pupils exams classroom school lessons headteacher term",
        "hospital": "doctors nurses patients ward surgery hospital clinic illness",
        "farm": "harvest crops farmers cattle fields tractor grain drought",
        "ship": "harbour vessel crew cargo port anchor captain dock",
    }
    rng = random.Random(0)
    return [[" ".join(rng.sample(words.split(), 5)) + " ." for _ in range(8)] for words in topics.values()]


def test_evaluation_reports_both_baselines_from_the_same_documents() -> None:
    scores = {s.name: s for s in evaluate_segmentation(_pool(), documents=20, seed=1)}
    assert set(scores) == {"newsbrief", "no boundaries", "evenly spaced"}
    assert scores["no boundaries"].boundaries == 0
    assert scores["evenly spaced"].boundaries >= 2
    assert scores["newsbrief"].pk < scores["no boundaries"].pk


def test_command_line_reports_a_missing_file_with_a_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "absent.jsonl.gz")]) == 2
    assert "[E006]" in capsys.readouterr().err


def test_command_line_reports_a_bad_line_and_a_small_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main([str(bad)]) == 2
    assert "[E140]" in capsys.readouterr().err
    small = tmp_path / "small.jsonl.gz"
    with gzip.open(small, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"article": "one . two . three ."}) + "\n")
    assert main([str(small)]) == 2
    assert "[E141]" in capsys.readouterr().err


def test_command_line_prints_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "pool.jsonl"
    data.write_text("".join(json.dumps({"article": " ".join(a)}) + "\n" for a in _pool()), encoding="utf-8")
    assert main([str(data), "--documents", "5", "--json"]) == 0
    assert [row["name"] for row in json.loads(capsys.readouterr().out)] == ["newsbrief", "no boundaries", "evenly spaced"]
