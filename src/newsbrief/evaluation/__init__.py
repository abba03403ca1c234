"""Measuring newsbrief's stages against annotated data (used by the quality gates)."""
