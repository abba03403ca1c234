"""The public API: its names, and a brief from plain text end to end."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.errors import InputError, UsageError


def test_public_names_are_few_and_stable() -> None:
    assert sorted(newsbrief.__all__) == sorted(
        [
            "Article",
            "Brief",
            "Pipeline",
            "__version__",
            "brief",
            "dates",
            "entities",
            "load_pipeline",
            "places",
            "quotes",
            "registered_stages",
            "stage",
        ]
    )


def test_brief_of_plain_text_keeps_the_text_and_traces_highlights(storm_text: str) -> None:
    result = newsbrief.brief(storm_text, pipeline=["segment", "lead", "sections"], n=2)
    assert result.text == storm_text
    assert len(result.highlights) == 2
    for highlight in result.highlights:
        for span in highlight.spans:
            assert storm_text[span.start : span.end] == highlight.source
    assert result.to_dict()["meta"]["pipeline"] == ["segment", "lead", "sections"]


def test_every_sentence_is_its_own_text(storm_text: str) -> None:
    result = newsbrief.brief(storm_text, pipeline="segment,lead")
    assert [s.text for s in result.sentences] == [storm_text[s.start : s.end] for s in result.sentences]


def test_empty_text_is_a_clear_input_error() -> None:
    with pytest.raises(InputError, match=r"\[E001\]"):
        newsbrief.brief("   \n ")


def test_unknown_stage_and_unknown_option_are_usage_errors(storm_text: str) -> None:
    with pytest.raises(UsageError, match=r"\[E030\].*nonsense"):
        newsbrief.load_pipeline(["segment", "nonsense"])
    with pytest.raises(UsageError, match=r"\[E031\].*colour"):
        newsbrief.load_pipeline(["segment", "lead"], colour="red")


def test_a_stage_before_its_needs_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"\[E032\].*segment"):
        newsbrief.load_pipeline(["lead", "segment"])


def test_fact_functions_return_the_records_a_brief_holds() -> None:
    text = (
        "Mayor Ines Duarte opened the new bridge in Lisbon on Monday. "
        '"It took us nine years," Duarte said. The city council paid for half of it.'
    )
    people = [e for e in newsbrief.entities(text) if e.label == "PER"]
    assert [p.name for p in people] == ["Ines Duarte"] and people[0].count == 2
    assert any(p.name == "Lisbon" and p.country == "PT" for p in newsbrief.places(text))
    (quote,) = [q for q in newsbrief.quotes(text) if q.direct]
    assert text[quote.content.start : quote.content.end].startswith('"It took us nine years')
    assert quote.entity is not None
    assert [d.value for d in newsbrief.dates(text, published="2026-03-04")] == ["2026-03-02"]


def test_headline_style_is_a_switch_and_the_html_shows_the_source_on_hover() -> None:
    story = "Volunteers rebuilt the footbridge over the Kell in a single weekend. The old one washed away in May."
    styled = newsbrief.brief(story, n=1)
    plain = newsbrief.brief(story, n=1, headline=False)
    assert styled.highlights[0].text == "Volunteers rebuild the footbridge over the Kell in a single weekend."
    assert plain.highlights[0].text == plain.highlights[0].source == styled.highlights[0].source
    assert "headline" in styled.to_dict()["meta"]["pipeline"]
    assert "headline" not in plain.to_dict()["meta"]["pipeline"]
    assert 'title="Volunteers rebuilt the footbridge' in styled.to_html()
    assert 'title="' not in plain.to_html().split('class="highlights"')[1].split("</section>")[0]
