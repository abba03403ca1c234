"""Reading articles from what people have: text, HTML, URLs, feeds, folders, JSON Lines."""

from ._document import article_from_html, article_from_text, looks_like_html
from ._load import load_article

__all__ = ["article_from_html", "article_from_text", "load_article", "looks_like_html"]
