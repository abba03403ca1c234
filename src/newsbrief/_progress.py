"""A progress bar with rate and ETA on a terminal; silence when stderr is piped."""

from __future__ import annotations

import gzip
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

__all__ = ["batch_progress", "estimate_total"]


def estimate_total(sources: Sequence[str]) -> int | None:
    """How many items `sources` hold, when that is cheap to know (JSON Lines and plain files); else None."""
    total = 0
    for source in sources:
        path = Path(source)
        if not path.is_file():
            return None
        name = path.name.lower()
        if name.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if name.endswith(".gz") else open
            try:
                with opener(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        elif name.endswith((".xml", ".rss", ".atom")):
            return None
        else:
            total += 1
    return total


@contextmanager
def batch_progress(total: int | None, label: str = "Briefing") -> Iterator[Callable[[bool, str], None]]:
    """Yields `advance(ok, line)`, to be called once per item written."""
    if not sys.stderr.isatty():
        yield lambda ok, line: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("[red]{task.fields[failed]} failed"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(label, total=total, failed=0, rate="")
        started = time.perf_counter()
        done = failed = 0

        def advance(ok: bool, line: str) -> None:
            nonlocal done, failed
            done += 1
            failed += not ok
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, failed=failed, rate=f"{rate:,.1f} articles/s")

        yield advance
