"""Merging the briefings of one story: each point once, with the sources that report it and those that dispute it.

Two passages are the same point when a cross-reference says so (a corroborating claim, a consistent figure);
nothing is reworded: every item is one source's own item, and the others are cited beside it.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from briefings.linking.crossref import CrossRef, End, Kind, Relation
from briefings.linking.entities import entity_index
from briefings.linking.stories.models import (
    Story,
    StoryCaveat,
    StoryEvent,
    StoryFaq,
    StoryFigure,
    StoryItem,
    StoryPoint,
    StorySource,
)
from briefings.model.article import Span
from briefings.model.briefing import Briefing

MAX_POINTS = 8  # the story's summary: its points reported by the most sources, then the others, up to this many
_AGREE = (Relation.CORROBORATES, Relation.CONSISTENT)


class _Links:
    """For a passage of one source, the passages of the other sources linked to it, agreeing or not."""

    def __init__(self, crossrefs: Iterable[CrossRef]) -> None:
        ends: dict[str, list[tuple[End, End, CrossRef]]] = defaultdict(list)
        for link in crossrefs:
            ends[link.a.briefing].append((link.a, link.b, link))
            ends[link.b.briefing].append((link.b, link.a, link))
        # Each source's linked passages in text order, with their starts apart for bisection.
        self.by_briefing = {b: sorted(found, key=lambda e: e[0].cite.start) for b, found in ends.items()}
        self.starts = {b: [here.cite.start for here, _, _ in found] for b, found in self.by_briefing.items()}

    def of(self, briefing: str, cite: Span) -> tuple[list[End], list[End]]:
        """The agreeing and the disagreeing passages linked to `cite`, one per other passage; a source that
        agrees anywhere is never also counted as disputing it."""
        agree: dict[tuple[str, int], End] = {}
        disagree: dict[tuple[str, int], End] = {}
        found = self.by_briefing.get(briefing, [])
        for here, there, link in found[: bisect.bisect_left(self.starts.get(briefing, []), cite.end)]:
            if here.cite.overlaps(cite):
                side = agree if link.relation in _AGREE else disagree
                side.setdefault((there.briefing, there.cite.start), End(briefing=there.briefing, cite=there.cite))
        agreeing = {end.briefing for end in agree.values()}
        return list(agree.values()), [end for end in disagree.values() if end.briefing not in agreeing]


# One candidate item: its source, its passage, and how to make it once its links are known.
_Item = TypeVar("_Item", bound=StoryItem)
_Candidate = tuple[str, Span, Callable[[list[End], list[End]], _Item]]


def _merged(candidates: Iterable[_Candidate[_Item]], links: _Links) -> list[_Item]:
    """Each candidate unless an earlier one already stands for it (a linked, agreeing passage)."""
    covered: set[tuple[str, int]] = set()
    kept: list[_Item] = []
    for briefing, cite, make in candidates:
        if (briefing, cite.start) in covered:
            continue
        also, disputed = links.of(briefing, cite)
        covered.add((briefing, cite.start))
        covered.update((end.briefing, end.cite.start) for end in also)
        kept.append(make(also, disputed))
    return kept


def _round_robin(lists: Sequence[Sequence[_Candidate[_Item]]]) -> list[_Candidate[_Item]]:
    """The first item of each source, then the second of each, and so on."""
    return [entries[rank] for rank in range(max(map(len, lists), default=0)) for entries in lists if rank < len(entries)]


def merge(members: Sequence[Briefing], crossrefs: Sequence[CrossRef], lead: Briefing) -> Story:
    """The story briefing of `members` (`crossrefs`: the links among them; `lead`: whose title names it)."""
    ordered = sorted(members, key=lambda b: (b.article.published is None, b.article.published or 0))
    links = _Links(crossrefs)
    points = _merged(
        _round_robin([[(b.id, item.cite, _point(b, item.cite)) for item in b.summary] for b in ordered]),
        links,
    )
    figures = _figures(ordered, crossrefs)
    ids = [b.id for b in ordered]
    return Story(
        id="story-" + hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:10],
        title=lead.article.display_title,
        briefings=ids,
        sources=[_source(b) for b in ordered],
        summary=sorted(points, key=lambda p: -len(p.sources))[:MAX_POINTS],
        figures=figures,
        faq=_faq(ordered),
        caveats=_merged(
            _round_robin([[(b.id, c.cite, _maker(StoryCaveat, b.id, c.cite, caveat=c)) for c in b.caveats] for b in ordered]), links
        ),
        entities=entity_index(ordered).entities,
        timeline=sorted(
            _merged([(b.id, e.cite, _maker(StoryEvent, b.id, e.cite, event=e)) for b in ordered for e in b.timeline], links),
            key=lambda item: item.event.order,
        ),
        single_source=_single_source(ordered, links),
    )


def _maker(kind: type[_Item], briefing: str, cite: Span, **fields: object) -> Callable[[list[End], list[End]], _Item]:
    return lambda also, disputed: kind(briefing=briefing, cite=cite, also=also, disputed=disputed, **fields)


def _point(briefing: Briefing, cite: Span) -> Callable[[list[End], list[End]], StoryPoint]:
    return _maker(StoryPoint, briefing.id, cite, text=briefing.article.passage(cite))


def _source(briefing: Briefing) -> StorySource:
    article = briefing.article
    return StorySource(
        briefing=briefing.id,
        title=article.display_title,
        outlet=article.outlet,
        author=article.author,
        published=article.published,
        path=article.path,
    )


def _figures(ordered: Sequence[Briefing], crossrefs: Sequence[CrossRef]) -> list[StoryFigure]:
    """Every figure of every source; those a figure link joins are one group, shown side by side."""
    where: dict[tuple[str, Span | None], tuple[int, int]] = {(b.id, f.span): (n, k) for n, b in enumerate(ordered) for k, f in enumerate(b.figures)}
    group_of: dict[tuple[int, int], int] = {}
    groups: list[list[tuple[int, int]]] = []
    conflicting: set[int] = set()
    for link in crossrefs:
        if link.kind is not Kind.FIGURE:
            continue
        one, other = where.get((link.a.briefing, link.a.span)), where.get((link.b.briefing, link.b.span))
        if one is None or other is None:
            continue
        number = group_of.get(one, group_of.get(other))
        if number is None:
            number = len(groups)
            groups.append([])
        for figure in (one, other):
            if figure not in group_of:
                group_of[figure] = number
                groups[number].append(figure)
        if link.relation is Relation.CONFLICTING:
            conflicting.add(number)
    found: list[StoryFigure] = []
    for number, members in enumerate(groups):
        agreement = "conflicting" if number in conflicting else "consistent"
        found += [_story_figure(ordered, n, k, number, agreement) for n, k in sorted(members)]
    singles = [(n, k) for n, b in enumerate(ordered) for k in range(len(b.figures)) if (n, k) not in group_of]
    found += [_story_figure(ordered, n, k, len(groups) + rank, "one source") for rank, (n, k) in enumerate(singles)]
    return found


def _story_figure(ordered: Sequence[Briefing], n: int, k: int, group: int, agreement: str) -> StoryFigure:
    figure = ordered[n].figures[k]
    return StoryFigure(briefing=ordered[n].id, cite=figure.cite, figure=figure, group=group, agreement=agreement)


def _faq(ordered: Sequence[Briefing]) -> list[StoryFaq]:
    """The questions of every source, the articles' own first; one question asked by several sources once."""
    asked: dict[str, int] = {}
    found: list[StoryFaq] = []
    entries = [(b, item) for b in ordered for item in b.faq]
    for briefing, item in sorted(entries, key=lambda entry: entry[1].origin != "explicit"):
        key = " ".join(item.question.casefold().split())
        if key in asked:
            first = found[asked[key]]
            if briefing.id not in first.sources:
                found[asked[key]] = first.model_copy(update={"also": [*first.also, End(briefing=briefing.id, cite=item.cite)]})
            continue
        asked[key] = len(found)
        found.append(StoryFaq(briefing=briefing.id, cite=item.cite, item=item))
    return found


def _single_source(ordered: Sequence[Briefing], links: _Links) -> list[StoryPoint]:
    """The sentences of each source's summary, figures and caveats that no other source reports, in reading order."""
    found: list[StoryPoint] = []
    for briefing in ordered:
        cites = sorted({item.cite for item in [*briefing.summary, *briefing.figures, *briefing.caveats]}, key=lambda s: s.start)
        for cite in cites:
            also, disputed = links.of(briefing.id, cite)
            if not also:
                found.append(StoryPoint(briefing=briefing.id, cite=cite, text=briefing.article.passage(cite), disputed=disputed))
    return found
