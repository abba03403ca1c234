"""Reading articles with their reference highlights from JSON Lines (plain or gzip)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError, error

__all__ = ["ScoredItem", "read_items"]


@dataclass(frozen=True, slots=True)
class ScoredItem:
    """One article and its reference highlights (one bullet per line)."""

    id: str
    article: str
    reference: tuple[str, ...]


def _open(path: Path) -> IO[str]:
    with open(path, "rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    if gzipped:
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_items(path: str | Path, limit: int | None = None) -> Iterator[ScoredItem]:
    """The first `limit` (default all) items of a JSON Lines file with `article` and `highlights` fields."""
    path = Path(path)
    if not path.is_file():
        raise error(InputError, "E006", path=path)
    count = 0
    try:
        with _open(path) as lines:
            for number, line in enumerate(lines, 1):
                if limit is not None and count >= limit:
                    return
                if not line.strip():
                    continue
                yield _item(path, number, line)
                count += 1
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise error(InputError, "E007", path=path, detail=exc) from None


def _item(path: Path, number: int, line: str) -> ScoredItem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise error(InputError, "E021", line=number, path=path, detail=exc) from None
    if not isinstance(record, dict):
        raise error(InputError, "E021", line=number, path=path, detail="not a JSON object")
    text = record.get("article", record.get("text"))
    if not isinstance(text, str):
        raise error(InputError, "E022", line=number, path=path)
    reference = record.get("highlights")
    if isinstance(reference, list):
        reference = "\n".join(str(part) for part in reference)
    if not isinstance(reference, str) or not reference.strip():
        raise error(InputError, "E050", path=f"{path}, line {number}")
    bullets = tuple(part.strip() for part in reference.split("\n") if part.strip())
    return ScoredItem(str(record.get("id", number)), text, bullets)
