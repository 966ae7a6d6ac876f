"""Figure extraction against Microsoft Recognizers-Text English specs (../shared/peer/recognizers-text).

    python benchmarks/figures.py [--peer DIR] [--show N]

A case passes when the extractor returns exactly the expected results, in
order: the same words (case and spacing aside) and the same value (numbers
within 1e-6; ranges as intervals; percentages in percent; money with its unit).
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Callable
from pathlib import Path

from briefings.extract.figures import extract_figures
from briefings.extract.numbers import find_numbers, tokenize
from briefings.model.article import Article, ArticleFormat, Sentence, Span
from briefings.model.briefing import Figure, FigureKind

ROOT = Path(__file__).resolve().parent.parent
# Recognizers-Text names units in words; the extractor gives ISO codes.
CURRENCY_UNITS = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "British pound": "GBP", "Pound": "GBP",
    "Chinese yuan": "CNY", "Japanese yen": "JPY", "Cent": "cents", "Pence": "pence", "Penny": "pence",
    "Canadian dollar": "CAD", "Australian dollar": "AUD", "Hong Kong dollar": "HKD", "New Zealand dollar": "NZD",
    "Franc": "CHF", "Swiss franc": "CHF", "Turkish lira": "TRY", "Rupee": "INR", "Mexican peso": "MXN",
    "Finnish markka": "FIM", "Netherlands guilder": "NLG", "Peseta": "ESP", "Bitcoin": "BTC",
}

Result = tuple[str, str]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w.%$€£¥]+|[^\s\w]", text.lower()))


def _number(value: float | None) -> str:
    if value is None:
        return "null"
    return repr(round(value, 6))


def numbers(text: str) -> list[Result]:
    tokens = tokenize(text)
    return [(text[m.start : m.end], _number(m.value)) for m in find_numbers(tokens) if m.value is not None]


def _figures(text: str) -> list[Figure]:
    """The figures of the text in the order they appear (the extractor ranks them)."""
    return sorted(extract_figures(Article(id="x", path="x.txt", format=ArticleFormat.TEXT, text=text, sentences=[
        Sentence(span=Span(start=0, end=len(text)), block=0)])), key=lambda f: f.span.start)


def _amount(text: str, figure: Figure, with_qualifier: bool = False) -> str:
    return text[figure.span.start if with_qualifier else figure.amount.start : figure.amount.end]


def ranges(text: str) -> list[Result]:
    out = []
    for figure in _figures(text):
        interval = _interval(figure)
        if interval:
            out.append((_amount(text, figure, with_qualifier=True), interval))
    return out


_OPEN_LOW, _CLOSED_LOW = {"more than"}, {"at least", "between", "exactly"}
_OPEN_HIGH, _CLOSED_HIGH = {"less than"}, {"at most", "up to"}


def _interval(figure: Figure) -> str | None:
    """The figure as an interval in Recognizers-Text notation: '(400,)', '[20,30)', '(,100]'."""
    low, high, qualifier = (figure.low if figure.low is not None else figure.value), figure.high, figure.qualifier
    if low is None:
        return None
    if high is not None:
        left = "(" if qualifier in _OPEN_LOW else "["
        right = "]" if figure.high_qualifier in _CLOSED_HIGH else ")"
        return f"{left}{low:g},{high:g}{right}"
    if qualifier == "exactly":
        return f"[{low:g},{low:g}]"
    if qualifier in _OPEN_LOW or qualifier in ("at least",):
        return f"{'(' if qualifier in _OPEN_LOW else '['}{low:g},)"
    if qualifier in _OPEN_HIGH or qualifier in _CLOSED_HIGH:
        return f"(,{low:g}{')' if qualifier in _OPEN_HIGH else ']'}"
    return None


def percents(text: str) -> list[Result]:
    return [(_amount(text, f), f"{f.value:g}%") for f in _figures(text) if f.kind is FigureKind.PERCENT and f.value is not None]


def currencies(text: str) -> list[Result]:
    return [
        (_amount(text, f), f"{f.value:g} {f.unit}")
        for f in _figures(text)
        if f.kind is FigureKind.MONEY and f.value is not None
    ]


def expected(case: dict, model: str) -> list[Result]:
    out = []
    for result in case.get("Results", []):
        resolution = result.get("Resolution") or {}
        value = resolution.get("value")
        if model == "Number":
            value = _number(float(value)) if value not in (None, "null") else "null"
        elif model == "NumberRange":
            value = value
        elif model == "Percent":
            value = f"{float(value.rstrip('%')):g}%" if value not in (None, "null") else "null"
        elif model == "Currency":
            unit = CURRENCY_UNITS.get(resolution.get("unit", ""), resolution.get("isoCurrency") or resolution.get("unit"))
            value = f"{float(value):g} {unit}" if value not in (None, "null") else "null"
        out.append((result["Text"], value))
    return out


def same(got: list[Result], want: list[Result]) -> bool:
    if len(got) != len(want):
        return False
    for (got_text, got_value), (want_text, want_value) in zip(got, want, strict=False):
        if _words(got_text) != _words(want_text):
            return False
        if got_value != want_value and not _close(got_value, want_value):
            return False
    return True


def _close(a: str, b: str) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6)
    except ValueError:
        return False


MODELS: dict[str, Callable[[str], list[Result]]] = {
    "Number": numbers,
    "NumberRange": ranges,
    "Percent": percents,
    "Currency": currencies,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=ROOT.parent / "shared" / "peer")
    parser.add_argument("--show", type=int, default=0, help="print up to N failed cases per file")
    arguments = parser.parse_args()
    for model, extract in MODELS.items():
        cases = json.loads((arguments.peer / "recognizers-text" / f"{model}Model.json").read_text(encoding="utf-8-sig"))
        failed = []
        for case in cases:
            got, want = extract(case["Input"]), expected(case, model)
            if not same(got, want):
                failed.append((case["Input"], got, want))
        passed = len(cases) - len(failed)
        print(f"{model}Model: {passed}/{len(cases)} ({100 * passed / len(cases):.1f}%)")
        for text, got, want in failed[: arguments.show]:
            print(f"    {text[:90]!r}\n        got  {got}\n        want {want}")


if __name__ == "__main__":
    main()
