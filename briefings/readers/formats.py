"""Turning a file's bytes into an Article, by the file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefings.errors import ArticleError
from briefings.model.article import Article
from briefings.readers.assemble import Draft, build_article
from briefings.readers.decoding import decode
from briefings.readers.plaintext import read_plain_text
from briefings.readers.provenance import read_source


def read_html(text: str) -> Draft:
    """HTML through trafilatura, imported on the first HTML file: most libraries never pay for it."""
    from briefings.readers.html import read_html as read

    return read(text)


def read_markdown(text: str) -> Draft:
    """Markdown through markdown-it (and YAML front matter), imported on the first Markdown file."""
    from briefings.readers.markdown import read_markdown as read

    return read(text)


READERS: dict[str, Callable[[str], Draft]] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}


def read_article(path: Path, data: bytes) -> tuple[Article, str | None]:
    """The article in `data`, and a warning about its decoding if there is one."""
    if not data.strip():
        raise ArticleError("empty file")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleError(f"unknown file type {path.suffix or '(no extension)'}")
    decoded = decode(data, markup=reader is read_html)
    if not decoded.text.strip():
        raise ArticleError("empty file")
    return build_article(path, data, reader(decoded.text), read_source(path)), decoded.warning


__all__ = ["READERS", "ArticleError", "read_article"]
