"""Linking a library through the cache: the links of exactly these articles are read back when the cache
holds them, and found (then kept) when it does not."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import overload

from briefings.cache.base import CacheStore
from briefings.cache.faults import STORE_ERRORS
from briefings.cache.store import library_key
from briefings.library.shelf import CrossrefShelf, Shelf, StoryShelf
from briefings.linking.crossref import CrossRef, Linker
from briefings.linking.entities import EntityCollector, LibraryEntity
from briefings.linking.stories import Links, Story, link_stories
from briefings.model.briefing import Briefing


def link_library(briefings: Mapping[str, Briefing], store: CacheStore | None = None) -> Links:
    """The links of the articles of `briefings` (by id, in library order); from `store` when it holds them for
    exactly this library (no briefing is read then), and kept there when they had to be found."""
    ids = list(briefings)
    if store is not None:
        try:
            stored = store.links(ids)
        except STORE_ERRORS:
            stored, store = None, None
        if stored is not None:
            return stored
    in_order = InOrder(briefings)
    entities = EntityCollector(mentions=False)
    linker = Linker(in_order, each=entities.add)  # every briefing read once, for both
    crossrefs: list[CrossRef] = []
    stories: list[Story] = []
    if len(in_order) >= 2:
        crossrefs, stories = link_stories(linker)
    links = Links(crossrefs=crossrefs, stories=stories, entities=list(entities.entities()))
    if store is not None:
        with contextlib.suppress(*STORE_ERRORS):  # a cache another process holds: found again next time
            store.put_links(ids, links)
    return links


class InOrder(Sequence[Briefing]):
    """The briefings of a mapping by position (those of `ids`, else all), each read only when asked for (a Shelf
    reads it from the cache)."""

    def __init__(self, briefings: Mapping[str, Briefing], ids: Sequence[str] | None = None) -> None:
        self.briefings = briefings
        self.ids = list(briefings if ids is None else ids)

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Briefing: ...

    @overload
    def __getitem__(self, index: slice) -> list[Briefing]: ...

    def __getitem__(self, index: int | slice) -> Briefing | list[Briefing]:
        if isinstance(index, slice):
            return [self.briefings[i] for i in self.ids[index]]
        return self.briefings[self.ids[index]]


def shelve_links(briefings: Shelf, store: CacheStore | None) -> tuple[CrossrefShelf, StoryShelf, list[LibraryEntity]]:
    """The links of the library on `briefings` as the reader holds them: from the cache when it has them (each
    article's cross-references and each story then read as they are shown), found here otherwise (and kept in
    the cache)."""
    ids = list(briefings)
    if store is not None:
        try:
            links = store.links(ids, every=False)
            if links is not None:
                library = library_key(ids)
                return CrossrefShelf(store, library), StoryShelf(store.story_cards(ids), store, library), links.entities
        except STORE_ERRORS:
            store = None
    links = link_library(briefings, store)
    return CrossrefShelf(held=links.crossrefs), StoryShelf.holding(links.stories), links.entities
