"""Numbers written in digits or in words, with their spans and values.

"400,000", "2.5bn", "1.3e6", "3/4", "2 1/4", "two million", "one hundred and six",
"five and a half million", "three quarters", "one over three", "four point five",
"4 thousand 3 hundred and 21", "several hundred thousand" (vague: no value), "minus five".
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

UNITS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {"nought": 0, "naught": 0, "oh": 0}
TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12}
ORDINALS = {
    w: n
    for n, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
} | {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
     "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
     "trillionth": 1e12}
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    **{w: n for w, n in ORDINALS.items() if n >= 3}, **{w + "s": n for w, n in ORDINALS.items() if n >= 3}
}
VAGUE_COUNTS = {"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens", "scores"}
VAGUE_QUANTIFIERS = {"several", "a few", "few", "many", "some", "a couple of"}
SIGNS = {"minus": -1, "negative": -1}
_DETERMINERS = {"the", "this", "that", "which", "each", "every", "any", "no", "another", "someone", "anyone", "everyone"}
# Longest first: "1 in every 4", "one out of every five", "one-in-five", "1-in-4".
_RATIOS = (("in", "every"), ("out", "of", "every"), ("over",), ("out", "of"), ("in",), ("-", "in", "-"))
# "3 in 10 minutes" is how fast, not a share.
_SPANS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years".split())

NUMBER_WORDS = frozenset({*UNITS, *TENS, *SCALES, *VAGUE_COUNTS, *DENOMINATORS, "dozen"})
_STARTS = frozenset(
    {*UNITS, *TENS, *SCALES, *SIGNS, *VAGUE_COUNTS, "several", "few", "many", "some", "a", "an", "half", "quarter", "-", "−"}
)
# Letters of any script: word characters that are no digit, "_" or a number sign of their own (superscripts "²",
# fractions "½", circled and Roman numerals), which stand as tokens apart.
_LETTERS = "[^\\W\\d_\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u2776-\u2793\u3007\u3021-\u3029]"
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:[ \u202f]\d{3})+(?!\d|[,.]\d)|"
    r"\d+(?:\.\d+)?|\.\d+|" + _LETTERS + r"+|[^\s\w]|[\w]"  # a word is letters of any script ("Näslund", "Åsberg")
)


class Token(NamedTuple):
    """A word, a number or a sign of the text, where it is: a tuple, made in bulk as a text is read."""

    text: str
    start: int
    end: int
    lower: str
    is_digits: bool

    @property
    def number(self) -> float:
        return float(re.sub(r"[, \u202f]", "", self.text))


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text; `value` is None for vague amounts ("several hundred")."""

    start: int
    end: int
    value: float | None
    first: int
    last: int
    spelled: bool = False


_MOST_EXPONENT = 30  # "10³⁰"; beyond, a float overflows soon, and no news figure needs it


def superscript(token: Token) -> int | None:
    """The digit a superscript token is ("²" is 2), else None."""
    text = token.text
    if len(text) != 1 or text.isdecimal() or not text.isdigit() or "SUPERSCRIPT" not in unicodedata.name(text, ""):
        return None
    return unicodedata.digit(text)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        digits = word[0].isdecimal() or (word[0] == "." and len(word) > 1)  # not "²" or "½": signs of their own (superscript, vulgar_fraction)
        tokens.append(Token(word, match.start(), match.end(), word.lower(), digits))
    return tokens


def vulgar_fraction(token: Token) -> float | None:
    """The value of a fraction written as one sign ("½" is 0.5, "¾" 0.75), else None."""
    return _VULGAR_FRACTIONS.get(token.text)


_VULGAR_FRACTIONS = {
    sign: unicodedata.numeric(sign) for sign in map(chr, [*range(0x00BC, 0x00BF), *range(0x2150, 0x215F)])
}


def find_numbers(tokens: list[Token]) -> list[NumberMatch]:
    """Every maximal number expression in the token list, left to right."""
    found: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.is_digits and token.lower not in _STARTS:
            if token.text in _VULGAR_FRACTIONS:  # "½ mile"
                found.append(NumberMatch(token.start, token.end, _VULGAR_FRACTIONS[token.text], i, i))
            i += 1
            continue
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
        if i >= 2 and tokens[i - 2].lower == "plus" and tokens[i - 1].lower == "or":
            return None  # "plus or minus 3 points": a margin either way, read from its digits
        sign, j = SIGNS[tokens[j].lower], j + 1
    elif _minus_sign(tokens, i):
        sign, j = -1, j + 1
    if tokens[j].lower == "one" and i > 0 and tokens[i - 1].lower in _DETERMINERS and not _continues(tokens, j + 1):
        return None
    parsed = _Parser(tokens, j).run()
    if parsed is None:
        return _parse_vague(tokens, i)
    value, last, spelled = parsed
    if value is not None and not math.isfinite(value):
        return None  # "9e307 x 10^300": beyond any float
    ratio = _ratio(tokens, last + 1)
    if ratio is not None and value is not None and _plausible_ratio(tokens, j, last + 1, value, ratio):
        denominator, last = ratio
        value = value / denominator
    value = None if value is None else sign * _decimal(value)
    return NumberMatch(tokens[i].start, tokens[last].end, value, i, last, spelled)


def _decimal(value: float) -> float:
    """The value as its words write it where binary floating point misses it by a hair: "67.1 million" is
    67,100,000, not 67,099,999.99999999 (a third stays 0.3333333333333333)."""
    written = float(f"{value:.12g}")
    return written if abs(written - value) <= abs(value) * 1e-14 else value


def _a_scale(tokens: list[Token], k: int) -> bool:
    """Whether "a million", "a thousand" (or "a-million", hyphened) starts at token k: a ratio's whole."""
    words = [t.lower for t in tokens[k : k + 3] if t.text != "-"]
    return len(words) >= 2 and words[0] in ("a", "an") and words[1] in SCALES


def _plausible_ratio(tokens: list[Token], start: int, word: int, numerator: float, ratio: tuple[float, int]) -> bool:
    """'1 in 5' and 'one over three' are ratios; '25 in 2010' and '$10,000 over 3 years' are not."""
    denominator, last = ratio
    if start > 0 and tokens[start - 1].text in "$€£¥":
        return False
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    if tokens[word].lower == "over" and after[:1].isalpha():
        return False
    if tokens[word].lower != "in":
        return True
    return share_in(numerator, denominator, after) and not (1800 <= denominator <= 2100)


def share_in(part: float, whole: float, after: str) -> bool:
    """Whether "X in Y" gives a share: a few in a whole ("one in seven", "1 in 68 children") or any part of a power
    of ten ("29 in 100"), of things rather than of a span ("3 in 10 minutes" is how fast); "45 in 120 games" is a
    count and where it was made."""
    ten_based = whole >= 10 and math.log10(whole).is_integer()
    return 0 < part <= whole and (part <= 10 or ten_based) and after.lower() not in _SPANS


def glued(tokens: list[Token], k: int) -> bool:
    """Whether token k follows the one before it with no space."""
    return k > 0 and tokens[k].start == tokens[k - 1].end


def _glued_fraction(tokens: list[Token], k: int) -> bool:
    """Whether a slash at `k` is glued between digits into a fraction a text writes ('3/4', '5/8'): a smaller
    numerator over a usual denominator. Other digits around a slash are a date or a name ('9/11', '24/7', '3/15')
    or betting odds ('66/1'), no number."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text == "/"
        and glued(tokens, k)
        and tokens[k + 1].is_digits
        and glued(tokens, k + 1)
        and tokens[k + 1].number in _WRITTEN_DENOMINATORS
        and tokens[k - 1].number < tokens[k + 1].number
    )


_WRITTEN_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})


def _minus_sign(tokens: list[Token], i: int) -> bool:
    """Whether a dash at `i` is a minus glued to the digits after it ("fell to -3C", "(-5)"), not a dash joining
    them to what comes before ("10-15", "10%-15%", "F-16")."""
    if not (tokens[i].text in "-−" and i + 1 < len(tokens) and tokens[i + 1].is_digits and glued(tokens, i + 1)):
        return False
    if i == 0:
        return True
    before = tokens[i - 1].text
    if glued(tokens, i):
        return not (before[-1].isalnum() or before in "%°")
    return not before[-1].isdigit()


def _continues(tokens: list[Token], k: int) -> bool:
    """Whether "one" goes on as a number at token k after a determiner: "that one million", "that one in five"."""
    return k < len(tokens) and (tokens[k].lower in SCALES or tokens[k].lower in DENOMINATORS or _ratio(tokens, k) is not None)


def _ratio(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """'one over three', '2 in 5', 'two out of five hundred': the denominator and the last token."""
    for words in _RATIOS:
        end = k + len(words)
        if end < len(tokens) and tuple(t.lower for t in tokens[k:end]) == words:
            if "in" in words and not (tokens[end].is_digits or tokens[end].lower in UNITS or tokens[end].lower in TENS or _a_scale(tokens, end)):
                continue
            if words[0] == "-" and not (glued(tokens, k) and glued(tokens, k + 1) and glued(tokens, k + 2)):
                return None
            denominator = _Parser(tokens, end).run()
            if denominator is not None and denominator[0]:
                last = denominator[1]
                if words[0] == "-" and last + 1 < len(tokens) and tokens[last + 1].text == "-" and glued(tokens, last + 1):
                    return None  # "a 1-in-100-year flood" names how rare the flood is, in years
                return denominator[0], last
    return None


class _Parser:
    """Reads one number from token j: atoms (digits or number words) joined by scales, 'and', fractions."""

    def __init__(self, tokens: list[Token], j: int) -> None:
        self.tokens, self.k = tokens, j
        # "$5 million and 300 jobs", "$16 million and two people" are two numbers; "3 hundred and 21", "6 crore and
        # two hundred" one
        self.in_digits = tokens[j].is_digits
        self.total = 0.0
        self.current = 0.0
        self.chunk = 0.0
        self.last = -1
        self.spelled = False
        self.seen = False
        self.after_scale = False
        self.after_and = False
        self.after_digits = False

    def word(self, offset: int = 0) -> str:
        k = self.k + offset
        return self.tokens[k].lower if k < len(self.tokens) else ""

    def take(self, count: int = 1) -> None:
        self.last = self.k + count - 1
        self.k += count
        self.seen = True

    def run(self) -> tuple[float | None, int, bool] | None:
        tokens = self.tokens
        if self.word() in ("a", "an", "half", "quarter") and self._fraction_of_scale():
            return self.total + self.current, self.last, True
        if self.word() in ("a", "an") and self.word(1) in (*SCALES, "dozen"):
            self.current = 1.0
            self.take()
        while self.k < len(tokens):
            step = self._step(tokens[self.k])
            if step is None:
                break
            self.after_and = step == "and"
            self.after_digits = step == "digits"
        if not self.seen:
            return None
        self._fraction()
        return self.total + self.current, self.last, self.spelled

    def _step(self, token: Token) -> str | None:
        """Read `token` into the number: what it was ("and" lets digits follow), or None when the number ends."""
        word = token.lower
        if token.is_digits and (not self.seen or self.after_scale or self.after_and):
            return "digits" if self._digits() else None
        if (word in UNITS or word in TENS) and self._word_fits(word):
            self.current += UNITS.get(word, 0) + TENS.get(word, 0)
            self.spelled = True
            self.take()
            self.after_scale = False
            return "word"
        if not self.seen:
            return "scale" if word == "hundred" and self._scale(word) else None
        return self._step_after_number(word)

    def _step_after_number(self, word: str) -> str | None:
        """A word that only goes on a number begun: a scale, dozens, a joining hyphen or "and"; "point" ends it."""
        if word in SCALES and self._scale(word):
            return "scale"
        if word in ("dozen", "dozens", "dz", "dzs", "doz", "dozs"):
            self.current *= 12
            self.take()
            return "dozen"
        if word == "-" and self._hyphen_joins():
            self.k += 1
            return "hyphen"
        if word == "and" and self._and_continues():
            self.k += 1
            return "and"
        if word == "point":
            self._point()
        return None

    def _digits(self) -> bool:
        tokens, k = self.tokens, self.k
        value = tokens[k].number
        self.take()
        value = self._power(value)
        scientific = self._scientific(value)
        if scientific is not None:
            self.current += scientific
            return False
        fraction = self._digit_fraction(value)
        if fraction is not None:
            self.current += fraction
            return False
        nxt = tokens[self.k] if self.k < len(tokens) else None
        if nxt is not None and nxt.lower in SHORT_SCALES and _scale_suffix_fits(tokens[k], nxt, tokens, self.k):
            self.current += value * SHORT_SCALES[nxt.lower]
            self.take()
            return False
        self.current += value
        self.after_scale = False
        return True

    def _scientific(self, value: float) -> float | None:
        """'1e10', '1.3x10^6', '1.1^23', '2.5^-1'."""
        for notation in (self._e_notation, self._caret_power, self._times_ten):
            found = notation(value)
            if found is not None:
                return found
        return None

    def _e_notation(self, value: float) -> float | None:
        """'1e10', '2.5e-3'."""
        tokens, k = self.tokens, self.k
        if k + 1 < len(tokens) and tokens[k].lower == "e" and glued(tokens, k):
            sign, n = (-1 if tokens[k + 1].text == "-" else 1), k + 1
            if tokens[n].text in "+-" and n + 1 < len(tokens):
                n += 1
            if tokens[n].is_digits and glued(tokens, n) and abs(tokens[n].number) <= _MOST_EXPONENT:
                self.take(n - k + 1)
                return value * 10 ** (sign * tokens[n].number)
        return None

    def _caret_power(self, value: float) -> float | None:
        """'1.1^23', '2.5^-1'."""
        tokens, k = self.tokens, self.k
        if k + 1 < len(tokens) and tokens[k].text == "^" and glued(tokens, k):
            n, sign = k + 1, 1
            while n < len(tokens) and tokens[n].text in "+-":
                sign *= -1 if tokens[n].text == "-" else 1
                n += 1
            if n < len(tokens) and tokens[n].is_digits:
                try:
                    power = float(abs(value) ** (sign * tokens[n].number))
                except OverflowError:
                    return None  # "2^2024" is beyond any float: no power read
                self.take(n - k + 1)
                return power * (1 if value >= 0 else -1)
        return None

    def _times_ten(self, value: float) -> float | None:
        """'1.3x10^6'."""
        tokens, k = self.tokens, self.k
        if k + 3 < len(tokens) and tokens[k].lower == "x" and tokens[k + 1].text == "10" and tokens[k + 2].text == "^":
            n, sign = k + 3, 1
            if tokens[n].text in "+-":
                sign, n = (-1 if tokens[n].text == "-" else 1), n + 1
            if n < len(tokens) and tokens[n].is_digits and abs(tokens[n].number) <= _MOST_EXPONENT:
                self.take(n - k + 1)
                return value * 10 ** (sign * tokens[n].number)
        return None

    def _digit_fraction(self, value: float) -> float | None:
        """'3/4' glued, or a whole number then a glued fraction ('2 1/4', '7½')."""
        tokens, k = self.tokens, self.k
        if k < len(tokens) and glued(tokens, k) and (part := vulgar_fraction(tokens[k])) is not None:
            self.take()
            return value + part
        if _glued_fraction(tokens, k):
            self.take(2)
            return value / tokens[k + 1].number
        if k + 1 < len(tokens) and tokens[k].is_digits and _glued_fraction(tokens, k + 1) and "." not in tokens[k - 1].text:
            self.take(3)
            return value + tokens[k].number / tokens[k + 2].number
        return None

    def _word_fits(self, word: str) -> bool:
        """Whether a units or tens word continues the number ('twenty five') rather than starting another (digits
        take no word after them: '892,000 one-way tickets')."""
        if self.after_digits:
            return False
        if not self.seen or self.after_scale:
            return True
        small = self.current % 100
        if small == 0:
            return True
        return word in UNITS and UNITS[word] < 10 and small % 10 == 0 and small >= 20

    def _scale(self, word: str) -> bool:
        scale = SCALES[word]
        if word == "hundred":
            if self.current % 100 == 0 and self.current and not self.after_scale:
                return False
            self.current = (self.current or 1) * 100
        elif self.after_scale and self.current == 0:
            self.total -= self.chunk
            self.chunk *= scale
            self.total += self.chunk
        else:
            self.chunk = (self.current or 1) * scale
            self.total += self.chunk
            self.current = 0
        self.take()
        self.after_scale = word != "hundred"
        return True

    def _hyphen_joins(self) -> bool:
        nxt = self.word(1)
        return nxt in UNITS or nxt in DENOMINATORS or nxt in ORDINALS

    def _and_continues(self) -> bool:
        nxt = self.word(1)
        if self.in_digits and self.tokens[self.k - 1].lower not in ("hundred", "thousand"):
            return (nxt in UNITS or nxt in TENS) and self.word(2) in SCALES
        if nxt in ("a", "an", "one") and self.word(2) in DENOMINATORS:
            return False
        if nxt in UNITS or nxt in TENS:
            if self._fraction_ahead(1):
                return False
            return self.total + self.current >= 100
        after_scale_word = self.tokens[self.k - 1].lower in SCALES
        return after_scale_word and self.k + 1 < len(self.tokens) and self.tokens[self.k + 1].is_digits

    def _fraction_ahead(self, offset: int) -> bool:
        k = offset
        while self.word(k) in UNITS or self.word(k) == "-":
            k += 1
        return (k > offset and self._denominator(self.k + k) is not None) or (
            self.word(offset) in TENS and self._denominator(self.k + offset) is None and self._fraction_after_tens(offset)
        )

    def _fraction_after_tens(self, offset: int) -> bool:
        k = offset + 1
        while self.word(k) in UNITS or self.word(k) == "-":
            k += 1
        return self._denominator(self.k + k) is not None

    def _power(self, value: float) -> float:
        """`value` raised to the superscript digits glued to it ("5²" is 25); `value` when there are none."""
        exponent, k = 0, self.k
        while k < len(self.tokens) and self.tokens[k].start == self.tokens[k - 1].end and (digit := superscript(self.tokens[k])) is not None:
            exponent, k = exponent * 10 + digit, k + 1
        if k == self.k or exponent > _MOST_EXPONENT:
            return value
        try:
            power = value**exponent
        except OverflowError:
            return value
        while self.k < k:
            self.take()
        return power

    def _point(self) -> bool:
        """'five point five', 'two hundred point zero three'; True when no number word follows 'point'."""
        k = self.k + 1
        while k < len(self.tokens) and (self.tokens[k].lower in UNITS or self.tokens[k].lower in TENS or self.tokens[k].text == "-"):
            k += 1
        while k > self.k + 1 and self.tokens[k - 1].text == "-":
            k -= 1
        if k == self.k + 1:
            return True
        self.current += float("0." + _joined_digits(self.tokens, self.k + 1, k))
        self.last, self.k, self.spelled = k - 1, k, True
        return False

    def _denominator(self, k: int) -> tuple[float, int] | None:
        """The denominator word(s) at token k ('fifths', 'quarter', 'twenty-firsts') and their last token."""
        word = self.tokens[k].lower if k < len(self.tokens) else ""
        if word in DENOMINATORS:
            return DENOMINATORS[word], k
        if word in TENS:
            n = k + 1 + (k + 1 < len(self.tokens) and self.tokens[k + 1].text == "-")
            unit = self.tokens[n].lower.rstrip("s") if n < len(self.tokens) else ""
            if unit in ORDINALS and ORDINALS[unit] < 10:
                return TENS[word] + ORDINALS[unit], n
        return None

    def _fraction(self) -> None:
        """'and a half [million]', 'three quarters', 'five eighths', 'three twenty-firsts', 'one million and a half'."""
        k = self.k
        words = [t.lower for t in self.tokens[k : k + 3]]
        if words[:1] == ["and"] and len(words) == 3 and words[1] in ("a", "an", "one") and words[2] in DENOMINATORS:
            self._and_a_part(1 / DENOMINATORS[words[2]], 3)
            return
        hyphenated = [t.lower for t in self.tokens[k : k + 6]]  # "two-and-a-half"
        if hyphenated[:3] == ["-", "and", "-"] and hyphenated[4:5] == ["-"] and hyphenated[3] in ("a", "an", "one") and hyphenated[5:] and hyphenated[5] in DENOMINATORS:
            self._and_a_part(1 / DENOMINATORS[hyphenated[5]], 6)
            return
        if words[:1] == ["and"] and len(words) >= 2 and (words[1] in UNITS or words[1] in TENS) and self._fraction_ahead(1):
            self._and_a_fraction()
            return
        self._over_denominator(words)

    def _and_a_part(self, part: float, length: int) -> None:
        """'and a half' (`length` tokens) after a number, and a scale after it: 'one and a half million', 'a million
        and a half', 'two-and-a-half'."""
        self.last, self.k = self.k + length - 1, self.k + length
        scale = 1.0
        while self.word() in SCALES:
            scale *= SCALES[self.word()]
            self.take()
        if scale > 1 and self.current == 0 and self.chunk > scale:
            self.current = part * scale  # "one billion and a half million": a half million more
        elif scale > 1:
            self.current, self.total = (self.total + self.current + part) * scale, 0
        elif self.current == 0 and self.chunk:
            self.current = part * _last_scale(self.chunk)
        else:
            self.current += part

    def _and_a_fraction(self) -> None:
        """'two and three quarters': the fraction after "and", read as a number of its own."""
        fraction = _Parser(self.tokens, self.k + 1)
        if fraction.run() is not None:
            part = fraction.total + fraction.current
            after_a_scale = self.current == 0 and self.chunk and part < 1  # "six million and two thirds": of a million
            self.current += part * _last_scale(self.chunk) if after_a_scale else part
            self.last, self.k = fraction.last, fraction.k

    def _over_denominator(self, words: list[str]) -> None:
        """'three quarters', 'five eighths [of a million]': the number read so far over a denominator word."""
        k = self.k
        denominator = self._denominator(k)
        value = self.total + self.current
        if denominator is None or not value:
            return
        if words[0] in ORDINALS and value != 1 and not self.spelled:
            return
        self.total, self.current = self.total / denominator[0], self.current / denominator[0]
        self.take(denominator[1] - k + 1)
        if self.word() == "of" and self.word(1) in ("a", "an") and self.word(2) in SCALES:
            self.k += 2  # "two-thirds of a million"
        while self.word() in SCALES:
            scale = SCALES[self.word()]
            self.total, self.current = self.total * scale, self.current * scale
            self.take()

    def _fraction_of_scale(self) -> bool:
        """'half a million', 'a quarter million', 'a fifth', 'half a dozen', 'a hundredth'."""
        k = self.k
        if self.word() in ("a", "an"):
            k += 1
        word = self.tokens[k].lower if k < len(self.tokens) else ""
        if word not in DENOMINATORS:
            return False
        part = 1 / DENOMINATORS[word]
        n = k + 1
        if n + 2 < len(self.tokens) and self.tokens[n].lower == "of" and self.tokens[n + 1].lower in ("a", "an") and self.tokens[n + 2].lower in SCALES:
            n += 1  # "a quarter of a million"
        if n + 1 < len(self.tokens) and self.tokens[n].lower in ("a", "an") and self.tokens[n + 1].lower in (*SCALES, "dozen"):
            n += 1
        scale = 1.0
        while n < len(self.tokens) and self.tokens[n].lower in (*SCALES, "dozen"):
            scale *= SCALES.get(self.tokens[n].lower, 12)
            n += 1
        if scale == 1.0 and self.word() not in ("a", "an"):
            return False
        if scale == 1.0 and word in ("half", "halves", "quarter", "quarters") and n < len(self.tokens) and self.tokens[n].lower in ("of", "an", "a"):
            return False
        self.current = part * scale
        self.take(n - self.k)
        self.spelled = True
        return True


def _last_scale(chunk: float) -> float:
    """The scale of the last chunk added ('one million' -> 1e6), for 'one million and a half'."""
    scale = 1.0
    while scale * 1000 <= chunk:
        scale *= 1000
    return scale


def _joined_digits(tokens: list[Token], start: int, end: int) -> str:
    """The digits that number words spell after 'point': 'zero three' -> '03', 'seventy-one' -> '71'."""
    words = [t.lower for t in tokens[start:end] if t.text != "-"]
    if all(w in UNITS and UNITS[w] < 10 for w in words):
        return "".join(str(UNITS[w]) for w in words)
    value = 0
    for w in words:
        value += UNITS.get(w, 0) + TENS.get(w, 0)
    return str(value)


def _scale_suffix_fits(number: Token, suffix: Token, tokens: list[Token], k: int) -> bool:
    """'10M', '$4.5bn', '3 bn': a short scale attached to the digits (or a spaced 'bn', 'mn', 'M')."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.start == suffix.end and after.text[0].isalnum():
        return False
    if suffix.start == number.end:
        return not (suffix.text == "m" and in_metres(tokens, k))
    return suffix.lower in ("bn", "mn", "mln", "bln", "tn", "trn", "tln", "k") or suffix.text in ("M", "B")


def in_metres(tokens: list[Token], k: int) -> bool:
    """Whether a glued "m" at k is metres rather than millions: a size or a distance ("1.93m tall", "a 2.5m-high
    wall", "the 100m hurdles", "won the 400m."), with no currency before the number ("£100m" is money)."""
    if k >= 2 and tokens[k - 2].text in "$£€¥" and tokens[k - 2].end == tokens[k - 1].start:
        return False
    if k >= 2 and tokens[k - 2].lower in _MOVING:
        return True  # "ran 100m in 9.58 seconds"
    if k >= 3 and tokens[k - 2].lower == "the" and tokens[k - 3].lower in _MOVING | _WINNING:
        return True  # "ran the 100m in 9.58 seconds", "won the 400m in Rome"
    return _metres_by_what_follows(tokens, k)


def _metres_by_what_follows(tokens: list[Token], k: int) -> bool:
    """A size or a place after a glued "m" ("1.93m tall", "2.5m-high"); a race's name at the end ("won the 400m.");
    no noun after it where another length was just told ("risen by 20cm ... a further 1m by 2100")."""
    after = [t.lower for t in tokens[k + 1 : k + 3]]
    if after[:1] == ["-"] and tokens[k + 1].start == tokens[k].end:
        after = after[1:]  # "2.5m-high"
    if after and after[0] in METRE_WORDS:
        return True
    nothing_after = not after or not after[0][0].isalnum()
    if (nothing_after or after[0] in _AFTER_A_RACE) and k >= 2 and tokens[k - 2].lower == "the":
        return True  # "won the 400m.", "gold in the 200m and silver"
    return (nothing_after or after[0] in _NO_NOUN) and _lengths_near(tokens, k)


def _lengths_near(tokens: list[Token], k: int) -> bool:
    """Whether another length is told shortly before token k ("risen by 20cm since 1900 and could rise a further
    1m")."""
    return any(t.lower in _LENGTHS for t in tokens[max(0, k - _NEAR) : k])


_NEAR = 30
_LENGTHS = frozenset("cm mm km metres metre meters meter centimetres centimeters kilometres kilometers feet ft inches".split())
# Words after a number that start no noun it counts: "1m by 2100".
_NO_NOUN = frozenset("by in to since from at on for of and or but as than before after until".split())
_AFTER_A_RACE = frozenset("and or at".split())  # "gold in the 200m and silver", "fourth in the 800m at the Games"


# Words after a glued "m" that make it metres: sizes, distances and races.
METRE_WORDS = frozenset(
    """tall high long wide deep away below above underwater across sprint race dash hurdles freestyle backstroke
    breaststroke butterfly medley relay final heat heats record title event swim run down into onto off along
    through beneath underground""".split()
)
_WINNING = frozenset("won win wins winning".split())
_MOVING = frozenset("ran run runs running swam swim swims swimming sprinted sprint dived dove plunged plummeted climbed jumped leapt walked".split())


def _parse_vague(tokens: list[Token], i: int) -> NumberMatch | None:
    """'several hundred thousand', 'hundreds of thousands', 'millions', 'a few dozen', 'a couple of hundred'."""
    k = i
    words = tokens[k].lower
    if words == "a" and k + 1 < len(tokens) and tokens[k + 1].lower == "few":
        k += 1
        words = "a few"
    elif words == "a" and [t.lower for t in tokens[k + 1 : k + 3]] == ["couple", "of"]:
        k += 2
        words = "a couple of"
    if words in VAGUE_QUANTIFIERS:
        if k + 1 < len(tokens) and tokens[k + 1].lower in (*SCALES, "dozen"):
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
