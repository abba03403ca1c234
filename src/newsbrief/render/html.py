"""The brief as one standalone HTML page (no scripts or styles fetched from anywhere)."""

from __future__ import annotations

from html import escape
from importlib import resources

from .._article import Article
from ._facts import gather_facts
from ._layout import section_paragraphs

__all__ = ["render_html"]


def _style() -> str:
    return resources.files("newsbrief.render").joinpath("brief.css").read_text(encoding="utf-8")


def render_html(article: Article) -> str:
    title = escape(article.title or "Brief")
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title><style>{_style()}</style></head><body><main>",
    ]
    if article.title:
        parts.append(f"<h1>{title}</h1>")
    byline = " · ".join(escape(p) for p in (article.meta.author, article.meta.published) if p)
    if byline:
        parts.append(f'<p class="byline">{byline}</p>')
    if article.highlights:
        parts.append('<section class="highlights"><h2>Highlights</h2><ul>')
        for h in article.highlights:
            targets = " ".join(f"s{i}" for i in h.sentences)
            first = h.sentences[0] if h.sentences else 0
            source = f' title="{escape(h.source.strip())}"' if h.source and h.source.strip() != h.text.strip() else ""
            parts.append(f'<li><a href="#s{first}" data-sentences="{targets}"{source}>{escape(h.text.strip())}</a></li>')
        parts.append("</ul></section>")
    facts = gather_facts(article)
    if facts:
        parts.append('<section class="facts"><h2>Facts</h2><dl>')
        for label, names in (("People", facts.people), ("Organisations", facts.organisations), ("Places", facts.places)):
            if names:
                parts.append(f"<dt>{label}</dt><dd>{escape(', '.join(names))}</dd>")
        if facts.quotes:
            parts.append("<dt>Quotes</dt>")
            parts += [f"<dd><b>{escape(who)}</b>: “{escape(words)}”</dd>" for who, words in facts.quotes]
        parts.append("</dl></section>")
    parts.append('<article class="body">')
    for section in article.sections:
        if section.heading:
            parts.append(f"<h2>{escape(section.heading)}</h2>")
        for paragraph in section_paragraphs(article, section):
            spans = " ".join(f'<span id="s{i}">{escape(article.sentences[i].text)}</span>' for i in paragraph)
            parts.append(f"<p>{spans}</p>")
    parts.append("</article></main></body></html>")
    return "\n".join(parts) + "\n"
