"""Headings, datelines, bylines, timestamps and furniture found in small hand-written texts."""

from __future__ import annotations

import pytest

from newsbrief._article import Span
from newsbrief.text.layout import bullet_end, dateline_end, find_headings, line_kind, lowercase_byline, unit_kind


def dateline(text: str, cased: bool = True) -> str | None:
    end = dateline_end(text, 0, len(text), cased)
    return None if end is None else text[:end].strip()


def kind(text: str) -> str | None:
    return line_kind(text, Span(0, len(text)))


def test_markdown_headings_with_levels_and_offsets() -> None:
    text = "# Storm hits Norland\n\nBody text.\n\n### What next ###\nMore.\n\nHarbour report\n===\n\nEnd."
    headings = find_headings(text)
    assert [(h.text, h.level) for h in headings] == [("Storm hits Norland", 1), ("What next", 3), ("Harbour report", 1)]
    assert [text[h.start : h.end] for h in headings] == [
        "# Storm hits Norland",
        "### What next ###",
        "Harbour report\n===",
    ]


@pytest.mark.parametrize(
    "text",
    ["#MeToo spread fast.", "Prices rose.\n---\nThen fell.", "A sentence that ends.\n\n---", "Not # a heading"],
)
def test_things_that_are_not_headings(text: str) -> None:
    assert find_headings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LONDON (Reuters) - The bank raised rates.", "LONDON (Reuters) -"),
        ("WASHINGTON, March 3 (AP) -- Lawmakers met on Monday.", "WASHINGTON, March 3 (AP) --"),
        ("SAN JUAN, Puerto Rico (AP) \u2014 The storm moved west.", "SAN JUAN, Puerto Rico (AP) \u2014"),
        ("ST. LOUIS (AP) - A judge ruled on Friday.", "ST. LOUIS (AP) -"),
        ("(CNN) -- A plane landed on a road.", "(CNN) --"),
        ("(CNN)A plane landed on a road.", "(CNN)"),
        ("Paris (AFP) - France voted on Sunday.", "Paris (AFP) -"),
        ("LONDON 1996-08-30", "LONDON 1996-08-30"),
        ("EASTPORT, Norland \u2014 The harbour reopened after a week of storms.", "EASTPORT, Norland \u2014"),
    ],
)
def test_datelines(text: str, expected: str) -> None:
    assert dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NASA said the probe reached orbit.",
        "SOCCER - EASTPORT WIN THE CUP",
        "PRESS DIGEST - Iraq - Aug 22 .",
        "Monday, March 3, was the coldest day.",
        "Apple (AAPL) said profits rose.",
    ],
)
def test_not_datelines(text: str) -> None:
    assert dateline(text) is None


def test_lowercased_corpus_datelines_need_a_known_agency() -> None:
    assert dateline("new delhi ( cnn ) police said on friday .", cased=False) == "new delhi ( cnn )"
    assert dateline("( the hollywood reporter ) the actor died .", cased=False) == "( the hollywood reporter )"
    assert dateline("the company ( abc ) said on friday .", cased=False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe, Staff Reporter", "byline"),
        ("By MARK OWENS and ANNA LEE", "byline"),
        ("By Sarah Collins For Dailymail.com", "byline"),
        ("Associated Press", "byline"),
        ("PUBLISHED: 12:01 EST, 3 March 2014 | UPDATED: 16:40 EST, 3 March 2014", "timestamp"),
        ("Last updated on 14 February 2021", "timestamp"),
        ("March 3, 2014", "timestamp"),
        ("9:34 p.m.", "timestamp"),
        ("Scroll down for video", "furniture"),
        ("Advertisement", "furniture"),
        ("Read more: Why the harbour flooded", "furniture"),
        ("* * *", "furniture"),
        ("By Tuesday the floodwater had gone down.", None),
        ("Updated figures show that 5 people died.", None),
        ("The 9:30 train was late.", None),
    ],
)
def test_line_kinds(text: str, expected: str | None) -> None:
    assert kind(text) == expected


def test_furniture_stops_at_the_end_of_its_sentence() -> None:
    text = "scroll down for video . a dog came home ."
    assert unit_kind(text, Span(0, len(text))) is None
    assert unit_kind(text, Span(0, 23)) == "furniture"


def test_lowercased_byline_sentences() -> None:
    assert lowercase_byline("by jane doe .", Span(0, 13))
    assert not lowercase_byline("by the end of the day it rained .", Span(0, 33))


@pytest.mark.parametrize(
    ("text", "rest"),
    [("- Item", "Item"), ("\u2022 Item", "Item"), ("1. Item", "1. Item"), ("-- Sign-off", "-- Sign-off")],
)
def test_bullets_are_skipped_but_numbers_kept(text: str, rest: str) -> None:
    assert text[bullet_end(text, 0, len(text)) :] == rest
