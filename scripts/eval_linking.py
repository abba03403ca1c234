"""Score entity linking on CoNLL-2003 valid: each recognised mention takes its linked entity's type.

Prints entity F1 per type of the recogniser alone, of its mentions relabelled by `link_mentions`
without the gazetteer pass, and with it (a mention whose entity was dropped counts as no entity).
Each document is one text, words joined by spaces and sentences by line breaks.

    python scripts/eval_linking.py --data ../shared/data
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsbrief.evaluation.ner import read_conll, score_spans
from newsbrief.tagger import Mention, link_mentions, load_tagger
from newsbrief.tagger._decode import tag_spans

ROOT = Path(__file__).resolve().parents[1]


def _tags(length: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for first, last, kind in spans:
        if last - first == 1:
            tags[first] = f"U-{kind}"
            continue
        tags[first : last] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first - 2) + [f"L-{kind}"]
    return tags


def relabelled(document: list[list[str]], tags: list[list[str]], settle: bool, lowercased: bool) -> list[list[str]]:
    """Each sentence's tags with every mention given the type of the entity it was linked into."""
    text, offsets, mentions, where = "", [], [], []
    for index, (words, sentence_tags) in enumerate(zip(document, tags, strict=True)):
        spans = []
        for word in words:
            spans.append((len(text), len(text) + len(word)))
            text += word + " "
        text = text[:-1] + "\n"
        offsets.append(spans)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    documents = read_conll(args.data / "conll2003" / "valid.txt")
    tagger = load_tagger()
    for lowercase in (False, True):
        texts = [[[w.lower() if lowercase else w for w in s.words] for s in d] for d in documents]
        raw = [tagger.entities(document) for document in texts]
        gold = [s.entities for d in documents for s in d]
        runs = {
            "recogniser": [t for tags in raw for t in tags],
            "linked": [t for d, tags in zip(texts, raw) for t in relabelled(d, tags, False, lowercase)],
            "linked+places": [t for d, tags in zip(texts, raw) for t in relabelled(d, tags, True, lowercase)],
        }
        print(f"\n{'lowercased' if lowercase else 'cased'} valid")
        for name, found in runs.items():
            scores = score_spans(gold, found)
            row = "  ".join(f"{k} {scores[k].f1:6.2f}" for k in ("PER", "ORG", "LOC", "MISC", "overall"))
            print(f"  {name:14} {row}")


if __name__ == "__main__":
    main()
