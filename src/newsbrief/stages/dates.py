"""The `dates` stage: time expressions with ISO 8601 values, resolved against the publication date.

The rules (which year a bare "Dec. 8" takes, which Monday "on Monday" means) are documented in
`newsbrief.facts._dates`. The publication date is read leniently from `Article.meta.published`
(ISO 8601, RFC 2822 as in feeds, or a written date such as "December 8, 2025"); when it cannot be
read, only what the text alone says is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from email.utils import parsedate_to_datetime

from .._article import Article
from .._pipeline import stage
from ..facts._dates import find_dates

__all__ = ["dates", "parse_published"]

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_published(published: str | None) -> date | None:
    """The day an article was published, or None when `published` is missing or unreadable."""
    if not published or not published.strip():
        return None
    match = _ISO_DAY.match(published)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(published).date()
    except (TypeError, ValueError, IndexError):
        pass
    for found in find_dates(published, None):
        if _FULL_DAY.match(found.value):
            return date.fromisoformat(found.value)
    return None


@stage("dates", assigns=("dates",))
def dates() -> Callable[[Article], Article]:
    """Find time expressions ("Wednesday", "last month", "Dec. 8") and give each an ISO 8601 value."""

    def run(article: Article) -> Article:
        ref = parse_published(article.meta.published)
        found = find_dates(article.text, ref)
        return article.replace(dates=tuple(found))

    return run
