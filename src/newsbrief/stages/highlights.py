"""The `highlights` stage: sentences scored by a small learned model, chosen to fit the article.

Each sentence gets a score from features of its position, length, centrality,
novelty and learned word statistics (`_highlight_features`, `_highlight_model`).
The stage then fills a word budget that grows with the article's length - about
three highlights for a 600-word story, up to six for a long one - best-scored
first, skipping a sentence that repeats a word trigram of one already chosen.
`n` asks for exactly that many highlights, `words` for a word budget.

Highlights are shown in ARTICLE ORDER (their `score` keeps the model's ranking).
A highlight drops parentheses ("(pictured)") and a trailing attribution
(", police said Thursday."); its spans then cover the parts kept, and its
text is exactly those parts joined.
"""

from __future__ import annotations

from collections.abc import Callable

from .._article import Article, Highlight, Span
from .._pipeline import stage
from ..errors import UsageError, error
from ._highlight_features import article_words, sentence_features
from ._highlight_model import MODEL_VERSION, load_model
from ._highlight_select import select, trigrams
from ._shorten import kept_parts
from .baselines import make_highlight

__all__ = ["learned_highlights"]


def _check(name: str, value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise error(UsageError, "E033", option=name, expected="a whole number of at least 1", value=value)


def _highlight(article: Article, index: int, score: float) -> Highlight:
    """Sentence `index` as a highlight, without its parentheses and trailing attribution."""
    sentence = article.sentences[index]
    parts = kept_parts(sentence.text)
    if parts is None:
        return make_highlight(article, index, score)
    spans = tuple(Span(sentence.start + start, sentence.start + end) for start, end in parts)
    text = "".join(article.text[span.start : span.end] for span in spans)
    return Highlight(text=text, sentences=(index,), spans=spans, source=sentence.text, score=score)


@stage("highlights", requires=("sentences",), assigns=("highlights",), version=MODEL_VERSION)
def learned_highlights(n: int | None = None, words: int | None = None) -> Callable[[Article], Article]:
    """Learned highlights: about 3 for a 600-word story, up to 6 for a long one; n or a word budget override."""
    _check("n", n)
    _check("words", words)
    model = load_model()

    def run(article: Article) -> Article:
        texts = [sentence.text for sentence in article.sentences]
        if not texts:
            return article.replace(highlights=())
        normalised = article_words(texts)
        scores = model.score(sentence_features(texts, model.stats, normalised))
        lengths = [len(ids) for ids in normalised.sentences]
        chosen = select(
            scores, lengths, lambda i: trigrams(normalised.sentences[i].tolist()), model.settings, count=n, budget=words
        )
        if not chosen:  # every sentence was too short for the model's liking: take the best one
            chosen = [int(scores.argmax())]
        return article.replace(highlights=tuple(_highlight(article, i, float(scores[i])) for i in sorted(chosen)))

    return run
