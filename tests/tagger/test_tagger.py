"""The shipped tagger: part-of-speech tags alone agree with the full tagging."""

from __future__ import annotations

from newsbrief.tagger import load_tagger


def test_pos_alone_gives_the_tags_of_the_full_tagging() -> None:
    sentences = [
        ["The", "ferry", "crews", "walked", "out", "on", "Friday", "."],
        ["Nobody", "was", "hurt", ",", "the", "coastguard", "said", "."],
        [],
    ]
    tagger = load_tagger()
    pos, chunks = tagger.tags(sentences)
    assert tagger.pos(sentences) == pos
    assert pos[0][3] == "VBD" and chunks[0][1] == "I-NP"
