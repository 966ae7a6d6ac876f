"""Word classes and rarity read from LemmInflect's and wordfreq's data give those libraries' own answers."""

from __future__ import annotations

import random

from lemminflect import getAllLemmas
from wordfreq import get_frequency_dict, zipf_frequency

from briefings.text.rarity import COMMON_ZIPF, rarity
from briefings.text.words import _lexicon, can_be_noun, is_plural_noun, is_superlative, word_classes


def test_the_readings_are_lemminflect_s_own() -> None:
    lines, overrides = _lexicon()
    words = sorted({line.partition(",")[0].lower() for line in lines})
    chosen = random.Random(5).sample(words, 3000) + sorted(overrides) + ["o.k.'d", "ellis", "goalless", "zzzq", "", "'s"]
    assert {w: word_classes(w) for w in chosen} == {w: dict(getAllLemmas(w)) for w in chosen}


def test_word_classes_answer_the_figures_grammar() -> None:
    assert is_plural_noun("rounds") and is_plural_noun("children") and is_plural_noun("staff")
    assert not is_plural_noun("round") and not is_plural_noun("NHS") and is_plural_noun("apps")
    assert can_be_noun("rounds") and not can_be_noun("away") and can_be_noun("Britons")
    assert is_superlative("largest") and not is_superlative("interest") and not is_superlative("west")


def test_rarity_is_wordfreq_s_zipf_scale() -> None:
    """A word's rarity is 6 less its Zipf frequency in wordfreq's English list, at least 0; a word it lacks is 6."""
    words = random.Random(3).sample(sorted(get_frequency_dict("en")), 3000) + ["the", "said", "cosby", "zzqxv", "well-known"]
    expected = {w: max(0.0, COMMON_ZIPF - zipf_frequency(w, "en", minimum=0.0)) if zipf_frequency(w, "en") else COMMON_ZIPF for w in words if "-" not in w}
    assert {w: round(rarity(w), 2) for w in expected} == {w: round(v, 2) for w, v in expected.items()}
    assert rarity("well-known") == max(rarity("well"), rarity("known")) and rarity("zzqxv") == COMMON_ZIPF
