"""Feeds read into items: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed as the JSON it is. An item is
its key (its id, else its link), link, title, and the text the feed carries for it (used only when the page itself
cannot be fetched and that text is a whole article)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from briefings.sources.web import Fetched, is_url

FULL_TEXT_WORDS = 150  # a feed's text for an item counts as the whole article from this many words
_TAG = re.compile(r"<[^>]+>")


class FeedError(Exception):
    """A response that is no feed, or one too broken to read; the message is one line naming it."""


@dataclass(frozen=True)
class Item:
    key: str
    link: str | None
    title: str
    content: str  # HTML, as the feed gave it ("" when none)

    @property
    def full_text(self) -> bool:
        """Whether the feed's text for the item is a whole article rather than a teaser."""
        return len(_TAG.sub(" ", self.content).split()) >= FULL_TEXT_WORDS


@dataclass(frozen=True)
class Feed:
    title: str
    items: list[Item]


def parse_feed(fetched: Fetched) -> Feed:
    """The feed in `fetched`; FeedError when it is none."""
    body = fetched.body or b""
    if body.lstrip()[:1] == b"{":
        return _json_feed(fetched.url, body)
    import feedparser

    try:
        parsed = feedparser.parse(body)
    except Exception as exc:  # feedparser trips over some broken markup ("<channel<item<link</item</link>")
        raise FeedError(f"{fetched.url}: not a feed, or a broken one ({type(exc).__name__} in the feed parser)") from None
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        reason = f"not a feed, or a broken one ({' '.join(str(problem).split())[:120]})" if problem else "not a feed"
        raise FeedError(f"{fetched.url}: {reason}")
    items = []
    for entry in parsed.entries:
        link = _web_link(fetched.url, entry.get("link"))
        content = entry.get("content") or []
        text = content[0].get("value", "") if content else entry.get("summary", "")
        key = entry.get("id") or link or entry.get("title")
        if key:
            items.append(Item(str(key), link, str(entry.get("title") or link or key), str(text or "")))
    return Feed(str(parsed.feed.get("title") or fetched.url), items)


def _json_feed(url: str, body: bytes) -> Feed:
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"{url}: not a feed (JSON that cannot be read: {exc})") from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError(f"{url}: not a feed (JSON, but no JSON Feed version)")
    items = []
    for entry in document.get("items") or []:
        if not isinstance(entry, dict):
            continue
        link = _web_link(url, entry.get("url") or entry.get("external_url"))
        key = entry.get("id") or link
        if key:
            content = entry.get("content_html") or _paragraphs(entry.get("content_text") or entry.get("summary") or "")
            items.append(Item(str(key), link, str(entry.get("title") or link or key), str(content)))
    return Feed(str(document.get("title") or url), items)


def _web_link(feed: str, link: object) -> str | None:
    """An item's link made absolute against the feed's URL; None unless it is an http or https URL (feedparser
    takes a bare guid for a link)."""
    if not isinstance(link, str) or not link.strip():
        return None
    absolute = urljoin(feed, link.strip())
    return absolute if is_url(absolute) else None


def _paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs, escaped."""
    import html

    return "\n".join(f"<p>{html.escape(part.strip())}</p>" for part in str(text).split("\n\n") if part.strip())
