"""Stories: the articles of a library that report one event, and the briefing that merges them."""

from __future__ import annotations

from pydantic import BaseModel

from briefings.linking.crossref import CrossRef, Linker
from briefings.linking.entities import LibraryEntity
from briefings.linking.stories.grouping import group, similarity
from briefings.linking.stories.merge import merge
from briefings.linking.stories.models import Story, StoryCard, StoryFigure, StoryItem, StoryPoint, StorySource

__all__ = ["Links", "Story", "StoryCard", "StoryFigure", "StoryItem", "StoryPoint", "StorySource", "link_stories"]


class Links(BaseModel):
    """What linking a library finds: its cross-references, its stories, and its entities (each with the
    articles that mention it, not every mention)."""

    crossrefs: list[CrossRef]
    stories: list[Story]
    entities: list[LibraryEntity]


def link_stories(linker: Linker) -> tuple[list[CrossRef], list[Story]]:
    """The stories of the library `linker` read, each with its merged briefing, in the order of their first
    article; and the cross-references a reader is shown, made only inside a story: never between two events."""
    closeness, founding = similarity(linker.profiles, linker.dates)
    crossrefs: list[CrossRef] = []
    stories = []
    for members in group(len(linker.ids), closeness, founding):
        centrality = {n: sum(closeness.get((min(n, m), max(n, m)), 0.0) for m in members) for n in members}
        lead = max(members, key=lambda n: (centrality[n], -n))
        links = linker.story(members)
        crossrefs += links.shown
        stories.append(merge([links.briefings[n] for n in members], links.every, links.briefings[lead]))
    return crossrefs, stories
