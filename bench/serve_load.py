"""Load benchmark of `newsbrief serve`: N clients on loopback post articles for a bounded time.

Starts its own service on 127.0.0.1 (a fresh store in a temporary folder) unless --url names one, which
must be on loopback. Each client posts made-up articles one after another until --seconds pass or
--max-requests have been sent. Reports requests/s, p50 and p99 latency, and errors (zero expected),
beside a baseline measured in the same run: briefing the same articles in-process, one at a time.

    python bench/serve_load.py --clients 8 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx

import newsbrief
from newsbrief.serve._settings import is_loopback

TOWNS = ["Eastport", "Kellby", "Millbrook", "Tolvik", "Dunmore", "Lindholm", "Ashford Bay", "Greyhaven"]
SUBJECTS = [
    "the council",
    "the harbour board",
    "rescue crews",
    "local traders",
    "the school board",
    "the ferry operator",
]
VERBS = ["approved", "delayed", "rejected", "announced", "questioned", "welcomed"]
OBJECTS = ["a new bridge", "the budget", "a night market", "longer opening hours", "the flood wall", "a bus route"]


def made_up_article(rng: random.Random, paragraphs: int = 6) -> str:
    """A made-up local news story of about 300 words."""
    parts = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            town, subject = rng.choice(TOWNS), rng.choice(SUBJECTS)
            sentences.append(
                f"In {town}, {subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)} on "
                f"{rng.choice(['Monday', 'Tuesday', 'Friday'])} after {rng.randint(2, 40)} weeks of talks."
            )
        parts.append(" ".join(sentences))
    return "\n\n".join(parts)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


@contextmanager
def own_service() -> Iterator[str]:
    """`newsbrief serve --port 0` on a fresh store; yields its address."""
    with tempfile.TemporaryDirectory() as data:
        command = [sys.executable, "-m", "newsbrief.cli", "serve", "--port", "0", "--data-dir", data]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        try:
            line = process.stdout.readline() if process.stdout else ""
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            if not found:
                raise SystemExit(f"the service did not start: {line!r}")
            yield found[0]
        finally:
            process.terminate()
            process.wait(timeout=15)


async def load(address: str, articles: list[str], clients: int, seconds: float, max_requests: int) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    deadline = time.monotonic() + seconds

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal sent
        while time.monotonic() < deadline and sent < max_requests:
            article = articles[sent % len(articles)]
            sent += 1
            started = time.perf_counter()
            try:
                answer = await http.post("/api/briefs", json={"text": article})
                if answer.status_code != 201:
                    key = f"HTTP {answer.status_code} {answer.json().get('code', '')}"
                    errors[key] = errors.get(key, 0) + 1
                    continue
            except httpx.HTTPError as exc:
                key = f"{type(exc).__name__}: {exc}" if str(exc) else repr(exc.__cause__ or exc.__context__ or exc)
                errors[key] = errors.get(key, 0) + 1
                continue
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=address, timeout=60, limits=limits) as http:
        began = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - began
    return {
        "clients": clients,
        "requests": len(latencies) + sum(errors.values()),
        "ok": len(latencies),
        "errors": errors,
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(1000 * percentile(latencies, 0.50), 1),
        "p99_ms": round(1000 * percentile(latencies, 0.99), 1),
    }


def baseline(articles: list[str], count: int) -> dict:
    """The same articles briefed in-process, one at a time: what the HTTP path adds to."""
    newsbrief.brief(articles[0])  # load the pipeline once, as the service has
    times = []
    for index in range(count):
        started = time.perf_counter()
        newsbrief.brief(articles[index % len(articles)])
        times.append(time.perf_counter() - started)
    return {
        "articles": count,
        "per_s": round(count / sum(times), 1),
        "p50_ms": round(1000 * statistics.median(times), 2),
        "p99_ms": round(1000 * percentile(times, 0.99), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=15.0, help="how long to send (at most 300)")
    parser.add_argument("--max-requests", type=int, default=5000, help="stop after this many requests")
    parser.add_argument("--url", help="a running service on loopback (default: start one)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 1 <= args.clients <= 256 or not 0 < args.seconds <= 300 or not 1 <= args.max_requests <= 100_000:
        parser.error("--clients 1-256, --seconds up to 300, --max-requests up to 100000")
    if args.url and not is_loopback(urlsplit(args.url).hostname or ""):
        parser.error("--url must be on loopback (127.0.0.1, localhost, ::1): this benchmark sends nowhere else")
    rng = random.Random(args.seed)
    articles = [made_up_article(rng) for _ in range(200)]
    reference = baseline(articles, 200)
    if args.url:
        result = asyncio.run(load(args.url.rstrip("/") + "/", articles, args.clients, args.seconds, args.max_requests))
    else:
        with own_service() as address:
            result = asyncio.run(load(address, articles, args.clients, args.seconds, args.max_requests))
    result["baseline_in_process"] = reference
    result["p50_over_baseline"] = round(result["p50_ms"] / reference["p50_ms"], 1) if reference["p50_ms"] else None
    errors = sum(result["errors"].values())
    print(
        f"{result['clients']} clients, {result['seconds']} s: {result['ok']} briefs, "
        f"{result['requests_per_s']} requests/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, "
        f"errors {errors} {result['errors'] or ''}"
    )
    print(
        f"baseline in-process: {reference['per_s']} briefs/s, p50 {reference['p50_ms']} ms; "
        f"HTTP p50 is {result['p50_over_baseline']}x the in-process p50"
    )
    print(json.dumps(result))
    if result["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
