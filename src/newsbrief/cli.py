"""The `newsbrief` command: each subcommand is a thin wrapper over the library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
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
