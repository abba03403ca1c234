"""Settling linked entities: known places in locative contexts become LOC, capitalised openers go."""

from __future__ import annotations

import re

from newsbrief._article import Entity, Span
from newsbrief.tagger import Mention, entities, link_mentions
from newsbrief.tagger._places import settle_places


def _entity(text: str, name: str, label: str) -> Entity:
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))
    return Entity(name, label, spans)


def _labels(text: str, named: list[tuple[str, str]], lowercased: bool = False) -> dict[str, str]:
    settled = settle_places(text, [_entity(text, n, label) for n, label in named], lowercased=lowercased)
    return {e.name: e.label for e in settled}


def test_a_city_taken_for_an_organisation_is_a_place_where_places_stand() -> None:
    text = "The ferry to Bilbao was cancelled. The towns of Tudela and Logrono opened shelters."
    labels = _labels(text, [("Bilbao", "ORG"), ("Tudela", "LOC"), ("Logrono", "ORG")])
    assert labels == {"Bilbao": "LOC", "Tudela": "LOC", "Logrono": "LOC"}


def test_a_city_that_is_a_team_stays_an_organisation() -> None:
    for text in (
        "Fans travelled to Bilbao. Bilbao 2 Getafe 1.",
        "Fans travelled to Bilbao, where Bilbao beat Getafe.",
        "Fans travelled to Bilbao. Bilbao said the ground was full.",
        "Fans travelled to Bilbao. Bilbao's coach was pleased.",
        "Fans travelled to Bilbao. Bilbao have won four in a row.",
    ):
        assert _labels(text, [("Bilbao", "ORG")]) == {"Bilbao": "ORG"}, text


def test_a_list_of_sides_is_not_a_list_of_places() -> None:
    text = "Essex, Derbyshire and Surrey closed in on victory."
    assert _labels(text, [("Derbyshire", "LOC"), ("Surrey", "ORG")])["Surrey"] == "ORG"


def test_a_name_the_gazetteer_lacks_needs_a_place_word_after_it() -> None:
    text = "Crews went to Brannock Quay. Water filled the Calloway district, and boats reached homes in Calloway."
    labels = _labels(text, [("Brannock Quay", "ORG"), ("Calloway", "ORG")])
    assert labels == {"Brannock Quay": "ORG", "Calloway": "LOC"}


def test_a_capitalised_common_word_at_a_sentence_start_is_dropped() -> None:
    text = "Upstream, two villages flooded. Downriver the water rose. Boats went downriver. Tudela was dry."
    labels = _labels(text, [("Upstream", "LOC"), ("Downriver", "LOC"), ("Tudela", "LOC")])
    assert labels == {"Tudela": "LOC"}


def test_a_word_that_is_also_a_name_mid_sentence_is_kept() -> None:
    text = "Upstream said on Monday it would sell its mills. Shares in Upstream fell."
    assert _labels(text, [("Upstream", "ORG")]) == {"Upstream": "ORG"}
    assert _labels(text.lower(), [("upstream", "ORG")], lowercased=True) == {"upstream": "ORG"}


def test_linking_settles_unless_told_not_to() -> None:
    text = "Trains to Lyon were late."
    mention = Mention(10, 14, "ORG", "Lyon")
    assert [e.label for e in link_mentions(text, [mention])] == ["LOC"]
    assert [e.label for e in link_mentions(text, [mention], settle=False)] == ["ORG"]


MATCH = (
    "Valencia beat Sevilla 2-1 at home on Sunday to climb to third in the table.\n\n"
    "Sevilla took the lead early, but Valencia levelled before half-time through Diego Ferrer. "
    "Valencia coach Tomas Ruiz said his side had been patient.\n\n"
    "Sevilla have now lost three games in a row, while Valencia travel to Bilbao next week.\n\n"
    "Fans who had come from Madrid and Zaragoza filled the away end.\n"
)
RAIL = (
    "LYON, France - A new rail link between Lyon and Turin will open next spring, the transport ministry "
    "said on Monday.\n\nTrains will run six times a day from Lyon to Turin through a tunnel under the Alps.\n"
)


def test_teams_named_after_cities_stay_teams_in_a_match_report() -> None:
    labels = {e.name: e.label for e in entities(MATCH)}
    assert labels["Valencia"] == labels["Sevilla"] == "ORG"
    assert labels["Zaragoza"] == labels["Madrid"] == labels["Bilbao"] == "LOC"


def test_a_city_in_a_travel_story_is_a_place() -> None:
    labels = {e.name: e.label for e in entities(RAIL)}
    assert labels["Lyon"] == labels["Turin"] == "LOC"


def test_a_name_the_gazetteer_lacks_stays_when_any_mention_is_not_locative() -> None:
    text = "Water filled the Calloway district. Calloway announced new flood barriers."
    assert _labels(text, [("Calloway", "ORG")]) == {"Calloway": "ORG"}
