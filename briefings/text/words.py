"""Word classes from LemmInflect's lexicon of English (loaded on first use, then cached per word).

The figures' grammar asks them: is the word after a number a noun of the quantity ("three rounds"), or
a verb, adverb or preposition ("the two sides held", "40 metres away"); is the noun plural.
"""

from __future__ import annotations

from functools import lru_cache

# Nouns whose plural is the word itself, or that are plural only.
_PLURAL_AS_WRITTEN = frozenset(
    "people police staff personnel cattle crew livestock clergy militia infantry troops youth sheep fish deer "
    "aircraft offspring species series".split()
)


@lru_cache(maxsize=65536)
def word_classes(word: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's readings of a lower-case word: part of speech to lemmas; empty when it lacks the word."""
    from lemminflect import getAllLemmas  # its lexicon loads on the first call, not at import

    return dict(getAllLemmas(word))


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
