"""What a briefing puts in the search index: each body sentence and each item, with the place a hit goes to."""

from __future__ import annotations

from collections.abc import Iterator

from briefings.model.article import BODY_KINDS, BlockKind
from briefings.model.briefing import Briefing
from briefings.model.location import Location, sentence_around, window
from briefings.model.section import Section
from briefings.model.span import Span


def entries(briefing: Briefing) -> Iterator[tuple[Location, Span, str, str]]:
    """What a briefing puts in a search index: its title, each body sentence (those of the first paragraph, the
    lede, apart with the title) and each item, as the place a hit goes to, the passage a hit quotes, the words
    indexed in its section and those indexed as its context (a figure's sentence: `figure:400,000 chips` finds the
    figure in a sentence about chips, while `chips` alone is a hit in the text)."""
    article = briefing.article
    lede = next((n for n, block in enumerate(article.blocks) if block.kind is BlockKind.PARAGRAPH), None)
    for block in article.blocks:
        if block.kind is BlockKind.HEADLINE:
            yield Location(briefing.id, block.span, Section.LEAD), block.span, article.passage(block.span), ""
    for sentence in article.sentences:
        if article.blocks[sentence.block].kind in BODY_KINDS:
            section = Section.LEAD if sentence.block == lede else None
            yield Location(briefing.id, sentence.span, section), sentence.span, article.passage(sentence.span), ""
    for section in (Section.SUMMARY, Section.FAQ, Section.CAVEATS, Section.TIMELINE):
        for index, item in enumerate(getattr(briefing, section.value)):
            indexed = f"{item.question} {item.answer}" if section is Section.FAQ else article.passage(item.cite)
            yield Location(briefing.id, item.cite, section, index), item.cite, indexed, ""
    for index, figure in enumerate(briefing.figures):
        passage = window(article.text, figure.cite, figure.span)
        own = " ".join(words for words in (figure.text, figure.unit, figure.subject, figure.qualifier) if words)
        yield Location(briefing.id, figure.cite, Section.FIGURES, index), passage, own, article.passage(passage)
    for index, entity in enumerate(briefing.entities):
        mention = entity.mentions[0]
        passage = window(article.text, sentence_around(briefing, mention), mention)
        yield Location(briefing.id, mention, Section.ENTITIES, index), passage, " ".join([entity.name, *entity.aliases]), ""
