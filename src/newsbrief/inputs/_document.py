"""Articles from a string of text, Markdown or HTML.

HTML goes through trafilatura; its text is rebuilt one block a line with a blank
line between blocks, so `Article.paragraphs` and `Article.headings` (the page's
own `<h2>`..`<h6>`) are exact spans. Headings are not paragraphs: a stage that
walks `paragraphs` never sees a heading as a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from .._article import Article, Heading, Meta, Span
from ..errors import InputError, error

__all__ = ["article_from_html", "article_from_markdown", "article_from_text", "looks_like_html"]

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html|<head|<body|<article|<main|<section|<h[1-6][\s>]|<p[\s>]|<div[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_HEADING_REND = re.compile(r"h([1-6])")
_INLINE = frozenset({"hi", "ref", "lb", "del", "span", "graphic", "sub", "sup"})
_BLANK = "\n\n"
_SHORT = 250  # characters; trafilatura's own threshold for a too-short extraction


def looks_like_html(text: str) -> bool:
    """True when `text` starts like an HTML page or fragment (after an XML declaration or comments)."""
    return bool(_HTML_START.match(text[:4000]))


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    source: str = "text",
) -> Article:
    """An article whose text is `text`, unchanged (every offset refers to it); text without a letter or
    digit (blank, or only marks and control characters) is reported as empty."""
    if not any(char.isalnum() for char in text):
        raise error(InputError, "E001")
    meta = Meta(source=source, url=url, published=published)
    return Article(text=text, id=id, title=title, meta=meta)


def article_from_markdown(text: str, *, id: str | None = None, url: str | None = None) -> Article:
    """Text unchanged, with its ATX headings (`## Fishing fleet returns`) as `Article.headings`."""
    article = article_from_text(text, id=id, url=url, source="markdown")
    headings = tuple(
        Heading(match.group(2), match.start(), match.end(), len(match.group(1)))
        for match in _MARKDOWN_HEADING.finditer(text)
    )
    return article.replace(headings=headings) if headings else article


def article_from_html(html: str, *, id: str | None = None, url: str | None = None, source: str = "html") -> Article:
    """The article inside an HTML page: its text, title, date and author, through trafilatura."""
    if not html.strip():
        raise error(InputError, "E001")
    if not _DOCUMENT.search(html[:10000]):
        html = f"<html><body>{html}</body></html>"
    document = _extract(html, url)
    body = getattr(document, "body", None)
    if body is None:
        raise error(InputError, "E005")
    title = _clean(getattr(document, "title", None) or "") or None
    text, paragraphs, headings = _layout(body, title)
    if not paragraphs or not any(char.isalnum() for char in text):
        raise error(InputError, "E005")
    meta = Meta(
        source=source,
        url=url or getattr(document, "url", None),
        published=getattr(document, "date", None),
        author=getattr(document, "author", None),
        sitename=getattr(document, "sitename", None),
    )
    return Article(text=text, id=id, title=title, meta=meta, paragraphs=paragraphs, headings=headings)


def _extract(html: str, url: str | None) -> object | None:
    """trafilatura's document; favouring recall when precision finds little.

    On short pages trafilatura's precise mode falls back to a baseline that merges
    every block into one; the recall mode keeps the blocks and headings apart.
    """
    import trafilatura  # imported here: it takes a while, and plain text never needs it

    def extract(favor_recall: bool) -> object | None:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=favor_recall
        )

    try:
        document = extract(favor_recall=False)
        if _text_size(document) < _SHORT:
            recall = extract(favor_recall=True)
            document = recall if _text_size(recall) else document
    except (ValueError, TypeError, RecursionError, etree.LxmlError):  # trafilatura's parser gives up on some garbage
        return None
    return document


def _text_size(document: object | None) -> int:
    body = getattr(document, "body", None)
    return 0 if body is None else len("".join(body.itertext()).strip())


def _layout(body: etree._Element, title: str | None) -> tuple[str, tuple[Span, ...], tuple[Heading, ...]]:
    """The text, one block a line with blank lines between, and the spans of its paragraphs and headings."""
    for line_break in body.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    parts: list[str] = []
    paragraphs: list[Span] = []
    headings: list[Heading] = []
    offset = 0
    for level, block in _blocks(body):
        if level and not parts and title and block.casefold() == title.casefold():
            continue  # the page's <h1> repeats its title
        if parts:
            offset += len(_BLANK)
        span = Span(offset, offset + len(block))
        if level:
            headings.append(Heading(block, span.start, span.end, level))
        else:
            paragraphs.append(span)
        parts.append(block)
        offset = span.end
    return _BLANK.join(parts), tuple(paragraphs), tuple(headings)


def _blocks(element: etree._Element) -> Iterator[tuple[int, str]]:
    """(heading level or 0, cleaned text) for each block of trafilatura's output tree, in order."""
    if not isinstance(element.tag, str) or element.tag in ("graphic", "table"):
        return  # comments, processing instructions, pictures, tables
    if all(child.tag in _INLINE for child in element):
        text = _clean("".join(element.itertext()))
        if text:
            yield _heading_level(element), text
        return
    text = _clean(element.text or "")
    if text:
        yield 0, text
    for child in element:
        yield from _blocks(child)
        tail = _clean(child.tail or "")
        if tail:
            yield 0, tail


def _heading_level(element: etree._Element) -> int:
    if element.tag != "head":
        return 0
    match = _HEADING_REND.fullmatch(element.get("rend") or "")
    return int(match.group(1)) if match else 2


def _clean(text: str) -> str:
    return " ".join(text.split())
