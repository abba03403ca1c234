"""Quote regions by their marks."""

from __future__ import annotations

from newsbrief.facts._marks import find_quote_regions
from newsbrief.text.sentences import split_paragraphs


def _regions(text: str) -> list[tuple[str, bool]]:
    return [(text[r.start : r.end], r.closed) for r in find_quote_regions(text, split_paragraphs(text))]


def test_curly_straight_and_doubled_single_marks() -> None:
    text = "\u201cOne two.\u201d Then \"three four,\" she said, and ''five six.''"
    assert _regions(text) == [("\u201cOne two.\u201d", True), ('"three four,"', True), ("''five six.''", True)]


def test_a_paragraph_opening_with_a_mark_continues_an_open_quote() -> None:
    text = "\u201cFirst part.\n\n\u201cSecond part.\u201d\n\nAfter."
    assert _regions(text) == [("\u201cFirst part.\n\n\u201cSecond part.\u201d", True)]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "\u201cNever closed here.\n\nA plain paragraph."
    assert _regions(text) == [("\u201cNever closed here.", False)]


def test_an_opening_mark_inside_an_open_quote_ends_it_at_the_last_sentence() -> None:
    text = "\u201cLost its close. Still going \u201cFresh one.\u201d"
    assert _regions(text) == [("\u201cLost its close.", False), ("\u201cFresh one.\u201d", True)]
