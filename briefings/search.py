"""Search over a library: article text and every briefing item, ranked, with highlighted snippets.

`SearchIndex` is the interface the reader uses; `MemoryIndex` keeps everything in
memory, and an on-disk index can implement the same two methods.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol

from briefings.briefing import Briefing
from briefings.links import SECTION_LABELS, Location, sentence_around
from briefings.models import BODY_KINDS, Span

_TERM = re.compile(r"\w+(?:[.,'’]\w+)*")
# Items rank above the plain sentence they quote; figures first, since a number is usually what is sought.
SECTION_BOOST = {"figures": 1.6, "summary": 1.3, "faq": 1.2, "caveats": 1.15, "timeline": 1.1, "entities": 1.3, None: 1.0}
_SNIPPET = 110
_K1, _B = 1.2, 0.75


@dataclass(frozen=True)
class SearchHit:
    location: Location
    title: str
    section: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    score: float


class SearchIndex(Protocol):
    def add(self, briefing: Briefing) -> None: ...

    def search(self, query: str, limit: int = 50) -> list[SearchHit]: ...


def terms(text: str) -> list[str]:
    """Lower-cased words and numbers ('400,000' stays one term); possessives folded."""
    return [t.removesuffix("’s").removesuffix("'s") for t in _TERM.findall(text.lower())]


@dataclass
class _Document:
    location: Location
    title: str
    text: str
    offset: int
    length: int


class MemoryIndex:
    """An inverted index in memory, ranked by BM25 with a boost per briefing section."""

    def __init__(self) -> None:
        self._documents: list[_Document] = []
        self._postings: dict[str, dict[int, int]] = defaultdict(dict)
        self._vocabulary: list[str] = []
        self._sorted = True
        self._total_length = 0

    def __len__(self) -> int:
        return len(self._documents)

    def add(self, briefing: Briefing) -> None:
        article = briefing.article
        title = article.display_title
        for sentence in article.sentences:
            if article.blocks[sentence.block].kind in BODY_KINDS:
                self._add(Location(briefing.id, sentence.span), title, article.text, sentence.span)
        for section in ("summary", "faq", "caveats", "timeline"):
            for index, item in enumerate(getattr(briefing, section)):
                self._add(Location(briefing.id, item.cite, section, index), title, article.text, item.cite)
        for index, figure in enumerate(briefing.figures):
            # A figure's own words count twice, so that of the figures in one sentence the one sought ranks first.
            indexed = f"{figure.text} {article.passage(figure.cite)}"
            self._add(Location(briefing.id, figure.cite, "figures", index), title, article.text, figure.cite, indexed)
        for index, entity in enumerate(briefing.entities):
            mention = entity.mentions[0]
            names = " ".join([entity.name, *entity.aliases])
            self._add(Location(briefing.id, mention, "entities", index), title, article.text, sentence_around(briefing, mention), names)

    def _add(self, location: Location, title: str, text: str, span: Span, indexed: str | None = None) -> None:
        """Index `indexed` (by default the passage at `span`) under `location`; hits quote the passage."""
        words = terms(text[span.start : span.end] if indexed is None else indexed)
        number = len(self._documents)
        self._documents.append(_Document(location, title, text, span.start, span.end - span.start))
        for word in words:
            postings = self._postings[word]
            if not postings:
                self._sorted = False
            postings[number] = postings.get(number, 0) + 1
        self._total_length += len(words)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Hits for every word of the query (the last one as a prefix while it is being typed), best first."""
        words = terms(query)
        if not words:
            return []
        prefix = not query[-1:].isspace()
        expansions = [[w] for w in words[:-1]] + [self._expand(words[-1]) if prefix else [words[-1]]]
        scores: dict[int, float] = {}
        for alternatives in expansions:
            term_scores: dict[int, float] = defaultdict(float)
            for word in alternatives:
                for number, score in self._bm25(word).items():
                    term_scores[number] = max(term_scores[number], score)
            if not term_scores:
                return []
            scores = dict(term_scores) if not scores else {n: s + term_scores[n] for n, s in scores.items() if n in term_scores}
            if not scores:
                return []
        ranked = sorted(scores, key=lambda n: -scores[n] * SECTION_BOOST[self._documents[n].location.section])
        hits: list[SearchHit] = []
        seen: set[tuple[str, int]] = set()
        for number in ranked:
            document = self._documents[number]
            key = (document.location.briefing, document.offset)
            if key in seen:
                continue
            seen.add(key)
            hits.append(self._hit(document, expansions, scores[number] * SECTION_BOOST[document.location.section]))
            if len(hits) == limit:
                break
        return hits

    def _expand(self, prefix: str) -> list[str]:
        if not self._sorted:
            self._vocabulary = sorted(self._postings)
            self._sorted = True
        start = bisect.bisect_left(self._vocabulary, prefix)
        found = []
        for word in self._vocabulary[start : start + 200]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def _bm25(self, word: str) -> dict[int, float]:
        postings = self._postings.get(word)
        if not postings:
            return {}
        count = len(self._documents)
        average = self._total_length / count
        idf = math.log(1 + (count - len(postings) + 0.5) / (len(postings) + 0.5))
        return {
            number: idf * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * self._documents[number].length / 8 / average))
            for number, tf in postings.items()
        }

    def _hit(self, document: _Document, needles: list[list[str]], score: float) -> SearchHit:
        text = document.text[document.offset : document.offset + document.length]
        marks = [
            (m.start(), m.end())
            for m in _TERM.finditer(text)
            if any(m.group().lower().removesuffix("’s").removesuffix("'s").startswith(w) for ws in needles for w in ws)
        ]
        first = marks[0][0] if marks else 0
        start = max(0, min(first - _SNIPPET // 3, len(text) - _SNIPPET))
        end = min(len(text), start + _SNIPPET)
        snippet = ("…" if start else "") + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
        shift = 1 if start else 0
        kept = tuple((s - start + shift, e - start + shift) for s, e in marks if s >= start and e <= end)
        return SearchHit(document.location, document.title, SECTION_LABELS[document.location.section], snippet, kept, score)
