"""The built-in stages. Importing this package registers each one by name."""

from . import baselines, entities, sections, segment, tags

__all__ = ["baselines", "entities", "sections", "segment", "tags"]
