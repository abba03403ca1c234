"""The `newsbrief` command: each subcommand is a thin wrapper over the library."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import EXIT_BATCH_FAILURES, EXIT_INTERRUPTED, NewsbriefError

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


def _reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that govern reading input, shared by `brief` and `batch`."""
    options = [
        click.option("--allow-private-addresses", is_flag=True, help="Let a URL reach loopback and private-network hosts."),
        click.option("--any-language", is_flag=True, help="Brief articles that are not in English instead of refusing them."),
        click.option("--max-bytes", type=click.IntRange(1), help="Largest article, file or page read, in bytes (default 5,000,000)."),
        click.option("--timeout", type=click.FloatRange(0.1), help="Seconds to wait for a URL (default 15)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


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
@click.option("-w", "--words", type=click.IntRange(5, 400), help="A word budget for the highlights (instead of a count).")
@click.option("--headline/--no-headline", default=True, show_default=True, help="Highlights in headline style, or as the article's own sentences.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), help="Publication date (YYYY-MM-DD) to resolve relative dates against; overrides the date an HTML page gives.")
@_reading_options
@_friendly
def brief(
    article: str,
    fmt: str,
    pipeline: str | None,
    n: int | None,
    words: int | None,
    headline: bool,
    published: datetime | None,
    allow_private_addresses: bool,
    any_language: bool,
    max_bytes: int | None,
    timeout: float | None,
) -> None:
    """Brief one ARTICLE: a text, Markdown or HTML file, a URL, or '-' for standard input.

    A feed or JSON Lines file gives its first article.
    """
    from ._api import brief as make_brief
    from .inputs import load_article

    source = load_article(
        article,
        allow_private_addresses=allow_private_addresses,
        any_language=any_language,
        max_bytes=max_bytes,
        timeout=timeout,
    )
    when = published.date().isoformat() if published else None
    result = make_brief(source, pipeline=pipeline, n=n, words=words, published=when, headline=headline)
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
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The JSON Lines file to write (resumed if it exists).")
@click.option("-p", "--pipeline", help="Comma-separated stage names (see 'newsbrief stages').")
@click.option("-n", "--highlights", "n", type=click.IntRange(1, 20), help="How many highlights.")
@click.option("-w", "--words", type=click.IntRange(5, 400), help="A word budget for the highlights (instead of a count).")
@click.option("--headline/--no-headline", default=True, show_default=True, help="Highlights in headline style, or as the article's own sentences.")
@click.option("-j", "--workers", type=click.IntRange(0, 256), default=0, show_default=True, help="Worker processes; 0 for one per core.")
@click.option("--overwrite", is_flag=True, help="Start the output file afresh instead of resuming it.")
@_reading_options
@click.option("--store", is_flag=True, help="Also keep every brief in the store that 'newsbrief serve' shows.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="The store's folder (default: the service's).")
@_friendly
def batch(
    inputs: tuple[str, ...],
    output: Path,
    pipeline: str | None,
    n: int | None,
    words: int | None,
    headline: bool,
    workers: int,
    overwrite: bool,
    allow_private_addresses: bool,
    any_language: bool,
    max_bytes: int | None,
    timeout: float | None,
    store: bool,
    data_dir: Path | None,
) -> None:
    """Brief many INPUTS (files, folders, feeds, URLs, JSON Lines) into one JSON Lines file.

    Each input item gives one line: its brief, or {"id", "error": {"code", "message"}}.
    Stopped part-way, the same command resumes without repeating or losing an item.
    Exits 3 when some items failed.
    """
    from ._batch import run_batch
    from ._pipeline import stage_names
    from ._progress import batch_progress, estimate_total
    from .inputs import iter_items

    names = stage_names(pipeline, headline=headline)
    items = iter_items(
        inputs,
        allow_private_addresses=allow_private_addresses,
        any_language=any_language,
        max_bytes=max_bytes,
        timeout=timeout,
    )
    with batch_progress(estimate_total(inputs)) as advance, _kept_in_store(store, data_dir) as keep:

        def on_line(ok: bool, line: str) -> None:
            advance(ok, line)
            keep(ok, line)

        result = run_batch(items, output, pipeline=names, options={"n": n, "words": words}, workers=workers, overwrite=overwrite, on_line=on_line)
    click.echo(
        f"newsbrief: {result.written} written ({result.failed} failed), {result.skipped} already in {output}",
        err=True,
    )
    if result.failed:
        sys.exit(EXIT_BATCH_FAILURES)


@cli.command()
@click.option("-p", "--pipeline", "pipelines", multiple=True, help="A pipeline to measure (repeatable); default: the default pipeline.")
@click.option("--data", type=click.Path(dir_okay=False, path_type=Path), help="Articles to run on (JSON Lines or a text file); default: the shared validation file, else the shipped example.")
@click.option("--limit", type=click.IntRange(1), default=500, show_default=True, help="How many articles.")
@click.option("--rounds", type=click.IntRange(1), default=3, show_default=True, help="Interleaved rounds; the best counts.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_friendly
def bench(pipelines: tuple[str, ...], data: Path | None, limit: int, rounds: int, as_json: bool) -> None:
    """Articles/s on one core, start-up time and peak memory, beside lead-3 in the same run."""
    from ._bench import bench as run_bench
    from ._settings import load_settings
    from .render.tables import print_bench

    chosen = list(pipelines) or [",".join(load_settings()["pipeline"]["default"])]
    results = run_bench(chosen, data or _default_bench_data(), limit=limit, rounds=rounds)
    print_bench(results, as_json=as_json)


def _default_bench_data() -> Path:
    shared = Path("..", "shared", "data", "cnn_dailymail", "validation.jsonl.gz")
    if shared.is_file():
        return shared
    example = Path("examples", "river-flood.txt")
    if example.is_file():
        return example
    from .errors import InputError, error

    raise error(InputError, "E053")


@contextmanager
def _kept_in_store(store: bool, data_dir: Path | None) -> Iterator[Callable[[bool, str], None]]:
    """`keep(ok, line)`: saves each brief in the service's store when asked to, else does nothing."""
    if not store:
        yield lambda ok, line: None
        return
    from .serve import ServeSettings
    from .serve.store import keep_batch_lines

    with keep_batch_lines(data_dir or ServeSettings.load(None).data_dir) as keep:
        yield keep


@cli.command()
def stages() -> None:
    """List the registered pipeline stages."""
    from ._pipeline import registered_stages

    for name, info in sorted(registered_stages().items()):
        click.echo(f"{name:12} {info.doc}")


@cli.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1); any other needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default 8484; 0 picks a free one).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Folder of the brief store.")
@click.option("--token", envvar="NEWSBRIEF_TOKEN", help="API token that every write must send (or NEWSBRIEF_TOKEN).")
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file laid over the defaults.")
@_friendly
def serve(host: str | None, port: int | None, data_dir: Path | None, token: str | None, config: str | None) -> None:
    """Serve the brief page and HTTP API, and print the address to open."""
    from .serve import ServeSettings, run

    run(ServeSettings.load(config, host=host, port=port, data_dir=data_dir, token=token))


def main() -> None:
    cli(prog_name="newsbrief")


if __name__ == "__main__":
    main()
