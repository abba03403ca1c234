"""The SQLite store: keeping, fetching, listing, full-text search, deleting, and many threads at once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import newsbrief
from newsbrief.errors import UsageError
from newsbrief.serve.store import SQLiteStore, open_store
from newsbrief.serve.store._sqlite import fts_query

from ..conftest import STORY, fact_brief

OTHER = (
    "Bakers in Tolvik started a night market for bread on Friday. "
    "The first stall sold out of rye loaves before midnight.\n\n"
    "A storm warning was lifted an hour before it opened."
)


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    opened = SQLiteStore.in_folder(tmp_path / "data")
    yield opened
    opened.close()


def test_a_saved_brief_comes_back_whole_under_the_stores_id(store: SQLiteStore) -> None:
    brief = fact_brief()
    kept = store.save(brief)
    again = store.get(kept.summary.id)
    assert again == kept
    assert again.data["id"] == kept.summary.id != brief.article.id
    assert again.data["places"] == brief.to_dict()["places"] and len(again.data["places"]) == 5
    assert again.markdown == brief.to_markdown() and again.html == brief.to_html()
    assert again.summary.title == brief.title and again.summary.words == brief.article.word_count
    assert store.get("no-such-id") is None


def test_recent_is_newest_first(store: SQLiteStore) -> None:
    ids = [store.save(newsbrief.brief(f"Item {n} was kept. Then another.")).summary.id for n in range(4)]
    assert [s.id for s in store.recent()] == ids[::-1]
    assert [s.id for s in store.recent(limit=2, offset=1)] == ids[::-1][1:3]
    assert store.count() == 4


def test_search_ranks_title_and_highlight_words_over_body_words(store: SQLiteStore) -> None:
    storm = store.save(newsbrief.brief(STORY, title="Storm on the coast")).summary.id
    bread = store.save(newsbrief.brief(OTHER)).summary.id
    assert [hit.summary.id for hit in store.search("storm")] == [storm, bread]
    assert [hit.summary.id for hit in store.search("bread")] == [bread]


def test_search_stems_and_takes_the_last_word_as_a_prefix(store: SQLiteStore) -> None:
    storm = store.save(newsbrief.brief(STORY)).summary.id
    assert [hit.summary.id for hit in store.search("floods")] == [storm]  # "flooding" in the text
    assert [hit.summary.id for hit in store.search("parliam")] == [storm]
    assert [hit.summary.id for hit in store.search("grid Nordn")] == [storm]
    assert store.search("parliam fish") == []


def test_search_marks_the_matched_words_in_its_snippet(store: SQLiteStore) -> None:
    store.save(newsbrief.brief(STORY))
    (hit,) = store.search("parliament")
    assert [hit.snippet[start:end] for start, end in hit.matches] == ["parliament"]
    assert "\x02" not in hit.snippet and "\x03" not in hit.snippet


def test_user_text_is_never_fts_syntax() -> None:
    assert fts_query('storm" OR x') == '"storm" "OR" "x"*'
    assert fts_query("NEAR(a b)") == '"NEAR" "a" "b"*'
    with pytest.raises(UsageError, match=r"\[E129\]"):
        fts_query(' "" - * ')


def test_a_deleted_brief_is_gone_from_search_too(store: SQLiteStore) -> None:
    kept = store.save(newsbrief.brief(STORY)).summary.id
    assert store.delete(kept) is True
    assert store.delete(kept) is False
    assert store.search("Bergen") == [] and store.count() == 0


def test_the_file_is_in_wal_mode_and_keeps_briefs_across_opens(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    kept = first.save(newsbrief.brief(STORY)).summary.id
    first.close()
    with sqlite3.connect(tmp_path / "briefs.sqlite3") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_store(tmp_path) as second:
        assert second.get(kept) is not None


def test_many_threads_can_save_and_read_at_once(store: SQLiteStore) -> None:
    brief = newsbrief.brief(STORY)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                kept = store.save(brief)
                assert store.get(kept.summary.id) is not None
                store.search("storm")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and store.count() == 60


def test_a_data_folder_that_cannot_be_made_is_e130(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError, match=r"\[E130\]"):
        open_store(blocker / "data")


def test_an_unknown_store_kind_is_e134(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\[E134\].*sqlite"):
        open_store(tmp_path, kind="postgres")
