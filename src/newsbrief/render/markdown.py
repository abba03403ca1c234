"""The brief as Markdown: title, highlights, then the body in sections under headings."""

from __future__ import annotations

from .._article import Article
from ._facts import gather_facts
from ._layout import section_paragraphs

__all__ = ["render_markdown"]


def render_markdown(article: Article) -> str:
    lines: list[str] = []
    if article.title:
        lines += [f"# {article.title.strip()}", ""]
    byline = " · ".join(part for part in (article.meta.author, article.meta.published, article.meta.url) if part)
    if byline:
        lines += [f"*{byline}*", ""]
    if article.highlights:
        lines += ["**Highlights**", ""]
        lines += [f"- {h.text.strip()}" for h in article.highlights]
        lines.append("")
    facts = gather_facts(article)
    if facts:
        lines += ["**Facts**", ""]
        for label, names in (("People", facts.people), ("Organisations", facts.organisations), ("Places", facts.places)):
            if names:
                lines.append(f"- **{label}:** " + ", ".join(names))
        if facts.quotes:
            lines.append("- **Quotes:**")
            lines += [f"  - {speaker}: “{words}”" for speaker, words in facts.quotes]
        lines.append("")
    for section in article.sections:
        if section.heading:
            lines += [f"## {section.heading}", ""]
        for paragraph in section_paragraphs(article, section):
            lines += [" ".join(article.sentences[i].text for i in paragraph), ""]
    return "\n".join(lines).rstrip() + "\n"
