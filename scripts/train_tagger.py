"""Train the tagger's models (part of speech, chunks, named entities) on CoNLL-2003.

Each model is a linear-chain CRF trained with CRFsuite (L-BFGS, L1 + L2) on the
training split, scored on the validation split, and written as a small `.npz`
that `newsbrief.tagger` reads with numpy alone. The entity recogniser has a cased
and a lowercased model, each in two passes: the second pass also sees what the
first found elsewhere in the document (on the training split, the first pass is
cross-fitted over two halves so the second learns from realistic guesses).
Needs the training extra: `pip install -e '.[train]'`. Deterministic.

    python scripts/train_tagger.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from newsbrief.evaluation.ner import ConllSentence, accuracy, read_conll, score_spans
from newsbrief.tagger._features import FeatureMaker, document_features, load_clusters
from newsbrief.tagger._model import LinearChainModel
from newsbrief.tagger._tagger import Recogniser

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "newsbrief" / "models"
Documents = list[list[ConllSentence]]
Rows = list[list[list[str]]]


def bilou(tags: Sequence[str]) -> list[str]:
    """IOB2 entity tags rewritten as BILOU (last and unit-length tokens marked)."""
    out: list[str] = []
    for i, tag in enumerate(tags):
        following = tags[i + 1] if i + 1 < len(tags) else "O"
        continues = following == "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append(tag if continues else "U-" + tag[2:])
        elif tag.startswith("I-"):
            out.append(tag if continues else "L-" + tag[2:])
        else:
            out.append(tag)
    return out


def train_crf(rows: Rows, labels: list[list[str]], args: argparse.Namespace, iterations: int) -> LinearChainModel:
    """Fit one CRF with CRFsuite and read its weights into a `LinearChainModel`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(rows, labels, strict=True):
        trainer.append(x, y)
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        model = LinearChainModel.from_weights(tagger.labels(), info.state_features, info.transitions)
        tagger.close()
    return model


def featurise(documents: Documents, maker: FeatureMaker) -> list[Rows]:
    """Feature rows per sentence, grouped by document."""
    return [[maker.sentence(s.words) for s in document] for document in documents]


def with_document_pass(documents: Documents, rows: list[Rows], first: list[list[list[str]]], cased: bool) -> Rows:
    """Sentence rows extended with the document features of a first pass's labels."""
    out: Rows = []
    for document, doc_rows, doc_labels in zip(documents, rows, first, strict=True):
        words = [s.words if cased else tuple(w.lower() for w in s.words) for s in document]
        extra = document_features(words, doc_labels)
        for sentence_rows, sentence_extra in zip(doc_rows, extra, strict=True):
            out.append([r + e for r, e in zip(sentence_rows, sentence_extra, strict=True)])
    return out


def tag_documents(model: LinearChainModel, rows: list[Rows]) -> list[list[list[str]]]:
    return [[model.tag(sentence) for sentence in document] for document in rows]


def flat(nested: list[list[list[str]]]) -> list[list[str]]:
    return [sentence for document in nested for sentence in document]


def train_ner(train: Documents, valid: Documents, maker: FeatureMaker, args: argparse.Namespace) -> dict:
    """Two-pass entity models for one casing; returns their validation scores."""
    cased = maker.cased
    name = "ner-cased" if cased else "ner-lower"
    gold = [[bilou(s.entities) for s in document] for document in train]
    train_rows, valid_rows = featurise(train, maker), featurise(valid, maker)
    started = time.time()
    first = train_crf(flat(train_rows), flat(gold), args, args.iterations)
    first.save(args.out / f"{name}.npz")
    valid_first = tag_documents(first, valid_rows)
    # Cross-fitted first-pass guesses on the training split, for the second pass to learn from.
    guesses: list[list[list[str]]] = [[] for _ in train]
    for half in (0, 1):
        fit = [i for i in range(len(train)) if i % 2 != half]
        rest = [i for i in range(len(train)) if i % 2 == half]
        model = train_crf(flat([train_rows[i] for i in fit]), flat([gold[i] for i in fit]), args, args.iterations)
        for i in rest:
            guesses[i] = [model.tag(sentence) for sentence in train_rows[i]]
    second_rows = with_document_pass(train, train_rows, guesses, cased)
    second = train_crf(second_rows, flat(gold), args, args.iterations)
    second.save(args.out / f"{name}-doc.npz")
    valid_second = [second.tag(r) for r in with_document_pass(valid, valid_rows, valid_first, cased)]
    reference = [s.entities for document in valid for s in document]
    recogniser = Recogniser(maker, first, second)
    shipped = [tags for d in valid for tags in recogniser([list(s.words) for s in d])]
    scores = {
        "first_pass": score_spans(reference, flat(valid_first)),
        "second_pass": score_spans(reference, valid_second),
        "as_shipped": score_spans(reference, shipped),
    }
    report = {k: {t: round(s.f1, 2) for t, s in v.items()} for k, v in scores.items()}
    report["seconds"] = round(time.time() - started)
    return report


def lowercased(documents: Documents) -> Documents:
    return [[dataclasses.replace(s, words=tuple(w.lower() for w in s.words)) for s in d] for d in documents]


def train_sequence(
    train: Documents, valid: Documents, maker: FeatureMaker, task: str, args: argparse.Namespace
) -> dict:
    """The part-of-speech or chunk model, trained on the cased and a lowercased copy; returns its scores."""
    column = "pos" if task == "pos" else "chunks"
    started = time.time()
    rows = flat(featurise(train, maker)) + flat(featurise(lowercased(train), maker))
    labels = [list(getattr(s, column)) for d in train for s in d]
    model = train_crf(rows, labels + labels, args, args.iterations)
    model.save(args.out / f"{task}.npz")
    reference = [getattr(s, column) for d in valid for s in d]
    result: dict[str, object] = {}
    for name, documents in (("cased", valid), ("lowercased", lowercased(valid))):
        guesses = [model.tag(r) for r in flat(featurise(documents, maker))]
        if task == "pos":
            result[f"accuracy_{name}"] = round(accuracy(reference, guesses), 2)
        else:
            result[f"f1_{name}"] = round(score_spans(reference, guesses)["overall"].f1, 2)
    result["seconds"] = round(time.time() - started)
    return result


CARDS = {
    "pos": (
        "Part-of-speech tagger",
        "Penn Treebank tags (45), as in column 2 of CoNLL-2003; trained on the cased and a lowercased copy.",
        ("pos.npz",),
    ),
    "chunk": (
        "Chunker",
        "IOB2 phrase chunks (NP, VP, PP, ...), as in column 3 of CoNLL-2003; trained on the cased and a lowercased copy.",
        ("chunk.npz",),
    ),
    "ner-cased": (
        "Entity recogniser, cased text",
        "PER, ORG, LOC, MISC as BILOU tags; first pass `ner-cased.npz`, document-level second pass `ner-cased-doc.npz`.",
        ("ner-cased.npz", "ner-cased-doc.npz"),
    ),
    "ner-lower": (
        "Entity recogniser, lowercased text",
        "As the cased one, trained on a lowercased copy of the data, with no case features; used when a text has"
        " (almost) no capital letters.",
        ("ner-lower.npz", "ner-lower-doc.npz"),
    ),
}


def write_card(task: str, result: dict, args: argparse.Namespace) -> None:
    """A model card beside the model files: what it tags, the data, the command, the scores, the date."""
    title, what, files = CARDS[task]
    sizes = ", ".join(f"`{f}` {(args.out / f).stat().st_size / 1e6:.2f} MB" for f in files)
    scores = "\n".join(f"  - {key}: {json.dumps(value)}" for key, value in result.items() if key != "seconds")
    text = f"""# {title}

{what}

- Model: linear-chain CRF over word, lowercase, shape, prefix/suffix, neighbour-word and word-cluster features
  (`newsbrief/tagger/_features.py`), trained with CRFsuite (L-BFGS, c1={args.c1}, c2={args.c2},
  {args.iterations} iterations); weights quantised to 16 bits. Read with numpy alone (`newsbrief/tagger`).
- Files: {sizes}.
- Data: CoNLL-2003 English `train.txt` (Reuters news, 1996; research use under the Reuters terms) to train,
  `valid.txt` to measure; word clusters from `clusters.tsv.gz` (see `clusters.md`).
- Command: `python scripts/train_tagger.py --tasks {task} --iterations {args.iterations}` (needs `.[train]`),
  {result["seconds"]} s wall-clock in one process on a shared 2-core machine.
- Scores on CoNLL-2003 valid, as measured by the training run ({"accuracy" if task == "pos" else "F1"}, %):
{scores}
- Date: {datetime.date.today().isoformat()}.
"""
    (args.out / f"{task}.md").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--tasks", default="ner-cased,ner-lower,chunk,pos")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.1, help="L1 weight (sparsity)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    parser.add_argument("--out", type=Path, default=MODELS, help="folder the models are written to")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N documents (quick runs)")
    args = parser.parse_args()
    conll = args.data / "conll2003"
    train, valid = read_conll(conll / "train.txt")[: args.limit], read_conll(conll / "valid.txt")
    clusters = load_clusters(MODELS / "clusters.tsv.gz")
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {}
    for task in args.tasks.split(","):
        maker = FeatureMaker(clusters, cased=task != "ner-lower")
        if task.startswith("ner"):
            results[task] = train_ner(train, valid, maker, args)
        else:
            results[task] = train_sequence(train, valid, maker, task, args)
        print(task, json.dumps(results[task]), flush=True)
        write_card(task, results[task], args)
    results["settings"] = {"iterations": args.iterations, "c1": args.c1, "c2": args.c2, "limit": args.limit}
    results["date"] = datetime.date.today().isoformat()
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
