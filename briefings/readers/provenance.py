"""Where a saved page came from: a hidden file beside it, `.NAME.source.json`, with its URL, when it was fetched and
the feed it came through. Listing a folder skips hidden files, so the note is never read as an article."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

_SUFFIX = ".source.json"
_LARGEST = 64 * 1024  # a note of a URL and two names; anything larger is not one


@dataclass(frozen=True)
class Source:
    """A page's URL (after redirects), when it was fetched (ISO 8601, UTC), and the feed's title if it came in one."""

    url: str
    fetched: str
    feed: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1) + "\n"


def source_note(path: Path) -> Path:
    """The note that says where the file `path` came from."""
    return path.with_name(f".{path.name}{_SUFFIX}")


def read_source(path: Path) -> Source | None:
    """Where the file `path` came from, when a note beside it says so (a missing or unreadable note: None)."""
    try:
        with source_note(path).open("rb") as note:
            found = json.loads(note.read(_LARGEST + 1)[:_LARGEST])
        feed = found.get("feed")
        return Source(str(found["url"]), str(found["fetched"]), str(feed) if feed else None)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
