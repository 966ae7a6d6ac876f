"""Timeline: sentences with explicit dates, and relative ones resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefings.briefing import Precision, TimelineEvent
from briefings.budget import check
from briefings.dates import MONTHS
from briefings.models import Article, Span

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b(?:in|since|by|until|during|from) (?:early |late |mid-)?{_MONTH}(?: (?P<year>\d{{4}}))?\b", re.IGNORECASE),
    re.compile(r"\b(?:in|since|by|until|during|from|of|before|after) (?:early |late |mid-)?(?P<year>(?:19|20)\d\d)\b(?!-)"),
]
_RELATIVE = re.compile(
    r"\b(?P<words>today|yesterday|tomorrow|(?:earlier |later )?(?P<which>this|last|next) (?P<unit>week|month|year)|"
    r"(?:on |last |this |next )(?P<weekday>" + "|".join(_WEEKDAYS) + r"))\b",
    re.IGNORECASE,
)
# Each event quotes its whole sentence: a bound on events per sentence keeps a briefing linear in the text.
_MOST_PER_SENTENCE = 4


def extract_timeline(article: Article) -> list[TimelineEvent]:
    """Dated events in date order; relative dates only when the publication date is known."""
    events: list[TimelineEvent] = []
    for sentence in article.sentences:
        check()
        taken: list[tuple[int, int]] = []
        words = _words(article, sentence.span)
        for found in _explicit(article, sentence.span, words) + _relative(article, sentence.span, words):
            when_span, when, precision, relative = found
            if len(taken) == _MOST_PER_SENTENCE:
                break
            if any(when_span.start < e and s < when_span.end for s, e in taken):
                continue
            taken.append((when_span.start, when_span.end))
            events.append(
                TimelineEvent(
                    date=when,
                    precision=precision,
                    text=article.passage(sentence.span),
                    when=article.passage(when_span),
                    when_span=when_span,
                    relative=relative,
                    cite=sentence.span,
                )
            )
    return sorted(events, key=lambda e: (e.date, e.cite.start))


_WORDS = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = frozenset(m.capitalize() for m in MONTHS)
_RELATIVE_WORDS = frozenset(
    {"today", "yesterday", "tomorrow", "week", "month", "year", *_WEEKDAYS, *(d.capitalize() for d in _WEEKDAYS)}
)


def _words(article: Article, span: Span) -> set[str]:
    """The sentence's words, plus "0" when it holds a digit."""
    words = set(_WORDS.findall(article.text, span.start, span.end))
    if _DIGIT.search(article.text, span.start, span.end):
        words.add("0")
    return words


def _explicit(article: Article, span: Span, words: set[str]) -> list[tuple[Span, date, Precision, bool]]:
    found: list[tuple[Span, date, Precision, bool]] = []
    if "0" not in words and _MONTH_WORDS.isdisjoint(words):
        return found
    for pattern in _PATTERNS:
        for match in pattern.finditer(article.text, span.start, span.end):
            groups = match.groupdict()
            year = int(groups["year"]) if groups.get("year") else (article.published.year if article.published else None)
            if year is None:
                continue
            month_text = groups.get("month")
            if month_text and not month_text.isdigit() and not month_text[0].isupper():
                continue
            month = (int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]) if month_text else 1
            day = int(groups["day"]) if groups.get("day") else 1
            precision = Precision.DAY if groups.get("day") else (Precision.MONTH if month_text else Precision.YEAR)
            try:
                when = date(year, month, day)
            except ValueError:
                continue
            found.append((Span(start=match.start(), end=match.end()), when, precision, not groups.get("year")))
    return found


def _relative(article: Article, span: Span, words: set[str]) -> list[tuple[Span, date, Precision, bool]]:
    published = article.published
    if published is None or _RELATIVE_WORDS.isdisjoint(words):
        return []
    found = []
    for match in _RELATIVE.finditer(article.text, span.start, span.end):
        words = match.group("words").lower()
        if words in ("today", "yesterday", "tomorrow"):
            when, precision = published + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[words]), Precision.DAY
        elif match.group("weekday"):
            target = _WEEKDAYS.index(match.group("weekday").lower())
            shift = (published.weekday() - target) % 7
            if words.startswith("last"):
                shift = shift or 7
            when = published + timedelta(days=7 - shift if words.startswith("next") else -shift)
            precision = Precision.DAY
        else:
            step = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
            when, precision = _shift(published, match.group("unit").lower(), step)
        found.append((Span(start=match.start("words"), end=match.end("words")), when, precision, True))
    return found


def _shift(published: date, unit: str, step: int) -> tuple[date, Precision]:
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=step), Precision.WEEK
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return date(index // 12, index % 12 + 1, 1), Precision.MONTH
    return date(published.year + step, 1, 1), Precision.YEAR
