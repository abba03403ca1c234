"""Fact finders behind the fact stages: time expressions and quotes."""
