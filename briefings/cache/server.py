"""The store on a PostgreSQL server: one library for many readers and builders (`--store postgresql://...`).

It keeps what the SQLite cache keeps, in the schema `briefing` of the database the URL names: briefings by
content and extractor version (compressed JSON), cards, the files they were read from, each library's links, and
one row per passage and item with its words in a tsvector (GIN-indexed). Writes are transactions keyed by
content: builders on several machines store each briefing once, and a reader never sees half of one.

Search takes the same syntax as the SQLite store and gives the same hits in the same order: the tsvector holds the
words exactly as the SQLite index has them (no parser of the server's between), labelled by section, so a query
becomes a tsquery of those words (`'a' <-> 'b'` for a phrase, `:*` for a prefix, a weight label for a field);
its matches are ranked by FTS5's bm25 (`search.query.BM25`) over the same counts, where ts_rank_cd would rank
otherwise. Every psycopg failure leaves as a `ServerError`: one line naming the server, never its password.
"""

from __future__ import annotations

import functools
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import psycopg
from psycopg import errors

from briefings.cache.faults import ServerError, server_name
from briefings.cache.store import (
    OVERFETCH,
    RANKED,
    TALLIED,
    Details,
    KnownFile,
    KnownKey,
    assemble_hits,
    best,
    card_columns,
    decoded,
    decoded_crossref,
    extractor_version,
    known_card,
    library_key,
    link_rows,
    passage_rows,
    tally_of,
    words_in,
)
from briefings.model.section import INDEXED, Section
from briefings.readers.discovery import path_text
from briefings.search.hits import SearchHit, Tally
from briefings.search.query import BM25, TEXT_COLUMN, Phrase, Query, fts_query, needle_counts, plain

if TYPE_CHECKING:
    from briefings.linking.crossref import CrossRef
    from briefings.linking.stories import Links, Story, StoryCard
    from briefings.model.briefing import Briefing
    from briefings.model.cards import Card

SCHEMA = "briefing"
SCHEMA_VERSION = 1
_CONNECT_SECONDS = 10
_LIBRARIES_KEPT = 32  # the links of this many libraries (the most recently stored) are kept
_LOCK_SCHEMA = 0x62726966  # the advisory lock under which the schema is made or migrated
_MOST_POSITIONS = 16383  # a tsvector's last position: later words share it
_LONGEST_LEXEME = 2046  # bytes; a longer "word" (no news text has one) is left out of the vector
# Each migration takes the schema one version up; a new database takes them all.
_MIGRATIONS = (
    f"""
    CREATE TABLE {SCHEMA}.briefings (key text PRIMARY KEY, data bytea NOT NULL);
    CREATE TABLE {SCHEMA}.cards (
        key text PRIMARY KEY, shown_title text NOT NULL, title text, title_derived boolean NOT NULL, outlet text, published text
    );
    CREATE TABLE {SCHEMA}.files (path text COLLATE "C" PRIMARY KEY, size bigint NOT NULL, mtime_ns bigint NOT NULL, key text NOT NULL);
    CREATE INDEX files_by_key ON {SCHEMA}.files (key);
    CREATE TABLE {SCHEMA}.links (library text PRIMARY KEY, data bytea NOT NULL, stored bigserial NOT NULL);
    CREATE TABLE {SCHEMA}.crossrefs (
        library text NOT NULL, position integer NOT NULL, a text NOT NULL, b text NOT NULL, data text NOT NULL, PRIMARY KEY (library, position)
    );
    CREATE INDEX crossrefs_by_a ON {SCHEMA}.crossrefs (library, a);
    CREATE INDEX crossrefs_by_b ON {SCHEMA}.crossrefs (library, b);
    CREATE TABLE {SCHEMA}.stories (
        library text NOT NULL, position integer NOT NULL, id text NOT NULL, title text NOT NULL, briefings text NOT NULL,
        first_date text, data bytea NOT NULL, PRIMARY KEY (library, id)
    );
    CREATE TABLE {SCHEMA}.passages (
        id bigserial PRIMARY KEY, briefing text NOT NULL REFERENCES {SCHEMA}.briefings ON DELETE CASCADE, section text,
        item integer, start integer NOT NULL, "end" integer NOT NULL, passage text NOT NULL, words text NOT NULL,
        context text NOT NULL, terms tsvector NOT NULL
    );
    CREATE INDEX passages_by_briefing ON {SCHEMA}.passages (briefing);
    CREATE INDEX passages_by_terms ON {SCHEMA}.passages USING gin (terms);
    CREATE TABLE {SCHEMA}.index_size (passages bigint NOT NULL, words bigint NOT NULL);
    INSERT INTO {SCHEMA}.index_size VALUES (0, 0);
    """,
)

P = ParamSpec("P")
T = TypeVar("T")


def _reason(exc: psycopg.Error) -> str:
    """What went wrong, in a few words a user can act on."""
    message = " ".join(str(exc).strip().split("\n", 1)[0].split())  # libpq's first line says it; the rest is advice
    if isinstance(exc, errors.QueryCanceled):
        return "a statement took longer than the server allows (statement_timeout)"
    if "password authentication failed" in message or isinstance(exc, errors.InvalidPassword):
        return "authentication failed"
    if isinstance(exc, errors.AdminShutdown | errors.ConnectionFailure) or "connection is lost" in message or "server closed" in message:
        return f"the connection was lost ({message.removeprefix('consuming input failed: ')})"
    if isinstance(exc, psycopg.OperationalError) and "failed:" in message:
        return f"cannot connect ({message.rsplit('failed:', 1)[1].strip()})"
    return message or type(exc).__name__


def _faults(method: Callable[P, T]) -> Callable[P, T]:
    """`method` with a psycopg failure turned into one ServerError naming the server; when the connection itself
    was lost (the server restarted, a network blip), connected again and `method` tried once more. Every method is
    safe to repeat: a read, or a write in one transaction keyed by content."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> T:
        store = args[0]
        assert isinstance(store, ServerStore)
        try:
            return method(*args, **kwargs)
        except psycopg.Error as exc:
            if not store.connection.broken:
                raise ServerError(store.name, _reason(exc)) from None
        store.connection.close()
        store.connection = _connect(store.url, store.name)  # a ServerError when the server cannot be had again
        try:
            return method(*args, **kwargs)
        except psycopg.Error as exc:
            raise ServerError(store.name, _reason(exc)) from None

    return guarded


class ServerStore:
    """One connection to the store in the PostgreSQL database at `url` (one per thread, as with SQLite)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.connection = _connect(url, self.name)

    @classmethod
    def open(cls, url: str) -> ServerStore:
        """The store at `url`, its schema made or migrated as needed; ServerError when it cannot be used."""
        store = cls(url)
        try:
            store._migrate()
        except ServerError:
            store.close()
            raise
        return store

    @property
    def name(self) -> str:
        return server_name(self.url)

    @property
    def address(self) -> str:
        return self.url

    @property
    def on_disk(self) -> bool:
        return True

    def reader(self) -> ServerStore:
        return ServerStore(self.url)

    def close(self) -> None:
        self.connection.close()

    def rebuild(self) -> str:
        raise ServerError(self.name, "a server's store is never rebuilt by a reader")

    @_faults
    def _migrate(self) -> None:
        """Make the schema, or take it to this version, under a lock (several processes may open a new database
        at once); a schema of this version is only read, so a user without CREATE on the database can use it."""
        if self._version() == SCHEMA_VERSION:
            return
        with self.connection.transaction():
            self.connection.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_SCHEMA,))
            self.connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            self.connection.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.version (version integer NOT NULL)")
            row = self.connection.execute(f"SELECT version FROM {SCHEMA}.version").fetchone()
            version = row[0] if row else 0
            if version > SCHEMA_VERSION:
                raise ServerError(self.name, f"a store of a newer version (schema {version}, this is {SCHEMA_VERSION}); upgrade briefing")
            for script in _MIGRATIONS[version:]:
                self.connection.execute(script.encode())
            if row is None:
                self.connection.execute(f"INSERT INTO {SCHEMA}.version VALUES (%s)", (SCHEMA_VERSION,))
            elif version < SCHEMA_VERSION:
                self.connection.execute(f"UPDATE {SCHEMA}.version SET version = %s", (SCHEMA_VERSION,))

    def _version(self) -> int | None:
        if self._one("SELECT to_regclass(%s)", (f"{SCHEMA}.version",))[0] is None:
            return None
        row = self.connection.execute(f"SELECT version FROM {SCHEMA}.version").fetchone()
        return None if row is None else int(row[0])

    # Briefings and the files they came from.

    @_faults
    def known_key(self, path: Path | str, size: int, mtime_ns: int) -> str | None:
        row = self.connection.execute(
            f"SELECT key FROM {SCHEMA}.files WHERE path = %s AND size = %s AND mtime_ns = %s", (path_text(path), size, mtime_ns)
        ).fetchone()
        return row[0] if row and row[0].endswith(":" + extractor_version()) else None

    @_faults
    def known_under(self, folders: Iterable[str]) -> dict[str, KnownFile]:
        rows = self._under(
            f"SELECT f.path, f.size, f.mtime_ns, f.key, c.title, c.title_derived::int, c.outlet, c.published FROM {SCHEMA}.files AS f"
            f" JOIN {SCHEMA}.cards AS c ON c.key = f.key",
            folders,
        )
        return {row[0]: row for row in rows}

    @_faults
    def keys_under(self, folders: Iterable[str]) -> dict[str, KnownKey]:
        return {row[0]: row for row in self._under(f"SELECT f.path, f.size, f.mtime_ns, f.key FROM {SCHEMA}.files AS f", folders)}

    def _under(self, select: str, folders: Iterable[str]) -> Iterator[Any]:
        """The rows of `select` (files as f) under `folders`: a range of paths, which compare byte by byte (COLLATE
        "C": a language's collation would sort "/" among the letters)."""
        version = ":" + extractor_version()
        for folder in folders:
            prefix = path_text(folder).rstrip("/") + "/"
            yield from self.connection.execute(
                f"{select} WHERE f.path >= %s AND f.path < %s AND right(f.key, %s) = %s", (prefix, prefix[:-1] + "0", len(version), version)
            )

    @_faults
    def cards(self) -> list[tuple[str, Card]]:
        version = ":" + extractor_version()
        rows = self.connection.execute(
            f"SELECT coalesce((SELECT min(f.path) FROM {SCHEMA}.files AS f WHERE f.key = c.key), ''), 0, 0, c.key, c.title,"
            f" c.title_derived::int, c.outlet, c.published FROM {SCHEMA}.cards AS c JOIN {SCHEMA}.briefings AS b ON b.key = c.key"
            f" WHERE right(c.key, %s) = %s ORDER BY c.published NULLS LAST, c.key",
            (len(version), version),
        )
        return [(row[3], known_card(row, row[0])) for row in rows]

    @_faults
    def holds(self, key: str) -> bool:
        return self.connection.execute(f"SELECT 1 FROM {SCHEMA}.briefings WHERE key = %s", (key,)).fetchone() is not None

    @_faults
    def briefing(self, key: str) -> Briefing | None:
        from briefings.model.briefing import Briefing

        row = self.connection.execute(f"SELECT data FROM {SCHEMA}.briefings WHERE key = %s", (key,)).fetchone()
        return decoded(Briefing, row[0]) if row else None

    @_faults
    def card(self, key: str, path: Path | str) -> Card | None:
        row = self.connection.execute(f"SELECT title, title_derived::int, outlet, published FROM {SCHEMA}.cards WHERE key = %s", (key,)).fetchone()
        return None if row is None else known_card(("", 0, 0, key, *row), path_text(path))

    @_faults
    def put(self, key: str, briefing: Briefing) -> bool:
        """Store a briefing and index its passages, in one transaction; a briefing another builder stored first
        (the same content) is left as it is."""
        data = zlib.compress(briefing.model_dump_json().encode(), 1)
        passages = passage_rows(briefing)
        with self.connection.transaction():
            stored = self.connection.execute(f"INSERT INTO {SCHEMA}.briefings VALUES (%s, %s) ON CONFLICT DO NOTHING", (key, data))
            if stored.rowcount == 0:
                return False
            self.connection.execute(f"INSERT INTO {SCHEMA}.cards VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", (key, *card_columns(briefing)))
            columns = 'briefing, section, item, start, "end", passage, words, context, terms'
            with self.connection.cursor() as cursor, cursor.copy(f"COPY {SCHEMA}.passages ({columns}) FROM STDIN".encode()) as copy:
                for section, words, context, item, span, passage in passages:
                    copy.write_row((key, section, item, span.start, span.end, passage, words, context, _vector(section, words, context)))
            size = words_in((words, context) for _, words, context, *_ in passages)
            self.connection.execute(f"UPDATE {SCHEMA}.index_size SET passages = passages + %s, words = words + %s", size)
        return True

    @_faults
    def remember(self, path: Path | str, size: int, mtime_ns: int, key: str) -> None:
        self.connection.execute(
            f"INSERT INTO {SCHEMA}.files VALUES (%s, %s, %s, %s) ON CONFLICT (path) DO UPDATE"
            " SET size = excluded.size, mtime_ns = excluded.mtime_ns, key = excluded.key",
            (path_text(path), size, mtime_ns, key),
        )

    @_faults
    def forget_missing(self, roots: Iterable[Path], present: Collection[str]) -> int:
        """Forget the files under `roots` that are gone (the briefings stay: other readers' files may hold them)."""
        gone = [
            path
            for root in roots
            for (path,) in self.connection.execute(
                f"SELECT path FROM {SCHEMA}.files WHERE path = %s OR starts_with(path, %s)", (path_text(root), path_text(root).rstrip("/") + "/")
            )
            if path not in present
        ]
        if gone:
            self.connection.execute(f"DELETE FROM {SCHEMA}.files WHERE path = ANY(%s)", (gone,))
        return len(gone)

    # The links of a whole library, as the SQLite store keeps them.

    @_faults
    def links(self, ids: Sequence[str], every: bool = True) -> Links | None:
        from briefings.linking.stories import Links, Story

        library = library_key(ids)
        row = self.connection.execute(f"SELECT data FROM {SCHEMA}.links WHERE library = %s", (library,)).fetchone()
        if row is None:
            return None
        links = decoded(Links, row[0])
        if every:
            rows = self.connection.execute(f"SELECT data FROM {SCHEMA}.crossrefs WHERE library = %s ORDER BY position", (library,))
            links.crossrefs = [decoded_crossref(data) for (data,) in rows]
            rows = self.connection.execute(f"SELECT data FROM {SCHEMA}.stories WHERE library = %s ORDER BY position", (library,))
            links.stories = [decoded(Story, data) for (data,) in rows]
        return links

    @_faults
    def crossrefs_of(self, library: str, briefing: str) -> list[CrossRef]:
        rows = self.connection.execute(
            f"SELECT data FROM {SCHEMA}.crossrefs WHERE library = %s AND (a = %s OR b = %s) ORDER BY position", (library, briefing, briefing)
        )
        return [decoded_crossref(data) for (data,) in rows]

    @_faults
    def has_links(self, ids: Sequence[str]) -> bool:
        return self.connection.execute(f"SELECT 1 FROM {SCHEMA}.links WHERE library = %s", (library_key(ids),)).fetchone() is not None

    @_faults
    def story_cards(self, ids: Sequence[str]) -> list[StoryCard]:
        from briefings.linking.stories import StoryCard

        rows = self.connection.execute(
            f"SELECT id, title, briefings, first_date FROM {SCHEMA}.stories WHERE library = %s ORDER BY position", (library_key(ids),)
        )
        return [StoryCard(story, title, tuple(briefings.split()), first) for story, title, briefings, first in rows]

    @_faults
    def story(self, library: str, story_id: str) -> Story | None:
        from briefings.linking.stories import Story

        row = self.connection.execute(f"SELECT data FROM {SCHEMA}.stories WHERE library = %s AND id = %s", (library, story_id)).fetchone()
        return decoded(Story, row[0]) if row else None

    @_faults
    def put_links(self, ids: Sequence[str], links: Links) -> None:
        """Store a library's links, under an advisory lock of that library: two linkers of it write one after
        the other (the same links), never interleaved."""
        library, data, crossrefs, stories = link_rows(ids, links)
        with self.connection.transaction(), self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (library,))
            cursor.execute(
                f"INSERT INTO {SCHEMA}.links (library, data) VALUES (%s, %s)"
                " ON CONFLICT (library) DO UPDATE SET data = excluded.data, stored = excluded.stored",
                (library, data),
            )
            for table in ("crossrefs", "stories"):
                cursor.execute(f"DELETE FROM {SCHEMA}.{table} WHERE library = %s", (library,))
            cursor.executemany(f"INSERT INTO {SCHEMA}.crossrefs VALUES (%s, %s, %s, %s, %s)", crossrefs)
            cursor.executemany(f"INSERT INTO {SCHEMA}.stories VALUES (%s, %s, %s, %s, %s, %s, %s)", stories)
            cursor.execute(
                f"DELETE FROM {SCHEMA}.links WHERE library NOT IN (SELECT library FROM {SCHEMA}.links ORDER BY stored DESC LIMIT %s)", (_LIBRARIES_KEPT,)
            )
            for table in ("crossrefs", "stories"):
                cursor.execute(f"DELETE FROM {SCHEMA}.{table} WHERE library NOT IN (SELECT library FROM {SCHEMA}.links)")

    # Search.

    @_faults
    def search(self, query: str, limit: int = 20, among: Collection[str] | None = None, typing: bool = False) -> list[SearchHit]:
        parsed = fts_query(query, typing)
        if parsed is None:
            return []
        return assemble_hits(parsed, self._ranked(parsed, limit * OVERFETCH), self._details, limit, among)

    def _details(self, rowids: Sequence[int]) -> dict[int, Details]:
        rows = self.connection.execute(
            f'SELECT p.id, p.briefing, p.section, p.item, p.start, p."end", c.shown_title, p.passage FROM {SCHEMA}.passages AS p'
            f" JOIN {SCHEMA}.cards AS c ON c.key = p.briefing WHERE p.id = ANY(%s)",
            (list(rowids),),
        )
        return {row[0]: row[1:] for row in rows}

    @_faults
    def tally(self, query: str, among: Collection[str] | None = None, typing: bool = False) -> Tally:
        parsed = fts_query(query, typing)
        if parsed is None:
            return Tally(0, 0, True)
        where, values = _matching(parsed.phrases)
        keys = [key for (key,) in self.connection.execute(f"SELECT briefing FROM {SCHEMA}.passages WHERE {where} LIMIT %s", (*values, TALLIED + 1))]
        return tally_of(Counter(keys[:TALLIED]).items(), len(keys) <= TALLIED, among)

    def _ranked(self, parsed: Query, wanted: int) -> list[tuple[int, float]]:
        """The `wanted` best passages (id, score) for `parsed`, as the SQLite store ranks them: every match when
        each phrase has at most RANKED, else the first RANKED matches, a common phrase's count estimated from where
        its (RANKED + 1)th match stands. "First" is in the order the server reads them, which is the order stored
        (passages are only ever added, and a scan of them is never split among parallel workers); sorting the
        matches of a common phrase by id instead reads every one of them (270 ms for one in 68,000 passages). A
        prefix's whole word and the words it begins are counted apart, as FTS5 counts the two phrases it makes."""
        needles = [Phrase(phrase.words, phrase.column, longer) for phrase in parsed.phrases for longer in ((False, True) if phrase.prefix else (False,))]
        *counts, passages, words = self._counts(needles)
        if not passages:  # an empty store: nothing to rank, nor to average over
            return []
        where, values = _matching(parsed.phrases)
        select = f"SELECT id, section, words, context FROM {SCHEMA}.passages WHERE {where}"
        if all(found <= RANKED for found in counts):
            return best(self.connection.execute(select, values), BM25(parsed.phrases, counts, passages, words / passages), wanted)
        rows = self.connection.execute(f"{select} LIMIT %s", (*values, RANKED + 1)).fetchall()
        ends = [counts[needles.index(phrase)] for phrase in parsed.phrases]  # each phrase's own count (a prefix's: with longer words)
        first = int(self._one(f"SELECT min(id) FROM {SCHEMA}.passages")[0])
        having = [
            found if found <= RANKED else (RANKED + 1) * passages / (self._beyond(phrase, rows, len(parsed.phrases) == 1) - first + 1)
            for phrase, found in zip(parsed.phrases, ends, strict=True)
        ]
        score = BM25(parsed.phrases, needle_counts(parsed.phrases, having), passages, words / passages)
        return best(rows[:RANKED], score, wanted)

    def _counts(self, phrases: Sequence[Phrase]) -> list[int]:
        """How many passages hold each of `phrases` (counted up to RANKED + 1), then the index's passages and words:
        one statement."""
        counts, values = [], []
        for phrase in phrases:
            where, more = _matching([phrase])
            counts.append(f"(SELECT count(*) FROM (SELECT 1 FROM {SCHEMA}.passages WHERE {where} LIMIT %s) AS m)")
            values += [*more, RANKED + 1]
        return [int(n) for n in self._one(f"SELECT {', '.join([*counts, 'passages', 'words'])} FROM {SCHEMA}.index_size", values)]

    def _beyond(self, phrase: Phrase, rows: list[tuple[Any, ...]], alone: bool) -> int:
        """The id of the (RANKED + 1)th match of `phrase`: the last of the query's matches `rows` when the query is
        that phrase `alone`."""
        if alone and len(rows) > RANKED:
            return int(rows[RANKED][0])
        where, values = _matching([phrase])
        return int(self._one(f"SELECT id FROM {SCHEMA}.passages WHERE {where} OFFSET %s LIMIT 1", (*values, RANKED))[0])

    def _one(self, sql: str, values: Sequence[Any] = ()) -> tuple[Any, ...]:
        row = self.connection.execute(sql.encode(), values).fetchone()
        assert row is not None, "a query of one row"
        return tuple(row)


def _connect(url: str, name: str) -> psycopg.Connection[Any]:
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=_CONNECT_SECONDS)
    except psycopg.Error as exc:
        raise ServerError(name, _reason(exc)) from None
    # Every statement planned for its own words: a prepared statement's generic plan knows no word's rarity, and
    # scans every passage for a rare one (measured: 100 ms where the GIN index answers in 1).
    connection.prepare_threshold = None
    connection.execute("SET max_parallel_workers_per_gather = 0")  # one scan, in the order stored (see `_ranked`)
    return connection


# Weight labels in a passage's tsvector: the words of an item (and of the title and lede) are A, those in the
# article's text column (a sentence's, an item's context) D; a field filter asks for the label and the section.
_ITEM, _TEXT = "A", "D"
_SECTIONS_OF = {section.column: [None if s is Section.TEXT else s.value for s in INDEXED if s.column == section.column] for section in INDEXED}


def _label(section: str | None) -> str:
    return _TEXT if Section.of(section).column == TEXT_COLUMN else _ITEM


def _vector(section: str | None, words: str, context: str) -> str:
    """A passage's words and context as a tsvector literal: each word where it stands (the context after a gap,
    so that no phrase runs from one into the other), labelled as `_label` says."""
    places: dict[str, list[str]] = {}
    position = 0
    for text, label in ((words, _label(section)), (context, _TEXT)):
        for word in text.split():
            position += 1
            places.setdefault(word, []).append(f"{position}{label}" if position < _MOST_POSITIONS else f"{_MOST_POSITIONS}{label}")
        position += 1
    return " ".join(f"{_lexeme(word)}:{','.join(at)}" for word, at in places.items() if len(word) <= _LONGEST_LEXEME // 4 or len(word.encode()) <= _LONGEST_LEXEME)


def _lexeme(word: str) -> str:
    if "'" not in word and "\\" not in word:
        return f"'{word}'"
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery(phrase: Phrase, label: str) -> str:
    """`phrase` as a tsquery literal, its words labelled `label` (none: any); a prefix's last word also as the
    start of longer words."""
    *words, last = [_lexeme(plain(word)) for word in phrase.words]
    end = ":*" if phrase.prefix else ":" if label else ""
    return " <-> ".join([*(f"{word}:{label}" if label else word for word in words), f"{last}{end}{label}"])


def _matching(phrases: Iterable[Phrase]) -> tuple[str, list[Any]]:
    """An SQL condition on passages that holds where every phrase of `phrases` does, and its values. A phrase
    kept to a field asks for its label, and for an item's section unless the field is the text's (a sentence's
    words, an item's context)."""
    conditions: list[str] = []
    values: list[Any] = []
    for phrase in phrases:
        if phrase.column is None or phrase.column == TEXT_COLUMN:
            conditions.append("terms @@ %s::tsquery")
            values.append(_tsquery(phrase, "" if phrase.column is None else _TEXT))
        else:
            conditions.append("section = ANY(%s) AND terms @@ %s::tsquery")
            values += [_SECTIONS_OF[phrase.column], _tsquery(phrase, _ITEM)]
    return " AND ".join(f"({condition})" for condition in conditions), values
