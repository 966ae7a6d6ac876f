"""Pages saved into the library folder: the bytes as fetched (or as read from standard input), each page with a
note of its URL beside it (`readers.provenance`), written atomically, note first, so that a reader never meets a
half-written page or a page without its note."""

from __future__ import annotations

import hashlib
import html
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefings import LIBRARY_ENV, user_folder
from briefings.export.files import write_atomic
from briefings.readers.provenance import Source, source_note
from briefings.sources.web import Fetched, FetchError

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_NAME_CHARACTERS = 60
_MARKUP_START = re.compile(rb"\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)", re.IGNORECASE)
_FRONT_MATTER_OR_HEADING = re.compile(r"\A---\r?\n|^#{1,6} \S", re.MULTILINE)


def library_folder(override: Path | None = None, configured: Path | None = None) -> Path:
    """Where fetched pages are saved: `override` (the command line's), else $BRIEFING_LIBRARY, else `configured`
    (the config file's), else `library` in the user data folder."""
    if override is not None or os.environ.get(LIBRARY_ENV):
        return user_folder("data", LIBRARY_ENV, override)
    return configured or user_folder("data", LIBRARY_ENV) / "library"


def _now() -> str:
    """The time now, as a note records it."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def save_page(folder: Path, fetched: Fetched, feed: str | None = None) -> Path:
    """Save a fetched HTML page (and its note) into `folder`, named after its URL; the same URL again replaces it.
    FetchError when the response is not an HTML page."""
    assert fetched.body is not None
    kind = fetched.content_type.split(";")[0].strip().lower()
    if kind not in _HTML_TYPES and not (kind in ("", "text/plain", "application/octet-stream") and _MARKUP_START.match(fetched.body[:512])):
        raise FetchError(f"{fetched.url}: not an HTML page ({kind or 'no content type'})")
    return _save(folder / _page_name(fetched.url), fetched.body, Source(fetched.url, _now(), feed))


def save_feed_item(folder: Path, url: str, title: str, content: str, feed: str) -> Path:
    """Save the full text a feed gave for an item whose page could not be fetched, as an HTML page of its own."""
    page = f"<!doctype html>\n<html><head><title>{html.escape(title)}</title></head>\n<body><article>\n<h1>{html.escape(title)}</h1>\n{content}\n</article></body></html>\n"
    return _save(folder / _page_name(url), page.encode("utf-8"), Source(url, _now(), feed))


def save_standard_input(folder: Path, data: bytes) -> Path:
    """Save what standard input gave into `folder`/stdin, named by its content, as HTML, Markdown or text as it
    reads; the same text again is the same file."""
    suffix = ".html" if _MARKUP_START.match(data[:1024]) else ".md" if _FRONT_MATTER_OR_HEADING.search(data[:4096].decode("utf-8", "replace")) else ".txt"
    path = folder / "stdin" / f"stdin-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        write_atomic(path, data)
    return path


def _save(path: Path, body: bytes, source: Source) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(source_note(path), source.to_json())
    write_atomic(path, body)
    return path


def _page_name(url: str) -> str:
    """A file name for the page at `url`: the last words of its path, and a short hash that tells URLs apart."""
    parts = urlsplit(url)
    words = re.sub(r"[^a-z0-9]+", "-", unquote(parts.path).lower().removesuffix(".html").removesuffix(".htm")).strip("-")
    stem = words[-_NAME_CHARACTERS:].strip("-") or re.sub(r"[^a-z0-9]+", "-", parts.netloc.lower()).strip("-") or "page"
    return f"{stem}-{hashlib.sha256(url.encode()).hexdigest()[:8]}.html"
