"""Feeds: each entry an article, from its own text when long enough, else from its link."""

from __future__ import annotations

import pytest

from newsbrief._article import Article
from newsbrief.errors import InputError
from newsbrief.inputs import article_from_text
from newsbrief.inputs._feed import feed_items, looks_like_feed


def _rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Norland Gazette</title>'
        "<link>https://gazette.example/</link><description>News</description>" + "".join(items) + "</channel></rss>"
    ).encode("utf-8")


def _item(
    guid: str, title: str, description: str, link: str = "", date: str = "Tue, 05 Mar 2024 08:30:00 +0100"
) -> str:
    link_tag = f"<link>{link}</link>" if link else ""
    return (
        f'<item><guid isPermaLink="false">{guid}</guid>'
        f"<title>{title}</title>{link_tag}<pubDate>{date}</pubDate>"
        f"<description><![CDATA[{description}]]></description></item>"
    )


def _never_fetch(url: str) -> Article:
    raise AssertionError(f"fetched {url}")


def test_long_entries_are_read_from_the_feed_itself(long_story: str) -> None:
    data = _rss(
        _item("tag:gazette,1", "Bridge to close", f"<p>{long_story}</p>", "https://gazette.example/bridge"),
        _item("tag:gazette,2", "Ferry adds boats", long_story, date="Wed, 06 Mar 2024 23:15:00 GMT"),
    )
    items = list(feed_items(data, "gazette.rss", min_words=80, fetch_article=_never_fetch))
    assert [item.id for item in items] == ["tag:gazette,1", "tag:gazette,2"]
    first, second = (item.article for item in items)
    assert first.text == long_story and second.text == long_story
    assert (first.title, first.meta.url, first.meta.published) == (
        "Bridge to close",
        "https://gazette.example/bridge",
        "2024-03-05T07:30:00+00:00",
    )
    assert second.meta.published == "2024-03-06T23:15:00+00:00"
    assert first.meta.source == "feed"


def test_short_entries_are_fetched_from_their_link_keeping_the_entry_fields(long_story: str) -> None:
    fetched: list[str] = []

    def fetch(url: str) -> Article:
        fetched.append(url)
        return article_from_text(long_story, url=url, title="Page title")

    data = _rss(_item("tag:gazette,3", "Bridge to close", "Engineers found rust.", "https://gazette.example/bridge"))
    (item,) = feed_items(data, "gazette.rss", min_words=80, fetch_article=fetch)
    assert fetched == ["https://gazette.example/bridge"]
    assert (item.id, item.article.text, item.article.title) == ("tag:gazette,3", long_story, "Bridge to close")
    assert item.article.meta.published == "2024-03-05T07:30:00+00:00"


def test_a_failed_entry_fetch_is_an_error_for_that_entry_only(long_story: str) -> None:
    def fetch(url: str) -> Article:
        raise InputError("[E012] unreachable")

    data = _rss(
        _item("a", "Short", "Too short.", "https://gazette.example/a"),
        _item("b", "Long", long_story),
    )
    items = list(feed_items(data, "gazette.rss", min_words=80, fetch_article=fetch))
    assert [item.error.code if item.error else "ok" for item in items] == ["E012", "ok"]


def test_a_short_entry_without_a_link_keeps_its_own_text_and_an_empty_one_is_e075() -> None:
    data = _rss(_item("a", "Short", "The ferry left on time."), "<item><title>Nothing</title></item>")
    items = list(feed_items(data, "gazette.rss", min_words=80, fetch_article=_never_fetch))
    assert items[0].article.text == "The ferry left on time."
    assert items[1].error.code == "E075" and "Entry 2 of the feed 'gazette.rss'" in str(items[1].error)
    assert items[1].id == "gazette.rss#2"


def test_an_atom_feed_uses_entry_ids_and_content(long_story: str) -> None:
    data = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>'
        "<id>urn:gazette</id><updated>2024-03-05T10:00:00Z</updated>"
        "<entry><id>urn:gazette:7</id><title>Bridge</title><updated>2024-03-05T10:00:00Z</updated>"
        '<link href="https://gazette.example/7"/><summary>Short summary.</summary>'
        f'<content type="html">&lt;p&gt;{long_story}&lt;/p&gt;</content></entry></feed>'
    ).encode()
    (item,) = feed_items(data, "gazette.atom", min_words=80, fetch_article=_never_fetch)
    assert (item.id, item.article.text, item.article.meta.published) == (
        "urn:gazette:7",
        long_story,
        "2024-03-05T10:00:00+00:00",
    )


@pytest.mark.parametrize(
    "data",
    [
        b"<rss version='2.0'><channel><title>Broken</title><item",
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken &nbsp &bogus; <item></rss>",
        b"<?xml version='1.0'?><rss><channel><<<</rss>",
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>",
    ],
)
def test_a_malformed_or_empty_feed_is_e020(data: bytes) -> None:
    with pytest.raises(InputError, match=r"\[E020\] The feed 'bad.rss' could not be parsed"):
        list(feed_items(data, "bad.rss", min_words=80, fetch_article=_never_fetch))


def test_a_truncated_feed_still_gives_the_entries_it_has(long_story: str) -> None:
    data = _rss(_item("a", "Whole", long_story))[: -len("</channel></rss>")] + b"<item><title>Cut off"
    items = list(feed_items(data, "cut.rss", min_words=80, fetch_article=_never_fetch))
    assert items[0].article is not None and items[0].article.text == long_story
    assert [item.error.code for item in items[1:]] == ["E075"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<?xml version='1.0'?>\n<rss version='2.0'>", True),
        ("<!-- a comment --><feed xmlns='http://www.w3.org/2005/Atom'>", True),
        ("<rdf:RDF xmlns:rdf='x'>", True),
        ("<html><body><p>rss</p></body></html>", False),
        ("The rss feed is down.", False),
    ],
)
def test_looks_like_feed(text: str, expected: bool) -> None:
    assert looks_like_feed(text) is expected
