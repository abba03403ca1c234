"""Schema migrations for the SQLite store: numbered SQL files, applied in order, tracked in `user_version`."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ...errors import UsageError, error

__all__ = ["Migration", "migrate", "migrations"]

_NAME = re.compile(r"^(\d{4})_\w+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: `version` is the number its file name starts with."""

    version: int
    name: str
    sql: str

    def statements(self) -> Iterator[str]:
        """The file's statements one at a time (a trigger body's semicolons do not end a statement)."""
        pending = ""
        for line in self.sql.splitlines(keepends=True):
            pending += line
            if sqlite3.complete_statement(pending):
                yield pending.strip()
                pending = ""
        if pending.strip() and not pending.strip().startswith("--"):
            yield pending.strip()


def migrations() -> list[Migration]:
    """The migrations shipped with newsbrief, oldest first."""
    folder = resources.files("newsbrief.serve.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def migrate(connection: sqlite3.Connection, path: Path, steps: list[Migration] | None = None) -> int:
    """Bring the database up to the newest schema, in one transaction; return its version.

    Several processes may open the same file at once: the write lock taken by
    BEGIN IMMEDIATE makes one of them migrate and the others find it done.
    """
    steps = migrations() if steps is None else steps
    known = steps[-1].version if steps else 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > known:
            raise error(UsageError, "E131", path=path, found=version, known=known)
        for step in steps:
            if step.version > version:
                for statement in step.statements():
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {step.version:d}")
                version = step.version
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return version
