"""What the reader remembers between runs, in the user's state folder: the last library it opened, in each library
the place it last showed (article, item, pane, scroll), which articles were read, the bookmarks and notes, the
theme. SQLite: each write is one transaction, so a crash loses at most the last one. An older state is brought up to
date; one that cannot be used (damaged, of a newer version, out of reach) is replaced by a new one, or by one in
memory for the run: either is said in one line, and nothing else changes."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings import user_folder
from briefings.model.location import Location
from briefings.model.section import Section
from briefings.model.span import Span

STATE_ENV = "BRIEFING_STATE"
FILE_NAME = "state.sqlite3"
_VERSION = 3
_SCHEMA_1 = """
CREATE TABLE libraries (paths TEXT PRIMARY KEY, opened INTEGER NOT NULL, article TEXT);
CREATE TABLE read (article TEXT PRIMARY KEY, at INTEGER NOT NULL);
CREATE TABLE bookmarks (
    article TEXT NOT NULL, section TEXT NOT NULL, item INTEGER NOT NULL, start INTEGER, end INTEGER, at INTEGER NOT NULL,
    PRIMARY KEY (article, section, item)
);
"""
_SCHEMA_2 = """
ALTER TABLE libraries ADD COLUMN section TEXT;
ALTER TABLE libraries ADD COLUMN item INTEGER;
ALTER TABLE libraries ADD COLUMN pane TEXT;
ALTER TABLE libraries ADD COLUMN scroll INTEGER;
CREATE TABLE notes (
    article TEXT NOT NULL, section TEXT NOT NULL, item INTEGER NOT NULL, start INTEGER, end INTEGER, at INTEGER NOT NULL,
    text TEXT NOT NULL, PRIMARY KEY (article, section, item)
);
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_SCHEMA_3 = """
CREATE TABLE feeds (url TEXT PRIMARY KEY, title TEXT NOT NULL, etag TEXT, modified TEXT, added INTEGER NOT NULL);
CREATE TABLE feed_items (feed TEXT NOT NULL, key TEXT NOT NULL, path TEXT, at INTEGER NOT NULL, PRIMARY KEY (feed, key));
"""
_MIGRATIONS = {0: _SCHEMA_1, 1: _SCHEMA_2, 2: _SCHEMA_3}  # from the version a state has, to the next
_TABLES = {"libraries", "read", "bookmarks", "notes", "settings", "feeds", "feed_items"}
_SEPARATOR = "\n"  # between the paths of one library (a path holds no line break worth remembering)


def state_folder(override: Path | None = None) -> Path:
    """Where the state lives: `override`, else $BRIEFING_STATE, else the user's state folder."""
    return user_folder("state", STATE_ENV, override)


@dataclass(frozen=True)
class Place:
    """Where a library was left: the place shown, the pane focused (its widget id), how far Source was scrolled."""

    location: Location
    pane: str | None = None
    scroll: int = 0


@dataclass(frozen=True)
class FollowedFeed:
    """A feed followed: its URL, title, and the validators of its last response."""

    url: str
    title: str
    etag: str | None = None
    modified: str | None = None


class State:
    """The reader's memory of its libraries, each known by its paths (absolute, in the order given)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    @classmethod
    def open(cls, folder: Path | None = None) -> tuple[State, str | None]:
        """The state in `folder` (made when new), and what to tell the user when it could not be used as it was."""
        path = state_folder(folder) / FILE_NAME
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(_connected(path)), None
        except (sqlite3.Error, OSError) as exc:
            trouble = f"{path}: the reader's state cannot be used ({_reason(exc)})"
            damaged = isinstance(exc, sqlite3.DatabaseError) and "locked" not in str(exc)
        try:
            if damaged and path.exists():
                os.replace(path, f"{path}.corrupt")
                return cls(_connected(path)), f"{trouble}; moved aside as {path.name}.corrupt and started anew"
        except (sqlite3.Error, OSError):
            pass
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.executescript("".join(_MIGRATIONS.values()))
        return cls(connection), f"{trouble}; nothing is remembered this time"

    def last_library(self) -> list[Path] | None:
        """The paths of the library opened last, if any."""
        row = self._read_one("SELECT paths FROM libraries WHERE paths != '' ORDER BY opened DESC LIMIT 1", ())  # '': a server's
        return [Path(path) for path in row[0].split(_SEPARATOR)] if row else None

    def opened(self, paths: Sequence[Path]) -> None:
        """Remember `paths` as the library opened last."""
        key = _key(paths)
        self._write(
            "INSERT INTO libraries (paths, opened) VALUES (?, ?) ON CONFLICT (paths) DO UPDATE SET opened = excluded.opened", (key, time.time_ns())
        )

    def last_place(self, paths: Sequence[Path]) -> Place | None:
        """Where the library of `paths` was left: its article and item (the item's passage is the briefing's to give),
        the pane focused, Source's scroll."""
        rows = self._read_all("SELECT article, section, item, pane, scroll FROM libraries WHERE paths = ?", (_key(paths),))
        row = rows[0] if rows else None
        if row is None or row[0] is None:
            return None
        article, section, item, pane, scroll = row
        return Place(_place(article, section or "", item if item is not None else -1, None, None), pane, scroll or 0)

    def showing(self, paths: Sequence[Path], place: Place) -> None:
        """Remember that the library of `paths` shows `place`."""
        at = place.location
        section = at.section.value if at.section is not None else None
        self._write(
            "UPDATE libraries SET article = ?, section = ?, item = ?, pane = ?, scroll = ? WHERE paths = ?",
            (at.briefing, section, at.item, place.pane, place.scroll, _key(paths)),
        )

    def theme(self) -> str | None:
        """The theme chosen last."""
        row = self._read_one("SELECT value FROM settings WHERE name = 'theme'", ())
        return row[0] if row else None

    def set_theme(self, theme: str) -> None:
        self._write("INSERT INTO settings VALUES ('theme', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value", (theme,))

    def read(self) -> set[str]:
        """The articles (briefing ids) that were read."""
        return {row[0] for row in self._read_all("SELECT article FROM read")}

    def mark_read(self, article: str, read: bool = True) -> None:
        """Remember `article` (a briefing id: its content, wherever its file is) as read, or as unread."""
        if read:
            self._write("INSERT OR IGNORE INTO read VALUES (?, ?)", (article, time.time_ns()))
        else:
            self._write("DELETE FROM read WHERE article = ?", (article,))

    def bookmarks(self) -> list[Location]:
        """The places bookmarked, the latest first: an article (its top), or an item of its briefing."""
        return [_place(*row) for row in self._read_all("SELECT article, section, item, start, end FROM bookmarks ORDER BY at DESC")]

    def toggle_bookmark(self, place: Location) -> bool:
        """Bookmark `place` (an article's top, or an item of its briefing), or take its bookmark away; whether it is
        bookmarked now."""
        key = _item_key(place)
        if self._read_one("SELECT 1 FROM bookmarks WHERE article = ? AND section = ? AND item = ?", key):
            self._write("DELETE FROM bookmarks WHERE article = ? AND section = ? AND item = ?", key)
            return False
        self._write("INSERT INTO bookmarks VALUES (?, ?, ?, ?, ?, ?)", (*key, *_span_of(place), time.time_ns()))
        return True

    def notes(self) -> list[tuple[Location, str]]:
        """The notes, the latest first: each on an article (its top) or an item of its briefing."""
        rows = self._read_all("SELECT article, section, item, start, end, text FROM notes ORDER BY at DESC")
        return [(_place(*row[:5]), row[5]) for row in rows]

    def note(self, place: Location) -> str:
        """The note on `place`, empty when there is none."""
        row = self._read_one("SELECT text FROM notes WHERE article = ? AND section = ? AND item = ?", _item_key(place))
        return row[0] if row else ""

    def write_note(self, place: Location, text: str) -> None:
        """Keep `text` as the note on `place`; an empty text takes the note away."""
        key = _item_key(place)
        if not text.strip():
            self._write("DELETE FROM notes WHERE article = ? AND section = ? AND item = ?", key)
            return
        self._write(
            "INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article, section, item) DO UPDATE SET text = excluded.text, at = excluded.at",
            (*key, *_span_of(place), time.time_ns(), text),
        )

    def feeds(self) -> list[FollowedFeed]:
        """The feeds followed, in the order they were added."""
        return [FollowedFeed(*row) for row in self._read_all("SELECT url, title, etag, modified FROM feeds ORDER BY added, url")]

    def follow(self, url: str, title: str) -> bool:
        """Follow the feed at `url`; False when it was followed already (its title is updated)."""
        known = self._read_one("SELECT 1 FROM feeds WHERE url = ?", (url,)) is not None
        self._write(
            "INSERT INTO feeds (url, title, added) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET title = excluded.title", (url, title, time.time_ns())
        )
        return not known

    def unfollow(self, url: str) -> bool:
        """Stop following the feed at `url` (its articles stay in the library); False when it was not followed."""
        if self._read_one("SELECT 1 FROM feeds WHERE url = ?", (url,)) is None:
            return False
        self._write("DELETE FROM feeds WHERE url = ?", (url,))
        self._write("DELETE FROM feed_items WHERE feed = ?", (url,))
        return True

    def feed_fetched(self, feed: FollowedFeed) -> None:
        """Keep a feed's title and the validators its last response gave (for the next conditional GET)."""
        self._write("UPDATE feeds SET title = ?, etag = ?, modified = ? WHERE url = ?", (feed.title, feed.etag, feed.modified, feed.url))

    def items_seen(self, feed: str) -> set[str]:
        """The keys of the feed's items already taken (saved, or given up for good)."""
        return {row[0] for row in self._read_all("SELECT key FROM feed_items WHERE feed = ?", (feed,))}

    def item_taken(self, feed: str, key: str, path: Path | None) -> None:
        """Remember the feed's item `key` as taken: saved at `path`, or (None) given up for good."""
        self._write("INSERT OR REPLACE INTO feed_items VALUES (?, ?, ?, ?)", (feed, key, str(path) if path else None, time.time_ns()))

    def _read_one(self, statement: str, values: tuple[object, ...]) -> tuple[str] | None:
        """One row; none from a state that fails now (it is a convenience: the reader goes on without it)."""
        rows = self._read_all(statement, values)
        return rows[0] if rows else None

    def _read_all(self, statement: str, values: tuple[object, ...] = ()) -> list[Any]:
        """The rows; none from a state that fails now."""
        try:
            return self.connection.execute(statement, values).fetchall()
        except sqlite3.Error:
            return []

    def _write(self, statement: str, values: tuple[object, ...]) -> None:
        """One write; a state that fails now (full disk, another process holding it) forgets it, quietly: what
        the reader remembers is a convenience, never worth stopping the reading for."""
        try:
            self.connection.execute(statement, values)
        except sqlite3.Error:
            return

    def close(self) -> None:
        self.connection.close()


def _connected(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=1.0, check_same_thread=False)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and not tables:
            connection.execute("PRAGMA journal_mode = WAL")
        elif version > _VERSION or (version == 0 and tables):
            raise sqlite3.DatabaseError(f"a state of another version ({version})")
        for step in range(version, _VERSION):  # an older state is brought up to date, each step one transaction
            connection.executescript(f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;")
        if not {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= _TABLES:
            raise sqlite3.DatabaseError("a state without its tables")
        connection.execute("SELECT count(*) FROM libraries").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _place(article: str, section: str, item: int, start: int | None, end: int | None) -> Location:
    span = Span(start, end) if start is not None and end is not None else None
    return Location(article, span, Section.of(section) if section else None, item if item >= 0 else None)


def _item_key(place: Location) -> tuple[str, str, int]:
    return place.briefing, place.section.value if place.section else "", place.item if place.item is not None else -1


def _span_of(place: Location) -> tuple[int | None, int | None]:
    span = place.span if place.section is not None else None
    return (span.start, span.end) if span is not None else (None, None)


def _key(paths: Sequence[Path]) -> str:
    return _SEPARATOR.join(os.path.abspath(path) for path in paths)


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
