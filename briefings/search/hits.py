"""Search over a library: article text and every briefing item, ranked, with highlighted snippets.

`SearchIndex` is the interface the reader uses; `MemoryIndex` keeps everything in
memory (the reader adds each briefing as it loads), and an on-disk index can implement the same search.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Protocol

from briefings.model.article import BODY_KINDS, Span
from briefings.model.briefing import Briefing
from briefings.model.location import SECTION_LABELS, Location, sentence_around, window

_TERM = re.compile(r"\w+(?:[.,'’]\w+)*")
_WORD_CHAR = re.compile(r"\w")
# Items rank above the plain sentence they quote; figures first, since a number is usually what is sought.
SECTION_BOOST = {"figures": 1.6, "summary": 1.3, "faq": 1.2, "caveats": 1.15, "timeline": 1.1, "entities": 1.3, None: 1.0}
_SNIPPET = 110
K1, B = 1.2, 0.75  # BM25's constants, as FTS5's bm25() has them
# BM25 normalises by the average passage length; a fixed one keeps each weight final when it is added.
_AVERAGE_LENGTH = 22
_OVERFETCH = 3  # candidates per hit wanted: several items can quote one sentence, and a hit is shown once
MIN_PREFIX = 3  # a last word shorter than this matches whole words only: "p" would complete to half the vocabulary
MOST_WORDS = 16  # a query's words searched; the rest are let go (a pasted paragraph must not cost a word each)
MAX_COMPLETIONS = 24  # the most frequent words a prefix completes to
COMPLETION_DISCOUNT = 0.7


@dataclass(frozen=True)
class SearchHit:
    location: Location
    title: str
    section: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    score: float


class SearchIndex(Protocol):
    def search(self, query: str, limit: int = 50) -> list[SearchHit]: ...


def entries(briefing: Briefing) -> Iterator[tuple[Location, Span, str]]:
    """What a briefing puts in a search index: each body sentence and each item, as the place a hit goes to,
    the passage a hit quotes, and the words indexed."""
    article = briefing.article
    for sentence in article.sentences:
        if article.blocks[sentence.block].kind in BODY_KINDS:
            yield Location(briefing.id, sentence.span), sentence.span, article.passage(sentence.span)
    for section in ("summary", "faq", "caveats", "timeline"):
        for index, item in enumerate(getattr(briefing, section)):
            indexed = f"{item.question} {item.answer}" if section == "faq" else article.passage(item.cite)
            yield Location(briefing.id, item.cite, section, index), item.cite, indexed
    for index, figure in enumerate(briefing.figures):
        # A figure's own words count twice, so that of the figures in one sentence the one sought ranks first.
        passage = window(article.text, figure.cite, figure.span)
        yield Location(briefing.id, figure.cite, "figures", index), passage, f"{figure.text} {article.passage(passage)}"
    for index, entity in enumerate(briefing.entities):
        mention = entity.mentions[0]
        passage = window(article.text, sentence_around(briefing, mention), mention)
        yield Location(briefing.id, mention, "entities", index), passage, " ".join([entity.name, *entity.aliases])


def terms(text: str) -> list[str]:
    """Lower-cased words and numbers ('400,000' stays one term); possessives folded."""
    return [_fold(t) for t in _TERM.findall(text.lower())]


@functools.lru_cache(maxsize=1 << 16)  # marking a hit folds every word of its passage, and words recur
def _fold(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s")


@dataclass
class _Document:
    location: Location
    title: str
    text: str
    offset: int
    length: int


class MemoryIndex:
    """An inverted index in memory, ranked by BM25 with a boost per briefing section.

    Each posting keeps its final weight (term frequency, passage length and section boost), so that
    a query only multiplies by the term's rarity; a word's best postings are picked once and kept
    until the word is indexed again, so that a one-word query reads them off the front.
    """

    def __init__(self) -> None:
        self._documents: list[_Document] = []
        self._postings: dict[str, dict[int, float]] = {}
        self._ranked: dict[str, list[tuple[float, int]]] = {}  # a word's best postings, until it gets a new one
        self._vocabulary: list[str] = []

    def __len__(self) -> int:
        return len(self._documents)

    def add(self, briefing: Briefing) -> None:
        title = briefing.article.display_title
        for location, span, indexed in entries(briefing):
            self._add(location, title, briefing.article.text, span, indexed)

    def _add(self, location: Location, title: str, text: str, span: Span, indexed: str) -> None:
        """Index `indexed` under `location`; hits quote the passage at `span`."""
        words = terms(indexed)
        number = len(self._documents)
        self._documents.append(_Document(location, title, text, span.start, span.end - span.start))
        norm = K1 * (1 - B + B * len(words) / _AVERAGE_LENGTH)
        boost = SECTION_BOOST[location.section]
        for word, count in Counter(words).items():
            postings = self._postings.get(word)
            if postings is None:
                postings = self._postings[word] = {}
                bisect.insort(self._vocabulary, word)
            postings[number] = boost * count * (K1 + 1) / (count + norm)
            self._ranked.pop(word, None)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Passages holding every word of the query, best first; the last word, while typed, also as a prefix."""
        words = terms(query)
        if not words:
            return []
        cut = len(words) > MOST_WORDS
        words = words[:MOST_WORDS]
        last = words[-1]
        typing = not cut and not query[-1:].isspace() and len(last) >= MIN_PREFIX
        groups = [[w] for w in words[:-1] if w in self._postings]
        if len(groups) < len(words) - 1:
            return []
        completions = self._complete(last) if typing else [last] if last in self._postings else []
        if not completions:
            return []
        groups.append(completions)
        # A word's rarity, and for a completion a discount: the word typed in full ranks above longer ones it begins.
        idf = {w: self._idf(w) * (1.0 if w == last else COMPLETION_DISCOUNT) for group in groups for w in group}
        scores = self._best_of(completions, idf, limit * _OVERFETCH) if len(groups) == 1 else self._all_of(groups, idf)
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        marker = Marker(idf)
        hits: list[SearchHit] = []
        seen: set[tuple[str, int]] = set()
        for number in ranked:
            document = self._documents[number]
            key = (document.location.briefing, document.offset)
            if key not in seen:
                seen.add(key)
                hits.append(self._hit(document, marker, scores[number]))
                if len(hits) == limit:
                    break
        return hits

    def _complete(self, prefix: str) -> list[str]:
        """The word itself and the most frequent words it begins."""
        start = bisect.bisect_left(self._vocabulary, prefix)
        end = bisect.bisect_left(self._vocabulary, prefix + "\U0010ffff", start)
        found = sorted(self._vocabulary[start:end], key=lambda w: len(self._postings[w]), reverse=True)[:MAX_COMPLETIONS]
        if prefix in self._postings and prefix not in found:
            found.append(prefix)
        return found

    def _idf(self, word: str) -> float:
        count, having = len(self._documents), len(self._postings[word])
        return math.log(1 + (count - having + 0.5) / (having + 0.5))

    def _best_of(self, words: list[str], idf: dict[str, float], depth: int) -> dict[int, float]:
        """One word or its completions: the best-weighted postings of each, read off the front of its ranking."""
        scores: dict[int, float] = {}
        for word in words:
            ranked = self._ranked.get(word)
            if ranked is None or len(ranked) < depth:
                postings = self._postings[word]
                ranked = self._ranked[word] = heapq.nlargest(depth, zip(postings.values(), postings.keys(), strict=False))
            for weight, number in ranked[:depth]:
                score = idf[word] * weight
                if score > scores.get(number, 0.0):
                    scores[number] = score
        return scores

    def _all_of(self, groups: list[list[str]], idf: dict[str, float]) -> dict[int, float]:
        """Passages holding a word of every group, found from the group with the fewest passages."""
        postings = [[(self._postings[w], idf[w]) for w in group] for group in groups]
        sizes = [sum(len(p) for p, _ in group) for group in postings]
        driver = sizes.index(min(sizes))
        candidates = {n for p, _ in postings[driver] for n in p}
        scores: dict[int, float] = {}
        for number in candidates:
            total = 0.0
            for group in postings:
                best = max((p.get(number, 0.0) * weight for p, weight in group), default=0.0)
                if not best:
                    break
                total += best
            else:
                scores[number] = total
        return scores

    def _hit(self, document: _Document, marker: Marker, score: float) -> SearchHit:
        passage = document.text[document.offset : document.offset + document.length]
        return make_hit(document.location, document.title, passage, marker, score)


class Marker:
    """Finds a query's words in passages: the terms (as `terms` makes them) in `needles`, and those that begin
    with one of `prefixes`. A pattern of the words finds where to look; only there are terms read."""

    def __init__(self, needles: Collection[str], prefixes: tuple[str, ...] = ()) -> None:
        self.needles = frozenset(needles)
        self.prefixes = prefixes
        words = sorted({*needles, *prefixes}, key=len, reverse=True)
        self._where = re.compile("|".join(map(re.escape, words)), re.IGNORECASE) if words else None

    def marks(self, passage: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for candidate in self._where.finditer(passage) if self._where else ():
            start = candidate.start()
            if (found and start < found[-1][1]) or not _starts_term(passage, start):
                continue
            term = _TERM.match(passage, start)
            if term is not None and ((word := _fold(term.group())) in self.needles or word.startswith(self.prefixes)):
                found.append((start, term.end()))
        return found


def _starts_term(text: str, at: int) -> bool:
    """Whether a term (of `_TERM`) can begin at `at`: not within a word, nor after a word's inner '.,'’'."""
    if at and _WORD_CHAR.match(text, at - 1):
        return False
    return not (at >= 2 and text[at - 1] in ".,'’" and _WORD_CHAR.match(text, at - 2))


def make_hit(location: Location, title: str, passage: str, marker: Marker, score: float) -> SearchHit:
    """A hit quoting `passage` around the first of the query's words in it, every one of them marked."""
    marks = marker.marks(passage)
    first = marks[0][0] if marks else 0
    start = max(0, min(first - _SNIPPET // 3, len(passage) - _SNIPPET))
    end = min(len(passage), start + _SNIPPET)
    snippet = ("…" if start else "") + passage[start:end].replace("\n", " ") + ("…" if end < len(passage) else "")
    shift = 1 if start else 0
    kept = tuple((s - start + shift, e - start + shift) for s, e in marks if s >= start and e <= end)
    return SearchHit(location, title, SECTION_LABELS[location.section], snippet, kept, score)
