"""The brief page in a real headless Chromium, against `newsbrief serve` started as a person would start it."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from newsbrief.serve.store import SQLiteStore

from .conftest import fact_brief

CHROMIUM = Path(os.environ.get("NEWSBRIEF_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MARKET_STORY = (
    "The town council of Millbrook voted on Tuesday to turn the old rail depot into a covered market. "
    "The vote ended a four-year argument over the empty site by the river.\n\n"
    "The plan passed by seven votes to four and will cost about 3.2 million crowns. "
    "Stall rents will be capped for the first two years.\n\n"
    "Traders who sell from vans near the old mill welcomed the decision. "
    "Some residents said the council had ignored their worries about parking near the bridge."
)
SCRIPT_STORY = (
    "A protest gathered outside the Millbrook town hall before the vote. "
    "One sign read <script>window.__pwned = 1</script> and was taken away by a steward.\n\n"
    'Another sign, <img src=x onerror="window.__pwned = 2">, stayed up all afternoon.'
)


@dataclass(frozen=True)
class Service:
    address: str
    fact_id: str


def _first_line(stream: object, timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()  # type: ignore[attr-defined]
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        return ""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """`newsbrief serve --port 0` on a store that already holds a brief with facts set by hand."""
    data = tmp_path_factory.mktemp("data")
    with SQLiteStore.in_folder(data) as store:
        fact_id = store.save(fact_brief()).summary.id
    env = {key: value for key, value in os.environ.items() if key not in ("NEWSBRIEF_TOKEN", "NEWSBRIEF_CONFIG")}
    command = [sys.executable, "-m", "newsbrief.cli", "serve", "--port", "0", "--data-dir", str(data)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = _first_line(process.stdout, timeout=30)
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        if not found:
            process.kill()
            pytest.fail(f"newsbrief serve printed no address: {line!r} {process.stderr.read()!r}")
        assert httpx.get(found[0] + "api/health", timeout=10).json()["status"] == "ok"
        yield Service(found[0], fact_id)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: run .ci/install-browser, or set NEWSBRIEF_CHROMIUM")
    with sync_playwright() as playwright:
        # Each launch gets a fresh, temporary profile (user data dir) of its own.
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda problem: errors.append(str(problem)))
    yield opened
    context.close()
    assert errors == [], f"script errors on the page: {errors}"


def make_brief(page: Page, service: Service, story: str, highlights: int = 3, title: str = "") -> None:
    page.goto(service.address)
    page.fill("#article-text", story)
    page.fill("#article-title", title)
    page.select_option("#highlight-count", str(highlights))
    page.click("#brief-button")
    expect(page.locator("#brief")).to_be_visible(timeout=15_000)


def test_paste_a_story_click_a_highlight_and_see_its_source_sentence_marked(page: Page, service: Service) -> None:
    make_brief(page, service, MARKET_STORY, highlights=3)
    highlights = page.locator(".highlight")
    expect(highlights).to_have_count(3)
    first, second = highlights.nth(0), highlights.nth(1)

    first.hover()
    source = page.locator(f"#s{first.get_attribute('data-sentences').split()[0]}")
    expect(source).to_have_class(re.compile(r"\bhover\b"))

    second.click()
    index = second.get_attribute("data-sentences").split()[0]
    marked = page.locator(f"#s{index}")
    expect(marked).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator(".sentence.selected")).to_have_count(1)
    assert marked.text_content() == second.text_content()
    assert marked.text_content() in MARKET_STORY
    expect(marked).to_be_in_viewport()

    expect(page.locator("#map svg")).to_be_visible()
    expect(page.locator("#places")).to_contain_text("No places mentioned")
    expect(page.locator(".brief-link[aria-current]")).to_contain_text(first.text_content()[:40])  # untitled: its first highlight


def test_markup_in_a_story_shows_as_text_and_never_runs(page: Page, service: Service) -> None:
    title = '<b>Bold</b> <img src=x onerror="window.__pwned = 3">'
    make_brief(page, service, SCRIPT_STORY, title=title)
    expect(page.locator("#story")).to_contain_text("<script>window.__pwned = 1</script>")
    expect(page.locator("#brief-title")).to_have_text(title)
    assert page.locator("#main script, #main img, #main b").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_a_brief_with_facts_shows_people_organisations_quotes_and_a_map(page: Page, service: Service) -> None:
    page.goto(f"{service.address}#/b/{service.fact_id}")
    expect(page.locator("#brief-title")).to_have_text("Storm floods harbour towns on the Norland coast")
    markers = page.locator("#map g.marker")
    expect(markers).to_have_count(4)
    assert {markers.nth(i).get_attribute("data-name") for i in range(4)} == {"Eastport", "Kellby", "Bergen", "Oslo"}
    assert page.locator("#map .land path").count() > 150
    expect(page.locator("#places")).to_contain_text("Norland")
    expect(page.locator("#places")).to_contain_text("not located")
    expect(page.locator("#people")).to_contain_text("Ingrid Salo")
    expect(page.locator("#people")).to_contain_text("Erna Vik")
    expect(page.locator("#orgs")).to_contain_text("Nordnett")
    expect(page.locator("#quotes q")).to_have_text("We have never seen the water this high in the old town")
    expect(page.locator("#quotes cite")).to_have_text("— Mayor Ingrid Salo")
    expect(page.locator("h2.section-heading")).to_have_text("Power and weather")

    page.locator("#map g.marker[data-name='Oslo']").click()
    expect(page.locator(".sentence.selected")).to_contain_text("Oslo")


def test_the_search_box_finds_briefs_by_their_words(page: Page, service: Service) -> None:
    page.goto(service.address)
    page.fill("#search", "Bergen engineers")
    found = page.locator(f".brief-link[data-id='{service.fact_id}']")
    expect(found).to_be_visible()
    expect(found.locator("mark").first).to_have_text(re.compile("Bergen|Engineers", re.IGNORECASE))
    expect(page.locator("#list-title")).to_contain_text("Bergen engineers")


def test_an_html_file_can_be_given(page: Page, service: Service) -> None:
    html = (
        "<html><head><title>Night ferry added</title></head><body><article><h1>Night ferry added</h1>"
        "<p>A night ferry between Lindholm and the mainland will run from June, the operator said on Monday.</p>"
        "<p>It will leave the island at eleven and return at half past midnight, on weekends only.</p>"
        "</article></body></html>"
    )
    page.goto(service.address)
    page.click(".tab[data-tab='file']")
    page.set_input_files(
        "#article-file", files=[{"name": "ferry.html", "mimeType": "text/html", "buffer": html.encode()}]
    )
    expect(page.locator("#file-name")).to_contain_text("ferry.html")
    page.click("#brief-button")
    expect(page.locator("#brief-title")).to_have_text("Night ferry added", timeout=15_000)
    expect(page.locator("#story")).to_contain_text("half past midnight")


def test_a_refused_request_shows_its_message(page: Page, service: Service) -> None:
    page.goto(service.address)
    page.click("#brief-button")
    expect(page.locator("#status")).to_contain_text("Paste a story first")
    page.click(".tab[data-tab='url']")
    page.fill("#article-url", "http://127.0.0.1:1/private")
    page.click("#brief-button")
    expect(page.locator("#status.error")).to_contain_text(re.compile(r"\[E\d{3}\]"))
    expect(page.locator("#compose")).to_be_visible()


def test_the_api_docs_render_without_a_network(page: Page, service: Service) -> None:
    page.goto(service.address + "api/docs")
    expect(page.locator(".opblock-summary-path").first).to_be_visible(timeout=15_000)
    paths = set(page.locator(".opblock-summary-path").all_text_contents())
    assert {"/api/briefs", "/api/briefs/{brief_id}", "/api/search", "/api/health"} <= {
        p.replace("\u200b", "") for p in paths
    }
