"""The `newsbrief eval` command: a table for people, JSON for machines, error codes not tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsbrief.cli import cli

RECORD = {
    "article": "Heavy snow closed the mountain pass on Sunday. Drivers waited for hours. Ploughs cleared it by night.",
    "highlights": "Snow closed the mountain pass\nPloughs cleared it by night",
}


def test_eval_prints_json_with_every_system(tmp_path: Path) -> None:
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(data), "-p", "segment,lead", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [s["name"] for s in payload["systems"]] == ["lead", "lead-3", "oracle"]
    assert payload["systems"][2]["rouge1"]["f1"] >= payload["systems"][1]["rouge1"]["f1"]


def test_eval_prints_a_table_and_reports_bad_input_with_a_code(tmp_path: Path) -> None:
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    table = CliRunner().invoke(cli, ["eval", str(data), "-p", "segment,lead", "--workers", "1"])
    assert table.exit_code == 0 and "ROUGE-Lsum" in table.output and "oracle" in table.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    failed = CliRunner().invoke(cli, ["eval", str(broken), "--workers", "1"])
    assert failed.exit_code == 2 and "[E021]" in failed.output and "Traceback" not in failed.output
