"""Batches: one line per item, error records, resuming without loss or duplication."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from collections.abc import Callable

from newsbrief import Article, stage
from newsbrief._batch import read_done_ids, run_batch
from newsbrief.errors import InputError, NewsbriefError, error
from newsbrief.inputs import article_from_text


@dataclass(frozen=True)
class Item:
    id: str
    article: object
    error: NewsbriefError | None


def items(count: int, broken: tuple[int, ...] = ()) -> list[Item]:
    made = []
    for number in range(count):
        if number in broken:
            made.append(Item(f"a{number}", None, error(InputError, "E022", line=number + 1, path="in.jsonl")))
        else:
            text = f"Story {number} begins here. The council met on Monday. It voted {number} to 2."
            made.append(Item(f"a{number}", article_from_text(text), None))
    return made


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.parametrize("workers", [1, 2])
def test_every_item_gives_one_line_in_order(tmp_path: Path, workers: int) -> None:
    out = tmp_path / "out.jsonl"
    result = run_batch(items(12, broken=(3, 7)), out, pipeline=["segment", "lead"], workers=workers)
    records = lines(out)
    assert [r["id"] for r in records] == [f"a{n}" for n in range(12)]
    assert (result.written, result.failed, result.skipped) == (12, 2, 0)
    assert records[3]["error"]["code"] == "E022"
    assert "highlights" in records[4] and "error" not in records[4]


def test_resume_skips_what_is_done_and_cuts_a_torn_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch(items(5), out, pipeline=["segment", "lead"], workers=1)
    with out.open("a") as handle:
        handle.write('{"id": "a5", "text": "cut off mid')  # a kill while writing
    result = run_batch(items(9), out, pipeline=["segment", "lead"], workers=1)
    records = lines(out)
    assert [r["id"] for r in records] == [f"a{n}" for n in range(9)]
    assert (result.written, result.skipped) == (4, 5)


@stage("fails_on_story_2", requires=("sentences",))
def fails_on_story_2() -> Callable[[Article], Article]:
    """A stage with a bug that shows on one article only."""

    def run(article: Article) -> Article:
        if article.text.startswith("Story 2 "):
            raise ZeroDivisionError("division by zero")
        return article

    return run


def test_a_stage_failing_on_one_item_becomes_its_error_record(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_batch(items(4), out, pipeline=["segment", "fails_on_story_2", "lead"], options={"n": 2}, workers=1)
    records = lines(out)
    assert records[2] == {"id": "a2", "error": {"code": "E000", "message": records[2]["error"]["message"]}}
    assert "ZeroDivisionError" in records[2]["error"]["message"]
    assert [len(r.get("highlights", ())) for r in records] == [2, 2, 0, 2]
    assert result.failed == 1


def test_a_foreign_output_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("this is not a brief\n")
    with pytest.raises(InputError, match=r"\[E051\]"):
        read_done_ids(out)
