"""JSON Lines (plain or gzip-compressed): one article a record, one error a bad line, never a stopped file.

A record has `article` or `text`, and may have `id`, `index_in_split`, `title`,
`published`, `url` and `highlights` (kept in `Item.extra` for scoring).
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from .._article import Article
from ..errors import InputError, NewsbriefError, error
from ._document import article_from_html, article_from_text, looks_like_html
from ._item import Item

__all__ = ["is_jsonl", "jsonl_items", "looks_like_jsonl", "open_jsonl"]

_OPTIONAL = {
    "id": ((str, int), "a string or a number"),
    "index_in_split": ((str, int), "a string or a number"),
    "title": ((str,), "a string"),
    "published": ((str,), "a string"),
    "url": ((str,), "a string"),
    "highlights": ((str, list), "a string or a list of strings"),
}
_CHUNK = 1 << 20


class Lines(Protocol):
    """What JSON Lines are read from: a binary file, gzip or not."""

    def readline(self, size: int = -1, /) -> bytes: ...


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith((".jsonl", ".jsonl.gz"))


def open_jsonl(path: Path) -> gzip.GzipFile | BinaryIO:
    """The file's bytes, decompressed when its name ends in .gz."""
    return gzip.GzipFile(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def looks_like_jsonl(text: str) -> bool:
    """True when the first line is a JSON object with an `article` or `text` field."""
    first = text.lstrip().split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and ("article" in record or "text" in record)


def jsonl_items(handle: Lines, shown: str, max_bytes: int) -> Iterator[Item]:
    """An item per non-blank line of `handle`; a damaged file ends with one error item for `shown`."""
    try:
        for number, line, size in _lines(handle, max_bytes):
            place = f"{shown}:{number}"
            extra: dict[str, Any] = {"source": shown, "line": number}
            if size > max_bytes:
                exc = error(InputError, "E074", line=number, path=shown, size=size, limit=max_bytes)
                yield Item(place, None, exc, extra)
                continue
            try:
                record, text = _record(line, number, shown)
            except NewsbriefError as exc:
                yield Item(place, None, exc, extra)
                continue
            item_id = _record_id(record, place)
            if record.get("highlights") is not None:
                extra["highlights"] = record["highlights"]
            try:
                article = _article(record, text, item_id)
            except NewsbriefError as exc:
                yield Item(item_id, None, exc, extra)
                continue
            yield Item(item_id, article, None, extra)
    except (OSError, EOFError, zlib.error) as exc:
        yield Item(shown, None, error(InputError, "E007", path=shown, detail=exc), {"source": shown})


def _lines(handle: Lines, max_bytes: int) -> Iterator[tuple[int, bytes, int]]:
    """(line number, line, its size) for each non-blank line; an over-long line comes back empty, with its size."""
    number = 0
    while line := handle.readline(max_bytes + 1):
        number += 1
        size = len(line)
        if size > max_bytes and not line.endswith(b"\n"):
            while not line.endswith(b"\n") and (line := handle.readline(_CHUNK)):
                size += len(line)
            yield number, b"", size
        elif line.strip():
            yield number, line, size


def _record(line: bytes, number: int, shown: str) -> tuple[dict[str, Any], str]:
    """The line's JSON object, its fields' types checked, and its article text."""
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise error(InputError, "E021", line=number, path=shown, detail=exc) from None
    if not isinstance(record, dict):
        raise error(InputError, "E022", line=number, path=shown)
    field = "article" if record.get("article") is not None else "text"
    if record.get(field) is None:
        raise error(InputError, "E022", line=number, path=shown)
    _check_type(record, field, ((str,), "a string"), number, shown)
    for name, expected in _OPTIONAL.items():
        _check_type(record, name, expected, number, shown)
    highlights = record.get("highlights")
    if isinstance(highlights, list) and not all(isinstance(h, str) for h in highlights):
        wanted = _OPTIONAL["highlights"][1]
        raise error(
            InputError, "E072", line=number, path=shown, field="highlights", expected=wanted, got="other things"
        )
    return record, record[field]


def _check_type(
    record: dict[str, Any], name: str, expected: tuple[tuple[type, ...], str], line: int, path: str
) -> None:
    value, (types, wanted) = record.get(name), expected
    if value is not None and (isinstance(value, bool) or not isinstance(value, types)):
        raise error(InputError, "E072", line=line, path=path, field=name, expected=wanted, got=_json_type(value))


def _json_type(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _record_id(record: dict[str, Any], place: str) -> str:
    for name in ("id", "index_in_split"):
        value = record.get(name)
        if value is not None and str(value).strip():
            return str(value).strip()
    return place


def _article(record: dict[str, Any], text: str, item_id: str) -> Article:
    url = record.get("url")
    if looks_like_html(text):
        article = article_from_html(text, id=item_id, url=url, source="jsonl")
        meta = dataclasses.replace(article.meta, published=record.get("published") or article.meta.published)
        return article.replace(title=record.get("title") or article.title, meta=meta)
    return article_from_text(
        text, id=item_id, title=record.get("title"), published=record.get("published"), url=url, source="jsonl"
    )
