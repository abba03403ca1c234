"""Briefs back from their JSON records, so that a batch's output lines can be kept in a store."""

from __future__ import annotations

import dataclasses
import json
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from ..._article import Article, Span
from ..._brief import Brief

__all__ = ["brief_from_record", "keep_batch_lines"]


def _build(kind: Any, value: Any) -> Any:
    """`value` (as `to_plain` left it) rebuilt as `kind`, following the model's type hints."""
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        return _build(next(arg for arg in get_args(kind) if arg is not type(None)), value)
    if kind is Span:
        return Span(value["start"], value["end"])
    if origin is tuple:
        args = get_args(kind)
        if isinstance(value, dict):  # Meta.versions: pairs written as a mapping
            value = list(value.items())
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], item) for item in value)
        return tuple(_build(arg, item) for arg, item in zip(args, value, strict=True))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        return kind(**{key: _build(hints[key], item) for key, item in value.items() if key in hints})
    return value


def brief_from_record(record: dict[str, Any]) -> Brief:
    """The `Brief` whose `to_dict()` gave `record` (paragraph spans, headings and tokens are not in a record)."""
    return Brief(_build(Article, record))


@contextmanager
def keep_batch_lines(data_dir: str | Path, kind: str = "sqlite") -> Iterator[Callable[[bool, str], None]]:
    """An `on_line(ok, line)` for `run_batch` that keeps each brief line in the store in `data_dir`.

    Error lines are not kept. The store is closed when the block ends.
    """
    from . import open_store

    with open_store(data_dir, kind) as store:

        def keep(ok: bool, line: str) -> None:
            if ok:
                store.save(brief_from_record(json.loads(line)))

        yield keep
