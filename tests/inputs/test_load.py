"""The public way in: `load_article` for one argument, `iter_items` for a batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsbrief.inputs
from newsbrief.errors import FetchError, InputError
from newsbrief.inputs import Item, iter_items, load_article

from ._server import local_server, page, stall


def test_the_package_exports_its_api() -> None:
    assert sorted(newsbrief.inputs.__all__) == sorted(
        ["Item", "article_from_html", "article_from_text", "iter_items", "load_article", "looks_like_html"]
    )


def test_load_article_reads_a_file_under_its_path(tmp_path: Path, storm_plain: str) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(storm_plain, encoding="utf-8")
    article = load_article(str(path))
    assert (article.text, article.id, article.meta.language) == (storm_plain, str(path), "en")


def test_load_article_raises_the_error_with_its_code(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\[E006\]"):
        load_article(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match=r"\[E077\].*newsbrief batch"):
        load_article(str(tmp_path))


def test_load_article_takes_the_first_item_of_a_jsonl_file(tmp_path: Path, storm_plain: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"r{n}", "text": f"{storm_plain} {n}"}) for n in range(3)))
    assert load_article(str(path)).id == "r0"


def test_load_article_passes_the_size_cap(tmp_path: Path, storm_plain: str) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(storm_plain, encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E003\]"):
        load_article(str(path), max_bytes=10)


@pytest.fixture
def newsdesk(harbour_html: str) -> Iterator[str]:
    with local_server({"/harbour": page(harbour_html), "/slow": stall(2.0)}) as url:
        yield url


@pytest.mark.network
def test_load_article_fetches_a_url_only_when_private_addresses_are_allowed(newsdesk: str) -> None:
    with pytest.raises(FetchError, match=r"\[E011\]"):
        load_article(f"{newsdesk}/harbour")
    article = load_article(f"{newsdesk}/harbour", allow_private_addresses=True)
    assert article.title == "Harbour reopens after storm"


@pytest.mark.network
def test_load_article_passes_the_timeout(newsdesk: str) -> None:
    with pytest.raises(FetchError, match=r"\[E013\].*0.3 s"):
        load_article(f"{newsdesk}/slow", allow_private_addresses=True, timeout=0.3)


def _batch(tmp_path: Path, storm_plain: str) -> list[str]:
    (tmp_path / "one.txt").write_text(storm_plain, encoding="utf-8")
    (tmp_path / "set.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "dup", "text": storm_plain, "highlights": ["Storm floods two towns."]}),
                json.dumps({"id": "dup", "text": storm_plain}),
                "not json",
                json.dumps({"text": storm_plain}),
            ]
        ),
        encoding="utf-8",
    )
    return [
        str(tmp_path / "one.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "set.jsonl"),
        str(tmp_path / "one.txt"),
    ]


def test_iter_items_goes_on_past_bad_items_and_keeps_ids_unique(tmp_path: Path, storm_plain: str) -> None:
    items = list(iter_items(_batch(tmp_path, storm_plain)))
    assert all(isinstance(item, Item) for item in items)
    one, jsonl = str(tmp_path / "one.txt"), str(tmp_path / "set.jsonl")
    assert [item.id for item in items] == [
        one,
        str(tmp_path / "missing.txt"),
        "dup",
        "dup#2",
        f"{jsonl}:3",
        f"{jsonl}:4",
        f"{one}#2",
    ]
    assert [item.error.code if item.error else "ok" for item in items] == ["ok", "E006", "ok", "ok", "E021", "ok", "ok"]
    assert items[3].article.id == "dup#2"
    assert items[2].extra["highlights"] == ["Storm floods two towns."]


def test_iter_items_ids_are_the_same_on_every_run(tmp_path: Path, storm_plain: str) -> None:
    sources = _batch(tmp_path, storm_plain)
    assert [item.id for item in iter_items(sources)] == [item.id for item in iter_items(sources)]


def test_items_are_frozen(tmp_path: Path, storm_plain: str) -> None:
    item = next(iter_items(_batch(tmp_path, storm_plain)))
    with pytest.raises(AttributeError):
        item.id = "other"  # type: ignore[misc]
