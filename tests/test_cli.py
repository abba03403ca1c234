"""The command line as a user meets it: outputs, exit codes, messages without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.inputs._server import local_server, page

from newsbrief.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_brief_of_the_example_prints_highlights_and_body() -> None:
    code, out, err = run("brief", str(EXAMPLES / "river-flood.txt"))
    assert code == 0, err
    assert "**Highlights**" in out
    assert "Zaragoza" in out


def test_brief_as_json_from_stdin_keeps_the_text(storm_text: str) -> None:
    code, out, _ = run("brief", "-", "--format", "json", "-p", "segment,lead", stdin=storm_text)
    assert code == 0
    record = json.loads(out)
    assert record["text"] == storm_text
    assert record["meta"]["pipeline"] == ["segment", "lead"]


def test_brief_as_html_is_one_page(storm_text: str) -> None:
    code, out, _ = run("brief", "-", "--format", "html", stdin=storm_text)
    assert code == 0
    assert out.lstrip().lower().startswith("<!doctype html>") and out.rstrip().endswith("</html>")


def test_missing_file_empty_input_and_binary_input_exit_2_with_a_code(tmp_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    for args, stdin, expected in [
        (("brief", str(tmp_path / "nope.txt")), None, "[E006]"),
        (("brief", "-"), "  \n\n ", "[E001]"),
        (("brief", str(binary)), None, "[E002]"),
    ]:
        code, out, err = run(*args, stdin=stdin)
        assert code == 2, (args, out, err)
        assert expected in err
        assert "Traceback" not in err + out


def test_unknown_stage_is_a_usage_error_naming_the_known_ones(storm_text: str) -> None:
    code, _, err = run("brief", "-", "-p", "segment,sparkle", stdin=storm_text)
    assert code == 2
    assert "[E030]" in err and "lead" in err


def test_stages_lists_the_baselines() -> None:
    code, out, _ = run("stages")
    assert code == 0
    assert "lead" in out and "random" in out and "segment" in out


GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss für acht Monate zu sperren, "
    "nachdem Ingenieure Rost in zwei der Hauptträger gefunden hatten. Autofahrer müssen die Küstenstraße nehmen."
)
STORY = "<html><body><p>The ferry left Eastport on time on Tuesday, the harbour master said.</p></body></html>"


def test_any_language_lets_a_foreign_article_through(tmp_path: Path) -> None:
    path = tmp_path / "brücke.txt"
    path.write_text(GERMAN, encoding="utf-8")
    refused = CliRunner().invoke(cli, ["brief", str(path)])
    assert refused.exit_code == 2
    assert "[E008]" in refused.output and "Traceback" not in refused.output
    accepted = CliRunner().invoke(cli, ["brief", "--any-language", str(path)])
    assert accepted.exit_code == 0 and "Brücke" in accepted.output


@pytest.mark.network
def test_allow_private_addresses_lets_a_loopback_url_through() -> None:
    with local_server({"/story": page(STORY)}) as url:
        refused = CliRunner().invoke(cli, ["brief", f"{url}/story"])
        accepted = CliRunner().invoke(cli, ["brief", "--allow-private-addresses", f"{url}/story"])
    assert refused.exit_code == 4 and "[E011]" in refused.output
    assert accepted.exit_code == 0 and "The ferry left Eastport" in accepted.output


def test_batch_writes_a_line_per_item_and_exits_3_when_some_failed(tmp_path: Path, storm_text: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "storm", "text": storm_text})
    corpus.write_text(f'{good}\n{{"id": "cut", "text": \n{json.dumps({"id": "flood", "article": "The river rose. Roads closed."})}\n')
    out = tmp_path / "out.jsonl"
    code, _, err = run("batch", str(corpus), "-o", str(out), "-j", "1")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert code == 3, err
    assert [("error" in r) for r in records] == [False, True, False]
    assert records[1]["error"]["code"] == "E021"
    assert "3 written (1 failed)" in err


def test_batch_store_keeps_each_brief_for_the_service(tmp_path: Path) -> None:
    import sqlite3

    out, data_dir = tmp_path / "out.jsonl", tmp_path / "store"
    code, _, err = run("batch", str(EXAMPLES / "river-flood.txt"), "-o", str(out), "-j", "1", "--store", "--data-dir", str(data_dir))
    assert code == 0, err
    with sqlite3.connect(data_dir / "briefs.sqlite3") as db:
        assert db.execute("select count(*) from briefs").fetchone() == (1,)


def test_a_word_budget_sets_how_much_the_highlights_say() -> None:
    example = str(EXAMPLES / "river-flood.txt")
    short = json.loads(run("brief", example, "-f", "json", "-w", "30")[1])["highlights"]
    long = json.loads(run("brief", example, "-f", "json", "-w", "120")[1])["highlights"]
    assert 1 <= len(short) < len(long)
    code, _, err = run("brief", example, "-w", "30", "-p", "segment,lead")
    assert code == 2 and "[E031]" in err


def test_an_output_that_cannot_be_written_and_bench_data_that_cannot_be_read_are_clear_errors(tmp_path: Path) -> None:
    code, out, err = run("batch", str(EXAMPLES / "river-flood.txt"), "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert code == 2 and "[E056]" in err and "Traceback" not in out + err
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(128, 256)) * 10)
    code, _, err = run("bench", "--data", str(junk), "--rounds", "1", "--limit", "2")
    assert code == 2 and "[E007]" in err


def test_published_resolves_relative_dates_and_a_bad_date_is_a_usage_error() -> None:
    story = "The council met on Monday and agreed the budget. It will vote again next week."
    code, out, _ = run("brief", "-", "-f", "json", "--published", "2026-03-04", stdin=story)
    record = json.loads(out)
    assert code == 0 and record["meta"]["published"] == "2026-03-04"
    assert {"start": 19, "end": 25, "value": "2026-03-02"} in record["dates"]
    code, _, _ = run("brief", "-", "--published", "2026-13-01", stdin=story)
    assert code == 2


def test_max_bytes_named_in_the_size_message_is_a_real_option(tmp_path: Path) -> None:
    example = str(EXAMPLES / "river-flood.txt")
    code, _, err = run("brief", "--max-bytes", "100", example)
    assert code == 2 and "[E003]" in err and "--max-bytes" in err
    assert run("brief", "--max-bytes", "100000", "-p", "segment,lead", example)[0] == 0
    out = tmp_path / "out.jsonl"
    code, _, _ = run("batch", example, "-o", str(out), "-j", "1", "--max-bytes", "100")
    assert code == 3 and json.loads(out.read_text())["error"]["code"] == "E003"


def test_highlights_are_in_headline_style_by_default_with_their_sentences_kept_in_json(tmp_path: Path) -> None:
    story = (
        "The harbour board approved a new ferry terminal for Port Ellis on Tuesday.\n\n"
        "Fishermen welcomed the plan. Ferry crews worried about the noise of the building work."
    )
    styled = {
        "The harbour board approved a new ferry terminal for Port Ellis on Tuesday.": "The harbour board approves a new ferry terminal for Port Ellis on Tuesday.",
        "Fishermen welcomed the plan.": "Fishermen welcome the plan.",
        "Ferry crews worried about the noise of the building work.": "Ferry crews worry about the noise of the building work.",
    }
    code, out, err = run("brief", "-", "-f", "json", "-n", "3", stdin=story)
    assert code == 0, err
    highlights = json.loads(out)["highlights"]
    assert {h["source"]: h["text"] for h in highlights} == styled
    markdown = run("brief", "-", "-n", "3", stdin=story)[1]
    plain = run("brief", "-", "-n", "3", "--no-headline", stdin=story)[1]
    for source, text in styled.items():
        assert f"- {text}" in markdown and f"- {source}" in plain
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps({"id": "ferry", "text": story}) + "\n")
    for flag, expected in (("--headline", set(styled.values())), ("--no-headline", set(styled))):
        out_file = tmp_path / f"out{flag}.jsonl"
        assert run("batch", str(corpus), "-o", str(out_file), "-j", "1", "-n", "3", flag)[0] == 0
        (record,) = [json.loads(line) for line in out_file.read_text().splitlines()]
        assert {h["text"] for h in record["highlights"]} == expected


def test_bench_times_each_stage_of_a_pipeline() -> None:
    code, out, _ = run(
        "bench", "--data", str(EXAMPLES / "river-flood.txt"), "--rounds", "1", "--limit", "2", "-p", "segment,highlights", "--json"
    )
    measured = json.loads(out)["results"][1]
    assert code == 0 and list(measured["stage_seconds"]) == ["segment", "highlights"]
    assert all(seconds > 0 for seconds in measured["stage_seconds"].values())
    assert abs(sum(measured["stage_shares"].values()) - 1.0) < 1e-9
