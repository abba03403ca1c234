"""The `sections` stage: source headings kept; otherwise topical sections with their own headings."""

from __future__ import annotations

from pathlib import Path

from newsbrief import Article
from newsbrief._article import Heading
from newsbrief.stages.sections import topic_sections
from newsbrief.stages.segment import segment
from tests.conftest import build_article

STORY = Path(__file__).parents[1] / "data" / "layout" / "harbour-strike.txt"


def _with_markdown_headings(*paragraphs: str) -> Article:
    article = build_article(*paragraphs)
    headings = []
    cursor = 0
    for paragraph in paragraphs:
        start = article.text.index(paragraph, cursor)
        cursor = start + len(paragraph)
        if paragraph.startswith("#"):
            headings.append(Heading(paragraph.lstrip("# "), start, cursor))
    return article.replace(headings=tuple(headings))


def test_source_headings_are_kept_with_their_own_sections() -> None:
    article = _with_markdown_headings(
        "The river burst its banks on Tuesday.",
        "## Farmers count the cost",
        "Fields lay under water. Growers feared for the harvest.",
        "## Questions over defences",
        "Critics said the walls were too low.",
    )
    sections = topic_sections()(article).sections
    assert [s.heading for s in sections] == ["", "Farmers count the cost", "Questions over defences"]
    texts = [[article.sentences[i].text for i in s.sentences] for s in sections]
    assert texts[1] == ["Fields lay under water.", "Growers feared for the harvest."]
    assert all(not t.startswith("#") for body in texts for t in body)


def test_a_story_without_headings_is_cut_into_headed_sections() -> None:
    article = build_article(*STORY.read_text(encoding="utf-8").split("\n\n"))
    sections = topic_sections()(article).sections
    assert 3 <= len(sections) <= 7
    assert [i for s in sections for i in s.sentences] == list(range(len(article.sentences)))
    assert all(2 <= len(s.heading.split()) <= 6 for s in sections)


def test_sections_never_split_a_paragraph() -> None:
    article = build_article(*STORY.read_text(encoding="utf-8").split("\n\n"))
    sections = topic_sections()(article).sections
    for before, after in zip(sections, sections[1:]):
        last, first = article.sentences[before.sentences[-1]], article.sentences[after.sentences[0]]
        assert last.paragraph != first.paragraph


def test_a_short_story_is_one_headed_section(storm_text: str) -> None:
    sections = topic_sections()(build_article(*storm_text.split("\n\n"))).sections
    assert len(sections) == 1
    assert 2 <= len(sections[0].heading.split()) <= 6


def test_an_article_without_sentences_has_no_sections() -> None:
    assert topic_sections()(Article(text="")).sections == ()


def sectioned(text: str, **fields: object) -> Article:
    return topic_sections()(segment()(Article(text=text, **fields)))  # type: ignore[arg-type]


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
    assert article.title == "Storm report"  # a lone '# ' heading opening the text is its title
    assert [s.heading for s in article.sections] == ["", "Damage"]


def test_a_heading_with_no_sentences_under_it_makes_no_section() -> None:
    article = sectioned("## Empty\n\n## Full\n\nOne sentence here.")
    assert [(s.heading, s.sentences) for s in article.sections] == [("Full", (0,))]


def test_headings_from_the_reader_open_sections_too() -> None:
    text = "Intro sentence.\nDamage\nTwo roofs fell."
    article = sectioned(text, headings=(Heading("Damage", 16, 22),))
    assert [(s.heading, s.sentences) for s in article.sections] == [("", (0,)), ("Damage", (1,))]
