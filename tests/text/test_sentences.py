"""Paragraphs, sentences and tokens of small hand-written texts."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsbrief.errors import UsageError
from newsbrief.text.sentences import Style, detect_style, split_paragraphs, split_sentences, tokenize


def sentences(text: str, **options: object) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, **options)]  # type: ignore[arg-type]


def tokens(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army left. It came back.", ["The U.S. Army left.", "It came back."]),
        (
            "Gen. Ruth Ames spoke on Jan. 5 in St. Paul. Then she flew home.",
            ["Gen. Ruth Ames spoke on Jan. 5 in St. Paul.", "Then she flew home."],
        ),
        ("Acme Inc. said profits rose. Its rival did not.", ["Acme Inc. said profits rose.", "Its rival did not."]),
        ("She moved to the U.S. The move was hard.", ["She moved to the U.S.", "The move was hard."]),
        (
            "Doors open at 9 a.m. and close at 5 p.m. Tickets are free.",
            ["Doors open at 9 a.m. and close at 5 p.m.", "Tickets are free."],
        ),
        ("J. R. R. Tolkien wrote it. Few read it.", ["J. R. R. Tolkien wrote it.", "Few read it."]),
        (
            "Prices rose 3.5 percent to $1.2 billion. Stocks fell.",
            ["Prices rose 3.5 percent to $1.2 billion.", "Stocks fell."],
        ),
        ('"Why now?" she asked. Nobody knew.', ['"Why now?" she asked.', "Nobody knew."]),
        ('"Why now?" Ana Ruiz asked. Nobody knew.', ['"Why now?" Ana Ruiz asked.', "Nobody knew."]),
        ('"We are done." They left.', ['"We are done."', "They left."]),
        ("He called it \u2018a mess.\u2019 Others agreed.", ["He called it \u2018a mess.\u2019", "Others agreed."]),
        ("Wait... What happened?", ["Wait...", "What happened?"]),
        ("He paused... then went on. Done.", ["He paused... then went on.", "Done."]),
        (
            "See www.example.org. Or mail desk@example.org. Thanks!",
            ["See www.example.org.", "Or mail desk@example.org.", "Thanks!"],
        ),
        ("1. Close the harbour", ["1. Close the harbour"]),
    ],
)
def test_cased_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_every_span_is_trimmed_and_inside_the_range() -> None:
    text = "  Intro line.  It goes on.   Last one!  "
    spans = split_sentences(text, 1, len(text) - 1)
    assert [text[s.start : s.end] for s in spans] == ["Intro line.", "It goes on.", "Last one!"]
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)


def test_lowercased_tokenized_text_follows_the_corpus_rule() -> None:
    text = "he said : \" we won . \" then he left . ' it was late . ' the end ?"
    assert sentences(text) == ['he said : " we won . "', "then he left .", "' it was late . '", "the end ?"]


def test_tokenized_text_keeps_glued_abbreviations_inside() -> None:
    text = "the u.s. army , they said , left . st. louis was quiet ."
    assert sentences(text) == ["the u.s. army , they said , left .", "st. louis was quiet ."]


def test_text_without_capitals_still_knows_abbreviations() -> None:
    text = "dr. lin met the u.s. envoy. talks went well."
    assert sentences(text) == ["dr. lin met the u.s. envoy.", "talks went well."]


def test_the_style_can_be_given_instead_of_detected() -> None:
    text = "the end . next one ."
    assert sentences(text, style=Style(cased=False, tokenized=True)) == ["the end .", "next one ."]
    assert sentences(text, style=Style(cased=True, tokenized=False)) == ["the end . next one ."]


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("The storm came. Power went out, then came back.", Style(cased=True, tokenized=False)),
        ("the storm came . power went out , then came back , slowly .", Style(cased=False, tokenized=True)),
        ("Results : 1 . Norway , 2 . Spain , 3 . Chile .", Style(cased=True, tokenized=True)),
        ("the storm came. power went out.", Style(cased=False, tokenized=False)),
    ],
)
def test_detect_style(text: str, style: Style) -> None:
    assert detect_style(text) == style


def test_paragraphs_are_lines_and_wrapped_lines_are_joined() -> None:
    text = "Storm hits coast\n\nThe storm reached the coast of\nNorland on Monday, flooding\ntwo towns.\r\n- Schools closed\n"
    found = [text[p.start : p.end] for p in split_paragraphs(text)]
    # "of" + "Norland": a capital may start a new line (a heading, a list item), so the line stays apart
    assert found == [
        "Storm hits coast",
        "The storm reached the coast of",
        "Norland on Monday, flooding\ntwo towns.",
        "- Schools closed",
    ]


def test_lowercase_lines_are_not_joined_in_text_without_capitals() -> None:
    text = "storm hits coast\nthe storm came"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["storm hits coast", "the storm came"]


def test_tokens_of_news_text() -> None:
    text = "Mr. Lee didn't pay $1,200.50 for 3.5% of U.S. all-rounders... at 9 a.m., he said."
    assert tokens(text) == [
        "Mr.", "Lee", "didn't", "pay", "$1,200.50", "for", "3.5", "%", "of", "U.S.", "all-rounders", "...",
        "at", "9", "a.m.", ",", "he", "said", ".",
    ]  # fmt: skip


def test_tokens_of_urls_emails_and_handles() -> None:
    text = "See https://example.org/a?b=1, mail desk@example.org or follow @desk #storm."
    assert tokens(text) == [
        "See", "https://example.org/a?b=1", ",", "mail", "desk@example.org", "or", "follow", "@desk", "#storm", ".",
    ]  # fmt: skip


def test_tokens_of_tokenized_text() -> None:
    text = "he did n't say ' no ' . `` fine '' , she said -- 1996-08-30"
    assert tokens(text) == [
        "he", "did", "n't", "say", "'", "no", "'", ".", "``", "fine", "''", ",", "she", "said", "--", "1996-08-30",
    ]  # fmt: skip


def test_a_final_period_stays_its_own_token_after_a_plain_word() -> None:
    text = "He said no. Then Gen. Ames left."
    assert tokens(text) == ["He", "said", "no", ".", "Then", "Gen.", "Ames", "left", "."]


def test_tokens_are_ordered_and_inside_the_range() -> None:
    text = "Skip this. Take 12:01 EST and 9/11 only."
    found = tokenize(text, 11, len(text))
    assert [text[t.start : t.end] for t in found] == ["Take", "12:01", "EST", "and", "9/11", "only", "."]
    assert all(a.end <= b.start for a, b in pairwise(found))


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (4, 2), (0, 99)])
def test_a_span_outside_the_text_is_a_usage_error(start: int, end: int) -> None:
    with pytest.raises(UsageError, match=r"\[E060\]"):
        split_sentences("Short text.", start, end)
    with pytest.raises(UsageError, match=r"\[E060\]"):
        tokenize("Short text.", start, end)


def test_empty_and_blank_text_have_no_sentences_or_tokens() -> None:
    assert split_sentences("") == [] and tokenize("") == []
    assert split_sentences("   \n ") == [] and split_paragraphs("  \n\n ") == []


def test_abbreviations_after_a_line_break_or_a_no_break_space() -> None:
    wrapped = "He flew to the coast of\nSt. Louis on Monday. It rained."
    assert sentences(wrapped) == ["He flew to the coast of\nSt. Louis on Monday.", "It rained."]
    spaced = "It was said\xa0Mr. Smith left. Then he came back."
    assert sentences(spaced) == ["It was said\xa0Mr. Smith left.", "Then he came back."]
    assert "Mr." in tokens(spaced) and "St." in tokens(wrapped)


def test_pretokenized_text_keeps_its_own_tokens() -> None:
    text = "the u.s. army did n't go -- 1,200 ' troops ' stayed ."
    found = tokenize(text, pretokenized=True)
    assert [text[t.start : t.end] for t in found] == text.split()
