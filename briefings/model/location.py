"""Places the reader can go: a passage of one briefing's article, and the links that lead there."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefings.model.section import Section
from briefings.model.span import Span

if TYPE_CHECKING:  # the reader imports this module before any model: keep it light
    from briefings.model.briefing import Briefing

PASSAGE_CHARACTERS = 400  # what an item of a sentence longer than this indexes and quotes of it: the part around it
# Words that only say what kind of company a name is: "Acme Corp." is Acme.
_COMPANY_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "ag", "sa", "nv", "gmbh", "holdings"})


@dataclass(frozen=True)
class Location:
    """A passage of a briefing's article (None: the article's top), and the briefing item it belongs to, if any.

    With `story`, the item is one of that story's briefing, and the passage is in one of its sources.
    """

    briefing: str
    span: Span | None = None
    section: Section | None = None  # None: the article's own text
    item: int | None = None
    story: str | None = None


def name_key(name: str) -> str:
    """A name as compared: case, a leading "the", a possessive, a company suffix and spacing left out."""
    words = name.casefold().replace("’", "'").removesuffix("'s").replace(",", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].rstrip(".") in _COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def sentence_around(briefing: Briefing, span: Span) -> Span:
    """The sentence that holds the start of `span`; outside every sentence (a title, a heading), its block. Found
    by bisection: both are in text order."""
    sentence = briefing.article.sentence_at(span.start)
    if sentence is not None:
        return sentence.span
    blocks = briefing.article.blocks
    index = bisect.bisect_right(blocks, span.start, key=lambda block: block.span.start) - 1
    return blocks[index].span if index >= 0 and span.start < blocks[index].span.end else span


def window(text: str, passage: Span, item: Span) -> Span:
    """`passage`, or for one longer than PASSAGE_CHARACTERS the words of it around `item`: the many figures and
    names of one very long sentence must not each index and quote all of it (that grows as its square)."""
    if passage.end - passage.start <= PASSAGE_CHARACTERS:
        return passage
    start = max(passage.start, min(item.start - PASSAGE_CHARACTERS // 2, passage.end - PASSAGE_CHARACTERS))
    end = min(passage.end, start + PASSAGE_CHARACTERS)
    if start > passage.start:  # whole words only
        start = min(item.start, text.find(" ", start, item.start) + 1 or start)
    if end < passage.end and (space := text.rfind(" ", item.end, end)) > 0:
        end = space
    return Span(start=start, end=max(end, item.end))


def entity_mentions(briefings: Iterable[Briefing], names: Iterable[str]) -> list[Location]:
    """Every mention of the entity known by any of `names` across the library, in library order."""
    keys = {name_key(name) for name in names}
    found: list[Location] = []
    for briefing in briefings:
        for index, entity in enumerate(briefing.entities):
            if keys & {name_key(name) for name in (entity.name, *entity.aliases)}:
                found.extend(Location(briefing.id, mention, Section.ENTITIES, index) for mention in entity.mentions)
    return found
