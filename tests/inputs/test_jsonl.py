"""JSON Lines: one article a record, one error a bad line, and the file always read to its end."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsbrief.inputs._jsonl import jsonl_items, looks_like_jsonl, open_jsonl


def _items(lines: list[str], max_bytes: int = 100_000) -> list:
    data = "\n".join(lines).encode("utf-8")
    return list(jsonl_items(io.BytesIO(data), "set.jsonl", max_bytes))


def test_records_become_articles_with_their_fields(storm_plain: str) -> None:
    record = {
        "id": "a1",
        "article": storm_plain,
        "title": "Storm",
        "published": "2024-03-04",
        "url": "https://gazette.example/storm",
        "highlights": "Storm floods two towns.\nNo deaths.",
    }
    (item,) = _items([json.dumps(record)])
    assert item.id == "a1" and item.error is None
    assert item.article.text == storm_plain
    assert (item.article.title, item.article.meta.published, item.article.meta.url) == (
        "Storm",
        "2024-03-04",
        "https://gazette.example/storm",
    )
    assert item.extra["highlights"] == "Storm floods two towns.\nNo deaths."
    assert item.extra["line"] == 1


def test_ids_come_from_id_then_index_in_split_then_the_line() -> None:
    items = _items(
        [
            json.dumps({"id": "x9", "index_in_split": 4, "text": "The ferry left."}),
            json.dumps({"index_in_split": 4, "text": "The ferry left."}),
            "",
            json.dumps({"text": "The ferry left."}),
        ]
    )
    assert [item.id for item in items] == ["x9", "4", "set.jsonl:4"]


def test_a_bad_line_is_an_error_for_that_line_only() -> None:
    items = _items(
        [
            json.dumps({"text": "The ferry left on time."}),
            '{"text": "The ferry left on',
            json.dumps(["not", "an", "object"]),
            json.dumps({"title": "No text here"}),
            json.dumps({"article": 42}),
            json.dumps({"text": "Fine.", "title": ["wrong"]}),
            json.dumps({"text": "Fine.", "highlights": ["ok", 3]}),
            json.dumps({"text": "   "}),
            json.dumps({"text": "The last record is fine."}),
        ]
    )
    codes = [item.error.code if item.error else "ok" for item in items]
    assert codes == ["ok", "E021", "E022", "E022", "E072", "E072", "E072", "E001", "ok"]
    assert "Line 2 of 'set.jsonl' is not valid JSON" in str(items[1].error)
    assert "Line 5 of 'set.jsonl': 'article' must be a string, not a number" in str(items[4].error)
    assert [item.id for item in items[1:4]] == ["set.jsonl:2", "set.jsonl:3", "set.jsonl:4"]


def test_an_overlong_line_is_e074_and_the_next_line_still_reads() -> None:
    items = _items([json.dumps({"text": "word " * 100}), json.dumps({"text": "Short."})], max_bytes=200)
    assert items[0].error is not None and items[0].error.code == "E074"
    assert "Line 1 of 'set.jsonl' is 5" in str(items[0].error)
    assert items[1].article is not None and items[1].article.text == "Short."


def test_an_html_record_is_extracted() -> None:
    (item,) = _items([json.dumps({"article": "<p>The ferry left.</p><h2>Later</h2><p>It came back.</p>"})])
    assert item.article.text == "The ferry left.\n\nLater\n\nIt came back."
    assert [h.text for h in item.article.headings] == ["Later"]


def test_a_gzip_file_in_the_shape_of_the_news_set_reads(tmp_path: Path, long_story: str) -> None:
    path = tmp_path / "validation.jsonl.gz"
    records = [
        {
            "article": long_story.lower(),
            "highlights": "bridge shuts .\nferry adds boats .",
            "index_in_split": n,
            "id": f"{n:040x}",
            "source": "cnn",
        }
        for n in range(3)
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    with open_jsonl(path) as handle:
        items = list(jsonl_items(handle, str(path), 100_000))
    assert [item.id for item in items] == [f"{n:040x}" for n in range(3)]
    assert all(item.article.text == long_story.lower() for item in items)


def test_a_truncated_gzip_file_keeps_its_items_and_ends_with_one_error(tmp_path: Path) -> None:
    body = b"".join(json.dumps({"text": f"Story number {n} is here. " * 20}).encode() + b"\n" for n in range(200))
    whole = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    with open_jsonl(path) as handle:
        items = list(jsonl_items(handle, "cut.jsonl.gz", 100_000))
    assert len(items) > 1
    assert all(item.error is None for item in items[:-1])
    assert items[-1].id == "cut.jsonl.gz" and items[-1].error.code == "E007"


@pytest.mark.parametrize(
    ("text", "expected"),
    [('{"text": "a"}\n{"text": "b"}', True), ('  {"article": "a"}', True), ('{"other": 1}', False), ("The {x}", False)],
)
def test_looks_like_jsonl(text: str, expected: bool) -> None:
    assert looks_like_jsonl(text) is expected
