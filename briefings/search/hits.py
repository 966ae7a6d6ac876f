"""What search finds and shows: the terms a query and a passage are cut into, and hits quoting their passage
with the query's words marked. The index itself is the cache's SQLite FTS5 table (on disk, or in memory when
there is no cache), fed by `search.passages`. No model is imported here: `briefing search` starts with this."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from briefings.model.location import Location
from briefings.model.section import Section

_TERM = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")  # letters and digits: FTS5's unicode61 parts words at "_" too
_WORD_CHAR = re.compile(r"\w")
_SNIPPET = 110
K1, B = 1.2, 0.75  # BM25's constants, as FTS5's bm25() has them
MIN_PREFIX = 3  # a last word shorter than this matches whole words only: "p" would complete to half the vocabulary
MOST_WORDS = 16  # a query's words searched; the rest are let go (a pasted paragraph must not cost a word each)


@dataclass(frozen=True)
class SearchHit:
    location: Location
    title: str
    section: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True)
class Tally:
    """How much a query matches: its matches (passages and items), the articles they are in, and whether every
    match was counted."""

    matches: int
    articles: int
    complete: bool

    @classmethod
    def of(cls, hits: list[SearchHit]) -> Tally:
        """The tally of a search whose every match is among `hits` (fewer hits than were asked for)."""
        return cls(len(hits), len({hit.location.briefing for hit in hits}), True)

    def __str__(self) -> str:
        if not self.matches:
            return "no match"
        more = "" if self.complete else "+"
        return f"{self.matches:,}{more} match{'es' if self.matches != 1 else ''} in {self.articles:,}{more} article{'s' if self.articles != 1 else ''}"


def terms(text: str) -> list[str]:
    """Lower-cased words and numbers ('400,000' stays one term); possessives folded."""
    return [_fold(t) for t in _TERM.findall(text.lower())]


@functools.lru_cache(maxsize=1 << 16)  # marking a hit folds every word of its passage, and words recur
def _fold(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s")


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


def make_hit(location: Location, where: Section, title: str, passage: str, marker: Marker, score: float) -> SearchHit:
    """A hit in section `where`, quoting `passage` around the first of the query's words in it, every one of them
    marked."""
    marks = marker.marks(passage)
    first = marks[0][0] if marks else 0
    start = max(0, min(first - _SNIPPET // 3, len(passage) - _SNIPPET))
    end = min(len(passage), start + _SNIPPET)
    snippet = ("…" if start else "") + passage[start:end].replace("\n", " ") + ("…" if end < len(passage) else "")
    shift = 1 if start else 0
    kept = tuple((s - start + shift, e - start + shift) for s, e in marks if s >= start and e <= end)
    return SearchHit(location, title, where.label, snippet, kept, score)
