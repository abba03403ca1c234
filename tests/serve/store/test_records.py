"""Brief records back into briefs, and a batch's output lines kept in the store."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import newsbrief
from newsbrief._article import Article
from newsbrief._batch import run_batch
from newsbrief.errors import InputError, NewsbriefError, error
from newsbrief.serve.store import brief_from_record, keep_batch_lines, open_store

from ..conftest import STORY, fact_brief


def test_a_record_comes_back_as_the_same_brief() -> None:
    brief = fact_brief()
    again = brief_from_record(json.loads(brief.to_json()))
    assert again.to_dict() == brief.to_dict()
    assert again.to_markdown() == brief.to_markdown() and again.to_html() == brief.to_html()
    assert again.article.quotes[0].speaker == brief.article.quotes[0].speaker
    assert again.article.meta.versions == brief.article.meta.versions


def test_keys_the_model_does_not_know_are_left_out() -> None:
    record = newsbrief.brief(STORY).to_dict() | {"stats": {"seconds": 0.1}}
    assert brief_from_record(record).text == STORY


@dataclass(frozen=True)
class Item:
    id: str
    article: Article | None
    error: NewsbriefError | None = None


def test_a_batch_fills_the_store_with_its_briefs_but_not_its_failures(tmp_path: Path) -> None:
    items = [
        Item("storm", Article(text=STORY)),
        Item("broken", None, error(InputError, "E001")),
        Item("ferry", Article(text="The ferry sailed again on Friday. Islanders cheered on the quay.")),
    ]
    with keep_batch_lines(tmp_path / "store") as keep:
        result = run_batch(items, tmp_path / "out.jsonl", workers=1, on_line=keep)
    assert (result.written, result.failed) == (3, 1)
    with open_store(tmp_path / "store") as store:
        assert store.count() == 2
        assert [hit.summary.lead for hit in store.search("islanders")] == ["The ferry sails again on Friday."]
