"""HTML pages: trafilatura finds the main text and the metadata; navigation, ads and footers stay behind."""

from __future__ import annotations

import logging
import re

import trafilatura
from lxml import html as lxml_html

from briefings.errors import ArticleError
from briefings.model.article import ArticleFormat, RemovedLine
from briefings.readers.assemble import Draft
from briefings.readers.decoding import clean
from briefings.readers.markdown import read_markdown
from briefings.text.dates import parse_date

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)
# XHTML's prolog: lxml takes no encoding declaration with text already decoded (the decoder has read it).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Embedded social posts, as the platforms' embed codes mark them: another author's words, not the article's.
_EMBEDDED_POSTS = (
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "fb-video", "reddit-embed-bq",
    "bluesky-embed", "threads-post", "mastodon-embed",
)
_EMBEDDED_XPATH = " | ".join(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" for name in _EMBEDDED_POSTS)


def read_html(text: str) -> Draft:
    """Extract the article as Markdown with trafilatura, then read that Markdown."""
    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise ArticleError(f"not an HTML document ({exc})") from None
    removed = _drop_embedded_posts(tree)
    _drop_control_characters(tree)
    body = trafilatura.extract(
        tree,
        output_format="markdown",
        include_formatting=True,
        include_links=False,
        include_images=False,
        include_comments=False,
        include_tables=True,
    )
    if not body:
        raise ArticleError("no article text found in the HTML page")
    draft = read_markdown(clean(body), ArticleFormat.HTML)  # character references can make control characters
    draft.removed[:0] = removed
    # Not extensive: the date comes from the page's metadata, markup or byline, never from a year in its text.
    meta = trafilatura.extract_metadata(tree, extensive=False)
    if meta is not None:
        draft.title = _text(meta.title) or draft.title
        draft.author = _text(meta.author) or draft.author
        draft.outlet = _text(meta.sitename) or draft.outlet
        draft.published = (parse_date(meta.date) if meta.date else None) or draft.published
    return draft


# C0 and C1 controls but tab and newlines: a character reference ("&#1") can put one in the tree, and lxml
# refuses to set such text again when trafilatura rewrites it.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _drop_control_characters(tree: lxml_html.HtmlElement) -> None:
    """Take control characters out of every text in the tree (the decoder has already taken them out of the
    page's own characters)."""
    for element in tree.iter():
        if element.text and _CONTROL.search(element.text):
            element.text = _CONTROL.sub("", element.text)
        if element.tail and _CONTROL.search(element.tail):
            element.tail = _CONTROL.sub("", element.tail)


def _drop_embedded_posts(tree: lxml_html.HtmlElement) -> list[RemovedLine]:
    """Take embedded social posts out of the page before extraction; each is listed with its text and line."""
    removed = []
    for element in tree.xpath(_EMBEDDED_XPATH):
        if element.getparent() is None:
            continue
        text = _text(element.text_content())
        if text:
            removed.append(RemovedLine(line=element.sourceline or 0, text=text, reason="embedded social post"))
        element.drop_tree()
    return removed


def _text(value: str | None) -> str | None:
    """A metadata value on one line, without control characters; None when nothing is left."""
    return " ".join(clean(value or "").split()) or None
