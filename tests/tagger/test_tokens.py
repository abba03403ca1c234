"""The tagger's words: clitics split, abbreviations keep their full stop, spans stay exact."""

from __future__ import annotations

import re

from newsbrief._article import Span
from newsbrief.tagger import sentence_words

# A plain tokenizer that leaves every final full stop on its own, whatever the segmenter does.
_SPLIT = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")


def _words(text: str) -> tuple[str, ...]:
    result = sentence_words(text, [Span(*m.span()) for m in _SPLIT.finditer(text)])
    assert all(text[s.start : s.end].replace("\u2019", "'") == w for w, s in zip(result.words, result.spans))
    return result.words


def test_possessives_and_negations_are_split_off() -> None:
    assert _words("Talbot's boat didn't sink.") == ("Talbot", "'s", "boat", "did", "n't", "sink", ".")


def test_abbreviations_keep_their_full_stop_except_at_the_end() -> None:
    assert _words("Mr. Talbot met Dr. Ames in the U.S. today.")[:6] == ("Mr.", "Talbot", "met", "Dr.", "Ames", "in")
    assert "U.S." in _words("Mr. Talbot met Dr. Ames in the U.S. today.")
    assert _words("He joined Kestrel Co.")[-2:] == ("Co", ".")


def test_a_typographic_apostrophe_makes_one_clitic() -> None:
    assert _words("Talbot\u2019s boat")[:2] == ("Talbot", "'s")
