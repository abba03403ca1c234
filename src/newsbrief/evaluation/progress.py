"""A progress bar on a terminal, and nothing when output goes elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

__all__ = ["progress_bar"]


@contextmanager
def progress_bar(total: int | None, label: str = "scoring") -> Iterator[Callable[[int], None] | None]:
    """Yield `advance(done)` drawing a bar on stderr when it is a terminal, else None."""
    if not sys.stderr.isatty():
        yield None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(done: int) -> None:
            if done % 16 == 0:
                bar.update(task, completed=done)

        yield advance
