"""How rare a word is in English at large, from wordfreq's frequency list of English (read on first use).

A library of two or three articles cannot tell by itself that "Cosby" marks one event and "prison" does
not: inside it, every word is common. English at large can.

The list is wordfreq's own file, read here in its documented "cBpack" format (gzipped msgpack: a header,
then one list of words for each centibel of frequency, the commonest first) rather than through
`wordfreq.get_frequency_dict`: importing wordfreq loads langcodes, ftfy and regex (about 0.2 s) and the
dictionary of frequencies it builds takes as long again, in every process that links a library.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import msgpack

COMMON_ZIPF = 6.0  # a word used this often ("said", "people": once in a million words or more) marks nothing


@cache
def _centibels() -> dict[str, int]:
    """Each English word's place in wordfreq's list: how many centibels rarer than every word it is."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("wordfreq is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    name = "large_en.msgpack.gz" if (data / "large_en.msgpack.gz").exists() else "small_en.msgpack.gz"
    header, *ranks = msgpack.unpackb(gzip.decompress((data / name).read_bytes()), raw=False, use_list=False)
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"wordfreq's {name} is not in the format read here: {header!r}")
    places: dict[str, int] = {}
    for centibels, words in enumerate(ranks):
        places.update(dict.fromkeys(words, centibels))
    return places


def rarity(word: str) -> float:
    """0 for everyday words, up to 6 for a word English hardly uses (most names of people and places); `word`
    in lower case, a hyphenated word by its rarest part. On the Zipf scale a word whose frequency is -cB
    centibels is at 9 - cB/100, so its rarity is COMMON_ZIPF - (9 - cB/100)."""
    if "-" in word:
        return max(map(rarity, filter(None, word.split("-"))), default=COMMON_ZIPF)
    centibels = _centibels().get(word)
    return COMMON_ZIPF if centibels is None else max(0.0, COMMON_ZIPF - 9 + centibels / 100)
