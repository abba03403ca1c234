"""The ASGI app: the page, its static files, the HTTP API and its offline OpenAPI docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from .. import __version__
from ._briefing import Briefer
from ._errors import install_error_handlers
from ._middleware import BodyLimit, SecurityHeaders
from ._routes import router
from ._settings import ServeSettings
from .store import Store, open_store

__all__ = ["create_app"]

STATIC = Path(__file__).with_name("static")
DOCS = "/api/docs"
# Swagger UI (shipped by fastapi-offline, no CDN) starts itself with an inline script.
_DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)
DESCRIPTION = """Turn news articles into briefs: highlights traceable to their source sentences, the body in
sections under headings, and facts (people, organisations, places, quotes, dates).

Every error answer is JSON: `{"code": "E1xx", "message": "..."}`. When the service has an API token,
every write (POST, DELETE) needs the header `Authorization: Bearer TOKEN`."""


def create_app(settings: ServeSettings | None = None, *, store: Store | None = None) -> FastAPI:
    """The service for `settings` (default: the settings file's `[serve]`), keeping briefs in `store`.

    Without a `store`, the one that `settings` names is opened now, so a bad data folder
    is reported before the service starts listening.
    """
    settings = settings or ServeSettings.load()
    settings.check_exposure()
    store = store or open_store(settings.data_dir, settings.store)
    briefer = Briefer(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        briefer.close()
        store.close()

    app = FastAPIOffline(
        title="newsbrief",
        version=__version__,
        description=DESCRIPTION,
        docs_url=DOCS,
        redoc_url=None,
        static_url=f"{DOCS}/assets",
        favicon_url="/static/favicon.svg",
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.briefer = briefer
    install_error_handlers(app)
    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, policies={DOCS: _DOCS_POLICY})
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    return app
