"""The `newsbrief` command: each subcommand is a thin wrapper over the library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from . import __version__
from .errors import EXIT_INTERRUPTED, NewsbriefError

__all__ = ["main"]

FORMATS = ("markdown", "json", "html")


def _friendly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Report a newsbrief error as one line on stderr and exit with its code; never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except NewsbriefError as exc:
            click.echo(f"newsbrief: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("newsbrief: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsbrief")
def cli() -> None:
    """Turn news articles into briefs: highlights, sections and facts.

    Exit codes: 0 ok, 1 internal error, 2 usage or bad input, 3 a batch finished
    with failed items, 4 a URL could not be fetched, 5 a model file is damaged,
    130 interrupted.
    """


@cli.command()
@click.argument("article")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True)
@click.option("-p", "--pipeline", help="Comma-separated stage names (see 'newsbrief stages').")
@click.option("-n", "--highlights", "n", type=click.IntRange(1, 20), help="How many highlights.")
@_friendly
def brief(article: str, fmt: str, pipeline: str | None, n: int | None) -> None:
    """Brief one ARTICLE: a text or HTML file, a URL, or '-' for standard input."""
    from ._api import brief as make_brief
    from .inputs import load_article

    result = make_brief(load_article(article), pipeline=pipeline, n=n)
    output = {"markdown": result.to_markdown, "json": result.to_json, "html": result.to_html}[fmt]()
    click.echo(output, nl=not output.endswith("\n"))


@cli.command("eval")
@click.argument("data", type=click.Path(dir_okay=False))
@click.option("-p", "--pipeline", help="Comma-separated stage names (default: the default pipeline).")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N articles.")
@click.option("--workers", type=click.IntRange(1), help="Worker processes (default: one per core).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@_friendly
def evaluate(data: str, pipeline: str | None, limit: int | None, workers: int | None, as_json: bool) -> None:
    """Score highlights of DATA.jsonl[.gz] with ROUGE, beside lead-3 and the greedy oracle."""
    import json

    from .evaluation import evaluate as run_evaluation
    from .evaluation import print_report
    from .evaluation.progress import progress_bar

    with progress_bar(limit) as advance:
        report = run_evaluation(data, pipeline, limit=limit, workers=workers, progress=advance)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        print_report(report)


@cli.command()
def stages() -> None:
    """List the registered pipeline stages."""
    from ._pipeline import registered_stages

    for name, info in sorted(registered_stages().items()):
        click.echo(f"{name:12} {info.doc}")


def main() -> None:
    cli(prog_name="newsbrief")


if __name__ == "__main__":
    main()
