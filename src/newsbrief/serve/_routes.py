"""The HTTP API: create, fetch, list, search and delete briefs; health."""

from __future__ import annotations

import secrets
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import __version__
from ..errors import UsageError, error
from ._briefing import Briefer
from ._models import (
    BriefDocument,
    BriefList,
    BriefRequest,
    ErrorAnswer,
    Health,
    SearchResult,
    SearchResults,
    SummaryOut,
)
from ._settings import ServeSettings
from .store import Store, StoredBrief

__all__ = ["router"]

# A rendered brief is a standalone page with its own inline style and no script at all.
_RENDERED_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
_ERRORS: dict[int | str, dict[str, Any]] = {status: {"model": ErrorAnswer} for status in (404, 413, 422, 500)}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {**_ERRORS, 401: {"model": ErrorAnswer}, 403: {"model": ErrorAnswer}}


def _settings(request: Request) -> ServeSettings:
    return request.app.state.settings


def _store(request: Request) -> Store:
    return request.app.state.store


def _briefer(request: Request) -> Briefer:
    return request.app.state.briefer


_bearer = HTTPBearer(auto_error=False, description="The service's API token, when it has one (writes only).")


def require_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """Every write needs the service's token when it has one: `Authorization: Bearer TOKEN`."""
    token = _settings(request).token
    if not token:
        return
    if credentials is None or not credentials.credentials.strip():
        raise error(UsageError, "E126")
    if not secrets.compare_digest(credentials.credentials.strip().encode(), token.encode()):
        raise error(UsageError, "E127")


router = APIRouter(prefix="/api")


@router.get("/health", response_model=Health, tags=["service"])
def health(request: Request) -> Health:
    """Whether the service is up, what it keeps, and whether writes need a token."""
    store = _store(request)
    return Health(
        status="ok",
        version=__version__,
        store=store.kind,
        briefs=store.count(),
        writes_need_token=_settings(request).writes_need_token,
    )


@router.post(
    "/briefs",
    status_code=201,
    response_model=BriefDocument,
    responses={**_WRITE_ERRORS, 502: {"model": ErrorAnswer}, 503: {"model": ErrorAnswer}},
    dependencies=[Depends(require_token)],
    tags=["briefs"],
)
async def create_brief(body: BriefRequest, request: Request) -> JSONResponse:
    """Brief an article given as text, HTML or a URL, keep the brief, and return it (its `id` is the store's)."""
    stored = await _briefer(request).brief_and_keep(body, _store(request))
    location = f"/api/briefs/{stored.summary.id}"
    return JSONResponse(stored.data, status_code=201, headers={"Location": location})


@router.get("/briefs", response_model=BriefList, tags=["briefs"])
def list_briefs(
    request: Request,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
) -> BriefList:
    """Kept briefs, newest first."""
    store = _store(request)
    briefs = [SummaryOut.of(summary) for summary in store.recent(limit, offset)]
    return BriefList(briefs=briefs, total=store.count(), limit=limit, offset=offset)


def _stored(request: Request, brief_id: str) -> StoredBrief:
    stored = _store(request).get(brief_id)
    if stored is None:
        raise error(UsageError, "E125", id=brief_id)
    return stored


@router.get(
    "/briefs/{brief_id}",
    response_model=BriefDocument,
    responses={
        **_ERRORS,
        200: {"content": {"text/markdown": {}, "text/html": {}}, "description": "The brief in the format asked for."},
    },
    tags=["briefs"],
)
def get_brief(
    request: Request,
    brief_id: str,
    format: Literal["json", "markdown", "html"] = Query("json", description="json, markdown or html"),
) -> Response:
    """One brief, as JSON (the default), Markdown, or a standalone HTML page."""
    stored = _stored(request, brief_id)
    if format == "markdown":
        return PlainTextResponse(stored.markdown, media_type="text/markdown; charset=utf-8")
    if format == "html":
        return HTMLResponse(stored.html, headers={"Content-Security-Policy": _RENDERED_POLICY})
    return JSONResponse(stored.data)


@router.delete(
    "/briefs/{brief_id}",
    status_code=204,
    responses=_WRITE_ERRORS,
    dependencies=[Depends(require_token)],
    tags=["briefs"],
)
def delete_brief(request: Request, brief_id: str) -> Response:
    """Forget one brief."""
    if not _store(request).delete(brief_id):
        raise error(UsageError, "E125", id=brief_id)
    return Response(status_code=204)


@router.get("/search", response_model=SearchResults, responses=_ERRORS, tags=["briefs"])
def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description="Words to find; the last also as a prefix."),
    limit: int = Query(20, ge=1, le=100),
) -> SearchResults:
    """Briefs whose title, highlights or article hold every word of `q`, best match first."""
    hits = _store(request).search(q, limit)
    return SearchResults(query=q, results=[SearchResult.of_hit(hit) for hit in hits])
