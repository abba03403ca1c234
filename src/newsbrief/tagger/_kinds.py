"""Words that settle what a name is, whatever the recogniser said about its mention.

A name ending in a company word ("Westquay Terminals", "Verdal Motors") is an organisation, and so is
a short form of it ("Westquay"). A portfolio before an office title and a person ("Labour Minister
Sara Holm", "Finance Secretary Ana Ruiz") is part of a job title, not an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._link import Mention

__all__ = ["drop_portfolios", "is_company"]

COMPANY_WORDS = frozenset(
    "Terminals Terminal Motors Holdings Group Bank Bancorp Airlines Airways Corp Corporation Inc Ltd Plc PLC LLC "
    "GmbH Industries Technologies Systems Electronics Pharmaceuticals Shipping Logistics Securities Investments "
    "Insurance Petroleum Mining Steel Foods Breweries Brewing Telecom Telecommunications Enterprises Partners "
    "Ventures Energy Chemicals Refineries Railways Construction Engineering Shipyards Media Software".split()
)
_OFFICE = re.compile(r"\s+(?:Minister|Secretary)(?!\s*-?\s*General)\s+")
_OFFICE_LOWER = re.compile(r"\s+(?:minister|secretary)(?!\s*-?\s*general)\s+", re.IGNORECASE)
_ENDS_IN_OFFICE = re.compile(r"\s(?:minister|secretary)$", re.IGNORECASE)
_BODY_ENDS = frozenset("party union front league council committee congress".split())


def is_company(name: str, *, lowercased: bool = False) -> bool:
    """Whether a name of two words or more ends in a company word ("Verdal Motors", "Brannock Group"),
    capitalised unless the whole text is lowercased."""
    words = name.split()
    last = words[-1].rstrip(".,") if words else ""
    return len(words) >= 2 and (last if not lowercased else last.capitalize()) in COMPANY_WORDS


def _portfolio(text: str, mention: Mention, person_starts: set[int], lowercased: bool) -> bool:
    """An ORG mention that is the portfolio of an office held by the person named next."""
    if mention.label != "ORG" or mention.text.split()[-1].lower() in _BODY_ENDS:
        return False
    if _ENDS_IN_OFFICE.search(mention.text):
        return _next_start(text, mention.end) in person_starts
    office = (_OFFICE_LOWER if lowercased else _OFFICE).match(text, mention.end)
    return office is not None and bool({office.end(), _next_start(text, office.start())} & person_starts)


def _next_start(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def drop_portfolios(text: str, mentions: Sequence[Mention], *, lowercased: bool = False) -> list[Mention]:
    """`mentions` without the ORG ones that only name a portfolio before an office and a person."""
    person_starts = {m.start for m in mentions if m.label == "PER"}
    return [m for m in mentions if not _portfolio(text, m, person_starts, lowercased)]
