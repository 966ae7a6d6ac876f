"""One library as the reader and the command line both use it: its files found, its cache opened, its articles
loaded in batches, searched, and linked.

The cache is the library's one store and one search index: the file in the user's cache folder, or a database
in memory when that cannot be used, so that search has one syntax and one ranking everywhere. A cache that
fails while in use is given up for one in memory, which the articles loaded so far are indexed into again;
a damaged one is moved aside and rebuilt (once a run) first. Each is said in one notice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefings import DEFAULT_MAX_BYTES
from briefings.cache.base import CacheStore
from briefings.cache.choose import open_store
from briefings.cache.faults import STORE_ERRORS
from briefings.cache.store import Store
from briefings.library.loading import Loader, cached_as_is, pending
from briefings.library.shelf import CrossrefShelf, Shelf, StoryShelf
from briefings.model.cards import Card, Entry
from briefings.readers.discovery import Found, Notice, article_files, path_text
from briefings.search.hits import SearchHit, Tally

if TYPE_CHECKING:  # imported where used: `briefing search` lists and searches, and must start fast
    from briefings.library.link_process import LinkProcess
    from briefings.linking.entities import EntityIndex
    from briefings.linking.stories import Links

BATCH_SECONDS = 0.1  # how long loading gathers cards before it hands them over
FANNED_OUT = 50  # new or changed files from which a survey briefs them in worker processes first


@dataclass(frozen=True)
class Batch:
    """Cards of articles just loaded, and how far loading is: `done` files of `total`."""

    cards: list[Card]
    done: int
    total: int


@dataclass(frozen=True)
class Changes:
    """What a look at the library's files again found: the cards of articles added (new or changed files), the ids
    of articles taken out (their files gone or changed)."""

    added: list[Card]
    removed: list[str]


@dataclass(frozen=True)
class Linked:
    """What linking a library gives the reader: each article's cross-references, the stories, the entities."""

    crossrefs: CrossrefShelf
    stories: StoryShelf
    entities: EntityIndex


class LibrarySession:
    """The library of `paths`, through the PostgreSQL database at `server` when one is named, else the cache in
    `cache` (None: the user's cache folder). With a server and no paths, the library is every article the server
    holds (`whole_store`): a reader without the files sees what the team's builders briefed."""

    def __init__(self, paths: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES, cache: Path | None = None, server: str | None = None) -> None:
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self.cache = cache
        self.server = server
        self.notices: list[Notice] = []
        self.files: list[Found] = []
        self.store: CacheStore | None = None
        self.shelf = Shelf(None)
        self.built = self.reused = 0
        self.loaded = False
        self._loader: Loader | None = None  # loads the files, and recovers the cache when it fails
        self._search_lock = threading.Lock()  # searches share one connection, one at a time
        self._searcher: CacheStore | None = None
        self._linking: LinkProcess | None = None
        self._listed: dict[str, str] | None = None  # briefing id -> file, when surveyed (see `survey`)

    # Loading.

    @property
    def whole_store(self) -> bool:
        return not self.paths and self.server is not None

    def open(self) -> None:
        """Find the article files and open the cache (in memory when the user's cannot be used)."""
        self.files, notices = article_files(self.paths) if self.paths else ([], [])
        self.notices += notices
        store, trouble, name = open_store(self.cache, self.server)
        if trouble:
            self.notices.append(Notice(name, trouble, error=False))
        self._use(store or Store.in_memory())
        assert self.store is not None
        self._loader = Loader(self.store, self.max_bytes, self.notices)

    def load(
        self, cancelled: Callable[[], bool] = lambda: False, workers: int = 1, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[Batch]:
        """Load every file (opening the library first if need be), yielding the cards in batches; stops early when
        `cancelled()` turns true. With `workers`, 50 or more new or changed files are first briefed in as many
        processes, `progress(done, total)` told of each (a command; the reader shows the cards as they come)."""
        if self._loader is None:
            self.open()
        loader = self._loader
        assert loader is not None
        if self.whole_store:
            yield Batch(self._from_store(), 0, 0)
            self.loaded = True
            return
        loader.expect(self.paths)
        fanned = 0
        if workers > 1 and (todo := loader.pending(self.files)) >= FANNED_OUT:
            fanned = self._fan_out(workers, progress, todo)
            loader.expect(self.paths)  # what the workers stored
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
        self.built, self.reused = loader.built + fanned, loader.reused - fanned
        self.loaded = True
        yield Batch(batch, total, total)

    def refresh(self) -> Changes:
        """Look at the library's files again (after they changed on disk): load the new and changed ones, take out
        the articles whose files are gone or changed; what could not be read is a notice, as when loading. A whole
        store's library is listed from the store again."""
        if self.whole_store:
            return self._store_changes()
        files, notices = article_files(self.paths)
        said = {notice.path for notice in self.notices}
        self.notices += [notice for notice in notices if notice.path not in said]
        before = {file.path: file.stat for file in self.files}
        changed = [file for file in files if file.path not in before or before[file.path] != file.stat]
        gone = set(before) - {file.path for file in files}
        by_path = {card.path: card.id for card in self.shelf.cards()}
        stale = {by_path[shown] for shown in map(path_text, [*gone, *(file.path for file in changed)]) if shown in by_path}
        known = set(self.shelf)
        loaded = self._load_files(changed)
        kept = {card.id for card in loaded}  # a file touched but holding what it held stays as it was
        removed = [briefing_id for briefing_id in stale if briefing_id not in kept]
        for briefing_id in removed:
            self.shelf.remove(briefing_id)
        self.files = files
        return Changes([card for card in loaded if card.id not in known], removed)

    def _store_changes(self) -> Changes:
        """A whole store's library listed again: what other builders stored meanwhile, and what is gone."""
        shelved = set(self.shelf)
        listed = {card.id for card in self._from_store()}
        for briefing_id in shelved - listed:
            self.shelf.remove(briefing_id)
        return Changes([self.shelf.card(i) for i in self.shelf if i not in shelved], sorted(shelved - listed))

    def _load_files(self, files: list[Found]) -> list[Card]:
        """Load `files` into the library, each notice kept; the cards of those loaded."""
        assert self._loader is not None
        cards = []
        for file in files:
            entry, notice = self._loader.load(file)
            if entry is not None:
                self.shelf.add(entry)
                cards.append(entry.card)
            if notice is not None:
                self.notices.append(notice)
        return cards

    def load_all(self) -> None:
        for _ in self.load():
            pass

    def survey(self, progress: Callable[[int, int], None] | None = None, workers: int = 1) -> None:
        """Find the library as search needs it and no more: its files listed and checked against the cache in one
        query, no card read, only what the cache lacks (new or changed files) loaded, `progress(done, total)` told
        of each of those; when they are many (a library new to the cache, or briefed by an older version), briefed
        first in `workers` processes. The cards of the others are not made: `path_of` gives a briefing's file."""
        if self._loader is None:
            self.open()
        loader = self._loader
        assert loader is not None
        if self.whole_store:
            self._listed = {card.id: card.path for card in self._from_store()}
            self.loaded = True
            return
        known = loader.known(self.paths)
        listed: dict[str, str] = {}
        self._listed, held = listed, 0
        todo, done, fanned = None, 0, 0
        for number, file in enumerate(self.files):
            row = known.get(path_text(file.real))
            entry, notice = None, None
            if row is not None and cached_as_is(row, file):
                briefing_id = row[3].split(":", 1)[0]
                held += briefing_id not in listed
            else:
                if todo is None:  # counted once, when the first is found: most searches find none
                    todo = pending(self.files[number:], known)
                    if todo >= FANNED_OUT and workers > 1:
                        fanned = self._fan_out(workers, progress, todo)
                        progress = None  # the workers said how far they went; what is left is read from the cache
                entry, notice = loader.load(file)
                done += 1
                if progress is not None:
                    progress(done, todo)
                if loader.emptied:  # the cache failed or was rebuilt: it holds none of what was found in it
                    self._reload()
                    return
                if entry is None:
                    self.notices += [notice] if notice else []
                    continue
                briefing_id = entry.card.id
            if briefing_id in listed:
                notice = Notice(file.path, f"same content as {listed[briefing_id]}; loaded once", error=False)
            else:
                listed[briefing_id] = path_text(file.path)
                if entry is not None:
                    self.shelf.add(entry)
            self.notices += [notice] if notice else []
        self.built, self.reused = loader.built + fanned, loader.reused + held - fanned
        self.loaded = True

    def _fan_out(self, workers: int, progress: Callable[[int, int], None] | None, todo: int) -> int:
        """Brief the library's new and changed files in `workers` processes (as `briefing build` does), `progress`
        told of those `todo`; how many it briefed. A failure of the store leaves them to be briefed here, one by
        one."""
        from briefings.library.build import build

        def told(done: int, total: int) -> None:
            if progress is not None:
                progress(max(done - (total - todo), 0), todo)  # the build counts the files the cache held too

        try:
            return build(self.paths, self.max_bytes, self.cache, workers, told, self.server).built
        except STORE_ERRORS:
            return 0

    def _from_store(self) -> list[Card]:
        """Shelve every article the store holds (a whole store's library); their cards. A store that fails is said
        in a notice: the library is then empty."""
        assert self.store is not None
        try:
            held = self.store.cards()
        except STORE_ERRORS as exc:
            self.notices.append(Notice(self.store.name, f"cannot list the store's articles ({exc})"))
            return []
        for key, card in held:
            if card.id not in self.shelf:
                self.shelf.add(Entry(card, key))
        self.reused = len(self.shelf)
        return [card for _, card in held]

    def __len__(self) -> int:
        """How many articles the library holds (once loaded or surveyed)."""
        return len(self._listed) if self._listed is not None else len(self.shelf)

    def path_of(self, briefing_id: str) -> str:
        """The file of a briefing of this library, as listed."""
        if self._listed is not None:
            return self._listed[briefing_id]
        return self.shelf.card(briefing_id).path

    def _reload(self) -> None:
        """Load the whole library into the cache that replaced a failed one (a survey had found the library in the
        failed one): a loader of its own, and whatever it was told about the cache kept."""
        failed = self._loader
        assert failed is not None
        self._listed = None
        self._loader = Loader(failed.store, self.max_bytes, self.notices)
        self._loader.healed = failed.healed
        self._use(failed.store)
        self.load_all()

    def _use(self, store: CacheStore) -> None:
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
                return self._searching().search(query, limit, among=self._among(), typing=typing)
            except STORE_ERRORS as exc:
                failure = exc
        self._recover(failure)
        if self._listed is not None:  # surveyed in the cache that failed: load the library into its replacement
            self._reload()
        with self._search_lock:
            return self._searching().search(query, limit, among=self._among(), typing=typing)

    def tally(self, query: str, typing: bool = False) -> Tally:
        """How many passages of this library's articles match `query`, and in how many articles (none from a cache
        that fails now: search, run first, has said so and recovered)."""
        with self._search_lock:
            try:
                return self._searching().tally(query, among=self._among(), typing=typing)
            except STORE_ERRORS:
                return Tally(0, 0, False)

    def _among(self) -> Collection[str]:
        return self._listed if self._listed is not None else self.shelf

    def _searching(self) -> CacheStore:
        assert self.store is not None, "open the library first"
        if self._searcher is None:
            self._searcher = self.store.reader()
        return self._searcher

    def _recover(self, failure: Exception) -> None:
        """Go on after the cache failed while searching, as loading does (a damaged one is rebuilt once a run)."""
        assert self._loader is not None
        self._loader.recover(failure)
        self._replaced()

    # Linking.

    def link(self, cancelled: Callable[[], bool] = lambda: False) -> Linked:
        """The library's cross-references, stories and entities: from the cache when it holds them, else found
        (for a large library in a process of its own, stopped if `cancelled()` turns true) and kept there. Each
        article's links and each story are read from the cache as they are shown."""
        from briefings.library.linking import shelve_links
        from briefings.linking.entities import EntityIndex

        self._link_apart(cancelled)
        crossrefs, stories, entities = shelve_links(self.shelf, self.store)
        return Linked(crossrefs, stories, EntityIndex(entities))

    def links(self, linking: Callable[[int], None] | None = None) -> Links:
        """Every cross-reference and story of the library, and its entities (without their mentions), at once:
        what an export writes. Found as `link` finds them; `linking(articles)` told when a large library is linked
        (its links were not in the cache), which takes a while."""
        from briefings.library.linking import link_library

        self._link_apart(lambda: False, linking)
        return link_library(self.shelf, self.store)

    def _link_apart(self, cancelled: Callable[[], bool], linking: Callable[[int], None] | None = None) -> None:
        """Link a large library whose links the cache lacks in a process of its own: it holds what linking compares
        of every passage, and gives it back when it ends."""
        from briefings.library.link_process import LinkProcess, link_apart

        ids = list(self.shelf)
        if link_apart(self.store, ids):
            assert self.store is not None
            if linking is not None:
                linking(len(ids))
            self._linking = LinkProcess(self.store.address, ids)
            self._linking.wait(cancelled)

    @property
    def linking(self) -> LinkProcess | None:
        """The linking process, once one was started."""
        return self._linking

    def close(self) -> None:
        """Stop the linking process, if one is running."""
        if self._linking is not None:
            self._linking.stop()
