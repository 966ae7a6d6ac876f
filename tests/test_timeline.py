"""Timeline: relative and partial dates resolved against the publication date (a Wednesday here), the
start and end of states told from events, and no event from captions, posts' signatures or titles."""

from datetime import date

import pytest
from extract_helpers import briefing_of

from briefings.model.briefing import DateRole, Precision, TimelineEvent

PUBLISHED = "Council Votes On Budget\n\nBy Ana Ruiz | March 5, 2025\n\n"  # a Wednesday
FILLER = "The council has nine members and meets in the old town hall near the river."


def timeline_of(sentence: str, published: bool = True) -> list[TimelineEvent]:
    return briefing_of((PUBLISHED if published else "") + f"{sentence}\n\n{FILLER}\n").timeline


@pytest.mark.parametrize(
    ("sentence", "when", "expected", "precision", "relative"),
    [
        ("The board met on Monday to discuss the plan.", "on Monday", date(2025, 3, 3), Precision.DAY, True),
        ("The vote was held on Wednesday after a long debate.", "on Wednesday", date(2025, 3, 5), Precision.DAY, True),
        ("The board will meet on Friday to settle the plan.", "on Friday", date(2025, 3, 7), Precision.DAY, True),
        ("The mayor quit and her successor takes office on Monday.", "on Monday", date(2025, 3, 10), Precision.DAY, True),
        ("The new rule comes into force on Friday across the county.", "on Friday", date(2025, 3, 7), Precision.DAY, True),
        ("They host Rangers on Saturday with the manager short of players.", "on Saturday", date(2025, 3, 8), Precision.DAY, True),
        ("The club faces a fine after fans invaded the pitch on Saturday.", "on Saturday", date(2025, 3, 1), Precision.DAY, True),
        ("Residents are holding a protest Saturday outside the hall.", "Saturday", date(2025, 3, 8), Precision.DAY, True),
        ("The mayor resigned last Monday after the audit.", "last Monday", date(2025, 3, 3), Precision.DAY, True),
        ("The mayor said the report is expected next Wednesday.", "next Wednesday", date(2025, 3, 12), Precision.DAY, True),
        ("A ruling on the appeal is expected on Friday, lawyers said.", "on Friday", date(2025, 3, 7), Precision.DAY, True),
        ("The striker is expected to sign a seven-year contract at the club in west London after completing a full medical there on Monday.", "on Monday", date(2025, 3, 10), Precision.DAY, True),
        ("The flight will launch no earlier than November 2024.", "earlier than November 2024", date(2024, 11, 1), Precision.MONTH, False),
        ("A landing could follow as early as 2026, officials said.", "as early as 2026", date(2026, 1, 1), Precision.YEAR, False),
        ("Prices fell sharply last month across the region.", "last month", date(2025, 2, 1), Precision.MONTH, True),
        ("The ferry sank two days ago off the coast.", "two days ago", date(2025, 3, 3), Precision.DAY, True),
        ("The bridge closed three weeks ago for repairs.", "three weeks ago", date(2025, 2, 10), Precision.WEEK, True),
        ("Talks resumed this week in the capital.", "this week", date(2025, 3, 3), Precision.WEEK, True),
        ("The mayor spoke to reporters yesterday in the square.", "yesterday", date(2025, 3, 4), Precision.DAY, True),
        ("The trial is due to open on Feb 9 in the county court.", "Feb 9", date(2025, 2, 9), Precision.DAY, True),
        ("The new library opened in June to large crowds.", "in June", date(2025, 6, 1), Precision.MONTH, True),
        ("Work on the bridge began in the summer of 2013, the council said.", "summer of 2013", date(2013, 1, 1), Precision.YEAR, False),
        ("The plant is due to close by the end of 2027, the firm said.", "end of 2027", date(2027, 1, 1), Precision.YEAR, False),
        ("He died on Christmas Eve 2010 at his home in Leeds.", "Christmas Eve 2010", date(2010, 12, 24), Precision.DAY, False),
        ("The couple married on New Year’s Day, 1999, in Paris.", "New Year’s Day, 1999", date(1999, 1, 1), Precision.DAY, False),
        ("Police were called on Valentine's Day 2014.", "Valentine's Day 2014", date(2014, 2, 14), Precision.DAY, False),
    ],
)
def test_relative_and_partial_dates_resolve_against_the_publication_date_and_others_keep_their_year(
    sentence: str, when: str, expected: date, precision: Precision, relative: bool
) -> None:
    """A weekday ahead or behind by the words before it; a part of a year named ("summer of 2013"); a holiday
    dated by the year written after it ("Christmas Eve 2010")."""
    events = [(e.when, e.date, e.precision, e.relative) for e in timeline_of(sentence)]
    assert (when, expected, precision, relative) in events


def test_without_a_publication_date_a_relative_date_keeps_its_words_and_no_date() -> None:
    events = timeline_of("The vote was held on Tuesday. The deal closed on 28 Jan 2026 after talks.", published=False)
    assert [(e.when, e.date, e.precision) for e in events] == [
        ("28 Jan 2026", date(2026, 1, 28), Precision.DAY),
        ("on Tuesday", None, None),
    ]


def test_since_starts_a_state_and_until_ends_one() -> None:
    events = {e.when: e.role for e in timeline_of("Prices have risen since March 2019, and the freeze lasts until 2027.")}
    assert events == {"since March 2019": DateRole.START, "until 2027": DateRole.END}
    assert {e.role for e in timeline_of("The museum opened in 1996 on the site of a hospital.")} == {DateRole.EVENT}


def test_the_last_month_of_a_span_with_its_year_ends_it() -> None:
    events = {e.when: (e.role, str(e.date)) for e in timeline_of("She injected the patients between March and June 2021 at night.")}
    assert events == {"and June 2021": (DateRole.END, "2021-06-01")}
    assert not timeline_of("Boris Johnson and May met the press before the vote.")


@pytest.mark.parametrize(
    "sentence",
    [
        'He starred in the disaster film "2012", which earned $769 million.',
        "Mayor Jo Lee (pictured) arrived in Paris on Monday with her aides.",
        "Crowds gathered outside the hall pic.twitter.com/abc123 — Jo Lee (@jolee) March 3, 2015",
        "Reporting by Ana Ruiz on Tuesday; editing by Tom Hale.",
        "The budget, at 2,400 pages, is the longest the council has seen.",
    ],
)
def test_titles_captions_signatures_and_credits_are_no_events(sentence: str) -> None:
    assert timeline_of(sentence) == []


def test_a_date_said_twice_in_one_sentence_is_one_event() -> None:
    events = timeline_of("On Monday the mayor left, and on Monday the council met.")
    assert [e.when for e in events] == ["On Monday"]


def test_dated_events_come_in_date_order_then_the_undated_in_reading_order() -> None:
    events = timeline_of("The fund began in 2019. Its head left in 2001. The board met on Tuesday.", published=False)
    assert [e.when for e in events] == ["in 2001", "in 2019", "on Tuesday"]


def test_a_holiday_without_its_year_is_no_event() -> None:
    assert timeline_of("The shop closes on Christmas Day every year, its owner said.") == []


def test_a_year_before_what_it_dates_is_an_event_but_not_before_what_it_counts_or_measures() -> None:
    events = timeline_of(
        "A 1960 earthquake near the port killed thousands, and the army seized power in a 1952 coup. The 2000 people "
        "at the rally ran the 1500 metres on a 2000 mile route."
    )
    assert [(e.when, e.date, e.precision) for e in events] == [
        ("1952", date(1952, 1, 1), Precision.YEAR),
        ("1960", date(1960, 1, 1), Precision.YEAR),
    ]


def test_a_span_of_years_is_its_start_and_its_end() -> None:
    events = timeline_of("Between 2014 and 2019 the firm took savings, and from 2010 to 2015 he ran it. Sales beat 2019 levels.")
    assert sorted((e.when, e.date.year, e.role) for e in events if e.date) == [
        ("Between 2014", 2014, DateRole.START),
        ("and 2019", 2019, DateRole.END),
        ("from 2010", 2010, DateRole.START),
        ("to 2015", 2015, DateRole.END),
    ]
