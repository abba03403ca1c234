"""An offline gazetteer: place names to countries, regions, cities and continents with coordinates."""

from ._gazetteer import GeoName, Gazetteer, fold_name, load_gazetteer
from ._resolve import resolve_names

__all__ = ["GeoName", "Gazetteer", "fold_name", "load_gazetteer", "resolve_names"]
