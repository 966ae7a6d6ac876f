"""Stories: the articles of a library that report one event, and the briefing that merges them."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefings.briefing import Briefing
from briefings.crossref import CrossRef, Linker
from briefings.stories.grouping import group, similarity
from briefings.stories.merge import merge
from briefings.stories.models import Story, StoryFigure, StoryItem, StoryPoint, StorySource

if TYPE_CHECKING:
    from briefings.store import Store

__all__ = ["Story", "StoryFigure", "StoryItem", "StoryPoint", "StorySource", "build_stories", "link_library"]


def link_library(briefings: Sequence[Briefing], store: Store | None = None) -> tuple[list[CrossRef], list[Story]]:
    """The cross-references between the articles of `briefings`, and the stories they form; from `store` when
    it holds them for exactly this library, and kept there when they had to be found."""
    if len(briefings) < 2:
        return [], []
    ids = [b.id for b in briefings]
    if store is not None:
        try:
            stored = store.links(ids)
        except sqlite3.Error:
            stored, store = None, None
        if stored is not None:
            return stored
    linker = Linker(briefings)
    crossrefs = linker.links()
    stories = build_stories(linker, crossrefs)
    if store is not None:
        with contextlib.suppress(sqlite3.Error):  # a cache another process holds: found again next time
            store.put_links(ids, crossrefs, stories)
    return crossrefs, stories


def build_stories(linker: Linker, crossrefs: Sequence[CrossRef]) -> list[Story]:
    """The stories of the library `linker` read, given its cross-references (`linker.links()`), each with its
    merged briefing, in the order of their first article."""
    briefings = linker.briefings
    closeness = similarity(linker, crossrefs)
    groups = group(len(briefings), closeness)
    stories = []
    for members in groups:
        centrality = {n: sum(closeness.get((min(n, m), max(n, m)), 0.0) for m in members) for n in members}
        lead = max(members, key=lambda n: (centrality[n], -n))
        articles = [briefings[n] for n in members]
        stories.append(merge(articles, linker.every_link(members), briefings[lead]))
    return stories
