"""Every failure of a request becomes a JSON answer with an error code; a bad request is never a 500."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import FetchError, InputError, NewsbriefError, UsageError, error

__all__ = ["error_response", "install_error_handlers", "status_of"]

log = logging.getLogger("newsbrief.serve")

# Codes whose HTTP status is not the one their kind gives.
_STATUS = {
    "E003": 413,
    "E016": 413,
    "E122": 413,
    "E123": 413,
    "E124": 503,
    "E125": 404,
    "E126": 401,
    "E127": 403,
    "E010": 422,
    "E011": 422,
    "E017": 422,
    "E073": 422,
}


def status_of(exc: NewsbriefError) -> int:
    """The HTTP status for a newsbrief error: the request's fault (4xx), the fetched site's (502), or ours (500)."""
    if exc.code in _STATUS:
        return _STATUS[exc.code]
    if isinstance(exc, FetchError):
        return 502
    if isinstance(exc, (UsageError, InputError)):
        return 422
    return 500


def error_response(exc: NewsbriefError, status: int | None = None, details: list[dict] | None = None) -> JSONResponse:
    body: dict = {"code": exc.code, "message": str(exc)}
    if details:
        body["details"] = details
    headers = {"WWW-Authenticate": "Bearer"} if exc.code == "E126" else None
    return JSONResponse(body, status_code=status or status_of(exc), headers=headers)


async def _newsbrief_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NewsbriefError)
    status = status_of(exc)
    if status == 500:
        log.error("%s %s failed: %s", request.method, request.url.path, exc)
    return error_response(exc, status)


def _problem(problem: dict) -> str:
    if problem.get("type") == "json_invalid":
        return f"the body is not valid JSON ({problem.get('ctx', {}).get('error', 'malformed')})"
    return str(problem.get("msg", ""))


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"where": ".".join(str(part) for part in problem.get("loc", ())), "problem": _problem(problem)}
        for problem in exc.errors()
    ]
    summary = "; ".join(f"{d['where']}: {d['problem']}" for d in details[:5]) or "malformed request"
    return error_response(error(UsageError, "E128", detail=summary), 422, details)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        problem = "the body could not be read as JSON text (is it UTF-8?)"
        return error_response(error(UsageError, "E128", detail=problem), 422)
    if exc.status_code == 404 and exc.detail == "Not Found":
        detail = f"no page or endpoint at '{request.url.path}'"
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed on '{request.url.path}'"
    else:
        detail = str(exc.detail)
    answer = error_response(error(UsageError, "E135", status=exc.status_code, detail=detail), exc.status_code)
    for name, value in (exc.headers or {}).items():
        answer.headers[name] = value
    return answer


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    return error_response(error(NewsbriefError, "E120", detail=type(exc).__name__), 500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(NewsbriefError, _newsbrief_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
