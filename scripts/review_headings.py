"""Review section headings: print each section's heading beside its first sentence, and heading rates.

    python scripts/review_headings.py --show 40              # 40 validation articles, for reading
    python scripts/review_headings.py --show 20 --start 1000 # a fresh slice
    python scripts/review_headings.py --rates 300            # automatic rates over 300 articles
    python scripts/review_headings.py --files examples/river-flood.txt tests/data/layout/*.txt

Articles come from ../shared/data/cnn_dailymail/validation.jsonl.gz in file order,
starting at --start (a fixed slice, so runs are comparable). Output goes to stdout only.
Rates: the share of clause headings (the headline clause of one of the section's
sentences: actor and action) against noun-phrase headings, headings ending in a dangling word (preposition,
determiner, conjunction, bare adjective), headings that are a lone name, mean words.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsbrief import Article, load_pipeline
from newsbrief.inputs import article_from_text
from newsbrief.layout._clause import headline_clause
from newsbrief.layout._model import WordModel, load_words
from newsbrief.layout._tags import guess_tags
from newsbrief.layout._words import ARTICLES, CONJUNCTIONS, PREPOSITIONS
from newsbrief.layout.headings import _sentence_words, title_case

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cnn_dailymail" / "validation.jsonl.gz"
_DANGLING = PREPOSITIONS | ARTICLES | CONJUNCTIONS | frozenset("this that these those some any each every no its their his her".split())


def validation(start: int, count: int) -> Iterator[str]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= start + count:
                break
            if number >= start:
                yield json.loads(line)["article"]


def _is_clause(heading: str, article: Article, sentences: Sequence[int], model: WordModel) -> bool:
    """The heading is the headline clause of one of the section's sentences (actor and action)."""
    cased = article.text != article.text.lower()
    for index in sentences:
        clause = headline_clause(_sentence_words(article, index, cased, model), model.rarity)
        if clause and title_case(clause) == heading:
            return True
    return False


def _lone_name(heading: str, article: Article) -> bool:
    """The heading is nothing but one entity's name ("Olaf Brandt")."""
    words = heading.lower().split()
    names = {
        " ".join(article.text[m.start : m.end].lower().split())
        for e in article.entities
        if e.label in ("PER", "ORG", "LOC")
        for m in e.mentions
    }
    return " ".join(words) in names or " ".join(w for w in words if w not in ("the", "of")) in names


def rates(articles: Sequence[Article]) -> dict[str, float]:
    """Automatic heading measures over the topical sections of `articles`."""
    model = load_words()
    total = clauses = dangling = lone = words = 0
    for article in articles:
        for section in article.sections:
            if not section.heading:
                continue
            split = section.heading.split()
            tags = guess_tags([w.lower() for w in split], cased=False, rarity=model.rarity)
            total += 1
            words += len(split)
            clauses += _is_clause(section.heading, article, section.sentences, model)
            last = split[-1].lower()
            dangling += last in _DANGLING or tags[-1] == "JJ"
            lone += _lone_name(section.heading, article)
    share = max(total, 1)
    return {
        "headings": total,
        "clause_share": clauses / share,
        "noun_phrase_share": 1 - clauses / share,
        "dangling_share": dangling / share,
        "lone_name_share": lone / share,
        "mean_words": words / share,
    }


def show(article: Article, label: str) -> None:
    print(f"=== {label} ({article.word_count} words, {len(article.sections)} sections)")
    for number, section in enumerate(article.sections, 1):
        first = article.sentences[section.sentences[0]].text
        print(f"  [{number}] {section.heading}")
        print(f"      | {first[:220]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--start", type=int, default=0, help="first validation article (line number)")
    parser.add_argument("--show", type=int, default=0, help="print headings of this many articles")
    parser.add_argument("--rates", type=int, default=0, help="automatic rates over this many articles")
    parser.add_argument("--files", nargs="*", default=[], help="text files to show instead")
    parser.add_argument("--pipeline", default=None, help="stage names, comma-separated (default pipeline)")
    options = parser.parse_args()
    run = load_pipeline(options.pipeline)
    for path in options.files:
        show(run(article_from_text(Path(path).read_text(encoding="utf-8"))), path)
    if options.show:
        for number, text in enumerate(validation(options.start, options.show), options.start):
            show(run(article_from_text(text)), f"article {number}")
    if options.rates:
        done = [run(article_from_text(text)) for text in validation(options.start, options.rates)]
        for name, value in rates(done).items():
            print(f"{name:18} {value:.3f}" if isinstance(value, float) else f"{name:18} {value}")


if __name__ == "__main__":
    main()
