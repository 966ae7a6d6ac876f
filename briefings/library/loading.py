"""Briefing the files of a library through the cache: a file unchanged since it was last read is not even
read again, a file whose content was briefed before is not rebuilt, and only new content is.

A cache that fails while in use (another process holding it too long, a disk error) is left alone for the
rest of the run: the library still loads, built from the files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from briefings import DEFAULT_MAX_BYTES
from briefings.budget import budget, seconds_for
from briefings.cache.store import Store, cache_key, is_damage
from briefings.errors import ArticleError
from briefings.extract import build_briefing
from briefings.library.shelf import rebuilt
from briefings.model.briefing import Briefing
from briefings.model.cards import Card, Entry
from briefings.readers.discovery import Notice, discover, path_text
from briefings.readers.files import ArticleReader, unexpected

T = TypeVar("T")


class Loader:
    """Briefs one file at a time, counting what it built and what it took from the cache."""

    def __init__(self, store: Store | None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.store = store
        self.reader = ArticleReader(max_bytes)
        self.built = 0
        self.reused = 0
        self.notices: list[Notice] = []
        self._present: set[str] = set()
        self._keys: dict[str, str] = {}  # cache key -> the file it was loaded from
        self.healed = False  # the cache was found damaged and rebuilt during this load

    def brief(self, file: Path) -> tuple[Briefing | None, Notice | None]:
        """The briefing of `file` (None when it cannot be read) and anything to tell about it."""
        entry, notice = self.load(file)
        if entry is None:
            return None, notice
        if entry.briefing is not None:
            return entry.briefing, notice
        key = entry.key
        assert key is not None  # an entry without its briefing is one the cache holds
        cached = self._cached(lambda store: store.briefing(key))
        if cached is None:  # the cache failed since
            self.reused, self.built = self.reused - 1, self.built + 1
            return rebuilt(entry.card), notice
        return _at(cached, file), notice

    def load(self, file: Path) -> tuple[Entry | None, Notice | None]:
        """`file` as the library lists it (None when it cannot be read), with its briefing only when it had to
        be built, and anything to tell about it. This is the fault boundary of one file: whatever it holds and
        however briefing it fails, that is a notice about this file, and the library goes on."""
        try:
            return self._load(file)
        except ArticleError as exc:
            return None, Notice(str(file), str(exc))
        except Exception as exc:
            return None, unexpected(file, "could not be briefed", exc)

    def _load(self, file: Path) -> tuple[Entry | None, Notice | None]:
        where = file.resolve()  # the cache knows files by absolute path, whatever the folder the command ran in
        self._present.add(path_text(where))
        stat = _stat(file)
        if self.store is not None and stat is not None:
            known = self._cached(lambda store: store.known_key(where, *stat))
            if known is not None:
                if known in self._keys:
                    return None, Notice(str(file), f"same content as {self._keys[known]}; loaded once", error=False)
                card = self._cached(lambda store: store.card(known, file))
                if card is not None:
                    self.reused += 1
                    self._keys[known] = str(file)
                    return Entry(card, known), None
        with budget(seconds_for(stat[0] if stat else 0)):
            article, notice = self.reader.read(file)
            if article is None:
                return None, notice
            key = cache_key(article.id)
            if key in self._keys:
                return None, Notice(str(file), f"same content as {self._keys[key]}; loaded once", error=False)
            self._keys[key] = str(file)
            card = self._cached(lambda store: store.card(key, file))
            entry = Entry(card, key) if card is not None else None
            if entry is not None:
                self.reused += 1
            else:
                briefing = build_briefing(article)
                self.built += 1
                self._cached(lambda store: store.put(key, briefing))
                entry = Entry(Card.of(briefing), key if self.store is not None else None, briefing)
        if stat is not None and entry.key is not None:
            self._cached(lambda store: store.remember(where, *stat, key))
        return entry, notice

    def finish(self, roots: Iterable[Path]) -> None:
        """Forget the cached files under `roots` that were not found this time (deleted or moved)."""
        folders = [root.resolve() for root in roots if root.is_dir()]
        self._cached(lambda store: store.forget_missing(folders, self._present))

    def _cached(self, action: Callable[[Store], T]) -> T | None:
        """`action(store)`, or None once the cache has failed (said once, then left alone). A damaged cache is
        moved aside and rebuilt, once a run; the action is then done on the new one."""
        if self.store is None:
            return None
        try:
            return action(self.store)
        except sqlite3.Error as exc:
            failure: Exception = exc
            if is_damage(exc) and not self.healed:
                self.healed = True
                try:
                    aside = self.store.rebuild()
                    self.notices.append(Notice(str(self.store.path), f"the cache was damaged ({exc}); moved aside as {aside} and rebuilt", error=False))
                    return action(self.store)
                except (sqlite3.Error, OSError) as again:
                    failure = again
            self.notices.append(Notice(str(self.store.path), f"the cache failed ({failure}); going on without it", error=False))
            self.store = None
            return None


def _stat(file: Path) -> tuple[int, int] | None:
    try:
        stat = file.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _at(briefing: Briefing, file: Path) -> Briefing:
    """The cached briefing as read from `file` (the same content may have been cached from another path)."""
    if briefing.article.path == path_text(file):
        return briefing
    return briefing.model_copy(update={"article": briefing.article.model_copy(update={"path": path_text(file)})})


@dataclass
class BriefedLibrary:
    briefings: list[Briefing] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    built: int = 0
    reused: int = 0
    store: Store | None = None  # the cache after loading: None when it failed, a new one when it was rebuilt


def brief_library(paths: list[Path], store: Store | None, max_bytes: int = DEFAULT_MAX_BYTES) -> BriefedLibrary:
    """Every article under `paths` briefed, through the cache when there is one."""
    files, notices = discover(paths)
    loader = Loader(store, max_bytes)
    library = BriefedLibrary(notices=notices)
    for file in files:
        briefing, notice = loader.brief(file)
        if briefing is not None:
            library.briefings.append(briefing)
        if notice is not None:
            library.notices.append(notice)
    loader.finish(paths)
    library.notices += loader.notices
    library.built, library.reused, library.store = loader.built, loader.reused, loader.store
    return library
