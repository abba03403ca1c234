"""The evaluation report as a table for people (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .rouge import MEASURES, Interval
from .run import EvalReport

__all__ = ["print_report"]

_TITLES = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeLsum": "ROUGE-Lsum"}


def _cell(interval: Interval) -> str:
    return f"{interval.mean:.2f} ±{(interval.high - interval.low) / 2:.2f}"


def print_report(report: EvalReport, console: Console | None = None) -> None:
    """Print ROUGE F1 with 95% intervals, highlights per article and speed, one row per system."""
    console = console or Console()
    table = Table(title=f"ROUGE F1 ± half the 95% bootstrap interval, on {report.articles:,} articles of {report.data}")
    table.add_column("system")
    for measure in MEASURES:
        table.add_column(_TITLES[measure], justify="right")
    table.add_column("bullets", justify="right")
    table.add_column("articles/s", justify="right")
    for system in report.systems:
        speed = "-" if system.seconds == 0 else f"{system.per_second:,.0f}"
        table.add_row(system.name, *map(_cell, system.scores), f"{system.highlights:.2f}", speed)
    console.print(table)
