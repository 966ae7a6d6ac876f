"""One library as the reader and the command line both use it: its files found, its cache opened, its articles
loaded in batches, searched, and linked.

The cache is the library's one store and one search index: the file in the user's cache folder, or a database
in memory when that cannot be used, so that search has one syntax and one ranking everywhere. A cache that
fails while in use is given up for one in memory, which the articles loaded so far are indexed into again;
a damaged one is moved aside and rebuilt (once a run) first. Each is said in one notice.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefings import DEFAULT_MAX_BYTES
from briefings.cache.store import Store, cache_file, cache_folder
from briefings.library.link_process import LinkProcess, link_apart
from briefings.library.linking import shelve_links
from briefings.library.loading import Loader
from briefings.library.shelf import CrossrefShelf, Shelf, StoryShelf
from briefings.linking.entities import EntityIndex
from briefings.model.briefing import Briefing
from briefings.model.cards import Card
from briefings.readers.discovery import Notice, discover
from briefings.search.hits import SearchHit

BATCH_SECONDS = 0.1  # how long loading gathers cards before it hands them over


@dataclass(frozen=True)
class Batch:
    """Cards of articles just loaded, and how far loading is: `done` files of `total`."""

    cards: list[Card]
    done: int
    total: int


@dataclass(frozen=True)
class Linked:
    """What linking a library gives the reader: each article's cross-references, the stories, the entities."""

    crossrefs: CrossrefShelf
    stories: StoryShelf
    entities: EntityIndex


class LibrarySession:
    """The library of `paths`, through the cache in `cache` (None: the user's cache folder)."""

    def __init__(self, paths: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES, cache: Path | None = None) -> None:
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self.cache = cache
        self.notices: list[Notice] = []
        self.files: list[Path] = []
        self.store: Store | None = None
        self.shelf = Shelf(None)
        self.built = self.reused = 0
        self.loaded = False
        self._loader: Loader | None = None  # loads the files, and recovers the cache when it fails
        self._search_lock = threading.Lock()  # searches share one connection, one at a time
        self._searcher: Store | None = None
        self._linking: LinkProcess | None = None

    # Loading.

    def open(self) -> None:
        """Find the article files and open the cache (in memory when the user's cannot be used)."""
        self.files, notices = discover(self.paths)
        self.notices += notices
        folder = cache_folder(self.cache)
        store, trouble = Store.open(folder)
        if trouble:
            self.notices.append(Notice(str(cache_file(folder)), trouble, error=False))
        self._use(store or Store.in_memory())
        assert self.store is not None
        self._loader = Loader(self.store, self.max_bytes, self.notices)

    def load(self, cancelled: Callable[[], bool] = lambda: False) -> Iterator[Batch]:
        """Load every file (opening the library first if need be), yielding the cards in batches; stops early when
        `cancelled()` turns true."""
        if self._loader is None:
            self.open()
        loader = self._loader
        assert loader is not None
        batch: list[Card] = []
        last = time.monotonic()
        total = len(self.files)
        for number, file in enumerate(self.files, start=1):
            if cancelled():
                return
            entry, notice = loader.load(file)
            if loader.emptied:  # the cache failed or was rebuilt meanwhile
                self._replaced()
            if entry is not None:
                self.shelf.add(entry)
                batch.append(entry.card)
            if notice is not None:
                self.notices.append(notice)
            if time.monotonic() - last >= BATCH_SECONDS:
                yield Batch(batch, number, total)
                batch, last = [], time.monotonic()
        loader.finish(self.paths)
        self.built, self.reused = loader.built, loader.reused
        self.loaded = True
        yield Batch(batch, total, total)

    def load_all(self) -> None:
        for _ in self.load():
            pass

    def briefings(self) -> list[Briefing]:
        """Every briefing of the library, in order (read from the cache: a large library is read whole)."""
        return [self.shelf[briefing_id] for briefing_id in self.shelf]

    def _use(self, store: Store) -> None:
        self.store = store
        self.shelf.use(store)
        with self._search_lock:
            self._searcher = None

    def _replaced(self) -> None:
        """Go on with the cache the loader put in place of a failed one, the articles loaded so far indexed again."""
        assert self._loader is not None
        self._loader.emptied = False
        self._use(self._loader.store)
        self._index_again()

    def _index_again(self) -> None:
        """Index into the cache in use the articles loaded before it replaced a failed one."""
        assert self.store is not None
        for briefing_id in list(self.shelf):
            key = self.shelf.key(briefing_id)
            if not self.store.holds(key):
                self.store.put(key, self.shelf[briefing_id])

    # Search.

    def search(self, query: str, limit: int = 20, typing: bool = False) -> list[SearchHit]:
        """The best `limit` hits of `query` among this library's articles; with `typing`, its last word is also
        a prefix. A cache that fails is rebuilt (when damaged, once a run) or given up for one in memory."""
        with self._search_lock:
            try:
                return self._searching().search(query, limit, among=self.shelf, typing=typing)
            except sqlite3.Error as exc:
                failure = exc
        self._recover(failure)
        with self._search_lock:
            return self._searching().search(query, limit, among=self.shelf, typing=typing)

    def _searching(self) -> Store:
        assert self.store is not None, "open the library first"
        if self._searcher is None:
            self._searcher = self.store.reader()
        return self._searcher

    def _recover(self, failure: sqlite3.Error) -> None:
        """Go on after the cache failed while searching, as loading does (a damaged one is rebuilt once a run)."""
        assert self._loader is not None
        self._loader.recover(failure)
        self._replaced()

    # Linking.

    def link(self, cancelled: Callable[[], bool] = lambda: False) -> Linked:
        """The library's cross-references, stories and entities: from the cache when it holds them, else found
        (for a large library in a process of its own, stopped if `cancelled()` turns true) and kept there."""
        ids = list(self.shelf)
        if link_apart(self.store, ids):
            assert self.store is not None
            self._linking = LinkProcess(self.store.path.parent, ids)
            self._linking.wait(cancelled)
        crossrefs, stories, entities = shelve_links(self.shelf, self.store)
        return Linked(crossrefs, stories, EntityIndex(entities))

    @property
    def linking(self) -> LinkProcess | None:
        """The linking process, once one was started."""
        return self._linking

    def close(self) -> None:
        """Stop the linking process, if one is running."""
        if self._linking is not None:
            self._linking.stop()
