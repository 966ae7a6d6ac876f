"""Word classes from LemmInflect's lexicon of English (read on first use, then cached per word).

The figures' grammar asks them: is the word after a number a noun of the quantity ("three rounds"), or
a verb, adverb or preposition ("the two sides held", "40 metres away"); is the noun plural.

The lexicon is LemmInflect's own lookup table, read here rather than through `lemminflect.getAllLemmas`:
importing LemmInflect loads numpy and its loader parses all 80,000 lines into dictionaries, about half a
second in every process that briefs an article; the table is sorted by word, so it is decompressed whole
(about 25 ms) and each word found by bisection. The readings are LemmInflect's (tests compare them).
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

# Nouns whose plural is the word itself, or that are plural only.
_PLURAL_AS_WRITTEN = frozenset(
    "people police staff personnel cattle crew livestock clergy militia infantry troops youth sheep fish deer "
    "aircraft offspring species series".split()
)


@lru_cache(maxsize=65536)
def word_classes(word: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's readings of a lower-case word: part of speech to lemmas; empty when it lacks the word
    (as `lemminflect.getAllLemmas(word)` gives them)."""
    word = word.lower()
    lines, overrides = _lexicon()
    readings: dict[str, tuple[str, ...]] = {}
    at = bisect_left(lines, word, key=_word_of)
    while at < len(lines) and _word_of(lines[at]) == word:
        _, category, forms = lines[at].split(",")
        readings[_UPOS.get(category, category.upper())] = tuple(form.lower() for form in forms.split("/"))
        at += 1
    readings.update(overrides.get(word, {}))
    return readings


def _word_of(line: str) -> str:
    return line.partition(",")[0]


_UPOS = {"modal": "AUX"}  # LemmInflect's categories are parts of speech in lower case, but for this one


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[str], dict[str, dict[str, tuple[str, ...]]]]:
    """LemmInflect's lookup table ("word,category,lemma/lemma", sorted by word) and its overrides, read from
    its package's resources without importing it."""
    spec = find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed")
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"
    lines = gzip.decompress((resources / "lemma_lu.csv.gz").read_bytes()).decode("utf-8").splitlines()
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (resources / "lemma_overrides.csv").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, upos, lemma = line.split(",")
            overrides.setdefault(word, {})[upos] = (lemma.lower(),)
    return lines, overrides


def can_be_noun(word: str) -> bool:
    """Whether the word has a noun reading, or is one the lexicon lacks (names, "Britons", "apps")."""
    classes = word_classes(word.lower())
    return not classes or "NOUN" in classes or "PROPN" in classes


def is_plural_noun(word: str) -> bool:
    """A noun in the plural: "rounds", "children", "people"; a word the lexicon lacks, when it ends in -s, unless
    it is written in capitals (an acronym: "NHS"; "MPs" and "CLUBS" are plurals)."""
    lower = word.lower()
    if lower in _PLURAL_AS_WRITTEN:
        return True
    classes = word_classes(lower)
    if not classes:
        return lower.endswith("s") and not lower.endswith("ss") and not word.isupper()
    lemmas = classes.get("NOUN", ())
    return (bool(lemmas) and lower not in lemmas) or (lower.endswith("s") and lower[:-1] in lemmas)


def is_superlative(word: str) -> bool:
    """An adjective in the superlative: "largest", "biggest", "oldest" (not "interest", "west")."""
    lower = word.lower()
    if lower == "most":
        return True
    lemmas = word_classes(lower).get("ADJ", ())
    return lower.endswith("est") and bool(lemmas) and lower not in lemmas
