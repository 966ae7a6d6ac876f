"""Following feeds: adding one (read once to be sure it is a feed), updating them all (a conditional GET each; at
most a few new items a feed; each item's page fetched and saved, or the feed's own text when the page cannot be had
and the feed carries the whole article), OPML in and out. Every fault is one line naming the URL; an update stopped
half-way leaves whole files and resumes where it stopped."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from briefings.library.state import FollowedFeed, State
from briefings.sources.feeds import Feed, FeedError, parse_feed
from briefings.sources.pages import save_feed_item, save_page
from briefings.sources.web import FetchError, fetch

MAX_NEW = 20  # new items taken from one feed in one update


@dataclass
class Update:
    """What an update brought: the pages saved, and one line for each thing that went wrong."""

    saved: list[Path] = field(default_factory=list)
    troubles: list[str] = field(default_factory=list)
    unchanged: int = 0  # feeds the server said had not changed


def follow(state: State, url: str) -> tuple[Feed, bool]:
    """Read the feed at `url` and follow it; the feed, and whether it is new. FetchError or FeedError say why not."""
    feed = parse_feed(fetch(url))
    return feed, state.follow(url, feed.title)


def update(
    state: State,
    folder: Path,
    max_new: int = MAX_NEW,
    progress: Callable[[int, int, str], None] | None = None,
) -> Update:
    """Update every feed followed, saving new items' pages into `folder`; `progress(done, total, title)` hears of
    each feed as it begins."""
    result = Update()
    feeds = state.feeds()
    for number, followed in enumerate(feeds):
        if progress is not None:
            progress(number, len(feeds), followed.title)
        try:
            fetched = fetch(followed.url, etag=followed.etag, modified=followed.modified)
            if fetched.body is None:
                result.unchanged += 1
                continue
            feed = parse_feed(fetched)
        except (FetchError, FeedError) as exc:
            result.troubles.append(str(exc))
            continue
        _take_items(state, folder, followed, feed, max_new, result)
        state.feed_fetched(FollowedFeed(followed.url, feed.title, fetched.etag, fetched.modified))
    if progress is not None:
        progress(len(feeds), len(feeds), "")
    return result


def _take_items(state: State, folder: Path, followed: FollowedFeed, feed: Feed, max_new: int, result: Update) -> None:
    """Save the feed's first `max_new` items not taken yet."""
    seen = state.items_seen(followed.url)
    for item in [item for item in feed.items if item.key not in seen][:max_new]:
        saved: Path | None = None
        if item.link is None:
            if item.full_text:
                saved = save_feed_item(folder, f"{followed.url}#{item.key}", item.title, item.content, feed.title)
            else:
                result.troubles.append(f"{followed.url}: the item “{' '.join(item.title.split())[:80]}” has no link and no full text; skipped")
        else:
            try:
                saved = save_page(folder, fetch(item.link), feed.title)
            except (FetchError, OSError) as exc:
                if not item.full_text:
                    result.troubles.append(str(exc) if isinstance(exc, FetchError) else f"{item.link}: cannot save it ({exc})")
                    continue  # tried again at the next update
                saved = save_feed_item(folder, item.link, item.title, item.content, feed.title)
        if saved is not None:
            result.saved.append(saved)
        state.item_taken(followed.url, item.key, saved)


def read_opml(data: bytes) -> list[tuple[str, str]]:
    """The feeds an OPML file lists, as (URL, title); ValueError when it is not OPML."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ValueError(f"not OPML ({exc})") from None
    if root.tag != "opml":
        raise ValueError(f"not OPML (its root is <{root.tag}>)")
    return [(o.attrib["xmlUrl"], o.attrib.get("title") or o.attrib.get("text") or o.attrib["xmlUrl"]) for o in root.iter("outline") if o.attrib.get("xmlUrl")]


def opml_text(feeds: list[FollowedFeed]) -> str:
    """The feeds as an OPML 2.0 document."""
    outlines = "\n".join(
        f'    <outline type="rss" text="{html.escape(feed.title)}" title="{html.escape(feed.title)}" xmlUrl="{html.escape(feed.url)}"/>' for feed in feeds
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>briefing feeds</title></head>\n  <body>\n{outlines}\n  </body>\n</opml>\n'
