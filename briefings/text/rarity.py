"""How rare a word is in English at large, from wordfreq's frequency lists (loaded on first use).

A library of two or three articles cannot tell by itself that "Cosby" marks one event and "prison" does
not: inside it, every word is common. English at large can.
"""

from __future__ import annotations

import math
from functools import cache

COMMON_ZIPF = 6.0  # a word used this often ("said", "people": once in a million words or more) marks nothing


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # its lists load on the first call, not at import

    return get_frequency_dict("en")


def rarity(word: str) -> float:
    """0 for everyday words, up to 6 for a word English hardly uses (most names of people and places); `word`
    in lower case, a hyphenated word by its rarest part."""
    if "-" in word:
        return max(map(rarity, filter(None, word.split("-"))), default=COMMON_ZIPF)
    frequency = _frequencies().get(word, 0.0)
    return COMMON_ZIPF if frequency <= 0 else max(0.0, COMMON_ZIPF - (math.log10(frequency) + 9))
