"""HTML pages: trafilatura finds the main text and the metadata; navigation, ads and footers stay behind."""

from __future__ import annotations

import logging

import trafilatura
from lxml import html as lxml_html

from briefings.dates import parse_date
from briefings.errors import ArticleError
from briefings.models import ArticleFormat
from briefings.readers.assemble import Draft
from briefings.readers.markdown import read_markdown

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html(text: str) -> Draft:
    """Extract the article as Markdown with trafilatura, then read that Markdown."""
    try:
        tree = lxml_html.document_fromstring(text)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise ArticleError(f"not an HTML document ({exc})") from None
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
    draft = read_markdown(body, ArticleFormat.HTML)
    meta = trafilatura.extract_metadata(tree)
    if meta is not None:
        draft.title = meta.title or draft.title
        draft.author = meta.author or draft.author
        draft.outlet = meta.sitename or draft.outlet
        draft.published = (parse_date(meta.date) if meta.date else None) or draft.published
    return draft
