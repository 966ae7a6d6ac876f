"""Numbers written in digits or in words, with their spans and values.

"400,000", "2.5bn", "two million", "one hundred and six", "five and a half million",
"three quarters", "several hundred thousand" (vague: no value), "minus five".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
ORDINALS = {
    w: n
    for n, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
} | {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000}
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    w + "s": n for w, n in ORDINALS.items() if n >= 3
} | {w: n for w, n in ORDINALS.items() if n >= 3}
VAGUE_COUNTS = {"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens", "scores"}
VAGUE_QUANTIFIERS = {"several", "a few", "few", "many", "some"}
SIGNS = {"minus": -1, "negative": -1}

_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|[A-Za-z]+|[^\sA-Za-z\d]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit() or (self.text[0] == "." and len(self.text) > 1)


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text; `value` is None for vague amounts ("several hundred")."""

    start: int
    end: int
    value: float | None
    first: int
    last: int
    spelled: bool = False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def find_numbers(tokens: list[Token]) -> list[NumberMatch]:
    """Every maximal number expression in the token list, left to right."""
    found: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        match = parse_number(tokens, i)
        if match is None:
            i += 1
            continue
        found.append(match)
        i = match.last + 1
    return found


def parse_number(tokens: list[Token], i: int) -> NumberMatch | None:
    """The number expression starting at token i, if any."""
    sign, j = 1, i
    if tokens[j].lower in SIGNS and j + 1 < len(tokens):
        sign, j = SIGNS[tokens[j].lower], j + 1
    elif tokens[j].text in "-−" and j + 1 < len(tokens) and tokens[j + 1].is_digits and tokens[j + 1].start == tokens[j].end:
        if i == 0 or not tokens[i - 1].text[-1].isalnum():
            sign, j = -1, j + 1
    result = _parse_digits(tokens, j) if tokens[j].is_digits else _parse_words(tokens, j)
    if result is None:
        return _parse_vague(tokens, i)
    value, last, spelled = result
    return NumberMatch(tokens[i].start, tokens[last].end, None if value is None else sign * value, i, last, spelled)


def _parse_digits(tokens: list[Token], j: int) -> tuple[float, int, bool] | None:
    token = tokens[j]
    value = float(token.text.replace(",", ""))
    last = j
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.lower in SHORT_SCALES and _scale_suffix_fits(token, nxt, tokens, j + 1):
        return value * SHORT_SCALES[nxt.lower], j + 1, False
    scale, last = _scale_words(tokens, last + 1, last)
    return value * scale, last, False


def _scale_suffix_fits(number: Token, suffix: Token, tokens: list[Token], k: int) -> bool:
    """'10M', '$4.5bn', '3 bn': a short scale attached to the digits (or a spaced 'bn', 'mn', 'M')."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.start == suffix.end and after.text[0].isalnum():
        return False
    if suffix.start == number.end:
        return True
    return suffix.lower in ("bn", "mn", "mln", "bln", "tn", "trn") or suffix.text in ("M", "B")


def _scale_words(tokens: list[Token], k: int, last: int) -> tuple[float, int]:
    """Multiply by following scale words ("hundred thousand", "million")."""
    scale = 1.0
    while k < len(tokens) and tokens[k].lower in SCALES:
        scale *= SCALES[tokens[k].lower]
        last = k
        k += 1
    return scale, last


def _parse_words(tokens: list[Token], j: int) -> tuple[float | None, int, bool] | None:
    total = 0.0
    current = 0.0
    last = -1
    k = j
    seen = False
    if tokens[k].lower in ("a", "an") and k + 1 < len(tokens) and tokens[k + 1].lower in SCALES | {"dozen": 12, "half": 0}:
        if tokens[k + 1].lower == "half":
            return 0.5, k + 1, True
        current, seen, last, k = 1.0, True, k, k + 1
    while k < len(tokens):
        word = tokens[k].lower
        if word in UNITS or word in TENS:
            if seen and current % 100 and (word in TENS or current % 10):
                break
            current += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word == "dozen" and seen:
            current *= 12
        elif word in SCALES and seen:
            if word == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * SCALES[word]
                current = 0
        elif word == "-" and seen and k + 1 < len(tokens) and tokens[k + 1].lower in UNITS and tokens[k].start == tokens[k - 1].end:
            k += 1
            continue
        elif word == "and" and seen and k + 1 < len(tokens) and _continues_after_and(tokens, k + 1, total + current):
            k += 1
            continue
        else:
            break
        seen, last, k = True, k, k + 1
    if not seen:
        return None
    value = total + current
    fraction = _fraction_after(tokens, last + 1, value)
    if fraction is not None:
        value, last = fraction
    return value, last, True


def _continues_after_and(tokens: list[Token], k: int, so_far: float) -> bool:
    word = tokens[k].lower
    if word == "a" and k + 1 < len(tokens) and tokens[k + 1].lower == "half":
        return True
    return so_far >= 100 and (word in UNITS or word in TENS)


def _fraction_after(tokens: list[Token], k: int, value: float) -> tuple[float, int] | None:
    """'and a half [million]', 'three quarters', 'five eighths'."""
    if k + 2 < len(tokens) and tokens[k].lower == "and" and tokens[k + 1].lower == "a" and tokens[k + 2].lower == "half":
        whole = value + 0.5
        scale, last = _scale_words(tokens, k + 3, k + 2)
        return whole * scale, last
    if k < len(tokens) and tokens[k].lower in DENOMINATORS and value and value < 20:
        denominator = DENOMINATORS[tokens[k].lower]
        if tokens[k].lower in ORDINALS and value != 1:
            return None
        return value / denominator, k
    return None


def _parse_vague(tokens: list[Token], i: int) -> NumberMatch | None:
    """'several hundred thousand', 'hundreds of thousands', 'millions', 'a few dozen'."""
    k = i
    words = tokens[k].lower
    if words == "a" and k + 1 < len(tokens) and tokens[k + 1].lower == "few":
        k += 1
        words = "a few"
    if words in VAGUE_QUANTIFIERS:
        if k + 1 < len(tokens) and tokens[k + 1].lower in SCALES | {"dozen": 12}:
            last = k + 1
            while last + 1 < len(tokens) and tokens[last + 1].lower in SCALES:
                last += 1
            return NumberMatch(tokens[i].start, tokens[last].end, None, i, last, True)
        return None
    if words in VAGUE_COUNTS:
        last = k
        while last + 2 < len(tokens) and tokens[last + 1].lower == "of" and tokens[last + 2].lower in VAGUE_COUNTS - {"tens", "scores"}:
            last += 2
        if words in ("tens", "scores") and last == k:
            return None
        return NumberMatch(tokens[i].start, tokens[last].end, None, i, last, True)
    return None
