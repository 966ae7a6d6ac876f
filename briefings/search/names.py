"""Names a reader jumps to from the command palette: article and story titles and entity names, found by the
words typed so far in SQLite's full-text index (in memory), so that a library of 10,000 articles and 100,000
entities answers each keystroke in about a millisecond.

Filled from the threads that load and link the library, read from the reader's: one connection, one lock.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from briefings.search.hits import terms


class NameKind(StrEnum):
    STORY = "story"
    ARTICLE = "article"
    ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A name found: what it names, the name, and what it leads to (a story's or article's id, an entity's name)."""

    kind: NameKind
    name: str
    target: str


class NameIndex:
    """Names by their words: each word of a query must begin a word of the name (the last as it is typed)."""

    def __init__(self) -> None:
        self._connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self._connection.execute(
            "CREATE VIRTUAL TABLE names USING fts5(name, kind UNINDEXED, target UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )
        self._lock = threading.Lock()
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, kind: NameKind, names: Iterable[tuple[str, str]]) -> None:
        """Add names of one kind, each as (name, target): in chunks, so that a search typed meanwhile waits for
        one chunk at most."""
        rows = [(name, kind.value, target) for name, target in names]
        for first in range(0, len(rows), _CHUNK):
            with self._lock:
                self._connection.execute("BEGIN")
                self._connection.executemany("INSERT INTO names VALUES (?, ?, ?)", rows[first : first + _CHUNK])
                self._connection.execute("COMMIT")
                self._count += len(rows[first : first + _CHUNK])

    def find(self, query: str, limit: int = 40, kind: NameKind | None = None) -> list[NamedPlace]:
        """The names whose words begin with every word of `query`: those that begin with it first, each part in the
        order added (stories, articles in library order, entities the most mentioned first), so that a keystroke
        never ranks the 100,000 names a common word is in."""
        words = terms(query)[:_MOST_WORDS]
        if not words:
            return []
        quoted = ['"' + word.replace('"', '""') + '"*' for word in words]
        kinds = [kind.value] if kind is not None else [k.value for k in NameKind]
        with self._lock:  # those that begin with the query, then the others
            rows = self._connection.execute(_FIND.format(_marks(kinds)), (" AND ".join(["^" + quoted[0], *quoted[1:]]), *kinds, limit)).fetchall()
            rows += self._connection.execute(_FIND.format(_marks(kinds)), (" AND ".join(quoted), *kinds, limit + len(rows))).fetchall()
        return [NamedPlace(NameKind(kind), name, target) for kind, name, target in dict.fromkeys(rows)][:limit]


_CHUNK = 5000
_MOST_WORDS = 8
# In the order added: no ranking of every match.
_FIND = "SELECT kind, name, target FROM names WHERE names MATCH ? AND kind IN ({}) LIMIT ?"


def _marks(values: list[str]) -> str:
    return ", ".join("?" * len(values))
