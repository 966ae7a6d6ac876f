"""The range of values a figure's words allow: "more than 400,000" and "several hundred thousand" overlap;
400,000 and two million do not.
"""

from __future__ import annotations

import re

from briefings.model.briefing import Figure

_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE = re.compile(r"\b(dozen|hundred|thousand|million|billion|trillion)(s)?\b", re.IGNORECASE)
_AT_LEAST = ("more than", "over", "exceed", "above", "at least", "upward")
_JUST_UNDER = ("nearly", "almost", "just under", "close to")
_AT_MOST = ("less than", "under", "below", "up to", "at most", "fewer than")
_ABOUT = ("about", "around", "roughly", "approximately", "some", "an estimated")
OPEN_ENDED = 10.0  # "more than X" is read as up to ten times X


def interval(figure: Figure) -> tuple[float, float]:
    """The lowest and highest value the figure's words allow."""
    if figure.value is None and figure.low is None:
        return _vague(figure.text)
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else low
    assert low is not None and high is not None
    qualifier = (figure.qualifier or "").lower()
    if any(q in figure.text.lower() for q in _JUST_UNDER):  # "nearly 400,000": a little less, never more
        low = low * 0.9
    elif any(q in qualifier for q in _AT_LEAST):
        high = high * OPEN_ENDED
    elif any(q in qualifier for q in _AT_MOST):
        low = low / OPEN_ENDED
    elif any(q in qualifier for q in _ABOUT):
        low, high = low * 0.8, high * 1.2
    return low, high


def bounded_below(figure: Figure) -> float | None:
    """The bound of a figure said as "more than" or "at least" a value, else None."""
    qualifier = (figure.qualifier or "").lower()
    low = figure.value if figure.value is not None else figure.low
    return low if low is not None and any(q in qualifier for q in _AT_LEAST) else None


def _vague(text: str) -> tuple[float, float]:
    """'several hundred thousand' → [200,000, 1,000,000); 'millions' → [2,000,000, 1,000,000,000)."""
    words = list(_SCALE.finditer(text))
    if not words:
        return 0.0, float("inf")
    scale = 1.0
    for match in words:
        scale *= _SCALES[match.group(1).lower()]
    plural = words[-1].group(2) is not None
    if plural:  # "millions", "hundreds of thousands"
        return 2 * scale, 1000 * scale
    return 2 * scale, 10 * scale
