"""Boundary scores, gold sentences of the corpora's formats, and the case file, on small inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import Article
from newsbrief._article import Span
from newsbrief.errors import UsageError
from newsbrief.evaluation.sentences import (
    boundary_events,
    case_spans,
    conll_documents,
    load_cases,
    rejoin,
    score_boundaries,
    tokenized_gold,
    units,
)
from newsbrief.stages.segment import segment

DOCUMENT = [["STORM", "HITS", "COAST", "."], ["EASTPORT", "2024-05-14"], ["Roads", "closed", "."], ["Schools", "shut"]]


def test_boundary_events_leave_out_the_ends_of_the_text() -> None:
    text = " One. Two. "
    assert boundary_events(text, [Span(1, 5), Span(6, 10)]) == {("end", 5), ("start", 6)}


def test_scores_count_starts_and_ends() -> None:
    text = "A b. C d. E f."
    gold = [Span(0, 4), Span(5, 9), Span(10, 14)]
    assert score_boundaries([(text, gold, gold)]).f1 == 1.0
    glued = [Span(0, 9), Span(10, 14)]
    score = score_boundaries([(text, gold, glued)])
    assert (score.gold, score.predicted, score.matched) == (4, 2, 2)
    assert score.precision == 1.0 and score.recall == 0.5


def test_rejoin_layouts() -> None:
    text, spans = rejoin(DOCUMENT, "spaces")
    assert text == "STORM HITS COAST . EASTPORT 2024-05-14 Roads closed . Schools shut"
    assert [text[s.start : s.end] for s in spans] == [" ".join(tokens) for tokens in DOCUMENT]
    assert rejoin(DOCUMENT, "headlines")[0] == "STORM HITS COAST .\nEASTPORT 2024-05-14\nRoads closed . Schools shut"
    assert rejoin(DOCUMENT, "lines")[0] == "STORM HITS COAST . EASTPORT 2024-05-14\nRoads closed . Schools shut"


def test_an_unknown_layout_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"\[E061\].*columns"):
        rejoin(DOCUMENT, "columns")


def test_conll_documents_are_read_by_blank_lines_and_docstarts(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text(
        "-DOCSTART- -X- -X- O\n\nStorm NN B-NP O\nhits VBZ B-VP O\n. . O O\n\nRoads NNS B-NP O\n\n"
        "-DOCSTART- -X- -X- O\n\nCalm JJ B-NP O\n",
        encoding="utf-8",
    )
    assert conll_documents(path) == [[["Storm", "hits", "."], ["Roads"]], [["Calm"]]]


def test_tokenized_gold_follows_the_corpus_rule() -> None:
    text = "he said : \" we won . \" it ended ! ! ' so ' she said . the fans ' bus left ... late ?! ok"
    found = [text[s.start : s.end] for s in tokenized_gold(text)]
    assert found == [
        'he said : " we won . "',
        "it ended ! !",
        "' so ' she said .",
        "the fans ' bus left ... late ?!",
        "ok",
    ]


def test_units_can_join_a_dateline_to_its_sentence() -> None:
    article = segment()(Article(text="london ( cnn ) the port shut . it rained ."))
    text = article.text
    assert [text[a:b] for a, b in units(article)] == ["london ( cnn )", "the port shut .", "it rained ."]
    assert [text[a:b] for a, b in units(article, join_datelines=True)] == [
        "london ( cnn ) the port shut .",
        "it rained .",
    ]


def test_case_spans_find_parts_in_order() -> None:
    assert case_spans("Go. Go. Stop.", ["Go.", "Go.", "Stop."]) == [Span(0, 3), Span(4, 7), Span(8, 13)]
    with pytest.raises(ValueError):
        case_spans("Go.", ["Stop."])


def test_a_broken_case_line_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('// comment\n{"id": "a", "category": "plain", "text": "A."}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"\[E062\] Line 2"):
        load_cases(path)
