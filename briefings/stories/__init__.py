"""Stories: the articles of a library that report one event, and the briefing that merges them."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.briefing import Briefing
from briefings.crossref import CrossRef, Linker
from briefings.stories.grouping import group, similarity
from briefings.stories.merge import merge
from briefings.stories.models import Story, StoryFigure, StoryItem, StoryPoint, StorySource

__all__ = ["Story", "StoryFigure", "StoryItem", "StoryPoint", "StorySource", "build_stories", "link_library"]


def link_library(briefings: Sequence[Briefing]) -> tuple[list[CrossRef], list[Story]]:
    """The cross-references between the articles of `briefings`, and the stories they form."""
    if len(briefings) < 2:
        return [], []
    linker = Linker(briefings)
    crossrefs = linker.links()
    return crossrefs, build_stories(linker, crossrefs)


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
