"""`Brief`: the finished article, and its JSON, Markdown and HTML forms."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from ._article import Article, Highlight, Section, Sentence, Span

__all__ = ["Brief", "to_plain"]


def to_plain(value: Any) -> Any:
    """JSON-ready form of the document model: a span becomes `{start, end}`, a dataclass a dict."""
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Brief:
    """A brief of one article: highlights, sections and facts, each traceable to the text."""

    article: Article

    @property
    def title(self) -> str | None:
        return self.article.title

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    @property
    def highlights(self) -> tuple[Highlight, ...]:
        return self.article.highlights

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.article.sections

    def to_dict(self) -> dict[str, Any]:
        """The brief as documented in `schema/brief.schema.json`."""
        article = self.article
        meta = article.meta
        return {
            "id": article.id,
            "title": article.title,
            "text": article.text,
            "sentences": [
                {"text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph} for s in article.sentences
            ],
            "headings": to_plain(article.headings),
            "boilerplate": to_plain(article.boilerplate),
            "highlights": to_plain(article.highlights),
            "sections": to_plain(article.sections),
            "entities": to_plain(article.entities),
            "places": to_plain(article.places),
            "quotes": to_plain(article.quotes),
            "dates": to_plain(article.dates),
            "meta": {
                "source": meta.source,
                "url": meta.url,
                "published": meta.published,
                "author": meta.author,
                "sitename": meta.sitename,
                "language": meta.language,
                "pipeline": list(meta.pipeline),
                "versions": dict(meta.versions),
            },
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from .render.markdown import render_markdown

        return render_markdown(self.article)

    def to_html(self) -> str:
        from .render.html import render_html

        return render_html(self.article)
