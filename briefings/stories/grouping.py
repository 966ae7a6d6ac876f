"""Which articles report the same event: they share facts (cross-references) and most of their vocabulary.

Only articles with a cross-reference between them are compared, so grouping costs what cross-referencing
found, never every pair. Groups grow by average linkage: an article joins a story only when it is close to
the story's articles on average, so a chain of near neighbours never becomes one story.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from collections.abc import Sequence

from briefings.crossref import CrossRef, Linker

STORY_THRESHOLD = 0.33  # rarity-weighted cosine of two articles' concepts, from which they tell one event
MAX_DAYS_APART = 7  # two dated articles further apart than this report different events


class _Vectors:
    """Each article's concepts (counted once a sentence), weighted by log count and rarity in the library, as
    unit vectors."""

    def __init__(self, linker: Linker) -> None:
        counts: list[Counter[str]] = [Counter() for _ in linker.ids]
        for passage in linker.passages:
            counts[passage.briefing].update(passage.concepts)
        frequency = Counter(c for count in counts for c in count)
        total = len(counts)
        self.vectors: list[dict[str, float]] = []
        for count in counts:
            weights = {c: (1 + math.log(n)) * math.log(1 + total / frequency[c]) for c, n in count.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            self.vectors.append({c: w / norm for c, w in weights.items()})

    def cosine(self, i: int, j: int) -> float:
        one, other = sorted((self.vectors[i], self.vectors[j]), key=len)
        return sum(weight * other.get(c, 0.0) for c, weight in one.items())


def similarity(linker: Linker, crossrefs: Sequence[CrossRef]) -> dict[tuple[int, int], float]:
    """The closeness of each pair of articles that share a cross-reference and may be one event."""
    number = {briefing: n for n, briefing in enumerate(linker.ids)}
    pairs = {tuple(sorted((number[link.a.briefing], number[link.b.briefing]))) for link in crossrefs}
    vectors = _Vectors(linker) if pairs else None
    found: dict[tuple[int, int], float] = {}
    for i, j in sorted(pairs):
        if vectors is not None and _close_in_time(linker.dates[i], linker.dates[j]):
            found[i, j] = vectors.cosine(i, j)
    return found


def _close_in_time(first: datetime.date | None, second: datetime.date | None) -> bool:
    return first is None or second is None or abs((first - second).days) <= MAX_DAYS_APART


def group(count: int, closeness: dict[tuple[int, int], float]) -> list[list[int]]:
    """Groups of two or more articles (by number), each in library order; the closest pairs join first."""
    members: dict[int, list[int]] = {n: [n] for n in range(count)}  # story -> its articles; a story is named by one
    story_of = list(range(count))
    for (i, j), value in sorted(closeness.items(), key=lambda item: -item[1]):
        if value < STORY_THRESHOLD:
            break
        one, other = story_of[i], story_of[j]
        if one == other:
            continue
        pairs = [(min(a, b), max(a, b)) for a in members[one] for b in members[other]]
        if sum(closeness.get(pair, 0.0) for pair in pairs) / len(pairs) < STORY_THRESHOLD:
            continue
        members[one] += members.pop(other)
        for article in members[one]:
            story_of[article] = one
    return sorted((sorted(group) for group in members.values() if len(group) > 1), key=lambda g: g[0])
