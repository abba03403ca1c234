"""Time expressions in news text and their ISO 8601 values.

Rules, applied against the publication date `ref` when one is known:
- An absolute date ("December 8, 2025", "2025-12-08", "12/8/2025") is itself; US order for slashes.
- A day without a year ("Dec. 8") takes the year that puts it nearest to `ref` (within six months
  either way). A bare month ("in March") is the most recent such month up to `ref`'s, or with a future
  cue the next from it. Without `ref` both keep an unknown year ("XXXX-12-08", TIMEX3 style).
- A bare weekday ("on Monday") is the most recent such day on or before `ref`, as news reports the
  past, unless a future cue ("will", "is expected to", "scheduled") is near: then the first such day on
  or after `ref`. "last Monday" is strictly before, "next Monday" strictly after, "this Monday" in `ref`'s week.
- "yesterday", "last week", "this month", "next year", "three days ago": shifted from `ref`; weeks as "2025-W49".
- Without `ref`, expressions that only make sense against it (weekdays, "yesterday", "last week") are left out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .._article import DateMention

__all__ = ["find_dates"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
}
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_COUNT = r"(?i:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|an?)"
_PREP = r"(?i:in|since|by|until|till|through|during|of|from|before|after|early|late|mid-|around|between)"

_PATTERN = re.compile(
    rf"""
    \b(?P<iso>(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b
  | \b(?P<mdy>(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR})\b)?)
  | \b(?P<dmy>(?:{_WEEKDAY},?\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)\b
  | \b(?P<my>(?P<m3>{_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR}))\b
  | \b(?P<slash>(?P<sm>1[0-2]|0?[1-9])/(?P<sd>[12]\d|3[01]|0?[1-9])/(?P<sy>\d{{4}}|\d{{2}}))\b
  | \b(?P<ago>(?P<n>{_COUNT})\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago))\b
  | \b(?P<rel>(?i:(?P<shift>last|this|next|past|coming|earlier\s+this|later\s+this)\s+(?P<span>week|month|year)))\b
  | \b(?P<deictic>(?i:today|yesterday|tomorrow|tonight|(?P<dshift>last|this)\s+(?:night|morning|afternoon|evening)))\b
  | \b(?P<wd>(?:(?P<wshift>(?i:last|next|this)\s+))?(?P<w>{_WEEKDAY}))\b
  | \b(?P<pm>(?P<mshift>{_PREP}|(?i:last|next|this))\s+(?P<m4>{_FULL_MONTH}))\b(?!\s+(?:of\s+)?\d)
  | \b(?P<py>{_PREP}\s+(?:the\s+year\s+)?(?P<y4>{_YEAR}))\b(?![\d,.\-/]\d|\s*(?:%|percent))
  | (?:(?<=\d{{4}}\ and\ )|(?<=\d{{4}}\ to\ ))(?P<py2>(?P<y5>{_YEAR}))\b(?![\d,.\-/]\d)
    """,
    re.VERBOSE,
)
_TRIGGER = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Tt]oday|[Yy]esterday"
    r"|[Tt]omorrow|[Tt]onight|[Ww]eek|[Mm]onth|[Yy]ear|ago\b|[Nn]ight|[Mm]orning|[Aa]fternoon|[Ee]vening)"
)
_BACK, _AHEAD = 40, 60  # how far an expression reaches before and after its trigger
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|going to|plans? to|planned|scheduled|expected|set to|due to|is to|are to"
    r"|upcoming|coming|until|by)\b|'ll\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;]\s")




def find_dates(text: str, ref: date | None) -> list[DateMention]:
    """Every time expression of `text` with a value, resolved against `ref` when given."""
    found: list[DateMention] = []
    last_end = 0
    for low, high in _windows(text):
        for match in _PATTERN.finditer(text, low, high):
            if match.start() < last_end:
                continue
            resolved = _resolve(match, text, ref)
            if resolved is not None:
                value, group = resolved
                found.append(DateMention(match.start(group), match.end(group), value))
                last_end = match.end()
    return found


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around the words every expression holds (a digit, a month, "ago", ...): the
    full pattern runs only there, which is several times quicker than over the whole text."""
    windows: list[tuple[int, int]] = []
    for trigger in _TRIGGER.finditer(text):
        low = text.rfind(" ", 0, max(0, trigger.start() - _BACK)) + 1
        high = min(len(text), trigger.end() + _AHEAD)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _resolve(match: re.Match[str], text: str, ref: date | None) -> tuple[str, str] | None:
    """The value of one match and the group whose span it covers ("in March" covers "March")."""
    kind = next(k for k in _HANDLERS if match.group(k))
    value = _HANDLERS[kind](match, text, ref)
    if value is None:
        return None
    if kind == "wd" and (match["wshift"] or "").strip().lower() not in ("last", "next", "this"):
        return value, "w"
    if kind == "pm" and match["mshift"].lower() not in ("last", "next", "this"):
        return value, "m4"
    return value, "y4" if kind == "py" else kind


def _month(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _day_value(year: int | None, month: int, day: int, ref: date | None) -> str | None:
    if year is None and ref is not None:
        year = _nearest_year(month, ref, day)
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if day <= 31 else None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _nearest_year(month: int, ref: date, day: int = 1) -> int:
    """The year that puts (month, day) nearest to `ref`."""
    gap = (month - ref.month) * 31 + (day - ref.day)
    if gap > 183:
        return ref.year - 1
    if gap < -183:
        return ref.year + 1
    return ref.year


def _iso(m: re.Match[str], text: str, ref: date | None) -> str | None:
    return _day_value(int(m["iy"]), int(m["im"]), int(m["id"]), None) if 1 <= int(m["im"]) <= 12 else None


def _mdy(m: re.Match[str], text: str, ref: date | None) -> str | None:
    return _day_value(int(m["y1"]) if m["y1"] else None, _month(m["m1"]), int(re.sub(r"\D", "", m["d1"])), ref)


def _dmy(m: re.Match[str], text: str, ref: date | None) -> str | None:
    return _day_value(int(m["y2"]) if m["y2"] else None, _month(m["m2"]), int(re.sub(r"\D", "", m["d2"])), ref)


def _my(m: re.Match[str], text: str, ref: date | None) -> str | None:
    return f"{int(m['y3']):04d}-{_month(m['m3']):02d}"


def _slash(m: re.Match[str], text: str, ref: date | None) -> str | None:
    year = int(m["sy"]) if len(m["sy"]) == 4 else 2000 + int(m["sy"])
    return _day_value(year, int(m["sm"]), int(m["sd"]), None)


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shifted(ref: date, unit: str, amount: int) -> str:
    """The `unit` ("day", "week", "month", "year") that is `amount` units from `ref`."""
    if unit == "day":
        return (ref + timedelta(days=amount)).isoformat()
    if unit == "week":
        return _week(ref + timedelta(weeks=amount))
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 + amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{ref.year + amount:04d}"


def _ago(m: re.Match[str], text: str, ref: date | None) -> str | None:
    if ref is None:
        return None
    word = m["n"].lower()
    amount = int(word) if word.isdigit() else _NUMBERS[word]
    return _shifted(ref, m["unit"].lower(), -amount)


def _rel(m: re.Match[str], text: str, ref: date | None) -> str | None:
    if ref is None:
        return None
    shift = m["shift"].lower().split()[0]
    amount = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(shift, 0)
    return _shifted(ref, m["span"].lower(), amount)


def _deictic(m: re.Match[str], text: str, ref: date | None) -> str | None:
    if ref is None:
        return None
    word = m["deictic"].lower()
    amount = -1 if word == "yesterday" or (m["dshift"] or "").lower() == "last" else 1 if word == "tomorrow" else 0
    return _shifted(ref, "day", amount)


def _future(text: str, start: int, end: int) -> bool:
    """Whether the clause around `[start, end)` speaks of the future."""
    before = text[max(0, start - 80) : start]
    cut = list(_CLAUSE_END.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    after = _CLAUSE_END.split(text[end : end + 40], maxsplit=1)[0]
    return bool(_FUTURE.search(before) or _FUTURE.search(after))


def _weekday(m: re.Match[str], text: str, ref: date | None) -> str | None:
    if ref is None:
        return None
    target = _WEEKDAYS[m["w"].lower()]
    shift = (m["wshift"] or "").strip().lower()
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if shift == "last":
        return (ref - timedelta(days=back or 7)).isoformat()
    if shift == "next":
        return (ref + timedelta(days=ahead or 7)).isoformat()
    if shift == "this":
        return (ref + timedelta(days=target - ref.weekday())).isoformat()
    if _future(text, m.start("w"), m.end("w")):
        return (ref + timedelta(days=ahead)).isoformat()
    return (ref - timedelta(days=back)).isoformat()


def _prep_month(m: re.Match[str], text: str, ref: date | None) -> str | None:
    month = _month(m["m4"])
    shift = m["mshift"].lower()
    if ref is None:
        return f"XXXX-{month:02d}" if shift not in ("last", "next", "this") else None
    if shift == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif shift == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif shift == "this":
        year = ref.year
    elif _future(text, m.start("m4"), m.end("m4")):
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def _prep_year(m: re.Match[str], text: str, ref: date | None) -> str | None:
    return m["y4"] or m["y5"]


_HANDLERS = {
    "iso": _iso,
    "mdy": _mdy,
    "dmy": _dmy,
    "my": _my,
    "slash": _slash,
    "ago": _ago,
    "rel": _rel,
    "deictic": _deictic,
    "wd": _weekday,
    "pm": _prep_month,
    "py": _prep_year,
    "py2": _prep_year,
}
