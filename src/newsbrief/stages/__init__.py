"""The built-in stages. Importing this package registers each one by name."""

from . import baselines, dates, entities, headline, highlights, places, quotes, sections, segment, tags

__all__ = ["baselines", "dates", "entities", "headline", "highlights", "places", "quotes", "sections", "segment", "tags"]
