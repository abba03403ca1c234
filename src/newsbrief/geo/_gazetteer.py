"""The shipped place table (`gazetteer.tsv.gz`, built by `scripts/build_gazetteer.py`), loaded once on first use.

The file holds the places, a blank line, then one line per folded name listing the places it may
mean; a place is parsed only when a name that may mean it is looked up, so loading stays quick.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import ModelError, error

__all__ = ["Candidate", "Gazetteer", "GeoName", "fold_name", "load_gazetteer"]

TABLE = "gazetteer.tsv.gz"
BUILD_COMMAND = "python scripts/build_gazetteer.py"
_FIELDS = 8
_PUNCT = re.compile(r"[.\u2019']")
_SPACES = re.compile(r"[\s\-\u2010-\u2015]+")


@dataclass(frozen=True, slots=True)
class GeoName:
    """One place of the table; `country` is an ISO 3166 alpha-2 code ("" for a continent)."""

    kind: str
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    preferred: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may mean, and whether the name is only one of its alternate names."""

    place: GeoName
    alternate: bool


class Gazetteer:
    """Folded name -> the places it may mean."""

    def __init__(self, rows: list[str], index: dict[str, str]) -> None:
        self._rows = rows
        self._index = index
        self._places: dict[int, GeoName] = {}

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place `name` may mean ("Paris": the French capital, Paris in Texas, ...)."""
        found = self._index.get(fold_name(name))
        if not found:
            return ()
        return tuple(Candidate(self._place(int(item.lstrip("~"))), item.startswith("~")) for item in found.split(","))

    def _place(self, number: int) -> GeoName:
        place = self._places.get(number)
        if place is None:
            fields = self._rows[number].split("\t")
            if len(fields) != _FIELDS:
                raise _damaged(f"row {number} has {len(fields)} fields, not {_FIELDS}")
            kind, name, country, admin1, lat, lon, population, preferred = fields
            place = GeoName(
                kind,
                name,
                country,
                admin1,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(population),
                preferred == "1",
            )
            self._places[number] = place
        return place


def fold_name(name: str) -> str:
    """A name folded for lookup: no accents, no dots or apostrophes, no leading "the", lower case."""
    plain = unicodedata.normalize("NFKD", name)
    if not plain.isascii():
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    plain = _SPACES.sub(" ", _PUNCT.sub("", plain)).strip().casefold()
    return plain.removeprefix("the ")


def _damaged(detail: object) -> Exception:
    return error(ModelError, "E040", path=f"newsbrief/geo/{TABLE}", detail=detail, command=BUILD_COMMAND)


@cache
def load_gazetteer() -> Gazetteer:
    """The table, read once per process."""
    try:
        with resources.files("newsbrief.geo").joinpath(TABLE).open("rb") as raw:
            text = gzip.decompress(raw.read()).decode("utf-8")
        places, _, names = text.partition("\n\n")
        rows = places.split("\n")[1:]
        index = dict(line.split("\t", 1) for line in names.splitlines())
    except (OSError, EOFError, ValueError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
        raise _damaged(exc) from None
    if not rows or not index:
        raise _damaged("no places in it")
    return Gazetteer(rows, index)
