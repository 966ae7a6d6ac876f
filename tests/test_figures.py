"""Key figures on sentences of news: values, units, qualifiers, subjects, and what is not a figure."""

import pytest
from extract_helpers import briefing_of, figures_of

from briefings.briefing import FigureKind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Regulators approved more than 400,000 units last month.", [("more than 400,000 units", 400000, "units", "more than")]),
        ("Buyers placed orders exceeding two million H200 chips.", [("exceeding two million H200 chips", 2e6, "chips", "more than")]),
        ("The chip delivers roughly six times the performance of its rival.", [("roughly six times the performance", 6, "times", "about")]),
        ("The startup raised $48.2 million from investors on Monday.", [("$48.2 million", 48.2e6, "USD", None)]),
        ("The utility will spend EUR 3bn on new grids.", [("EUR 3bn", 3e9, "EUR", None)]),
        ("The program costs 1.5 trillion yuan over a decade.", [("1.5 trillion yuan", 1.5e12, "CNY", None)]),
        ("Exports fell 3.5 percentage points in March.", [("3.5 percentage points", 3.5, "percentage points", None)]),
        ("Between 20 and 30 people were injured in the crash.", [("Between 20 and 30 people", 20, "people", "between")]),
        ("The plant employs up to 2,000 workers.", [("up to 2,000 workers", 2000, "workers", "up to")]),
        ("Analysts see C$2.5 billion in savings.", [("C$2.5 billion", 2.5e9, "CAD", None)]),
        ("Tickets cost 12 dollars and 50 cents each.", [("12 dollars and 50 cents", 12.5, "USD", None)]),
        ("Only one in five adults voted.", [("one in five adults", 0.2, "adults", None)]),
    ],
)
def test_figure_values_units_and_qualifiers(sentence: str, expected: list[tuple]) -> None:
    got = figures_of(sentence)
    assert [(t, pytest.approx(v), u, q) for t, v, u, q in got] == [(t, pytest.approx(v), u, q) for t, v, u, q in expected]


def test_vague_amounts_have_no_value() -> None:
    got = figures_of("The first batch covers several hundred thousand chips, and firms ordered millions of H200 chips.")
    assert [(t, v) for t, v, _, _ in got] == [("several hundred thousand chips", None), ("millions of H200 chips", None)]


def test_changes_and_subjects() -> None:
    briefing = briefing_of("Revenue rose 12% to $5 billion, while costs fell 3% in the quarter.")
    by_text = {f.text: f for f in briefing.figures}
    assert by_text["12%"].change == "up" and by_text["12%"].subject == "Revenue"
    assert by_text["3%"].change == "down" and by_text["3%"].kind is FigureKind.PERCENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Nvidia's H200 outperforms the H20 by a wide margin.",
        "The Boeing 737 and the iPhone 16 were both delayed.",
        "The summit opens on Jan. 5, 2026 at 10:30 a.m. in Lagos.",
        "Call 555-123-4567 or visit https://example.com/page/2024 for details.",
        "The law, Section 230, dates from 1996.",
        "The one he chose was cheaper.",
    ],
)
def test_names_dates_times_phones_and_pronouns_are_not_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_list_and_question_numbers_are_not_figures() -> None:
    briefing = briefing_of("FAQ\n\nQ1. How big is the deal?\nThe deal is worth $2 billion.\n\n1. First item in a list here.\n")
    assert [f.text for f in briefing.figures] == ["$2 billion"]


def test_each_figure_cites_its_sentence_and_spans_its_words() -> None:
    text = "The board met on Tuesday. It approved a $300 million buyback and a 5% dividend rise."
    briefing = briefing_of(text)
    article = briefing.article
    for figure in briefing.figures:
        assert article.passage(figure.span) == figure.text
        assert article.passage(figure.cite) == "It approved a $300 million buyback and a 5% dividend rise."
        assert figure.cite.start <= figure.span.start < figure.span.end <= figure.cite.end


def test_key_figures_come_first() -> None:
    briefing = briefing_of(
        "The company cut 2,500 jobs and will spend $4 billion on new plants. "
        "It has three plants. A spokesman said 2 managers left.\n"
    )
    assert briefing.figures[0].text == "$4 billion"


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Police were called to the 1200 block of Elm Street after 3 shots were heard.", [3]),
        ("The castle was built in 1320, and about 40 families lived inside its walls.", [40]),
        ("A bronze statue from 900 BC was stolen along with 12 paintings from the museum.", [12]),
        ("Food bank visits rose to 900,000 in 2014-15, from 500,000 the year before.", [900000, 500000]),
        ("He dreams of one day playing for Barcelona in front of a full stadium.", []),
        ("The shop stayed open for one day only and sold 300 jackets to the crowds.", [1, 300]),
        ("A councillor said the digits 269 on the number plate mocked the 649 dead soldiers.", [649]),
    ],
)
def test_years_addresses_seasons_and_idioms_are_not_figures(sentence: str, values: list[float]) -> None:
    assert [value for _, value, _, _ in figures_of(sentence)] == values
