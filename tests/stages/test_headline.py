"""The `headline` stage on small hand-written highlights."""

from __future__ import annotations

import pytest

from newsbrief import Article
from newsbrief._article import Entity, Highlight, Meta, Span
from newsbrief._pipeline import load_pipeline
from newsbrief.errors import UsageError
from newsbrief.stages.headline import headline_style
from tests.conftest import build_article


def _one(text: str, **options: int) -> Highlight:
    highlight = Highlight(text=text, sentences=(0,), spans=(Span(0, len(text)),), source=text, score=0.5)
    return headline_style(**options)(Article(text=text, highlights=(highlight,))).highlights[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels breached the walls.", "Rebels breach the walls."),
        ("The harbour board approved the plan.", "The harbour board approves the plan."),
        ("A teacher was arrested near the school.", "A teacher is arrested near the school."),
        ("Two ferries were delayed by fog.", "Two ferries are delayed by fog."),
        ("The guards did not see the intruder.", "The guards do not see the intruder."),
    ],
)
def test_past_verbs_turn_present(text: str, expected: str) -> None:
    assert _one(text).text == expected


def test_the_source_sentence_and_the_spans_are_kept() -> None:
    highlight = _one("The mill closed on Friday.")
    assert highlight.text == "The mill closes on Friday."
    assert highlight.source == "The mill closed on Friday."
    assert highlight.spans == (Span(0, 26),)
    assert highlight.score == 0.5


def test_a_highlight_dated_to_the_past_keeps_its_tense() -> None:
    assert _one("The mill closed in 1990.").text == "The mill closed in 1990."
    assert _one("The mill closed years ago.").text == "The mill closed years ago."


def test_words_inside_quotes_stay_verbatim() -> None:
    assert _one('The keeper said: "We lost the key."').text == 'The keeper says: "We lost the key."'


def test_modal_and_future_verbs_stay() -> None:
    assert _one("The tram line will open in May.").text == "The tram line will open in May."


def test_a_name_that_looks_like_a_verb_is_left_alone() -> None:
    assert _one("Will Dunmore sold the orchard.").text == "Will Dunmore sells the orchard."


def test_a_time_opener_and_a_dateline_go() -> None:
    assert _one("On Monday, the council closed the pool.").text == "The council closes the pool."
    assert _one("OSLO (Wire) - Snow closed the airport.").text == "Snow closes the airport."


def test_a_long_highlight_is_cut_before_a_clause_only() -> None:
    long = (
        "The village baker won a national prize for her rye loaf, which she first made "
        "in a borrowed oven during the long winter of the great flood."
    )
    assert _one(long).text == "The village baker wins a national prize for her rye loaf."
    assert _one(long, headline_words=30).text.endswith("great flood.")
    no_clause = "The board approved the plan " + "and the budget " * 8 + "today."
    assert _one(no_clause).text.startswith("The board approves the plan and the budget")
    assert len(_one(no_clause).text.split()) > 20


def test_the_stage_runs_after_highlights_in_a_pipeline() -> None:
    text = "The storm flooded the harbour town of Eastwick. Crews rescued nine people from their roofs."
    article = load_pipeline(["segment", "lead", "headline"], n=2)(Article(text=text))
    assert [h.text for h in article.highlights] == [
        "The storm floods the harbour town of Eastwick.",
        "Crews rescue nine people from their roofs.",
    ]
    assert [h.source for h in article.highlights] == [s.text for s in article.sentences]


def test_an_article_without_highlights_is_unchanged() -> None:
    article = build_article("Nothing was chosen.")
    assert headline_style()(article) is article


@pytest.mark.parametrize("value", [0, 3, "20", True, 2.5])
def test_a_bad_word_limit_is_a_clear_error(value: object) -> None:
    with pytest.raises(UsageError, match="E150"):
        headline_style(headline_words=value)  # type: ignore[arg-type]


def test_a_present_perfect_stays() -> None:
    assert _one("The harbour board has approved the plan.").text == "The harbour board has approved the plan."
    assert _one("Police have arrested two men and charged them.").text == "Police have arrested two men and charged them."


def test_participles_and_adjectives_are_not_main_verbs() -> None:
    assert _one("The keeper's deflected shot crossed the line.").text == "The keeper's deflected shot crosses the line."
    assert _one("The film, titled Low Tide, won a prize.").text == "The film, titled Low Tide, wins a prize."
    assert _one("The coach had not played since June.").text == "The coach had not played since June."


def test_a_persons_name_that_looks_plural_takes_a_singular_verb_after_the_entities_stage() -> None:
    from newsbrief import brief

    text = "the coach , tom hodges , spoke on monday . hodges did not answer the charge after the hearing ."
    plain = brief(text, pipeline=["segment", "highlights", "headline"], n=2)
    named = brief(text, pipeline=["segment", "highlights", "entities", "headline"], n=2)
    assert "PER" in {e.label for e in named.article.entities}
    assert named.highlights[-1].text == "hodges does not answer the charge after the hearing ."
    assert plain.highlights[-1].text == "hodges do not answer the charge after the hearing ."  # read as a plural noun


def test_a_surname_that_looks_like_a_verb_stays_once_entities_name_it() -> None:
    text = "the coach rates tom rose as the best keeper in the league ."
    start = text.index("tom rose")
    highlight = Highlight(text=text, sentences=(0,), spans=(Span(0, len(text)),), source=text)
    named = Article(text=text, highlights=(highlight,), entities=(Entity("tom rose", "PER", (Span(start, start + 8),)),))
    assert headline_style()(named).highlights[0].text == text
    assert _one(text).text != text  # without the entity the rough tags read "rose" as a verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the harbour plan on March 3.", "The council approved the harbour plan on March 3."),
        ("The bridge over the Ebbe opened last month.", "The bridge over the Ebbe opened last month."),
        ("The ferry sank near Essby on November 20.", "The ferry sinks near Essby on November 20."),
        ("Marsh, who took office in March, won on Monday.", "Marsh, who took office in March, wins on Monday."),
    ],
)
def test_a_date_weeks_from_publication_keeps_the_tense(text: str, expected: str) -> None:
    highlight = Highlight(text=text, sentences=(0,), spans=(Span(0, len(text)),), source=text)
    dated = Article(text=text, highlights=(highlight,), meta=Meta(published="2026-11-25"))
    assert headline_style()(dated).highlights[0].text == expected


def test_without_a_publication_day_a_bare_date_does_not_stop_the_rewrite() -> None:
    assert _one("The council approved the plan on March 3.").text == "The council approves the plan on March 3."
