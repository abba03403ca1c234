"""The `places` stage on small hand-written articles whose entities are set by hand."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from tests.facts.helpers import entities

from newsbrief import Article, Brief, load_pipeline
from newsbrief._article import Meta
from newsbrief.errors import UsageError
from newsbrief.stages.dates import dates
from newsbrief.stages.places import place_in_organisation, places
from newsbrief.stages.quotes import quotes


def _places(text: str, *named: tuple[str, str]) -> Article:
    return places()(Article(text=text, entities=entities(text, *named)))


def test_each_loc_entity_becomes_a_place_pointing_back_to_it() -> None:
    text = "Rescue boats left Paris for the coast of Texas on a grey morning."
    article = _places(text, ("Paris", "LOC"), ("Texas", "LOC"))
    assert [(p.name, p.country, p.kind, p.entity) for p in article.places] == [
        ("Paris", "US", "city", 0),
        ("Texas", "US", "region", 1),
    ]
    paris = article.places[0]
    assert 33 < paris.lat < 34 and -96 < paris.lon < -95 and paris.resolved


def test_unresolved_places_are_kept_and_marked() -> None:
    article = _places("The ferry to Glimmerholm was late again.", ("Glimmerholm", "LOC"))
    (place,) = article.places
    assert (place.name, place.resolved, place.country, place.lat, place.lon, place.kind) == (
        "Glimmerholm",
        False,
        None,
        None,
        None,
        None,
    )


def test_people_and_organisations_without_places_are_not_places() -> None:
    article = _places("Jane Doe of Acme Widgets spoke.", ("Jane Doe", "PER"), ("Acme Widgets", "ORG"))
    assert article.places == ()


@pytest.mark.parametrize(
    ("org", "place"),
    [
        ("University of Texas", "Texas"),
        ("Bank of England", "England"),
        ("Chicago Police Department", "Chicago"),
        ("New York Times", None),
        ("Acme Widgets", None),
    ],
)
def test_places_inside_organisation_names(org: str, place: str | None) -> None:
    assert place_in_organisation(org) == place


def test_a_place_inside_an_organisation_is_added_once() -> None:
    text = "The Chicago Police Department said crime in Chicago fell, and the University of Texas agreed."
    article = _places(text, ("Chicago Police Department", "ORG"), ("Chicago", "LOC"), ("University of Texas", "ORG"))
    assert sorted((p.name, p.entity) for p in article.places) == [("Chicago", 1), ("Texas", 2)]


def test_a_comma_qualifier_in_the_text_decides() -> None:
    text = "The plant in London, Ontario, will hire 300 workers."
    article = _places(text, ("London", "LOC"), ("Ontario", "LOC"))
    assert article.places[0].country == "CA"


def test_a_demonym_points_to_its_country() -> None:
    text = "American voters in Georgia queued for hours."
    hinted = _places(text, ("American", "MISC"), ("Georgia", "LOC"))
    assert [p.country for p in hinted.places] == ["US"]


def test_the_stage_needs_entities_first() -> None:
    with pytest.raises(UsageError, match=r"\[E032\].*places"):
        load_pipeline(["segment", "places"])


def test_facts_serialise_as_the_brief_schema_says() -> None:
    text = "Ravi Patel said on Monday that the ferry from Glimmerholm to Paris, Texas, would run again."
    article = Article(text=text, meta=Meta(published="2025-12-10"))
    article = article.replace(
        entities=entities(text, ("Ravi Patel", "PER"), ("Glimmerholm", "LOC"), ("Paris", "LOC"), ("Texas", "LOC"))
    )
    for run in (places(), quotes(), dates()):
        article = run(article)
    brief = Brief(article).to_dict()
    schema = json.loads(resources.files("newsbrief").joinpath("schema/brief.schema.json").read_text("utf-8"))
    jsonschema.validate(brief, schema)
    assert [p["resolved"] for p in brief["places"]] == [False, True, True]
    assert brief["quotes"][0]["entity"] == 0 and brief["dates"][0]["value"] == "2025-12-08"
