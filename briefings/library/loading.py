"""Briefing the files of a library through the cache: a file unchanged since it was last read is not even
read again, a file whose content was briefed before is not rebuilt, and only new content is.

A cache that fails while in use (another process holding it too long, a disk error) is left for one in memory
for the rest of the run: the library still loads, built from the files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefings import DEFAULT_MAX_BYTES
from briefings.budget import budget, seconds_for
from briefings.cache.base import CacheStore
from briefings.cache.faults import STORE_ERRORS, ServerError
from briefings.cache.store import KnownFile, KnownKey, Store, cache_key, is_damage, known_card, unchanged
from briefings.errors import ArticleError
from briefings.model.cards import Card, Entry
from briefings.readers.discovery import Found, Notice, found, path_text

if TYPE_CHECKING:
    from briefings.readers.files import ArticleReader

T = TypeVar("T")


def cached_as_is(known: KnownKey | KnownFile | None, file: Found) -> bool:
    """Whether the cache holds the briefing of `file` as it is now, by what it knew of the file (`known`)."""
    return known is not None and unchanged(known, file.stat)


def pending(files: Iterable[Found], known: Mapping[str, KnownKey] | Mapping[str, KnownFile]) -> int:
    """How many of `files` the cache does not hold as they are now, by what it knew of them (by real path)."""
    return sum(1 for file in files if not cached_as_is(known.get(path_text(file.real)), file))


class Loader:
    """Briefs one file at a time, counting what it built and what it took from the cache."""

    def __init__(self, store: CacheStore, max_bytes: int = DEFAULT_MAX_BYTES, notices: list[Notice] | None = None) -> None:
        self.store: CacheStore = store
        self.max_bytes = max_bytes
        self.reader: ArticleReader | None = None  # made for the first file that must be read
        self.built = 0
        self.reused = 0
        self.notices: list[Notice] = [] if notices is None else notices  # what befell the cache
        self._present: set[str] = set()
        self._keys: dict[str, str] = {}  # cache key -> the file it was loaded from
        self._known: dict[str, KnownFile] = {}  # what the cache knew of the files expected (see `expect`)
        self.healed = False  # the cache was found damaged and rebuilt during this load
        self.emptied = False  # the cache lost what it held (rebuilt, or replaced by one in memory); set until read

    def load(self, file: Found | Path) -> tuple[Entry | None, Notice | None]:
        """`file` as the library lists it (None when it cannot be read), with its briefing only when it had to
        be built, and anything to tell about it. This is the fault boundary of one file: whatever it holds and
        however briefing it fails, that is a notice about this file, and the library goes on."""
        if not isinstance(file, Found):
            file = found(str(file))
        try:
            return self._load(file)
        except ArticleError as exc:
            return None, Notice(file.path, str(exc))
        except Exception as exc:
            from briefings.readers.files import unexpected

            return None, unexpected(Path(file.path), "could not be briefed", exc)

    def expect(self, roots: Iterable[Path]) -> None:
        """Read at once what the cache knows of the files under the folders among `roots`, so that loading an
        unchanged file there asks the cache nothing more (a library of 10,000 is listed in one query)."""
        self._known = self._cached(lambda store: store.known_under(real_folders(roots)))

    def pending(self, files: Iterable[Found]) -> int:
        """How many of `files` the cache does not hold as they are now, by what `expect` read."""
        return pending(files, self._known)

    def known(self, roots: Iterable[Path]) -> dict[str, KnownKey]:
        """What the cache knows of the files under the folders among `roots`, by real path, without their cards:
        what search needs."""
        return self._cached(lambda store: store.keys_under(real_folders(roots)))

    def _load(self, file: Found) -> tuple[Entry | None, Notice | None]:
        where, stat, shown = path_text(file.real), file.stat, path_text(file.path)
        self._present.add(where)
        if stat is not None:
            key: str | None
            card: Card | None
            known = self._known.get(where)
            if known is not None and unchanged(known, stat):
                key, card = known[3], known_card(known, shown)
            else:
                key = self._cached(lambda store: store.known_key(where, *stat))
                card = None if key is None else self._card(key, shown)
            if key is not None and key in self._keys:
                return None, Notice(file.path, f"same content as {self._keys[key]}; loaded once", error=False)
            if key is not None and card is not None:
                self.reused += 1
                self._keys[key] = file.path
                return Entry(card, key), None
        with budget(seconds_for(stat[0] if stat else 0)):
            article, notice = self._reader().read(Path(file.path))
            if article is None:
                return None, notice
            key = cache_key(article.id)
            if key in self._keys:
                return None, Notice(file.path, f"same content as {self._keys[key]}; loaded once", error=False)
            self._keys[key] = file.path
            card = self._card(key, shown)
            entry = Entry(card, key) if card is not None else None
            if entry is not None:
                self.reused += 1
            else:
                from briefings.extract import build_briefing  # only when a file is new: listing needs no extractor

                briefing = build_briefing(article)
                self.built += 1
                self._cached(lambda store: store.put(key, briefing))
                entry = Entry(Card.of(briefing), key, briefing)
        if stat is not None:
            self._cached(lambda store: store.remember(where, *stat, key))
        return entry, notice

    def _card(self, key: str, shown: str) -> Card | None:
        return self._cached(lambda store: store.card(key, shown))

    def _reader(self) -> ArticleReader:
        if self.reader is None:
            from briefings.readers.files import ArticleReader

            self.reader = ArticleReader(self.max_bytes)
        return self.reader

    def finish(self, roots: Iterable[Path]) -> None:
        """Forget the cached files under `roots` that were not found this time (deleted or moved)."""
        folders = [root.resolve() for root in roots if root.is_dir()]
        self._cached(lambda store: store.forget_missing(folders, self._present))

    def _cached(self, action: Callable[[CacheStore], T]) -> T:
        """`action(store)`, done again on the cache that replaces a failed one (see `recover`): a rebuilt cache
        that fails too is left for one in memory."""
        try:
            return action(self.store)
        except STORE_ERRORS as exc:
            self.recover(exc)
        try:
            return action(self.store)
        except STORE_ERRORS as exc:
            self.recover(exc)
            return action(self.store)

    def recover(self, failure: Exception) -> None:
        """Go on after the cache failed: a damaged one is moved aside and rebuilt, once a run; otherwise, or when
        that fails, one in memory replaces it. Said in one notice; `emptied` tells what it held is gone."""
        where = self.store.name
        self.emptied = True
        if self.store.on_disk and is_damage(failure) and not self.healed:
            self.healed = True
            try:
                aside = self.store.rebuild()
                self.notices.append(Notice(where, f"the cache was damaged ({failure}); moved aside as {aside} and rebuilt", error=False))
                return
            except STORE_ERRORS + (OSError,) as again:
                failure = again
        reason = failure.reason if isinstance(failure, ServerError) else failure  # the notice names the server already
        self.notices.append(Notice(where, f"the cache failed ({reason}); going on in memory", error=False))
        self.store = Store.in_memory()


def real_folders(roots: Iterable[Path]) -> list[str]:
    """The real paths of the folders among `roots`: what the cache knows files under."""
    return [path_text(os.path.realpath(root)) for root in roots if root.is_dir()]
