"""Measuring newsbrief against gold data: pure functions shared by the quality gates and the report scripts."""
