"""The `quotes` stage on small hand-written articles: quote styles, cues, speakers and their entities."""

from __future__ import annotations

from tests.facts.helpers import entities

from newsbrief import Article, brief
from newsbrief.stages.quotes import quotes

STORY = (
    "Harbour master Jane Doe said on Monday that the port would reopen within a week.\n\n"
    "\u201cWe are working around the clock,\u201d Doe said. \u201cNobody should sail yet.\u201d\n\n"
    "Mayor Tom Reed praised the crews. He added: \u201cThey saved the season.\u201d\n\n"
    "The repairs will cost millions, the mayor told reporters.\n\n"
    "According to the coast guard, 17 people were rescued."
)


def _run(text: str, *named: tuple[str, str]) -> tuple[Article, list[dict[str, object]]]:
    article = quotes()(Article(text=text, entities=entities(text, *named)))

    def words(span: object) -> str | None:
        return text[span.start : span.end] if span is not None else None  # type: ignore[attr-defined]

    found = [
        {
            "content": words(q.content),
            "cue": words(q.cue),
            "speaker": words(q.speaker),
            "entity": q.entity,
            "direct": q.direct,
        }
        for q in article.quotes
    ]
    return article, found


def test_direct_and_indirect_quotes_with_cues_speakers_and_entities() -> None:
    article, found = _run(STORY, ("Jane Doe|Doe", "PER"), ("Tom Reed", "PER"))
    names = [e.name for e in article.entities]
    assert [(q["content"], q["cue"], q["speaker"], q["direct"]) for q in found] == [
        ("that the port would reopen within a week", "said", "Jane Doe", False),
        ("\u201cWe are working around the clock,\u201d", "said", "Doe", True),
        ("\u201cNobody should sail yet.\u201d", "said", "Doe", True),
        ("\u201cThey saved the season.\u201d", "added", "He", True),
        ("The repairs will cost millions", "told", "the mayor", False),
        ("17 people were rescued", "According to", "the coast guard", False),
    ]
    assert [names[q["entity"]] if q["entity"] is not None else None for q in found] == [  # type: ignore[index]
        "Jane Doe",
        "Jane Doe",
        "Jane Doe",
        "Tom Reed",
        "Tom Reed",
        None,
    ]


def test_straight_quotes_and_a_quote_running_over_paragraphs() -> None:
    text = (
        '"The first part ends here.\n\n"The second part ends here," said Ann Lee.\n\nNothing quoted in this paragraph.'
    )
    _, found = _run(text, ("Ann Lee", "PER"))
    assert found == [
        {"content": text[: text.index(',"') + 2], "cue": "said", "speaker": "Ann Lee", "entity": 0, "direct": True}
    ]


def test_an_unclosed_quote_stops_at_its_paragraph_end() -> None:
    text = "\u201cWe will rebuild every pier and every shed,\u201d he said. \u201cThe town deserves it.\n\nLater, rain fell."
    _, found = _run(text)
    assert [q["content"] for q in found] == [
        "\u201cWe will rebuild every pier and every shed,\u201d",
        "\u201cThe town deserves it.",
    ]
    assert found[1]["speaker"] == "he"  # the second part continues the first speaker's quote


def test_inverted_cue_and_a_dash_attribution() -> None:
    text = (
        "\u201cThe bridge is safe for now and will stay open,\u201d said Ravi Patel, the city engineer.\n\n"
        "\u201cBest festival in years, no doubt about it.\u201d \u2015 Mia Chen"
    )
    _, found = _run(text, ("Ravi Patel", "PER"), ("Mia Chen", "PER"))
    assert [(q["speaker"], q["entity"]) for q in found] == [("Ravi Patel", 0), ("Mia Chen", 1)]


def test_a_scare_quote_inside_a_sentence_is_not_a_quote_of_its_own() -> None:
    text = "Critics called the plan \u201ca gift to developers\u201d in a letter that circulated widely."
    _, found = _run(text)
    assert all(not q["direct"] for q in found)


def test_a_title_resolves_to_the_person_named_with_it() -> None:
    text = (
        "Finance Minister Ada Varga met Paul Stone, a banker, on Friday. The minister said the deal "
        "would hold. Stone said little."
    )
    article, found = _run(text, ("Ada Varga", "PER"), ("Paul Stone|Stone", "PER"))
    minister = next(q for q in found if q["speaker"] == "The minister")
    assert article.entities[minister["entity"]].name == "Ada Varga"  # type: ignore[index]


def test_a_pronoun_resolves_to_the_latest_person_before_it() -> None:
    text = "Ada Varga spoke first. Then Paul Stone arrived. He said the vote should wait a month."
    article, found = _run(text, ("Ada Varga", "PER"), ("Paul Stone", "PER"))
    assert article.entities[found[0]["entity"]].name == "Paul Stone"  # type: ignore[index]


def test_without_entities_speakers_are_found_but_not_resolved() -> None:
    _, found = _run(STORY)
    assert found[1]["speaker"] == "Doe" and all(q["entity"] is None for q in found)


def test_the_stage_runs_in_a_pipeline_and_serialises() -> None:
    result = brief(STORY, pipeline=["segment", "quotes"]).to_dict()
    first = result["quotes"][0]
    assert set(first) == {"content", "cue", "speaker", "entity", "direct"}
    assert STORY[first["content"]["start"] : first["content"]["end"]].startswith("that the port")


def test_a_passive_cue_does_not_make_its_subject_a_speaker() -> None:
    text = "No injuries were reported, but two boats sank in the harbour, according to the coast guard."
    article, found = _run(text)
    speakers = [text[q.speaker.start : q.speaker.end] for q in article.quotes if q.speaker]
    assert speakers == ["the coast guard"]


def test_a_title_phrase_with_a_name_beside_it_gives_the_name_to_both_quotes() -> None:
    text = (
        "\u201cThe ferries will not sail,\u201d said the crew association's chair, Mila Rook, outside the office. "
        "\u201cWe asked for talks and heard nothing back.\u201d"
    )
    article, found = _run(text, ("Mila Rook|Rook", "PER"))
    assert [q["speaker"] for q in found] == ["Mila Rook", "Mila Rook"]
    assert {article.entities[q["entity"]].name for q in found} == {"Mila Rook"}  # type: ignore[index]
