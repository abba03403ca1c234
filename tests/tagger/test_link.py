"""Linking mentions into entities: surnames, titles, acronyms, one type per name, unmarked repeats."""

from __future__ import annotations

import re

from newsbrief.tagger import Mention, link_mentions
from newsbrief.tagger._link import _occurrences

TEXT = (
    "Marta Quell, head of the Northern Rail Authority, met reporters in Dunmore. "
    "The NRA will close two lines, Quell said. Ms. Quell added that Dunmore would keep its station. "
    "Quell's deputy, Ivo Quell, disagreed."
)


def _mention(text: str, label: str, nth: int = 0) -> Mention:
    match = list(re.finditer(re.escape(text), TEXT))[nth]
    return Mention(match.start(), match.end(), label, text)


def test_surname_title_and_acronym_join_their_full_names() -> None:
    mentions = [
        _mention("Marta Quell", "PER"),
        _mention("Northern Rail Authority", "ORG"),
        _mention("Dunmore", "LOC"),
        _mention("NRA", "ORG"),
        _mention("Quell", "PER", 1),
        _mention("Ms. Quell", "PER"),
    ]
    entities = {e.name: e for e in link_mentions(TEXT, mentions)}
    assert entities["Marta Quell"].label == "PER"
    assert entities["Northern Rail Authority"].count == 2
    assert "Quell" not in entities and "NRA" not in entities
    # the second Dunmore was not marked, but is the same place
    assert entities["Dunmore"].count == 2
    assert [TEXT[s.start : s.end] for s in entities["Dunmore"].mentions] == ["Dunmore", "Dunmore"]


def test_a_short_form_joins_the_nearest_earlier_full_name() -> None:
    mentions = [_mention("Marta Quell", "PER"), _mention("Ivo Quell", "PER"), _mention("Quell", "PER", 4)]
    entities = {e.name: e for e in link_mentions(TEXT, mentions)}
    assert {TEXT[s.start : s.end] for s in entities["Ivo Quell"].mentions} >= {"Ivo Quell"}
    assert len(entities) == 2


def test_one_type_per_name_by_majority() -> None:
    mentions = [_mention("Dunmore", "LOC"), _mention("Dunmore", "ORG", 1)]
    mentions.append(Mention(0, 5, "LOC", "Marta"))
    (dunmore,) = [e for e in link_mentions(TEXT, mentions) if e.name == "Dunmore"]
    assert dunmore.label == "LOC"
    assert dunmore.count == 2


def test_no_mentions_no_entities() -> None:
    assert link_mentions(TEXT, []) == []


def test_an_organisation_short_form_joins_the_name_it_begins() -> None:
    text = "Brannock Construction Ltd won the contract. Brannock will start in May."
    mentions = [Mention(0, 25, "ORG", "Brannock Construction Ltd"), Mention(44, 52, "ORG", "Brannock")]
    (firm,) = link_mentions(text, mentions)
    assert firm.name == "Brannock Construction Ltd"
    assert firm.count == 2


def test_a_title_is_left_out_of_the_mention_and_the_name() -> None:
    text = "Mr. Abara spoke first."
    (person,) = link_mentions(text, [Mention(0, 9, "PER", "Mr. Abara")])
    assert person.name == "Abara"
    assert [text[s.start : s.end] for s in person.mentions] == ["Abara"]


def test_an_acronym_defined_in_brackets_is_found_even_in_lowercased_text() -> None:
    text = "the northern rail authority (nra) met on monday. the nra will close two lines, an nra aide said."
    (agency,) = link_mentions(text, [Mention(4, 27, "ORG", "northern rail authority")], lowercased=True)
    assert agency.name == "northern rail authority"
    assert [text[s.start : s.end] for s in agency.mentions] == ["northern rail authority", "nra", "nra", "nra"]


def test_occurrences_are_whole_words_only() -> None:
    text = "Marrow Bay, Marrow Bayside and (Marrow Bay) near_Marrow Bay"
    assert _occurrences(text, "Marrow Bay") == [(0, 10), (32, 42)]
    assert _occurrences("Bay Bay", "Bay Bay Bay") == []


def _marked(text: str, *named: tuple[str, str]) -> list[Mention]:
    """The first occurrence of each (form, label), or its nth with "form#n"."""
    found = []
    for form, label in named:
        words, _, nth = form.partition("#")
        match = list(re.finditer(re.escape(words), text))[int(nth or 0)]
        found.append(Mention(match.start(), match.end(), label, words))
    return found


def test_a_company_name_is_an_organisation_and_its_short_form_joins_it() -> None:
    text = "Orvell Shipping hired forty crews. Orvell said more would follow, and Orvell kept its word."
    mentions = _marked(text, ("Orvell Shipping", "PER"), ("Orvell#1", "PER"), ("Orvell#2", "PER"))
    (firm,) = link_mentions(text, mentions)
    assert (firm.name, firm.label, firm.count) == ("Orvell Shipping", "ORG", 3)


def test_a_short_form_the_recogniser_took_for_a_place_does_not_join_a_company() -> None:
    text = "Delmar Foods opened a plant in Delmar. Delmar welcomed it."
    mentions = _marked(text, ("Delmar Foods", "ORG"), ("Delmar#1", "LOC"), ("Delmar#2", "LOC"))
    entities = {e.name: e.label for e in link_mentions(text, mentions, settle=False)}
    assert entities == {"Delmar Foods": "ORG", "Delmar": "LOC"}


def test_a_portfolio_before_an_office_and_a_person_is_no_organisation() -> None:
    text = "Fisheries Minister Tove Lund met the Fisheries Council, and Lund said quotas would stay."
    mentions = _marked(text, ("Fisheries", "ORG"), ("Tove Lund", "PER"), ("Fisheries Council", "ORG"))
    entities = {e.name: e.label for e in link_mentions(text, mentions)}
    assert entities == {"Tove Lund": "PER", "Fisheries Council": "ORG"}
