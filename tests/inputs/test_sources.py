"""One source argument to its items: each file by its kind, folders walked, URLs fetched, stdin read."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsbrief.inputs import _address
from newsbrief.inputs._fetch import Fetcher
from newsbrief.inputs._item import Item
from newsbrief.inputs._options import read_options
from newsbrief.inputs._sources import source_items

from ._server import local_server, page


def _items(source: str, **options: object) -> list[Item]:
    settings = read_options(**options)  # type: ignore[arg-type]
    with Fetcher(settings) as fetcher:
        return list(source_items(source, settings, fetcher))


def _codes(items: list[Item]) -> list[str]:
    return [item.error.code if item.error else "ok" for item in items]


@pytest.fixture
def newsroom(tmp_path: Path, harbour_html: str, storm_plain: str, long_story: str) -> Path:
    """A folder of fictional articles in every kind newsbrief reads, plus files it must skip."""
    root = tmp_path / "newsroom"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".drafts").mkdir()
    (root / "a.html").write_text(harbour_html, encoding="utf-8")
    (root / "b" / "storm.txt").write_text(storm_plain, encoding="latin-1")
    (root / "b" / "deep" / "notes.md").write_text("Intro.\n\n## Later\n\nMore.", encoding="utf-8")
    (root / "c.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>G</title><item><guid isPermaLink='false'>e1</guid>"
        f"<title>Bridge</title><description>{long_story}</description></item></channel></rss>",
        encoding="utf-8",
    )
    with gzip.open(root / "d.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "r1", "text": storm_plain}) + "\n{broken\n")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(storm_plain, encoding="utf-8")
    (root / ".drafts" / "draft.txt").write_text(storm_plain, encoding="utf-8")
    return root


def test_a_folder_is_walked_recursively_in_order_each_file_by_its_kind(newsroom: Path, storm_plain: str) -> None:
    shown = str(newsroom)
    items = _items(shown)
    assert [item.id for item in items] == [
        f"{shown}/a.html",
        "e1",
        "r1",
        f"{shown}/d.jsonl.gz:2",
        f"{shown}/b/storm.txt",
        f"{shown}/b/deep/notes.md",
    ]
    assert _codes(items) == ["ok", "ok", "ok", "E021", "ok", "ok"]
    by_id = {item.id: item.article for item in items}
    assert by_id[f"{shown}/a.html"].headings and by_id[f"{shown}/a.html"].meta.source == "html"
    assert by_id["e1"].meta.source == "feed"
    assert by_id[f"{shown}/b/storm.txt"].text == storm_plain
    assert [h.text for h in by_id[f"{shown}/b/deep/notes.md"].headings] == ["Later"]
    assert all(item.extra["source"] for item in items)


def test_an_empty_folder_is_e076(tmp_path: Path) -> None:
    (tmp_path / "only.csv").write_text("a,b", encoding="utf-8")
    (item,) = _items(str(tmp_path))
    assert item.error is not None and item.error.code == "E076"
    assert item.id == str(tmp_path)


def test_a_missing_file_is_one_error_item() -> None:
    (item,) = _items("no/such/story.txt")
    assert (item.id, item.error.code, item.article) == ("no/such/story.txt", "E006", None)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E001"),
        ("blank.txt", b" \n\t\n ", "E001"),
        ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "E002"),
        ("report.pdf", b"%PDF-1.4\n" + bytes(64), "E002"),
        ("nothing.html", b"<html><body><script>x()</script></body></html>", "E005"),
        ("not-a-feed.xml", b"<?xml version='1.0'?><config><value>3</value></config>", "E020"),
    ],
)
def test_bad_files_are_error_items_with_their_code(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = _items(str(path))
    assert item.error is not None and item.error.code == code
    assert item.id == str(path)


def test_a_file_over_the_cap_is_e003(tmp_path: Path, long_story: str) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_story, encoding="utf-8")
    (item,) = _items(str(path), max_bytes=100)
    assert item.error is not None and item.error.code == "E003"


def test_text_files_stay_text_and_unknown_names_are_sniffed(tmp_path: Path, harbour_html: str) -> None:
    (tmp_path / "saved.txt").write_text(harbour_html, encoding="utf-8")
    (tmp_path / "saved.page").write_text(harbour_html, encoding="utf-8")
    (tmp_path / "page.xml").write_text("<?xml version='1.0'?>" + harbour_html.split("\n", 1)[1], encoding="utf-8")
    assert _items(str(tmp_path / "saved.txt"))[0].article.text == harbour_html
    assert _items(str(tmp_path / "saved.page"))[0].article.title == "Harbour reopens after storm"
    assert _items(str(tmp_path / "page.xml"))[0].article.meta.source == "html"


def test_a_foreign_article_is_e008_unless_any_language(tmp_path: Path, foreign: dict[str, str]) -> None:
    path = tmp_path / "brücke.txt"
    path.write_text(foreign["de"], encoding="utf-8")
    assert _codes(_items(str(path))) == ["E008"]
    (item,) = _items(str(path), any_language=True)
    assert item.article is not None and item.article.meta.language == "de"


def test_standard_input_is_sniffed(monkeypatch: pytest.MonkeyPatch, harbour_html: str, storm_plain: str) -> None:
    for data, source in [(harbour_html, "html"), (storm_plain, "text")]:
        monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data.encode("utf-16"))))
        (item,) = _items("-")
        assert (item.id, item.article.meta.source) == ("stdin", source)
    lines = json.dumps({"id": "s1", "text": storm_plain}) + "\n" + json.dumps({"id": "s2", "text": storm_plain})
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(lines.encode())))
    assert [item.id for item in _items("-")] == ["s1", "s2"]


@pytest.fixture
def gazette(harbour_html: str, storm_plain: str) -> Iterator[str]:
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>G</title>"
        "<item><title>Harbour</title><link>/harbour</link><guid>urn:1</guid><description>Short.</description></item>"
        "</channel></rss>"
    )
    routes = {
        "/harbour": page(harbour_html),
        "/storm.txt": page(storm_plain, "text/plain; charset=utf-8"),
        "/feed": page(feed, "application/rss+xml"),
    }
    with local_server(routes) as url:
        yield url


@pytest.mark.network
def test_urls_are_read_by_their_content_type(gazette: str, storm_plain: str) -> None:
    (html,) = _items(f"{gazette}/harbour", allow_private_addresses=True)
    assert html.article.title == "Harbour reopens after storm" and html.article.meta.url == f"{gazette}/harbour"
    (text,) = _items(f"{gazette}/storm.txt", allow_private_addresses=True)
    assert text.article.text == storm_plain
    (entry,) = _items(f"{gazette}/feed", allow_private_addresses=True)
    assert (entry.id, entry.article.title) == ("urn:1", "Harbour")
    assert entry.article.text.startswith("The harbour of Eastport reopened")


@pytest.mark.network
def test_a_refused_url_is_one_error_item(gazette: str) -> None:
    (item,) = _items(f"{gazette}/harbour")
    assert (item.id, item.error.code) == (f"{gazette}/harbour", "E011")


@pytest.mark.network
def test_a_feed_entry_link_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch, harbour_html: str) -> None:
    """The feed's host (127.0.0.2, treated as public here) passes; an entry linking to 127.0.0.1 does not."""
    real = _address.is_blocked
    monkeypatch.setattr(_address, "is_blocked", lambda address: str(address) != "127.0.0.2" and real(address))
    with local_server({"/harbour": page(harbour_html)}) as inside:
        feed = (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>G</title><item><title>In</title>"
            f"<link>{inside}/harbour</link><description>Short.</description></item></channel></rss>"
        )
        with local_server({"/feed": page(feed, "application/rss+xml")}, host="127.0.0.2") as outside:
            (item,) = _items(f"{outside}/feed")
    assert item.error is not None and item.error.code == "E011"
