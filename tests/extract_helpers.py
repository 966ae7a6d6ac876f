"""Build a briefing from article text written in a test."""

from pathlib import Path

from briefings.extract import build_briefing
from briefings.model.briefing import Briefing
from briefings.readers.formats import read_article


def briefing_of(text: str, name: str = "story.txt") -> Briefing:
    article, _ = read_article(Path(name), text.encode("utf-8"))
    return build_briefing(article)


def figures_of(sentence: str) -> list[tuple]:
    """(text, value, unit, qualifier) of each figure, in reading order."""
    briefing = briefing_of(sentence)
    figures = sorted(briefing.figures, key=lambda f: f.span.start)
    return [(f.text, f.value, f.unit, f.qualifier) for f in figures]
