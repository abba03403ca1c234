"""The ASGI app: the page, its static files, the HTTP API and its offline OpenAPI docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from .. import __version__
from ._briefing import Briefer
from ._errors import install_error_handlers
from ._middleware import BodyLimit, SecurityHeaders
from ._routes import router
from ._settings import ServeSettings
from .store import Store, open_store

__all__ = ["create_app"]

STATIC = Path(__file__).with_name("static")
# Swagger UI starts itself with an inline script.
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

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
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

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        answer = get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="newsbrief API",
            swagger_js_url="/api/docs/assets/swagger-ui-bundle.js",
            swagger_css_url="/api/docs/assets/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )
        answer.headers["Content-Security-Policy"] = _DOCS_POLICY
        return answer

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/api/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    return app
