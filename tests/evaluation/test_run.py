"""Evaluating pipelines over small hand-written JSON Lines files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbrief.errors import InputError, UsageError
from newsbrief.evaluation import evaluate

ARTICLES = [
    {
        "id": "harbour",
        "article": "Fishermen in Port Avel blocked the harbour on Monday. They want lower fuel taxes. "
        "The minister will meet them on Friday. Talks last year failed. Boats stayed in port all day.",
        "highlights": "Fishermen blocked Port Avel harbour\nThe minister will meet them on Friday",
    },
    {
        "id": "library",
        "article": "The old library on Mill Street will close in June. Its books move to the new centre. "
        "Readers signed a petition to keep it. The council said the roof was unsafe.",
        "highlights": "Mill Street library to close in June\nCouncil says the roof is unsafe",
    },
]


def write_jsonl(path: Path, records: list[dict[str, str]], compress: bool = False) -> Path:
    lines = "".join(json.dumps(record) + "\n" for record in records)
    if compress:
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def test_scores_pipeline_lead_and_oracle_on_the_same_articles(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "small.jsonl.gz", ARTICLES, compress=True)
    report = evaluate(data, ["segment", "random"], workers=1)
    assert report.articles == 2
    assert [s.name for s in report.systems] == ["random", "lead-3", "oracle"]
    lead, oracle = report.system("lead-3"), report.system("oracle")
    assert lead.highlights == 3.0
    for measure in range(3):
        assert oracle.scores[measure].mean >= lead.scores[measure].mean
        assert lead.scores[measure].low <= lead.scores[measure].mean <= lead.scores[measure].high
    payload = report.to_dict()
    assert payload["systems"][1]["rouge1"]["f1"] == pytest.approx(lead.scores[0].mean, abs=1e-3)


def test_two_workers_give_the_same_scores_as_one(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "small.jsonl", ARTICLES * 3)
    one = evaluate(data, ["segment", "lead"], workers=1, limit=5)
    two = evaluate(data, ["segment", "lead"], workers=2, limit=5)
    assert one.articles == two.articles == 5
    assert [s.scores for s in one.systems] == [s.scores for s in two.systems]


def test_missing_references_empty_files_and_unknown_stages_are_clear_errors(tmp_path: Path) -> None:
    no_reference = write_jsonl(tmp_path / "plain.jsonl", [{"article": "A sentence. Another one."}])
    with pytest.raises(InputError, match=r"\[E050\]"):
        evaluate(no_reference, workers=1)
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    with pytest.raises(InputError, match=r"\[E055\]"):
        evaluate(empty, workers=1)
    with pytest.raises(InputError, match=r"\[E006\]"):
        evaluate(tmp_path / "missing.jsonl", workers=1)
    with pytest.raises(UsageError, match=r"\[E030\]"):
        evaluate(empty, ["segment", "nonsense"], workers=1)
