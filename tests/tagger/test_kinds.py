"""Words that settle a name's type: company words, and portfolios before an office and a person."""

from __future__ import annotations

import re

import pytest

from newsbrief.tagger import Mention
from newsbrief.tagger._kinds import drop_portfolios, is_company


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Westby Terminals", True),
        ("Halvard Motors", True),
        ("Krane Group", True),
        ("Motors", False),  # one word: no name before the company word
        ("Tyra Banks", False),
        ("Harbour Authority", False),
    ],
)
def test_a_company_word_at_the_end_makes_a_company(name: str, company: bool) -> None:
    assert is_company(name) is company


def test_a_company_word_counts_in_lower_case_only_when_the_text_is_lowercased() -> None:
    assert is_company("orvell shipping", lowercased=True)
    assert not is_company("orvell shipping")


def _mentions(text: str, *named: tuple[str, str]) -> list[Mention]:
    found = []
    for form, label in named:
        match = re.search(re.escape(form), text)
        assert match is not None
        found.append(Mention(match.start(), match.end(), label, form))
    return found


def _kept(text: str, *named: tuple[str, str], lowercased: bool = False) -> list[str]:
    return [m.text for m in drop_portfolios(text, _mentions(text, *named), lowercased=lowercased)]


def test_a_portfolio_before_minister_and_a_person_is_dropped() -> None:
    text = "Trade Minister Ana Pell spoke."
    assert _kept(text, ("Trade", "ORG"), ("Ana Pell", "PER")) == ["Ana Pell"]


def test_a_portfolio_tagged_with_its_office_is_dropped() -> None:
    text = "Home Secretary Jon Hale spoke."
    assert _kept(text, ("Home Secretary", "ORG"), ("Jon Hale", "PER")) == ["Jon Hale"]


def test_a_lowercased_portfolio_is_dropped_only_in_lowercased_text() -> None:
    text = "labour minister sara holm spoke."
    named = (("labour", "ORG"), ("sara holm", "PER"))
    assert _kept(text, *named, lowercased=True) == ["sara holm"]
    assert _kept(text, *named) == ["labour", "sara holm"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Green Party Secretary Ola Venn spoke.", "Green Party"),  # a party's own office
        ("Kellan Secretary-General Ola Venn spoke.", "Kellan"),
        ("Trade Minister said nothing.", "Trade"),  # no person named after the office
    ],
)
def test_a_body_that_is_not_a_portfolio_is_kept(text: str, body: str) -> None:
    named = [(body, "ORG")] + ([("Ola Venn", "PER")] if "Ola Venn" in text else [])
    assert body in _kept(text, *named)
