"""Stages registered by name, and pipelines made from lists of names.

A stage factory takes keyword options and returns a stage, a callable
`Article -> Article`. It is registered with what it needs and what it sets::

    @stage("lead", requires=("sentences",), assigns=("highlights",))
    def lead(n: int | None = None) -> Callable[[Article], Article]:
        ...

`load_pipeline(["segment", "lead"], n=3)` builds each stage with the options its
factory accepts; an option no stage takes is an error, not silently ignored.
"""

from __future__ import annotations

import importlib
import threading
import inspect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import __version__
from ._article import Article, Meta
from ._settings import load_settings
from .errors import UsageError, error

__all__ = ["Pipeline", "StageInfo", "load_pipeline", "registered_stages", "stage", "stage_names"]

Stage = Callable[[Article], Article]
StageFactory = Callable[..., Stage]

# Modules whose import registers the built-in stages.
_BUILTIN_STAGE_MODULES = ("newsbrief.stages",)


@dataclass(frozen=True, slots=True)
class StageInfo:
    name: str
    factory: StageFactory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str
    version: str | None

    def options(self) -> tuple[str, ...]:
        parameters = inspect.signature(self.factory).parameters.values()
        return tuple(p.name for p in parameters if p.kind is p.KEYWORD_ONLY or p.kind is p.POSITIONAL_OR_KEYWORD)


class _Registry:
    """The stages known by name."""

    def __init__(self) -> None:
        self._stages: dict[str, StageInfo] = {}
        self._loaded = False
        self._lock = threading.RLock()

    def add(self, info: StageInfo) -> None:
        self._stages[info.name] = info

    def get(self, name: str) -> StageInfo:
        self._load_builtins()
        try:
            return self._stages[name]
        except KeyError:
            raise error(UsageError, "E030", name=name, known=", ".join(sorted(self._stages))) from None

    def all(self) -> dict[str, StageInfo]:
        self._load_builtins()
        return dict(self._stages)

    def _load_builtins(self) -> None:
        if self._loaded:
            return
        with self._lock:  # threads of the service may ask at once; none may see a half-filled registry
            if not self._loaded:
                for module in _BUILTIN_STAGE_MODULES:
                    importlib.import_module(module)
                self._loaded = True


_registry = _Registry()


def stage(
    name: str,
    *,
    requires: Iterable[str] = (),
    assigns: Iterable[str] = (),
    version: str | None = None,
) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under `name`."""

    def register(factory: StageFactory) -> StageFactory:
        doc = (inspect.getdoc(factory) or "").split("\n", 1)[0]
        _registry.add(StageInfo(name, factory, tuple(requires), tuple(assigns), doc, version))
        return factory

    return register


def registered_stages() -> dict[str, StageInfo]:
    """Every registered stage, by name."""
    return _registry.all()


class Pipeline:
    """A list of stages run in order over an `Article`."""

    def __init__(self, infos: Sequence[StageInfo], stages: Sequence[Stage]) -> None:
        self.infos = tuple(infos)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(info.name for info in self.infos)

    @property
    def versions(self) -> tuple[tuple[str, str], ...]:
        models = tuple((info.name, info.version) for info in self.infos if info.version)
        return (("newsbrief", __version__), *models)

    def __call__(self, article: Article) -> Article:
        for run in self.stages:
            article = run(article)
        meta = article.meta
        stamped = Meta(
            source=meta.source,
            url=meta.url,
            published=meta.published,
            author=meta.author,
            sitename=meta.sitename,
            language=meta.language,
            pipeline=self.names,
            versions=self.versions,
        )
        return article.replace(meta=stamped)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"


def _check_order(infos: Sequence[StageInfo]) -> None:
    names = [info.name for info in infos]
    available: set[str] = {"text"}
    everything = registered_stages().values()
    for info in infos:
        missing = [need for need in info.requires if need not in available]
        if missing:
            providers = sorted(other.name for other in everything if missing[0] in other.assigns)
            raise error(
                UsageError,
                "E032",
                name=info.name,
                needs=missing[0],
                pipeline=", ".join(names),
                providers=", ".join(providers) or "none",
            )
        available.update(info.assigns)


def stage_names(names: Sequence[str] | str | None = None, *, headline: bool = True) -> list[str]:
    """Stage names from a list, a comma-separated string or None (the settings' default pipeline);
    without the `headline` stage when `headline` is false."""
    if names is None:
        names = load_settings()["pipeline"]["default"]
    elif isinstance(names, str):
        names = [part.strip() for part in names.split(",") if part.strip()]
    return [name for name in names if headline or name != "headline"]


def load_pipeline(names: Sequence[str] | str | None = None, **options: Any) -> Pipeline:
    """Build a pipeline from stage names (default: the settings' default pipeline).

    `options` go to every stage whose factory takes them: `load_pipeline(n=4)`
    asks the highlight stage for four highlights. Options set to None are ignored.
    """
    infos = [_registry.get(name) for name in stage_names(names)]
    _check_order(infos)
    given = {key: value for key, value in options.items() if value is not None}
    used: set[str] = set()
    stages: list[Stage] = []
    for info in infos:
        accepted = {key: value for key, value in given.items() if key in info.options()}
        used.update(accepted)
        stages.append(info.factory(**accepted))
    unused = sorted(set(given) - used)
    if unused:
        raise error(UsageError, "E031", option=unused[0], pipeline=", ".join(info.name for info in infos))
    return Pipeline(infos, stages)
