"""The cache: briefings stored by content and extractor version, with a full-text index of them, in SQLite.

The cache is derived data: when it is damaged or of another schema it is rebuilt; when another process holds
it, the library loads without it. Either way the user is told in one line, and no article is lost.
"""

from __future__ import annotations

import hashlib
import heapq
import os
import sqlite3
import zlib
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefings import CACHE_ENV, __version__, user_folder
from briefings.model.cards import Card
from briefings.model.location import Location
from briefings.model.section import INDEXED, Section
from briefings.model.span import Span
from briefings.readers.discovery import path_text
from briefings.search.hits import Marker, SearchHit, Tally, make_hit, terms
from briefings.search.query import BM25, COLUMNS, Query, fts_query, needle_counts, plain

if TYPE_CHECKING:  # imported where used: listing and searching a library need no model, and pydantic costs a start
    from pydantic import BaseModel

    from briefings.linking.crossref import CrossRef
    from briefings.linking.stories import Links, Story, StoryCard
    from briefings.model.briefing import Briefing

SCHEMA_VERSION = 11
_PACKAGE = Path(__file__).resolve().parents[1]
# The code whose output the cache keeps: a change to any of it (a fix, an upgrade) makes new keys, so that
# nothing made by older code is served.
_BRIEFING_CODE = ("budget.py", "model/*.py", "text/*.py", "readers/*.py", "extract/*.py", "search/passages.py")
_LINK_CODE = ("linking/*.py", "linking/*/*.py")


def _code_version(patterns: Iterable[str]) -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(path for pattern in patterns for path in _PACKAGE.glob(pattern)):
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@cache
def extractor_version() -> str:
    """The version of the code that makes briefings (read once, when first needed)."""
    return _code_version(_BRIEFING_CODE)


@cache
def linker_version() -> str:
    """The version of the code that makes briefings and links them."""
    return _code_version((*_BRIEFING_CODE, *_LINK_CODE))


FILE_NAME = "briefings.sqlite3"
_TABLES = {"briefings", "cards", "files", "links", "crossrefs", "stories", "passage_words", "passage_places", "passages", "index_size"}
_BUSY_MS = 2000  # how long a write waits for another process's
_LIBRARIES_KEPT = 8  # the cross-references of this many libraries (the most recently stored) are kept
OVERFETCH = 4  # rows read per hit wanted: some belong to articles outside the library, some repeat a passage
_IN_TEXT = (Section.TEXT, Section.LEAD)  # a hit in these goes to the article's text
TALLIED = 20_000  # matches counted at most for a query's tally: "20,000+" is count enough
RANKED = 500  # matches of a common word ranked at most (see `_ranked`)
# Narrow tables, so that a query reads few pages: the index is contentless, ranking reads each match's words
# from passage_words, and a hit's place and quote come from passage_places (its title from its card) only for
# the hits shown. The library lists an article from its card, without reading its briefing.
_SCHEMA = f"""
CREATE TABLE briefings (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE cards (
    key TEXT PRIMARY KEY, shown_title TEXT NOT NULL, title TEXT, title_derived INTEGER NOT NULL, outlet TEXT, published TEXT
);
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, key TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX files_by_key ON files (key);
CREATE TABLE links (library TEXT PRIMARY KEY, data BLOB NOT NULL, stored INTEGER NOT NULL);
CREATE TABLE crossrefs (library TEXT NOT NULL, position INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX crossrefs_by_a ON crossrefs (library, a);
CREATE INDEX crossrefs_by_b ON crossrefs (library, b);
CREATE TABLE stories (
    library TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, briefings TEXT NOT NULL, first_date TEXT,
    data BLOB NOT NULL, PRIMARY KEY (library, id)
);
CREATE TABLE passage_words (id INTEGER PRIMARY KEY, section TEXT, words TEXT NOT NULL, context TEXT NOT NULL);
CREATE TABLE passage_places (
    id INTEGER PRIMARY KEY, briefing TEXT NOT NULL, section TEXT, item INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,
    passage TEXT NOT NULL
);
CREATE INDEX passage_places_by_briefing ON passage_places (briefing);
CREATE TABLE index_size (passages INTEGER NOT NULL, words INTEGER NOT NULL);
INSERT INTO index_size VALUES (0, 0);
CREATE VIRTUAL TABLE passages USING fts5(
    {", ".join(COLUMNS)}, content = '', tokenize = "unicode61 tokenchars '.,''’'", prefix = '3'
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


# SQLite's primary result codes that mean the file itself is damaged (not busy, full, read-only or out of reach).
# SQLITE_ERROR is among them: a damaged schema reads as "no such table" or "vtable constructor failed".
_DAMAGE_CODES = {1, 11, 24, 26}  # SQLITE_ERROR, SQLITE_CORRUPT, SQLITE_FORMAT, SQLITE_NOTADB
DAMAGED_SUFFIX = ".corrupt"


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` says that the cache file is damaged: then it is moved aside and made anew."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return not isinstance(exc, sqlite3.OperationalError)
    return code & 0xFF in _DAMAGE_CODES


class CacheUnavailable(Exception):
    """The cache cannot be used; the message is one line for the user."""


def cache_folder(override: Path | None = None) -> Path:
    """Where the cache lives: `override`, else $BRIEFING_CACHE, else the user's cache folder."""
    return user_folder("cache", CACHE_ENV, override)


def cache_file(folder: Path) -> Path:
    return folder / FILE_NAME


def cache_key(article_id: str) -> str:
    return f"{article_id}:{extractor_version()}"


def _current(key: str) -> bool:
    """Whether `key` is of a briefing made by this version's code (an older one's is never served)."""
    return key.endswith(":" + extractor_version())


# A passage as the index takes it: its section, its words and its context's (`plain`, spaced), its item, the span a hit
# quotes and that passage.
PassageRow = tuple[str | None, str, str, int | None, Span, str]


def passage_rows(briefing: Briefing) -> list[PassageRow]:
    """What `briefing` puts in the search index, passage by passage."""
    from briefings.search.passages import entries

    return [
        (location.section, plain(" ".join(terms(indexed))), plain(" ".join(terms(context))), location.item, span, briefing.article.passage(span))
        for location, span, indexed, context in entries(briefing)
    ]


def words_in(passages: Iterable[tuple[str, str]]) -> tuple[int, int]:
    """How many passages and words `passages` (words, context) put in the index's size, which ranking weighs by."""
    texts = [" ".join(filter(None, pair)) for pair in passages]
    return len(texts), sum(text.count(" ") + 1 for text in texts if text)


# A file as the cache last read it: path, size, mtime_ns, key; a KnownFile adds its briefing's card: title,
# title_derived, outlet and published. Plain rows: a library of 10,000 is read as 10,000 of them.
KnownKey = tuple[str, int, int, str]
KnownFile = tuple[str, int, int, str, str | None, int, str | None, str | None]


def unchanged(known: KnownKey | KnownFile, stat: tuple[int, int] | None) -> bool:
    """Whether a file's size and modification time (`stat`) are those the cache read it with."""
    return (known[1], known[2]) == stat


def known_card(known: KnownFile, path: str) -> Card:
    """The card of the briefing of a file the cache knows, as listed for the file at `path`."""
    _, _, _, key, title, derived, outlet, published = known
    return Card(key.split(":", 1)[0], title, bool(derived), outlet, date.fromisoformat(published) if published else None, path)


class Store:
    """One connection to the cache (one per thread: SQLite connections are not shared). The cache is a file, or,
    when there is none to use, a database in memory (`in_memory`) that the threads of this process share."""

    def __init__(self, path: Path, memory: str | None = None) -> None:
        self.path = path
        self.memory = memory  # the shared in-memory database's URI; None: the file at `path`
        if memory is None:
            self.connection = sqlite3.connect(path, timeout=_BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
        else:
            self.connection = sqlite3.connect(memory, isolation_level=None, check_same_thread=False, uri=True)
            # Readers never wait on the writer's table locks (shared-cache mode has no write-ahead log).
            self.connection.execute("PRAGMA read_uncommitted = 1")

    @classmethod
    def in_memory(cls) -> Store:
        """A new, empty cache in memory: the same index and search as on disk, gone when the process ends."""
        name = f"file:briefings-{os.urandom(16).hex()}?mode=memory&cache=shared"
        store = cls(Path(":memory:"), name)
        store.connection.executescript(_SCHEMA)
        return store

    @property
    def on_disk(self) -> bool:
        return self.memory is None

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def address(self) -> str:
        return str(self.path.parent)

    @classmethod
    def open(cls, folder: Path) -> tuple[Store | None, str | None]:
        """The cache in `folder`, made or rebuilt as needed, and what to tell the user about it (None when all is
        well; the reason only: `cache_file(folder)` names the file)."""
        path = cache_file(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return cls._checked(path), None
        except CacheUnavailable as exc:
            return None, f"{exc}; going on in memory"
        except _Rebuild as exc:
            try:
                if exc.damaged:
                    return cls._checked(_set_aside(path)), f"{exc}; moved aside as {path.name}{DAMAGED_SUFFIX} and rebuilt"
                _remove(path)
                return cls._checked(path), f"{exc}; rebuilt it"
            except (CacheUnavailable, _Rebuild, OSError, sqlite3.Error) as again:
                return None, f"{again}; going on in memory"
        except OSError as exc:
            return None, f"cannot use the cache folder ({exc.strerror or exc}); going on in memory"

    @classmethod
    def _checked(cls, path: Path) -> Store:
        store = cls(path)
        try:
            version = store.connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                store.connection.execute("PRAGMA journal_mode = WAL")
                store.connection.executescript(_SCHEMA)
            elif version != SCHEMA_VERSION or not tables >= _TABLES:
                store.close()
                raise _Rebuild(f"a cache of another version (schema {version}, this is {SCHEMA_VERSION})")
            store.connection.execute("SELECT count(*) FROM files").fetchone()
            # With the write-ahead log this never corrupts the cache; a power cut may lose the last briefings stored.
            store.connection.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.OperationalError as exc:
            store.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise CacheUnavailable("the cache is in use by another process") from None
            raise _Rebuild(f"a damaged cache ({exc})", damaged=True) from None
        except sqlite3.DatabaseError as exc:
            store.close()
            raise _Rebuild(f"a damaged cache ({exc})", damaged=True) from None
        return store

    def rebuild(self) -> str:
        """Move this damaged cache file aside (as *.corrupt, replacing an older one) and go on with a new, empty
        one in its place; the name it was moved to. Connections of other threads still read the old file: they
        are made anew when they fail."""
        self.close()
        fresh = Store._checked(_set_aside(self.path))
        self.connection = fresh.connection
        return f"{self.path.name}{DAMAGED_SUFFIX}"

    def reader(self) -> Store:
        """Another connection to the same cache, for another thread."""
        return Store(self.path, self.memory)

    def close(self) -> None:
        self.connection.close()

    # Briefings and the files they came from.

    def known_key(self, path: Path | str, size: int, mtime_ns: int) -> str | None:
        """The cache key of `path` when it has not changed since it was last read by this version's code."""
        row = self.connection.execute("SELECT key FROM files WHERE path = ? AND size = ? AND mtime_ns = ?", (path_text(path), size, mtime_ns)).fetchone()
        return row[0] if row and _current(row[0]) else None

    def known_under(self, folders: Iterable[str]) -> dict[str, KnownFile]:
        """What the cache knows of the files under `folders` (real paths) that this version's code briefed, with
        their cards, by path: one query a folder."""
        return self._under(_KNOWN_UNDER, folders)

    def keys_under(self, folders: Iterable[str]) -> dict[str, KnownKey]:
        """As `known_under`, without the cards (what search needs: no card is read)."""
        return self._under(_KEYS_UNDER, folders)

    def _under(self, query: str, folders: Iterable[str]) -> dict[str, Any]:
        known: dict[str, Any] = {}
        version = ":" + extractor_version()
        for folder in folders:
            prefix = path_text(folder).rstrip(os.sep) + os.sep
            bounds = (prefix, prefix[:-1] + chr(ord(os.sep) + 1), -len(version), version)
            known.update({row[0]: row for row in self.connection.execute(query, bounds)})
        return known

    def cards(self) -> list[tuple[str, Card]]:
        rows = self.connection.execute(_EVERY_CARD, (-len(extractor_version()) - 1, ":" + extractor_version()))
        return [(row[3], known_card(row, row[0])) for row in rows]

    def holds(self, key: str) -> bool:
        return self.connection.execute("SELECT 1 FROM briefings WHERE key = ?", (key,)).fetchone() is not None

    def briefing(self, key: str) -> Briefing | None:
        from briefings.model.briefing import Briefing

        row = self.connection.execute("SELECT data FROM briefings WHERE key = ?", (key,)).fetchone()
        return decoded(Briefing, row[0]) if row else None

    def card(self, key: str, path: Path | str) -> Card | None:
        """What the library lists of the briefing stored under `key`, as read from `path`."""
        row = self.connection.execute("SELECT title, title_derived, outlet, published FROM cards WHERE key = ?", (key,)).fetchone()
        return None if row is None else known_card(("", 0, 0, key, *row), path_text(path))

    def put(self, key: str, briefing: Briefing) -> bool:
        """Store a briefing and index its passages, in one transaction (in place of one stored meanwhile)."""
        data = zlib.compress(briefing.model_dump_json().encode(), 1)
        passages = passage_rows(briefing)
        with _transaction(self.connection):
            self._unindex([key])  # stored by another process meanwhile
            self.connection.execute("INSERT OR REPLACE INTO briefings VALUES (?, ?)", (key, data))
            self.connection.execute("INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?, ?)", (key, *card_columns(briefing)))
            first = self.connection.execute("SELECT coalesce(max(id), 0) + 1 FROM passage_words").fetchone()[0]
            numbered = list(enumerate(passages, start=first))
            self.connection.executemany("INSERT INTO passage_words VALUES (?, ?, ?, ?)", [(n, *row[:3]) for n, row in numbered])
            self.connection.executemany(
                "INSERT INTO passage_places VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(n, key, section, item, span.start, span.end, passage) for n, (section, _, _, item, span, passage) in numbered],
            )
            self.connection.executemany(_INDEX, [(n, *_columns(*row[:3])) for n, row in numbered])
            self._count([(words, context) for _, words, context, *_ in passages], +1)
        return True

    def _unindex(self, keys: Sequence[str]) -> None:
        """Take the passages of the briefings `keys` out of the index (within a transaction)."""
        for key in keys:
            rows = self.connection.execute(
                "SELECT w.id, w.section, w.words, w.context FROM passage_places AS p JOIN passage_words AS w ON w.id = p.id WHERE p.briefing = ?",
                (key,),
            ).fetchall()
            # A contentless index forgets a row when told the words it was given.
            self.connection.executemany(_UNINDEX, [(n, *_columns(section, words, context)) for n, section, words, context in rows])
            self.connection.executemany("DELETE FROM passage_words WHERE id = ?", [(n,) for n, *_ in rows])
            self._count([(words, context) for _, _, words, context in rows], -1)
            self.connection.execute("DELETE FROM passage_places WHERE briefing = ?", (key,))

    def _count(self, passages: Iterable[tuple[str, str]], sign: int) -> None:
        """Count `passages` (words, context) in or out of the index's size."""
        count, words = words_in(passages)
        self.connection.execute("UPDATE index_size SET passages = passages + ?, words = words + ?", (sign * count, sign * words))

    def remember(self, path: Path | str, size: int, mtime_ns: int, key: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (path_text(path), size, mtime_ns, key))

    def forget_missing(self, roots: Iterable[Path], present: Collection[str]) -> int:
        """Forget the files under `roots` that are gone, and the briefings no file has any more; how many files."""
        gone = []
        for root in roots:
            prefix = path_text(root)
            pattern = prefix.rstrip(os.sep) + os.sep + "%"
            for (path,) in self.connection.execute("SELECT path FROM files WHERE path = ? OR path LIKE ?", (prefix, pattern)):
                if path not in present:
                    gone.append(path)
        if gone:
            with _transaction(self.connection):
                self.connection.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in gone])
                orphans = [row[0] for row in self.connection.execute("SELECT key FROM briefings WHERE key NOT IN (SELECT key FROM files)")]
                self._unindex(orphans)
                self.connection.executemany("DELETE FROM briefings WHERE key = ?", [(key,) for key in orphans])
                self.connection.executemany("DELETE FROM cards WHERE key = ?", [(key,) for key in orphans])
        return len(gone)

    # The links of a whole library: cross-references, entities and stories, for the library exactly as loaded.
    # Each cross-reference and each story is a row of its own, so that the reader can read an article's links
    # as it shows the article, list the stories, and read only the story it opens.

    def links(self, ids: Sequence[str], every: bool = True) -> Links | None:
        """The links stored for the library of `ids` (in its order), if any; unless `every`, its entities only."""
        from briefings.linking.stories import Links, Story

        library = library_key(ids)
        row = self.connection.execute("SELECT data FROM links WHERE library = ?", (library,)).fetchone()
        if row is None:
            return None
        links = decoded(Links, row[0])
        if every:
            rows = self.connection.execute("SELECT data FROM crossrefs WHERE library = ? ORDER BY position", (library,))
            links.crossrefs = [decoded_crossref(data) for (data,) in rows]
            rows = self.connection.execute("SELECT data FROM stories WHERE library = ? ORDER BY position", (library,))
            links.stories = [decoded(Story, data) for (data,) in rows]
        return links

    def crossrefs_of(self, library: str, briefing: str) -> list[CrossRef]:
        """The cross-references stored for the library (`library_key`) that have `briefing` on one side, strongest
        first."""
        rows = self.connection.execute("SELECT data FROM crossrefs WHERE library = ?1 AND (a = ?2 OR b = ?2) ORDER BY position", (library, briefing))
        return [decoded_crossref(data) for (data,) in rows]

    def has_links(self, ids: Sequence[str]) -> bool:
        return self.connection.execute("SELECT 1 FROM links WHERE library = ?", (library_key(ids),)).fetchone() is not None

    def story_cards(self, ids: Sequence[str]) -> list[StoryCard]:
        """What the library lists of each story stored for the library of `ids`, in order."""
        from briefings.linking.stories import StoryCard

        rows = self.connection.execute(
            "SELECT id, title, briefings, first_date FROM stories WHERE library = ? ORDER BY position", (library_key(ids),)
        )
        return [StoryCard(story, title, tuple(briefings.split()), first) for story, title, briefings, first in rows]

    def story(self, library: str, story_id: str) -> Story | None:
        """The story `story_id` stored for the library (`library_key`), if any."""
        from briefings.linking.stories import Story

        row = self.connection.execute("SELECT data FROM stories WHERE library = ? AND id = ?", (library, story_id)).fetchone()
        return decoded(Story, row[0]) if row else None

    def put_links(self, ids: Sequence[str], links: Links) -> None:
        library, data, crossrefs, stories = link_rows(ids, links)
        with _transaction(self.connection):
            self.connection.execute(
                "INSERT OR REPLACE INTO links VALUES (?, ?, (SELECT coalesce(max(stored), 0) + 1 FROM links))", (library, data)
            )
            for table in ("crossrefs", "stories"):
                self.connection.execute(f"DELETE FROM {table} WHERE library = ?", (library,))
            self.connection.executemany("INSERT INTO crossrefs VALUES (?, ?, ?, ?, ?)", crossrefs)
            self.connection.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)", stories)
            self.connection.execute(
                "DELETE FROM links WHERE library NOT IN (SELECT library FROM links ORDER BY stored DESC LIMIT ?)", (_LIBRARIES_KEPT,)
            )
            for table in ("crossrefs", "stories"):
                self.connection.execute(f"DELETE FROM {table} WHERE library NOT IN (SELECT library FROM links)")

    # Search.

    def search(self, query: str, limit: int = 20, among: Collection[str] | None = None, typing: bool = False) -> list[SearchHit]:
        """Passages matching `query` (words, "phrases", field:word), best first, from the briefings `among` (ids)."""
        parsed = fts_query(query, typing)
        if parsed is None:
            return []
        return assemble_hits(parsed, self._ranked(parsed, limit * OVERFETCH), self._details, limit, among)

    def _details(self, rowids: Sequence[int]) -> dict[int, Details]:
        marks = ", ".join("?" * len(rowids))
        return {row[0]: row[1:] for row in self.connection.execute(_DETAILS.format(marks), rowids)}

    def tally(self, query: str, among: Collection[str] | None = None, typing: bool = False) -> Tally:
        """How many passages and items match `query`, and in how many articles, among the briefings `among` (ids);
        counted up to TALLIED matches in the whole cache (`complete` says whether that was all of them)."""
        parsed = fts_query(query, typing)
        if parsed is None:
            return Tally(0, 0, True)
        counts = self.connection.execute(_MATCHES_BY_ARTICLE, (parsed.match, TALLIED)).fetchall()
        more = self.connection.execute(_MATCHED_BEYOND, (parsed.match, TALLIED)).fetchone() is not None
        return tally_of(counts, not more, among)

    def _ranked(self, parsed: Query, wanted: int) -> list[tuple[int, float]]:
        """The `wanted` best passages (rowid, score) for `parsed`.

        FTS5's bm25() counts every match of each phrase: fast for rare phrases, ~10 ms for one in most passages
        of 10,000 articles. So when every phrase has at most RANKED matches, FTS5 ranks them all; otherwise the
        first RANKED matches of the query (in the order the cache stored them) are ranked by the same formula
        over their words in passage_words, a common phrase's count estimated from where its (RANKED + 1)th
        match stands. That reads each match's words, a page read apiece when they are not in the system's
        cache: hence the cap.
        """
        count = "SELECT count(*) FROM (SELECT 1 FROM passages WHERE passages MATCH ? LIMIT ?)"
        counts = [self.connection.execute(count, (p.match, RANKED + 1)).fetchone()[0] for p in parsed.phrases]
        if all(found <= RANKED for found in counts):
            weights = ", ".join(str(section.weight) for section in INDEXED)
            sql = f"SELECT rowid, -bm25(passages, {weights}) FROM passages WHERE passages MATCH ? ORDER BY 2 DESC, rowid LIMIT ?"
            return self.connection.execute(sql, (parsed.match, wanted)).fetchall()
        passages, words = self.connection.execute("SELECT passages, words FROM index_size").fetchone()
        beyond = "SELECT rowid FROM passages WHERE passages MATCH ? LIMIT 1 OFFSET ?"  # matches come in the order stored
        having = [
            found if found <= RANKED else found * passages / self.connection.execute(beyond, (phrase.match, RANKED)).fetchone()[0]
            for phrase, found in zip(parsed.phrases, counts, strict=True)
        ]
        score = BM25(parsed.phrases, needle_counts(parsed.phrases, having), passages, words / passages)
        rows = self.connection.execute(_FIRST_MATCHES, (parsed.match, RANKED))
        return best(rows, score, wanted)


def best(rows: Iterable[tuple[int, str | None, str, str]], score: BM25, wanted: int) -> list[tuple[int, float]]:
    """The `wanted` best of `rows` (rowid, section, words, context) as `score` ranks them (rowid, score): the
    highest score first, the first stored among equals."""
    scored = ((rowid, score(words, Section.of(section).column, Section.of(section).weight, context)) for rowid, section, words, context in rows)
    return heapq.nsmallest(wanted, scored, key=lambda pair: (-pair[1], pair[0]))


# A hit's place as the index keeps it: the briefing's key, section, item, start, end, its card's title, the passage.
Details = tuple[str, str | None, int | None, int, int, str, str]


def assemble_hits(
    parsed: Query, ranked: list[tuple[int, float]], details: Callable[[Sequence[int]], dict[int, Details]], limit: int, among: Collection[str] | None
) -> list[SearchHit]:
    """The best `limit` hits among the passages `ranked` (rowid, score; best first), their places read by
    `details`, from the briefings `among` (ids; None: any), each passage once."""
    marker = Marker(parsed.words, (parsed.prefix,) if parsed.prefix else ())
    hits: list[SearchHit] = []
    seen: dict[tuple[str, int], int] = {}  # a passage's place in `hits`
    for first in range(0, len(ranked), limit):  # most often the first `limit` are all shown
        chunk = ranked[first : first + limit]
        found = details([rowid for rowid, _ in chunk])
        for rowid, score in chunk:
            key, section, item, start, end, title, passage = found[rowid]
            briefing = key.split(":", 1)[0]
            if among is not None and briefing not in among:
                continue
            where = Section.of(section)
            location = Location(briefing, Span(start=start, end=end), None if where in _IN_TEXT else where, item)
            hit = make_hit(location, where, title, passage, marker, score)
            shown = seen.get((briefing, start))
            if shown is not None:
                # A passage once; where an item ranks no higher than its sentence, only through the sentence's
                # words (its context), the hit is in the text.
                if where in _IN_TEXT and score >= hits[shown].score - 1e-9:
                    hits[shown] = hit
                continue
            seen[(briefing, start)] = len(hits)
            hits.append(hit)
            if len(hits) == limit:
                return hits
    return hits


def tally_of(counts: Iterable[tuple[str, int]], complete: bool, among: Collection[str] | None) -> Tally:
    """The tally of the first matches (up to TALLIED), given as each briefing key's count of them, among the
    briefings `among`; `complete` when they were all the matches."""
    matches, articles = 0, set()
    for key, count in counts:
        briefing = key.split(":", 1)[0]  # a key is the briefing's id and version
        if among is None or briefing in among:
            matches += count
            articles.add(briefing)
    return Tally(matches, len(articles), complete)


@cache
def crossref_adapter() -> Any:  # a TypeAdapter[CrossRef]: built once, when first needed
    from pydantic import TypeAdapter

    from briefings.linking.crossref import CrossRef

    return TypeAdapter(CrossRef)


_Model = TypeVar("_Model", bound="BaseModel")


def decoded(model: type[_Model], data: bytes) -> _Model:
    """A stored model; a damaged row is a damaged cache (sqlite3.DatabaseError), as SQLite's own damage is."""
    try:
        return model.model_validate_json(zlib.decompress(data))
    except (zlib.error, ValueError, TypeError) as exc:
        raise sqlite3.DatabaseError(f"a damaged row ({type(exc).__name__})") from None


def decoded_crossref(data: str) -> CrossRef:
    """A stored cross-reference (plain JSON); a damaged one as `decoded` says it."""
    try:
        found: CrossRef = crossref_adapter().validate_json(data)
        return found
    except ValueError as exc:
        raise sqlite3.DatabaseError(f"a damaged row ({type(exc).__name__})") from None


_KNOWN_UNDER = (
    "SELECT f.path, f.size, f.mtime_ns, f.key, c.title, c.title_derived, c.outlet, c.published FROM files AS f"
    " JOIN cards AS c ON c.key = f.key WHERE f.path >= ? AND f.path < ? AND substr(f.key, ?) = ?"
)
_EVERY_CARD = (  # a card's file, any one of them (the same content may be in several); the oldest first
    "SELECT coalesce((SELECT min(f.path) FROM files AS f WHERE f.key = c.key), ''), 0, 0, c.key, c.title, c.title_derived, c.outlet,"
    " c.published FROM cards AS c WHERE substr(c.key, ?) = ? ORDER BY c.published NULLS LAST, c.key"
)
_KEYS_UNDER = "SELECT path, size, mtime_ns, key FROM files WHERE path >= ? AND path < ? AND substr(key, ?) = ?"
_FIRST_MATCHES = (  # in the order stored, with their words
    "SELECT w.id, w.section, w.words, w.context FROM (SELECT rowid FROM passages WHERE passages MATCH ? LIMIT ?) AS m"
    " JOIN passage_words AS w ON w.id = m.rowid"
)
_MATCHES_BY_ARTICLE = (  # the first matches, counted by briefing key: a row an article, not a row a match
    "SELECT p.briefing, count(*) FROM (SELECT rowid FROM passages WHERE passages MATCH ? LIMIT ?) AS m"
    " JOIN passage_places AS p ON p.id = m.rowid GROUP BY p.briefing"
)
_MATCHED_BEYOND = "SELECT 1 FROM passages WHERE passages MATCH ? LIMIT 1 OFFSET ?"
_DETAILS = (
    "SELECT p.id, p.briefing, p.section, p.item, p.start, p.end, c.shown_title, p.passage FROM passage_places AS p"
    " JOIN cards AS c ON c.key = p.briefing WHERE p.id IN ({})"
)
_INDEX = f"INSERT INTO passages (rowid, {', '.join(COLUMNS)}) VALUES (?, {', '.join('?' * len(COLUMNS))})"
_UNINDEX = f"INSERT INTO passages (passages, rowid, {', '.join(COLUMNS)}) VALUES ('delete', ?, {', '.join('?' * len(COLUMNS))})"


def link_rows(ids: Sequence[str], links: Links) -> tuple[str, bytes, list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The links of the library of `ids` as a store keeps them: the library's key, its entities (compressed JSON),
    a row per cross-reference (library, position, a, b, JSON) and per story (library, position, id, title,
    briefings, first date, compressed JSON)."""
    from briefings.linking.stories import StoryCard

    library = library_key(ids)
    data = zlib.compress(links.model_copy(update={"crossrefs": [], "stories": []}).model_dump_json().encode(), 1)
    crossrefs: list[tuple[Any, ...]] = [
        (library, n, link.a.briefing, link.b.briefing, crossref_adapter().dump_json(link).decode()) for n, link in enumerate(links.crossrefs)
    ]
    stories: list[tuple[Any, ...]] = [
        (library, n, card.id, card.title, " ".join(card.briefings), card.first_date, zlib.compress(story.model_dump_json().encode(), 1))
        for n, (story, card) in enumerate((story, StoryCard.of(story)) for story in links.stories)
    ]
    return library, data, crossrefs, stories


def card_columns(briefing: Briefing) -> tuple[str, str | None, bool, str | None, str | None]:
    article = briefing.article
    published = article.published.isoformat() if article.published else None
    return article.display_title, article.title, article.title_derived, article.outlet, published


def _columns(section: str | None, words: str, context: str) -> list[str]:
    """The index's columns for a passage of `section`: its words in that section's column, its context's in the
    text's, the others empty."""
    columns = [""] * len(COLUMNS)
    columns[COLUMNS.index(Section.TEXT.column or "")] = context
    columns[COLUMNS.index(Section.of(section).column or "")] = words
    return columns


def library_key(ids: Sequence[str]) -> str:
    """What the cache knows a library's links by: the linking code's version and its articles, in order."""
    return hashlib.sha256("\n".join([linker_version(), *ids]).encode()).hexdigest()


class _Rebuild(Exception):
    """The cache file must be made anew: damaged, or of another schema."""

    def __init__(self, message: str, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _set_aside(path: Path) -> Path:
    """Move the damaged cache file `path` to *.corrupt (kept for whoever wants to look); `path`, now free."""
    aside = Path(f"{path}{DAMAGED_SUFFIX}")
    for suffix in ("-wal", "-shm"):
        Path(f"{aside}{suffix}").unlink(missing_ok=True)
        if Path(f"{path}{suffix}").exists():
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    if path.exists():
        os.replace(path, aside)
    return path


class _transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on an error): one writer at a time, waiting its turn."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.connection.execute("ROLLBACK" if kind is not None else "COMMIT")
