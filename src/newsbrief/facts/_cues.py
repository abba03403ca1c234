"""The cue words of attributions ("said", "told", "according to"), from the table `cues.tsv`.

The table (word, times inside an annotated cue, occurrences) is learned from PolNeAR's training
annotations by `scripts/learn_cues.py`; a word is a cue here when most of its occurrences were.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..errors import ModelError, error

__all__ = ["cue_pattern", "cue_words"]

TABLE = "cues.tsv"
MIN_SHARE = 0.5
MIN_COUNT = 10
# Words the table holds that only ever sit beside the verb ("declined to comment", "widely reported").
_NOT_VERBS = re.compile(r"ly$|^(?:titled|known|expected|eager|expecting|assertion|complaints|quick)$")
# Verbs after which the listener comes before what was said ("told reporters that ...").
TELLING = frozenset(
    {
        "told",
        "tells",
        "tell",
        "telling",
        "asked",
        "asks",
        "urged",
        "warned",
        "assured",
        "reminded",
        "informed",
        "promised",
        "convinced",
    }
)


@cache
def cue_words(min_share: float = MIN_SHARE, min_count: int = MIN_COUNT) -> tuple[str, ...]:
    """Cue words that were inside an annotated cue at least `min_share` of the times they occurred."""
    try:
        lines = resources.files("newsbrief.facts").joinpath(TABLE).read_text(encoding="utf-8").splitlines()
        rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
        words = [w for w, n, total in rows if int(n) >= min_count and int(n) / int(total) >= min_share]
    except (OSError, ValueError) as exc:
        raise error(
            ModelError, "E040", path=f"newsbrief/facts/{TABLE}", detail=exc, command="python scripts/learn_cues.py"
        ) from None
    return tuple(w for w in words if not _NOT_VERBS.search(w) and w != "according")


def _trie(words: list[str]) -> str:
    """An alternation of `words` nested by shared prefixes: far quicker to match than a flat one."""
    heads: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not heads:
        return ""
    branches = [re.escape(head) + _trie(tails) for head, tails in sorted(heads.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@cache
def cue_pattern() -> re.Pattern[str]:
    """One pattern for every cue: "according to" or a learned cue word."""
    words = sorted(cue_words())
    return re.compile(rf"\b(?:(?P<according>according to)|{_trie(words)})\b", re.IGNORECASE)
