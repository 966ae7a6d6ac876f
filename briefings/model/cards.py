"""What the library lists of an article without its briefing, and an article as loaded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader lists cards before any model is imported: keep it light
    from briefings.model.briefing import Briefing


@dataclass(frozen=True, slots=True)
class Card:
    """What the library lists of an article without its briefing."""

    id: str
    title: str | None
    title_derived: bool
    outlet: str | None
    published: date | None
    path: str

    @classmethod
    def of(cls, briefing: Briefing) -> Card:
        article = briefing.article
        return cls(briefing.id, article.title, article.title_derived, article.outlet, article.published, article.path)

    @property
    def display_title(self) -> str:
        return self.title or self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Entry:
    """An article of the library as loaded: its card, its key in the cache, and its briefing when it is at hand
    (it was just built)."""

    card: Card
    key: str
    briefing: Briefing | None = None
