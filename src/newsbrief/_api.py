"""The library's front door: `brief(text_or_html)`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._article import Article, Meta
from ._brief import Brief
from ._pipeline import Pipeline, load_pipeline, stage_names
from .inputs import article_from_html, article_from_text, looks_like_html

__all__ = ["brief"]


def brief(
    text_or_html: str | Article,
    *,
    pipeline: Pipeline | Sequence[str] | str | None = None,
    title: str | None = None,
    id: str | None = None,
    published: str | None = None,
    url: str | None = None,
    headline: bool = True,
    **options: Any,
) -> Brief:
    """Brief one article, given as plain text, an HTML page, or an `Article`.

    `pipeline` is a `Pipeline` or a list of stage names (default: the settings'
    default pipeline); other keyword options go to the stages that take them,
    e.g. `n=4` for four highlights. `headline=False` leaves out the `headline`
    stage: the highlights are then the article's own sentences.
    """
    if not headline:
        pipeline = stage_names(pipeline.names if isinstance(pipeline, Pipeline) else pipeline, headline=False)
    if not isinstance(pipeline, Pipeline):
        pipeline = load_pipeline(pipeline, **options)
    elif options:
        pipeline = load_pipeline(pipeline.names, **options)
    if isinstance(text_or_html, Article):
        article = text_or_html
    elif looks_like_html(text_or_html):
        article = article_from_html(text_or_html, id=id, url=url)
    else:
        article = article_from_text(text_or_html, id=id, url=url)
    if title or published:
        meta = article.meta
        article = article.replace(
            title=title or article.title,
            meta=Meta(
                source=meta.source,
                url=meta.url,
                published=published or meta.published,
                author=meta.author,
                sitename=meta.sitename,
                language=meta.language,
            ),
        )
    return Brief(pipeline(article))
