"""Where briefs are kept: the `Store` interface and its SQLite implementation.

A PostgreSQL store would subclass `Store`, keep the same records, and be chosen
by `open_store` from the `[serve] store` setting.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import UsageError, error
from ._base import BriefSummary, SearchHit, Store, StoredBrief
from ._records import brief_from_record, keep_batch_lines
from ._sqlite import SQLiteStore

__all__ = [
    "BriefSummary",
    "SQLiteStore",
    "SearchHit",
    "Store",
    "StoredBrief",
    "brief_from_record",
    "keep_batch_lines",
    "open_store",
]

BACKENDS = {"sqlite": SQLiteStore.in_folder}


def open_store(data_dir: str | Path, kind: str = "sqlite") -> Store:
    """The store of kind `kind` kept in `data_dir`."""
    try:
        opener = BACKENDS[kind]
    except KeyError:
        raise error(UsageError, "E134", key="store", expected=f"one of {', '.join(BACKENDS)}", value=kind) from None
    return opener(data_dir)
