"""Articles built by hand for the tests, with facts set directly."""

from __future__ import annotations

from newsbrief import Article
from newsbrief._article import Entity, Place, Quote, Span
from newsbrief.stages.segment import segment


def article_with_facts(speaker_name: str = "Nadia Holm") -> Article:
    text = (
        f'{speaker_name} of the Harbour Board said the damage in Rotterdam was light. '
        '"The quay will open again on Friday," Holm said. Piet Vos, a crane driver, agreed.'
    )
    article = segment()(Article(text=text))
    holm_2 = text.index("Holm said")
    entities = (
        Entity(speaker_name, "PER", (Span(0, len(speaker_name)), Span(holm_2, holm_2 + 4))),
        Entity("Harbour Board", "ORG", (Span(text.index("Harbour"), text.index("Harbour") + 13),)),
        Entity("Rotterdam", "LOC", (Span(text.index("Rotterdam"), text.index("Rotterdam") + 9),)),
        Entity("Piet Vos", "PER", (Span(text.index("Piet"), text.index("Piet") + 8),)),
    )
    quote_start = text.index('"The')
    quote = Quote(
        content=Span(quote_start, text.index('," Holm') + 2),
        cue=Span(holm_2 + 5, holm_2 + 9),
        speaker=Span(holm_2, holm_2 + 4),
        entity=0,
        direct=True,
    )
    place = Place("Rotterdam", "NL", 51.92, 4.48, "city", 2)
    return article.replace(entities=entities, places=(place,), quotes=(quote,))
