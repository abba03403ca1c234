"""Score the shipped tagger on CoNLL-2003 valid, cased and lowercased, and time it against a baseline pass.

Prints entity P/R/F1 per type, POS accuracy, chunk F1, and the recogniser's
tokens per second of CPU time beside a trivial pass over the same text in the
same run (tokenizing only), since timings on a shared machine are noisy.

    python scripts/eval_tagger.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsbrief.evaluation.ner import evaluate_tagger, read_conll
from newsbrief.tagger import load_tagger
from newsbrief.text.sentences import tokenize

ROOT = Path(__file__).resolve().parents[1]


def baseline_tokens_per_second(documents: list) -> float:
    """Tokens per CPU second of the segmenter's tokenizer alone, over the same sentences."""
    texts = [" ".join(s.words) for d in documents for s in d]
    started = time.process_time()
    count = sum(len(tokenize(text)) for text in texts)
    return count / max(time.process_time() - started, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    documents = read_conll(args.data / "conll2003" / "valid.txt")
    started = time.process_time()
    tagger = load_tagger()
    print(f"models loaded in {time.process_time() - started:.2f} s CPU")
    baseline = baseline_tokens_per_second(documents)
    for lowercase in (False, True):
        report = evaluate_tagger(tagger, documents, lowercase=lowercase)
        print(f"\n{'lowercased' if lowercase else 'cased'} valid ({report.tokens:,} tokens)")
        for kind, score in report.entities.items():
            print(
                f"  {kind:8} P {score.precision:6.2f}  R {score.recall:6.2f}  F1 {score.f1:6.2f}  ({score.gold} gold)"
            )
        print(f"  POS accuracy {report.pos_accuracy:.2f}   chunk F1 {report.chunk_f1:.2f}")
        print(
            f"  entities: {report.tokens_per_second:,.0f} tokens/s CPU; tokenizing only: {baseline:,.0f} tokens/s"
            f" (ratio {report.tokens_per_second / baseline:.3f})"
        )


if __name__ == "__main__":
    main()
