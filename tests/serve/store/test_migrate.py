"""Schema migrations: applied in order once, tracked in user_version, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsbrief.errors import UsageError
from newsbrief.serve.store import SQLiteStore
from newsbrief.serve.store._migrate import Migration, migrate, migrations


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_shipped_migrations_are_numbered_from_one_without_gaps() -> None:
    shipped = migrations()
    assert [m.version for m in shipped] == list(range(1, len(shipped) + 1))


def test_a_new_file_gets_every_migration_once(tmp_path: Path) -> None:
    connection = connect(tmp_path / "db")
    assert migrate(connection, tmp_path) == len(migrations())
    assert {"briefs", "briefs_text"} <= tables(connection)
    assert migrate(connection, tmp_path) == len(migrations())  # again: nothing to do, no error


def test_statements_split_at_their_ends_not_inside_trigger_bodies() -> None:
    sql = "-- a note\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    table, trigger = Migration(1, "0001_x.sql", sql).statements()
    assert table.endswith("CREATE TABLE a (x);")
    assert trigger.startswith("CREATE TRIGGER") and trigger.endswith("END;") and "SELECT 2;" in trigger


def test_a_later_migration_is_applied_on_top_of_kept_data(tmp_path: Path) -> None:
    connection = connect(tmp_path / "db")
    shipped = migrations()
    migrate(connection, tmp_path, shipped)
    connection.execute(
        "INSERT INTO briefs (id, created, lead, words, highlights, article, data, markdown, html)"
        " VALUES ('a', 'now', 'lead', 1, '', 'text', '{}', '', '')"
    )
    later = Migration(len(shipped) + 1, "9999_tags.sql", "ALTER TABLE briefs ADD COLUMN tags TEXT;")
    assert migrate(connection, tmp_path, [*shipped, later]) == later.version
    assert connection.execute("SELECT id, tags FROM briefs").fetchall() == [("a", None)]


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    connection = connect(tmp_path / "db")
    broken = Migration(1, "0001_broken.sql", "CREATE TABLE fine (x);\nCREATE TABLE fine (y);\n")
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection, tmp_path, [broken])
    assert "fine" not in tables(connection)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_file_from_a_newer_newsbrief_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "briefs.sqlite3"
    connection = connect(path)
    connection.execute(f"PRAGMA user_version = {len(migrations()) + 5}")
    connection.close()
    with pytest.raises(UsageError, match=r"\[E131\].*newer"):
        SQLiteStore(path)
