"""Coarse sections from the headings the segment stage records."""

from __future__ import annotations

from newsbrief import Article
from newsbrief._article import Heading
from newsbrief.stages.sections import coarse_sections
from newsbrief.stages.segment import segment


def sectioned(text: str, **fields: object) -> Article:
    return coarse_sections()(segment()(Article(text=text, **fields)))  # type: ignore[arg-type]


def test_markdown_headings_open_sections() -> None:
    text = "The storm came. Power went out.\n\n## Damage\n\nTwo roofs fell.\n\n## Next steps\n\nRepairs start today."
    article = sectioned(text)
    assert [(s.heading, s.sentences) for s in article.sections] == [
        ("", (0, 1)),
        ("Damage", (2,)),
        ("Next steps", (3,)),
    ]


def test_heading_lines_are_never_sentences_of_a_section() -> None:
    article = sectioned("# Storm report\n\nThe storm came.\n\n## Damage\n\nTwo roofs fell.")
    texts = [article.sentences[i].text for section in article.sections for i in section.sentences]
    assert texts == ["The storm came.", "Two roofs fell."]
    assert [s.heading for s in article.sections] == ["Storm report", "Damage"]


def test_a_heading_with_no_sentences_under_it_makes_no_section() -> None:
    article = sectioned("## Empty\n\n## Full\n\nOne sentence here.")
    assert [(s.heading, s.sentences) for s in article.sections] == [("Full", (0,))]


def test_headings_from_the_reader_open_sections_too() -> None:
    text = "Intro sentence.\nDamage\nTwo roofs fell."
    article = sectioned(text, headings=(Heading("Damage", 16, 22),))
    assert [(s.heading, s.sentences) for s in article.sections] == [("", (0,)), ("Damage", (1,))]


def test_without_headings_the_body_is_one_untitled_section(storm_text: str) -> None:
    article = sectioned(storm_text)
    assert len(article.sections) == 1
    assert article.sections[0].heading == ""
    assert article.sections[0].sentences == tuple(range(len(article.sentences)))
