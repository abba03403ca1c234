"""Articles from text, Markdown and HTML strings: text kept, structure and metadata found."""

from __future__ import annotations

import pytest

from newsbrief.errors import InputError
from newsbrief.inputs import article_from_html, article_from_text, looks_like_html
from newsbrief.inputs._document import article_from_markdown


def test_plain_text_is_kept_unchanged(storm_plain: str) -> None:
    article = article_from_text(storm_plain, id="storm", title="Storm")
    assert article.text == storm_plain
    assert (article.id, article.title, article.meta.source) == ("storm", "Storm", "text")


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\u0000\u0001\u0002" * 50, "!!! ... --- ???"])
def test_empty_text_is_e001(text: str) -> None:
    with pytest.raises(InputError, match=r"\[E001\]"):
        article_from_text(text)


def test_html_metadata_comes_through(harbour_html: str) -> None:
    article = article_from_html(harbour_html, url="https://gazette.example/harbour")
    assert article.title == "Harbour reopens after storm"
    assert article.meta.published == "2024-03-05"
    assert article.meta.author == "Ana Lind"
    assert article.meta.sitename == "Norland Gazette"
    assert article.meta.url == "https://gazette.example/harbour"
    assert "Home" not in article.text and "All rights reserved" not in article.text


def test_html_keeps_one_paragraph_a_line_and_headings_as_lines(harbour_html: str) -> None:
    article = article_from_html(harbour_html)
    blocks = article.text.split("\n\n")
    assert blocks[0].startswith("The harbour of Eastport reopened on Tuesday")
    assert "Fishing fleet returns" in blocks and "What the mayor said" in blocks
    assert all("\n" not in block for block in blocks)
    assert "fell by a third. Traders expect" in article.text  # <br> is a space, not a new paragraph
    assert "Harbour reopens after storm" not in article.text  # the <h1> repeats the title


def test_html_headings_and_paragraphs_are_exact_spans(harbour_html: str) -> None:
    article = article_from_html(harbour_html)
    assert [(h.text, h.level) for h in article.headings] == [("Fishing fleet returns", 2), ("What the mayor said", 3)]
    for heading in article.headings:
        assert article.text[heading.start : heading.end] == heading.text
    paragraphs = [article.text[p.start : p.end] for p in article.paragraphs]
    assert len(paragraphs) == 4
    assert paragraphs[2].startswith("By noon a dozen trawlers")
    heading_starts = {h.start for h in article.headings}
    assert not heading_starts & {p.start for p in article.paragraphs}
    spans = sorted([(p.start, p.end) for p in article.paragraphs] + [(h.start, h.end) for h in article.headings])
    rebuilt = "\n\n".join(article.text[start:end] for start, end in spans)
    assert rebuilt == article.text


def test_an_html_fragment_is_read() -> None:
    article = article_from_html("<p>The council met on Monday.</p><p>It voted to close the old bridge.</p>")
    assert article.text == "The council met on Monday.\n\nIt voted to close the old bridge."


@pytest.mark.parametrize(
    "html",
    [
        (
            "<html><body><div><p>Unclosed <b>bold text about the council vote <div></p></span> goes on."
            "<p>Another paragraph about the bridge and its repairs.</html>"
        ),
        "<html><body><p>Broken &#xZZZZ; entity and <a href='x'unclosed attribute about the ferry.</p></body>",
        "<html><body><table><tr><td><p>The ferry left on time on Tuesday morning, crews said.</td></tr></body></html>",
    ],
)
def test_malformed_html_does_not_crash(html: str) -> None:
    try:
        article = article_from_html(html)
    except InputError as exc:
        assert exc.code == "E005"
    else:
        assert article.text.strip()
        assert "<" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<html><body><script>var story = 1;</script><style>p { color: red }</style></body></html>",
        "<<<>>> <p <p <<",
    ],
)
def test_page_without_article_text_is_e005(html: str) -> None:
    with pytest.raises(InputError, match=r"\[E005\]"):
        article_from_html(html)


def test_markdown_headings_are_spans_of_the_unchanged_text() -> None:
    text = "The ferry left on time.\n\n## Fleet returns\n\nA dozen trawlers sailed.\n\n### Prices ###\n\nThey fell."
    article = article_from_markdown(text)
    assert article.text == text
    assert [(h.text, h.level) for h in article.headings] == [("Fleet returns", 2), ("Prices", 3)]
    assert [text[h.start : h.end] for h in article.headings] == ["## Fleet returns", "### Prices ###"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!doctype html><html><body>x</body></html>", True),
        ("  <p>A paragraph.</p>", True),
        ("<?xml version='1.0'?><!-- page --><html xmlns='http://www.w3.org/1999/xhtml'>", True),
        ("<h2>Heading</h2><p>x</p>", True),
        ("The mayor said <b> is a tag.", False),
        ("<rss version='2.0'><channel></channel></rss>", False),
        ("3 < 4 and 5 > 2", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
