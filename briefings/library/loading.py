"""Briefing the files of a library through the cache: a file unchanged since it was last read is not even
read again, a file whose content was briefed before is not rebuilt, and only new content is.

A cache that fails while in use (another process holding it too long, a disk error) is left for one in memory
for the rest of the run: the library still loads, built from the files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from briefings import DEFAULT_MAX_BYTES
from briefings.budget import budget, seconds_for
from briefings.cache.store import Store, cache_key, is_damage
from briefings.errors import ArticleError
from briefings.extract import build_briefing
from briefings.model.cards import Card, Entry
from briefings.readers.discovery import Notice, path_text
from briefings.readers.files import ArticleReader, unexpected

T = TypeVar("T")


class Loader:
    """Briefs one file at a time, counting what it built and what it took from the cache."""

    def __init__(self, store: Store, max_bytes: int = DEFAULT_MAX_BYTES, notices: list[Notice] | None = None) -> None:
        self.store = store
        self.reader = ArticleReader(max_bytes)
        self.built = 0
        self.reused = 0
        self.notices: list[Notice] = [] if notices is None else notices  # what befell the cache
        self._present: set[str] = set()
        self._keys: dict[str, str] = {}  # cache key -> the file it was loaded from
        self.healed = False  # the cache was found damaged and rebuilt during this load
        self.emptied = False  # the cache lost what it held (rebuilt, or replaced by one in memory); set until read

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
        if stat is not None:
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
                entry = Entry(Card.of(briefing), key, briefing)
        if stat is not None:
            self._cached(lambda store: store.remember(where, *stat, key))
        return entry, notice

    def finish(self, roots: Iterable[Path]) -> None:
        """Forget the cached files under `roots` that were not found this time (deleted or moved)."""
        folders = [root.resolve() for root in roots if root.is_dir()]
        self._cached(lambda store: store.forget_missing(folders, self._present))

    def _cached(self, action: Callable[[Store], T]) -> T:
        """`action(store)`, done again on the cache that replaces a failed one (see `recover`): a rebuilt cache
        that fails too is left for one in memory."""
        try:
            return action(self.store)
        except sqlite3.Error as exc:
            self.recover(exc)
        try:
            return action(self.store)
        except sqlite3.Error as exc:
            self.recover(exc)
            return action(self.store)

    def recover(self, failure: Exception) -> None:
        """Go on after the cache failed: a damaged one is moved aside and rebuilt, once a run; otherwise, or when
        that fails, one in memory replaces it. Said in one notice; `emptied` tells what it held is gone."""
        where = str(self.store.path)
        self.emptied = True
        if self.store.on_disk and is_damage(failure) and not self.healed:
            self.healed = True
            try:
                aside = self.store.rebuild()
                self.notices.append(Notice(where, f"the cache was damaged ({failure}); moved aside as {aside} and rebuilt", error=False))
                return
            except (sqlite3.Error, OSError) as again:
                failure = again
        self.notices.append(Notice(where, f"the cache failed ({failure}); going on in memory", error=False))
        self.store = Store.in_memory()


def _stat(file: Path) -> tuple[int, int] | None:
    try:
        stat = file.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns
