"""Places the reader can go: a passage of one briefing's article, and the links that lead there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader imports this module before any model: keep it light
    from briefings.briefing import Briefing
    from briefings.models import Span

SECTION_LABELS = {
    "summary": "Summary",
    "figures": "Key figures",
    "faq": "FAQ",
    "caveats": "Caveats",
    "entities": "Entities",
    "timeline": "Timeline",
    "crossrefs": "Cross-references",
    None: "Article text",
}


@dataclass(frozen=True)
class Location:
    """A passage of a briefing's article (None: the article's top), and the briefing item it belongs to, if any."""

    briefing: str
    span: Span | None = None
    section: str | None = None
    item: int | None = None


def sentence_around(briefing: Briefing, span: Span) -> Span:
    """The sentence that holds the start of `span`; outside every sentence (a title, a heading), its block."""
    for sentence in briefing.article.sentences:
        if sentence.span.start <= span.start < sentence.span.end:
            return sentence.span
    for block in briefing.article.blocks:
        if block.span.start <= span.start < block.span.end:
            return block.span
    return span


def entity_mentions(briefings: Iterable[Briefing], name: str) -> list[Location]:
    """Every mention of the entity called `name` (or with that alias) across the library, in library order."""
    found: list[Location] = []
    for briefing in briefings:
        for index, entity in enumerate(briefing.entities):
            if entity.name == name or name in entity.aliases:
                found.extend(Location(briefing.id, mention, "entities", index) for mention in entity.mentions)
    return found
