"""Measures of newsbrief's parts against reference data (used by the quality gates and training scripts)."""
