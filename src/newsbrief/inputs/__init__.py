"""Reading articles from what people have: text, HTML, URLs, feeds, folders, JSON Lines.

What a source argument can be, and how it is read:

- a text file (`.txt`, any encoding; the article text is the decoded file, unchanged),
  a Markdown file (`.md`; its `#` headings become `Article.headings`), an HTML file
  (`.html`, `.htm`; through trafilatura, one paragraph a line, `<h2>`..`<h6>` kept);
- a feed (`.rss`, `.atom`, `.xml`): one article per entry, from the entry's own text
  when it has `[input] feed_min_words` words or more, else fetched from its link;
- JSON Lines (`.jsonl`, `.jsonl.gz`): one article per record (`article` or `text`);
- a folder: every file of those kinds in it, recursively, in sorted order;
- an http(s) URL, and '-' for standard input (both read by their content).

`load_article` gives one article: from a feed or JSON Lines file, the first one.
`iter_items` gives every item of every source, each an article or an error.
Errors carry a code: E001-E008 (empty, binary, too large, undecodable, no article
text, missing or unreadable file, not English), E010-E017 and E070/E073 (URLs),
E020-E023 and E072-E077 (feeds, JSON Lines, folders).
"""

from typing import TYPE_CHECKING, Any

from ._document import article_from_html, article_from_text, looks_like_html
from ._item import Item

if TYPE_CHECKING:
    from ._load import iter_items, load_article


def __getattr__(name: str) -> Any:
    # The readers of files and URLs pull in httpx and feedparser; `brief(text)` needs neither.
    if name in ("iter_items", "load_article"):
        from . import _load

        return getattr(_load, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Item", "article_from_html", "article_from_text", "iter_items", "load_article", "looks_like_html"]
