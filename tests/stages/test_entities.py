"""The `entities` stage on a fictional article: a person then her surname, an agency and its acronym, a city."""

from __future__ import annotations

import newsbrief
from newsbrief.stages.entities import entities
from newsbrief.tagger import entities as text_entities
from tests.conftest import build_article

STORY = (
    "Helena Marsh, the director of the European Maritime Safety Agency (EMSA), arrived in Rotterdam on Tuesday.",
    "Marsh told reporters that the EMSA would inspect every ferry in the port before the summer.",
    '"We cannot wait for another accident," Marsh said in Rotterdam.',
)


def _by_name(article: newsbrief.Article) -> dict[str, newsbrief.Article]:
    return {e.name: e for e in article.entities}  # type: ignore[misc]


def test_person_agency_and_city_are_found_once_each_with_every_mention() -> None:
    article = entities()(build_article(*STORY))
    found = _by_name(article)
    assert found["Helena Marsh"].label == "PER"
    assert found["Helena Marsh"].count == 3
    assert found["European Maritime Safety Agency"].label == "ORG"
    assert found["European Maritime Safety Agency"].count == 3
    assert found["Rotterdam"].label == "LOC"
    assert found["Rotterdam"].count == 2
    assert "Marsh" not in found and "EMSA" not in found


def test_every_mention_points_at_its_words() -> None:
    article = entities()(build_article(*STORY))
    for entity in article.entities:
        for span in entity.mentions:
            written = article.text[span.start : span.end]
            assert written in entity.name or entity.name.endswith(written) or written.isupper()


def test_lowercased_text_still_finds_the_person() -> None:
    text = "\n\n".join(STORY).lower()
    found = {e.name: e for e in text_entities(text)}
    assert found["helena marsh"].label == "PER"
    assert found["helena marsh"].count >= 2


def test_entities_appear_in_the_brief_json() -> None:
    result = newsbrief.brief("\n\n".join(STORY), pipeline=["segment", "entities"])
    plain = result.to_dict()["entities"]
    assert {"name": "Rotterdam", "label": "LOC"}.items() <= plain[[e["name"] for e in plain].index("Rotterdam")].items()
    assert all({"start", "end"} == set(m) for e in plain for m in e["mentions"])


def test_an_article_without_sentences_has_no_entities() -> None:
    assert entities()(newsbrief.Article(text="")).entities == ()


def test_a_company_and_its_short_form_are_one_organisation_and_a_portfolio_is_no_organisation() -> None:
    article = entities()(
        build_article(
            "Crews walked off the docks at Port Senna on Monday.",
            "The port's operator, Corvane Terminals, said the strike was unlawful.",
            "Corvane said it would go to court.",
            "Labour Minister Edda Rusk said she would meet both sides.",
        )
    )
    found = {e.name: e.label for e in article.entities}
    assert found["Corvane Terminals"] == "ORG" and "Corvane" not in found
    assert found["Edda Rusk"] == "PER" and "Labour" not in found
