"""The segment stage on the hand-written cases of tests/data and on small articles."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from newsbrief import Article
from newsbrief._article import Heading
from newsbrief.evaluation.sentences import Case, load_cases
from newsbrief.stages.segment import segment

CASES = load_cases(Path(__file__).parents[1] / "data" / "sentence_cases.jsonl")


def segmented(text: str, **fields: object) -> Article:
    return segment()(Article(text=text, **fields))  # type: ignore[arg-type]


def test_the_cases_cover_every_category_with_enough_passages() -> None:
    categories = {case.category for case in CASES}
    assert len(CASES) >= 80
    assert {"dateline", "boilerplate", "abbreviation", "initials", "numbers", "ellipsis", "quotes"} <= categories
    assert {"attribution", "layout", "markdown", "urls", "tokenized", "caseless", "plain"} <= categories


@pytest.mark.parametrize("case", [c for c in CASES if not c.hard], ids=lambda c: c.id)
def test_case(case: Case) -> None:
    article = segmented(case.text)
    assert tuple(s.text for s in article.sentences) == case.sentences
    assert tuple(b.text for b in article.boilerplate) == case.boilerplate
    assert tuple(h.text for h in article.headings) == case.headings
    assert article.title == case.title


def test_offsets_trace_every_unit_back_to_the_text(storm_text: str) -> None:
    text = "# Storm\n\nBy Jane Doe\n\nEASTPORT (AP) - " + storm_text
    article = segmented(text)
    for unit in (*article.sentences, *article.boilerplate):
        assert text[unit.start : unit.end] == unit.text
    assert [b.kind for b in article.boilerplate] == ["title", "byline", "dateline"]
    assert article.title == "Storm"
    assert article.sentences[0].text.startswith("The storm reached")


def test_sentences_and_boilerplate_never_overlap_and_stay_in_order(storm_text: str) -> None:
    article = segmented("Scroll down for video\n\n" + storm_text + "\n\nAdvertisement")
    spans = sorted([(s.start, s.end) for s in article.sentences] + [(b.start, b.end) for b in article.boilerplate])
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    assert [s.start for s in article.sentences] == sorted(s.start for s in article.sentences)


def test_paragraph_numbers_index_the_body_paragraphs(storm_text: str) -> None:
    article = segmented("Share this article\n\n" + storm_text)
    assert len(article.paragraphs) == 3
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end


def test_tokens_cover_the_whole_text_in_order(storm_text: str) -> None:
    article = segmented("## Storm\n\n" + storm_text)
    tokens = article.tokens
    assert all(a.end <= b.start for a, b in pairwise(tokens))
    assert "".join(article.text[t.start : t.end] for t in tokens) == "".join(article.text.split())
    first = article.sentence_tokens(0)
    assert [article.text[t.start : t.end] for t in first][:3] == ["The", "storm", "reached"]


def test_headings_given_by_the_reader_are_kept_and_skipped() -> None:
    text = "Storm hits Norland\nThe storm came. Power went out.\nWhat happens next\nRepairs start today."
    given = (Heading("Storm hits Norland", 0, 18, 1), Heading("What happens next", 51, 68, 2))
    article = segmented(text, headings=given)
    assert article.headings == given
    assert [s.text for s in article.sentences] == ["The storm came.", "Power went out.", "Repairs start today."]


def test_a_heading_inside_a_paragraph_is_cut_out_of_it() -> None:
    text = "Intro here. Part two more text."
    article = segmented(text, headings=(Heading("Part two", 12, 20),))
    assert [s.text for s in article.sentences] == ["Intro here.", "more text."]


def test_only_one_dateline_and_only_near_the_start() -> None:
    late = "First line here.\n\nSecond one.\n\nThird one.\n\nFourth.\n\nLONDON (Reuters) - A later story began."
    assert segmented(late).boilerplate == ()
    twice = "LONDON (Reuters) - The bank acted.\n\nPARIS (AFP) - France followed on Monday."
    assert [b.text for b in segmented(twice).boilerplate] == ["LONDON (Reuters) -"]


def test_an_article_of_boilerplate_only_has_no_sentences() -> None:
    article = segmented("By Jane Doe\n\nAdvertisement")
    assert article.sentences == () and article.paragraphs == ()
    assert [b.kind for b in article.boilerplate] == ["byline", "furniture"]


def test_stage_is_registered_with_what_it_sets() -> None:
    from newsbrief import registered_stages

    info = registered_stages()["segment"]
    assert {"sentences", "tokens", "paragraphs", "headings", "boilerplate"} <= set(info.assigns)


def test_tokens_of_a_tokenized_corpus_text_are_its_own() -> None:
    text = "london ( cnn ) the u.s. team did n't win , officials said . ' we lost , ' the coach said ."
    article = segmented(text)
    assert [text[t.start : t.end] for t in article.tokens] == text.split()


def test_a_headline_line_opening_a_plain_text_is_its_title_and_a_sentence_line_is_not() -> None:
    body = "\n\nThe ferry sailed at dawn. Islanders cheered."
    assert segmented("Ferry returns to Skarra" + body).title == "Ferry returns to Skarra"
    assert segmented("Ferry returns to Skarra" + body).sentences[0].text == "The ferry sailed at dawn."
    assert segmented("The ferry returned to Skarra on Monday." + body).title is None
    assert segmented("Ferry returns to Skarra").title is None  # a text of one line is a sentence, not a title
    assert segmented("Ferry returns" + body, title="Given title").title == "Given title"
    long_line = " ".join(["word"] * 25).capitalize()
    assert segmented(long_line + body).title is None
