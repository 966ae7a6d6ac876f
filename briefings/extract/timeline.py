"""Timeline: the dated sentences of the article, in date order.

Dates written out ("March 18, 1990", "in 2004"); partial ones ("Feb 9", "in March") completed with the
publication year; relative ones ("on Tuesday", "last month", "two days ago", "this week") resolved against
the publication date, a weekday to the one before it unless the sentence speaks of the future. With no
publication date a relative or partial date keeps its words and no date. "since March 2019" is the start
of a state and "until 1998" its end, not events. Captions, embedded posts' signatures and credits are no
events, and a year is one only after a preposition ("in 2012", never the film "2012") or before what it dates ("a 1960
earthquake", "the 2008 financial crisis"; not "the 2000 people").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefings.budget import check
from briefings.model.article import Article, Span
from briefings.model.briefing import DateRole, Precision, TimelineEvent
from briefings.text.dates import MONTHS, WEEKDAYS
from briefings.text.words import is_plural_noun

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Days named for what falls on them, dated by the year written after them ("Christmas Eve 2010"): without one, which
# year's is meant is a guess.
_HOLIDAYS = {
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Boxing Day": (12, 26), "New Year's Eve": (12, 31),
    "New Year's Day": (1, 1), "Valentine's Day": (2, 14), "St Patrick's Day": (3, 17), "Halloween": (10, 31),
}
# Dates that need no year written ("March 18", "18 March", "in March"): most sentences that date anything hold no year.
_MONTH_DAY = re.compile(rf"\b{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}\b", re.IGNORECASE)
_IN_A_MONTH = re.compile(rf"\b(?P<side>in|since|by|until|during|from) (?:early |late |mid-)?{_MONTH}(?: (?P<year>\d{{4}}))?\b", re.IGNORECASE)
_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<year>\d{{4}})\b", re.IGNORECASE),
    _MONTH_DAY,
    _DAY_MONTH,
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    _IN_A_MONTH,
    # the end of a span of months, with its year: "between March and June 2021", "from May to July 2023"
    re.compile(rf"\b(?P<side>and|to|through) (?:early |late |mid-)?{_MONTH} (?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(
        r"\b(?:(?:spring|summer|autumn|fall|winter|start|end|beginning|middle|turn) (?=of))?"
        r"(?P<side>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|of|[Bb]efore|[Aa]fter|[Bb]etween) (?:early |late |mid-)?(?P<year>(?:19|20)\d\d)\b(?!-)"
    ),
    # a month of a year or a year after a comparison of time: "no earlier than November 2024", "as early as 2025"
    re.compile(rf"\b(?:earlier|later|sooner) than {_MONTH} (?P<year>(?:19|20)\d\d)\b(?!-)", re.IGNORECASE),
    re.compile(r"\b(?:(?:earlier|later|sooner) than|as early as|as soon as|as late as) (?P<year>(?:19|20)\d\d)\b(?!-)"),
    # the end of a span of years: "between 2014 and 2019", "from 2014 to 2019"
    re.compile(r"(?:(?<=\b[Bb]etween (?:19|20)\d\d )|(?<=\b[Ff]rom (?:19|20)\d\d ))(?P<side>and|to) (?P<year>(?:19|20)\d\d)\b(?!-)"),
    re.compile(r"\b(?P<holiday>" + "|".join(name.replace("'", "['’]") for name in _HOLIDAYS) + r"),? (?P<year>(?:19|20)\d\d)\b"),
    # a year naming what happened in it: "a 1960 earthquake", "the 2008 financial crisis" (not "the 2000 people")
    re.compile(r"\b(?:[Aa]|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|that) (?P<year>(?:19|20)\d\d) (?P<named>[a-z]+)\b"),
]
_PATTERNS_WITHOUT_A_YEAR = [_MONTH_DAY, _DAY_MONTH, _IN_A_MONTH]  # in the order of _PATTERNS: a date's words go to the first
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_RELATIVE = re.compile(
    r"\b(?P<words>today|tonight|yesterday|tomorrow|this (?P<part>morning|afternoon|evening)|last night|"
    r"(?:earlier |later )?(?P<which>this|last|next) (?P<unit>week|month|year)|"
    r"(?P<count>\d{1,3}|" + "|".join(_COUNTS) + r") (?P<ago>day|week|month|year)s? ago|"
    r"(?:(?P<side>last|this|next|on|since|until|by|before|from) )?(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:'s|’s)?)\b",
    re.IGNORECASE,
)
_ROLES = {
    "since": DateRole.START, "from": DateRole.START, "between": DateRole.START, "until": DateRole.END, "by": DateRole.END,
    "and": DateRole.END, "to": DateRole.END, "through": DateRole.END,  # "between March and June 2021": its end
}
# Words that put a weekday ahead of the publication date rather than behind it.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|’ll|is to|are to|is due|are due|scheduled|set to|expected to|(?:is|are) expected|plans? to|"
    r"going to|upcoming|ahead of|(?:is|are) (?:holding|meeting|hosting|playing|travelling|traveling|visiting|flying|returning|leaving))\b",
    re.IGNORECASE,
)
# A schedule in the present tense, right before the date: "his successor takes office on Monday", "the trial opens
# Tuesday", "They host Rangers on Tuesday" (not "faces a fine after fans invaded the pitch on Sunday").
_SCHEDULED = re.compile(
    r"\b(?:starts|begins|opens|reopens|resumes|kicks off|takes (?:office|effect)|comes into (?:force|effect)|goes on sale|expires|"
    r"hosts|faces|plays|meets|visits|travels to|(?:they|we|who) (?:host|face|play|meet|visit|travel to))\b",
    re.IGNORECASE,
)
_FUTURE_REACH = 80  # characters before a date in which its verb is looked for
_SCHEDULED_REACH = 32
_CLAUSE_REACH = 160  # characters of one clause (no comma, semicolon or colon) in which its future verb is looked for


def speaks_of_future(text: str, date_start: int, whole_clause: bool = True) -> bool:
    """Whether the words just before the date at `date_start` put it ahead of the publication ("will meet
    on Friday", "is due to open Feb 9", "takes office on Monday"), or those of its clause when no comma parts them
    ("is expected to sign a seven-year contract at the club after completing a medical on Monday"; not asked of a
    written year, which a clause's far verb seldom governs: "says he will serve his sentence for an assault at his
    home in 2004")."""
    if _FUTURE.search(text, max(0, date_start - _FUTURE_REACH), date_start) is not None:
        return True
    clause = max(text.rfind(mark, max(0, date_start - _CLAUSE_REACH), date_start) for mark in ",;:")  # -1: none within reach
    if whole_clause and clause < 0 and _FUTURE.search(text, max(0, date_start - _CLAUSE_REACH), date_start) is not None:
        return True  # one long clause: "is expected to sign a seven-year contract ... after a medical on Monday"
    return _SCHEDULED.search(text, max(0, date_start - _SCHEDULED_REACH), date_start) is not None


# Each event quotes its whole sentence: a bound on events per sentence keeps a briefing linear in the text.
_MOST_PER_SENTENCE = 4

_Found = tuple[Span, date | None, Precision | None, bool, DateRole]


def extract_timeline(article: Article, furniture: frozenset[int]) -> list[TimelineEvent]:
    """Dated events in date order, then the ones whose date cannot be resolved, in reading order; none from the
    credits and captions (`furniture`: where they start)."""
    events: list[TimelineEvent] = []
    for sentence in article.sentences:
        check()
        if sentence.span.start in furniture:
            continue
        passage = article.passage(sentence.span)
        taken: list[tuple[int, int]] = []
        said: set[str] = set()
        words = _words(article, sentence.span)
        for when_span, when, precision, relative, role in _explicit(article, sentence.span, words) + _relative(
            article, sentence.span, words
        ):
            if len(taken) == _MOST_PER_SENTENCE:
                break
            words_of_date = article.passage(when_span).lower()
            if words_of_date in said or any(when_span.start < e and s < when_span.end for s, e in taken):
                continue
            said.add(words_of_date)
            taken.append((when_span.start, when_span.end))
            events.append(
                TimelineEvent(
                    date=when,
                    precision=precision,
                    text=passage,
                    when=article.passage(when_span),
                    when_span=when_span,
                    relative=relative,
                    role=role,
                    cite=sentence.span,
                )
            )
    return sorted(events, key=lambda e: (*e.order, e.cite.start))


_WORDS = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = frozenset(m.capitalize() for m in MONTHS)
_RELATIVE_WORDS = frozenset(
    {"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "week", "month", "year",
     "ago", *(d.capitalize() for d in WEEKDAYS)}
)


def _words(article: Article, span: Span) -> set[str]:
    """The sentence's words, plus "0" when it holds a digit."""
    words = set(_WORDS.findall(article.text, span.start, span.end))
    if _DIGIT.search(article.text, span.start, span.end):
        words.add("0")
    return words


def _role(side: str | None) -> DateRole:
    return _ROLES.get((side or "").lower(), DateRole.EVENT)


def _explicit(article: Article, span: Span, words: set[str]) -> list[_Found]:
    if "0" not in words and _MONTH_WORDS.isdisjoint(words):
        return []
    year = "0" in words and _A_YEAR.search(article.text, span.start, span.end) is not None
    patterns = _PATTERNS if year else _PATTERNS_WITHOUT_A_YEAR  # most sentences name no year: half the patterns need one
    found = (_dated(match, article) for pattern in patterns for match in pattern.finditer(article.text, span.start, span.end))
    return [event for event in found if event is not None]


_A_YEAR = re.compile(r"\d{4}")


def _dated(match: re.Match[str], article: Article) -> _Found | None:
    """The date a pattern's match writes out, completed with the publication year where it gives none; None when
    its words make no date."""
    groups = match.groupdict()
    if groups.get("named") and not _names_an_event(groups["named"]):
        return None
    month_text = groups.get("month")
    if month_text and not month_text.isdigit() and not month_text[0].isupper():
        return None
    month = (int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]) if month_text else 1
    day = int(groups["day"]) if groups.get("day") else 1
    precision = Precision.DAY if groups.get("day") else (Precision.MONTH if month_text else Precision.YEAR)
    if groups.get("holiday"):
        (month, day), precision = _HOLIDAYS[groups["holiday"].replace("’", "'")], Precision.DAY
    year = int(groups["year"]) if groups.get("year") else (article.published.year if article.published else None)
    when: date | None = None
    if year is not None:
        try:
            when = date(year, month, day)
        except ValueError:
            return None
    elif not 1 <= day <= 31:
        return None
    start, end = match.span("year") if groups.get("named") else match.span()  # "1960" of "a 1960 earthquake"
    return Span(start=start, end=end), when, precision if when else None, not groups.get("year"), _role(groups.get("side"))


def _names_an_event(word: str) -> bool:
    """Whether the word after a year is what the year dates, an event or a work ("earthquake", "financial", "book"),
    rather than what a number counts or measures ("the 2000 people", "the 1500 metres", "a 2000 mile trip")."""
    return not is_plural_noun(word) and word not in _MEASURE_WORDS


_MEASURE_WORDS = frozenset("mile metre meter kilometre kilometer km foot feet yard pound dollar euro acre tonne ton".split())


def _relative(article: Article, span: Span, words: set[str]) -> list[_Found]:
    if _RELATIVE_WORDS.isdisjoint(words):
        return []
    found: list[_Found] = []
    for match in _RELATIVE.finditer(article.text, span.start, span.end):
        weekday = match.group("weekday")
        if weekday and not weekday[0].isupper():
            continue
        future = bool(weekday) and speaks_of_future(article.text[span.start : match.start()], match.start() - span.start)
        resolved = _resolve(match, article.published, future) if article.published else None
        when, precision = resolved or (None, None)
        found.append((Span(start=match.start("words"), end=match.end("words")), when, precision, True, _role(match.group("side"))))
    return found


def _resolve(match: re.Match[str], published: date, future: bool) -> tuple[date, Precision]:
    """The date a relative expression names, seen from the publication date."""
    words = match.group("words").lower()
    if words in ("today", "tonight") or match.group("part"):
        return published, Precision.DAY
    if words in ("yesterday", "last night"):
        return published - timedelta(days=1), Precision.DAY
    if words == "tomorrow":
        return published + timedelta(days=1), Precision.DAY
    if match.group("ago"):
        count = match.group("count").lower()
        return _shift(published, match.group("ago").lower(), -(int(count) if count.isdigit() else _COUNTS[count]))
    if match.group("weekday"):
        return _weekday(published, WEEKDAYS.index(match.group("weekday").lower()), (match.group("side") or "").lower(), future)
    step = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
    return _shift(published, match.group("unit").lower(), step)


def _weekday(published: date, target: int, side: str, future: bool) -> tuple[date, Precision]:
    """"last Tuesday" the one before; "next Tuesday" the one after; otherwise the nearest one on the side the
    sentence's tense points to, the publication day itself included."""
    behind = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if side == "last":
        return published - timedelta(days=behind or 7), Precision.DAY
    if side == "next":
        return published + timedelta(days=ahead or 7), Precision.DAY
    return (published + timedelta(days=ahead) if future else published - timedelta(days=behind)), Precision.DAY


def _shift(published: date, unit: str, step: int) -> tuple[date, Precision]:
    if unit == "day":
        return published + timedelta(days=step), Precision.DAY
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=step), Precision.WEEK
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return date(index // 12, index % 12 + 1, 1), Precision.MONTH
    return date(published.year + step, 1, 1), Precision.YEAR
