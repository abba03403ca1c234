from __future__ import annotations

import pytest

from newsbrief.layout._verbs import base_form, present


@pytest.mark.parametrize(
    ("past", "base"),
    [
        ("breached", "breach"),
        ("planned", "plan"),
        ("penned", "pen"),  # though "penn" is the commoner word
        ("riled", "rile"),
        ("beckoned", "beckon"),  # an unstressed last syllable takes no silent e
        ("mummified", "mummify"),
        ("agreed", "agree"),
        ("won", "win"),
    ],
)
def test_past_forms_go_back_to_their_base(past: str, base: str) -> None:
    assert base_form(past) == base


def test_a_verb_that_only_ends_in_eed_is_no_past() -> None:
    assert base_form("exceed") is None


@pytest.mark.parametrize(
    ("base", "singular"),
    [("breach", "breaches"), ("go", "goes"), ("boo", "boos"), ("quiz", "quizzes"), ("fix", "fixes"), ("carry", "carries")],
)
def test_the_present_of_a_singular_subject_is_spelt_right(base: str, singular: str) -> None:
    assert present(base, plural=False) == singular
    assert present(base, plural=True) == base
