"""Calendar dates written the ways news articles write them."""

from __future__ import annotations

import re
from datetime import date

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}  # each name, its number
FULL_MONTHS = tuple(names[0] for names in _MONTH_NAMES)  # "january" ... "december"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_FORMS = [
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"^{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})\b"),
    re.compile(rf"^{_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})\b"),
]


def parse_date(text: str) -> date | None:
    """The date that `text` starts with ("28 Jan 2026", "January 28, 2026", "2026-01-28T10:00"), or None."""
    text = text.strip()
    for form in _FORMS:
        if match := form.match(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else MONTHS[month.lower()]
            try:
                return date(int(match.group("year")), number, int(match.group("day")))
            except ValueError:
                return None
    return None
