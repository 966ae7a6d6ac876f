"""Cross-references between the articles of a library: the same figure as each outlet reports it, and sentences
that state the same claim in other words (or contradict it).

Sentences are compared only when they share a concept that is not everywhere (an inverted index blocks
the pairs), so the cost grows with the number of sentences, not with its square.
"""

from __future__ import annotations

import bisect
import datetime
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, partial
from itertools import combinations, pairwise

from pydantic.dataclasses import dataclass as model_dataclass

from briefings.linking.crossref.concepts import (
    GENERIC_COUNTERS,
    NO_CLAIM,
    NUMBER_WORDS,
    PEOPLE,
    concept,
    concepts,
    negated,
    negates_one_of,
    phrases,
    written_forms,
)
from briefings.linking.crossref.magnitude import bounded_below, interval
from briefings.linking.crossref.profiles import profile
from briefings.model.article import BODY_KINDS, Article, Span
from briefings.model.briefing import Briefing, Figure, FigureKind

CLAIM_THRESHOLD = 0.3  # cosine of two sentences' concepts, rarity-weighted, above which they state one claim
FIGURE_THRESHOLD = 0.2  # the same for the sentences of two figures of one kind
PER_ARTICLE_PAIR = 16  # the strongest links kept between two articles
SAME_QUANTITY_FACTOR = 100.0  # two reports of one quantity are within this factor of each other; beyond, they differ in kind
PER_PASSAGE = 3  # links from one passage into one other article
STORY_CLAIMS_PER_PASSAGE = 3  # within a story: the same claim restated in one other article rarely more often
_COMMON_CAP = 50  # a concept in more of a story's sentences than this does not propose pairs
_SHARED_TO_COMPARE = 2  # rare concepts two passages must share to be compared at all
_ORDER_BONUS, _ORDER_CAP = 0.1, 0.3  # per concept pair or three-word run two passages share, and its cap
_COMMON_NUMBER = 10  # whole numbers up to this are in too many sentences to tell one figure by its amount
_PEOPLE_ENDINGS = tuple(word for word in PEOPLE if len(word) >= 6)  # a compound of one counts people too: "dockworkers"
_NEAR_FLOORS = 0.8  # two floors of one count are within a fifth of each other ("at least 846", "more than 800")
_FIGURE_BONUS = 0.5  # a quantity in both sentences is stronger evidence than their words alone


# A link found but not yet kept: its strength, kind, how to make it (only the kept ones are made), its passages.
_Candidate = tuple[float, "Kind", "Callable[[], CrossRef]", tuple[int, int]]


class Kind(StrEnum):
    FIGURE = "figure"
    CLAIM = "claim"


class Relation(StrEnum):
    CONSISTENT = "consistent"
    CONFLICTING = "conflicting"
    CORROBORATES = "corroborates"
    CONTRADICTS = "contradicts"


@model_dataclass(frozen=True, slots=True)
class End:
    """One side of a cross-reference: a briefing and the passage of its article (`span`: a figure's own words).

    A slotted dataclass: a library's entity index holds one per mention."""

    briefing: str
    cite: Span
    span: Span | None = None


@model_dataclass(frozen=True, slots=True)
class CrossRef:
    """Two passages of two articles that report the same figure or claim; `note` says why they are linked.

    A slotted dataclass too: a library of 10,000 articles has some 160,000 of them."""

    kind: Kind
    relation: Relation
    a: End
    b: End
    strength: float
    note: str


@dataclass(slots=True)
class _Passage:
    briefing: int
    span: Span
    concepts: frozenset[str]
    ordered: frozenset[int]  # hashes of its concept pairs and of its three-word runs: compact at library scale
    negated: bool


def _sentences(briefing: Briefing) -> Iterator[tuple[Span, str]]:
    """The body sentences of `briefing` that may state a claim, with their text."""
    article = briefing.article
    for sentence in article.sentences:
        if article.blocks[sentence.block].kind not in BODY_KINDS:
            continue
        text = article.passage(sentence.span)
        if text.rstrip().endswith("?") or NO_CLAIM.search(text):
            continue  # a question states no claim; "did not respond to a request for comment" none of the story's
        yield sentence.span, text


def _passages(number: int, briefing: Briefing) -> Iterator[_Passage]:
    for span, text in _sentences(briefing):
        words = concepts(text)
        ordered = frozenset(hash(pair) for pair in pairwise(words)) | frozenset(hash(run) for run in phrases(text))
        yield _Passage(number, span, frozenset(words), ordered, negated(text))


class _Similarity:
    """Rarity-weighted cosine of two passages' concepts, with a bonus for concepts in the same order and for
    wording they share. Rarity is counted over every passage of the library; the passages compared are those of
    one story."""

    def __init__(self, weight: dict[str, float], passages: list[_Passage]) -> None:
        self.weight = weight
        self.norms = [math.sqrt(sum(self.weight[c] for c in p.concepts)) or 1.0 for p in passages]

    def __call__(self, passages: list[_Passage], i: int, j: int) -> float:
        shared = passages[i].concepts & passages[j].concepts
        cosine = sum(self.weight[c] for c in shared) / (self.norms[i] * self.norms[j])
        shared_order = len(passages[i].ordered & passages[j].ordered)
        return cosine + min(_ORDER_CAP, _ORDER_BONUS * shared_order)


def _candidate_pairs(passages: list[_Passage], members: Sequence[int], cap: int) -> Iterator[tuple[int, int]]:
    """Pairs of `members` (passage numbers, ascending) of different articles that share at least two concepts
    found in `cap` of them or fewer.

    Counted one passage at a time, so that memory holds one passage's partners, not every pair.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for number in members:
        for word in passages[number].concepts:
            postings[word].append(number)
    rare = {word: numbers for word, numbers in postings.items() if 1 < len(numbers) <= cap}
    for i in members:
        passage = passages[i]
        partners: Counter[int] = Counter()
        for word in passage.concepts:
            numbers = rare.get(word)
            if numbers is not None:
                partners.update(j for j in numbers[bisect.bisect_right(numbers, i) :] if passages[j].briefing != passage.briefing)
        yield from ((i, j) for j, count in partners.items() if count >= _SHARED_TO_COMPARE)


class Linker:
    """A library read once for what linking needs of every article: its id, date and profile, and how many of its
    sentences hold each concept (their rarity). The sentences of a story's articles are compared when the story
    is linked, from its briefings read again then: memory holds no sentence of the library, so a library of
    10,000 links in a few hundred megabytes."""

    def __init__(self, briefings: Sequence[Briefing], each: Callable[[Briefing], None] | None = None) -> None:
        """Read each of `briefings` once (it may be read from the cache then), handing it to `each` too."""
        self.briefings = briefings
        self.ids: list[str] = []
        self.dates: list[datetime.date | None] = []
        self.profiles: list[dict[str, float]] = []
        self.frequency: Counter[str] = Counter()  # concept -> sentences of the library that hold it
        self.sentences = 0
        for briefing in briefings:
            self.ids.append(briefing.id)
            self.dates.append(briefing.article.published)
            self.profiles.append(profile(briefing))
            for _, text in _sentences(briefing):
                self.frequency.update(set(concepts(text)))
                self.sentences += 1
            if each is not None:
                each(briefing)

    @cached_property
    def weights(self) -> dict[str, float]:
        """Each concept's weight: the rarer among the library's sentences, the more it tells."""
        total = max(self.sentences, 1)
        return {c: math.log(1 + total / n) ** 2 for c, n in self.frequency.items()}

    def story(self, articles: Sequence[int]) -> StoryLinks:
        """The links among the `articles` (by number) of one story, strongest first: every link (merging the
        story needs every passage that reports a point), and the few a reader is shown (a few per passage and
        per pair of articles); with the story's briefings, read once more. Its few articles are compared on all
        but their most common concepts."""
        briefings = {article: self.briefings[article] for article in sorted(articles)}
        passages: list[_Passage] = []
        figures_at: dict[int, list[Figure]] = {}
        for article, briefing in briefings.items():
            first = len(passages)
            passages += _passages(article, briefing)
            figures_at |= _figures_by_passage(briefing, passages, first)
        compared = _StoryPassages(passages, figures_at, _Similarity(self.weights, passages))
        texts = _StoryTexts(passages, {article: briefing.article for article, briefing in briefings.items()})
        candidates = self._candidates(compared, _COMMON_CAP, texts)
        pairs = {pair for *_, pair in candidates}
        candidates += self._same_figures(compared, pairs)
        # Ties go by the passages' order, not by the order found; strengths are compared rounded: both the order
        # found and a sum's last bits follow sets of words, whose order changes with each run's string hashing.
        found = sorted(candidates, key=lambda item: (-round(item[0], 9), item[3], item[1]))
        every: list[CrossRef] = []
        claims: dict[tuple[int, int], int] = defaultdict(int)  # (passage, other article) -> claims kept
        for _, kind, make, (i, j) in found:
            if kind is Kind.CLAIM:
                ai, bj = passages[i].briefing, passages[j].briefing
                if claims[i, bj] >= STORY_CLAIMS_PER_PASSAGE or claims[j, ai] >= STORY_CLAIMS_PER_PASSAGE:
                    continue
                claims[i, bj] += 1
                claims[j, ai] += 1
            every.append(make())
        return StoryLinks(every, _keep_strongest(found, passages), briefings)

    def _same_figures(self, story: _StoryPassages, compared: set[tuple[int, int]]) -> list[_Candidate]:
        """Passages of one story's articles that give one distinctive figure of the same thing, in whatever other
        words: the same amount ("13% of the total" and "13 percent"; "the 18 days of protests" and "the 18-day
        uprising"), or amounts whose ranges agree in sentences that say the same of them ("at least 846 people were
        killed" and "the killing of more than 800 protesters"). A small whole number is too common to tell by its
        amount alone: it needs the sentences' words too."""
        passages, figures_at = story.passages, story.figures_at
        holders: dict[tuple[str, str | None], list[tuple[int, Figure]]] = defaultdict(list)
        for number in range(len(passages)):
            for figure in figures_at.get(number, ()):
                if _amount(figure) is not None:
                    holders[figure.kind, _measure(figure)].append((number, figure))
        reported: dict[tuple[int, int], tuple[list[Figure], list[Figure]]] = {}  # the figures of one quantity, by passages
        for held in holders.values():
            for (i, first), (j, second) in combinations(held, 2):
                if passages[i].briefing != passages[j].briefing and (i, j) not in compared and _one_figure(first, second, passages[i], passages[j]):
                    firsts, seconds = reported.setdefault((i, j), ([], []))
                    firsts.append(first)
                    seconds.append(second)
        found: list[_Candidate] = []
        for (i, j), (firsts, seconds) in reported.items():
            strength = story.similarity(passages, i, j)
            found += _figure_links(self.ids, passages[i].briefing, passages[j].briefing, firsts, seconds, strength, (i, j))
        return found

    def _candidates(self, story: _StoryPassages, cap: int, texts: _StoryTexts) -> list[_Candidate]:
        passages, figures_at, similarity = story.passages, story.figures_at, story.similarity
        found: list[_Candidate] = []
        for i, j in _candidate_pairs(passages, range(len(passages)), cap):
            strength = similarity(passages, i, j)
            if i in figures_at and j in figures_at and strength >= FIGURE_THRESHOLD:
                one, other = passages[i].briefing, passages[j].briefing
                found += _figure_links(self.ids, one, other, figures_at[i], figures_at[j], strength, (i, j))
            if strength >= CLAIM_THRESHOLD:
                make = partial(_claim, self.ids, passages, (i, j), strength, similarity, texts)
                found.append((strength, Kind.CLAIM, make, (i, j)))
        return found


@dataclass(frozen=True)
class StoryLinks:
    """The links of one story: every one, those a reader is shown, and the story's briefings by number."""

    every: list[CrossRef]
    shown: list[CrossRef]
    briefings: dict[int, Briefing]


@dataclass(frozen=True)
class _StoryPassages:
    """The sentences of one story's articles, numbered in story order, with the figures each holds."""

    passages: list[_Passage]
    figures_at: dict[int, list[Figure]]
    similarity: _Similarity


def links_by_briefing(crossrefs: Sequence[CrossRef]) -> dict[str, list[tuple[CrossRef, End, End]]]:
    """For each briefing, its cross-references as (link, this side, the other side), strongest first."""
    found: dict[str, list[tuple[CrossRef, End, End]]] = defaultdict(list)
    for link in crossrefs:
        found[link.a.briefing].append((link, link.a, link.b))
        found[link.b.briefing].append((link, link.b, link.a))
    return dict(found)


def _figures_by_passage(briefing: Briefing, passages: list[_Passage], first: int) -> dict[int, list[Figure]]:
    """The figures of `briefing` by the passage (from number `first` on) that holds them."""
    by_start = {passages[n].span.start: n for n in range(first, len(passages))}
    found: dict[int, list[Figure]] = defaultdict(list)
    for figure in briefing.figures:
        if figure.kind in (FigureKind.SCORE, FigureKind.ORDINAL):
            continue  # a score or a place in an order is no quantity to weigh against another outlet's
        passage = by_start.get(figure.cite.start)
        if passage is not None:
            found[passage].append(figure)
    return found


class _StoryTexts:
    """The passages' own words, for the links of one story: their text, and each concept's word as written
    (kept once a passage, as a passage takes part in many links)."""

    def __init__(self, passages: list[_Passage], articles: dict[int, Article]) -> None:
        self.passages = passages
        self.articles = articles
        self.forms: dict[int, dict[str, str]] = {}

    def text(self, passage: int) -> str:
        found = self.passages[passage]
        return self.articles[found.briefing].passage(found.span)

    def written(self, passage: int, wanted: list[str]) -> list[str]:
        if passage not in self.forms:
            self.forms[passage] = written_forms(self.text(passage))
        forms = self.forms[passage]
        return [forms[c] for c in wanted if c in forms]


def _claim(
    ids: Sequence[str], passages: list[_Passage], pair: tuple[int, int], strength: float, similarity: _Similarity, texts: _StoryTexts
) -> CrossRef:
    """Two sentences that state one claim; one contradicts the other when it alone negates or disputes a word
    they share ("did not confirm a tunnel collapse"), not when a negation elsewhere in it is about something
    else. The note names the shared words as the first sentence writes them."""
    a, b = passages[pair[0]], passages[pair[1]]
    shared = a.concepts & b.concepts
    disputes = [passage.negated and negates_one_of(texts.text(number), shared) for passage, number in zip((a, b), pair, strict=True)]
    relation = Relation.CONTRADICTS if disputes[0] != disputes[1] else Relation.CORROBORATES
    words = texts.written(pair[0], sorted(shared, key=lambda c: (-similarity.weight[c], c))[:4])
    quoted = ", ".join(f"“{word}”" for word in words)
    note = f"one disputes what the other states about {quoted}" if relation is Relation.CONTRADICTS else f"both state it, in the words {quoted}"
    return CrossRef(
        kind=Kind.CLAIM,
        relation=relation,
        a=End(briefing=ids[a.briefing], cite=a.span),
        b=End(briefing=ids[b.briefing], cite=b.span),
        strength=round(strength, 3),
        note=note,
    )


def _figure_links(
    ids: Sequence[str],
    one: int,
    other: int,
    firsts: list[Figure],
    seconds: list[Figure],
    strength: float,
    pair: tuple[int, int],
) -> list[_Candidate]:
    """Figures of one kind in two sentences that speak of the same thing: the same quantity, agreeing or not.

    Each figure is paired once, agreeing pairs first: "12 percent against 5 percent" in both sentences
    pairs 12 with 12 and 5 with 5, not every figure with every other.
    """
    pairs = [
        (first, second, agree)
        for first in firsts
        for second in seconds
        if first.kind == second.kind and _same_measure(first, second) and _comparable(first, second)
        for agree in [_agree(first, second)]
        if agree or (_same_subject(first, second) and _names_what(first) and _names_what(second))  # differ: both say of what
    ]
    found: list[tuple[float, Kind, Callable[[], CrossRef], tuple[int, int]]] = []
    used: set[Span] = set()
    for first, second, agree in sorted(pairs, key=lambda p: (not p[2], p[0].value != p[1].value)):
        if first.span in used or second.span in used:
            continue
        used.update((first.span, second.span))
        make = partial(
            CrossRef,
            kind=Kind.FIGURE,
            relation=Relation.CONSISTENT if agree else Relation.CONFLICTING,
            a=End(briefing=ids[one], cite=first.cite, span=first.span),
            b=End(briefing=ids[other], cite=second.cite, span=second.span),
            strength=round(strength + _FIGURE_BONUS, 3),
            note=f"“{first.text}” and “{second.text}”: {_agreement(first, second) if agree else 'the figures differ'}",
        )
        found.append((strength + _FIGURE_BONUS, Kind.FIGURE, make, pair))
    return found


def _agreement(first: Figure, second: Figure) -> str:
    """How two agreeing figures agree: one amount ("the same figure"), or amounts that allow one another ("at least
    41 people" and "at least 38 people": "the figures agree")."""
    same = (first.value, first.low, first.high) == (second.value, second.low, second.high)
    return "the same figure" if same else "the figures agree"


def _counted(figure: Figure) -> str | None:
    """What a figure counts or measures: its unit, or the last word of its text ("chips" in "millions of H200 chips");
    a count of protesters, victims or children is a count of people; nothing when its text ends in a number ("857
    million" may count what another outlet's "857 million individuals" does)."""
    return _head(figure.unit or figure.text) if _names_what(figure) else None


def _names_what(figure: Figure) -> bool:
    """Whether the figure says what it is an amount of: a unit, or a word that is no number at the end of its text."""
    return bool(figure.unit) or figure.text.split()[-1].lower() not in NUMBER_WORDS


def _same_subject(first: Figure, second: Figure) -> bool:
    """Whether both figures name what they are of, and it is one thing: the heads of their subjects agree ("Chinese
    imports" and "imports"; "people" and "boys", both people)."""
    heads = [_head(figure.subject) for figure in (first, second)]
    return heads[0] is not None and heads[0] == heads[1]


def _head(subject: str | None) -> str | None:
    """The last word of `subject` as a concept; "people" for any word that counts people ("dockworkers" too)."""
    word = subject.split()[-1].lower() if subject and subject.split() else ""
    if not word.isalpha():
        return None
    return "people" if word in PEOPLE or word.endswith(_PEOPLE_ENDINGS) else concept(word)


def _measure(figure: Figure) -> str | None:
    """What a figure is an amount of: money and percentages by their unit as written, counts by what they count."""
    return figure.unit if figure.kind in (FigureKind.MONEY, FigureKind.PERCENT) else _counted(figure)


def _amount(figure: Figure) -> tuple[float, ...] | None:
    """A figure's amount: its value, or a range's two ends ("three to 10 years"); None when it states none."""
    if figure.value is not None:
        return (round(figure.value, 6),)
    if figure.low is not None and figure.high is not None:
        return (round(figure.low, 6), round(figure.high, 6))
    return None


def _one_figure(first: Figure, second: Figure, here: _Passage, there: _Passage) -> bool:
    """Whether two figures of one measure, in two articles of a story, report one quantity: the same amount (a
    value, or a range's ends), or amounts whose ranges agree in sentences that share a word beyond the figures (what
    is said of them)."""
    amount = _amount(first)
    if amount is not None and amount == _amount(second) and not all(map(_common, amount)):
        return True
    if _measure(first) is None or not _agree(first, second):
        return False
    said = here.concepts & there.concepts - {*concepts(first.text), *concepts(second.text)}
    return any(not (word.isdigit() or word in NUMBER_WORDS) for word in said)


def _common(value: float) -> bool:
    """A small whole number: in too many sentences to tell one figure by its amount alone."""
    return value <= _COMMON_NUMBER and value.is_integer()


def _same_measure(first: Figure, second: Figure) -> bool:
    """Money in one currency, percentages, or counts of the same thing (a generic "units" counts anything).

    Both figures are of one kind already; the extractor's kind says money or percent, for every currency.
    """
    if first.kind in (FigureKind.MONEY, FigureKind.PERCENT):
        return first.unit == second.unit
    one, other = _counted(first), _counted(second)
    if one is None or other is None or bool({one, other} & GENERIC_COUNTERS):
        return True
    return one.endswith(other) or other.endswith(one)  # a compound counts its head: "dockworkers" are "workers"


def _comparable(first: Figure, second: Figure) -> bool:
    """Whether the two could be one quantity at all: "three firms" and "several hundred thousand units" cannot."""
    low, high = interval(first)
    other_low, other_high = interval(second)
    return low <= other_high * SAME_QUANTITY_FACTOR and other_low <= high * SAME_QUANTITY_FACTOR


def _agree(first: Figure, second: Figure) -> bool:
    """Whether the values the two figures' words allow overlap; two floors ("at least 912", "more than 1,300") only
    when they are near: each rounds the same count down ("at least 846", "more than 800"), else they count two things."""
    floor, other_floor = bounded_below(first), bounded_below(second)
    if floor is not None and other_floor is not None and floor > 0 and other_floor > 0:
        return min(floor, other_floor) / max(floor, other_floor) >= _NEAR_FLOORS
    low, high = interval(first)
    other_low, other_high = interval(second)
    return low <= other_high and other_low <= high


def _keep_strongest(found: list[_Candidate], passages: list[_Passage]) -> list[CrossRef]:
    """Of the candidates `found` (strongest first): a passage links at most PER_PASSAGE times into each other
    article, two passages once, and each article pair keeps its best."""
    kept: list[CrossRef] = []
    used: dict[tuple[int, int], int] = defaultdict(int)  # (passage, other article) -> links
    linked: set[tuple[int, int]] = set()
    per_pair: dict[tuple[int, int], int] = defaultdict(int)
    for _, _, make, (i, j) in found:
        ai, bj = passages[i].briefing, passages[j].briefing
        article_pair = (min(ai, bj), max(ai, bj))
        if (i, j) in linked or used[i, bj] >= PER_PASSAGE or used[j, ai] >= PER_PASSAGE or per_pair[article_pair] >= PER_ARTICLE_PAIR:
            continue
        linked.add((i, j))
        used[i, bj] += 1
        used[j, ai] += 1
        per_pair[article_pair] += 1
        kept.append(make())
    return kept
