"""Disambiguation: population first, then the article's other places."""

from __future__ import annotations

from newsbrief.geo import resolve_names


def _where(*names: str, hints: tuple[str, ...] = ()) -> list[tuple[str, str] | None]:
    return [(p.country, p.kind) if p else None for p in resolve_names(names, hints)]


def test_population_decides_a_lone_name() -> None:
    assert _where("Paris") == [("FR", "city")]


def test_a_region_beside_a_city_wins_over_population() -> None:
    assert _where("Paris", "Texas")[0] == ("US", "city")


def test_a_country_alone_does_not_move_a_large_city() -> None:
    assert _where("Paris", "United States")[0] == ("FR", "city")


def test_context_picks_between_a_country_and_a_us_state() -> None:
    assert _where("Georgia")[0] == ("GE", "country")
    assert _where("Georgia", "Ohio", "Florida")[0] == ("US", "region")


def test_neighbouring_cities_agree_with_each_other() -> None:
    assert _where("Cambridge", "Boston") == [("US", "city"), ("US", "city")]


def test_a_qualified_name_takes_its_qualifier() -> None:
    assert _where("Paris, Texas") == [("US", "city")]
    assert resolve_names(["London", "Ontario"], qualified_by={0: 1})[0].country == "CA"  # type: ignore[union-attr]


def test_demonym_hints_count_as_context() -> None:
    assert _where("Georgia", hints=("US",))[0] == ("US", "region")  # "American voters in Georgia"
    assert _where("Georgia", hints=("RU",))[0] == ("GE", "country")


def test_unknown_names_stay_unresolved() -> None:
    assert _where("Narnia", "Paris") == [None, ("FR", "city")]
