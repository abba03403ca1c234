"""A light linguistic layer: part of speech, chunks and named entities, with numpy alone.

Linear-chain models trained on CoNLL-2003 by `scripts/train_tagger.py` (word
clusters from `scripts/train_clusters.py`), shipped in `newsbrief/models`.
`Tagger` predicts tags for a document's sentences; the `tags` and `entities`
stages set them on an `Article`; `entities(text)` does it all for plain text.
"""

from ._document import article_entities, article_words, entities
from ._link import Mention, link_mentions
from ._tagger import Tagger, is_lowercased, load_tagger
from ._tokens import Words, sentence_words

__all__ = [
    "Mention",
    "Tagger",
    "Words",
    "article_entities",
    "article_words",
    "entities",
    "is_lowercased",
    "link_mentions",
    "load_tagger",
    "sentence_words",
]
