"""Reading articles from what people have: text, HTML, URLs, feeds, folders, JSON Lines."""

from ._document import article_from_html, article_from_text, looks_like_html
from ._item import Item
from ._load import iter_items, load_article

__all__ = ["Item", "article_from_html", "article_from_text", "iter_items", "load_article", "looks_like_html"]
