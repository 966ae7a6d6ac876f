"""The search syntax, turned into an SQLite FTS5 query: words, "quoted phrases", and field filters
(`figure:`, `caveat:`, `entity:`, `faq:`, `summary:`, `timeline:`, `text:`).

Every word is quoted, so nothing a reader types is taken as FTS5 syntax: a query never fails to parse.
`BM25` scores a passage as FTS5's own bm25() does, for queries too common for FTS5 to rank quickly.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.model.section import FILTERS, INDEXED, Section
from briefings.search.hits import K1, MIN_PREFIX, MOST_WORDS, B, terms

# One FTS5 column per section, so that a field filter is a column filter.
COLUMNS = tuple(section.column for section in INDEXED if section.column)
TEXT_COLUMN = Section.TEXT.column
_PART = re.compile(r'(?:(?P<field>[A-Za-z]+):)?(?:"(?P<phrase>[^"]*)("|$)|(?P<word>[^\s"]+))')


@dataclass(frozen=True)
class Phrase:
    """A word or a quoted phrase, in one column or any; with `prefix`, its last word also begins longer words."""

    words: tuple[str, ...]
    column: str | None = None
    prefix: bool = False

    @property
    def match(self) -> str:
        """The phrase for FTS5. A prefix is also sought whole ('"chip" OR "chip"*'): the word typed in full
        then matches twice and ranks above the longer words it begins ("chipmaker")."""
        quoted = '"' + " ".join(w.replace('"', '""') for w in self.words) + '"'
        expression = f"({quoted} OR {quoted}*)" if self.prefix else quoted
        return f"{self.column} : {expression}" if self.column else expression

    @property
    def needles(self) -> tuple[str, ...]:
        """The phrase as it stands in a passage's words (`plain`, spaced, a space before and after them all): a
        space before it and after it; a prefix also without the space after."""
        whole = " " + plain(" ".join(self.words)) + " "
        return (whole, whole[:-1]) if self.prefix else (whole,)


@dataclass(frozen=True)
class Query:
    """A query as FTS5 takes it (`match`: all its phrases), with the words it looks for and the prefix it
    completes, if any."""

    phrases: tuple[Phrase, ...]
    words: frozenset[str]
    prefix: str | None

    @property
    def match(self) -> str:
        return " AND ".join(phrase.match for phrase in self.phrases)


def fts_query(query: str, typing: bool = False) -> Query | None:
    """`query` for FTS5; None when it holds no word. With `typing`, the last word (not in a closed phrase) also
    matches as a prefix, from its third letter."""
    phrases: list[Phrase] = []
    words: list[str] = []
    last_open = False
    for match in _PART.finditer(query):
        if len(words) >= MOST_WORDS:  # the rest is let go: no prefix either, its last word is not being typed
            last_open = False
            break
        field, phrase, word = match.group("field"), match.group("phrase"), match.group("word")
        column = FILTERS[field.lower()].column if field and field.lower() in FILTERS else None
        text = phrase if phrase is not None else word
        if field and column is None:
            text = f"{field} {text}"  # not a field: its name is a word like the others
        found = terms(text)[: MOST_WORDS - len(words)]
        if not found:
            continue
        words += found
        phrases.append(Phrase(tuple(found), column))
        last_open = phrase is None or not match.group(0).endswith('"')
    if not phrases:
        return None
    prefix = None
    if typing and not query[-1:].isspace() and last_open and len(words[-1]) >= MIN_PREFIX:
        phrases[-1] = Phrase(phrases[-1].words, phrases[-1].column, prefix=True)
        prefix = words[-1]
    return Query(tuple(phrases), frozenset(words), prefix)


class BM25:
    """FTS5's bm25() for `phrases`, whose needles (see `Phrase.needles`) are each found in `having` of all
    `passages`, of `average` words: the score (higher is better; FTS5 negates it) of a passage whose indexed words
    (`plain`, spaced) are in `column` of `weight`, and its context's in the text's column (of weight 1). A phrase
    kept to one column counts only there, as FTS5 counts it."""

    def __init__(self, phrases: Sequence[Phrase], having: Sequence[float], passages: int, average: float) -> None:
        self.needles = [(needle, phrase.column) for phrase in phrases for needle in phrase.needles]
        self.idfs = [max(math.log((passages - count + 0.5) / (count + 0.5)), 1e-6) for count in having]
        self.average = average

    def __call__(self, words: str, column: str | None, weight: float, context: str = "") -> float:
        padded, around = f" {words} ", f" {context} "
        length = words.count(" ") + 1 + (context.count(" ") + 1 if context else 0)
        norm = K1 * (1 - B + B * length / self.average)
        score = 0.0
        for (needle, only), idf in zip(self.needles, self.idfs, strict=True):
            frequency = weight * _occurrences(padded, needle) if only in (None, column) else 0.0
            frequency += _occurrences(around, needle) if context and only in (None, TEXT_COLUMN) else 0
            score += idf * frequency * (K1 + 1) / (frequency + norm)
        return score


def _occurrences(text: str, needle: str) -> int:
    """How often `needle` stands in `text`, overlapping ones too (" a " twice in " a a "), as FTS5 counts a
    phrase's instances."""
    count, at = 0, text.find(needle)
    while at >= 0:
        count += 1
        at = text.find(needle, at + 1)
    return count


def needle_counts(phrases: Sequence[Phrase], having: Sequence[float]) -> list[float]:
    """Each phrase's count (`having`) for each of its needles, as `BM25` takes them."""
    return [count for phrase, count in zip(phrases, having, strict=True) for _ in phrase.needles]


def plain(text: str) -> str:
    """`text` without diacritics, which FTS5's tokenizer leaves out too."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
