"""A time budget for briefing one file: the last resort against input that takes far longer than its size warrants.

Every stage is meant to be linear in its input; should one not be, the file is skipped with a notice rather than
the library waiting on it. The extractors call `check()` between sentences and stages: a clock read, no more.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from briefings.errors import ArticleError

BASE_SECONDS = 10.0
SECONDS_PER_MB = 5.0
"""A 5 MB file (the default size limit) may take 35 s of wall time; the largest measured take about a third."""

_deadline: ContextVar[float | None] = ContextVar("briefing_deadline", default=None)


class OverBudget(ArticleError):
    """Briefing the file took longer than its budget."""


def seconds_for(size: int) -> float:
    """The budget of a file of `size` bytes."""
    return BASE_SECONDS + SECONDS_PER_MB * size / 1024 / 1024


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Within this block, `check()` raises OverBudget once `seconds` have passed."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise OverBudget when the current file's budget is spent; nothing outside a budget."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget("took too long to brief (its time budget ran out); skipped")
