"""Stories: the articles of a library that report one event, and the briefing that merges them."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, overload

from pydantic import BaseModel

from briefings.briefing import Briefing
from briefings.crossref import CrossRef, Linker
from briefings.entities import LibraryEntity, entity_index
from briefings.stories.grouping import group, similarity
from briefings.stories.merge import merge
from briefings.stories.models import Story, StoryFigure, StoryItem, StoryPoint, StorySource

if TYPE_CHECKING:
    from briefings.store import Store

__all__ = ["Links", "Story", "StoryFigure", "StoryItem", "StoryPoint", "StorySource", "link_library", "link_stories"]


class Links(BaseModel):
    """What linking a library finds: its cross-references, its stories, and its entities (each with the
    articles that mention it, not every mention)."""

    crossrefs: list[CrossRef]
    stories: list[Story]
    entities: list[LibraryEntity]


def link_library(briefings: Mapping[str, Briefing], store: Store | None = None) -> Links:
    """The links of the articles of `briefings` (by id, in library order); from `store` when it holds them for
    exactly this library (no briefing is read then), and kept there when they had to be found."""
    ids = list(briefings)
    if store is not None:
        try:
            stored = store.links(ids)
        except sqlite3.Error:
            stored, store = None, None
        if stored is not None:
            return stored
    in_order = _InOrder(briefings)
    crossrefs: list[CrossRef] = []
    stories: list[Story] = []
    if len(in_order) >= 2:
        crossrefs, stories = link_stories(Linker(in_order))
    links = Links(crossrefs=crossrefs, stories=stories, entities=entity_index(in_order, mentions=False).entities)
    if store is not None:
        with contextlib.suppress(sqlite3.Error):  # a cache another process holds: found again next time
            store.put_links(ids, links)
    return links


class _InOrder(Sequence[Briefing]):
    """The briefings of a mapping by position, each read only when asked for (a Shelf reads it from the cache)."""

    def __init__(self, briefings: Mapping[str, Briefing]) -> None:
        self.briefings = briefings
        self.ids = list(briefings)

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


def link_stories(linker: Linker) -> tuple[list[CrossRef], list[Story]]:
    """The stories of the library `linker` read, each with its merged briefing, in the order of their first
    article; and the cross-references a reader is shown, made only inside a story: never between two events."""
    briefings = linker.briefings
    closeness, founding = similarity(linker.profiles, linker.dates)
    crossrefs: list[CrossRef] = []
    stories = []
    for members in group(len(briefings), closeness, founding):
        centrality = {n: sum(closeness.get((min(n, m), max(n, m)), 0.0) for m in members) for n in members}
        lead = max(members, key=lambda n: (centrality[n], -n))
        every, shown = linker.story_links(members)
        crossrefs += shown
        stories.append(merge([briefings[n] for n in members], every, briefings[lead]))
    return crossrefs, stories
