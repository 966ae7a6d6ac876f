"""The library as the reader holds it: a card for every article and story, and whole briefings, stories and
cross-references only for the few in use; the rest stay in the cache until asked for.

The cache is the user's on disk or, without one, a database in memory: either way a briefing object lives only
while in use. A briefing the cache held but can no longer give is built again from its file; links the cache
cannot keep (it failed) are held.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from briefings.cache.faults import STORE_ERRORS
from briefings.model.cards import Card, Entry

if TYPE_CHECKING:  # the reader imports this module before its first screen: keep it light
    from briefings.cache.base import CacheStore
    from briefings.linking.crossref import CrossRef, End
    from briefings.linking.stories import Story, StoryCard
    from briefings.model.briefing import Briefing

_RECENT = 48  # whole briefings (and articles' cross-references) kept in memory as objects
_RECENT_STORIES = 4
T = TypeVar("T")


class _Recent(Generic[T]):
    """The values used most recently, `size` at most."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[str, T] = OrderedDict()

    def __len__(self) -> int:
        return len(self.values)

    def get(self, key: str) -> T | None:
        value = self.values.get(key)
        if value is not None:
            self.values.move_to_end(key)
        return value

    def put(self, key: str, value: T) -> None:
        self.values[key] = value
        self.values.move_to_end(key)
        while len(self.values) > self.size:
            self.values.popitem(last=False)


class Shelf(Mapping[str, "Briefing"]):
    """The briefings of a library by id, in library order; each thread reads the cache on a connection of its own."""

    def __init__(self, store: CacheStore | None) -> None:
        self._store = store
        self._cards: dict[str, Card] = {}
        self._keys: dict[str, str] = {}
        self._recent: _Recent[Briefing] = _Recent(_RECENT)
        self._lock = threading.Lock()
        self._local = threading.local()

    def add(self, entry: Entry) -> None:
        briefing_id = entry.card.id
        self._cards[briefing_id] = entry.card
        self._keys[briefing_id] = entry.key
        if entry.briefing is not None:
            self._remember(briefing_id, entry.briefing)

    def remove(self, briefing_id: str) -> None:
        """Take the briefing out of the library (its file is gone, or holds something else now)."""
        self._cards.pop(briefing_id, None)
        self._keys.pop(briefing_id, None)
        with self._lock:
            self._recent.values.pop(briefing_id, None)

    def use(self, store: CacheStore) -> None:
        """Read the briefings from `store` from now on (the cache that replaced a failed one)."""
        with self._lock:
            self._store = store
            self._local = threading.local()

    def card(self, briefing_id: str) -> Card:
        return self._cards[briefing_id]

    def key(self, briefing_id: str) -> str:
        """The key of the briefing in the cache."""
        return self._keys[briefing_id]

    def cards(self) -> list[Card]:
        return list(self._cards.values())

    @property
    def in_memory(self) -> int:
        """How many whole briefings are held in memory."""
        return len(self._recent)

    def __len__(self) -> int:
        return len(self._cards)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._cards))

    def __contains__(self, briefing_id: object) -> bool:
        return briefing_id in self._cards

    def __getitem__(self, briefing_id: str) -> Briefing:
        with self._lock:
            briefing = self._recent.get(briefing_id)
        if briefing is not None:
            return briefing
        card = self._cards[briefing_id]
        briefing = self._from_cache(self._keys[briefing_id]) or rebuilt(card)
        if briefing.article.path != card.path:  # the same content was cached from another file
            briefing = briefing.model_copy(update={"article": briefing.article.model_copy(update={"path": card.path})})
        self._remember(briefing_id, briefing)
        return briefing

    def _remember(self, briefing_id: str, briefing: Briefing) -> None:
        with self._lock:
            self._recent.put(briefing_id, briefing)

    def _from_cache(self, key: str) -> Briefing | None:
        if self._store is None:
            return None
        try:
            reader = getattr(self._local, "store", None)
            if reader is None:
                reader = self._local.store = self._store.reader()
            return reader.briefing(key)
        except STORE_ERRORS:
            return None


def rebuilt(card: Card) -> Briefing:
    """The briefing of `card`'s file, built again (the cache no longer gives it); KeyError when it cannot be, as
    the file's own notice would have said."""
    from briefings.extract import build_briefing
    from briefings.readers.files import ArticleReader, unexpected

    article, notice = ArticleReader().read(Path(card.path))  # regular files only, within the size limit
    try:
        if article is not None:
            return build_briefing(article)
    except Exception as exc:  # the file changed since, and now fails: as if it could not be read
        notice = unexpected(Path(card.path), "could not be briefed", exc)
    raise KeyError(f"{card.path}: gone from the cache and cannot be read again ({notice.reason if notice else 'unknown'})")


class StoryShelf(Mapping[str, "Story"]):
    """A library's stories by id, in order: a card for each, and whole story briefings (some hundred kilobytes
    each) read from the cache when asked for, or all held when there is no cache to read them from."""

    def __init__(self, cards: list[StoryCard], store: CacheStore | None = None, library: str = "", held: list[Story] | None = None) -> None:
        self._cards = {card.id: card for card in cards}
        self._store = store
        self._library = library  # its `library_key` in the cache
        self._held = {story.id: story for story in held or []}
        self._recent: _Recent[Story] = _Recent(_RECENT_STORIES)
        self._reader: CacheStore | None = None

    @classmethod
    def holding(cls, stories: list[Story]) -> StoryShelf:
        from briefings.linking.stories import StoryCard

        return cls([StoryCard.of(story) for story in stories], held=stories)

    def cards(self) -> list[StoryCard]:
        return list(self._cards.values())

    def card(self, story_id: str) -> StoryCard:
        return self._cards[story_id]

    def __len__(self) -> int:
        return len(self._cards)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cards)

    def __getitem__(self, story_id: str) -> Story:
        """The story `story_id`, read from the cache on the thread that asks (the reader's: one connection)."""
        if story_id in self._held:
            return self._held[story_id]
        if story_id not in self._cards:
            raise KeyError(story_id)
        story = self._recent.get(story_id)
        if story is None:
            assert self._store is not None  # a story not held is in the cache
            self._reader = self._reader or self._store.reader()
            story = self._reader.story(self._library, story_id)
            if story is None:
                raise KeyError(f"{story_id}: gone from the cache")
            self._recent.put(story_id, story)
        return story


class CrossrefShelf:
    """Each article's cross-references (link, its side, the other side), strongest first: read from the cache for
    the article shown, or all held when there is no cache to read them from."""

    def __init__(self, store: CacheStore | None = None, library: str = "", held: Sequence[CrossRef] = ()) -> None:
        self._store = store
        self._library = library  # its `library_key` in the cache
        self._held: dict[str, list[tuple[CrossRef, End, End]]] = {}
        if held:
            from briefings.linking.crossref import links_by_briefing

            self._held = links_by_briefing(held)
        self._recent: _Recent[list[tuple[CrossRef, End, End]]] = _Recent(_RECENT)
        self._reader: CacheStore | None = None

    def of(self, briefing_id: str) -> list[tuple[CrossRef, End, End]]:
        """`briefing_id`'s cross-references, read from the cache on the thread that asks (the reader's)."""
        if self._store is None:
            return self._held.get(briefing_id, [])
        found = self._recent.get(briefing_id)
        if found is None:
            self._reader = self._reader or self._store.reader()
            try:
                links = self._reader.crossrefs_of(self._library, briefing_id)
            except STORE_ERRORS:
                links = []
            found = [(link, link.a, link.b) if link.a.briefing == briefing_id else (link, link.b, link.a) for link in links]
            self._recent.put(briefing_id, found)
        return found
