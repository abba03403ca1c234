"""`newsbrief serve`: a web page and HTTP API over the library, with every brief kept in a store.

`create_app(settings)` builds the ASGI app (FastAPI); `run(settings)` serves it with uvicorn.
"""

from ._app import create_app
from ._run import run
from ._settings import ServeSettings

__all__ = ["ServeSettings", "create_app", "run"]
