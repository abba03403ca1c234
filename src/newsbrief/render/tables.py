"""Tables for the terminal: benchmark figures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from rich.console import Console
from rich.table import Table

from .._bench import BenchResult

__all__ = ["print_bench"]


def print_bench(results: Sequence[BenchResult], *, as_json: bool = False) -> None:
    """The baseline is the first result; every ratio is against it."""
    baseline = results[0]
    if as_json:
        rows = [
            {
                **asdict(r),
                "articles_per_second": r.articles_per_second,
                "words_per_second": r.words_per_second,
                "speed_ratio_to_baseline": r.articles_per_second / baseline.articles_per_second,
            }
            for r in results
        ]
        print(json.dumps({"baseline": baseline.pipeline, "results": rows}, indent=2))
        return
    table = Table(title=f"newsbrief bench: {baseline.articles} articles, one core, best of the rounds")
    for column in ("pipeline", "articles/s", "words/s", "vs baseline", "start-up s", "peak MB"):
        table.add_column(column, justify="left" if column == "pipeline" else "right", no_wrap=True)
    for r in results:
        ratio = r.articles_per_second / baseline.articles_per_second
        table.add_row(
            r.pipeline + (" (baseline)" if r is baseline else ""),
            f"{r.articles_per_second:,.1f}",
            f"{r.words_per_second:,.0f}",
            f"{ratio:.2f}x",
            f"{r.startup_seconds:.3f}",
            f"{r.peak_rss_mb:.0f}",
        )
    console = Console()
    if not console.is_terminal:
        console = Console(width=120)
    console.print(table)
