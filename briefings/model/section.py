"""The sections of a briefing, each with everything that names it: the briefing's field, the label a reader
sees, the search index's column, the filter words a query may use for it, and its weight in ranking."""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    """A section of a briefing or a story briefing. Its value is the briefing's field (`Briefing.figures`);
    TEXT is the article's own sentences (a `Location` whose section is None)."""

    label: str
    column: str | None  # the FTS5 column its passages are indexed in; None: not searched
    aliases: tuple[str, ...]  # what a query may write before ":" to search it alone
    weight: float  # how much a match in it counts against one in the article's text

    def __new__(cls, value: str, label: str, column: str | None, aliases: tuple[str, ...], weight: float) -> Section:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label, member.column, member.aliases, member.weight = label, column, aliases, weight
        return member

    # Items rank above the plain sentence they quote; figures first, since a number is usually what is sought; an
    # article's title and lede above all, since a word there is what the article is about.
    TEXT = ("text", "Article text", "body", ("text",), 1.0)
    LEAD = ("lead", "Title and lede", "lead", ("title", "lede", "lead"), 2.0)  # an article's own title and first paragraph
    SUMMARY = ("summary", "Summary", "summary", ("summary",), 1.3)
    FIGURES = ("figures", "Key figures", "figure", ("figure", "figures"), 1.6)
    FAQ = ("faq", "FAQ", "faq", ("faq",), 1.2)
    CAVEATS = ("caveats", "Caveats", "caveat", ("caveat", "caveats"), 1.15)
    TIMELINE = ("timeline", "Timeline", "timeline", ("timeline",), 1.1)
    ENTITIES = ("entities", "Entities", "entity", ("entity", "entities"), 1.0)  # a name alone: short, so it ranks high
    CROSSREFS = ("crossrefs", "Cross-references", None, (), 0.0)
    SINGLE_SOURCE = ("single_source", "Only one source", None, (), 0.0)
    SOURCES = ("sources", "Sources", None, (), 0.0)

    @classmethod
    def of(cls, name: str | None) -> Section:
        """The section a location names (None: the article's text)."""
        return cls.TEXT if name is None else cls[name.upper()]


# A briefing's sections in the order it shows them; a story briefing adds two.
BRIEFING_SECTIONS = (Section.SUMMARY, Section.FIGURES, Section.FAQ, Section.CAVEATS, Section.ENTITIES, Section.TIMELINE)
STORY_SECTIONS = (*BRIEFING_SECTIONS, Section.SINGLE_SOURCE, Section.SOURCES)
# The search index's columns, in the order of its table; and which one each filter word searches.
INDEXED = tuple(section for section in Section if section.column is not None)
FILTERS = {alias: section for section in INDEXED for alias in section.aliases}
