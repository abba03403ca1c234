"""The built-in stages. Importing this package registers each one by name."""

from . import baselines, places, sections, segment

__all__ = ["baselines", "places", "sections", "segment"]
