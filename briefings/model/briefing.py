"""The briefing of one article: every item quotes the article and cites the passage it rests on."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from briefings.model.article import Article, Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """Anything in a briefing: `cite` is the passage of the article it rests on.

    Items, like spans, are slotted dataclasses of the standard library: a library holds many thousands of them, made
    by the extractors without a validator's cost; the Briefing that holds them validates them when it is read."""

    cite: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryItem(Item):
    text: str
    origin: str


class FigureKind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MULTIPLE = "multiple"
    MEASURE = "measure"
    FRACTION = "fraction"
    ORDINAL = "ordinal"
    SCORE = "score"


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure(Item):
    """A quantity: its words (`text` at `span`), value (None when vague, or a range "from 12 to 27" with
    `low` and `high`, or a score "3-1" with `low` and `high` as the sides' points), and what it measures.

    `amount` is the part of `span` that states the quantity itself: "$2.5 billion" in "about $2.5 billion in loans".
    """

    text: str
    span: Span
    amount: Span
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: FigureKind = FigureKind.COUNT
    qualifier: str | None = None
    high_qualifier: str | None = None
    change: str | None = None
    subject: str | None = None
    sentence: int

    @property
    def value_text(self) -> str:
        """The value as a reader reads it: "400,000 units", "2–3 percent"; "—" when the words give none."""
        if self.low is not None and self.high is not None:
            text = f"{_number(self.low)}–{_number(self.high)}"
            return f"{text} {self.unit}" if self.unit and self.kind is not FigureKind.SCORE else text
        if self.value is None:
            return "—"
        if self.kind is FigureKind.ORDINAL:
            text = _ordinal(int(self.value))
        elif self.kind is FigureKind.FRACTION:
            return f"{_number(self.value)} of the {self.unit}" if self.unit else _number(self.value)
        else:
            text = _number(self.value)
        return f"{text} {self.unit}" if self.unit else text


def _number(value: float) -> str:
    """A value as a reader reads it: whole to the unit from a million ("2,000,000"), two decimals at most from one
    ("6.33" feet of "6ft 4in", "412.5"), three significant digits below one ("0.333", "0.0147")."""
    if abs(value) >= 1e6:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def _ordinal(value: int) -> str:
    return f"{value}{ordinal_suffix(value)}"


def ordinal_suffix(value: int) -> str:
    """The letters an ordinal of `value` ends in: "st" of 21, "nd" of 2, "th" of 12 and of 40."""
    return "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


class FaqOrigin(StrEnum):
    EXPLICIT = "explicit"
    DERIVED = "derived"


@dataclass(frozen=True, slots=True, kw_only=True)
class FaqItem(Item):
    """A question and its verbatim answer; derived questions are asked of the article's own sentences."""

    question: str
    answer: str
    origin: FaqOrigin


class CaveatKind(StrEnum):
    CONDITION = "condition"
    UNCERTAINTY = "uncertainty"
    PENDING = "pending"
    SOURCING = "sourcing"
    SPECULATION = "speculation"
    DISPUTE = "dispute"


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    span: Span
    kind: CaveatKind


@dataclass(frozen=True, slots=True, kw_only=True)
class Caveat(Item):
    """A sentence that limits or qualifies the story; `cue` is the words that make it one."""

    text: str
    cue: str
    kind: CaveatKind
    cues: list[Cue]


class EntityKind(StrEnum):
    ORGANIZATION = "organization"
    PERSON = "person"
    PLACE = "place"
    PRODUCT = "product"
    NATIONALITY = "nationality"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    kind: EntityKind
    aliases: list[str]
    mentions: list[Span]

    @property
    def count(self) -> int:
        return len(self.mentions)


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DateRole(StrEnum):
    """What the date is to the sentence: when something happened, or the start ("since March") or end
    ("until 1998", "by 2030") of a state."""

    EVENT = "event"
    START = "start"
    END = "end"


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEvent(Item):
    """A dated sentence; `when` is the date words, resolved to `date` (relative ones against publication).
    A relative date with no publication date to resolve it against keeps its words and no `date`."""

    date: datetime.date | None
    precision: Precision | None
    text: str
    when: str
    when_span: Span
    relative: bool
    role: DateRole = DateRole.EVENT

    @property
    def date_text(self) -> str:
        """The date as shown: ISO when resolved, "undated" when only the words are known."""
        return self.date.isoformat() if self.date else "undated"

    @property
    def order(self) -> tuple[bool, datetime.date]:
        """The timeline's order: dated events by date, the undated after them."""
        return self.date is None, self.date or datetime.date.min


class Briefing(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    article: Article
    summary: list[SummaryItem] = []
    figures: list[Figure] = []
    faq: list[FaqItem] = []
    caveats: list[Caveat] = []
    entities: list[Entity] = []
    timeline: list[TimelineEvent] = []
