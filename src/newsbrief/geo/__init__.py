"""An offline gazetteer: place names to countries, regions, cities and continents with coordinates."""

from ._gazetteer import Gazetteer, GeoName, fold_name, load_gazetteer
from ._resolve import resolve_names

__all__ = ["Gazetteer", "GeoName", "fold_name", "load_gazetteer", "resolve_names"]
