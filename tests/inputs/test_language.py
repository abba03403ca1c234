"""Language: English is never flagged, however short or lowercased; other languages are reported, not mangled."""

from __future__ import annotations

import pytest

from newsbrief.errors import InputError
from newsbrief.inputs import article_from_text
from newsbrief.inputs._language import check_language, detect_language


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_other_languages_are_e008(foreign: dict[str, str], language: str) -> None:
    article = article_from_text(foreign[language])
    with pytest.raises(InputError, match=rf"\[E008\].*'{language}'.*--any-language"):
        check_language(article, any_language=False)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_any_language_lets_them_through_with_their_language_set(foreign: dict[str, str], language: str) -> None:
    article = check_language(article_from_text(foreign[language]), any_language=True)
    assert article.meta.language == language
    assert article.text == foreign[language]


def test_english_is_english(long_story: str) -> None:
    assert check_language(article_from_text(long_story), any_language=False).meta.language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits coast",
        "Police arrest 3 in Eastport",
        "ferry sails on time",
        "eastport council votes to shut bridge for repairs , mayor tom berg says it will reopen in autumn .",
        (
            "the council of eastport did n't expect the vote to pass , but it did -- 7 - 2 . `` we are relieved , '' "
            "mr berg said on monday . the bridge will close in april and reopen in november ."
        ),
    ],
)
def test_short_and_lowercased_english_is_never_flagged(text: str) -> None:
    language, foreign = detect_language(text)
    assert not foreign
    assert language in ("en", None)


def test_a_short_foreign_title_is_not_flagged() -> None:
    assert detect_language("Die Brücke bleibt zu")[1] is False


def test_text_without_letters_has_no_language() -> None:
    assert detect_language("1 - 0 ; 2 - 2 !") == (None, False)
