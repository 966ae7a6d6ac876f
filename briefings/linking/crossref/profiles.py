"""What an article is about, as a few weighted words: those of its body, each weighted by how often the
article uses it and how rare it is in English (`rarity`), so that a story's names and rare words count and
everyday words do not, whatever the size of the library."""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter

from briefings.linking.crossref.concepts import STOP_WORDS
from briefings.model.article import BODY_KINDS
from briefings.model.briefing import Briefing
from briefings.text.rarity import rarity

PROFILE_SIZE = 64  # words kept of each article: its names and rare words, in bounded memory at any library size

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
_POSSESSIVE = re.compile(r"['’]s\b")


def profile(briefing: Briefing) -> dict[str, float]:
    """The article's most telling words (lower case), each with its weight: (1 + log of the sentences that use
    it) times its rarity."""
    article = briefing.article
    counts: Counter[str] = Counter()
    for sentence in article.sentences:
        if article.blocks[sentence.block].kind in BODY_KINDS:
            text = _POSSESSIVE.sub("", article.passage(sentence.span)).lower()
            counts.update(set(_WORD.findall(text)) - STOP_WORDS)
    weights = ((word, (1 + math.log(n)) * rarity(word)) for word, n in counts.items())
    return dict(heapq.nlargest(PROFILE_SIZE, (item for item in weights if item[1] > 0), key=lambda item: (item[1], item[0])))
