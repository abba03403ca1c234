"""Lines and prefixes that are not sentences: Markdown headings, datelines, bylines, timestamps, page furniture.

Each finder takes the article text and a span of it and answers with offsets into
the text, so what it finds can be kept out of the sentences and still traced.
"""

from __future__ import annotations

import re

from .._article import Heading, Span

__all__ = ["bullet_end", "dateline_end", "find_headings", "line_kind", "looks_like_title", "lowercase_byline", "unit_kind"]

_ATX = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(\S[^\n]*?)((?:[ \t]+#+)?)[ \t]*$", re.MULTILINE)
_SETEXT = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]{0,3}(\S[^\n]{0,99}?)[ \t]*\n[ \t]{0,3}(={3,}|-{3,})[ \t]*$", re.MULTILINE)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:,?[ \t]+\d{{4}})?|\d{{4}}-\d\d-\d\d)"
)
_CAPS_WORD = r"[A-Z][A-Z.'\u2019-]+"
_NAME_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
_DATELINE = re.compile(
    rf"""(?P<place>(?P<caps>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}})|{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})?
    (?:,[ \t]*(?!{_DATE}){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})?
    (?:,?[ \t]*(?P<date>{_DATE}))?
    [ \t]*(?P<agency>\((?:[A-Z][\w.&'\u2019+-]*(?:[ \t]+[A-Z&+][\w.&'\u2019+-]*){{0,3}}|dpa)\))?
    (?P<sep>[ \t]*(?:--?|\u2014|\u2013|:))?[ \t]*
    (?=["'\u201c\u2018]?[A-Z0-9]|\Z)""",
    re.VERBOSE,
)
_LOWER_AGENCY = (
    r"cnn|cnnmoney|cnn student news|reuters|ap|afp|upi|ew\.com|the hollywood reporter|mental floss"
    r"|travel \+ leisure|rolling stone|the daily beast|people\.com|time\.com|fortune|variety|mashable"
)
_LOWER_DATELINE = re.compile(
    r"(?:[a-z][\w.'\u2019-]*(?: [a-z][\w.'\u2019-]*){0,3}(?: , [a-z][\w.'\u2019-]*(?: [a-z][\w.'\u2019-]*){0,2})? )?"
    rf"\( (?:{_LOWER_AGENCY}) \)(?: --| -| :)?[ \t]*"
)
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018]?(\w+)")
# A place and a dash open a story only when a sentence follows, not a short headline ("PRESS DIGEST - Iraq").
_DATELINE_BODY_WORDS = 6

_BYLINE_WORD = r"(?:[A-Z][\w.'\u2019-]*|and|for|in|of|the|at|de|van|von|der|al|el|da|di|le|la|&)"
_BYLINE = re.compile(
    rf"(?:By|BY|by)[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+{_BYLINE_WORD})*"
    rf"(?:[ \t]*[,|\u2014\u2013-][ \t]*{_BYLINE_WORD}(?:[ \t]+{_BYLINE_WORD})*)*[ \t]*"
)
_AGENCY_LINE = re.compile(
    r"(?:The )?Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|Press Association|"
    r"CNN|BBC News|UPI|Staff and agencies|From wire reports|Wire services"
)
_LOWER_BYLINE = re.compile(r"by(?: [\w.'\u2019-]+){0,6} \.")
_TIMESTAMP = re.compile(
    r"(?i:published|updated|last updated|last modified|posted|first published)(?:[ \t]*:|[ \t]+(?:on|at)\b)[^\n]{0,150}"
)
_TIME = r"\d{1,2}[:.]\d\d(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?"
_DATE_ONLY = re.compile(
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:{_DATE}(?:,?[ \t]+\d{{4}})?"
    rf"(?:[ \t]*(?:\||,|at|-)?[ \t]*{_TIME})*|{_TIME})[ \t]*\.?",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"(?i:advertisement|(?:video )?scroll down (?:for|to) (?:the )?(?:video|watch|see)[^\n.!?]{0,80}"
    r"|share (?:or comment on )?this (?:article|story)|click here[^\n.!?]{0,80}|(?:read more|related|see also)"
    r"[ \t]*:[^\n.!?]{0,100}|sign up[^\n.!?]{0,60}newsletter[^\n.!?]{0,40}|watch the video"
    r"|like (?:us|the page|our page)(?: on facebook)?)[ \t]*[.!:]?"
    r"|[\W_]+"  # no letter or digit at all: "***", "|", "}"
)
_BULLET = re.compile(r"[-*+\u2022\u00b7\u25aa\u2013\u2014][ \t]+(?=\S)")
_LONGEST_LINE = 200  # bylines, timestamps and furniture are shorter
_TITLE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def find_headings(text: str) -> list[Heading]:
    """Markdown headings of a plain text: '# Title', '## Part', and underlined titles (=== or ---)."""
    headings = []
    if "#" in text:
        headings += [
            Heading(m.group(2), m.start(1), m.end(3) if m.group(3) else m.end(2), len(m.group(1)))
            for m in _ATX.finditer(text)
        ]
    underlined = _SETEXT.finditer(text) if "\n===" in text or "\n---" in text else ()
    for m in underlined:
        if m.group(1)[-1] not in ".!?:,;" and not m.group(1).startswith(("-", "*", "#")):
            level = 1 if m.group(2)[0] == "=" else 2
            headings.append(Heading(m.group(1), m.start(1), m.end(2), level))
    return sorted(headings, key=lambda h: h.start)


def looks_like_title(line: str) -> bool:
    """Whether a paragraph reads as a headline: one line of 2 to 20 words, opening with a capital or a digit,
    with no sentence end in it or at its end ("Dock workers walk out as pay talks collapse")."""
    line = line.strip()
    words = line.split()
    if "\n" in line or not 2 <= len(words) <= _TITLE_WORDS or not (line[0].isupper() or line[0].isdigit()):
        return False
    if _SENTENCE_END.search(line):  # two sentences on a line are not a headline
        return False
    return line.rstrip("\"'\u201d\u2019)")[-1:] not in ".!?:;,"


def line_kind(text: str, span: Span, cased: bool = True) -> str | None:
    """What a whole paragraph is when it is not body text: 'byline', 'timestamp' or 'furniture' (else None)."""
    start, end = span
    if end - start > _LONGEST_LINE:
        return unit_kind(text, span)
    if cased and (_BYLINE.fullmatch(text, start, end) or _AGENCY_LINE.fullmatch(text, start, end)):
        return "byline"
    if _TIMESTAMP.fullmatch(text, start, end) and _has_digit(text, start, end):
        return "timestamp"
    if _DATE_ONLY.fullmatch(text, start, end):
        return "timestamp"
    return unit_kind(text, span)


def unit_kind(text: str, span: Span) -> str | None:
    """'furniture' for a sentence that is page furniture ("Scroll down for video", "***"), else None."""
    start, end = span
    return "furniture" if end - start <= _LONGEST_LINE and _FURNITURE.fullmatch(text, start, end) else None


def bullet_end(text: str, start: int, end: int) -> int:
    """Where the text of a bulleted line starts, past its bullet ('- ', '* ', '• '); `start` if none.

    Numbered items keep their numbers, which often carry meaning (a rank, a step).
    """
    found = _BULLET.match(text, start, end)
    return found.end() if found else start


def lowercase_byline(text: str, span: Span) -> bool:
    """Whether a sentence of lowercased, tokenized text is a byline ('by . jane doe .')."""
    return _LOWER_BYLINE.fullmatch(text, span.start, span.end) is not None


def dateline_end(text: str, start: int, end: int, cased: bool = True) -> int | None:
    """Where a dateline at `start` ends ("LONDON (Reuters) -", "(CNN) --"), or None when there is none."""
    if not cased:
        lowered = _LOWER_DATELINE.match(text, start, end)
        return lowered.end() if lowered and lowered.end() > start else None
    found = _DATELINE.match(text, start, end)
    if found is None or found.end() == start:
        return None
    if found.group("agency"):
        return found.end()
    if found.group("date") and found.group("place") and (found.group("caps") or found.group("sep")):
        return found.end()
    if found.group("sep") and found.group("caps") and text.count(" ", found.end(), end) >= _DATELINE_BODY_WORDS:
        following = _NEXT_WORD.match(text, found.end(), end)
        if following is None or not following.group(1).isupper() or len(following.group(1)) == 1:
            return found.end()
    return None


def _has_digit(text: str, start: int, end: int) -> bool:
    return any(ch.isdigit() for ch in text[start:end])
