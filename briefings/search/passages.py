"""What a briefing puts in the search index: each body sentence and each item, with the place a hit goes to."""

from __future__ import annotations

from collections.abc import Iterator

from briefings.model.article import BODY_KINDS
from briefings.model.briefing import Briefing
from briefings.model.location import Location, sentence_around, window
from briefings.model.section import Section
from briefings.model.span import Span


def entries(briefing: Briefing) -> Iterator[tuple[Location, Span, str]]:
    """What a briefing puts in a search index: each body sentence and each item, as the place a hit goes to,
    the passage a hit quotes, and the words indexed."""
    article = briefing.article
    for sentence in article.sentences:
        if article.blocks[sentence.block].kind in BODY_KINDS:
            yield Location(briefing.id, sentence.span), sentence.span, article.passage(sentence.span)
    for section in (Section.SUMMARY, Section.FAQ, Section.CAVEATS, Section.TIMELINE):
        for index, item in enumerate(getattr(briefing, section.value)):
            indexed = f"{item.question} {item.answer}" if section is Section.FAQ else article.passage(item.cite)
            yield Location(briefing.id, item.cite, section, index), item.cite, indexed
    for index, figure in enumerate(briefing.figures):
        # A figure's own words count twice, so that of the figures in one sentence the one sought ranks first.
        passage = window(article.text, figure.cite, figure.span)
        yield Location(briefing.id, figure.cite, Section.FIGURES, index), passage, f"{figure.text} {article.passage(passage)}"
    for index, entity in enumerate(briefing.entities):
        mention = entity.mentions[0]
        passage = window(article.text, sentence_around(briefing, mention), mention)
        yield Location(briefing.id, mention, Section.ENTITIES, index), passage, " ".join([entity.name, *entity.aliases])
