"""Entity linking scored on CoNLL documents: each recognised mention takes its linked entity's type.

Each document is one text, words joined by spaces and sentences by line breaks; a mention whose
entity was dropped counts as no entity. Scores are conlleval-style (see `ner.score_spans`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..tagger import Mention, link_mentions
from ..tagger._tagger import Tagger
from .ner import ConllSentence, Score, score_spans, tag_spans

__all__ = ["evaluate_linking", "relabelled"]


def _tags(length: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for first, last, kind in spans:
        if last - first == 1:
            tags[first] = f"U-{kind}"
        else:
            tags[first:last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 2) + [f"L-{kind}"]
    return tags


def relabelled(
    document: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], *, settle: bool, lowercased: bool
) -> list[list[str]]:
    """Each sentence's tags with every mention given the type of the entity it was linked into."""
    text = ""
    mentions: list[Mention] = []
    where: list[tuple[int, int, int]] = []
    for index, (words, sentence_tags) in enumerate(zip(document, tags, strict=True)):
        spans = []
        for word in words:
            spans.append((len(text), len(text) + len(word)))
            text += word + " "
        text = text[:-1] + "\n"
        for first, last, kind in tag_spans(sentence_tags):
            start, end = spans[first][0], spans[last - 1][1]
            mentions.append(Mention(start, end, kind, text[start:end]))
            where.append((index, first, last))
    linked = link_mentions(text, mentions, lowercased=lowercased, settle=settle)
    by_end = {span.end: entity.label for entity in linked for span in entity.mentions}
    found: list[list[tuple[int, int, str]]] = [[] for _ in document]
    for mention, (index, first, last) in zip(mentions, where, strict=True):
        if mention.end in by_end:
            found[index].append((first, last, by_end[mention.end]))
    return [_tags(len(words), spans) for words, spans in zip(document, found, strict=True)]


def evaluate_linking(
    tagger: Tagger, documents: Sequence[Sequence[ConllSentence]], *, lowercase: bool = False
) -> dict[str, dict[str, Score]]:
    """Scores by type of the recogniser alone ("recogniser"), after linking without the gazetteer pass
    ("linked"), and with it ("settled")."""
    texts = [[[w.lower() if lowercase else w for w in s.words] for s in d] for d in documents]
    raw = [tagger.entities(document) for document in texts]
    gold = [s.entities for d in documents for s in d]
    runs: dict[str, list[list[str]]] = {"recogniser": [t for tags in raw for t in tags]}
    for name, settle in (("linked", False), ("settled", True)):
        runs[name] = [
            t for d, tags in zip(texts, raw) for t in relabelled(d, tags, settle=settle, lowercased=lowercase)
        ]
    return {name: score_spans(gold, found) for name, found in runs.items()}
