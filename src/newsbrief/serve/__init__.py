"""`newsbrief serve`: a web page and HTTP API over the library, with every brief kept in a store.

`create_app(settings)` builds the ASGI app (FastAPI); `run(settings)` serves it with uvicorn. Both
need the `serve` extra (`pip install 'newsbrief[serve]'`); the store (`newsbrief.serve.store`) does not.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..errors import UsageError, error

__all__ = ["ServeSettings", "create_app", "run"]

_HOMES = {"ServeSettings": "._settings", "create_app": "._app", "run": "._run"}


def __getattr__(name: str) -> Any:
    """Import the web parts only when asked for, and say which extra they need when it is missing."""
    if name not in _HOMES:
        raise AttributeError(f"module 'newsbrief.serve' has no attribute {name!r}")
    try:
        module = importlib.import_module(_HOMES[name], __name__)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("fastapi", "starlette", "uvicorn", "pydantic", "swagger_ui_bundle"):
            raise error(UsageError, "E137", missing=exc.name.split(".")[0]) from None
        raise
    return getattr(module, name)
