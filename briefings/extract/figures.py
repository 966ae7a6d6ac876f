"""Key figures: quantities with their value, unit, qualifier and subject, each cited.

Numbers come from `numbers`; this module decides which are figures (not dates,
model names, list numbers or phone numbers) and reads the words around them.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from briefings.budget import check
from briefings.extract.numbers import (
    NUMBER_WORDS,
    ORDINALS,
    TENS,
    UNITS,
    NumberMatch,
    Token,
    find_numbers,
    glued,
    in_metres,
    parse_number,
    share_in,
    superscript,
    tokenize,
)
from briefings.model.article import Article, Span
from briefings.model.briefing import Figure, FigureKind, ordinal_suffix
from briefings.model.span import in_spans
from briefings.readers.boilerplate import furniture
from briefings.text.dates import FULL_MONTHS, MONTHS, WEEKDAYS
from briefings.text.lexicon import DEMONYMS, ORGANIZATIONS, PERSON_TITLES, QUOTE_CODE
from briefings.text.words import can_be_noun, is_plural_noun, is_superlative, word_classes

QUALIFIERS: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): canonical
    for canonical, phrases in {
        "more than": "more than|over|exceeding|exceeds|exceeded|exceed|above|upwards of|in excess of|just over|topped|tops|"
        "well over|topping|surpassing|surpass|surpasses|greater than|larger than|bigger than|higher than|north of|>",
        "at least": "at least|no fewer than|no less than|a minimum of|a minimum|greater than or equal to|"
        "more than or equal to|larger than or equal to|equal to or more than|equal to or greater than|"
        "at least or equal to|higher or equal than|bigger or equal than|larger or equal than|greater or equal than|"
        "more or equal than|> =|≥",
        "exactly": "exactly|precisely|equal to|equals|equals to|equaling to|equalling",
        "about": "about|around|roughly|approximately|approx|some|an estimated|estimated|nearly|almost|close to|"
        "circa|just about|or so|some|in the region of|in the order of|on the order of",
        "up to": "up to|as many as|as much as|as high as",
        "less than": "less than|fewer than|under|below|just under|lower than|smaller than|<",
        "at most": "at most|no more than|a maximum of|not more than|not exceeding|less than or equal to|"
        "equal to or less than|smaller than or equal to|lower than or equal to|smaller or equal than|"
        "lower or equal than|less or equal than|< =|≤",
    }.items()
    for phrase in phrases.split("|")
}
_LONGEST_QUALIFIER = max(len(k) for k in QUALIFIERS)
# Words after an amount that bound it: "200 or more", "5,000 or less", "65 and over".
POSTFIX_QUALIFIERS: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): canonical
    for canonical, phrases in {
        "at least": "or more|or greater|or above|or higher|and above|and over|or over|and up|or more than|or greater than",
        "at most": "or less|or fewer|or below|or lower|and below|and under|or under|or less than",
    }.items()
    for phrase in phrases.split("|")
}
# "less than 5000 or equal (to)": the bound becomes inclusive.
_INCLUSIVE = {"more than": "at least", "less than": "at most"}
LOWER_BOUNDS = {"more than", "at least"}
UPPER_BOUNDS = {"less than", "at most", "up to"}
CHANGES = {
    "up": "up", "rose": "up", "rise": "up", "rises": "up", "risen": "up", "increase": "up", "increased": "up",
    "gain": "up", "gained": "up", "grew": "up", "jumped": "up", "climbed": "up", "surged": "up", "soared": "up",
    "down": "down", "fell": "down", "fall": "down", "falls": "down", "fallen": "down", "dropped": "down",
    "declined": "down", "decline": "down", "decreased": "down", "slid": "down", "slumped": "down", "plunged": "down",
    "lost": "down", "shrank": "down", "cut": "down",
    **dict.fromkeys(
        "rising increases increasing grows grown growing gains gaining jumps jump jumping climbs climb climbing surges "
        "surge surging soars soar soaring rallied rebounded advanced spiked doubled doubles doubling tripled triples "
        "tripling trebled quadrupled widened widens widening ballooned rocketed skyrocketed swelled grow rebound widen "
        "strengthened strengthens firmed"
        .split(), "up"
    ),
    **dict.fromkeys(
        "drops drop dropping declines declining decreases slides sliding slipped slips dipped dips eased eases tumbled "
        "tumbles sank sinks slumps plunges plummeted plummets shed sheds retreated contracted shrunk falling halved "
        "halves halving narrowed narrows narrowing dwindled shrink slide sink tumble plunge slump dip ease halve "
        "weakened weakens softened".split(),
        "down"
    ),
}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₦": "NGN", "₽": "RUB"}
CURRENCY_CODES = {
    "usd": "USD", "us": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "inr": "INR",
    "chf": "CHF", "cad": "CAD", "aud": "AUD", "hkd": "HKD", "sgd": "SGD", "krw": "KRW", "rs": "INR", "ngn": "NGN",
    "btc": "BTC",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
    "won": "KRW", "franc": "CHF", "francs": "CHF", "ruble": "RUB", "rubles": "RUB", "roubles": "RUB",
    "peso": "MXN", "pesos": "MXN", "real": "BRL", "reais": "BRL", "naira": "NGN", "rand": "ZAR", "lira": "TRY",
    "bitcoin": "BTC", "bitcoins": "BTC", "cents": "cents", "cent": "cents", "pence": "pence", "penny": "pence", "pennies": "pence", "guilders": "NLG", "marks": "DEM", "riyals": "SAR",
    "dirhams": "AED", "shekels": "ILS", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "zloty": "PLN",
    "quid": "GBP", "riyal": "SAR", "dirham": "AED", "shekel": "ILS", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "hryvnia": "UAH", "hryvnias": "UAH",
}
CURRENCY_PREFIXES = {
    "us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "cad": "CAD", "a": "AUD", "aud": "AUD",
    "hk": "HKD", "s": "SGD", "nz": "NZD", "nzd": "NZD", "mex": "MXN", "mxn": "MXN", "r": "BRL",
}
NATIONAL_CURRENCIES = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD", ("australian", "dollar"): "AUD",
    ("canadian", "dollar"): "CAD", ("kong", "dollar"): "HKD", ("zealand", "dollar"): "NZD",
    ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD", ("swiss", "franc"): "CHF", ("french", "franc"): "FRF",
    ("dutch", "guilder"): "NLG", ("mexican", "peso"): "MXN", ("turkish", "lira"): "TRY", ("indian", "rupee"): "INR",
    ("japanese", "yen"): "JPY", ("chinese", "yuan"): "CNY", ("british", "pound"): "GBP", ("egyptian", "pound"): "EGP",
    ("finnish", "markka"): "FIM", ("south", "rand"): "ZAR", ("brazilian", "real"): "BRL", ("russian", "ruble"): "RUB",
}
PERCENT_WORDS = {("percent",), ("per", "cent"), ("pct",), ("pc",), ("percentage", "points"), ("percentage", "point"),
                 ("basis", "points"), ("basis", "point"), ("bps",), ("percentage",), ("percents",), ("points",)}
MULTIPLE_WORDS = {"times", "fold", "x"}
MEASURES = set(
    """km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot ft inches inch cm mm
    kg kilograms kilogram grams tonnes tons ton tonne pounds lbs lb ounces oz barrels bpd litres liters gallons
    acres hectares mw gw gwh mwh kwh kw watts megawatts gigawatts degrees mph kph knots knot years year months month
    weeks week days day hours hour minutes minute seconds second decades decade centuries century fortnight
    fortnights hr hrs min mins sec secs cc rpm mg ml mcg kb mb gb tb khz mhz ghz kbps mbps gbps sq square centimetres centimeters centimetre centimeter millimetres millimeters millimetre millimeter kilos yards yard magnitude mpg
    stone stones""".split()
)
# One name for each measure however it is written: "per cent", "%" and "percent" are already one.
_MEASURE_NAMES = {
    **dict.fromkeys(("kilometres", "kilometers", "kilometre", "kilometer"), "km"),
    **dict.fromkeys(("centimetres", "centimeters", "centimetre", "centimeter"), "cm"),
    **dict.fromkeys(("millimetres", "millimeters", "millimetre", "millimeter"), "mm"),
    **dict.fromkeys(("kilograms", "kilogram", "kilos"), "kg"),
    **dict.fromkeys(("metres", "meters", "metre", "meter"), "metres"),
    **dict.fromkeys(("mile",), "miles"), **dict.fromkeys(("foot", "ft"), "feet"), **dict.fromkeys(("yard",), "yards"),
    "knot": "knots",
    **dict.fromkeys(("inch", "in"), "inches"),
    **dict.fromkeys(("hr", "hrs"), "hours"), **dict.fromkeys(("min", "mins"), "minutes"), **dict.fromkeys(("sec", "secs"), "seconds"),
    **dict.fromkeys(("stones", "st"), "stone"),
    **{unit.lower(): unit for unit in ("KB", "MB", "GB", "TB", "kHz", "MHz", "GHz", "kbps", "Mbps", "Gbps")},
    **{unit.lower(): unit for unit in ("kW", "MW", "GW", "kWh", "MWh", "GWh")}, "g": "grams",
    **dict.fromkeys(("tons", "ton", "tonne"), "tonnes"), **dict.fromkeys(("lbs", "lb"), "pounds"),
}
# Words after which a bare number names a thing (edition 19, Section 230) rather than counting it.
NAMING_WORDS = set(
    """edition version model series generation gen phase season episode chapter section article page pages no number
    level tier stage grade class type category route highway flight room gate platform channel act title rule clause
    paragraph schedule amendment log reference ref junction exit terminal ward nos par question
    unit item step part volume vol figure fig table appendix q quarter week game round covid numbers digits code size
    day lap hole race match leg heat bus year""".split()
)
_NAMING_PLURALS = frozenset(f"{word}s" for word in NAMING_WORDS if not word.endswith("s"))  # "junctions 10 and 11"
STOP_WORDS = set(
    """the a an of in on at to for from by with and or but nor that which who whom whose is are was were be been being
    has have had will would could can may might must shall should do does did said says say as than per each this
    these those its their his her our my your it they he she we you i more less most least not no so if when while
    after before since until into onto over under about up down out off then there here also only just even such
    both all any some other another what where why how across through throughout within without among between
    against along around behind beyond despite during except inside near outside past toward towards upon via last
    next ago plus versus vs per year still already again yet too instead""".split()
)
# A sentence without a digit or a number word holds no figure.
_DIGIT = re.compile(r"(?<!\w)\d|[\u00bc-\u00be\u2150-\u215e]")  # a number, not the digits of a model name like H200; "½"
_LETTERS = re.compile(r"[a-z]+")
_DOLLAR_PREFIX = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]{0,3}) ?$")
# Numbers inside these are not quantities: phone numbers, ISO-like codes, web addresses, counters.
_MASKS = re.compile(
    r"\+\d{1,4}(?:[-. /]\d{2,4}){2,}|\(?\b\d{2,4}\)?(?:[-./]\d{2,4}){2,}\b|\(\d{3}\) ?\d{3}[-.]\d{4}|"
    r"\b\d{3} \d{3}[-.]\d{4}\b|\b0\d{2,4}(?: \d{3,6}){1,2}\b|(?:https?://|www\.)\S+|\(\d{1,3}/\d{1,3}\)|"
    r"(?i:\b(?:photo|picture|image|slide|page|item|video)s? \d{1,3} of \d{1,3}\b)|"  # a thread's or gallery's counter
    r"(?<![\d-])\d(?:-\d){2,}(?![\d-])|"  # a team's formation: "4-2-3-1", "4-4-2"
    r"(?<![\d.])50[-/]50(?= (?!(?:at|in|with|after|and|on|draw|tie)\b)[a-z])|(?i:\bfifty-fifty\b)"  # even odds: "a 50-50 chance" (not "tied 50-50 at half-time")
)
# What every mask above holds somewhere, found in one quick pass: most sentences hold none, and need no masks.
_MAY_BE_MASKED = re.compile(r"\d[-./ ]\d|\+\d|://|www\.|(?i:\d of \d|fifty)")
# "2012-13", "2009/10": a year run into the next one's last two digits.
_SPLIT_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d\d)[-–/](\d\d)(?!\d)")
_AFTER_A_TIME = re.compile(r"\d:\d\d(?:\.\d+)?\s+$")
_TIME_AFTER = re.compile(r"\s*(?::\d\d|[ap]\.?m\b\.?|GMT|UTC|[AP]M\b)", re.IGNORECASE)
_RANGE_JOINERS = {"to", "-", "–", "and", "or", "through"}
_HYPHENS = frozenset({"-", "‑"})  # a hyphen, and the one that does not break a line
_QUALIFIER_WORDS = {w for phrase in QUALIFIERS for w in phrase}


@dataclass
class _Found:
    """A figure being built: token indexes of its extent plus what was read."""

    number: NumberMatch
    first: int
    last: int
    value: float | None
    high: float | None = None
    unit: str | None = None
    kind: FigureKind = FigureKind.COUNT
    qualifier: str | None = None
    high_qualifier: str | None = None
    change: str | None = None
    subject: str | None = None
    amount_first: int = 0
    amount_last: int = 0


def extract_figures(article: Article, left_out: frozenset[int] | None = None) -> list[Figure]:
    """Every figure of the article's body, ranked so that the key figures come first; `left_out`, where the
    article's credits and captions start (`readers.boilerplate.furniture`), found here when not given."""
    figures: list[Figure] = []
    counted: str | None = None  # the unit of the last count of the sentence before
    for index, sentence in enumerate(article.sentences):
        check()
        if not _may_hold_numbers(article.text, sentence.span):
            counted = None
            continue
        tokens = tokenize(article.text, sentence.span.start, sentence.span.end)  # once a sentence: linear in its length
        found_here = [] if _wordless(tokens) else _figures_of(article.text, sentence.span, tokens)
        _carry_the_unit(tokens, found_here, counted)
        _join_compound_spans(tokens, found_here)
        _share_a_listed_unit(tokens, found_here)
        _name_the_new_level(tokens, found_here)
        counted = next((f.unit for f in reversed(found_here) if f.kind is FigureKind.COUNT and f.unit), None)
        for found in found_here:
            if all(math.isfinite(v) for v in (found.value, found.high) if v is not None):  # not "9…9" of 400 digits
                figures.append(_to_figure(article, sentence.span, tokens, found, index))
    return rank_figures(figures, article, furniture(article) if left_out is None else left_out)


def _name_the_new_level(tokens: list[Token], found: list[_Found]) -> None:
    """The level a change reaches after "to" is of what changed: "Foreign-currency reserves fell 44 percent to $20.2
    billion" (and "from", the level before: "rose 5% from 102", "Turnout was 61%, down from 65%", which says the
    change); a change said again after "or" is the same change of the same thing ("Brent crude fell 42 cents, or
    0.5%, to $81.20": 0.5% down, and $81.20, are Brent's)."""
    for change, level in itertools.pairwise(found):
        between = [t.lower for t in tokens[change.last + 1 : level.first] if t.text != ","]
        if not change.subject or level.subject is not None or level.high is not None:
            continue
        if between[-2:] in (["down", "from"], ["up", "from"]) and change.kind is level.kind and _a_when_at_most(between[:-2]):
            level.subject = change.subject  # "Turnout was 61 per cent, down from 65 per cent", "3.2% in October, up from 3.1%"
            change.change = change.change or between[-2]
        elif not change.change:
            continue
        elif between == ["or"] and level.change is None and level.kind in _RESTATED_KINDS.get(change.kind, ()):
            level.change, level.subject = change.change, change.subject
        elif between in (["to"], ["from"]):
            level.subject = change.subject


def _a_when_at_most(words: list[str]) -> bool:
    """No words, or a short phrase of when ("in October", "last year", "on Friday")."""
    return not words or (len(words) <= 3 and words[0] in ("in", "on", "last", "this", "at"))


_RESTATED_KINDS = {  # what a change may be said again as, after "or": "42 cents, or 0.5%", "5%, or 2 points"
    FigureKind.MONEY: (FigureKind.PERCENT,), FigureKind.COUNT: (FigureKind.PERCENT,), FigureKind.MEASURE: (FigureKind.PERCENT,),
    FigureKind.PERCENT: (FigureKind.PERCENT, FigureKind.MONEY, FigureKind.COUNT),
}


def _join_compound_spans(tokens: list[Token], found: list[_Found]) -> None:
    """A span of time told in two units joined by "and" is one, in the larger: "two hours and 15 minutes" (2.25
    hours), "four years and eight months", "an hour and 24 minutes"."""
    kept: list[_Found] = []
    for smaller in found:
        larger = kept[-1] if kept else None
        parts = _SMALLER_SPANS.get(_in_plural(larger.unit or ""), {}) if larger is not None else {}
        unit = _in_plural(smaller.unit or "")
        if larger is not None and unit in parts and _joined_by_and(tokens, larger, smaller) and larger.value is not None and smaller.value is not None:
            larger.value += smaller.value / parts[unit]
            larger.unit, larger.last, larger.amount_last = _in_plural(larger.unit or ""), smaller.last, smaller.amount_last
        else:
            kept.append(smaller)
    found[:] = kept


def _joined_by_and(tokens: list[Token], earlier: _Found, later: _Found) -> bool:
    """Whether "and" alone parts the two figures, the later no range."""
    return later.high is None and later.first == earlier.last + 2 and tokens[earlier.last + 1].lower == "and"


# Spans of time and the smaller ones that go into them, how many times.
_SMALLER_SPANS = {
    "years": {"months": 12.0, "weeks": 52.0, "days": 365.0},
    "weeks": {"days": 7.0},
    "days": {"hours": 24.0},
    "hours": {"minutes": 60.0, "seconds": 3600.0},
    "minutes": {"seconds": 60.0},
}


def _carry_the_unit(tokens: list[Token], found: list[_Found], unit: str | None) -> None:
    """A sentence that opens with a bare count and its verb counts what the sentence before counted last:
    "Three other people were injured. Two were juveniles"."""
    if unit is None or not found:
        return
    first = found[0]
    opens = first.first == 0 or (first.first == 1 and tokens[0].text in _OPENING_QUOTES)
    verb = first.last + 1 < len(tokens) and tokens[first.last + 1].lower in _VERBS_AFTER_A_COUNT
    if first.kind is FigureKind.COUNT and first.unit is None and first.value is not None and first.high is None and opens and verb:
        first.unit = unit


def _share_a_listed_unit(tokens: list[Token], found: list[_Found]) -> None:
    """Bare numbers listed before one with a unit take its unit: "jailed for 5, 7 and 9 years", "5, 7, and 9
    years" ("12 gold and 3 silver medals" lists no bare number; "He scored 2, and 3 players were booked" no list)."""
    for index in range(len(found) - 2, -1, -1):
        bare, named = found[index], found[index + 1]
        if bare.kind is FigureKind.ORDINAL is named.kind and bare.subject is None and named.subject is not None:
            if [t.lower for t in tokens[bare.last + 1 : named.first]] in ([","], ["and"], ["or"]):
                bare.unit, bare.subject = named.unit, named.subject  # "the 55th and 56th players"
            continue
        if bare.unit is not None or bare.kind is not FigureKind.COUNT or bare.value is None or bare.high is not None or named.unit is None:
            continue
        between = [t.lower for t in tokens[bare.last + 1 : named.first]]
        listed = between in ([","], ["and"], ["or"]) or (between in ([",", "and"], [",", "or"]) and index > 0 and _listed_before(tokens, found[index - 1], bare))
        if listed and named.kind not in (FigureKind.SCORE, FigureKind.ORDINAL):
            bare.kind, bare.unit, bare.subject = named.kind, named.unit, named.subject


def _listed_before(tokens: list[Token], earlier: _Found, bare: _Found) -> bool:
    """Whether `earlier` is a bare number a comma alone parts from `bare`: an item of the same list."""
    return earlier.unit is None and [t.text for t in tokens[earlier.last + 1 : bare.first]] == [","]


_OPENING_QUOTES = frozenset("\"'“‘")
_VERBS_AFTER_A_COUNT = frozenset(
    "were was are is have had remain remained died survived suffered face faces faced".split()
)


def _wordless(tokens: list[Token]) -> bool:
    """A sentence of numbers and no word: a label or a line of a table ("9-11" over what the dispatcher said, "12."
    over a list item, "2/3" in a thread), which says nothing of what it counts; money and percentages say ("£100?")."""
    return not any(token.text[:1].isalpha() or token.text in CURRENCY_SYMBOLS or token.text == "%" for token in tokens)


def _may_hold_numbers(text: str, span: Span) -> bool:
    """Whether the span has a digit or a number word: the others need no tokens."""
    return bool(_DIGIT.search(text, span.start, span.end)) or not _WORDS_OF_NUMBERS.isdisjoint(
        _LETTERS.findall(text[span.start : span.end].lower())
    )


def _figures_of(text: str, span: Span, tokens: list[Token]) -> list[_Found]:
    """The figures of the span whose tokens are `tokens`."""
    masked = [m.span() for m in _MASKS.finditer(text, span.start, span.end)] if _MAY_BE_MASKED.search(text, span.start, span.end) else []
    found: list[_Found] = []
    parsed = find_numbers(tokens)
    taken = {k for n in parsed for k in range(n.first, n.last + 1)}
    words = {n: kind for n, kind in _word_numbers(tokens).items() if taken.isdisjoint(range(n.first, n.last + 1))}
    numbers = sorted([*parsed, *words], key=lambda n: n.first)
    skip_until = -1
    for position, number in enumerate(numbers):
        if number.first <= skip_until:
            continue
        if number in words:
            figure = _word_figure(tokens, number, words[number])
            skip_until = figure.last
            found.append(figure)
            continue
        dialled = _dialled(tokens, number)
        if dialled is not None:
            skip_until = dialled
            continue
        figure = _Found(number, number.first, number.last, number.value)
        if not in_spans(masked, number.start) and _read_score(tokens, numbers, position, figure):
            skip_until = figure.last  # before the test of a quantity: "Paderborn 3-0" is no model name
            found.append(figure)
            continue
        if not _is_quantity(text, tokens, number, masked, span) or _other_reading(text, tokens, number):
            continue
        ordinal = _read_ordinal(tokens, figure)
        if ordinal is not None or _read_proportion(tokens, numbers, position, figure):
            skip_until = figure.last
            if ordinal is not False:
                found.append(figure)
            continue
        if _read_amount(text, tokens, numbers, position, figure):
            skip_until = figure.last
            found.append(figure)
    found = _join_compound_measures(tokens, found)
    _supply_elided_units(tokens, found)
    for figure in found:
        _one_or_more(tokens, figure)
    return _join_bounds(tokens, _add_halves(tokens, found))


def _join_compound_measures(tokens: list[Token], found: list[_Found]) -> list[_Found]:
    """A height or a weight in two units is one measure in the larger: "6ft 4in", "5 feet 11 inches", "a 6-foot-4
    forward" (6.33 feet), "15st 4lb", "7lbs 8oz"."""
    joined: list[_Found] = []
    for figure in found:
        larger = joined[-1] if joined else None
        if larger is not None and _smaller_part(tokens, larger, figure):
            per = _PARTS[larger.unit or ""][1]
            larger.value = (larger.value or 0.0) + (figure.value or 0.0) / per
            larger.last = larger.amount_last = figure.last
            larger.subject = larger.subject or figure.subject
            continue
        joined.append(figure)
    return joined


def _smaller_part(tokens: list[Token], larger: _Found, figure: _Found) -> bool:
    """Whether `figure` right after `larger` is its smaller part: inches after feet, pounds after stone, ounces
    after pounds, with its unit or none ("6ft 2"), less than one of the larger."""
    if larger.kind is not FigureKind.MEASURE or larger.unit not in _PARTS or larger.value is None or figure.value is None:
        return False
    if larger.high is not None or figure.high is not None or (larger.qualifier and figure.qualifier):
        return False
    gap = tokens[larger.last + 1 : figure.first]
    hyphened = len(gap) == 1 and gap[0].text in _HYPHENS and gap[0].start == tokens[larger.last].end  # "6-foot-4"
    part, per = _PARTS[larger.unit or ""]
    unit_fits = figure.unit == part or (figure.unit is None and figure.kind is FigureKind.COUNT) or hyphened
    return (not gap or hyphened) and unit_fits and 0 <= figure.value < per


_PARTS = {"feet": ("inches", 12), "stone": ("pounds", 14), "pounds": ("oz", 16)}


def _read_amount(text: str, tokens: list[Token], numbers: list[NumberMatch], position: int, figure: _Found) -> bool:
    """Read an amount's currency, unit, range and qualifiers into `figure`; whether it is a figure after all
    (not a lone "one" unless it opens a range, a year or "one day")."""
    number = figure.number
    _read_currency_before(text, tokens, figure)
    _read_unit_after(tokens, figure)
    if figure.kind is FigureKind.COUNT:
        _read_kind_of_count(text, tokens, figure)
    figure.amount_first = figure.first
    figure.amount_last = number.last if figure.kind in (FigureKind.COUNT, FigureKind.FRACTION) else figure.last
    lone_one = figure.value == 1 and number.spelled and figure.kind is FigureKind.COUNT
    if lone_one and (not figure.unit or tokens[number.last].lower == "one"):
        _read_range(tokens, numbers, position, figure)  # "between one and 10", "one to two hours" are ranges
        if figure.high is None or figure.high <= 1:
            return False
    if _looks_like_year(text, tokens, number, figure) or _someday(tokens, number) or _places_in_a_table(tokens, figure):
        return False
    if figure.high is None:
        _read_range(tokens, numbers, position, figure)
    _read_qualifier(tokens, figure)
    if _read_postfix_qualifier(tokens, figure) and figure.kind is FigureKind.COUNT and not figure.unit:
        _read_unit_after(tokens, figure)  # "250 or more staff"
    if figure.subject is None and figure.value is not None:
        _read_named_before_of(tokens, figure)
    return True


def _read_named_before_of(tokens: list[Token], figure: _Found) -> None:
    """The noun an amount is "of" as its subject (see `_named_before_of`); a magnitude's its unit ("had a magnitude
    of 7.8")."""
    figure.subject = _named_before_of(tokens, figure.first)
    if figure.subject == "magnitude" and figure.kind is FigureKind.COUNT and not figure.unit:
        figure.kind, figure.unit = FigureKind.MEASURE, "magnitude"


def _named_before_of(tokens: list[Token], k: int) -> str | None:
    """What an amount is "of" when a noun phrase names it: "a net loss of $1.2 billion", "a population of
    300,000", "its annual budget of £2m" (not a share, "one of", "most of", nor a change, "a rise of 5%")."""
    if k < 3 or tokens[k - 1].lower != "of":
        return None
    end = k - 1
    start = _naming_phrase_start(tokens, end)
    if start < end - 1 and tokens[start - 1].lower not in _DETERMINERS and _a_verb_alone(tokens[start]):
        start += 1  # "Tesla posted losses of $700m"
    if start == end or not (
        tokens[start - 1].lower in _DETERMINERS or _a_verb_alone(tokens[start - 1]) or _possessive_s(tokens, start - 1)
    ):  # "a", "the", "its", "reported", "Charlton's"
        return None
    head = tokens[end - 1].lower
    if head in _CHANGE_NOUNS or head in _NOT_NAMING_OF or not can_be_noun(head):
        return None
    return _join(tokens[start:end])


def _naming_phrase_start(tokens: list[Token], end: int) -> int:
    """Where the one or two words of a noun phrase that ends before `end` begin: "net loss", "club-record fee",
    "minimum term"."""
    start = end
    while start > 0 and end - start < 2 and tokens[start - 1].text.isalpha() and not _possessive_s(tokens, start - 1) and (
        _noun_like(tokens[start - 1]) or (start < end and tokens[start - 1].lower in _LIMITS)  # "a minimum term of"
    ):
        start -= 1
        if start > 1 and tokens[start - 1].text in _HYPHENS and _hyphen_joins_a_word(tokens, start - 1):
            start -= 2  # "a club-record fee of £50m"
    return start


def _a_verb_alone(token: Token) -> bool:
    """A word in lower case that can be a verb and no noun, nor a participle in -ing: "reported" of "reported revenue
    of $94.8bn" (not "starting" of "a starting cost of")."""
    word = token.text
    classes = word_classes(word) if word.isalpha() and word.islower() and not word.endswith("ing") else set()
    return "VERB" in classes and "NOUN" not in classes


_LIMITS = frozenset({"minimum", "maximum"})
_NOT_NAMING_OF = frozenset(
    """number total lot lots couple handful dozen dozens part rest kind sort type age sum amount figure excess upwards tune
    course period space span spell region area vicinity order first second third last next average maximum minimum
    median""".split()
)


def _read_kind_of_count(text: str, tokens: list[Token], figure: _Found) -> None:
    """What a count read so far is after all: a measure, a magnitude or a fraction."""
    number = figure.number
    if figure.unit in _COUNTED_MEASURES:
        _measured(tokens, figure)
    elif not figure.unit and _on_a_scale(tokens, number):
        figure.kind, figure.unit = FigureKind.MEASURE, "magnitude"  # "a magnitude 7.8 quake", "6.1 on the Richter scale"
    elif _is_fraction(text, tokens, number):
        if _part_of_a_point(tokens, figure):
            return
        figure.kind = FigureKind.FRACTION  # "two-thirds of the obese population", "one in seven residents"
        _read_subject(tokens, figure, number.last + 1)
        figure.unit = _subject_unit(figure)


def _part_of_a_point(tokens: list[Token], figure: _Found) -> bool:
    """A fraction of a rate's point or of a per cent: "a quarter point", "a half-point cut", "three-quarters of a
    percentage point", "half a per cent" (a point alone counts points, as a score's or an index's do)."""
    k = figure.number.last + 1
    k += k < len(tokens) and tokens[k].text in _HYPHENS
    k += k < len(tokens) and tokens[k].lower == "of"
    k += k < len(tokens) and tokens[k].lower in ("a", "an", "one")
    if k < len(tokens) and tokens[k].lower in ("point", "points"):
        figure.kind, figure.unit, figure.last, figure.subject = FigureKind.COUNT, "points", k, None  # the unit, no subject
        return True
    return k < len(tokens) and tokens[k].lower != "points" and _percent_after(tokens, figure, k)


def _subject_unit(figure: _Found) -> str | None:
    """The unit a fraction or a group's size takes from what it is of: the subject's last word ("prom budgets")."""
    head = figure.subject.split()[-1] if figure.subject else None
    if head is None or head.lower() in _LIKELIHOODS:
        return None  # "a one-in-five chance" is no share of chances
    return _unit_word(head)


_LIKELIHOODS = frozenset("chance chances risk risks probability likelihood odds".split())


def _unit_word(word: str) -> str:
    """A counted noun as a unit: in lower case, but a word of mixed case with a capital inside keeps its letters
    ("MPs", "iPhones", "GPs" are no "mps"; "CLUBS" are clubs), and so does a capitalised one the lexicon knows no
    common noun for ("Palestinians", "Christians", "Britons"; "People" are people) or that names a party
    ("Republicans", "Democrats", "Tories")."""
    if any(c.isupper() for c in word[1:]) and any(c.islower() for c in word):
        return word
    if word[:1].isupper() and word[1:].islower() and (not word_classes(word.lower()) or word in ORGANIZATIONS):
        return word  # "Palestinians", and a party's members: "22 Republicans" are no "republicans"
    return word.lower()


def _measured(tokens: list[Token], figure: _Found) -> None:
    """A count of a measure is a measure: "120 goalless minutes", "four full days", "three long decades" (30
    years); a word that makes a unit of it stays with it: "500 cubic metres", "10 nautical miles", "five working
    days"."""
    word, first = tokens[figure.last].lower, figure.number.last + 1
    before = tokens[figure.last - 1].lower if figure.last - 1 >= first else ""
    if before in _HYPHENS and figure.last - 2 >= first:
        before = tokens[figure.last - 2].lower + "-"  # "10 light-years"
    figure.kind, figure.unit = FigureKind.MEASURE, _MEASURE_NAMES.get(word, word)
    if word in _IN_YEARS and figure.value is not None:
        figure.value *= _IN_YEARS[word]
        figure.unit = "years"
    elif before.rstrip("-") in _UNIT_MODIFIERS:
        figure.unit = f"{before}{figure.unit}" if before.endswith("-") else f"{before} {figure.unit}"


_COUNTED_MEASURES = MEASURES - {"pounds", "stone", "stones", "degrees", "magnitude", "sq", "square", "second", "x"}
_UNIT_MODIFIERS = frozenset("cubic nautical square working business calendar trading school light".split())


def _on_a_scale(tokens: list[Token], number: NumberMatch) -> bool:
    """A quake's size: after "magnitude" ("a magnitude 7.8 earthquake", "the magnitude-5.2 tremor") or before "on
    the Richter scale"."""
    first, k = number.first, number.last + 1
    if first and (tokens[first - 1].lower == "magnitude" or (first > 1 and tokens[first - 1].text == "-" and tokens[first - 2].lower == "magnitude")):
        return True
    return k + 2 < len(tokens) and tokens[k].lower == "on" and tokens[k + 2].lower == "richter"


def _is_fraction(text: str, tokens: list[Token], number: NumberMatch) -> bool:
    """A proportion below one of something ("0.4 of the vote", "3/4 of voters", "¾ of voters", "one in seven") or a
    fraction in words ("two-thirds")."""
    if number.value is not None and 0 < number.value < 1:
        after = tokens[number.last + 1].lower if number.last + 1 < len(tokens) else ""
        if after == "of" or _PROPORTION.search(text, number.start, number.end):
            return True
    return number.spelled and tokens[number.last].lower in _DENOMINATORS | _FRACTIONS.keys()


def _supply_elided_units(tokens: list[Token], found: list[_Found]) -> None:
    """A count with no noun after it takes the unit of the count before it in the sentence, which the
    sentence leaves out: "Of the 27 journalists charged, 23 have been cleared"; not a level something stands at
    ("people fed at one of its 445 branches ... at 1,084,604"), nor an amount a noun names ("1,000 adults gave it a
    score of between one and 10"). Said in parallel, it takes the unit of the count
    built like it ("12 goals in 18 games this season and 45 in 120 games": 45 goals); compared with a figure, that
    figure's unit and kind ("79.4 years, compared with 83.1 for women"); none when it goes on with a number of its
    own that is built like no count before ("bowled out in 48.3 overs, with Root making 87 off 102 balls"); after a
    measure and no count, said on its own, that measure ("allowed two hours, but he stayed for three")."""
    counts: list[_Found] = []
    sized: list[_Found] = []
    measure: _Found | None = None  # the last measure that is no age
    _supply_the_number_of(tokens, found)
    for figure in found:
        if figure.kind is FigureKind.COUNT and not figure.unit and figure.value is not None:
            _supply_a_bare_count(tokens, figure, counts, sized, measure)
        elif figure.kind is FigureKind.COUNT and figure.unit:
            counts.append(figure)
        if figure.unit and figure.value and figure.value > 0 and figure.kind in _COMPARABLE:
            sized.append(figure)
        if figure.kind is FigureKind.MEASURE and figure.unit and figure.unit != "years old":
            measure = figure


def _supply_a_bare_count(tokens: list[Token], figure: _Found, counts: list[_Found], sized: list[_Found], measure: _Found | None) -> None:
    """The unit of a count with none: as `_supply_elided_unit` finds it when nothing names what it counts; when "of"
    names it, that of the count before it which goes on with "of" too ("two counts of fraud and three of theft")."""
    if figure.subject is None:
        if not (figure.first and tokens[figure.first - 1].lower == "at"):
            _supply_elided_unit(tokens, figure, counts[-_LISTED:], sized[-_LISTED:], measure)
    elif counts and _of_after(tokens, figure) and _of_after(tokens, counts[-1]):
        figure.unit = counts[-1].unit


def _of_after(tokens: list[Token], figure: _Found) -> bool:
    """Whether "of" follows the figure ("two counts of fraud", "three of theft")."""
    return figure.last + 1 < len(tokens) and tokens[figure.last + 1].lower == "of"


def _supply_elided_unit(tokens: list[Token], figure: _Found, counts: list[_Found], sized: list[_Found], measure: _Found | None) -> None:
    """The unit of a bare count: of the figure it is compared with, else of the count before it, else of the
    measure before it (see above); only the last few figures are looked at, so that a list stays linear."""
    value = figure.value or 0.0
    if _compared(tokens, figure.first) and value > 0 and sized:
        compared = min(sized, key=lambda f: abs(math.log(value / (f.value or 1.0))))  # the nearest in size
        figure.unit, figure.kind = compared.unit, compared.kind
    elif counts:
        alike = next((c for c in reversed(counts) if _built_alike(tokens, c, figure)), None)
        if _of_those(tokens, figure):  # "3,000 people across 14 sites, 400 of them": a part of a count at least as large
            alike = next((c for c in reversed(counts) if (c.value or 0.0) >= value), None)
            if alike is None:
                return
        if alike is not None or not _goes_on_with_a_number(tokens, figure):
            figure.unit = (alike or counts[-1]).unit
    elif measure is not None and _stands_alone(tokens, figure) and _near_in_size(value, measure.value):
        figure.unit, figure.kind = measure.unit, FigureKind.MEASURE  # "allowed two hours, but he stayed for three"


def _supply_the_number_of(tokens: list[Token], found: list[_Found]) -> None:
    """The unit of the bare counts after what a sentence opening "The number of" counts (see `_number_of`)."""
    numbered = _number_of(tokens)
    if numbered is None:
        return
    for figure in found:
        if figure.kind is FigureKind.COUNT and not figure.unit and figure.value is not None and figure.first > numbered[0]:
            figure.unit = numbered[1]  # "The number of deaths has reached 1,034"


def _number_of(tokens: list[Token]) -> tuple[int, str] | None:
    """Where a sentence opening "The number of" names what it counts in the plural, the end of that noun and the noun
    ("The number of homeless families has risen ... to 120,000": families), else None."""
    start = 0
    while start < min(len(tokens), 3) and not any(c.isalnum() for c in tokens[start].text):
        start += 1  # a bullet or a quotation mark first: "•The number of ..."
    start += 1 if start < len(tokens) and tokens[start].lower in ("the", "a") else 0
    if start + 1 >= len(tokens) or tokens[start].lower != "number" or tokens[start + 1].lower != "of":
        return None
    end = start + 2
    while end < len(tokens) and end - start < 6 and tokens[end].text.isalpha() and tokens[end].text.islower() and not is_plural_noun(tokens[end].text):
        end += 1
    if end < len(tokens) and is_plural_noun(tokens[end].text) and tokens[end].text.islower():
        return end, _unit_word(tokens[end].text)
    return None


def _of_those(tokens: list[Token], figure: _Found) -> bool:
    """Whether "of them", "of whom", "of which", "of those" follows the number: it is a part of something counted."""
    following = [t.lower for t in tokens[figure.last + 1 : figure.last + 3]]
    return len(following) == 2 and following[0] == "of" and following[1] in ("them", "whom", "which", "those", "these")


def _near_in_size(value: float, other: float | None) -> bool:
    """Whether two amounts are within ten times of each other, as a measure said again without its unit is ("two
    hours ... three"; not "a 12 month contract is worth 8 million")."""
    return other is not None and value > 0 and other > 0 and max(value, other) <= 10 * min(value, other)


_COMPARABLE = frozenset({FigureKind.COUNT, FigureKind.MEASURE, FigureKind.PERCENT, FigureKind.MONEY})


def _stands_alone(tokens: list[Token], figure: _Found) -> bool:
    """Whether a bare number is said on its own, as one that leaves its measure out is: not in brackets, not after
    "or" ("a week or two"), not before another number ("five 60ml shots", "87 off 102 balls")."""
    before = tokens[figure.first - 1].text if figure.first else ""
    after = tokens[figure.last + 1] if figure.last + 1 < len(tokens) else None
    if before in ("(", "or", *_HYPHENS) or (after is not None and (after.is_digits or after.text in _HYPHENS)):
        return False  # "(10)", "a week or two", "five 60ml shots", "a 9-to-5 job"
    return not _goes_on_with_a_number(tokens, figure)


def _goes_on_with_a_number(tokens: list[Token], figure: _Found) -> bool:
    """Whether a preposition and a number follow: "87 off 102 balls"."""
    k = figure.last + 1
    return k + 1 < len(tokens) and tokens[k].lower in STOP_WORDS and tokens[k + 1].is_digits


def _compared(tokens: list[Token], k: int) -> bool:
    """Whether the number at k is what another is compared with: "than 83.1", "versus 12", "compared with 83.1",
    "up from 102" (not "with 10,000 sold", "sold from 50 stores")."""
    before = tokens[k - 1].lower if k else ""
    if before == "with":
        return k > 1 and tokens[k - 2].lower in ("compared", "comparison", "compares")
    if before == "from":
        return k > 1 and tokens[k - 2].lower in CHANGES
    return before in ("than", "against", "versus", "vs")


def _built_alike(tokens: list[Token], count: _Found, bare: _Found) -> bool:
    """Whether a count and a bare number each go on with the same preposition and a number ("12 goals in 18
    games", "45 in 120 games")."""
    after_count, after_bare = count.last + 1, bare.last + 1
    if after_bare + 1 >= len(tokens) or after_count + 1 >= len(tokens):
        return False
    word = tokens[after_bare].lower
    return word in ("in", "from", "of", "out") and tokens[after_count].lower == word and tokens[after_count + 1].is_digits


def _add_halves(tokens: list[Token], found: list[_Found]) -> list[_Found]:
    """"and a half" after a measure adds half of it: "an hour and a half" (1.5 hours), "two years and a half",
    "the past year and a half", "a mile and a half" (the half was a fraction of nothing)."""
    kept: list[_Found] = []
    for figure in found:
        k = figure.first
        if not (figure.kind is FigureKind.FRACTION and figure.value == 0.5 and k >= 2 and tokens[k - 1].lower == "and"):
            kept.append(figure)
            continue
        word = tokens[k - 2].lower
        if word not in _COUNTED_MEASURES:
            kept.append(figure)
            continue
        whole = _IN_YEARS.get(word, 1)  # "a decade and a half" is 15 years
        before = kept[-1] if kept and kept[-1].last == k - 2 and kept[-1].kind is FigureKind.MEASURE else None
        if before is not None and before.value is not None and before.high is None:
            before.value += 0.5 * whole
            before.last = before.amount_last = figure.last
        else:
            first = k - 3 if k >= 3 and tokens[k - 3].lower in ("a", "an") else k - 2
            figure.first = figure.amount_first = first
            figure.kind, figure.value, figure.subject = FigureKind.MEASURE, 1.5 * whole, None
            kept.append(figure)
            before = figure
        before.unit = "years" if word in _IN_YEARS else _in_plural(_MEASURE_NAMES.get(word, word))
    return kept


def _one_or_more(tokens: list[Token], figure: _Found) -> None:
    """"a day or two", "the last week or two", "a foot or two": one to that many of the measure named before "or"
    (the number was a count of nothing)."""
    k = figure.first
    if not (figure.kind is FigureKind.COUNT and figure.unit is None and figure.value is not None and k >= 2):
        return
    word, start = tokens[k - 2].lower, k - 2
    if tokens[k - 1].lower != "or" or word not in _COUNTED_MEASURES or word.endswith("s"):
        return
    if start and tokens[start - 1].lower in ("a", "an", "one"):
        start -= 1  # "a day or two"
    figure.kind, figure.unit = FigureKind.MEASURE, _in_plural(_MEASURE_NAMES.get(word, word))
    figure.value, figure.high, figure.first = 1.0, figure.value, start
    figure.amount_first, figure.qualifier = start, "between"


def _in_plural(unit: str) -> str:
    """A measure's name for more than one: "hour" is "hours" ("miles", "feet" already are; a symbol, a scale and
    "mph" have none: "a 500-MW plant", "a 6.1-magnitude quake")."""
    return unit if unit.endswith("s") or unit in _UNINFLECTED or not unit.islower() else f"{unit}s"


_UNINFLECTED = frozenset("feet metres km cm mm kg mg ml mcg cc stone mph kph mpg rpm magnitude sq square".split())


def _places_in_a_table(tokens: list[Token], figure: _Found) -> bool:
    """'back in the bottom three', 'out of the top four', 'the world's top 50', 'a top-six finish': places in a
    ranking named by their number, no amount (but 'the top 10 earners' counts earners); a team's 'back four'."""
    k = figure.first
    hyphenated = k >= 2 and tokens[k - 1].text in _HYPHENS and tokens[k - 2].lower in {"top", "bottom"}  # "a top-six finish"
    return hyphenated or (
        figure.kind is FigureKind.COUNT and not figure.unit and k >= 2
        and tokens[k - 1].lower in {"top", "bottom", "back"} and tokens[k - 2].lower in _BEFORE_A_PLACE
    )


_BEFORE_A_PLACE = frozenset("the a his her their its our your my s".split())  # "the world's top 50", "your back four"


def _read_postfix_qualifier(tokens: list[Token], figure: _Found) -> bool:
    """'200 or more', 'less than 5000 or equal to': whether one was read."""
    k = figure.amount_last + 1
    for size in (3, 2):
        words = tuple(t.lower for t in tokens[k : k + size])
        if figure.qualifier is None and words in POSTFIX_QUALIFIERS:
            figure.qualifier = POSTFIX_QUALIFIERS[words]
            size = len(words)
            break
        if figure.qualifier in _INCLUSIVE and words[:2] == ("or", "equal"):
            figure.qualifier = _INCLUSIVE[figure.qualifier]
            size = 3 if words[2:] == ("to",) else 2
            break
    else:
        return False
    figure.amount_last = k + size - 1
    figure.last = max(figure.last, figure.amount_last)
    return True


def _join_bounds(tokens: list[Token], found: list[_Found]) -> list[_Found]:
    """'above 1000 and below 1500', 'at most 100 and at least 20': one range with both bounds."""
    joined: list[_Found] = []
    for figure in found:
        previous = joined[-1] if joined else None
        if previous is not None and previous.high is None and figure.high is None and previous.value is not None:
            between = [t.lower for t in tokens[previous.amount_last + 1 : figure.first]]
            lower, upper = (previous, figure) if previous.qualifier in LOWER_BOUNDS else (figure, previous)
            if (
                between in (["and"], ["but"], [","], [",", "and"])
                and {previous.qualifier, figure.qualifier} & LOWER_BOUNDS
                and {previous.qualifier, figure.qualifier} & UPPER_BOUNDS
                and lower.value is not None
                and upper.value is not None
                and lower.value < upper.value
            ):
                previous.value, previous.high = lower.value, upper.value
                previous.qualifier, previous.high_qualifier = lower.qualifier, upper.qualifier
                previous.amount_last, previous.last = figure.amount_last, figure.last
                continue
        joined.append(figure)
    return joined


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# Multiples in one word: "twice", "threefold", "tenfold", "hundredfold".
_TIMES = {
    "twice": 2.0, "thrice": 3.0, "hundredfold": 100.0, "thousandfold": 1000.0,
    **{f"{word}fold": float(value) for word, value in {**UNITS, **TENS}.items() if value >= 2},
}
# "Double", "triple" before what they multiply are multiples ("more than double the $1m sought", "triple what it
# was"); before a noun they are not ("a double room", "a triple jump").
_TIMES_BEFORE_THE = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
_WHAT_IS_MULTIPLIED = frozenset("the that what its their his her our your this these those last".split())
_SPANS_OF_TIME = frozenset("minute hour day week fortnight month year decade century".split())
# Words after which "a week" is how long something took, not a rate ("$5 a day", "twice a year") or a date.
_FOR_A_SPAN = frozenset(
    "for within nearly almost about around roughly than last lasts lasted lasting take takes took taking "
    "spend spends spent spending wait waits waited serve serves served serving".split()
)
_FRACTION_AFTER = frozenset("of the its their his her all a an".split())
# Nouns after a score ("a 3-1 win"); a range counts a plural noun ("20-30 people").
_SCORE_NOUNS = frozenset(
    "win wins victory defeat loss draw lead scoreline thrashing triumph vote votes margin decision aggregate "
    "result home away winners winner".split()
)


_WORDS_OF_NUMBERS = NUMBER_WORDS | _FRACTIONS.keys() | _TIMES.keys() | _TIMES_BEFORE_THE.keys() | _SPANS_OF_TIME


def _word_numbers(tokens: list[Token]) -> dict[NumberMatch, FigureKind]:
    """Numbers written as words the number parser leaves alone: "half", "a quarter", "twice", a span of time
    with an article after a word of duration ("lasted a week", "for a century"); their kind by the word.
    Ordinals in words ("a second victim", "the third round") are left alone: news uses them for order more
    than for amount."""
    found: dict[NumberMatch, FigureKind] = {}
    for k, token in enumerate(tokens):
        word = token.lower
        before = tokens[k - 1].lower if k else ""
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if word in _TIMES:
            multiple = NumberMatch(token.start, token.end, _TIMES[word], k, k, spelled=True)
            if not _in_an_idiom(tokens, multiple):  # "think twice"
                found[multiple] = FigureKind.MULTIPLE
        elif word in _TIMES_BEFORE_THE and after is not None and after.lower in _WHAT_IS_MULTIPLIED:
            found[NumberMatch(token.start, token.end, _TIMES_BEFORE_THE[word], k, k, spelled=True)] = FigureKind.MULTIPLE
        elif word in ("a", "an") and _a_span_of_time(tokens, k):
            found[NumberMatch(token.start, token.end, 1.0, k, k, spelled=True)] = FigureKind.MEASURE
        elif word in _FRACTIONS and after is not None and after.lower in _FRACTION_AFTER and before not in ("second", "first"):
            first = k - 1 if before in ("a", "one") else k
            if _of_a_measure(tokens, k):  # "half an hour", "half a mile", "a quarter of a mile": a measure
                last = k + 1 if after.lower in ("a", "an") else k + 2
                found[NumberMatch(tokens[first].start, tokens[last].end, _FRACTIONS[word], first, last, spelled=True)] = FigureKind.MEASURE
            else:
                found[NumberMatch(tokens[first].start, token.end, _FRACTIONS[word], first, k, spelled=True)] = FigureKind.FRACTION
    return found


def _a_span_of_time(tokens: list[Token], k: int) -> bool:
    """Whether the article at k begins a span of time after a word of duration ("lasted a week", "for a century"),
    not the time an amount is compared with ("12 per cent more than a year earlier")."""
    if not (0 < k < len(tokens) - 1 and tokens[k + 1].lower in _SPANS_OF_TIME and tokens[k - 1].lower in _FOR_A_SPAN):
        return False
    return not (k > 2 and tokens[k - 1].lower == "than" and _in_another_phrase(tokens, (tokens[k - 2].lower, "than"), k - 2))


def _of_a_measure(tokens: list[Token], k: int) -> bool:
    """Whether the fraction's word at k is of one of a measure: "half an hour", "a quarter of a mile"."""
    words = [t.lower for t in tokens[k + 1 : k + 4]]
    if words[:1] == ["of"]:
        words = words[1:]
    return len(words) >= 2 and words[0] in ("a", "an") and words[1] in MEASURES and not words[1].endswith("s")


def _word_figure(tokens: list[Token], number: NumberMatch, kind: FigureKind) -> _Found:
    """The figure of a number written as a word: a multiple, or a fraction of what follows."""
    figure = _Found(number, number.first, number.last, number.value, kind=kind)
    figure.amount_first, figure.amount_last = number.first, number.last
    if kind is FigureKind.MULTIPLE:
        figure.unit = "times"
    elif kind is FigureKind.MEASURE:
        _read_unit_after(tokens, figure)
        if figure.unit and figure.value != 1:
            figure.unit = _in_plural(figure.unit)  # "half an hour" is 0.5 hours
    elif not _part_of_a_point(tokens, figure):
        _read_subject(tokens, figure, number.last + 1)
        figure.unit = _subject_unit(figure)
    _read_qualifier(tokens, figure)
    return figure


_DENOMINATORS = frozenset(
    "third thirds fourth fourths fifth fifths sixth sixths seventh sevenths eighth eighths ninth ninths tenth tenths "
    "quarter quarters hundredth hundredths thousandth thousandths".split()
)


_PROPORTION = re.compile(r"(?: (?:in|out of) |-in-)", re.IGNORECASE)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "111", "101"})
_DIALLING = frozenset("call calls called caller callers dial dialled dialed dialling dialing dispatcher dispatchers operator emergency line recording".split())


def _other_reading(text: str, tokens: list[Token], number: NumberMatch) -> bool:
    """Words the number parser reads as numbers that are something else here: "oh" as an interjection, "a
    third victim" and "a seventh-grader" (an ordinal, not a fraction), "3M Co." (a name), "a 4K TV" (a resolution)."""
    words = text[number.start : number.end].lower()
    after = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    if (number.spelled and words == "oh") or _in_an_idiom(tokens, number) or _compound_noun(tokens, number):
        return True
    if after is not None and after.lower == "x" and _by_digits(tokens, number.last + 1):
        return True  # "a 4x4", "the 4x100m relay", "2x4 timber": a name or a size, no multiple
    if number.spelled and words == "zero":
        return _names_a_kind(tokens, number.first, number.last + 1)
    if _a_p_value(tokens, number.first):
        return True  # "(p<0.05)": a test's significance, no quantity of the story
    if number.spelled and tokens[number.last].lower in _DENOMINATORS and (after is not None or _listed_after_an_ordinal(tokens, number)):
        return _listed_after_an_ordinal(tokens, number) or (after is not None and _an_ordinal(text, tokens, number, after))
    return _a_name_with_a_letter(text, words, number, after)


def _a_p_value(tokens: list[Token], k: int) -> bool:
    """Whether the number at k is a p-value: "p<0.05", "P = 0.03", "p ≤ .001"."""
    return k >= 2 and tokens[k - 1].text in ("<", "=", ">", "≤", "<=") and tokens[k - 2].lower == "p"


def _a_name_with_a_letter(text: str, words: str, number: NumberMatch, after: Token | None) -> bool:
    """Digits and a capital that name something rather than a thousand or a million: "3M Co.", "a 4K TV", "8K video"."""
    if after is None or not words[:-1].isdigit():
        return False
    letter = text[number.end - 1]
    return (letter == "K" and after.lower in _SCREENS) or (letter == "M" and after.text[0].isupper())


_SCREENS = frozenset("tv tvs television televisions screen screens display displays monitor monitors resolution video videos footage camera cameras content streaming".split())


def _by_digits(tokens: list[Token], k: int) -> bool:
    """Whether the "x" at k is glued between digits ("4x4")."""
    return glued(tokens, k) and k + 1 < len(tokens) and tokens[k + 1].is_digits and glued(tokens, k + 1)


def _an_ordinal(text: str, tokens: list[Token], number: NumberMatch, after: Token) -> bool:
    """Whether a fraction's word orders rather than divides: "a third victim", "one fifth-grader"; "two-thirds
    majority", "a one-third stake" and "a quarter point" (of a rate) are fractions."""
    denominator = tokens[number.last].lower
    if denominator.endswith("s") or (denominator == "quarter" and _RATE_POINT.match(text, number.end)):
        return False
    return after.text in _HYPHENS or (tokens[number.first].lower != "one" and _noun_like(after) and _may_be_ordered(after))


def _listed_after_an_ordinal(tokens: list[Token], number: NumberMatch) -> bool:
    """Whether "a third" follows "and" after an ordinal in the same clause ("her first divorce and a third for him"), or
    after a count of things it adds one to ("detonated two car bombs in the capital and a third in Erbil")."""
    first = number.first
    if first < 2 or tokens[first].lower not in ("a", "an") or tokens[first - 1].lower not in ("and", "or"):
        return False
    if tokens[number.last].lower not in _ORDINAL_WORDS or (number.last + 1 < len(tokens) and tokens[number.last + 1].lower == "of"):
        return False  # "a quarter" orders nothing; "a third of the second" divides it
    before = tokens[max(0, first - _ELIDED_REACH) : first - 1]
    return any(t.lower in _ORDINAL_WORDS for t in before[-6:]) or _counts_things(before)


def _counts_things(tokens: list[Token]) -> bool:
    """Whether a small count of things is among `tokens`: "two car bombs", "2 goals" (not "two per cent", "two-thirds")."""
    for k, token in enumerate(tokens):
        small = token.lower in _SMALL_COUNTS or (token.text.isdigit() and len(token.text) <= 2 and int(token.text) >= 2)
        glued = k + 1 < len(tokens) and tokens[k + 1].text in _HYPHENS
        if small and not glued and any(t.text.isalpha() and t.text.islower() and is_plural_noun(t.text) for t in tokens[k + 1 : k + 4]):
            return True
    return False


_ELIDED_REACH = 16  # tokens before "and a third" in which the things it adds to are counted
_SMALL_COUNTS = frozenset(w for w, n in UNITS.items() if 2 <= n <= 10)  # "two" to "ten"


_ORDINAL_WORDS = frozenset(w for w, n in ORDINALS.items() if 1 <= n <= 6)  # "first" to "sixth"


def _may_be_ordered(token: Token) -> bool:
    """Whether a word after "a third" may be what it orders ("a third victim", "a third consecutive win"): a noun
    or an adjective, or a word the lexicon lacks; not a verb alone ("fell by a quarter compared with")."""
    classes = word_classes(token.lower)
    return not classes or "NOUN" in classes or "ADJ" in classes


_RATE_POINT = re.compile(r"[-‑ ]?(?:percentage |basis )?points?\b", re.IGNORECASE)


def _short_code(tokens: list[Token], number: NumberMatch) -> bool:
    """Whether the number is a code of four digits or more, no thousands comma, right after a verb of calling or
    texting and before no noun ("text 87000 to donate", "call 0800"; not "call 1500 people")."""
    token, k = tokens[number.first], number.first - 1
    if number.first != number.last or not token.text.isdigit() or len(token.text) < 4 or k < 0:
        return False  # most numbers stop here: this runs for every one
    if k > 1 and tokens[k].lower == "to":  # "text HELP to 87000"
        k = next((j for j in range(k - 1, max(k - 6, -1), -1) if tokens[j].lower in _TEXTING), k)
    if tokens[k].lower not in _TEXTING:
        return False
    word = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    return not (word is not None and word.text.isalpha() and _noun_like(word) and can_be_noun(word.lower))


_TEXTING = frozenset("text texting texted call calling dial dialling dialing ring".split())


def _dialled(tokens: list[Token], number: NumberMatch) -> int | None:
    """Where a number one calls ends, if the number starts one, however written: "a 911 call", "dialled 999",
    "the 911 tapes", "9-1-1", "9-11 dispatch:" in a transcript (but "pupils aged 9-11" is a range, "911
    people" a count, "a $999 phone" a price)."""
    spaced = _spaced_groups(tokens, number.first) if tokens[number.first].is_digits else None
    if spaced is not None:
        return spaced
    if _short_code(tokens, number):
        return number.last  # "text 87000", "call 0800": a number one texts or calls, written whole
    if len(tokens[number.first].text) > 3 or not tokens[number.first].is_digits:
        return None  # the numbers one calls have three digits at most: most numbers stop here
    first, last = _hyphened_digits(tokens, number)
    digits = "".join(tokens[k].text for k in range(first, last + 1, 2))
    if digits not in _EMERGENCY_NUMBERS or first != number.first:
        return None
    if last - first == 4:
        return last  # "9-1-1" is only ever dialled
    before = tokens[first - 1].lower if first else ""
    if before in CURRENCY_SYMBOLS:
        return None  # "Apple's $999 phone", "a £999 call-out fee"
    following = [t.lower for t in tokens[last + 1 : last + 3]]
    return last if before in _DIALLING or _CALLING & set(following) or following[:1] == [":"] else None


def _spaced_groups(tokens: list[Token], k: int) -> int | None:
    """The last token of a number one calls written in groups of digits a space apart from token k ("call 116 123",
    "on 999 0000"), else None: no two quantities stand side by side with nothing between them, and thousands
    spaced are one token that counts something ("100 000 people"; "116 123 at any hour" counts nothing)."""
    token = tokens[k]
    if " " in token.text or "\u202f" in token.text:
        after = tokens[k + 1].text if k + 1 < len(tokens) else ""
        counts = after.isalpha() and after.lower() not in STOP_WORDS and can_be_noun(after)
        return None if counts or (k and tokens[k - 1].text in CURRENCY_SYMBOLS) else k
    if len(token.text) != 3 or not token.text.isdigit():
        return None
    last = k
    while last - k < 3 and last + 1 < len(tokens) and tokens[last + 1].text.isdigit() and len(tokens[last + 1].text) >= 3:
        if tokens[last + 1].start != tokens[last].end + 1:
            break
        last += 1
    return last if last > k else None


def _hyphened_digits(tokens: list[Token], number: NumberMatch) -> tuple[int, int]:
    """The first and last tokens of the digits hyphened to the number ("9-1-1"), at most three pieces a side: a
    number one calls is short, and a long run of them stays linear."""
    first, last = number.first, number.last
    while first >= 2 and number.last - first < 6 and tokens[first - 1].text == "-" and tokens[first - 2].is_digits and glued(tokens, first - 1) and glued(tokens, first):
        first -= 2
    while last + 2 < len(tokens) and last - number.first < 6 and tokens[last + 1].text == "-" and tokens[last + 2].is_digits and glued(tokens, last + 1) and glued(tokens, last + 2):
        last += 2
    return first, last


_CALLING = _DIALLING | {"dispatch", "tape", "tapes", "phone", "service", "services", "centre", "center", "system", "hotline"}


def _names_a_kind(tokens: list[Token], first: int, k: int) -> bool:
    """Whether "zero" at `first`, before token k, names a kind of thing or a goal rather than an amount: after
    "a" or "the" ("a zero hours contract", "the zero-emissions zone"; but "a zero per cent loan" is 0%, "scored a
    zero on the test" a score), before a noun in the singular ("on zero hour contracts", "zero tolerance"; but
    "zero deaths" counts), or after "net" ("net zero by 2050")."""
    before = tokens[first - 1].lower if first else ""
    if before == "net":
        return True
    if k + 1 < len(tokens) and tokens[k].text in _HYPHENS and tokens[k].start == tokens[k - 1].end:
        k += 1
    after = tokens[k] if k < len(tokens) else None
    if after is None or not after.text.isalpha() or after.lower in STOP_WORDS or after.lower in _PERCENT_FIRST_WORDS:
        return False
    return before in ("a", "an", "the") or (after.text.islower() and can_be_noun(after.text) and not is_plural_noun(after.text))


_PERCENT_FIRST_WORDS = frozenset(words[0] for words in PERCENT_WORDS)  # "a zero per cent loan" is 0%


def _compound_noun(tokens: list[Token], number: NumberMatch) -> bool:
    """A number that makes one word of a thing with what it is hyphened to: "a six-pack", "a two-seater", "an
    18-wheeler", "a one-liner", "a three-pointer", and a number word hyphened to a particle: "the game two-up"."""
    k = number.last + 1
    if k + 1 >= len(tokens) or tokens[k].text not in _HYPHENS:
        return False
    return tokens[k + 1].lower in _COMPOUND_NOUNS or (number.spelled and tokens[k + 1].lower in _PARTICLES)


_PARTICLES = frozenset({"up", "down", "off", "on", "out"})
_COMPOUND_NOUNS = frozenset("pack packs seater seaters wheeler wheelers liner liners pointer pointers poster posters".split())


def _in_an_idiom(tokens: list[Token], number: NumberMatch) -> bool:
    """A number word in a saying, no quantity: "putting two and two together", "six of one", "one in a million"."""
    for index in range(number.first, number.last + 1):
        word = tokens[index].lower
        for idiom in _IDIOMS.get(word, ()):
            for at in (i for i, w in enumerate(idiom) if w == word):
                start = index - at
                if start >= 0 and tuple(t.lower for t in tokens[start : start + len(idiom)]) == idiom:
                    return True
    return False


def _sayings_by_word(*sayings: str) -> dict[str, list[tuple[str, ...]]]:
    """Each number word of the sayings, with the sayings it is in (as words)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for saying in sayings:
        for word in set(saying.split()) & _WORDS_OF_NUMBERS:
            found.setdefault(word, []).append(tuple(saying.split()))
    return found


_IDIOMS = _sayings_by_word(
    "two and two together", "six of one", "one in a million", "on all fours", "a million and one",
    "the two sides", "two sides to",  # the parties to a dispute or a match, and the saying: no quantity
    "think twice", "thinks twice", "thought twice", "thinking twice",
)


def _read_ordinal(tokens: list[Token], figure: _Found) -> bool | None:
    """'the 38th minute', 'his 20th trophy': an ordinal of the noun after it (True); in a name ('20th Century
    Fox') no figure (False); None when the number is no ordinal."""
    k = figure.number.last + 1
    if not (k < len(tokens) and tokens[k].start == figure.number.end and _ORDINAL_SUFFIX.fullmatch(tokens[k].text)):
        return None
    value = figure.value
    if value is None or not float(value).is_integer() or tokens[k].lower != ordinal_suffix(int(value)):
        return None  # "7st", "12.5st": no ordinal ("7th", "21st") but weights in stone
    figure.last = k
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.text[0].isupper() and not _someone_s_named_thing(tokens, figure.first, k + 1):
        return False
    if after is not None and after.lower in ("and", "&") and any(t.lower.removesuffix("s") in _STREETS for t in tokens[k + 2 : k + 5] if t.text[:1].isupper()):
        return False  # "at 11th and H Streets": a corner, no place in a ranking
    if _names_a_period(tokens, k + 1):
        return False  # "the 20th century", "a 19th-century house": when, as a year is
    figure.kind = FigureKind.ORDINAL  # its unit is the noun after it, else a place in a ranking ("start 17th")
    figure.amount_first, figure.amount_last = figure.first, k
    if _hyphen_joins_a_word(tokens, k + 1):  # "a 70th-minute red card": the 70th minute, of a red card
        figure.unit, figure.last = tokens[k + 2].lower, k + 2
        _read_subject(tokens, figure, k + 3)
    else:
        _read_subject(tokens, figure, k + 1)
        figure.unit = _ordered(figure.subject) if figure.subject else "place"
    _read_qualifier(tokens, figure)
    if figure.qualifier == "up to":  # "moved Sunderland up to 15th": a climb, no upper bound
        figure.qualifier, figure.first = None, figure.amount_first
    return True


def _someone_s_named_thing(tokens: list[Token], first: int, k: int) -> bool:
    """Whether an ordinal after a possessive counts a thing a name qualifies: "her 23rd Grand Slam title", "his
    100th Premier League goal" (the name, up to three capitalised words, then a noun in the singular in lower
    case: an ordinal orders one thing); "the 20th Century Fox film" and "the 3rd Battalion" are names."""
    if not first or tokens[first - 1].lower not in _PERSONAL_POSSESSIVES | {"its"}:
        return False
    end = k
    while end < len(tokens) and end - k < 3 and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    word = tokens[end].text if end < len(tokens) else ""
    return word.isalpha() and word.islower() and can_be_noun(word) and not is_plural_noun(word)  # "his 2nd Amendment rights"


def _names_a_period(tokens: list[Token], k: int) -> bool:
    """Whether a century or a millennium is named from token k on ("century", "-century")."""
    if k < len(tokens) and tokens[k].text in _HYPHENS:
        k += 1
    return k < len(tokens) and tokens[k].lower in ("century", "centuries", "millennium")


def _ordered(subject: str) -> str:
    """What an ordinal puts in order: the noun its phrase ends in ("his 20th trophy"), or a measure of time that opens
    it ("a 90th minute equaliser" is the 90th minute)."""
    words = subject.lower().split()
    return words[0] if words[0] in MEASURES else words[-1]


def _read_proportion(tokens: list[Token], numbers: list[NumberMatch], position: int, figure: _Found) -> bool:
    """'one in seven residents', 'more than nine in ten', '3 out of 4': a fraction, of the noun after it."""
    if position + 1 >= len(numbers) or figure.value is None:
        return False
    upper = numbers[position + 1]
    between = [t.lower for t in tokens[figure.number.last + 1 : upper.first]]
    if between not in (["in"], ["out", "of"]) or not upper.value or upper.value <= figure.value:
        return False
    after = tokens[upper.last + 1].text if upper.last + 1 < len(tokens) else ""
    if between == ["in"] and (_a_year_alone(tokens, upper) or not share_in(figure.value, upper.value, after)):
        return False  # "45 in 2019" is when, not a share
    figure.kind, figure.value, figure.last = FigureKind.FRACTION, figure.value / upper.value, upper.last
    figure.amount_first, figure.amount_last = figure.first, upper.last
    _read_subject(tokens, figure, upper.last + 1)
    figure.unit = _subject_unit(figure)
    _read_qualifier(tokens, figure)
    return True


def _a_year_alone(tokens: list[Token], number: NumberMatch) -> bool:
    """Four digits from 1800 to 2100 with no noun after them: "in 2019", not "in 2000 people"."""
    text = tokens[number.first].text
    after = tokens[number.last + 1].text if number.last + 1 < len(tokens) else ""
    return number.first == number.last and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100 and not after.islower()


def _read_score(tokens: list[Token], numbers: list[NumberMatch], position: int, figure: _Found) -> bool:
    """'a 3-1 win', 'drew 4-4', 'a 52-48 vote', 'voted 51 to 49': a score, its own kind, never fused with a number
    after it."""
    number = figure.number
    if position + 1 >= len(numbers):
        return False
    upper = numbers[position + 1]
    if not _a_vote_s_tally(tokens, number, upper) and not _a_dashed_score(tokens, number, upper):
        return False
    assert upper.value is not None
    figure.kind, figure.high, figure.last = FigureKind.SCORE, upper.value, upper.last
    figure.amount_first, figure.amount_last = figure.first, upper.last
    figure.unit = "score"
    return True


def _a_dashed_score(tokens: list[Token], number: NumberMatch, upper: NumberMatch) -> bool:
    """Whether two numbers in digits joined by a dash are a score: "a 3-1 win", "drew 4-4", "won 6-4, 3-6" (not
    "10-20 people", betting odds, nor a model's name, "777-300ER")."""
    if number.spelled or not _glued_by_dash(tokens, number, upper) or not _small_whole(number, upper) or _in_betting_odds(tokens, number):
        return False
    after = tokens[upper.last + 1] if upper.last + 1 < len(tokens) else None
    if after is not None and after.start == upper.end and after.text[0].isalpha():
        return False  # "777-300ER" is a model's name
    return _reads_as_score(number, upper, after) or (not _counts_after(after) and _after_a_score(tokens, number.first))


def _a_vote_s_tally(tokens: list[Token], number: NumberMatch, upper: NumberMatch) -> bool:
    """Whether two whole numbers joined by "to" are a vote's tally: "voted 51 to 49", "by a vote of seven to two",
    "the vote was 310 to 290", "a 5 to 4 decision", "carried by 350 votes to 250" (not "from 51 to 49", a range, nor
    "rose 5 to 7")."""
    gap = [t.lower for t in tokens[number.last + 1 : upper.first]]
    if gap in (["votes", "to"], ["vote", "to"]):
        return upper.value is not None and number.value is not None and upper.value < 1e6 and number.value < 1e6
    if gap != ["to"] or not _small_whole(number, upper):
        return False
    k = number.first
    before = tokens[k - 1].lower if k else ""
    after = tokens[upper.last + 1].lower if upper.last + 1 < len(tokens) else ""
    voted = before in _VOTES or (before in ("of", "by", "was", "were", "is", "stood") and k > 1 and tokens[k - 2].lower in _VOTES)
    return voted or after in _TALLIED


_VOTES = frozenset({"voted", "vote", "votes", "margin", "tally"})
_TALLIED = frozenset({"vote", "votes", "decision", "ruling", "verdict", "majority", "split"})  # "a 5 to 4 decision"


def _after_a_score(tokens: list[Token], k: int) -> bool:
    """Whether pairs of numbers run up to token k, each past a comma or a bracket, and one of them reads as a score
    (the winner's count first): a set lost in a tennis match ("won 6-4, 3-6, 7-6 (5-7)") is a score as the sets won
    are. At most five pairs back, as a match has at most five sets."""
    for _ in range(5):
        if k < 4 or tokens[k - 1].text not in (",", "(") or not tokens[k - 2].is_digits or not tokens[k - 4].is_digits:
            return False
        if tokens[k - 3].text not in ("-", "–") or not glued(tokens, k - 3) or not glued(tokens, k - 2):
            return False
        if tokens[k - 4].number >= tokens[k - 2].number:
            return True
        k -= 4
    return False


def _glued_by_dash(tokens: list[Token], number: NumberMatch, upper: NumberMatch) -> bool:
    """'3-1': two numbers in digits joined by a dash with no space on either side."""
    dash = number.last + 1
    return (
        upper.first == dash + 1
        and tokens[dash].text in ("-", "–")
        and not upper.spelled
        and tokens[dash].start == number.end
        and upper.start == tokens[dash].end
    )


def _small_whole(number: NumberMatch, upper: NumberMatch) -> bool:
    """Both whole numbers below 1,000, as a score or a vote's tally is."""
    values = (number.value, upper.value)
    return all(value is not None and value == int(value) and value < 1000 for value in values)


def _reads_as_score(number: NumberMatch, upper: NumberMatch, after: Token | None) -> bool:
    """A word of scores after it ('a 3-1 win'), or a winner's count first with no counted noun after it
    ('drew 4-4', 'won 52-48'); '10-20 people' is a range."""
    if after is not None and (after.lower in _SCORE_NOUNS or after.lower in ("vs", "v", "versus")):
        return True  # "a 3-1 win", "4-0 vs Burnley"
    assert number.value is not None and upper.value is not None
    return number.value >= upper.value and not _counts_after(after)


def _counts_after(after: Token | None) -> bool:
    """Whether the word after two numbers is what they count or measure ("10-20 people", "5-6 miles")."""
    return after is not None and after.text[0].isalpha() and (after.lower in MEASURES or is_plural_noun(after.text))


@dataclass(frozen=True)
class _Place:
    """A number where it stands: the text and tokens of its sentence, the spans masked in it, the words around."""

    text: str
    tokens: list[Token]
    number: NumberMatch
    masked: list[tuple[int, int]]
    span: Span
    previous: Token | None  # the word before it
    before: str  # that word, lower-cased ("" when none)
    after: str  # the token after it, lower-cased ("" when none)


def _is_quantity(text: str, tokens: list[Token], number: NumberMatch, masked: list[tuple[int, int]], span: Span) -> bool:
    previous = _word_before(tokens, number.first)
    after = tokens[number.last + 1].lower if number.last + 1 < len(tokens) else ""
    place = _Place(text, tokens, number, masked, span, previous, previous.lower if previous else "", after)
    return not any(rule(place) for rule in _NOT_QUANTITIES)


def _glued_to_a_word(place: _Place) -> bool:
    """Part of a word, a handle, a path or a code ('A380', '#12', '@5', 'v2_1', '12abc'), or joined by a hyphen to a
    capitalised word on either side, a code or a name ('F-16', 'Covid-19', 'H-1B', '7-Eleven'); a unit's or an
    ordinal's letters may follow ('5km', '3rd'), and a word in lower case may join a range by a hyphen
    ('three-to-10-year')."""
    text, start, end = place.text, place.number.start, place.number.end
    if start > place.span.start and (text[start - 1].isalnum() or text[start - 1] in "#@/_"):
        return True
    if start - 1 > place.span.start and text[start - 1] in "-‑":
        if text[start - 2].isdigit() and text[start].isupper():
            return True  # the "Eleven" of "7-Eleven"
        word = _NAME_BEFORE_HYPHEN.search(text, max(place.span.start, start - 41), start - 1) if text[start - 2].isalpha() else None
        if word is not None and word.group()[0].isupper():
            return True
    if end + 1 < len(text) and text[end] in "-‑" and text[end + 1].isupper() and not _hyphened_symbol(text, end + 1):
        return True  # the "7" of "7-Eleven" (not of "a 500-MW plant")
    if _in_a_clause_number(text, start, end, place.span.start):
        return True
    ordinal = _ORDINAL_SUFFIX.match(text, end) is not None
    return (end < len(text) and text[end].isalpha() and not _unit_suffix(text, end) and not ordinal) or text[end : end + 1] in ("/", "_")


def _in_a_time(place: _Place) -> bool:
    """The seconds of a time ("1:36.954"), a place in a table of times ("1:36.954 5."), a clock time after it."""
    text, start = place.text, place.number.start
    if start - 2 >= place.span.start and text[start - 1] == ":" and text[start - 2].isdigit():
        return True
    if place.before == "at" and _DOTTED_TIME.fullmatch(text, start, place.number.end) and _bare(place.tokens, place.number):
        return True  # "came to the door at 11.30"
    return bool(_AFTER_A_TIME.search(text, max(place.span.start, start - 16), start)) or bool(_TIME_AFTER.match(text, place.number.end))


_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


def _masked(place: _Place) -> bool:
    return in_spans(place.masked, place.number.start)


def _list_number(place: _Place) -> bool:
    """A list's number opening the sentence or an item after a rule of dashes (a results table run into one line):
    "3. The", "2) Then", "1:38.158 - - - 11. Pastor Maldonado"."""
    number, tokens = place.number, place.tokens
    opens = number.first == 0 or (number.first > 1 and {t.text for t in tokens[number.first - 2 : number.first]} <= _RULES)
    return opens and bool(tokens[number.last + 1 : number.last + 2]) and tokens[number.last + 1].text in ".)"


_RULES = frozenset({"-", "–", "—", "|", "•", "*"})


def _a_date_or_label(place: _Place) -> bool:
    """A day of a month ("May 3", "3 May", "the 1st of May"), or a number after a naming word ("Flight 370", "room 12", "a grade two
    tear", "Year 10 pupils"); after one in lower case it may count the plural after it ("Last week two men were held",
    "Every week 300 people visit")."""
    if _a_day_of_a_month(place):
        return True
    if place.before not in NAMING_WORDS and place.before not in _NAMING_PLURALS:
        return not place.number.spelled and _listed_after(place.tokens, place.number.first, NAMING_WORDS | _NAMING_PLURALS)  # "Nos. 1, 2"
    if place.before == "par" and {t.lower for t in place.tokens[max(0, place.number.first - 3) : place.number.first - 1]} & _AGAINST_PAR:
        return False  # a round's score: "a four-under-par 68" (a hole's "par 4" names it)
    if place.before == "round" and place.number.first > 1 and place.tokens[place.number.first - 2].text in _HYPHENS:
        return False  # a round's score again: "a final-round 66" ("round 3" names a round)
    following = place.tokens[place.number.last + 1] if place.number.last + 1 < len(place.tokens) else None
    counts = following is not None and following.text.isalpha() and is_plural_noun(following.lower)
    if place.previous is not None and place.previous.text[:1].isupper():
        return True
    if place.before not in _TIMES_AND_TURNS:
        return True  # a document's, a rank's or a place's number names it with a plural after too: "section 114 notices", "tier 4 areas"
    single = place.number.first == place.number.last  # "figures show 2 million" has a scale
    return not counts and single and _bare(place.tokens, place.number)  # "in recent years 3 per cent" counts too


_AGAINST_PAR = frozenset({"under", "over", "level"})
# Naming words of a time or a turn, after which a number may count the plural that follows ("Last week two men were
# held", "in round 2 three riders fell"); after the others it names ("section 114 notices", "type 2 diabetes patients").
_TIMES_AND_TURNS = frozenset(
    "week day year quarter season game round race lap hole leg heat par numbers digits".split()
    + "weeks days years quarters seasons games rounds races laps holes legs heats match matches".split()
)


def _a_day_of_a_month(place: _Place) -> bool:
    """"May 3", "3 May", "between March 3 and 5", "the 1st of May"."""
    if place.before in MONTHS or place.after in MONTHS or _second_day(place.tokens, place.number.first):
        return True
    after = place.tokens[place.number.last + 1 : place.number.last + 4]
    return (
        place.after in ("st", "nd", "rd", "th") and len(after) == 3 and after[0].start == place.number.end
        and after[1].lower == "of" and after[2].lower in MONTHS
    )


def _second_day(tokens: list[Token], k: int) -> bool:
    """The second day of a span of days of one month: "between March 3 and 5", "May 5-7", "June 1 to 3"."""
    if k < 3 or tokens[k - 1].lower not in _RANGE_JOINERS or not tokens[k - 2].is_digits:
        return False
    day, after = tokens[k - 2], tokens[k + 1].lower if k + 1 < len(tokens) else ""
    counts = after.isalpha() and is_plural_noun(after)  # "since March 2 and 3 people arrived"
    return tokens[k - 3].lower in MONTHS and len(day.text) <= 2 and len(tokens[k].text) <= 2 and not counts


def _in_a_compound_title(place: _Place) -> bool:
    """A number closing a title that tells who someone is: "the mother-of-six", "a father-of-two", "a mother of
    four" (but "the mother of four children" counts them)."""
    start, first = place.number.start, place.number.first
    if start >= 1 and place.text[start - 1] == "-":
        return _OF_COMPOUND.search(place.text, max(place.span.start, start - 20), start) is not None
    parent = first >= 2 and place.before == "of" and place.tokens[first - 2].lower in _PARENTS
    return parent and not (place.after.isalpha() and is_plural_noun(place.after))


_PARENTS = frozenset("mother father mum mom dad grandmother grandfather parent parents".split())


_OF_COMPOUND = re.compile(r"[A-Za-z]+-of-$")


def _betting_odds(place: _Place) -> bool:
    return _in_betting_odds(place.tokens, place.number)


def _in_betting_odds(tokens: list[Token], number: NumberMatch) -> bool:
    """Either side of betting odds: "5-1 favourites", "a 10/1 shot", "at odds of 7-2"."""
    if number.spelled:
        return False
    first, last = number.first, number.last
    if first >= 2 and tokens[first - 1].text in _ODDS_MARKS and glued(tokens, first) and glued(tokens, first - 1) and tokens[first - 2].is_digits:
        first -= 2
    elif last + 2 < len(tokens) and tokens[last + 1].text in _ODDS_MARKS and glued(tokens, last + 1) and glued(tokens, last + 2) and tokens[last + 2].is_digits:
        last += 2
    else:
        return False
    after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    before = [t.lower for t in tokens[max(0, first - 2) : first]]
    return after in _ODDS_NOUNS or "odds" in before


_ODDS_MARKS = ("-", "–", "/")
_ODDS_NOUNS = frozenset("favourite favourites favorite favorites outsider outsiders shot shots".split())


def _calibre(place: _Place) -> bool:
    """A gun's calibre names its kind: "a .22 calibre rifle"."""
    return place.after in ("calibre", "caliber")


def _street_block(place: _Place) -> bool:
    """A street address: "the 3400 block of Applejack Terrace", "10 Downing Street", "221B Baker St"."""
    tokens, last = place.tokens, place.number.last
    if place.after == "block" and last + 2 < len(tokens) and tokens[last + 2].lower == "of":
        return True
    if last + 2 >= len(tokens) or not tokens[last + 1].text[:1].isupper():
        return False
    for count, token in enumerate(tokens[last + 1 : last + 4]):
        if not token.text[:1].isupper() or not token.text.isalpha():
            return False
        if count and token.lower in _STREETS:
            return True
    return False


_STREETS = frozenset(
    "street st road rd avenue ave lane drive boulevard blvd place square terrace close crescent gardens grove row way".split()
)


def _split_year(place: _Place) -> bool:
    """A season or fiscal year: "2012-13", the 13 of it too."""
    text, start = place.text, place.number.start
    return bool(_SPLIT_YEAR.match(text, start) or _SPLIT_YEAR.search(text, max(0, start - 5), place.number.end))


def _after_a_name(place: _Place) -> bool:
    """Bare digits right after a capitalised word name a thing ("Apollo 11", "News 12 had"), unless the word
    opens the sentence and can be no name ("About 40 people")."""
    number, previous = place.number, place.previous
    if previous is None or number.spelled or number.first < 1 or number.first != number.last:
        return False
    named = any(c.isupper() for c in previous.text) and previous.lower not in CURRENCY_CODES and _millions_code(previous) is None
    opening = number.first == 1 and not _can_name(previous.lower)
    return named and not opening and previous.end + 1 == number.start and _bare(place.tokens, number)


def _spelled_in_a_name(place: _Place) -> bool:
    """A number word in capitals after a capitalised word, with no plural noun after it or in a longer name, is part
    of a name ("told Page Six that", "on Channel Four last night", "the Big Four banks", "World War Two
    favourites"); "on Sunday Two people died" still counts people. So is one in
    capitals between a lower-case word and a capitalised one, a title's first word ("the film Ten Things I Hate
    About You", "starred in Fifty Shades of Grey"), or one a quotation mark opens there ("named in its list of
    'Twelve Women Who Changed' the world")."""
    number, previous, tokens = place.number, place.previous, place.tokens
    if not number.spelled or number.first != number.last or not tokens[number.first].text[:1].isupper():
        return False
    following = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    if previous is None:
        return _quotes_a_title(tokens, number.first)
    if previous.end + 1 != number.start or number.first < 2:
        return False
    if previous.text.isalpha() and previous.text.islower():
        return following is not None and following.text.isalpha() and following.text[:1].isupper()
    counts = following is not None and following.text.isalpha() and following.text.islower() and is_plural_noun(following.text)
    return previous.text[:1].isupper() and (not counts or _names_before(tokens[number.first - 2]))


def _names_before(token: Token) -> bool:
    """Whether the word two before a number word in capitals shows a name that goes on to it ("World War Two
    favourites", "the Big Four banks"), where "on Sunday Two people died" starts a sentence run into another."""
    return token.lower == "the" or (token.text.isalpha() and token.text[:1].isupper())


def _quotes_a_title(tokens: list[Token], k: int) -> bool:
    """Whether the word at k opens a quoted title in the middle of a sentence: a quotation mark glued to it after a
    word in lower case, and two capitalised words from it ("the song 'Seven Nation Army'"; 'he said "Two men came"'
    quotes words)."""
    if k < 2 or k + 1 >= len(tokens) or tokens[k - 1].text not in _OPENING_QUOTES or not glued(tokens, k):
        return False
    before, following = tokens[k - 2], tokens[k + 1]
    return before.text.isalpha() and before.text.islower() and following.text.isalpha() and following.text[:1].isupper()


def _labels(place: _Place) -> bool:
    return _labels_a_thing(place.tokens, place.number)


def _dotted(place: _Place) -> bool:
    """Dotted digits ("1.2.3", "192.168"), or a decimal the number stopped short of."""
    text, start, end = place.text, place.number.start, place.number.end
    return text[start:end].count(".") > 1 or (text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit())


# What a number in a sentence is when it is no quantity, checked in this order.
def _clipped_year(place: _Place) -> bool:
    """A year with its century cut off by an apostrophe: "since '57", "the class of ’98" (not a quote that opens
    with a count: "'57 people died'", "'20 per cent'")."""
    number, tokens = place.number, place.tokens
    if number.first < 1 or number.first != number.last or len(tokens[number.first].text) != 2 or not tokens[number.first].is_digits:
        return False
    mark = tokens[number.first - 1]
    spaced = number.first < 2 or tokens[number.first - 2].end < mark.start
    counts = place.after.isalpha() and is_plural_noun(place.after)  # a quote that opens with a count: "'57 people died'"
    return mark.text in ("'", "’") and mark.end == number.start and spaced and not counts and _bare(tokens, number)


_NOT_QUANTITIES: tuple[Callable[[_Place], bool], ...] = (
    _glued_to_a_word,
    _in_a_time,
    _masked,
    _list_number,
    _a_date_or_label,
    _in_a_compound_title,
    _betting_odds,
    _calibre,
    _street_block,
    _split_year,
    _after_a_name,
    _spelled_in_a_name,
    _labels,
    _dotted,
    _clipped_year,
)


def _in_a_clause_number(text: str, start: int, end: int, first: int) -> bool:
    """Digits of a clause of a law or a code: both numbers of "501(c)(3)", the 401 of "401(k)"."""
    return _SUBSECTION.match(text, end) is not None or (start - 2 > first and text[start - 1] == "(" and text[start - 2] == ")")


_SUBSECTION = re.compile(r"\([a-z0-9]{1,3}\)")
_NAME_BEFORE_HYPHEN = re.compile(r"[^\W\d_]+$")


def _unit_suffix(text: str, end: int) -> bool:
    """Letters glued to a number that still make a quantity: '10x', '3bn', '5km', '20lbs', '6ft'."""
    word = _GLUED_LETTERS.match(text, end)
    return word is not None and (word.group().lower() in _GLUED_UNITS or word.group() in _GLUED_AS_WRITTEN)


def _hyphened_symbol(text: str, start: int) -> bool:
    """A unit's symbol in capitals hyphened to a number: "a 500-MW plant", "a 64-GB phone"."""
    word = _GLUED_LETTERS.match(text, start)
    return word is not None and len(word.group()) > 1 and word.group().lower() in _GLUED_UNITS


_GLUED_LETTERS = re.compile(r"[A-Za-z]+")
_GLUED_SCALES = ("C", "F")  # a temperature with no degree sign: "30C", "86F"
_GLUED_AS_WRITTEN = frozenset({*_GLUED_SCALES, "p", "c", "MB", "g"})  # letters that are a unit only in this case: "30C", "50p" (not "3P"), "512MB"
_GLUED_UNITS = MULTIPLE_WORDS | {
    "bn", "mn", "m", "k", "b", "tn", "km", "kg", "mw", "gw", "bpd", "lbs", "lb", "ft", "cm", "mm", "oz", "mph", "kph", "mpg",
    "pc", "pct", "bps",  # "a 2pc rise", "25bps"
    "hr", "hrs", "min", "mins", "sec", "secs", "in",  # "2hr 15min", "10in"
    "kb", "gb", "tb", "khz", "mhz", "ghz", "kbps", "mbps", "gbps",  # "128GB", "3.2GHz" (megabytes as written: "512MB")
    "cc", "rpm", "mg", "ml", "mcg",  # "a 50cc scooter", "5,000rpm", "500mg", "a 330ml can"
}


def _word_before(tokens: list[Token], k: int) -> Token | None:
    """The word before token k, looking past a full stop ("Jan. 5")."""
    k -= 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    return tokens[k] if k >= 0 and tokens[k].text[0].isalpha() else None


def _can_name(word: str) -> bool:
    """A word that can open a name ("News 12", "Radio 4", "Boeing 747"), not one that qualifies an amount
    ("About", "Nearly", "Some", "Every")."""
    return word not in STOP_WORDS and word not in _OF_AMOUNT and not {"ADV", "ADJ"} & set(word_classes(word))


_OF_AMOUNT = frozenset({"many", "several", "every", "few"})


def _labels_a_thing(tokens: list[Token], number: NumberMatch) -> bool:
    """Digits that name one thing rather than count several: more than one before a noun in the singular and
    no article ("the U.S.'s 301 investigation", "its 747 fleet"); "a 3 bedroom house" is a compound."""
    value, k = number.value, number.last + 1
    if number.spelled or number.first != number.last or value is None or value <= 1 or not float(value).is_integer() or k >= len(tokens):
        return False
    noun, before = tokens[k], tokens[number.first - 1].lower if number.first else ""
    if before in ("a", "an") or before in CURRENCY_SYMBOLS or not _may_be_a_named_thing(noun):
        return False  # "a 3 bedroom house", "the first £100 player"
    if noun.lower in _NAMED_BY_A_NUMBER:  # "on the 6 train", "the 73 bus home" ("5 bus drivers" count drivers)
        return not (k + 1 < len(tokens) and is_plural_noun(tokens[k + 1].text))
    following = tokens[k + 1].lower if k + 1 < len(tokens) else "."
    if following in ("and", "or", "to", "-") or (following.isalpha() and following not in STOP_WORDS and can_be_noun(following)):
        return False  # "200 cannabis plants", "12 gold and 3 silver medals", "2 pound coins" ("the 301 investigation began")
    return _a_thing_named(noun.lower, value)


def _a_thing_named(noun: str, value: float) -> bool:
    """Whether digits before `noun` name it: a noun in the singular that only is one ("the 301 investigation"),
    or any noun after digits no one counts in ("the 747 jet", "a 911 call"); a level is counted ("the 1,234 level")."""
    classes = word_classes(noun)
    if is_plural_noun(noun) or noun not in classes.get("NOUN", ()) or noun in _LEVELS:
        return False
    return set(classes) == {"NOUN"} or (value >= 100 and value % 10 != 0)


_LEVELS = frozenset("mark level barrier threshold milestone figure point line high low record ceiling".split())  # "the 1,234 level"
_NAMED_BY_A_NUMBER = frozenset("train bus tram line route flight freeway highway motorway platform gate terminal".split())


def _may_be_a_named_thing(noun: Token) -> bool:
    """A word in lower case that no unit, rate or small word is ("5 km", "100 percentage", "5000 or less")."""
    word = noun.lower
    if not noun.text.isalpha() or not noun.text.islower():
        return False
    return word not in MEASURES and word not in CURRENCY_WORDS and (word,) not in PERCENT_WORDS and word not in STOP_WORDS


def _bare(tokens: list[Token], number: NumberMatch) -> bool:
    """No unit, scale, currency or percent near the number: how model names look ("Boeing 737")."""
    after = tokens[number.last + 1].lower if number.last + 1 < len(tokens) else ""
    if after in MEASURES or after in CURRENCY_WORDS or after in {"%", "times", "million", "billion"}:
        return False
    return not _match_words(tokens, number.last + 1, PERCENT_WORDS)  # "held at 5.25 per cent"


# "dreams of one day playing", "will one day": "one day" meaning some day, not a day's length.
_SOMEDAY_BEFORE = {"of", "will", "would", "could", "might", "may", "can", "to", "hope", "hopes", "hoped", "dream", "dreams"}


def _someday(tokens: list[Token], number: NumberMatch) -> bool:
    """"One day" meaning some day ("dreams of one day playing") or once ("One day, she told me", "then one day he
    called"), not a day's length."""
    after = tokens[number.last + 1].lower if number.last + 1 < len(tokens) else ""
    if tokens[number.last].lower != "one" or after != "day":
        return False
    previous = _word_before(tokens, number.first)
    following = tokens[number.last + 2] if number.last + 2 < len(tokens) else None
    once = following is not None and (following.lower in _SUBJECT_PRONOUNS or (number.first == 0 and following.text == ","))
    return once or (previous is not None and previous.lower in _SOMEDAY_BEFORE)


_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they", "you"})


_ERAS = {"ad", "bc", "bce", "ce"}
_YEAR_PREPOSITIONS = {"in", "since", "from", "until", "till", "before", "after", "circa"}


def _looks_like_year(text: str, tokens: list[Token], number: NumberMatch, figure: _Found) -> bool:
    """A year, not a count: four digits from 1800 to 2100 with no unit, any three or four digits before an era
    ("1100 BC"), or an older year after a preposition of time with no noun after it ("painted in 1638,")."""
    value = number.value
    if value is None or number.spelled or figure.kind is not FigureKind.COUNT or figure.qualifier:
        return False
    raw = text[number.start : number.end]
    if not raw.isdigit():
        return False
    after = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    if after is not None and after.lower in _ERAS and len(raw) in (3, 4):
        return True
    if len(raw) != 4:
        return False
    if 1800 <= value <= 2100:
        return True
    previous = _word_before(tokens, number.first)
    return (
        1000 <= value < 1800
        and previous is not None
        and previous.lower in _YEAR_PREPOSITIONS
        and (after is None or not after.text[0].isalpha() or after.lower in STOP_WORDS)
    )


def _read_currency_before(text: str, tokens: list[Token], figure: _Found) -> None:
    """'$', 'C$', 'US $', 'HK$', 'EUR 3bn', 'rmb 10', 'MUSD 30' before the number."""
    k = figure.first - 1
    if k < 0:
        return
    token = tokens[k]
    code: str | None
    if token.text in CURRENCY_SYMBOLS:
        code, first = CURRENCY_SYMBOLS[token.text], k
        if token.text == "$" and (prefix := _currency_prefix(text, tokens, k)):
            code, first = prefix
        figure.first, figure.unit, figure.kind = first, code, FigureKind.MONEY
    elif (code := _currency_code(token)) is not None:
        figure.first, figure.unit, figure.kind = k, code, FigureKind.MONEY
    elif (code := _millions_code(token)) is not None:  # "MAUD 60"
        figure.first, figure.unit, figure.kind = k, code, FigureKind.MONEY
        figure.value = None if figure.value is None else figure.value * 1e6


def _currency_prefix(text: str, tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The country letters before a dollar sign ('C$', 'us $', 'u.s $') and the token they start at."""
    start = tokens[k].start
    match = _DOLLAR_PREFIX.search(text, max(0, start - 6), start)
    if match is None or match.group(1).lower() not in CURRENCY_PREFIXES:
        return None
    if len(match.group(1)) == 1 and match.end(1) != start:
        return None  # 'a $5 fine': only a glued letter is a prefix ('C$5')
    first = next(i for i in range(k, -1, -1) if tokens[i].start <= match.start(1))
    return CURRENCY_PREFIXES[match.group(1).lower()], first


def _currency_code(token: Token) -> str | None:
    """An ISO code written as one ('EUR', 'usd', 'rmb'), or one with a millions 'M' ('MUSD')."""
    word = token.lower
    if word in CURRENCY_CODES and word not in ("us", "rs", "a") and (token.text.isupper() or len(word) == 3):
        return CURRENCY_CODES[word]
    if token.text == "Rs":  # "Rs 500": rupees
        return CURRENCY_CODES["rs"]
    return None


def _millions_code(token: Token) -> str | None:
    """A currency's code in millions, as finance writes it: "MUSD", "MEUR", "MGBP"."""
    text = token.text
    if len(text) == 4 and text.isupper() and text[0] == "M" and text[1:].lower() in CURRENCY_CODES:
        return CURRENCY_CODES[text[1:].lower()]
    return None


def _match_words(tokens: list[Token], k: int, phrases: set[tuple[str, ...]]) -> int:
    """How many tokens from k form one of the phrases (longest first), or 0."""
    for size in (2, 1):
        words = tuple(t.lower for t in tokens[k : k + size])
        if len(words) == size and words in phrases:
            return size
    return 0


_UnitReader = Callable[[list[Token], _Found, int], bool]


def _a_rate_per(tokens: list[Token], k: int, words: tuple[str, ...] = ("a", "an", "per")) -> bool:
    """Whether a span of time follows at k, after one of `words`, as the figure's rate: "6,000 a day", "two per week"
    count no days."""
    return k + 1 < len(tokens) and tokens[k].lower in words and tokens[k + 1].lower in _SPANS_OF_TIME


_EVERY = ("a", "an", "per", "each", "every")  # a multiple's rate: "three times a day", "twice every week"


def _read_unit_after(tokens: list[Token], figure: _Found, readers: tuple[_UnitReader, ...] | None = None) -> None:
    """The unit after the number, by the first of `readers` (`_UNIT_READERS`) that finds one; else the counted noun."""
    k = figure.last + 1
    if k >= len(tokens):
        _read_age(tokens, figure, k)  # a line that ends on it, with no full stop: "She died aged 47"
        return
    if not any(reader(tokens, figure, k) for reader in readers or _UNIT_READERS) and not _a_rate_per(tokens, k):
        _read_subject(tokens, figure, k, count=True)
        if figure.value is None and figure.unit in CURRENCY_WORDS:  # "millions of dollars", "billions of pounds"
            figure.kind, figure.unit = FigureKind.MONEY, CURRENCY_WORDS[figure.unit]
        elif figure.unit == "figures" and figure.subject == "figures" and figure.number.spelled and figure.value in _DIGIT_COUNTS:
            figure.value, figure.unit = None, None  # "earned six figures": six digits, no amount ("3 figures" are three)


_NOT_PERCENT = frozenset({"PC", "Pc"})  # "a 2pc rise" is per cent, "1 PC" a computer


def _percent_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """'5%', '5 per cent', '2 percentage points', '25 basis points'; 'five points clear' counts points."""
    size = 1 if tokens[k].text == "%" else _match_words(tokens, k, PERCENT_WORDS)
    if not size or tokens[k].text in _NOT_PERCENT:
        return False
    words = " ".join(t.lower for t in tokens[k : k + size])
    figure.kind = FigureKind.PERCENT
    figure.unit = "basis points" if "basis" in words or words == "bps" else ("percentage points" if "point" in words else "percent")
    if words == "points":  # "five points clear": points of a score or an index, not a rate
        figure.kind, figure.unit = FigureKind.COUNT, "points"
    figure.last = k + size - 1
    _read_subject(tokens, figure, figure.last + 1)
    return True


def _money_words_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """After an amount of money already ('$5 million dollars'): its currency word, then what it pays for."""
    if figure.kind is not FigureKind.MONEY:
        return False
    if tokens[k].lower in CURRENCY_WORDS:
        figure.last = k
    elif _hyphened_roughly(tokens, k):  # "a £100m-plus fee"
        figure.qualifier, figure.last = _ROUGHLY_HYPHENED[tokens[k + 1].lower], k + 1
    after = figure.last + 1
    if after < len(tokens) and tokens[after].lower in ("a", "an", "per"):
        return True  # a rate, no subject: "£200,000 a week", "$78 a barrel", "$30 a head"
    _read_subject(tokens, figure, after)
    if figure.subject is None:
        _read_what_the_money_is_in(tokens, figure)
    return True


def _read_what_the_money_is_in(tokens: list[Token], figure: _Found) -> None:
    """What an amount of money is counted in, as its subject: "$34 billion in Chinese imports", "$5m in damages"
    (not "in 2019", "in London", "in the first quarter", "in total", "in recent weeks")."""
    k = figure.last + 2
    if k >= len(tokens) or tokens[k - 1].lower != "in":
        return
    word = tokens[k]
    if not word.text.isalpha() or not (word.text.islower() or word.text in DEMONYMS) or word.lower in _DETERMINERS:
        return
    _read_subject(tokens, figure, k)
    head = figure.subject.split()[-1].lower() if figure.subject else ""
    if head in _TIME_SPANS or head in _NOT_MONEY_IN:
        figure.subject = None


_NOT_MONEY_IN = frozenset("total all part addition return terms value effect fact response time advance person turn exchange".split())


def _currency_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """A currency after the number: '5-dollar', '5 €', '5 dollars [50 cents]', '5 EUR', '5 Swiss francs'."""
    word = tokens[k].lower
    if word == "-" and k + 1 < len(tokens) and tokens[k + 1].lower in CURRENCY_WORDS and tokens[k].start == tokens[k - 1].end:
        figure.kind, figure.unit, figure.last = FigureKind.MONEY, CURRENCY_WORDS[tokens[k + 1].lower], k + 1
        return True
    if tokens[k].text in CURRENCY_SYMBOLS and (k + 1 >= len(tokens) or not tokens[k + 1].is_digits):
        figure.kind, figure.unit, figure.last = FigureKind.MONEY, CURRENCY_SYMBOLS[tokens[k].text], k
        return True
    if word in CURRENCY_WORDS or _currency_code(tokens[k]) is not None:
        figure.kind, figure.unit, figure.last = FigureKind.MONEY, CURRENCY_WORDS.get(word) or _currency_code(tokens[k]), k
        _read_cents(tokens, figure)
        return True
    if (code := _millions_code(tokens[k])) is not None:  # "120 MEUR"
        figure.kind, figure.unit, figure.last = FigureKind.MONEY, code, k
        figure.value = None if figure.value is None else figure.value * 1e6
        return True
    if tokens[k].text == "p" and tokens[k].start == figure.number.end:  # "a 5p charge", "rose to 65p"
        figure.kind, figure.unit, figure.last = FigureKind.MONEY, "pence", k
        return True
    if tokens[k].text == "c" and tokens[k].start == figure.number.end:
        figure.kind, figure.unit, figure.last = FigureKind.MONEY, "cents", k  # "rose 3c a litre", "a 99c app"
        return True
    national = _national_currency(tokens, k)
    if national is None:
        return False
    figure.kind, figure.unit, figure.last = FigureKind.MONEY, national[0], national[1]
    return True


def _degrees_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """'30°', '30°C', and with no degree sign '30C'."""
    if tokens[k].text in _GLUED_SCALES and tokens[k].start == figure.number.end:
        figure.kind, figure.unit, figure.last = FigureKind.MEASURE, f"°{tokens[k].text}", k
        return True
    if tokens[k].text != "°":
        return False
    scale = tokens[k + 1].text if k + 1 < len(tokens) and tokens[k + 1].text in ("C", "F") and tokens[k + 1].start == tokens[k].end else ""
    figure.kind, figure.unit, figure.last = FigureKind.MEASURE, f"°{scale}" if scale else "degrees", k + (1 if scale else 0)
    return True


def _multiple_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """'three times', '10-fold'."""
    word = tokens[k].lower
    if not (word in MULTIPLE_WORDS or (word == "-" and k + 1 < len(tokens) and tokens[k + 1].lower == "fold")):
        return False
    figure.kind, figure.unit = FigureKind.MULTIPLE, "times"
    figure.last = k + (1 if word == "-" else 0)
    if not _a_rate_per(tokens, figure.last + 1, _EVERY):
        _read_subject(tokens, figure, figure.last + 1)  # what it multiplies; none in a rate: "three times a day"
    return True


def _against_par(tokens: list[Token], figure: _Found, k: int) -> bool:
    """A golfer's score against par: "12 under par", "three over par" (strokes)."""
    if not (k + 1 < len(tokens) and tokens[k].lower in ("under", "over") and tokens[k + 1].lower == "par"):
        return False
    figure.unit, figure.last = f"{tokens[k].lower} par", k + 1
    return True


def _measure_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """A measure: '40 metres', '3 decades' (30 years), '12 sq km', '5 km²', '12.5st' (stone, glued)."""
    word = tokens[k].lower
    glued = tokens[k].start == figure.number.end
    glued_short = tokens[k].text in ("st", "in", "g") and glued  # "12.5st", "10in of rain", "500g" ("10 in" is no unit)
    glued_metres = tokens[k].text == "m" and glued and in_metres(tokens, k)  # "1.93m tall", "the 100m hurdles"
    if word not in MEASURES and not glued_short and not glued_metres:
        return False
    figure.kind, figure.unit, figure.last = FigureKind.MEASURE, "metres" if glued_metres else _MEASURE_NAMES.get(word, word), k
    per, last = _per_time(tokens, k)
    if figure.unit in ("km", "metres", "miles") and per:  # "100km/h", "5 m/s", "70 miles an hour"
        figure.unit, figure.last = {"metres": f"m/{per}", "miles": "mph" if per == "h" else "miles/s"}.get(figure.unit, f"km/{per}"), last
    old = _old_after(tokens, k) if word in _AGE_SPANS else None
    if old is not None:  # "an 83 year-old woman", "50 years old", "eight weeks old": an age
        figure.unit, figure.last = f"{_in_plural(word)} old", old
        return True
    if word in _IN_YEARS and figure.value is not None:  # "three decades" is 30 years
        figure.value *= _IN_YEARS[word]
        figure.high = figure.high * _IN_YEARS[word] if figure.high is not None else None
        figure.unit = "years"
    elif _named_in_the_singular(tokens, figure, k):  # "an eight hour shift", "a 10 mile race": as "eight-hour", "10-mile"
        figure.unit = _in_plural(figure.unit)
        _read_subject(tokens, figure, k + 1)
    _read_area(tokens, figure, k)
    _read_what_is_measured(tokens, figure)
    return True


def _read_what_is_measured(tokens: list[Token], figure: _Found) -> None:
    """The noun after "of" that a measure other than a span of time measures: "2.5 tonnes of cocaine", "18 inches
    of snow" ("two years of his life" are his)."""
    k = figure.last + 1
    if figure.unit not in _TIME_SPANS and figure.subject is None and k < len(tokens) and tokens[k].lower == "of":
        _read_subject(tokens, figure, k)


def _named_in_the_singular(tokens: list[Token], figure: _Found, k: int) -> bool:
    """Whether the measure at k is named in the singular after an amount other than one, as it is before the noun
    it qualifies ("a 12 month contract", "a 100 metre sprint"; "a minute", "1 hour" are one)."""
    word = tokens[k].lower
    if figure.value is None or figure.value == 1 or figure.high is not None or word not in MEASURES or word in ("sq", "square"):
        return False  # an area's first word: `_read_area`
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or not following.text.isalpha() or not following.text.islower() or following.lower in _DIMENSIONS:
        return False  # "1.2km long", "40cm thick": how it measures, no noun
    return not word.endswith("s") and _noun_like(following)


_DIMENSIONS = frozenset("long wide high tall deep thick broad across away apart off old short".split())


def _per_time(tokens: list[Token], k: int) -> tuple[str, int]:
    """"h" or "s" when an hour or a second follows the unit at k as a rate ("km/h", "m/s", "miles per hour", "70
    miles an hour"), else "", with the rate's last token."""
    if k + 2 >= len(tokens):
        return "", k
    if tokens[k + 1].text == "/" and glued(tokens, k + 1) and glued(tokens, k + 2):
        return {"h": "h", "hr": "h", "s": "s"}.get(tokens[k + 2].lower, ""), k + 2
    following = tokens[k + 3].lower if k + 3 < len(tokens) else ""
    if tokens[k + 1].lower in ("per", "an", "a") and following not in _NOT_A_RATE_AFTER:  # "10 miles an hour ago"
        return {"hour": "h", "second": "s"}.get(tokens[k + 2].lower, ""), k + 2
    return "", k


_NOT_A_RATE_AFTER = frozenset({"ago", "later", "earlier", "before", "after", "away"})


def _read_area(tokens: list[Token], figure: _Found, k: int) -> None:
    """A measure of area after its first word: '12 sq km', '5 km²'."""
    word = tokens[k].lower
    if k + 1 < len(tokens) and tokens[k + 1].lower in MEASURES and word in ("sq", "square"):
        figure.unit, figure.last = f"{word} {tokens[k + 1].lower}", k + 1
    elif k + 1 < len(tokens) and superscript(tokens[k + 1]) is not None and tokens[k + 1].start == tokens[k].end:
        figure.unit, figure.last = f"{word}{tokens[k + 1].text}", k + 1  # "km²"


def _old_after(tokens: list[Token], k: int) -> int | None:
    """The token of "old" right after the year(s) at k ("year-old", "years old"), or of "age" in "years of age",
    if it is there."""
    following = [t.lower for t in tokens[k + 1 : k + 3]]
    if following[:1] == ["old"]:
        return k + 1
    if following == ["of", "age"]:
        return k + 2  # "50 years of age"
    return k + 2 if following == ["-", "old"] and tokens[k + 1].start == tokens[k].end else None


_IN_YEARS = {"decade": 10, "decades": 10, "century": 100, "centuries": 100}
_AGE_SPANS = frozenset("year years month months week weeks day days".split())  # "a 4-month-old baby" is 4 months old
_AGE_WORDS = frozenset({"aged", "age", "ages"})
# Nouns of a person that an age in commas follows as it follows a name: "A second man, 32, was held".
_PERSON_NOUNS = frozenset(
    """man woman boy girl men women boys girls mother father mum dad son daughter wife husband partner brother
    sister grandmother grandfather grandson granddaughter victim driver passenger teenager pensioner student
    suspect officer friend neighbour neighbor girlfriend boyfriend fiancee fiance widow widower baby child""".split()
)


def _read_age(tokens: list[Token], figure: _Found, k: int) -> bool:
    """An age: "Pat Ingles, 69, said" or "(69)" after a name, "aged 35", "aged between 35 and 45"."""
    value, first = figure.value, figure.number.first
    if value is None or value != int(value) or not 0 < value < 125:
        return False
    after = tokens[k].text if k < len(tokens) else "."
    while first > 0 and tokens[first - 1].lower in _QUALIFIER_WORDS | {"between", "of", "than"}:
        first -= 1  # "aged over 21", "aged between 35 and 45", "at the age of 75", "older than 55"
    aged = first > 0 and tokens[first - 1].lower in _AGE_WORDS | {"older", "younger"}
    aged = aged or (first > 1 and tokens[first - 1].text == ":" and tokens[first - 2].lower in ("age", "aged"))  # "Age: 34"
    aged = aged or _listed_after(tokens, figure.number.first, _AGE_WORDS) or _age_by_its_verb(tokens, figure.number.first, k)
    aged = aged or _an_age_is(tokens, first, after)
    if not (aged or _after_someone(tokens, figure.number.first, after)):
        return False
    figure.kind, figure.unit = FigureKind.MEASURE, "years old"
    return True


def _an_age_is(tokens: list[Token], first: int, after: str) -> bool:
    """Whether the number completes "the age ... is" with nothing after it: "The average age of the 650 MPs is 50.",
    "The average age of a first-time buyer is now 34."."""
    verb = first - 2 if first > 2 and tokens[first - 1].lower in ("now", "still", "just") else first - 1  # "is now 34"
    if verb < 1 or tokens[verb].lower not in ("is", "was") or after not in (",", ".", ";", ")"):
        return False
    for j in range(verb - 1, max(-1, verb - 1 - _AGE_REACH), -1):
        word = tokens[j].lower
        if word == "age":
            return True
        if not (word in ("of", "the", "a", "an") or word in _HYPHENS or tokens[j].is_digits or (word.isalpha() and can_be_noun(word) and word not in STOP_WORDS)):
            return False  # "At the age of 17 his salary was 30": another clause's verb
    return False


_AGE_REACH = 8  # words back from "is" to "age"


def _after_someone(tokens: list[Token], first: int, after: str) -> bool:
    """Whether the number at `first`, before `after`, follows a person as an age does: "Pat Ingles, 69,", "(69)"
    after a name, "a man, 32,", "He was 88.", "Jamie Silvonek (left), 14,"; after any noun only between commas
    ("The singer, 36, denied it")."""
    if _a_pronoun_s_age(tokens, first, after):
        return True
    if after not in (",", ")", ";", ".", "—", "–"):
        return False
    aside = _photo_aside(tokens, first)
    shown = first if aside is None else aside + 1
    if shown > 2 and tokens[shown - 1].lower in ("now", "then") and tokens[shown - 2].text == ",":
        shown -= 1  # "Smith, now 62, said"
    before = [t.text for t in tokens[max(0, shown - 2) : shown]]
    if len(before) != 2 or before[1] not in (",", "(") or not before[0].isalpha():
        return False
    word = before[0]
    return word[:1].isupper() or word.lower() in _PERSON_NOUNS or (after == "," and before[1] == "," and can_be_noun(word.lower()) and not is_plural_noun(word.lower()))


def _a_pronoun_s_age(tokens: list[Token], first: int, after: str) -> bool:
    """Whether the number ends "he was", "she is now", "I was" and its clause: "He was 88.", "When I was 12, we
    moved", "The child is now 40 and a nurse" ("she is now 40 and ..."; not "I was 12th", "he was 17 points clear")."""
    shown = first - 1 if first > 0 and tokens[first - 1].lower in ("now", "still", "only", "just") else first
    before = tuple(t.lower for t in tokens[max(0, shown - 2) : shown])
    return before in _A_PRONOUN_WAS and after in (",", ")", ";", ".", "—", "–", "and", "but", "when")


_A_PRONOUN_WAS = frozenset({("he", "was"), ("she", "was"), ("he", "is"), ("she", "is"), ("i", "was"), ("i", "am")})


def _listed_after(tokens: list[Token], first: int, heads: frozenset[str] | set[str]) -> bool:
    """Whether the number at `first` is a later item of a list of numbers that a word of `heads` opens: the 21 and the
    23 of "aged 19, 21 and 23", the 5 of "husbands Nos. 1, 2, 5 and 7", the 14 of "pages 12-14" (a list is short: at most `_LISTED` items are
    looked back over, so that a line of a million numbers stays linear)."""
    j = first
    while j >= 2 and first - j < 3 * _LISTED and tokens[j - 1].lower in (",", "and", "or", "to", "-", "–"):
        j -= 2 if tokens[j - 1].lower != "," and tokens[j - 2].text == "," else 1  # ", and"
        if j < 1 or not (tokens[j - 1].is_digits or tokens[j - 1].lower in UNITS or tokens[j - 1].lower in TENS):
            return False  # digits or a number word: "aged five and seven"
        j -= 1
        previous = j - 2 if j > 1 and tokens[j - 1].text == "." else j - 1  # "Nos. 1"
        if previous >= 0 and tokens[previous].lower in heads:
            return True
    return False


_LISTED = 8


def _age_by_its_verb(tokens: list[Token], first: int, k: int) -> bool:
    """An age said by what a person does at it: "was to turn 31", "turned 50", "died at 47", "passed away at just
    47", "Tsarnaev was 19 at the time"."""
    before = [t.lower for t in tokens[max(0, first - 3) : first] if t.lower not in ("just", "only", "age", "the")]
    if before[-1:] and before[-1] in _TURNING:
        return True
    if before[-2:] in (["died", "at"], ["dies", "at"], ["away", "at"]):
        return True
    after = [t.lower for t in tokens[k : k + 3]]
    someone = first >= 2 and (tokens[first - 2].text[:1].isupper() or tokens[first - 2].lower in ("he", "she"))
    return after == ["at", "the", "time"] and someone and before[-1:] in (["was"], ["is"])


_TURNING = frozenset({"turn", "turns", "turned", "turning"})


def _photo_aside(tokens: list[Token], first: int) -> int | None:
    """Where "(left)," or "(left and right)," starts, when it comes right before token `first`: a caption's aside
    between a name and an age."""
    if first < 4 or tokens[first - 1].text != "," or tokens[first - 2].text != ")":
        return None
    k = first - 3
    while k > first - 8 and k > 0 and (tokens[k].lower in _PHOTO_PLACES or (k < first - 3 and tokens[k].lower in ("and", ","))):
        k -= 1
    return k if tokens[k].text == "(" and k < first - 3 else None


_PHOTO_PLACES = frozenset({"left", "right", "centre", "center", "pictured", "above", "below", "inset", "top", "bottom"})


def _read_compound_unit(tokens: list[Token], figure: _Found, k: int) -> bool:
    """A number joined by a hyphen to its unit before a noun: "a 12-year-old boy" (an age in years), "a
    39-vehicle pileup", "a three-day visit", "a 35-foot sailboat"."""
    if not (k + 1 < len(tokens) and tokens[k].text in _HYPHENS and tokens[k].start == tokens[k - 1].end):
        return False
    unit = tokens[k + 1]
    if unit.start != tokens[k].end or not unit.text.isalpha() or unit.lower in _NO_COMPOUND_UNITS:
        return False
    if unit.lower == "strong":  # "a 30-strong crowd", "its 80,000-strong workforce": how many the group has
        figure.last = k + 1
        _read_subject(tokens, figure, k + 2)
        figure.unit = _subject_unit(figure)
        return True
    if not can_be_noun(unit.text):
        return False  # "three-sided": an adjective, no unit
    last = k + 1
    if unit.lower in _AGE_SPANS and [t.lower for t in tokens[k + 2 : k + 4]] == ["-", "old"]:
        figure.kind, figure.unit, last = FigureKind.MEASURE, f"{_in_plural(unit.lower)} old", k + 3
    else:
        _compound_kind(figure, unit)
    figure.last = last
    if last + 1 < len(tokens) and tokens[last + 1].lower not in _DETERMINERS:
        _read_subject(tokens, figure, last + 1)  # what it qualifies comes next: "branding the 83-year-old a corrupt man" has none
    return True


def _compound_kind(figure: _Found, unit: Token) -> None:
    """The kind and unit of a number hyphened to a noun other than an age's: "a 35-foot sailboat" (a measure), "a
    15-time winner" (a multiple), "a 39-vehicle pileup" (a count of vehicles)."""
    if unit.lower in MEASURES:  # "a 29-minute video" lasts 29 minutes, "a one-day strike" one day
        name = _MEASURE_NAMES.get(unit.lower, unit.lower)
        figure.kind, figure.unit = FigureKind.MEASURE, name if figure.value == 1 else _in_plural(name)
    elif unit.lower == "time" and figure.value != 1:
        figure.kind, figure.unit = FigureKind.MULTIPLE, "times"  # "a 15-time Grammy winner" ("one-time" is former)
    elif unit.lower == "something":
        figure.kind, figure.unit, figure.qualifier = FigureKind.MEASURE, "years old", "at least"  # "a 20-something woman"
    elif unit.lower == "figure" and figure.value in _DIGIT_COUNTS:
        figure.value, figure.unit = None, None  # "a six-figure sum" has six digits: an amount the words do not give
    else:
        figure.unit = unit.lower if figure.value == 1 else _regular_plural(unit.lower)  # "a 39-vehicle pileup"


def _regular_plural(word: str) -> str:
    """The plural of a noun when the lexicon knows it as a regular one ("bed" -> "beds", "match" -> "matches",
    "story" -> "stories"), else the word ("a 10-man team" stays man: "mans" is no noun, "manes" another's)."""
    forms = (f"{word}s", f"{word}es", f"{word[:-1]}ies" if word.endswith("y") else "")
    return next((form for form in forms if form and word in word_classes(form).get("NOUN", ())), word)


_DIGIT_COUNTS = frozenset(range(4, 13))  # "a six-figure sum", "eight figures": how many digits an amount has


_NO_COMPOUND_UNITS = frozenset(  # particles make a name or a game of a number ("two-up", "a one-off"), no unit
    MULTIPLE_WORDS | CURRENCY_WORDS.keys() | {"up", "down", "in", "out", "on", "off", "over", "by", "away", "back"}
)


def _national_currency(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """'australian dollars', 'Hong Kong dollars', 'US dollar', 'Swiss francs': the code and the last token."""
    for size in (1, 2):
        n = k + size
        if n < len(tokens) and tokens[n].lower in CURRENCY_WORDS:
            key = (tokens[n - 1].lower, tokens[n].lower.removesuffix("s") if tokens[n].lower != "pesos" else "peso")
            if key in NATIONAL_CURRENCIES:
                return NATIONAL_CURRENCIES[key], n
    return None


def _read_cents(tokens: list[Token], figure: _Found) -> None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents', '15 dollars and 15'."""
    k = figure.last + 1
    if figure.unit in ("cents", "pence") or figure.value is None:
        return
    if k < len(tokens) and tokens[k].lower == "and":
        k += 1
    if k >= len(tokens):
        return
    cents = parse_number(tokens, k)
    if cents is None or cents.value is None or not 0 < cents.value < 100 or cents.value != int(cents.value):
        return
    after = tokens[cents.last + 1].lower if cents.last + 1 < len(tokens) else ""
    if after in ("cents", "cent", "pence", "p") or not after or not after[0].isalpha():
        figure.value += cents.value / 100
        figure.last = cents.last + (1 if after in ("cents", "cent", "pence", "p") else 0)


def _plus_after(tokens: list[Token], figure: _Found, k: int) -> bool:
    """"-plus" or "-odd" hyphened to the number qualifies it, and the unit comes after: "2 million-plus users" (more
    than 2 million users), "his 20-plus-year career", "50-odd people" (about 50)."""
    if not _hyphened_roughly(tokens, k):
        return False
    figure.qualifier, figure.last = _ROUGHLY_HYPHENED[tokens[k + 1].lower], k + 1
    _read_unit_after(tokens, figure, _UNIT_READERS[_UNIT_READERS.index(_plus_after) + 1 :])  # one "-plus" is read
    return True


def _hyphened_roughly(tokens: list[Token], k: int) -> bool:
    """Whether "-plus" or "-odd" is hyphened to the number at token k."""
    return k + 1 < len(tokens) and tokens[k].text in _HYPHENS and glued(tokens, k) and glued(tokens, k + 1) and tokens[k + 1].lower in _ROUGHLY_HYPHENED


_ROUGHLY_HYPHENED = {"plus": "more than", "odd": "about"}


# The readers of a unit after a number, in order; the first that finds one reads it.
_UNIT_READERS: tuple[_UnitReader, ...] = (
    _percent_after,
    _money_words_after,
    _currency_after,
    _plus_after,
    _read_compound_unit,
    _read_age,
    _degrees_after,
    _multiple_after,
    _against_par,
    _measure_after,
)


def _a_whole_number(token: Token) -> bool:
    """Digits, or a number in one word ("27", "three")."""
    return token.is_digits or token.lower in UNITS or token.lower in TENS


_ORDERING_WORDS = frozenset("last first next past previous final remaining top bottom".split())
# When, not what: "more than 25,000 today"; "due" goes on to what is due ("the field of 99 due to play").
_WHEN_WORDS = frozenset("today tomorrow yesterday tonight overnight now due".split())
# A day or a month, capitalised, is no subject ("the death toll ... on Monday rose to more than 1,300"; "the march" is).
_DAYS_AND_MONTHS = frozenset(name.capitalize() for name in (*WEEKDAYS, *FULL_MONTHS) if name != "may")  # "May" may be a modal
_DETERMINERS = frozenset("the its their his her our my your a an all these those every each".split())
_BEFORE_THE_NOUN = frozenset("other more extra additional further most least".split())


def _read_subject(tokens: list[Token], figure: _Found, k: int, count: bool = False) -> None:
    """The noun phrase that says what is counted ("H200 chips", "of its largest technology firms"): words that
    can be nouns or adjectives, up to the first plural noun, never past a verb, an adverb, a function word or
    another number. A count's unit is the phrase's plural head ("three rounds"); a singular head after a
    number other than one is a label ("the 301 investigation"), not a unit."""
    start = _subject_start(tokens, figure, k, count)
    if start < len(tokens) and tokens[start].text in _OBJECT_PRONOUNS:
        return  # "46,000 of them list 'Baghdad'": the pronoun names nothing
    if count and _people_by_an_adjective(tokens, start, k):
        figure.subject = figure.unit = tokens[start].lower  # "two of the wounded", "three of the dead"
        figure.last = start
        return
    head = _phrase_head(tokens, start, k)
    if head is None or (head == start and (tokens[head].lower in _STANDINGS or tokens[head].lower in _BASELINES)):
        return  # "five points clear of the drop": where a side stands, not what is counted; "87% of normal": a baseline
    end = head + 1
    figure.subject = _join(tokens[start:end])
    if count:
        _read_counted(tokens, figure, k, start, head)
    elif figure.kind is FigureKind.MULTIPLE and start == k + 1 and tokens[k].lower == "the":
        figure.last = end - 1


def _read_counted(tokens: list[Token], figure: _Found, k: int, start: int, head: int) -> None:
    """A count's unit, the plural head of the phrase from `start` to `head` after it ("three rounds"); a singular
    head is a label ("the 301 investigation"), unless it qualifies the noun after it ("a four bedroom house")."""
    plural = is_plural_noun(tokens[head].text) or _agrees_as_plural(tokens, head, k)
    first = figure.number.first
    modifier = head == start == k and first > 0 and tokens[first - 1].lower in ("a", "an")  # "a 17,430 crowd"
    if plural or modifier or figure.value == 1:
        figure.unit = _unit_word(tokens[head].text)
        figure.last = head
    elif start == k and head > start and _qualifies_in_the_singular(tokens, figure, start):
        figure.unit, figure.subject = _regular_plural(tokens[start].lower), _join(tokens[start + 1 : head + 1])
        figure.last = start  # "a four bedroom house" has four bedrooms, as "a four-bedroom house" has


def _people_by_an_adjective(tokens: list[Token], start: int, k: int) -> bool:
    """Whether the count is "of the" and an adjective that names people ("two of the wounded", "three of the dead"),
    with no noun after it ("two of the wounded officers" counts officers)."""
    if not (k + 1 < start < len(tokens) and tokens[k].lower == "of" and tokens[start - 1].lower == "the"):
        return False
    after = tokens[start + 1] if start + 1 < len(tokens) else None
    noun_after = after is not None and after.text.isalpha() and after.text.islower() and can_be_noun(after.lower) and after.lower not in STOP_WORDS
    return tokens[start].lower in _PEOPLE_BY_ADJECTIVES and not noun_after


_PEOPLE_BY_ADJECTIVES = frozenset("wounded injured dead missing accused elderly sick homeless unemployed deceased".split())


def _qualifies_in_the_singular(tokens: list[Token], figure: _Found, k: int) -> bool:
    """Whether the word at k is a countable noun in the singular after "a" and an amount other than one, qualifying
    the noun after it: "a three judge panel", "a five star hotel" (but "the 301 investigation" is a label, and "the
    three drove back" are three who drove)."""
    word, first = tokens[k].text, figure.number.first
    return (
        figure.value is not None and figure.value > 1 and figure.high is None and first > 0 and tokens[first - 1].lower in ("a", "an")
        and word.isalpha() and word.islower() and not is_plural_noun(word) and _regular_plural(word) != word
    )


_STANDINGS = frozenset({"clear", "adrift", "ahead", "behind", "short", "shy"})
_BASELINES = frozenset({"normal", "average", "usual", "typical"})
_OBJECT_PRONOUNS = frozenset({"them", "us", "you", "it", "him", "her", "those", "these", "which", "whom"})


def _subject_start(tokens: list[Token], figure: _Found, k: int, count: bool) -> int:
    """Where the noun phrase after token `k` begins: past "of", determiners, a possessive name ("two of Melquan's
    friends"), a number it is counted among ("23 of the 27 journalists", "six of Herrera's seven goals"), and
    "other"/"more"."""
    start = k
    if start < len(tokens) and tokens[start].lower == "of" and (count or figure.kind is not FigureKind.COUNT):
        start += 1
    while start < len(tokens) and tokens[start].lower in _DETERMINERS:
        start += 1
    start = _past_a_possessive_name(tokens, start)
    if start > k and start + 1 < len(tokens) and tokens[start].lower in _ORDERING_WORDS and _a_whole_number(tokens[start + 1]):
        start += 1  # "three of his last five games"
    if start > k and start < len(tokens) and _a_whole_number(tokens[start]):
        start += 1  # "23 of the 27 journalists", "two of the three men"
    while start < len(tokens) and tokens[start].lower in _BEFORE_THE_NOUN and not _hyphen_joins_a_word(tokens, start + 1):
        start += 1  # "nine other cases", "three more days", "the 25 most senior leaders" (not "55 most-wanted Iraqis")
    return start


def _past_a_possessive_name(tokens: list[Token], start: int) -> int:
    """Past a name in the possessive and its title ("Melquan's", "Mrs. Clinton's"), when one is at `start`."""
    name = start
    if start + 1 < len(tokens) and (tokens[start].text in PERSON_TITLES or f"{tokens[start].text}." in PERSON_TITLES):
        name = start + 2 if tokens[start + 1].text == "." else start + 1
    end = name
    while end < len(tokens) and end - name < 3 and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1  # "President Barack Obama's"
    if end == name and start > 0 and tokens[start - 1].lower == "the" and end < len(tokens) and tokens[end].text.isalpha():
        end += 1  # "the world's", "the nation's"
    if end > name and end + 1 < len(tokens) and tokens[end].text in ("'", "’") and tokens[end + 1].lower == "s":
        return end + 2  # "two of Melquan's friends", "320,000 of Mrs. Clinton's followers", "30% of the world's people"
    return start


def _phrase_head(tokens: list[Token], start: int, k: int) -> int | None:
    """The head of the noun phrase from `start`: its last word that can be a noun, up to the first plural one,
    within four words, a word glued of several tokens counting once ("U.S.") (None when there is none)."""
    end, head, words = start, None, 0
    while end < len(tokens) and words < 4 and _phrase_word(tokens, end, k) and not _a_name_begins(tokens, end, head):
        end, words = end + 1, words + 1
        while end < len(tokens) and _glued_on(tokens, end):
            end += 1
        word = tokens[end - 1].text
        if can_be_noun(word) or word in _ING_NOUNS or _agrees_as_plural(tokens, end - 1, k):
            head = end - 1
            named = word[0].isupper() and end < len(tokens) and tokens[end].text[0].isupper()  # "Champions League goals"
            if (is_plural_noun(word) or _agrees_as_plural(tokens, end - 1, k)) and not named and not _collective_before(tokens, end):
                break
    return head


def _collective_before(tokens: list[Token], end: int) -> bool:
    """Whether the word before `end` is a collective noun or a name in the plural that qualifies a plural after it:
    "two police officers", "50 staff members", "his eight Masters appearances" ("the two men police arrested" is no
    "men police")."""
    word = tokens[end - 1].text
    qualifier = word.lower() in _COLLECTIVES or (word[:1].isupper() and word[1:].islower())
    return qualifier and end < len(tokens) and tokens[end].text.islower() and tokens[end].text.endswith("s") and is_plural_noun(tokens[end].text)


_COLLECTIVES = frozenset({"police", "people", "staff", "cattle", "personnel", "livestock", "poultry", "clergy", "crew", "security"})


def _a_name_begins(tokens: list[Token], index: int, head: int | None) -> bool:
    """Whether a capitalised word at `index` follows a noun in lower case that may end the phrase (and no
    adjective): a name or a caption begins there ("three quarters of future U.S. population Center for
    Immigration Studies", "the 915-year-old Peruvian mummy Forensics experts")."""
    if head != index - 1 or not tokens[index].text[:1].isupper() or not tokens[head].text.islower():
        return False
    return "ADJ" not in word_classes(tokens[head].lower)  # "five former England managers" reads on


def _phrase_word(tokens: list[Token], index: int, k: int) -> bool:
    """Whether the word at `index` can be in the noun phrase after the number (token k is the first after it): a
    noun-like word, or the first part of a hyphenated compound ("high-profile", "last-minute", "one-way")."""
    token = tokens[index]
    if token.lower == "worth" and index > k:
        return False  # "a five-year deal worth £150,000": what it is worth follows
    if _period_on_period(tokens, index):
        return False  # "rose 7.6% year-on-year": when, not what
    if token.lower in _DENOMINATORS and index > k:
        return True  # "three consecutive quarters": a noun here, no fraction
    if _after_a_compound(tokens, k) and _verb_before_its_object(tokens, index):
        return False
    if index == k and _verb_after_all_of_them(tokens, k):
        return False
    if token.lower in _ING_NOUNS:
        return True  # "in border spending with aid": a noun, no verb of "border"
    if index > k and _its_verb(tokens, index):
        return False
    if token.lower.endswith("ing") and token.text.isalpha():
        return _modifies_a_noun(tokens, index)
    if _noun_like(token) and (_may_be_in_noun_phrase(token) or _agrees_as_plural(tokens, index, k)):
        return True
    return token.text.isalpha() and _hyphen_joins_a_word(tokens, index + 1)


# Nouns in -ing that name what money goes to ("$14 billion in border spending", "£5m in funding").
_ING_NOUNS = frozenset(
    """spending funding financing lending borrowing housing training building shipping banking marketing advertising
    clothing heating policing gambling farming fishing manufacturing healthcare""".split()
)


def _its_verb(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` is the verb of the singular noun before it, a preposition after: "30% of the
    population lives in cities", "half of the money goes to charity" (a verb seldom a plural noun)."""
    if tokens[index].lower not in _VERBS_IN_S or index + 1 >= len(tokens) or tokens[index + 1].lower not in _PREPOSITIONS:
        return False  # the common case, told by two set lookups: this runs for every word of a counted phrase
    before = tokens[index - 1]
    return before.text.isalpha() and before.text.islower() and not is_plural_noun(before.text) and _a_noun_only(before.lower)  # not "35 known works by"


def _a_noun_only(word: str) -> bool:
    """A noun that is no adjective nor a verb's inflected form ("wage", "population"; not "known")."""
    classes = word_classes(word)
    verbs = classes.get("VERB", ())
    return "NOUN" in classes and "ADJ" not in classes and (not verbs or word in verbs)


_VERBS_IN_S = frozenset("goes comes lives works stays sits".split())


def _period_on_period(tokens: list[Token], index: int) -> bool:
    """Whether a comparison of periods starts at `index`: "year-on-year", "month-over-month"."""
    return (
        (tokens[index].lower in _TIME_SPANS or tokens[index].lower == "quarter")
        and index + 2 < len(tokens)
        and tokens[index + 1].text in _HYPHENS
        and tokens[index + 2].lower in ("on", "over")
    )


def _verb_after_all_of_them(tokens: list[Token], k: int) -> bool:
    """Whether the word at k, after "all three" or "both two", is their verb in its plain form ("All three face
    charges"), not a noun they count ("all 50 states", "all four suspects")."""
    if k < 2 or tokens[k - 2].lower not in ("all", "both"):
        return False
    word = tokens[k].lower
    return word in word_classes(word).get("VERB", ()) and not word.endswith("s") and not is_plural_noun(word)


def _modifies_a_noun(tokens: list[Token], index: int) -> bool:
    """Whether the word in -ing at `index` qualifies a noun after it ("three sleeping bags", "the 40 remaining
    seats") rather than being the verb of a clause that ends the phrase ("millions going hungry")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.text.isalpha() and following.text.islower() and can_be_noun(following.text)


def _after_a_compound(tokens: list[Token], k: int) -> bool:
    """Whether token k follows a number's hyphened compound ("34-year-old", "eight-minute"), which modifies one
    thing: a word in -s after it is more likely a verb than a plural ("12 suspects the next day" counts)."""
    return k >= 3 and tokens[k - 2].text in _HYPHENS and tokens[k - 2].start == tokens[k - 3].end


def _verb_before_its_object(tokens: list[Token], index: int) -> bool:
    """A word in -s that can be a verb, right before a determiner or an amount, is the verb of its clause, not a
    noun: "the 34-year-old joins the melee", "an eight-minute video shows the men", "the 1.2-mile route takes 20
    minutes"."""
    word = tokens[index].lower
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not (following.lower in _OBJECT_DETERMINERS or following.is_digits or following.text in CURRENCY_SYMBOLS):
        return False
    return word.endswith("s") and "VERB" in word_classes(word)


_OBJECT_DETERMINERS = frozenset("the a an his her their its this these those my our your".split())


def _glued_on(tokens: list[Token], index: int) -> bool:
    """Whether the token at `index` continues the word before it: "H200", "U.S.", "F-16", "long-range"."""
    token = tokens[index]
    if token.start != tokens[index - 1].end:
        return False
    dotted = token.text == "." and len(tokens[index - 1].text) == 1 and tokens[index - 1].text.isupper()  # "U.S.", not "GDP."
    return token.text[0].isalnum() or dotted or _joins_a_code(tokens, index) or _hyphen_joins_a_word(tokens, index)


def _hyphen_joins_a_word(tokens: list[Token], k: int) -> bool:
    """A hyphen at k inside a compound word: glued to a word before it and to a word in letters after it."""
    return (
        k + 1 < len(tokens) and tokens[k].text in _HYPHENS and tokens[k - 1].text[-1].isalpha()
        and tokens[k].start == tokens[k - 1].end and tokens[k + 1].start == tokens[k].end and tokens[k + 1].text.isalpha()
    )


def _joins_a_code(tokens: list[Token], k: int) -> bool:
    """A hyphen inside a code, between a capitalised word and digits glued to it ("F-16 jets", "Covid-19 cases")."""
    return (
        tokens[k].text in _HYPHENS and k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].is_digits and tokens[k - 1].text[0].isupper()
    )


def _agrees_as_plural(tokens: list[Token], index: int, k: int) -> bool:
    """A word in -s right after a number: a plural noun, since a verb after a plural subject takes no -s
    ("400,000 likes", not "400,000 like")."""
    word = tokens[index].lower
    if index == k and word in _PEOPLE_IN_A_STATE:
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return after is None or not (after.text.isalpha() and can_be_noun(after.lower) and after.lower not in STOP_WORDS)  # "2,300 dead and 11,000 injured" ("12 dead fish" counts fish)
    if not (index == k and word.endswith("s") and not word.endswith("ss") and word.isalpha()) or tokens[index].text.isupper():
        return False  # an acronym's S is no plural ("1.5 million NHS staff")
    classes = word_classes(word)
    if word in classes.get("NOUN", ()) and not is_plural_noun(word):
        return False  # a noun in -s in the singular: "50 cannabis plants" counts plants
    return not classes.keys() & {"ADJ", "ADV"}  # "38 serious" leaves its noun out


# Words of people in a state that count them after a number: "left 2,300 dead and 11,000 injured".
_PEOPLE_IN_A_STATE = frozenset("dead injured wounded missing homeless displaced unemployed hurt".split())


def _may_be_in_noun_phrase(token: Token) -> bool:
    """Not a number, and a word with a noun or adjective reading ("early goals"), or one the lexicon lacks."""
    if token.is_digits or token.lower in NUMBER_WORDS:
        return False
    classes = word_classes(token.lower)
    return not classes or bool(classes.keys() & {"NOUN", "PROPN", "ADJ"}) or token.lower in _PEOPLE_IN_A_STATE  # "40 wounded soldiers"


def _join(tokens: list[Token]) -> str:
    """The tokens' words as written, glued where the text glues them."""
    out = tokens[0].text
    for previous, token in itertools.pairwise(tokens):
        out += token.text if token.start == previous.end else " " + token.text
    return out


def _noun_like(token: Token) -> bool:
    """A word that can belong to a noun phrase: not a function word, adverb, change verb or qualifier."""
    word = token.lower
    return (
        token.text[0].isalpha()
        and word not in STOP_WORDS
        and word not in _DETERMINERS
        and word not in _WHEN_WORDS
        and token.text not in _DAYS_AND_MONTHS
        and word not in CHANGES
        and word not in _QUALIFIER_WORDS
        and word not in _NEGATED_VERBS
        and word not in _CLAUSE_VERBS
        and not (word.endswith("ly") and "ADJ" not in word_classes(word))  # "early goals", not "nearly"
    )


# Verbs a clause follows without "that": before them no subject goes on ("figures showed government borrowing rose").
_CLAUSE_VERBS = frozenset(
    "show showed shown reveal revealed reveals suggest suggested suggests indicate indicated indicates found meant said says told".split()
)


# What "n't" leaves of a verb ("10% didn't qualify"): the tokens read "didn", "'", "t".
_NEGATED_VERBS = frozenset(
    "didn doesn don isn wasn weren aren hasn haven hadn couldn wouldn shouldn mustn needn mightn ain".split()
)


def _read_range(tokens: list[Token], numbers: list[NumberMatch], position: int, figure: _Found) -> None:
    """'between 20 and 30', 'from 3% to 5%', '20-30', '$2 to $3 billion'."""
    if position + 1 >= len(numbers):
        return
    upper = numbers[position + 1]
    first_word = tokens[figure.first - 1].lower if figure.first > 0 else ""  # before its currency: "between $5 and $7"
    if not _joined_as_range(tokens, figure, upper, first_word):
        return
    assert figure.value is not None and upper.value is not None
    high_qualifier = _range_gap(tokens, figure, upper)[1]  # "from £32bn to more than £100bn"
    probe = _Found(upper, upper.first, upper.last, upper.value, unit=figure.unit, kind=figure.kind)
    _read_unit_after(tokens, probe)
    if probe.kind is not figure.kind and figure.kind is not FigureKind.COUNT and probe.kind is not FigureKind.COUNT:
        return
    if _unit_said_twice(figure) and probe.unit != figure.unit:
        return  # "5 km to 7 miles" is no range
    scale = _shared_scale(tokens, figure.number, upper)
    if scale is None:
        return
    figure.value *= scale
    figure.high = upper.value
    figure.kind = probe.kind if figure.kind is FigureKind.COUNT else figure.kind
    figure.unit = probe.unit or figure.unit
    figure.subject = probe.subject or figure.subject
    figure.last = max(probe.last, upper.last)
    figure.amount_last = upper.last if probe.kind is FigureKind.COUNT else probe.last
    figure.high_qualifier = high_qualifier
    if first_word in ("between", "from"):
        figure.first -= 1


def _between_ends(tokens: list[Token], figure: _Found, upper: NumberMatch) -> list[Token]:
    """The tokens between a range's lower end (with its unit, when the upper end says it again) and its upper end."""
    return tokens[(figure.last if _unit_said_twice(figure) else figure.number.last) + 1 : upper.first]


def _range_gap(tokens: list[Token], figure: _Found, upper: NumberMatch) -> tuple[list[str], str | None]:
    """The words between a range's ends but its money symbols and the qualifier of its upper end after "to" ("from
    £32bn to more than £100bn": ["to"], "more than")."""
    gap = _between_ends(tokens, figure, upper)
    joiners = [t.lower for t in gap if t.text not in CURRENCY_SYMBOLS and t.text != "%" and t.lower not in ("percent",)]
    if "to" in joiners:
        joiners = [j for j in joiners if j not in _HYPHENS]  # "a three-to-10-year sentence", "a two- to three-year deal"
    for size in range(min(_LONGEST_QUALIFIER, len(joiners) - 1), 0, -1):
        if joiners[0] == "to" and tuple(joiners[-size:]) in QUALIFIERS:
            return joiners[:-size], QUALIFIERS[tuple(joiners[-size:])]
    return joiners, None


def _joined_as_range(tokens: list[Token], figure: _Found, upper: NumberMatch, first_word: str) -> bool:
    """Whether the figure and the number after it are the ends of one range: one joining word between them
    that joins these two (`_joins_these`), money symbols only between money, and the ends in order."""
    joiners = _range_gap(tokens, figure, upper)[0]
    gap = _between_ends(tokens, figure, upper)
    if len(joiners) != 1 or joiners[0] not in _RANGE_JOINERS or upper.value is None or figure.value is None:
        return False
    if not _joins_these(joiners[0], tokens, figure, upper, first_word):
        return False
    if any(t.text in CURRENCY_SYMBOLS for t in gap) and figure.kind is not FigureKind.MONEY:
        return False
    return figure.value <= upper.value


def _unit_said_twice(figure: _Found) -> bool:
    """Whether the lower end of a range has its own unit of measure, which the upper end repeats: "20 per cent to
    25 per cent", "2mm-3mm", "30C-35C" (a count's noun is not repeated so: "20 people to 30 families" is no range)."""
    return figure.kind in (FigureKind.PERCENT, FigureKind.MEASURE) and figure.last > figure.number.last


def _joins_these(joiner: str, tokens: list[Token], figure: _Found, upper: NumberMatch, first_word: str) -> bool:
    """"and" only after "between"; "or" only between words ("two or three days"; "2 or 10" are two choices);
    "to" not after a change ("rose 5 to 7" is a change)."""
    if joiner == "and":
        return first_word == "between"
    if joiner == "or":  # in digits, near ends: "3 or 4 times", "20 or 30 people" (not "2 or 10", a choice)
        near = figure.value is not None and upper.value is not None and 0 < figure.value < upper.value <= 2 * figure.value
        return (figure.number.spelled and upper.spelled) or (not figure.number.spelled and not upper.spelled and near)
    return joiner != "to" or first_word in ("from", "between") or _changes_before(tokens, figure.number.first) is None


def _shared_scale(tokens: list[Token], lower: NumberMatch, upper: NumberMatch) -> float | None:
    """The scale the upper end gives the lower one ("$2 to $3 billion": a billion), 1.0 when none; None when
    the upper end's digits cannot be read as a float (digits of other scripts, "４００", are digits to
    str.isdigit, not to float); the thousands the upper end's digits give a lower end written as short as its
    first group ("10-15,000 people" are 10,000 to 15,000)."""
    if lower.first == lower.last and upper.first == upper.last:
        return _thousands_shared(tokens[lower.first].text, tokens[upper.first].text)
    if lower.first != lower.last or upper.first >= upper.last or not tokens[upper.first].is_digits:
        return 1.0
    assert upper.value is not None
    try:
        return upper.value / float(tokens[upper.first].text.replace(",", ""))
    except ValueError:
        return None


def _thousands_shared(lower: str, upper: str) -> float:
    """1,000 (or a million) when `lower` is written as the first group of `upper`'s digits ("10" of "15,000"), else 1."""
    groups = upper.split(",")
    if len(groups) < 2 or not lower.isdigit() or not all(g.isdigit() for g in groups) or len(lower) != len(groups[0]):
        return 1.0
    return 1000.0 ** (len(groups) - 1) if int(lower) < int(groups[0]) else 1.0


def _read_qualifier(tokens: list[Token], figure: _Found) -> None:
    for size in range(_LONGEST_QUALIFIER, 0, -1):
        start = figure.first - size
        if start < 0:
            continue
        words = tuple(t.lower for t in tokens[start : figure.first])
        if words in QUALIFIERS and not _over_a_time(tokens, figure, words, start) and not _in_another_phrase(tokens, words, start):
            figure.qualifier = QUALIFIERS[words]
            figure.first = start
            break
    k = _changes_before(tokens, _past_a_record(tokens, _past_a_statistic(tokens, figure.first)))
    if k is not None and not _no_change(tokens, figure, k):
        if tokens[figure.first - 1].lower not in ("from", "for", "in", "during"):  # "up from 102": the level before; "fell for three quarters": how long
            figure.change = CHANGES.get(tokens[k].lower) or _CHANGED_BY[tokens[k].lower]
        if figure.subject is None:
            _read_what_changed(tokens, figure, k)
    elif tokens[figure.first].lower in ("a", "an") or (figure.first and tokens[figure.first - 1].lower in ("a", "an")):
        _read_change_named_after(tokens, figure)  # "an 83% increase", "a quarter-point cut"
    elif not _read_comparative(tokens, figure) and figure.subject is None:
        figure.subject = _subject_of_a_level(tokens, figure)
    if figure.high is not None and figure.qualifier is None:
        figure.qualifier = "between"


def _subject_of_a_level(tokens: list[Token], figure: _Found) -> str | None:
    """The noun phrase before a verb that gives the level the figure is: "Net migration hit 745,000", "The death toll
    has reached 1,034", "Sales totalled £2bn", "Unemployment stood at 4.2%", "Turnout was 67.3 per cent"; past "a
    record" ("Average rents hit a record £1,271")."""
    return _subject_of_a_level_verb(tokens, _past_a_record(tokens, figure.first)) or _subject_of_a_copula(tokens, figure)


def _subject_of_a_level_verb(tokens: list[Token], first: int) -> str | None:
    """The noun phrase before a verb of level ("hit", "stood at", "is estimated at") that the figure at `first` follows."""
    k = first if tokens[first].lower in _LEVEL_VERBS else first - 1  # "topped 30,000" is read as "more than"
    if k > 1 and tokens[k].lower == "at" and (tokens[k - 1].lower in _STOOD or tokens[k - 1].lower in _VALUED):
        k = _before_at(tokens, k)  # "Unemployment stood at 4.2%", "Her net worth is estimated at $1.2bn"
    elif k > 2 and tokens[k].lower == "at":
        held = next((j for j in range(k - 2, max(k - 6, -1), -1) if tokens[j].lower in _HELD), None)
        return None if held is None else _object_of_the_change(tokens, held, first, ("at",))  # "held its key rate at 5.25%"
    elif k < 1 or tokens[k].lower not in _LEVEL_VERBS:
        return _who_bears_the_cost(tokens, first)
    if k > 2 and tokens[k - 1].lower == "to" and tokens[k - 2].lower in _BOUND_TO:
        k -= 2  # "Inflation is expected to hit 5%"
    worth = tokens[k].lower == "worth"  # "tariffs on Chinese goods worth $34 billion": the goods are
    while k > 1 and (tokens[k - 1].lower in _AUXILIARIES or tokens[k - 1].lower in _WHEN_IT_HAPPENED):
        k -= 1  # "has reached", "when it first hit 2 billion"
    return _phrase_before(tokens, k, attached=not worth)


def _before_at(tokens: list[Token], at: int) -> int:
    """Where the verb before "at" at token `at` is, or the comma before it ("The company, valued at $2.5 billion,
    employs": the company is)."""
    return at - 2 if at > 2 and tokens[at - 2].text == "," else at - 1


def _subject_of_a_copula(tokens: list[Token], figure: _Found) -> str | None:
    """The noun phrase a form of "be" equates with the figure: "Turnout was 67.3 per cent", "The death
    toll is now 1,034", "The budget deficit remained £120bn"; a phrase that begins its clause (not the "treatment" of
    "people waiting for treatment is 7.6 million"), not "There were 15 people" nor a pronoun."""
    k = figure.first - 1
    if k > 1 and tokens[k].lower in _NOW:
        k -= 1
    if k < 1 or tokens[k].lower not in _COPULAS or figure.kind is FigureKind.ORDINAL or _begins_a_clause(tokens, figure.last + 1):
        return None  # "The truth is millions are worse off"; a place is a standing ("QPR are 19th")
    if figure.last + 1 < len(tokens) and tokens[figure.last + 1].lower in _GAPS:
        return None  # a gap, not a level: "Villa are five points clear"
    start = _phrase_start(tokens, k)
    return _join(tokens[start:k]) if start < k and _heads_its_clause(tokens, start) else None


def _heads_its_clause(tokens: list[Token], start: int) -> bool:
    """Whether the noun phrase at `start` is its clause's subject: no preposition before it, past a determiner ("people
    waiting for treatment is", "the fare on that route was"), nor a relative pronoun ("Those who took the drug were")."""
    before = start - 1
    if before > 0 and (tokens[before].lower in _DETERMINERS or tokens[before].lower in ("this", "that")):
        before -= 1
    if before >= 0 and tokens[before].lower in _PREPOSITIONS:
        return False
    return not any(t.lower in ("who", "which") for t in tokens[max(0, start - 3) : start])


def _begins_a_clause(tokens: list[Token], k: int) -> bool:
    """Whether a verb follows at k (past a unit's few words): the figure is the subject of a clause of its own (not
    the month of "in May")."""
    return any(t.text in _AUXILIARIES for t in tokens[k : k + 2])


_COPULAS = frozenset("is was are were remains remained remain stays stayed stay".split())
_PREPOSITIONS = frozenset("of to in for with by on at from into about than like after before without among over under through".split())
_NOW = frozenset("now still currently already".split())
_GAPS = frozenset("clear ahead behind adrift off short away apart".split())


def _who_bears_the_cost(tokens: list[Token], first: int) -> str | None:
    """Who a cost falls on, named between "costs" and the amount at `first`: "the strike costs the regional economy
    $25 million a day"."""
    cost = next((j for j in range(first - 2, max(first - 6, -1), -1) if tokens[j].lower in ("cost", "costs")), None)
    if cost is None or tokens[cost + 1].lower not in _DETERMINERS:
        return None
    words = tokens[cost + 2 : first]
    return _join(words) if all(w.text.isalpha() and w.lower not in STOP_WORDS for w in words) else None  # "the NHS"


# Verbs (and "worth") that give the level their subject is at: "Sales totalled £2bn", "goods worth $34 billion".
_LEVEL_VERBS = frozenset(
    """hit hits reached reach reaches topped tops totalled totaled totals exceeded exceeds surpassed cost costs average
    averages averaged worth""".split()
)
_WHEN_IT_HAPPENED = frozenset("first finally already again once last recently briefly".split())
_HELD = frozenset("held holds hold holding kept keeps keep keeping left leaves leave maintained maintains".split())
_STOOD = frozenset("stood stands stand standing peaked peak peaks peaking bottomed start starts started starting".split())
_VALUED = frozenset("estimated valued priced put pegged capped fixed".split())


def _in_another_phrase(tokens: list[Token], words: tuple[str, ...], start: int) -> bool:
    """Whether a qualifier's words at `start` belong to a phrase before them: "more than" comparing a number ("three
    more than a decade ago": the decade is no more than ten years), "up to" of "add up to" (a total, not a ceiling)."""
    before = tokens[start - 1] if start > 0 else None
    if before is None or len(words) != 2:
        return False
    if words[1] == "than":
        return before.is_digits or before.lower in UNITS or before.lower in _AFTER_AN_AMOUNT  # "5% higher than a year ago"
    return words == ("up", "to") and before.lower in ("add", "adds", "added", "adding")


_AFTER_AN_AMOUNT = frozenset({"%", "percent", "cent", "pc", "points", "times"})


def _read_comparative(tokens: list[Token], figure: _Found) -> bool:
    """A difference said by a comparative after a rate or a sum, after "is" or "were": "House prices are 5% higher
    than a year ago" (up, of house prices), "Sales were 3% lower in March"."""
    k = figure.last + 1
    if figure.kind not in (FigureKind.PERCENT, FigureKind.MONEY) or k >= len(tokens) or tokens[k].lower not in _COMPARATIVES:
        return False
    if figure.first < 2 or tokens[figure.first - 1].lower not in _AUXILIARIES:
        return False
    figure.change = _COMPARATIVES[tokens[k].lower]
    figure.subject = figure.subject or _phrase_before(tokens, figure.first - 1)
    return True


_COMPARATIVES = {"higher": "up", "lower": "down", "up": "up", "down": "down", "cheaper": "down", "dearer": "up"}


def _past_a_statistic(tokens: list[Token], k: int) -> int:
    """Where "an average of", "a total of", "a maximum of", "at an annual rate of" before token k begins (else k): a
    change verb before it is the figure's ("Prices have risen by an average of 7% a year", "GDP grew at an
    annualised rate of 2.1%")."""
    if k < 3 or tokens[k - 1].lower != "of" or tokens[k - 2].lower not in _STATISTICS:
        return k
    j = k - 3 if tokens[k - 3].lower not in ("a", "an") and k > 3 else k - 2  # "an annualised rate of"
    if tokens[j - 1].lower not in ("a", "an"):
        return k
    return j - 2 if j > 1 and tokens[j - 2].lower == "at" else j - 1  # "grew at an annual rate of 2.1%"


_STATISTICS = frozenset({"average", "total", "maximum", "minimum", "median", "rate", "pace"})


def _past_a_record(tokens: list[Token], k: int) -> int:
    """Where "a record" or "a new record" before token k begins (else k): "Waiting lists grew to a record 7.8 million"."""
    if k > 2 and tokens[k - 1].lower == "record":
        j = k - 2 if tokens[k - 2].lower in ("new", "fresh") else k - 1
        if tokens[j - 1].lower in ("a", "an"):
            return j - 1
    return k


def _read_change_named_after(tokens: list[Token], figure: _Found) -> None:
    """The change a noun right after a figure (or one word later) names: "an 83% increase", "a 5 per cent annual
    drop"; the words before it are no subject."""
    k = figure.last + 1
    for j in (k, k + 1):
        if j < len(tokens) and tokens[j].lower in _CHANGE_NOUNS:
            figure.change = _CHANGE_NOUNS[tokens[j].lower]
            if j > k and figure.subject == _join(tokens[k:j]):
                figure.subject = None
            return


_CHANGE_NOUNS = {
    **dict.fromkeys("increase rise jump gain growth surge hike climb rebound".split(), "up"),
    **dict.fromkeys("decrease drop fall decline cut reduction slump dip slide plunge contraction".split(), "down"),
}


def _no_change(tokens: list[Token], figure: _Found, k: int) -> bool:
    """Whether the change verb at k changes no level here: a span of time that dates what happened, or contests
    lost or gained ("has not lost three successive games", "gained two places")."""
    return _dates_something(tokens, figure) or (tokens[k].lower in _CONTESTED and figure.unit in _CONTESTS)


_CONTESTED = frozenset("lost lose loses losing gained gain gains won win wins".split())
_CONTESTS = frozenset("games matches fixtures finals races rounds ties bouts fights battles places game match final race".split())


def _dates_something(tokens: list[Token], figure: _Found) -> bool:
    """Whether a span of time dates what happened ("fell ill more than two weeks ago"): no change of it."""
    after = tokens[figure.last + 1].lower if figure.last + 1 < len(tokens) else ""
    return figure.unit in _TIME_SPANS and after in ("ago", "later", "earlier", "before", "after")


def _over_a_time(tokens: list[Token], figure: _Found, words: tuple[str, ...], start: int) -> bool:
    """"over" meaning during, not more than: "the festival runs over three days", "spread over two years" (but "for
    over two years", "waited over 10 hours", "over 30 years of experience", "over two years ago" are more than)."""
    if words != ("over",) or figure.unit not in _TIME_SPANS:
        return False
    before = tokens[start - 1].lower if start else ""
    after = tokens[figure.last + 1].lower if figure.last + 1 < len(tokens) else ""
    return before not in _MORE_THAN_BEFORE and after not in ("ago", "old", "of")


_MORE_THAN_BEFORE = _FOR_A_SPAN | {"of", "in", "with", "after", "just", "well", "aged", "is", "was", "are", "were", "be", "been"}


def _changes_before(tokens: list[Token], k: int) -> int | None:
    """The change verb ("rose", "down") among the three tokens before k, if any; "up" and "down" only as a
    change ("Shares closed up 2%", "Sales were down"), not as a verb's particle ("racked up £50billion in losses",
    "ended up staying for two years", "made up of the $475,000")."""
    for j in range(k - 1, max(k - 4, -1), -1):
        if tokens[j].lower in CHANGES and not (tokens[j].lower in ("up", "down") and _a_particle(tokens, j)):
            return j
        if tokens[j].lower in _CHANGED_BY and tokens[k - 1].lower in ("by", "to"):
            return j  # "was raised by 4%", "reduced rates by 0.25 points" (not "raised £5,000 for charity")
        if tokens[j].lower in ("and", "or", ",", ";"):
            return None  # "a 5% drop and a £3m cut": the change is the other figure's
    return _changed_past_its_object(tokens, k)


def _changed_past_its_object(tokens: list[Token], k: int) -> int | None:
    """A verb that changes a level, named before its object and "by" or "to": "lowered its growth forecast by",
    "cut its forecast to" (the object's words only: not "rose 5% to $3bn")."""
    if k < 4 or tokens[k - 1].lower not in ("by", "to"):
        return None
    for j in range(k - 3, max(k - 6, -1), -1):  # the verb, one to three words before "by" or "to"
        transitive = tokens[j].lower in _CHANGED_BY or (tokens[j].lower in _CHANGES_AN_OBJECT and tokens[j + 1].lower in _DETERMINERS)
        if transitive and all(t.text.isalpha() for t in tokens[j + 1 : k - 1]):
            return j
    return None


# Verbs that change a level they name as their object ("increased its workforce to 2,000", "quadrupled its seats to
# 48"), with a determiner before it, as they change one of their own ("Sales increased 5%").
_CHANGES_AN_OBJECT = frozenset(
    "increased increases increase doubled doubles tripled triples trebled quadrupled halved halves grew expanded widened".split()
)


_BOUND_TO = frozenset("set expected due likely unlikely going poised forecast projected predicted tipped need needs needed have has had ought".split())
_AUXILIARIES = frozenset("was were is are be been has have had will would could may might should can must".split())
# Verbs of someone changing a level, a change only with "by" or "to" after them.
_CHANGED_BY = {
    **dict.fromkeys("raised raises raising raise lifted lifts lift boosted boosts boost hiked hikes hike".split(), "up"),
    **dict.fromkeys("lowered lowers lower reduced reduces reduce slashed slashes slash trimmed trims trim cut cuts".split(), "down"),
}


def _a_particle(tokens: list[Token], j: int) -> bool:
    """Whether "up" or "down" at j goes with the verb before it ("racked up", "ended up staying", "made up of"), or
    with a score before it ("were 3-0 up inside 20 minutes")."""
    after = tokens[j + 1].lower
    if after == "of" or (after.endswith("ing") and after.isalpha()):
        return True
    if j > 2 and tokens[j - 1].is_digits and tokens[j - 2].text in _HYPHENS and tokens[j - 3].is_digits:
        return True
    before = tokens[j - 1].lower if j else ""
    if before in _UP_AS_A_WHOLE:
        return True  # "Women make up 51% of the population", "takes up 30% of the space"
    return before not in _MARKET_VERBS and before.isalpha() and "VERB" in word_classes(before) and not can_be_noun(before)


_UP_AS_A_WHOLE = frozenset("make makes made making take takes took taking sum sums summed add adds added adding".split())


# Verbs after which "up" and "down" tell a change: "closed up 2%", "were down 3%", "went up 5%".
_MARKET_VERBS = frozenset(
    """closed ended finished opened traded stood settled edged moved ticked inched crept jumped shot went gone go goes came come
    comes is are was were be been being""".split()
)


def _phrase_before(tokens: list[Token], k: int, attached: bool = True) -> str | None:
    """The noun phrase that ends right before token k ("Revenue" in "Revenue rose 12%"; "Shares" in "Shares closed
    up 2%"), with the noun it is `attached` to by "of", "to" or "in" ("Prices in London rose")."""
    k = _before_a_time(tokens, _before_a_quote_code(tokens, _verb_group_start(tokens, k)))
    if k > 1 and tokens[k - 1].is_digits and tokens[k - 2].text[:1].isupper():
        return _name_with_its_number(tokens, k)
    start = _phrase_start(tokens, k, attached)
    return _join(tokens[start:k]) if start < k else None


def _before_a_time(tokens: list[Token], k: int) -> int:
    """Where the phrase before token k ends once a month or a year right before k is passed: "Prices in March fell",
    "Sales in 2023 rose" (else k)."""
    if k < 3 or tokens[k - 2].lower not in ("in", "during"):
        return k
    noun = tokens[k - 3]
    if not noun.text.isalpha() or (noun.text[0].isupper() and k > 3):
        return k  # "the quake that struck Turkey in March rose": a name ends a clause of its own
    when = tokens[k - 1]
    month = when.text[:1].isupper() and when.lower in FULL_MONTHS
    return k - 2 if month or (when.is_digits and len(when.text) == 4) else k


def _phrase_start(tokens: list[Token], k: int, attached: bool = True) -> int:
    """Where the noun phrase that ends right before token k begins (k when there is none)."""
    start = _common_words_before(tokens, k)
    while start > 0 and k - start < 6 and tokens[start].text[0].isupper():
        if _capitalised_name_word(tokens[start - 1]):
            start -= 1  # the whole of a longer name: "The Dow Jones Industrial Average fell"
        elif start > 1 and tokens[start - 1].is_digits and _a_name_word(tokens[start - 2]):
            start -= 2  # a model's number inside its name: "The iPhone 15 Pro starts at $999"
        else:
            break
    if start < k:
        start = _with_a_dotted_acronym(tokens, start)
    if start < k and attached:
        for _ in range(_ATTACHMENTS):  # "The energy price cap for a typical household in Great Britain": two
            moved = _past_a_preposition(tokens, start)
            if moved == start:
                break
            start = moved
    return start


_ATTACHMENTS = 2  # prepositional phrases a subject's noun phrase is read back through


def _with_a_dotted_acronym(tokens: list[Token], start: int) -> int:
    """Where a noun phrase that begins at `start` begins with the dotted acronym before it ("U.K." of "The U.K.
    jobless rate", "U.S" of "the U.S population"; not the initial of "John F. Kennedy"), else `start`."""
    j = start
    unstopped = _letter_after_a_dot(tokens, j)
    if unstopped:
        j -= 2  # the acronym's last letter, with no full stop after it, opens the phrase
    while j >= 2 and tokens[j - 1].text == "." and _single_capital(tokens[j - 2]) and tokens[j - 2].end == tokens[j - 1].start:
        j -= 2
    return j if (start - j) // 2 >= 2 or unstopped else start


def _letter_after_a_dot(tokens: list[Token], j: int) -> bool:
    """Whether token j is a capital letter glued after a full stop glued after a capital letter ("S" of "U.S")."""
    return (
        2 <= j < len(tokens)
        and _single_capital(tokens[j])
        and tokens[j - 1].text == "."
        and _single_capital(tokens[j - 2])
        and tokens[j - 2].end == tokens[j - 1].start
        and tokens[j - 1].end == tokens[j].start
    )


def _single_capital(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _past_a_preposition(tokens: list[Token], start: int) -> int:
    """Where a noun phrase that begins at `start` begins with the noun it follows by a preposition: "losses to
    businesses", "The number of deaths", "Prices in London", "The debt of a divorced retiree" (else `start`)."""
    j = start - 1
    if j > 0 and tokens[j].lower in _DETERMINERS:
        j -= 1
    if j < 1 or tokens[j].lower not in _LINKING_PREPOSITIONS or not tokens[j - 1].text.isalpha():
        return start
    if not (_noun_like(tokens[j - 1]) and can_be_noun(tokens[j - 1].lower)):
        return start  # "critical for a tumour"
    before = _common_words_before(tokens, j)
    return before if before < j else start


_LINKING_PREPOSITIONS = frozenset({"of", "to", "in", "for"})


def _common_words_before(tokens: list[Token], k: int) -> int:
    """Where the (up to three) words of a noun phrase that ends before token k begin: "pre-tax profit", "Output per
    hour", "Apple's shares" (not "strong" of "The 3,000-strong workforce", the figure's)."""
    start = k
    while start > 0 and k - start < 3 and _noun_like(tokens[start - 1]):
        if start > 2 and tokens[start - 2].text in _HYPHENS and tokens[start - 3].text[-1:].isdigit():
            break
        if start > 2 and tokens[start - 2].lower == "per" and _noun_like(tokens[start - 3]):
            start -= 2
        if _possessive_s(tokens, start - 1):
            return start - 3 if start >= 3 and tokens[start - 3].text.isalpha() else start
        start -= 1
        if start > 1 and _hyphen_joins_a_word(tokens, start - 1):
            start -= 2
    return start


def _name_with_its_number(tokens: list[Token], k: int) -> str:
    """An index's name and its number, which end right before token k: "The S&P 500 gained", "the FTSE 100 fell"."""
    start = k - 1
    while start > 0 and k - start < 6 and tokens[start - 1].lower not in _DETERMINERS and (
        tokens[start - 1].text[:1].isupper() or tokens[start - 1].text == "&"
    ):
        start -= 1
    return _join(tokens[start:k])


def _read_what_changed(tokens: list[Token], figure: _Found, k: int) -> None:
    """The subject of the change verb at k: the object it names ("cut its forecast to 2%"), else the phrase before
    it; a bare count of a plural object counts it ("quadrupled its seats to 48": 48 seats; not "Shares rose to 48")."""
    changed = _object_of_the_change(tokens, k, figure.first)
    figure.subject = changed or _phrase_before(tokens, k)
    if figure.unit is None and figure.kind is FigureKind.COUNT and _counted_by_its_subject(changed):
        figure.unit = changed


def _counted_by_its_subject(subject: str | None) -> bool:
    """Whether what a change verb changes is one plural noun that a bare number of it counts ("seats", "members")."""
    return subject is not None and " " not in subject and subject.islower() and is_plural_noun(subject) and can_be_noun(subject)


def _object_of_the_change(tokens: list[Token], k: int, first: int, before: tuple[str, ...] = ("by", "to")) -> str | None:
    """What a change verb at k changes when it names it before "by" or "to" (`before`) and the figure at `first`:
    "The Fed raised rates by a quarter point" changed rates, "cut its forecast to 2%" the forecast."""
    if first - k < 3 or tokens[first - 1].lower not in before:
        return None
    return _object_between(tokens, k, first - 1)


def _object_between(tokens: list[Token], k: int, end: int) -> str | None:
    """The noun phrase of one to three words in lower case after the verb at k and its determiners, up to `end`."""
    start = k + 1
    while start < end and tokens[start].lower in _DETERMINERS:
        start += 1
    words = tokens[start:end]
    if not 0 < len(words) <= 3 or not all(w.text.isalpha() and w.text.islower() and w.lower not in STOP_WORDS for w in words):
        return None  # "raise the minimum wage to $15": "minimum" qualifies no amount here
    return _join(words) if can_be_noun(words[-1].text) else None


def _possessive_s(tokens: list[Token], k: int) -> bool:
    """Whether the token at k is the s of a possessive ("Apple's")."""
    return k >= 2 and tokens[k].lower == "s" and tokens[k - 1].text in ("'", "’") and glued(tokens, k - 1) and glued(tokens, k)


def _verb_group_start(tokens: list[Token], k: int) -> int:
    """Where the change verb at token k begins with its auxiliaries and adverbs ("closed up", "was raised", "more
    than doubled")."""
    if k > 1 and tokens[k - 1].lower in _MARKET_VERBS and tokens[k].lower in ("up", "down"):
        k -= 1
    if (tokens[k].lower in _CHANGED_BY or tokens[k].lower in CHANGES) and not tokens[k].lower.endswith("ing"):
        if k > 2 and tokens[k - 1].lower == "to":
            k -= 2 if tokens[k - 2].lower in _BOUND_TO else 1  # "bills are set to fall", "expect the economy to grow"
        if k > 2 and (tokens[k - 2].lower, tokens[k - 1].lower) == ("more", "than"):
            k -= 2  # "Profit more than doubled to £1.2bn"
        elif k > 1 and tokens[k - 1].lower in ("nearly", "almost", "roughly"):
            k -= 1  # "Sales nearly doubled"
        while k > 1 and tokens[k - 1].lower in _AUXILIARIES and tokens[k - 1].text != "May":
            k -= 1  # "The dividend was raised by 4%", "Fees have been slashed", "Its value has more than tripled" (not "in May")
    return k


def _before_a_quote_code(tokens: list[Token], k: int) -> int:
    """Where a market quote's code ends the phrase before token k, its first token, else k: the name is before
    it ("The S&P 500 .SPX fell", "Tesla <TSLA.O> rose", "The euro EUR= was down", "yields US10YT=RR rose")."""
    start = k - 1
    while start > 0 and k - start < 8 and tokens[start].start == tokens[start - 1].end:
        start -= 1  # the code's tokens, glued together
    if start < 0 or start >= k:
        return k
    code = "".join(t.text for t in tokens[start:k])
    return start if QUOTE_CODE.fullmatch(code) else k


def _a_name_word(token: Token) -> bool:
    """A word of a name, capitalised or with a capital inside ("iPhone"); not a month's."""
    return token.text.isalpha() and not token.text.islower() and token.lower not in MONTHS and _noun_like(token)


def _capitalised_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name before a verb ("Jones" of "Dow Jones Industrial Average")."""
    return token.text[0].isupper() and token.text.isalpha() and _noun_like(token)


def _to_figure(article: Article, sentence: Span, tokens: list[Token], found: _Found, sentence_index: int) -> Figure:
    start, end = tokens[found.first].start, tokens[found.last].end
    amount = Span(start=tokens[found.amount_first].start, end=tokens[found.amount_last].end)
    ranged = found.high is not None  # a range or a score: both ends, no single value
    return Figure(
        text=article.text[start:end],
        span=Span(start=start, end=end),
        amount=amount,
        value=None if ranged else found.value,
        low=found.value if ranged else None,
        high=found.high,
        unit=found.unit,
        kind=found.kind,
        qualifier=found.qualifier,
        high_qualifier=found.high_qualifier,
        change=found.change,
        subject=_naming(found.subject),
        cite=sentence,
        sentence=sentence_index,
    )


def _naming(subject: str | None) -> str | None:
    """The subject, unless it is a superlative alone, which names nothing ("the smallest increase in three years")."""
    return None if subject is not None and " " not in subject and is_superlative(subject.lower()) else subject


_CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def rank_figures(figures: list[Figure], article: Article, left_out: frozenset[int]) -> list[Figure]:
    """Key figures first, by what makes a figure carry the story rather than by its size: early in the
    article, in a sentence that shares the title's words, said more than once, counting a named thing (but a
    handful named after the opening, "two sons", in passing); money and rates a little; an age that only tells who
    someone is ("Pat Ingles, 69,") and a number in a caption or a credit lower. A figure said again ranks as its best mention but shows its first outside captions; the repeats come
    after the distinct figures, so the first few are different."""
    sentences = max(len(article.sentences), 1)
    title = {w.lower() for w in _CONTENT_WORD.findall(article.title or "")} - STOP_WORDS
    repeats = Counter(_amount(f) for f in figures if f.value is not None)
    shared: dict[int, float] = {}

    def title_share(index: int) -> float:
        if index not in shared:
            words = {w.lower() for w in _CONTENT_WORD.findall(article.passage(article.sentences[index].span))}
            shared[index] = len(words & title) / len(title) if title else 0.0
        return shared[index]

    def weight(figure: Figure) -> float:
        score = 1.0 * (1 - figure.sentence / sentences) + title_share(figure.sentence)
        if _is_background(figure, article.text):
            score -= 2.0
        if article.sentences[figure.sentence].span.start in left_out:
            score -= 1.0  # a caption's or a credit's number: the story tells it, if it is the story's
        if (figure.unit == "years old" and figure.text.isdigit()) or _describes_someone(figure, article.text):
            score -= 1.0  # "Pat Ingles, 69,", "his two sons": who someone is, what someone has
        if figure.value is None and figure.low is None:
            score -= 1.0
        elif figure.value is not None and repeats[_amount(figure)] > 1:
            score += 0.25 * min(repeats[_amount(figure)] - 1, 2)
        score += _KIND_WEIGHT.get(figure.kind, 0.0)
        if figure.kind is FigureKind.COUNT and figure.unit:
            score += 0.5 if figure.value is None or figure.value > 3 or figure.sentence <= 1 else 0.0
        if figure.qualifier:
            score += 0.25
        return score

    by_value: dict[object, dict[str | None, list[Figure]]] = {}  # value -> unit -> its mentions, in order
    for figure in sorted(figures, key=lambda f: f.span.start):
        units = by_value.setdefault(_said_value(figure), {})
        unit = figure.unit
        if unit is None and units:
            unit = next(iter(units))  # said again without its unit ("1 million people", then "a million")
        elif unit is not None and None in units and unit not in units:
            units[unit] = units.pop(None)  # its unit given after ("a million", then "1 million people")
        units.setdefault(unit, []).append(figure)
    mentions = [group for units in by_value.values() for group in units.values()]
    groups = sorted(mentions, key=lambda group: (-max(map(weight, group)), group[0].span.start))
    told = [_told_first(group, article, left_out) for group in groups]
    return [group[0] for group in told] + [figure for group in told for figure in group[1:]]


def _told_first(mentions: list[Figure], article: Article, left_out: frozenset[int]) -> list[Figure]:
    """A figure's mentions in order, the first the story itself tells (not a caption's or a credit's) put first."""
    told = next((f for f in mentions if article.sentences[f.sentence].span.start not in left_out), mentions[0])
    return [told, *(f for f in mentions if f is not told)]


def _said_value(figure: Figure) -> object:
    """What makes two mentions the same figure: its value, a range's ends ("35 to 45", "35-45"), else its words
    ("dozens of militants", however the line breaks them)."""
    if figure.value is not None:
        return round(figure.value, 6)
    if figure.low is not None and figure.high is not None:
        return (round(figure.low, 6), round(figure.high, 6))
    return " ".join(figure.text.lower().split())


def _amount(figure: Figure) -> tuple[float, str | None]:
    """What a figure says again when it is repeated: its value in its unit ("two sides" is no "two people")."""
    return round(figure.value or 0.0, 6), figure.unit


def _describes_someone(figure: Figure, text: str) -> bool:
    """A handful or a size in a person's possession, which tells who they are rather than what happened:
    "his two sons", "their three children", "her 35-foot sailboat" ("his three decades in power" is no thing
    he has)."""
    before = _WORD_BEFORE.search(text, max(0, figure.span.start - 12), figure.span.start)
    if not before or before.group(1).lower() not in _PERSONAL_POSSESSIVES:
        return False
    small_count = figure.kind is FigureKind.COUNT and figure.value is not None and figure.value <= 3
    return small_count or (figure.kind is FigureKind.MEASURE and _ATTRIBUTIVE.match(figure.text) is not None)


def _is_background(figure: Figure, text: str) -> bool:
    """A number that sets the scene rather than carrying the story: a span of time that only dates something
    ("one day after", "two weeks later"), a rank with no amount ("the world's two largest economies"), a count
    of sources ("two people familiar with the talks"), a conversion in brackets ("1.8 miles (three km)"), the
    length of a recording ("an eight-minute video"), the group someone belongs to ("one of three children")."""
    words = figure.text.split()
    after = _WORD_AFTER.match(text, figure.span.end)
    following = after.group(1).lower() if after else ""
    recorded = (after.group(2) or "").lower() if following == "of" and after else following  # "two hours of footage"
    return (
        (figure.unit in _TIME_SPANS and following in {"after", "before", "later", "earlier", "ago"})
        or (figure.unit in _CLOCK_SPANS and recorded in _RECORDINGS)
        or (len(words) > 2 and is_superlative(words[1]))
        or following in {"familiar", "briefed"}
        or (after is not None and after.group(0).lstrip().startswith(")"))
        or _ONE_OF.search(text, max(0, figure.span.start - 16), figure.span.start) is not None
    )


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_PERSONAL_POSSESSIVES = {"his", "her", "their", "my", "our", "your"}
_ATTRIBUTIVE = re.compile(r"[\d.,]+-[A-Za-z]")  # "35-foot", "12-year-old": a size that qualifies a noun
_ONE_OF = re.compile(r"\b[Oo]ne of\s+(?:(?:only|just|the|some|about|around)\s+)?$")  # "one of three children": a member of a group, described
_WORD_AFTER = re.compile(r"\s*\)?\s*([A-Za-z]*)(?: ([A-Za-z]+))?")
_CLOCK_SPANS = {"seconds", "minutes", "hours", "second", "minute", "hour"}
_RECORDINGS = {"video", "clip", "footage", "film", "recording", "documentary", "tape", "audio", "podcast", "broadcast", "segment"}
_TIME_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year"}
_KIND_WEIGHT = {
    FigureKind.MONEY: 0.5, FigureKind.PERCENT: 0.5, FigureKind.ORDINAL: -0.5,
}

