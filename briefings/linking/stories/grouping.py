"""Which articles report the same event: they share the words that mark it (its names and rare words), each
weighted by its rarity in English at large, not in the library, so that two articles of one event form a
story when loaded alone as well as among ten thousand.

Two articles are compared only when they share a telling word that few articles of the library hold (an
inverted index over their profiles, one article's partners at a time), so the cost grows with the library,
not with its square. Groups grow by linkage: an article joins a story when it is close to one of its
articles and not far from the others on average, so a chain of near neighbours never becomes one story.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefings.text.rarity import rarity

STORY_THRESHOLD = 0.2  # cosine of two articles' profiles from which they tell one event
STORY_AVERAGE = 0.12  # ...and the least average closeness of an article to a story it joins
MAX_DAYS_APART = 7  # two dated articles further apart than this report different events
_SHARED_WORDS = 2  # rare words two articles of one event share at the least: one shared name is no event
_RARE = 2.0  # a rare word: one that English uses less than ten times in a million words ("tariffs", names)
_FLOOR = 0.05  # closeness below this counts as none
_PROPOSES = 50  # a word in more profiles than this proposes no pairs (it still counts in the pairs found)
_EVERYWHERE = 0.05  # a word in more than this share of a large library weighs less the more articles hold it


def similarity(
    profiles: Sequence[dict[str, float]], dates: Sequence[datetime.date | None]
) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """The closeness (cosine) of each pair of articles, by number, that may report one event; and the pairs
    that share at least two rare words, the only ones that may found a story (the others count toward a
    story's average)."""
    holders: dict[str, list[int]] = defaultdict(list)
    for number, words in enumerate(profiles):
        for word in words:
            holders[word].append(number)
    vectors = _vectors(profiles, {word: len(numbers) for word, numbers in holders.items()})
    found: dict[tuple[int, int], float] = {}
    founding: set[tuple[int, int]] = set()
    for i, vector in enumerate(vectors):
        partners: defaultdict[int, float] = defaultdict(float)
        shared: Counter[int] = Counter()
        for word, weight in vector.items():
            numbers = holders[word]
            if len(numbers) <= _PROPOSES:
                rare = rarity(word) >= _RARE
                for j in numbers:
                    if j > i:
                        partners[j] += weight * vectors[j][word]
                        shared[j] += rare
        for j, value in partners.items():
            if value >= _FLOOR and _close_in_time(dates[i], dates[j]):
                found[i, j] = value
                if shared[j] >= _SHARED_WORDS:
                    founding.add((i, j))
    return found, founding


def _vectors(profiles: Sequence[dict[str, float]], holders: dict[str, int]) -> list[dict[str, float]]:
    """The profiles as unit vectors; in a large library a word most articles hold weighs less."""
    total = len(profiles)
    floor = max(5.0, _EVERYWHERE * total)
    scale = math.log(1 + 1 / _EVERYWHERE)

    def damped(word: str) -> float:
        count = holders[word]
        return 1.0 if count <= floor else math.log(1 + total / count) / scale

    vectors = []
    for words in profiles:
        weights = {word: weight * damped(word) for word, weight in words.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({word: w / norm for word, w in weights.items()})
    return vectors


def _close_in_time(first: datetime.date | None, second: datetime.date | None) -> bool:
    return first is None or second is None or abs((first - second).days) <= MAX_DAYS_APART


def group(count: int, closeness: dict[tuple[int, int], float], founding: set[tuple[int, int]]) -> list[list[int]]:
    """Groups of two or more articles (by number), each in library order; the closest `founding` pairs join
    first."""
    members: dict[int, list[int]] = {n: [n] for n in range(count)}  # story -> its articles; a story is named by one
    story_of = list(range(count))
    for (i, j), value in sorted(closeness.items(), key=lambda item: (-item[1], item[0])):
        if value < STORY_THRESHOLD:
            break
        if (i, j) not in founding:
            continue
        one, other = story_of[i], story_of[j]
        if one == other:
            continue
        pairs = [(min(a, b), max(a, b)) for a in members[one] for b in members[other]]
        if sum(closeness.get(pair, 0.0) for pair in pairs) / len(pairs) < STORY_AVERAGE:
            continue
        members[one] += members.pop(other)
        for article in members[one]:
            story_of[article] = one
    return sorted((sorted(group) for group in members.values() if len(group) > 1), key=lambda g: g[0])
