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
                "stage_seconds": dict(r.stage_seconds),
                "stage_shares": {name: share for name, _, share in r.stage_shares()},
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
    for r in results[1:]:
        console.print(f"\n{r.pipeline}: time by stage (each stage's best round)")
        console.print(_stage_table(r))


def _stage_table(result: BenchResult) -> Table:
    """Each stage's own time in one pipeline, best round, and its share of the stages' time."""
    table = Table()
    for column in ("stage", "ms/article", "share"):
        table.add_column(column, justify="left" if column == "stage" else "right", no_wrap=True)
    for name, milliseconds, share in result.stage_shares():
        table.add_row(name, f"{milliseconds:.2f}", f"{100 * share:.1f}%")
    return table
