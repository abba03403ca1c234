"""Items and their ids: one id per item, repeats numbered in order of arrival."""

from __future__ import annotations

from newsbrief.errors import InputError
from newsbrief.inputs import article_from_text
from newsbrief.inputs._item import Item, UniqueIds


def test_repeated_ids_are_numbered_and_articles_renamed() -> None:
    ids = UniqueIds()
    article = article_from_text("The ferry left.", id="a")
    claimed = [ids.claim(Item("a", article, None)) for _ in range(3)]
    assert [item.id for item in claimed] == ["a", "a#2", "a#3"]
    assert [item.article.id for item in claimed] == ["a", "a#2", "a#3"]


def test_a_numbered_id_that_is_already_taken_is_skipped() -> None:
    ids = UniqueIds()
    failed = Item("a#2", None, InputError("[E001] empty"))
    assert [ids.claim(item).id for item in [Item("a", None, None), failed, Item("a", None, None)]] == [
        "a",
        "a#2",
        "a#3",
    ]


def test_ok_says_whether_the_item_has_no_error() -> None:
    assert Item("a", article_from_text("x"), None).ok
    assert not Item("a", None, InputError("[E001] empty")).ok
