"""Helpers for building small hand-written articles inline."""

from __future__ import annotations

import pytest

from newsbrief import Article
from newsbrief.stages.segment import segment


def build_article(*paragraphs: str, **fields: object) -> Article:
    """A segmented article from paragraphs, e.g. `build_article("# Heading", "s1. s2.")`."""
    text = "\n\n".join(paragraphs)
    return segment()(Article(text=text, **fields))  # type: ignore[arg-type]


@pytest.fixture
def storm_text() -> str:
    return (
        "The storm reached the coast of Norland on Monday night, flooding two harbour towns. "
        "More than 40,000 homes lost power, the grid operator said.\n\n"
        "Rescue crews pulled 17 people from cars trapped on the coast road. "
        "No deaths were reported.\n\n"
        "Schools will stay closed until Thursday, the mayor of Eastport told reporters."
    )
