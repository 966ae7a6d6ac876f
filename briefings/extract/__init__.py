"""The extraction pipeline: an Article in, a Briefing out. Pure, deterministic, offline."""

from __future__ import annotations

from briefings.budget import check
from briefings.extract.caveats import extract_caveats
from briefings.extract.entities import extract_entities
from briefings.extract.faq import extract_faq
from briefings.extract.figures import extract_figures
from briefings.extract.summary import extract_summary
from briefings.extract.timeline import extract_timeline
from briefings.model.article import Article
from briefings.model.briefing import Briefing
from briefings.readers.boilerplate import furniture


def build_briefing(article: Article) -> Briefing:
    """Every section of the briefing, each item citing its passage of `article.text`. Within a time budget
    (`briefings.budget`), the stages check it as they go."""
    left_out = furniture(article)
    figures = extract_figures(article, left_out)
    entities = extract_entities(article)
    caveats = extract_caveats(article)
    timeline = extract_timeline(article, left_out)
    check()
    summary = extract_summary(article, figures, left_out)
    faq = extract_faq(article, figures, entities, caveats, timeline)
    check()
    return Briefing(
        id=article.id,
        article=article,
        summary=summary,
        figures=figures,
        faq=faq,
        caveats=caveats,
        entities=entities,
        timeline=timeline,
    )
