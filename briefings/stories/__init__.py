"""Stories: the articles of a library that report one event, and the briefing that merges them."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.briefing import Briefing
from briefings.crossref import CrossRef, cross_reference
from briefings.stories.grouping import group, similarity
from briefings.stories.merge import merge
from briefings.stories.models import Story, StoryFigure, StoryItem, StoryPoint, StorySource

__all__ = ["Story", "StoryFigure", "StoryItem", "StoryPoint", "StorySource", "build_stories"]


def build_stories(briefings: Sequence[Briefing], crossrefs: Sequence[CrossRef]) -> list[Story]:
    """The stories of the library, each with its merged briefing, in the order of their first article."""
    closeness = similarity(briefings, crossrefs)
    groups = group(len(briefings), closeness)
    stories = []
    for members in groups:
        centrality = {n: sum(closeness.get((min(n, m), max(n, m)), 0.0) for m in members) for n in members}
        lead = max(members, key=lambda n: (centrality[n], -n))
        articles = [briefings[n] for n in members]
        stories.append(merge(articles, cross_reference(articles, every_link=True), briefings[lead]))
    return stories
