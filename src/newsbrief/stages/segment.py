"""The `segment` stage: headings, boilerplate, paragraphs, sentences and tokens, with character offsets.

What is not body text is kept out of the sentences, so no later stage can pick it
as a highlight, and recorded with its offsets:
- Markdown headings ('# Title', '## Part', underlined titles) go to
  `Article.headings`; headings already there (from an HTML page) are kept and
  their spans skipped;
- bylines, timestamp lines and page furniture ("Scroll down for video") that
  stand alone go to `Article.boilerplate`;
- a dateline opening one of the first sentences ("LONDON (Reuters) -",
  "(CNN) --") goes to `Article.boilerplate` too, and the sentence starts after it;
- an article without a title takes it from its first line when that line stands
  alone and reads as a headline (a few words, no closing punctuation), or from a
  lone '# Title' heading opening the text; the line is kept as boilerplate "title".
`Article.paragraphs` are the body paragraphs that hold sentences; each
`Sentence.paragraph` indexes them. `Article.tokens` are the tokens of the whole text (of a
pre-tokenized text, its own tokens).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .._article import Article, Boilerplate, Heading, Sentence, Span
from .._pipeline import stage
from ..text.layout import (
    bullet_end,
    dateline_end,
    find_headings,
    line_kind,
    looks_like_title,
    lowercase_byline,
    unit_kind,
)
from ..text.sentences import Style, add_trimmed, detect_style, split_paragraphs, split_sentences, tokenize

__all__ = ["segment"]

# A dateline is looked for at the start of the article's first few sentences only.
_DATELINE_SENTENCES = 3


@stage("segment", assigns=("title", "paragraphs", "sentences", "tokens", "headings", "boilerplate"))
def segment() -> Callable[[Article], Article]:
    """Split the text into headings, boilerplate, paragraphs, sentences and tokens."""

    def run(article: Article) -> Article:
        text = article.text
        headings = article.headings or tuple(find_headings(text))
        paragraphs = _outside(text, article.paragraphs or split_paragraphs(text), headings)
        style = detect_style(text)
        found = _Found(text, style)
        title = article.title
        if title is None and style.cased and not article.headings:
            title, headings, paragraphs = _title(text, headings, paragraphs, found)
        for paragraph in paragraphs:
            found.add_paragraph(paragraph)
        return article.replace(
            title=title,
            paragraphs=tuple(found.paragraphs),
            headings=headings,
            boilerplate=tuple(found.boilerplate),
            sentences=tuple(found.sentences),
            tokens=tuple(tokenize(text, pretokenized=style.tokenized)),
        )

    return run


class _Found:
    """What the stage has found so far, paragraph by paragraph."""

    def __init__(self, text: str, style: Style) -> None:
        self.text = text
        self.style = style
        self.paragraphs: list[Span] = []
        self.sentences: list[Sentence] = []
        self.boilerplate: list[Boilerplate] = []
        self.dateline_open = True

    def add_paragraph(self, paragraph: Span) -> None:
        text, style = self.text, self.style
        kind = line_kind(text, paragraph, style.cased)
        if kind:
            self.add_boilerplate(paragraph.start, paragraph.end, kind)
            return
        start = self._skip_dateline(bullet_end(text, paragraph.start, paragraph.end), paragraph.end)
        number, kept = len(self.paragraphs), False
        for span in split_sentences(text, start, paragraph.end, style=style):
            if self.dateline_open and len(self.sentences) < _DATELINE_SENTENCES:
                span = Span(self._skip_dateline(span.start, span.end), span.end)
                if span.start >= span.end:
                    continue
            kind = unit_kind(text, span)
            if kind is None and style.tokenized and not style.cased and len(self.sentences) < _DATELINE_SENTENCES:
                kind = "byline" if lowercase_byline(text, span) else None
            if kind:
                self.add_boilerplate(span.start, span.end, kind)
                continue
            self.sentences.append(Sentence(text[span.start : span.end], span.start, span.end, number))
            kept = True
        if kept:
            self.paragraphs.append(paragraph)

    def _skip_dateline(self, start: int, end: int) -> int:
        """Record a dateline at `start` (early in the article only) and return where the text after it starts."""
        if not self.dateline_open or len(self.sentences) >= _DATELINE_SENTENCES:
            return start
        if not self.style.cased and self.sentences:
            return start
        stop = dateline_end(self.text, start, end, self.style.cased)
        if stop is None:
            return start
        self.dateline_open = False
        body = stop
        while stop > start and self.text[stop - 1].isspace():
            stop -= 1
        self.add_boilerplate(start, stop, "dateline")
        while body < end and self.text[body].isspace():
            body += 1
        return body

    def add_boilerplate(self, start: int, end: int, kind: str) -> None:
        self.boilerplate.append(Boilerplate(self.text[start:end], start, end, kind))


def _title(
    text: str, headings: tuple[Heading, ...], paragraphs: list[Span], found: _Found
) -> tuple[str | None, tuple[Heading, ...], list[Span]]:
    """The title a plain or Markdown text opens with, recorded as boilerplate; the headings and paragraphs left."""
    first = min([h.start for h in headings] + [p.start for p in paragraphs], default=0)
    heading = headings[0] if headings else None
    if heading is not None and heading.start == first and heading.level == 1 and not text[:first].strip():
        if sum(h.level == 1 for h in headings) == 1:
            found.add_boilerplate(heading.start, heading.end, "title")
            return heading.text.strip(), headings[1:], paragraphs
    if len(paragraphs) < 2 or paragraphs[0].start != first:
        return None, headings, paragraphs
    first_line = paragraphs[0]
    line = text[first_line.start : first_line.end]
    if not looks_like_title(line) or line_kind(text, first_line) or dateline_end(text, first_line.start, first_line.end):
        return None, headings, paragraphs
    found.add_boilerplate(first_line.start, first_line.end, "title")
    return line.strip(), headings, paragraphs[1:]


def _outside(text: str, paragraphs: Iterable[Span], headings: tuple[Heading, ...]) -> list[Span]:
    """The paragraphs with the headings' spans cut out of them."""
    if not headings:
        return list(paragraphs)
    pieces: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        for heading in headings:
            if heading.end <= start or heading.start >= paragraph.end:
                continue
            add_trimmed(text, start, heading.start, pieces)
            start = max(start, heading.end)
        add_trimmed(text, start, paragraph.end, pieces)
    return pieces
