"""Briefing requests off the event loop, a few at a time, each within the time limit."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from .._api import brief
from .._article import Article
from .._brief import Brief
from ..errors import InputError, NewsbriefError, error
from ..inputs import article_from_html, article_from_text
from ._fetch import fetch_article
from ._models import BriefRequest
from ._settings import ServeSettings
from .store import Store, StoredBrief

__all__ = ["Briefer"]


class Briefer:
    """Runs the pipeline in `settings.workers` threads; a request waits its turn within `settings.timeout`.

    A request over time is answered with E124 at once. Its work is cancelled if it had
    not started; work already running finishes in the background and is dropped, which
    the article-length limit keeps short.
    """

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self._pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="newsbrief-brief")

    async def brief_and_keep(self, request: BriefRequest, store: Store) -> StoredBrief:
        """Brief the request's article and keep the brief in `store`, in one worker, within the time limit."""
        request.source()  # E121 now, before the request waits for a worker
        future = self._pool.submit(lambda: store.save(self.brief_now(request)))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=self.settings.timeout)
        except TimeoutError:
            future.cancel()
            raise error(NewsbriefError, "E124", timeout=f"{self.settings.timeout:g}") from None

    def brief_now(self, request: BriefRequest) -> Brief:
        """The brief of one request, in this thread."""
        article = self.article(request)
        return brief(article, pipeline=request.pipeline, title=request.title, n=request.highlights, headline=request.headline)

    def article(self, request: BriefRequest) -> Article:
        """The request's article: its text as given, the text of its HTML, or the page at its URL."""
        kind, value = request.source()
        if "\x00" in value:
            raise error(InputError, "E002", detail="it contains NUL characters")
        limit = self.settings.max_article_chars
        if kind == "text":
            self._check_length(value, limit)
            return article_from_text(value)
        if kind == "html":
            article = article_from_html(value)
        else:
            article = fetch_article(value, allow_private_addresses=self.settings.allow_private_addresses)
        self._check_length(article.text, limit)
        return article

    @staticmethod
    def _check_length(text: str, limit: int) -> None:
        if len(text) > limit:
            raise error(InputError, "E122", size=len(text), limit=limit)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
