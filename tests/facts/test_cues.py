"""The learned cue table and its pattern."""

from __future__ import annotations

import re

from newsbrief.facts._cues import _trie, cue_pattern, cue_words


def test_the_table_holds_the_common_reporting_verbs_and_no_adverbs() -> None:
    words = set(cue_words())
    assert {"said", "says", "told", "added", "argued"} <= words
    assert not any(w.endswith("ly") for w in words)


def test_the_prefix_trie_matches_exactly_its_words() -> None:
    words = ["said", "says", "saying", "sa", "told"]
    pattern = re.compile(rf"(?:{_trie(sorted(words))})")
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in ["sai", "say", "tol", "toldx", ""])


def test_the_cue_pattern_knows_according_to_and_ignores_case() -> None:
    found = [m.group(0) for m in cue_pattern().finditer("According to Ann, Bob SAID no; Cy sayings aside.")]
    assert found == ["According to", "SAID"]
