"""The service's settings: the `[serve]` table of the settings file, with command-line overrides laid over it."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .._settings import load_settings
from ..errors import UsageError, error

__all__ = ["ServeSettings", "default_data_dir", "is_loopback"]

TOKEN_ENV = "NEWSBRIEF_TOKEN"

# Inclusive bounds of the numeric settings.
_BOUNDS: dict[str, tuple[float, float]] = {
    "port": (0, 65535),
    "max_body_bytes": (1, 2**40),
    "max_article_chars": (1, 2**40),
    "timeout": (0.001, 86400),
    "workers": (1, 256),
}


def default_data_dir() -> Path:
    """`$XDG_DATA_HOME/newsbrief`, else `~/.local/share/newsbrief`."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newsbrief"


def is_loopback(host: str) -> bool:
    """True for 'localhost' and loopback addresses (127.0.0.0/8, ::1), which only this machine can reach."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeSettings:
    """Where the service listens, where it keeps briefs, and the limits it holds every request to."""

    host: str = "127.0.0.1"
    port: int = 8484
    data_dir: Path = field(default_factory=default_data_dir)
    store: str = "sqlite"
    token: str = ""
    max_body_bytes: int = 6_000_000
    max_article_chars: int = 300_000
    timeout: float = 30.0
    workers: int = 2
    cors_origins: tuple[str, ...] = ()
    allow_private_addresses: bool = False

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> ServeSettings:
        """The `[serve]` settings (defaults, the user's file, NEWSBRIEF_TOKEN), then `overrides` not None."""
        table = load_settings(path)
        values: dict[str, Any] = dict(table.get("serve", {}))
        values["allow_private_addresses"] = table.get("fetch", {}).get("allow_private_addresses", False)
        if os.environ.get(TOKEN_ENV):
            values["token"] = os.environ[TOKEN_ENV]
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls.from_mapping(values)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> ServeSettings:
        """Settings from a plain mapping, each value checked; unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise error(UsageError, "E134", key=unknown[0], expected=f"one of {', '.join(sorted(known))}", value="?")
        settings = cls()
        checked = {key: _check(key, value, getattr(settings, key)) for key, value in values.items()}
        return replace(settings, **checked)

    @property
    def writes_need_token(self) -> bool:
        return bool(self.token)

    def check_exposure(self) -> None:
        """Refuse to listen beyond this machine without a token (E132)."""
        if not is_loopback(self.host) and not self.token:
            raise error(UsageError, "E132", host=self.host)


def _check(key: str, value: Any, default: Any) -> Any:
    """`value` converted to the type of the setting's default, or E134."""
    if key == "data_dir":
        return Path(value).expanduser() if str(value) else default_data_dir()
    if key == "cors_origins":
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise error(UsageError, "E134", key=key, expected="a list of origins", value=value)
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise error(UsageError, "E134", key=key, expected="true or false", value=value)
        return value
    if isinstance(default, (int, float)):
        low, high = _BOUNDS[key]
        number_ok = isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high
        if not number_ok or (isinstance(default, int) and not float(value).is_integer()):
            kind = "a whole number" if isinstance(default, int) else "a number"
            raise error(UsageError, "E134", key=key, expected=f"{kind} from {low:g} to {high:g}", value=value)
        return type(default)(value)
    if not isinstance(value, str):
        raise error(UsageError, "E134", key=key, expected="a string", value=value)
    return value
