"""The built-in stages. Importing this package registers each one by name."""

from . import baselines, sections, segment

__all__ = ["baselines", "sections", "segment"]
