"""Score entity linking on CoNLL-2003 valid: each recognised mention takes its linked entity's type.

Prints entity F1 per type of the recogniser alone, of its mentions relabelled by `link_mentions`
without the gazetteer pass ("linked"), and with it ("settled"); see newsbrief.evaluation.linking.

    python scripts/eval_linking.py --data ../shared/data
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsbrief.evaluation.linking import evaluate_linking
from newsbrief.evaluation.ner import read_conll
from newsbrief.tagger import load_tagger

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    documents = read_conll(args.data / "conll2003" / "valid.txt")
    tagger = load_tagger()
    for lowercase in (False, True):
        print(f"\n{'lowercased' if lowercase else 'cased'} valid")
        for name, scores in evaluate_linking(tagger, documents, lowercase=lowercase).items():
            row = "  ".join(f"{k} {scores[k].f1:6.2f}" for k in ("PER", "ORG", "LOC", "MISC", "overall"))
            print(f"  {name:10} {row}")


if __name__ == "__main__":
    main()
