"""A span of an article's text: the one part of the model that search, listing and the reader's first screen use
before any model is needed, so it is a plain dataclass, free of pydantic."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range [start, end) of code points in an article's text.

    A slotted dataclass rather than a model (like the other small, numerous parts of an article): an article has
    hundreds of spans and a library thousands of articles, and a model costs several times the memory; it is
    validated like a model wherever a model holds one.
    """

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def in_spans(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` is inside one of `spans`, (start, end) pairs in order that do not overlap, found by
    bisection (a line of thousands of phone numbers or quote codes stays linear)."""
    k = bisect.bisect_right(spans, (position, math.inf)) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]
