"""The `dates` stage: time expressions and their ISO 8601 values, with and without a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief import Article, brief
from newsbrief._article import Meta
from newsbrief.stages.dates import dates, parse_published

WEDNESDAY = "2025-12-10"


def _values(text: str, published: str | None = WEDNESDAY) -> list[tuple[str, str]]:
    article = dates()(Article(text=text, meta=Meta(published=published)))
    return [(text[d.start : d.end], d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Monday.", [("Monday", "2025-12-08")]),
        ("The council met on Wednesday.", [("Wednesday", "2025-12-10")]),
        ("The council will meet on Monday.", [("Monday", "2025-12-15")]),
        ("She resigned last Wednesday.", [("last Wednesday", "2025-12-03")]),
        ("The trial resumes next Wednesday.", [("next Wednesday", "2025-12-17")]),
        ("It rained yesterday and will clear tomorrow.", [("yesterday", "2025-12-09"), ("tomorrow", "2025-12-11")]),
        ("Prices rose last week.", [("last week", "2025-W49")]),
        ("Sales slowed last month.", [("last month", "2025-11")]),
        ("Exports grew last year.", [("last year", "2024")]),
        ("The ferry sank three days ago.", [("three days ago", "2025-12-07")]),
        ("The strike began Dec. 8.", [("Dec. 8", "2025-12-08")]),
        ("Talks resume Jan. 6.", [("Jan. 6", "2026-01-06")]),
        ("It was signed on December 8, 2021.", [("December 8, 2021", "2021-12-08")]),
        ("The ship docked on 8 December 2019.", [("8 December 2019", "2019-12-08")]),
        ("The file is dated 2023-04-17.", [("2023-04-17", "2023-04-17")]),
        ("It was founded in March 2024.", [("March 2024", "2024-03")]),
        ("The museum closed in March.", [("March", "2025-03")]),
        ("The museum will reopen in February.", [("February", "2026-02")]),
        ("The bridge was built in 1998.", [("1998", "1998")]),
        ("On Tuesday, Dec. 9, the board met.", [("Tuesday, Dec. 9", "2025-12-09")]),
    ],
)
def test_expressions_resolve_against_the_publication_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_without_a_publication_date_only_what_the_text_says_is_given() -> None:
    text = "On Monday, a week after Dec. 8 and a year after July 4, 2024, prices rose in March."
    assert _values(text, published=None) == [
        ("Dec. 8", "XXXX-12-08"),
        ("July 4, 2024", "2024-07-04"),
        ("March", "XXXX-03"),
    ]


def test_numbers_and_words_that_are_not_dates_are_left_alone() -> None:
    assert _values("May I ask why 2,000 people and 1998 votes were counted? March on, they said.") == []


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2025-12-08", date(2025, 12, 8)),
        ("2025-12-08T23:10:00-05:00", date(2025, 12, 8)),
        ("Mon, 08 Dec 2025 10:00:00 GMT", date(2025, 12, 8)),
        ("December 8, 2025", date(2025, 12, 8)),
        ("not a date", None),
        ("2025-13-45", None),
        ("", None),
        (None, None),
    ],
)
def test_publication_dates_are_read_leniently(published: str | None, day: date | None) -> None:
    assert parse_published(published) == day


def test_an_unreadable_publication_date_is_not_an_error() -> None:
    assert _values("Shops reopened on Monday and on Dec. 8.", published="soon") == [("Dec. 8", "XXXX-12-08")]


def test_the_stage_runs_in_a_pipeline_from_brief() -> None:
    result = brief(
        "Voters went to the polls on Monday. Counting ends Friday.", pipeline=["segment", "dates"], published=WEDNESDAY
    )
    assert [d["value"] for d in result.to_dict()["dates"]] == ["2025-12-08", "2025-12-05"]
