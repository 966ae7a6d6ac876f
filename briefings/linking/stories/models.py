"""A story briefing: the briefings of several articles about one event, merged; every item names its sources.

An item quotes one source (`briefing`, `cite`, as any briefing item does) and lists under `also` the passages
where other sources report the same, and under `disputed` those where another source says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict

from briefings.linking.crossref import End
from briefings.linking.entities import LibraryEntity
from briefings.model.article import Span
from briefings.model.briefing import Caveat, FaqItem, Figure, TimelineEvent


class StorySource(BaseModel):
    """One article of the story, as the Sources section lists it."""

    model_config = ConfigDict(frozen=True)

    briefing: str
    title: str
    outlet: str | None
    author: str | None
    published: date | None
    path: str

    @property
    def details(self) -> list[str]:
        """Outlet, author and date, those it has."""
        return [part for part in (self.outlet, self.author, self.published.isoformat() if self.published else None) if part]


class StoryItem(BaseModel):
    """A passage of one source, and the same (or its denial) in the others."""

    model_config = ConfigDict(frozen=True)

    briefing: str
    cite: Span
    also: list[End] = []
    disputed: list[End] = []

    @property
    def sources(self) -> list[str]:
        """The briefings that report it, its own first."""
        return list(dict.fromkeys([self.briefing, *(end.briefing for end in self.also)]))


class StoryPoint(StoryItem):
    text: str


class StoryFigure(StoryItem):
    """One source's figure; figures of one `group` are the same quantity as each source reports it."""

    figure: Figure
    group: int
    agreement: str  # "consistent", "conflicting", or "one source"


class StoryFaq(StoryItem):
    item: FaqItem


class StoryCaveat(StoryItem):
    caveat: Caveat


class StoryEvent(StoryItem):
    event: TimelineEvent


class Story(BaseModel):
    """Articles about one event and their merged briefing; `title` is the lead article's own title."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    briefings: list[str]
    sources: list[StorySource]
    summary: list[StoryPoint] = []
    figures: list[StoryFigure] = []
    faq: list[StoryFaq] = []
    caveats: list[StoryCaveat] = []
    entities: list[LibraryEntity] = []
    timeline: list[StoryEvent] = []
    single_source: list[StoryPoint] = []

    @property
    def dates(self) -> list[str]:
        """The dates of its sources that have one, earliest first."""
        return sorted(s.published.isoformat() for s in self.sources if s.published)

    def source_number(self, briefing: str) -> int:
        """The number the Sources section gives to `briefing`'s article (from 1)."""
        return self.briefings.index(briefing) + 1


@dataclass(frozen=True, slots=True)
class StoryCard:
    """What the library lists of a story without its briefing: its sources' briefings, its earliest date."""

    id: str
    title: str
    briefings: tuple[str, ...]
    first_date: str | None

    @classmethod
    def of(cls, story: Story) -> StoryCard:
        dates = story.dates
        return cls(story.id, story.title, tuple(story.briefings), dates[0] if dates else None)
