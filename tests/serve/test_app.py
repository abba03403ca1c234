"""The app as a whole: the token on writes, exposure beyond loopback, CORS, security headers, offline page and docs."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsbrief.errors import UsageError
from newsbrief.serve import ServeSettings, create_app
from newsbrief.serve._app import STATIC

from .conftest import STORY


@pytest.fixture
def guarded(settings: ServeSettings) -> TestClient:
    return TestClient(create_app(replace(settings, token="s3cret-token")))


def test_with_a_token_every_write_needs_it(guarded: TestClient) -> None:
    missing = guarded.post("/api/briefs", json={"text": STORY})
    assert missing.status_code == 401 and missing.json()["code"] == "E126"
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = guarded.post("/api/briefs", json={"text": STORY}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["code"] == "E127"
    right = {"Authorization": "Bearer s3cret-token"}
    made = guarded.post("/api/briefs", json={"text": STORY}, headers=right)
    assert made.status_code == 201
    brief_id = made.json()["id"]
    assert guarded.get(f"/api/briefs/{brief_id}").status_code == 200  # reading needs no token
    assert guarded.get("/api/health").json()["writes_need_token"] is True
    assert guarded.delete(f"/api/briefs/{brief_id}").status_code == 401
    assert guarded.delete(f"/api/briefs/{brief_id}", headers=right).status_code == 204


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_listening_beyond_this_machine_needs_a_token(settings: ServeSettings, host: str) -> None:
    with pytest.raises(UsageError, match=r"\[E132\]"):
        create_app(replace(settings, host=host))
    assert create_app(replace(settings, host=host, token="t0ken")) is not None


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
def test_loopback_needs_no_token(settings: ServeSettings, host: str) -> None:
    assert create_app(replace(settings, host=host)) is not None


def test_cors_is_off_unless_configured(settings: ServeSettings) -> None:
    origin = {"Origin": "http://elsewhere.example"}
    plain = TestClient(create_app(settings))
    assert "access-control-allow-origin" not in plain.get("/api/health", headers=origin).headers
    preflight = {**origin, "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in plain.options("/api/briefs", headers=preflight).headers
    opened = TestClient(create_app(replace(settings, cors_origins=("http://elsewhere.example",))))
    assert opened.get("/api/health", headers=origin).headers["access-control-allow-origin"] == origin["Origin"]
    assert opened.options("/api/briefs", headers=preflight).status_code == 200
    stranger = {"Origin": "http://stranger.example"}
    assert "access-control-allow-origin" not in opened.get("/api/health", headers=stranger).headers


def test_the_page_is_served_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'id="brief-form"' in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in re.findall(r'(?:src|href)="([^"#]+)"', page.text):
        if asset.startswith("/static/"):
            assert client.get(asset).status_code == 200, asset


def test_the_page_and_its_assets_name_no_other_host() -> None:
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        hosts = set(re.findall(r"https?://(\w[\w.-]*\.[a-z]{2,})", text)) - {
            "www.w3.org"
        }  # the SVG namespace is a name only
        assert not hosts, f"{path.name} refers to {hosts}"


def test_the_world_outline_is_shipped_and_covers_the_world() -> None:
    world = json.loads((STATIC / "world.json").read_text(encoding="utf-8"))
    assert len(world["countries"]) > 150
    assert {"FRA", "BRA", "AUS", "JPN"} <= {c["iso"] for c in world["countries"]}
    xs = [float(v) for c in world["countries"] for v in re.findall(r"[\d.]+", c["d"])[::2]]
    assert 0 <= min(xs) < 5 and 355 < max(xs) <= 360
    assert (STATIC / "world.json").stat().st_size < 150_000


def test_openapi_documents_every_endpoint_and_the_docs_work_offline(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/briefs", "/api/briefs/{brief_id}", "/api/search", "/api/health"} <= set(spec["paths"])
    assert {"get", "post"} <= set(spec["paths"]["/api/briefs"])
    assert {"get", "delete"} <= set(spec["paths"]["/api/briefs/{brief_id}"])
    assert "BriefRequest" in spec["components"]["schemas"]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert spec["paths"]["/api/briefs"]["post"]["security"] == [{"HTTPBearer": []}]
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    scripts = re.findall(r'src="([^"]+)"', docs.text) + re.findall(r'href="([^"]+\.css)"', docs.text)
    assert scripts and all(s.startswith("/api/docs/assets/") for s in scripts)
    assert all(client.get(s).status_code == 200 for s in scripts)


def test_the_store_lives_in_the_data_folder(settings: ServeSettings) -> None:
    with TestClient(create_app(settings)) as client:
        client.post("/api/briefs", json={"text": STORY})
    files = {path.name for path in Path(settings.data_dir).iterdir()}
    assert "briefs.sqlite3" in files
