"""The built-in stages. Importing this package registers each one by name."""

from . import baselines, dates, places, quotes, sections, segment

__all__ = ["baselines", "dates", "places", "quotes", "sections", "segment"]
