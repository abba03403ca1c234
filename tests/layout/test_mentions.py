from __future__ import annotations

from newsbrief._article import Article, Entity, Span
from newsbrief.layout._mentions import by_first_word, mention_words


def test_mentions_are_cut_before_they_are_lower_cased() -> None:
    text = "İZMİR DAILY - Dock workers at Port Halden walked out."  # "İ" lower-cases to two characters
    start = text.index("Port Halden")
    article = Article(text=text, entities=(Entity(name="Port Halden", label="LOC", mentions=(Span(start, start + 11),)),))
    assert mention_words(article) == [("LOC", ("port", "halden"))]


def test_names_are_listed_under_their_first_word_longest_first_and_once() -> None:
    listed = by_first_word([("port",), ("port", "halden"), ("essby",), ("port", "halden")])
    assert listed == {"port": [("port", "halden"), ("port",)], "essby": [("essby",)]}
