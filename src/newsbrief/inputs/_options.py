"""How inputs are read: the settings' `[input]` and `[fetch]` tables, with a caller's overrides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import __version__
from .._settings import load_settings

__all__ = ["ReadOptions", "read_options"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """Limits and permissions for reading one or many inputs."""

    max_bytes: int
    timeout: float
    max_redirects: int
    allow_private_addresses: bool
    any_language: bool
    feed_min_words: int
    user_agent: str


def read_options(
    *,
    allow_private_addresses: bool = False,
    any_language: bool = False,
    max_bytes: int | None = None,
    timeout: float | None = None,
    settings: dict[str, Any] | None = None,
) -> ReadOptions:
    """The settings, with what the caller passed laid over them (a flag can only widen a permission)."""
    settings = settings if settings is not None else load_settings()
    given, fetch = settings.get("input", {}), settings.get("fetch", {})
    return ReadOptions(
        max_bytes=int(max_bytes if max_bytes is not None else given.get("max_bytes", 5_000_000)),
        timeout=float(timeout if timeout is not None else fetch.get("timeout", 15.0)),
        max_redirects=int(fetch.get("max_redirects", 5)),
        allow_private_addresses=allow_private_addresses or bool(fetch.get("allow_private_addresses", False)),
        any_language=any_language or not given.get("english_only", True),
        feed_min_words=int(given.get("feed_min_words", 80)),
        user_agent=str(fetch.get("user_agent", "newsbrief/{version}")).format(version=__version__),
    )
