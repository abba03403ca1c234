"""One article from a path, a URL or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from .._article import Article
from ..errors import InputError, error
from ._document import article_from_html, article_from_text, looks_like_html

__all__ = ["load_article"]


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise error(InputError, "E002", detail="it contains NUL bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(InputError, "E004", detail=exc) from None


def load_article(source: str) -> Article:
    """The article at `source`: a file path, or '-' for standard input."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = None
    else:
        path = Path(source)
        if not path.exists():
            raise error(InputError, "E006", path=source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise error(InputError, "E007", path=source, detail=exc.strerror) from None
        name = path.stem
    text = _decode(data)
    if looks_like_html(text):
        return article_from_html(text, id=name)
    return article_from_text(text, id=name)
