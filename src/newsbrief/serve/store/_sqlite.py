"""The default store: one SQLite file in WAL mode, with FTS5 full-text search over articles and briefs."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from pathlib import Path

from ..._brief import Brief
from ...errors import UsageError, error
from ._base import BriefSummary, SearchHit, Store, StoredBrief, new_brief_id, summarise, utc_now
from ._migrate import migrate

__all__ = ["SQLiteStore", "fts_query"]

FILE_NAME = "briefs.sqlite3"
MAX_QUERY_WORDS = 32
_WORD = re.compile(r"\w+")
# Marks around matched words in FTS5 snippets: control characters, which article text never shows.
_OPEN, _CLOSE = "\x02", "\x03"
_SUMMARY_COLUMNS = "b.id, b.created, b.title, b.lead, b.url, b.words"


def fts_query(query: str) -> str:
    """An FTS5 query that finds every word of `query` (the last also as a prefix); E129 when it has none.

    Each word is quoted, so the user's text is never read as FTS5 syntax (AND, NEAR, "-", quotes).
    """
    words = _WORD.findall(query)[:MAX_QUERY_WORDS]
    if not words:
        raise error(UsageError, "E129", query=query)
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _summary(row: sqlite3.Row) -> BriefSummary:
    return BriefSummary(
        id=row["id"], created=row["created"], title=row["title"], lead=row["lead"], url=row["url"], words=row["words"]
    )


def _unmark(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet without its match marks, and where the marked words are in it."""
    plain: list[str] = []
    matches: list[tuple[int, int]] = []
    length = 0
    start = 0
    for char in snippet:
        if char == _OPEN:
            start = length
        elif char == _CLOSE:
            matches.append((start, length))
        else:
            plain.append(char)
            length += 1
    return "".join(plain), tuple(matches)


class SQLiteStore(Store):
    """Briefs in one SQLite file; each thread gets its own connection."""

    kind = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # Writers of this process take turns here: waiting on SQLite's own lock means sleeping and polling.
        self._write_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.version = migrate(self._connection(), self.path)
        except (OSError, sqlite3.Error) as exc:
            self.close()
            raise error(UsageError, "E130", path=self.path, detail=exc) from None
        except BaseException:
            self.close()
            raise

    @classmethod
    def in_folder(cls, data_dir: str | Path) -> SQLiteStore:
        """The store kept in `data_dir` (made if missing)."""
        return cls(Path(data_dir) / FILE_NAME)

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def save(self, brief: Brief) -> StoredBrief:
        brief_id = new_brief_id()
        summary = summarise(brief, brief_id, utc_now())
        data = brief.to_dict()
        data["id"] = brief_id
        stored = StoredBrief(summary=summary, data=data, markdown=brief.to_markdown(), html=brief.to_html())
        with self._write_lock:
            self._insert(brief_id, summary, brief, stored)
        return stored

    def _insert(self, brief_id: str, summary: BriefSummary, brief: Brief, stored: StoredBrief) -> None:
        self._connection().execute(
            "INSERT INTO briefs (id, created, title, lead, url, words, highlights, article, data, markdown, html)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                brief_id,
                summary.created,
                summary.title,
                summary.lead,
                summary.url,
                summary.words,
                "\n".join(h.text for h in brief.highlights),
                brief.text,
                json.dumps(stored.data, ensure_ascii=False),
                stored.markdown,
                stored.html,
            ),
        )

    def get(self, id: str) -> StoredBrief | None:
        row = (
            self._connection()
            .execute(f"SELECT {_SUMMARY_COLUMNS}, b.data, b.markdown, b.html FROM briefs b WHERE b.id = ?", (id,))
            .fetchone()
        )
        if row is None:
            return None
        return StoredBrief(
            summary=_summary(row), data=json.loads(row["data"]), markdown=row["markdown"], html=row["html"]
        )

    def delete(self, id: str) -> bool:
        with self._write_lock:
            return self._connection().execute("DELETE FROM briefs WHERE id = ?", (id,)).rowcount > 0

    def recent(self, limit: int = 20, offset: int = 0) -> list[BriefSummary]:
        rows = self._connection().execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM briefs b ORDER BY b.created DESC, b.seq DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [_summary(row) for row in rows]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        rows = self._connection().execute(
            f"SELECT {_SUMMARY_COLUMNS}, snippet(briefs_text, -1, ?, ?, '…', 24) AS snippet"
            " FROM briefs_text JOIN briefs b ON b.seq = briefs_text.rowid"
            " WHERE briefs_text MATCH ? ORDER BY bm25(briefs_text, 5.0, 3.0, 1.0), b.seq DESC LIMIT ?",
            (_OPEN, _CLOSE, fts_query(query), limit),
        )
        hits = []
        for row in rows:
            snippet, matches = _unmark(row["snippet"] or "")
            hits.append(SearchHit(summary=_summary(row), snippet=snippet, matches=matches))
        return hits

    def count(self) -> int:
        return int(self._connection().execute("SELECT count(*) FROM briefs").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()
        self._local = threading.local()
