"""The cache: briefings stored by content and extractor version, with a full-text index of them, in SQLite.

The cache is derived data: when it is damaged or of another schema it is rebuilt; when another process holds
it, the library loads without it. Either way the user is told in one line, and no article is lost.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zlib
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel

from briefings import __version__
from briefings.briefing import Briefing
from briefings.crossref import CrossRef
from briefings.fts import COLUMNS, FIELD_COLUMNS, fts_query
from briefings.links import SECTION_LABELS, Location
from briefings.models import Span
from briefings.search import SearchHit, entries, make_hit, terms
from briefings.stories import Story

SCHEMA_VERSION = 2
_PACKAGE = Path(__file__).resolve().parent
# The code whose output the cache keeps: a change to any of it (a fix, an upgrade) makes new keys, so that
# nothing made by older code is served.
_BRIEFING_CODE = ("briefing.py", "models.py", "sentences.py", "dates.py", "readers/*.py", "extract/*.py")
_LINK_CODE = ("crossref/*.py", "stories/*.py", "entities.py", "links.py")


def _code_version(patterns: Iterable[str]) -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(path for pattern in patterns for path in _PACKAGE.glob(pattern)):
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


EXTRACTOR_VERSION = _code_version(_BRIEFING_CODE)
LINKER_VERSION = _code_version((*_BRIEFING_CODE, *_LINK_CODE))
CACHE_ENV = "BRIEFING_CACHE"
FILE_NAME = "briefings.sqlite3"
_BUSY_MS = 2000  # how long a write waits for another process's
_LIBRARIES_KEPT = 8  # the cross-references of this many libraries (the most recently stored) are kept
_OVERFETCH = 4  # rows read per hit wanted: some belong to articles outside the library, some repeat a passage
_RANKED = 1000  # matches ranked at most (see `search`)
_WEIGHTS = {"body": 1.0, "summary": 1.3, "figure": 1.6, "faq": 1.2, "caveat": 1.15, "timeline": 1.1, "entity": 1.3}
_SCHEMA = f"""
CREATE TABLE briefings (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX files_by_key ON files (key);
CREATE TABLE links (library TEXT PRIMARY KEY, data BLOB NOT NULL, stored INTEGER NOT NULL);
CREATE VIRTUAL TABLE passages USING fts5(
    {", ".join(COLUMNS)}, briefing UNINDEXED, section UNINDEXED, item UNINDEXED, start UNINDEXED, end UNINDEXED,
    title UNINDEXED, passage UNINDEXED, tokenize = "unicode61 tokenchars '.,''’'", prefix = '3'
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


class CacheUnavailable(Exception):
    """The cache cannot be used; the message is one line for the user."""


def cache_folder(override: Path | None = None) -> Path:
    """Where the cache lives: `override`, else $BRIEFING_CACHE, else the user's cache folder."""
    if override is not None:
        return override
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing", appauthor=False))


def cache_file(folder: Path) -> Path:
    return folder / FILE_NAME


def cache_key(article_id: str) -> str:
    return f"{article_id}:{EXTRACTOR_VERSION}"


class Store:
    """One connection to the cache (one per thread: SQLite connections are not shared)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(path, timeout=_BUSY_MS / 1000, isolation_level=None, check_same_thread=False)

    @classmethod
    def open(cls, folder: Path) -> tuple[Store | None, str | None]:
        """The cache in `folder`, made or rebuilt as needed, and what to tell the user about it (None when all is
        well; the reason only: `cache_file(folder)` names the file)."""
        path = cache_file(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return cls._checked(path), None
        except CacheUnavailable as exc:
            return None, f"{exc}; running without the cache"
        except _Rebuild as exc:
            try:
                _remove(path)
                return cls._checked(path), f"{exc}; rebuilt it"
            except (CacheUnavailable, _Rebuild, OSError, sqlite3.Error) as again:
                return None, f"{again}; running without the cache"
        except OSError as exc:
            return None, f"cannot use the cache folder ({exc.strerror or exc}); running without the cache"

    @classmethod
    def _checked(cls, path: Path) -> Store:
        store = cls(path)
        try:
            version = store.connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                store.connection.execute("PRAGMA journal_mode = WAL")
                store.connection.executescript(_SCHEMA)
            elif version != SCHEMA_VERSION or not {"briefings", "files", "links", "passages"} <= tables:
                store.close()
                raise _Rebuild(f"a cache of another version (schema {version}, this is {SCHEMA_VERSION})")
            store.connection.execute("SELECT count(*) FROM files").fetchone()
            # With the write-ahead log this never corrupts the cache; a power cut may lose the last briefings stored.
            store.connection.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.OperationalError as exc:
            store.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise CacheUnavailable("the cache is in use by another process") from None
            raise _Rebuild(f"a damaged cache ({exc})") from None
        except sqlite3.DatabaseError as exc:
            store.close()
            raise _Rebuild(f"a damaged cache ({exc})") from None
        return store

    def reader(self) -> Store:
        """Another connection to the same cache, for another thread."""
        return Store(self.path)

    def close(self) -> None:
        self.connection.close()

    # Briefings and the files they came from.

    def known_key(self, path: Path, size: int, mtime_ns: int) -> str | None:
        """The cache key of `path` when it has not changed since it was last read."""
        row = self.connection.execute("SELECT key FROM files WHERE path = ? AND size = ? AND mtime_ns = ?", (str(path), size, mtime_ns)).fetchone()
        return row[0] if row else None

    def briefing(self, key: str) -> Briefing | None:
        row = self.connection.execute("SELECT data FROM briefings WHERE key = ?", (key,)).fetchone()
        return Briefing.model_validate_json(zlib.decompress(row[0])) if row else None

    def put(self, key: str, briefing: Briefing) -> None:
        """Store a briefing and index its passages, in one transaction."""
        data = zlib.compress(briefing.model_dump_json().encode(), 1)
        title = briefing.article.display_title
        rows = []
        for location, span, indexed in entries(briefing):
            columns = [""] * len(COLUMNS)
            columns[COLUMNS.index(FIELD_COLUMNS[location.section])] = " ".join(terms(indexed))
            passage = briefing.article.passage(span)
            rows.append((*columns, key, location.section, location.item, span.start, span.end, title, passage))
        marks = ", ".join("?" * (len(COLUMNS) + 7))
        with _transaction(self.connection):
            known = self.connection.execute("SELECT 1 FROM briefings WHERE key = ?", (key,)).fetchone()
            if known:  # stored by another process meanwhile: its rows go (a scan, so only then)
                self.connection.execute("DELETE FROM passages WHERE briefing = ?", (key,))
            self.connection.execute("INSERT OR REPLACE INTO briefings (key, data) VALUES (?, ?)", (key, data))
            self.connection.executemany(f"INSERT INTO passages VALUES ({marks})", rows)

    def remember(self, path: Path, size: int, mtime_ns: int, key: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (str(path), size, mtime_ns, key))

    def forget_missing(self, roots: Iterable[Path], present: Collection[str]) -> int:
        """Forget the files under `roots` that are gone, and the briefings no file has any more; how many files."""
        gone = []
        for root in roots:
            prefix = str(root)
            pattern = prefix.rstrip(os.sep) + os.sep + "%"
            for (path,) in self.connection.execute("SELECT path FROM files WHERE path = ? OR path LIKE ?", (prefix, pattern)):
                if path not in present:
                    gone.append(path)
        if gone:
            with _transaction(self.connection):
                self.connection.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in gone])
                orphans = "SELECT key FROM briefings WHERE key NOT IN (SELECT key FROM files)"
                self.connection.execute(f"DELETE FROM passages WHERE briefing IN ({orphans})")
                self.connection.execute(f"DELETE FROM briefings WHERE key IN ({orphans})")
        return len(gone)

    # The links of a whole library: cross-references and stories, for the library exactly as loaded.

    def links(self, ids: Sequence[str]) -> tuple[list[CrossRef], list[Story]] | None:
        """The cross-references and stories stored for the library of `ids` (in its order), if any."""
        row = self.connection.execute("SELECT data FROM links WHERE library = ?", (_library_key(ids),)).fetchone()
        if row is None:
            return None
        linked = _Linked.model_validate_json(zlib.decompress(row[0]))
        return linked.crossrefs, linked.stories

    def put_links(self, ids: Sequence[str], crossrefs: list[CrossRef], stories: list[Story]) -> None:
        data = zlib.compress(_Linked(crossrefs=crossrefs, stories=stories).model_dump_json().encode(), 1)
        with _transaction(self.connection):
            self.connection.execute(
                "INSERT OR REPLACE INTO links VALUES (?, ?, (SELECT coalesce(max(stored), 0) + 1 FROM links))", (_library_key(ids), data)
            )
            self.connection.execute(
                "DELETE FROM links WHERE library NOT IN (SELECT library FROM links ORDER BY stored DESC LIMIT ?)", (_LIBRARIES_KEPT,)
            )

    # Search.

    def search(self, query: str, limit: int = 20, among: Collection[str] | None = None, typing: bool = False) -> list[SearchHit]:
        """Passages matching `query` (words, "phrases", field:word), best first, from the briefings `among` (ids)."""
        parsed = fts_query(query, typing)
        if parsed is None:
            return []
        weights = ", ".join(str(_WEIGHTS[c]) for c in COLUMNS)
        # Ranking reads every match; a word in most passages would make a keystroke slow at a large library,
        # so at most _RANKED matches (the first, in the order the cache stored them) are ranked. A phrase still
        # costs a count of its matches (bm25 needs it): about 13 ms for one in most passages of 10,000 articles.
        sql = (
            "SELECT p.briefing, p.section, p.item, p.start, p.end, p.title, p.passage, best.rank FROM ("
            f"SELECT rowid, bm25(passages, {weights}) AS rank FROM passages WHERE passages MATCH ? LIMIT {_RANKED}"
            ") AS best JOIN passages AS p ON p.rowid = best.rowid ORDER BY best.rank LIMIT ?"
        )
        needles, prefixes = set(parsed.words), (parsed.prefix,) if parsed.prefix else ()
        hits: list[SearchHit] = []
        seen: set[tuple[str, int]] = set()
        for key, section, item, start, end, title, passage, rank in self.connection.execute(sql, (parsed.match, limit * _OVERFETCH)):
            briefing = key.split(":", 1)[0]
            if (among is not None and briefing not in among) or (briefing, start) in seen:
                continue
            seen.add((briefing, start))
            location = Location(briefing, Span(start=start, end=end), section if section in SECTION_LABELS else None, item)
            hits.append(make_hit(location, title, passage, needles, -rank, prefixes))
            if len(hits) == limit:
                break
        return hits


class _Linked(BaseModel):
    crossrefs: list[CrossRef]
    stories: list[Story]


def _library_key(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join([LINKER_VERSION, *ids]).encode()).hexdigest()


class _Rebuild(Exception):
    """The cache file must be made anew: damaged, or of another schema."""


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class _transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on an error): one writer at a time, waiting its turn."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.connection.execute("ROLLBACK" if kind is not None else "COMMIT")


class CacheIndex:
    """The reader's search index when the library is in the cache: the cache's full-text index, limited to the
    briefings of this library."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ids: set[str] = set()

    def add(self, briefing: Briefing) -> None:
        self.ids.add(briefing.id)  # the loader indexed its passages when it cached it

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """As the reader types: the last word is a prefix until a space follows it."""
        try:
            return self.store.search(query, limit, among=self.ids, typing=not query[-1:].isspace())
        except sqlite3.Error:
            return []
