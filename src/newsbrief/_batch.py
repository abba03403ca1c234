"""Brief many articles into one JSON Lines file, on every core, resumable.

Each input item becomes exactly one output line: its brief, or
`{"id": ..., "error": {"code": ..., "message": ...}}`. Lines are written whole and
in input order, so a run that is stopped (Ctrl-C, a kill, a crash) leaves a valid
file; the same command run again skips the ids already written and goes on.
"""

from __future__ import annotations

import gc
import json
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Protocol

from ._article import Article
from ._brief import Brief
from ._pipeline import Pipeline, load_pipeline
from .errors import InputError, NewsbriefError, error

__all__ = ["BatchResult", "error_record", "read_done_ids", "run_batch"]


class BatchItem(Protocol):
    """What the input layer yields for each item of a batch."""

    @property
    def id(self) -> str: ...
    @property
    def article(self) -> Article | None: ...
    @property
    def error(self) -> NewsbriefError | None: ...


@dataclass(frozen=True, slots=True)
class BatchResult:
    written: int
    failed: int
    skipped: int


def error_record(item_id: str, exc: BaseException) -> dict[str, Any]:
    """The output line of an item that failed."""
    if isinstance(exc, NewsbriefError):
        code, message = exc.code, str(exc)
    else:
        code, message = "E000", f"[E000] Internal error while briefing this item ({type(exc).__name__}: {exc}). Please report it."
    return {"id": item_id, "error": {"code": code, "message": message}}


def read_done_ids(path: Path) -> set[str]:
    """Ids already written to `path`; a partial last line (from a kill) is cut off first."""
    if not path.exists():
        return set()
    try:
        with path.open("rb+") as handle:
            data = handle.read()
            complete = data.rfind(b"\n") + 1
            if complete < len(data):
                handle.truncate(complete)
    except OSError as exc:
        raise error(InputError, "E056", path=path, detail=exc.strerror or exc) from None
    done: set[str] = set()
    for number, line in enumerate(data[:complete].splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            done.add(str(record["id"]))
        except (ValueError, KeyError, TypeError):
            raise error(InputError, "E051", path=path, detail=f"line {number} is not a brief record") from None
    return done


# Each worker process builds its pipeline once.
_worker_pipeline: Pipeline | None = None

Task = tuple[str, Article | None, NewsbriefError | None]


def _load_worker_pipeline(names: Sequence[str] | None, options: dict[str, Any]) -> None:
    global _worker_pipeline
    _worker_pipeline = load_pipeline(names, **options)
    gc.freeze()  # the loaded models live as long as the process: the collector need not walk them again


def _init_worker(names: Sequence[str] | None, options: dict[str, Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _load_worker_pipeline(names, options)


def _ready(_: int) -> None:
    """A no-op task: submitting one per worker starts them all."""


def _brief_line(task: Task) -> tuple[bool, str]:
    item_id, article, failure = task
    if failure is None and article is not None:
        try:
            assert _worker_pipeline is not None
            record = Brief(_worker_pipeline(article.replace(id=item_id))).to_dict()
            return True, json.dumps(record, ensure_ascii=False)
        except Exception as exc:  # one bad item must not stop a batch
            failure_record = error_record(item_id, exc)
    else:
        failure_record = error_record(item_id, failure or error(InputError, "E001"))
    return False, json.dumps(failure_record, ensure_ascii=False)


def _brief_chunk(tasks: list[Task]) -> list[tuple[bool, str]]:
    return [_brief_line(task) for task in tasks]


def _tasks(items: Iterable[BatchItem], done: set[str], skipped: list[int]) -> Iterator[Task]:
    for item in items:
        if item.id in done:
            skipped[0] += 1
            continue
        yield item.id, item.article, item.error


def _in_process(tasks: Iterator[Task], pipeline: Sequence[str] | None, options: dict[str, Any]) -> Iterator[tuple[bool, str]]:
    _load_worker_pipeline(pipeline, options)
    return map(_brief_line, tasks)


def _in_workers(
    tasks: Iterator[Task], workers: int, chunk_size: int, pipeline: Sequence[str] | None, options: dict[str, Any]
) -> Iterator[tuple[bool, str]]:
    """Results in input order from `workers` processes, with a bounded number of chunks in flight.

    The workers start while Ctrl-C is ignored, so they inherit ignoring it: a Ctrl-C
    reaches the parent alone, which stops handing out work and lets the workers exit.
    """
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        executor = ProcessPoolExecutor(workers, get_context("spawn"), _init_worker, (pipeline, options))
        for started in [executor.submit(_ready, n) for n in range(workers)]:
            started.result()
    finally:
        signal.signal(signal.SIGINT, previous)
    pending: deque[Future[list[tuple[bool, str]]]] = deque()
    try:
        while True:
            chunk = list(islice(tasks, chunk_size))
            if chunk:
                pending.append(executor.submit(_brief_chunk, chunk))
            if pending and (len(pending) > 2 * workers or not chunk):
                try:
                    yield from pending.popleft().result()
                except BrokenProcessPool as exc:
                    raise error(NewsbriefError, "E054", detail=exc) from None
            elif not chunk:
                break
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def run_batch(
    items: Iterable[BatchItem],
    output: Path,
    *,
    pipeline: Sequence[str] | None = None,
    options: dict[str, Any] | None = None,
    workers: int = 0,
    chunk_size: int = 8,
    overwrite: bool = False,
    on_line: Callable[[bool, str], None] | None = None,
) -> BatchResult:
    """Brief every item into `output`, resuming where an earlier run stopped.

    `on_line(ok, line)` is called after each line is written (for progress and stores).
    Ctrl-C stops the workers and leaves every line already written intact.
    """
    options = options or {}
    load_pipeline(pipeline, **options)  # a bad pipeline or option fails now, not in every worker
    if overwrite and output.exists():
        output.unlink()
    done = read_done_ids(output)
    workers = workers or os.cpu_count() or 1
    skipped = [0]
    written = failed = 0
    tasks = _tasks(items, done, skipped)
    if workers == 1:
        results = _in_process(tasks, pipeline, options)
    else:
        results = _in_workers(tasks, workers, chunk_size, pipeline, options)
    try:
        sink_file = output.open("a", encoding="utf-8")
    except OSError as exc:
        raise error(InputError, "E056", path=output, detail=exc.strerror or exc) from None
    with sink_file as sink:
        for ok, line in results:
            sink.write(line + "\n")
            sink.flush()
            written += 1
            failed += not ok
            if on_line is not None:
                on_line(ok, line)
    return BatchResult(written=written, failed=failed, skipped=skipped[0])
