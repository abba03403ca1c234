"""The built-in stages. Importing this package registers each one by name."""

from . import baselines, highlights, sections, segment

__all__ = ["baselines", "highlights", "sections", "segment"]
