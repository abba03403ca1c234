"""The shipped gazetteer: folding, lookup, and a clear error when the table is damaged."""

from __future__ import annotations

import pytest

from newsbrief.errors import ModelError
from newsbrief.geo import _gazetteer
from newsbrief.geo._gazetteer import Gazetteer, fold_name, load_gazetteer


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("U.S.", "us"),
        ("the Netherlands", "netherlands"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Baden-Württemberg", "baden wurttemberg"),
        ("  New   York ", "new york"),
    ],
)
def test_names_fold_to_plain_lower_case(name: str, folded: str) -> None:
    assert fold_name(name) == folded


def test_lookup_finds_every_namesake_with_kinds_and_coordinates() -> None:
    found = load_gazetteer().lookup("Paris")
    countries = {c.place.country for c in found}
    assert {"FR", "US"} <= countries
    french = next(c.place for c in found if c.place.country == "FR")
    assert french.kind == "city" and 48 < french.lat < 49 and 2 < french.lon < 3


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("UK", "GB", "country"),
        ("Britain", "GB", "country"),
        ("U.S.", "US", "country"),
        ("Texas", "US", "region"),
        ("Kiev", "UA", "city"),
        ("Africa", "", "continent"),
    ],
)
def test_alternate_names_and_kinds(name: str, country: str, kind: str) -> None:
    assert any(c.place.country == country and c.place.kind == kind for c in load_gazetteer().lookup(name))


def test_an_unknown_name_finds_nothing() -> None:
    assert load_gazetteer().lookup("Narnia") == ()


def test_a_damaged_row_is_a_model_error_with_a_code() -> None:
    table = Gazetteer(["city\tBroken"], {"broken": "0"})
    with pytest.raises(ModelError, match=r"\[E040\].*build_gazetteer"):
        table.lookup("Broken")


def test_a_missing_table_is_a_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_gazetteer, "TABLE", "no-such-table.tsv.gz")
    load_gazetteer.cache_clear()
    try:
        with pytest.raises(ModelError, match=r"\[E040\]"):
            load_gazetteer()
    finally:
        monkeypatch.undo()
        load_gazetteer.cache_clear()
