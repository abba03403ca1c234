"""One settings table: the defaults shipped in `settings.toml`, with a user's file laid over them."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import UsageError, error

__all__ = ["load_settings"]


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("newsbrief").joinpath("settings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_settings(path: str | Path | None = None) -> dict[str, Any]:
    """The defaults, with `path` (or the file named by NEWSBRIEF_CONFIG) laid over them."""
    path = path or os.environ.get("NEWSBRIEF_CONFIG")
    settings = _defaults()
    if not path:
        return settings
    try:
        user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(UsageError, "E034", path=path, detail=exc) from None
    return _merge(settings, user)
