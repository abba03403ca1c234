"""Speed and memory of pipelines, each beside a baseline measured in the same run.

Every pipeline runs in a fresh worker process (one core), so that its start-up
time (import plus model load) and peak memory are its own. Rounds interleave the
pipelines, and the best round counts: the machines are noisy, the ratio to the
baseline is the figure to trust.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, error

__all__ = ["BenchResult", "bench", "read_texts"]

BASELINE = "segment,lead"


@dataclass(frozen=True, slots=True)
class BenchResult:
    pipeline: str
    articles: int
    words: int
    seconds: float
    startup_seconds: float
    peak_rss_mb: float
    stage_seconds: tuple[tuple[str, float], ...] = ()  # each stage's own time over all the articles

    def stage_shares(self) -> list[tuple[str, float, float]]:
        """(stage, ms an article, share of the stages' time) for each stage."""
        total = sum(seconds for _, seconds in self.stage_seconds) or 1.0
        return [(name, 1000 * seconds / self.articles, seconds / total) for name, seconds in self.stage_seconds]

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def _records(path: Path, limit: int) -> list[str]:
    """The article texts of the first JSON Lines records, up to `limit`."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    texts: list[str] = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(texts) >= limit:
                break
            try:
                record = json.loads(line)
            except ValueError:
                continue
            text = record.get("article") or record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def read_texts(path: Path, limit: int) -> list[str]:
    """Up to `limit` article texts from a JSON Lines file (`article` or `text`), or from one text file."""
    if not path.is_file():
        raise error(InputError, "E006", path=path)
    try:
        if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
            texts = _records(path, limit)
        else:
            texts = [path.read_text(encoding="utf-8")] * limit
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise error(InputError, "E007", path=path, detail=exc) from None
    if not any(text.strip() for text in texts):
        raise error(InputError, "E001")
    return texts


def _measure(pipeline: str, data: Path, limit: int) -> dict[str, float]:
    """Run in the worker process: time import and load, then the pipeline over the articles."""
    import newsbrief
    from newsbrief.inputs import article_from_text

    run = newsbrief.load_pipeline(pipeline)
    articles = [article_from_text(text) for text in read_texts(data, limit)]
    for article in articles[:10]:  # warm caches
        run(article)
    clock = time.perf_counter
    spent = [0.0] * len(run.stages)
    began = clock()
    for article in articles:  # the pipeline's own loop, with each stage timed: two clock reads a stage
        for number, stage in enumerate(run.stages):
            start = clock()
            article = stage(article)
            spent[number] += clock() - start
    seconds = clock() - began
    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    words = sum(len(a.text.split()) for a in articles)
    stages = {f"stage:{name}": value for name, value in zip(run.names, spent, strict=True)}
    return {"articles": len(articles), "words": words, "seconds": seconds, "peak_mb": peak_kb / 1024, **stages}


def _wall_seconds(code: str, *args: str) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - began


def _startup_seconds(pipeline: str) -> float:
    """Import plus pipeline load, in a fresh interpreter, less the interpreter's own start."""
    loaded = _wall_seconds("import sys, newsbrief; newsbrief.load_pipeline(sys.argv[1])", pipeline)
    return max(0.0, loaded - _wall_seconds("pass"))


def _run_worker(pipeline: str, data: Path, limit: int) -> dict[str, float]:
    command = [sys.executable, "-m", "newsbrief._bench", pipeline, str(data), str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise error(InputError, "E052", pipeline=pipeline, detail=last)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench(pipelines: Sequence[str], data: Path, *, limit: int = 500, rounds: int = 3, baseline: str = BASELINE) -> list[BenchResult]:
    """The baseline first, then each pipeline: best of `rounds` interleaved runs."""
    read_texts(data, 1)  # a missing or unreadable file is reported once, here
    names = [baseline, *[p for p in pipelines if p != baseline]]
    best: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        for name in names:
            figures = _run_worker(name, data, limit)
            figures["startup"] = _startup_seconds(name)
            if name not in best:
                best[name] = figures
            else:
                best[name] = {key: min(value, best[name][key]) for key, value in figures.items()}
    return [
        BenchResult(
            pipeline=name,
            articles=int(best[name]["articles"]),
            words=int(best[name]["words"]),
            seconds=best[name]["seconds"],
            startup_seconds=best[name]["startup"],
            peak_rss_mb=best[name]["peak_mb"],
            stage_seconds=tuple((key[6:], value) for key, value in best[name].items() if key.startswith("stage:")),
        )
        for name in names
    ]


if __name__ == "__main__":
    print(json.dumps(_measure(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))))
