"""The HTTP API, called in-process: create, fetch, list, search, delete, health, and every bad request."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from importlib import resources

import jsonschema
import pytest
from fastapi.testclient import TestClient
from tests.inputs._server import local_server, page  # tests/inputs: the bounded loopback server

from newsbrief import Article
from newsbrief.serve import ServeSettings, create_app

from .conftest import STORY, fact_brief

SCRIPT_STORY = (
    "The library in Dunmore reopened on Saturday after a year of repairs. "
    "A visitor left a note that read <script>alert('hi')</script> on the front desk.\n\n"
    "The head librarian said the new reading room would stay open until nine."
)


def post(client: TestClient, headers: dict[str, str] | None = None, **body: object):
    return client.post("/api/briefs", json=body, headers=headers or {})


def test_health_says_what_the_service_keeps(client: TestClient) -> None:
    answer = client.get("/api/health")
    assert answer.status_code == 200
    assert answer.json() | {"version": "-"} == {
        "status": "ok",
        "version": "-",
        "store": "sqlite",
        "briefs": 0,
        "writes_need_token": False,
    }
    post(client, text=STORY)
    assert client.get("/api/health").json()["briefs"] == 1


def test_a_brief_from_text_is_kept_and_fetched_in_three_formats(client: TestClient) -> None:
    answer = post(client, text=STORY, highlights=2, title="Storm on the coast")
    assert answer.status_code == 201
    made = answer.json()
    assert answer.headers["location"] == f"/api/briefs/{made['id']}"
    assert made["text"] == STORY and made["title"] == "Storm on the coast"
    assert len(made["highlights"]) == 2
    for highlight in made["highlights"]:
        for index in highlight["sentences"]:
            sentence = made["sentences"][index]
            assert STORY[sentence["start"] : sentence["end"]] == sentence["text"]
    assert client.get(answer.headers["location"]).json() == made
    markdown = client.get(f"/api/briefs/{made['id']}", params={"format": "markdown"})
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# Storm on the coast") and made["highlights"][0]["text"] in markdown.text
    page = client.get(f"/api/briefs/{made['id']}", params={"format": "html"})
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>Storm on the coast</h1>" in page.text
    assert "script-src" not in page.headers["content-security-policy"]  # the rendered page runs no script


def test_briefs_answered_match_the_documented_schema(client: TestClient) -> None:
    schema = json.loads(resources.files("newsbrief").joinpath("schema", "brief.schema.json").read_text())
    jsonschema.validate(post(client, text=STORY).json(), schema)
    kept = client.app.state.store.save(fact_brief())
    with_facts = client.get(f"/api/briefs/{kept.summary.id}").json()
    jsonschema.validate(with_facts, schema)
    assert len(with_facts["places"]) == 5 and with_facts["quotes"][0]["direct"] is True


def test_article_text_is_escaped_in_the_rendered_page(client: TestClient) -> None:
    made = post(client, text=SCRIPT_STORY).json()
    page = client.get(f"/api/briefs/{made['id']}", params={"format": "html"}).text
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;" in page
    assert made["text"] == SCRIPT_STORY  # the JSON keeps the text as it was


def test_a_brief_from_html_uses_the_article_text_of_the_page(client: TestClient) -> None:
    page = (
        "<html><head><title>Ferry returns to Lindholm</title></head><body><nav>Home | Sport</nav><article>"
        "<h1>Ferry returns to Lindholm</h1>"
        "<p>The ferry to Lindholm island sailed again on Friday after three weeks in dry dock for repairs.</p>"
        "<p>Islanders had relied on a small water taxi, which could carry only twelve people at a time.</p>"
        "<p>The operator said timetables would return to normal from Monday, with an extra evening crossing.</p>"
        "</article></body></html>"
    )
    made = post(client, html=page).json()
    assert "dry dock" in made["text"] and "<p>" not in made["text"]
    assert made["title"] == "Ferry returns to Lindholm"
    assert made["meta"]["source"] == "html"


def test_list_is_newest_first_and_pages(client: TestClient) -> None:
    ids = [post(client, text=f"Story number {n} happened on the quay. It was brief.").json()["id"] for n in range(3)]
    listed = client.get("/api/briefs", params={"limit": 2}).json()
    assert [b["id"] for b in listed["briefs"]] == ids[::-1][:2]
    assert listed["total"] == 3
    rest = client.get("/api/briefs", params={"limit": 2, "offset": 2}).json()["briefs"]
    assert [b["id"] for b in rest] == [ids[0]]
    assert rest[0]["lead"] == "Story number 0 happens on the quay."  # the first highlight, in headline style


def test_search_finds_article_words_and_shows_where(client: TestClient) -> None:
    storm = post(client, text=STORY).json()
    post(client, text=SCRIPT_STORY)
    found = client.get("/api/search", params={"q": "engineers bergen"}).json()
    assert [r["id"] for r in found["results"]] == [storm["id"]]
    result = found["results"][0]
    marked = {result["snippet"][start:end].lower() for start, end in result["matches"]}
    assert marked == {"engineers", "bergen"}
    assert client.get("/api/search", params={"q": "librar"}).json()["results"][0]["id"] != storm["id"]
    assert client.get("/api/search", params={"q": "volcano"}).json()["results"] == []


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(storm", "-storm", "storm OR", "*", "a:b"])
def test_search_syntax_in_a_query_is_taken_as_words(client: TestClient, query: str) -> None:
    post(client, text=STORY)
    answer = client.get("/api/search", params={"q": query})
    assert answer.status_code in (200, 422)
    if answer.status_code == 422:
        assert answer.json()["code"] == "E129"


def test_search_needs_words(client: TestClient) -> None:
    answer = client.get("/api/search", params={"q": "!!!"})
    assert answer.status_code == 422 and answer.json()["code"] == "E129"
    missing = client.get("/api/search")
    assert missing.status_code == 422 and missing.json()["code"] == "E128"


def test_delete_forgets_a_brief(client: TestClient) -> None:
    made = post(client, text=STORY).json()
    assert client.delete(f"/api/briefs/{made['id']}").status_code == 204
    gone = client.get(f"/api/briefs/{made['id']}")
    assert gone.status_code == 404 and gone.json()["code"] == "E125"
    assert client.delete(f"/api/briefs/{made['id']}").status_code == 404
    assert client.get("/api/search", params={"q": "Bergen"}).json()["results"] == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "E121"),
        ({"text": STORY, "url": "https://example.org/a"}, "E121"),
        ({"text": "   \n"}, "E001"),
        ({"text": "A story.\x00\x01 with NUL"}, "E002"),
        ({"text": 42}, "E128"),
        ({"text": STORY, "colour": "red"}, "E128"),
        ({"text": STORY, "highlights": 0}, "E128"),
        ({"text": STORY, "pipeline": ["segment", "nonsense"]}, "E030"),
        ({"text": STORY, "pipeline": ["lead"]}, "E032"),
        ({"html": "<html><body><script>var a = 1;</script></body></html>"}, "E005"),
        ({"url": "file:///etc/passwd"}, "E010"),
        ({"url": "relative/path.html"}, "E010"),
    ],
)
def test_a_bad_request_is_a_4xx_with_a_code_and_message(client: TestClient, body: dict, code: str) -> None:
    answer = post(client, **body)
    assert 400 <= answer.status_code < 500
    assert answer.json()["code"] == code
    assert answer.json()["message"].startswith(f"[{code}] ")


@pytest.mark.parametrize("body", [b"{text: oops", b"\xff\xfe\x00binary\x9c", b"[1, 2]", b""])
def test_a_body_that_is_not_a_json_object_is_a_422(client: TestClient, body: bytes) -> None:
    answer = client.post("/api/briefs", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert answer.json()["code"] == "E128"


def test_a_body_that_is_not_json_says_so(client: TestClient) -> None:
    answer = client.post("/api/briefs", content=b"text=hello", headers={"content-type": "application/json"})
    assert "not valid JSON" in answer.json()["message"]


def test_unknown_paths_and_methods_answer_json(client: TestClient) -> None:
    assert client.get("/api/nothing-here").json()["code"] == "E135"
    wrong = client.put("/api/health")
    assert wrong.status_code == 405 and wrong.json()["code"] == "E135"


def test_limits_on_body_and_article_length(settings: ServeSettings) -> None:
    small = replace(settings, max_body_bytes=3000, max_article_chars=400)
    with TestClient(create_app(small)) as client:
        too_big = post(client, text="word " * 1000)
        assert too_big.status_code == 413 and too_big.json()["code"] == "E123"
        too_long = post(client, text="A sentence of the story. " * 20)
        assert too_long.status_code == 413 and too_long.json()["code"] == "E122"
        paragraphs = "".join(
            f"<p>Paragraph {n} of a page that is far longer than the limit allows.</p>" for n in range(12)
        )
        long_page = post(client, html=f"<html><body><article>{paragraphs}</article></body></html>")
        assert long_page.status_code == 413 and long_page.json()["code"] == "E122"
        assert post(client, text="A short story. It fits.").status_code == 201


def test_a_brief_over_the_time_limit_is_a_503(settings: ServeSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_brief(*args: object, **kwargs: object) -> None:
        time.sleep(1.0)

    monkeypatch.setattr("newsbrief.serve._briefing.brief", slow_brief)
    with TestClient(create_app(replace(settings, timeout=0.2))) as client:
        started = time.monotonic()
        answer = post(client, text=STORY)
        assert answer.status_code == 503 and answer.json()["code"] == "E124"
        assert time.monotonic() - started < 0.9


def test_a_url_goes_through_the_input_layer_with_its_fetch_rules(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def load_article(source: str, *, allow_private_addresses: bool = False) -> Article:
        calls.append((source, allow_private_addresses))
        return Article(text=STORY, title="Fetched")

    monkeypatch.setattr("newsbrief.serve._fetch.load_article", load_article)
    made = post(client, url=" https://news.example.org/storm ").json()
    assert calls == [("https://news.example.org/storm", False)]
    assert made["title"] == "Fetched" and made["text"] == STORY


def test_an_internal_failure_is_a_json_500_without_a_traceback(
    settings: ServeSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(settings)

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.state.store, "save", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = post(client, text=STORY)
    assert answer.status_code == 500
    assert answer.json()["code"] == "E120" and "Traceback" not in answer.text and "disk on fire" not in answer.text


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/story", "http://[::1]:9/story", "http://localhost:9/story"])
def test_a_url_on_a_private_address_is_refused(client: TestClient, url: str) -> None:
    answer = post(client, url=url)
    assert answer.status_code == 422
    assert answer.json()["code"] == "E011"


def test_when_allowed_a_page_on_loopback_is_fetched_and_briefed(settings: ServeSettings) -> None:
    html = (
        "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        "<p>The old bridge at Kellby reopened to cars on Sunday after a month of repairs to its deck.</p>"
        "<p>Buses will use it again from Monday, the council said, and the ferry detour will end.</p>"
        "</article></body></html>"
    )
    with (
        local_server({"/bridge": page(html)}) as base,
        TestClient(create_app(replace(settings, allow_private_addresses=True))) as client,
    ):
        answer = post(client, url=f"{base}/bridge")
    assert answer.status_code == 201
    made = answer.json()
    assert made["title"] == "Bridge reopens" and "ferry detour" in made["text"]
    assert made["meta"]["url"] == f"{base}/bridge"


def test_a_request_can_ask_for_the_articles_own_sentences(client: TestClient) -> None:
    text = "The ferry sailed again on Friday after a week of storms. Islanders cheered on the quay."
    styled = post(client, text=text, highlights=2).json()["highlights"]
    plain = post(client, text=text, highlights=2, headline=False).json()["highlights"]
    assert [h["text"] for h in styled] == ["The ferry sails again on Friday after a week of storms.", "Islanders cheer on the quay."]
    assert [h["text"] for h in plain] == [h["source"] for h in styled] == text.replace(". ", ".|").split("|")
