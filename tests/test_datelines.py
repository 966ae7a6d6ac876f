"""Datelines open a paragraph but not its first sentence; they give the place and the outlet."""

from __future__ import annotations

import pytest

from tests.extract_helpers import briefing_of

CASES = [
    ("ROME (AP) — Italy's premier resigned on Monday after losing a confidence vote.", "ROME", "AP"),
    ("LONDON, May 28 (Reuters) - Britain's economy grew 0.3 percent in the first quarter.", "LONDON", "Reuters"),
    ("(CNN)Rescuers pulled a man from the rubble on Saturday, five days after the quake.", None, "CNN"),
    ("Kathmandu, Nepal (CNN)Rescuers pulled a man from the rubble on Saturday.", "Kathmandu", "CNN"),
    ("CAIRO — Voters returned to the polls on Tuesday for the final round.", "CAIRO", None),
    ("WASHINGTON Lawmakers passed the spending bill late on Friday night.", "WASHINGTON", None),
]


@pytest.mark.parametrize(("paragraph", "place", "outlet"), CASES)
def test_a_dateline_is_outside_the_first_sentence_and_the_title(paragraph: str, place: str | None, outlet: str | None) -> None:
    briefing = briefing_of(paragraph + " Officials said more would follow.\n")
    article = briefing.article
    (dateline,) = article.datelines
    assert (dateline.place, dateline.outlet) == (place, outlet)
    first = article.passage(article.sentences[0].span)
    assert paragraph.startswith(article.passage(dateline.span)) and paragraph.endswith(first)
    assert not article.title.startswith(article.passage(dateline.span)) and article.title in first
    assert article.outlet == outlet
    names = {e.name for e in briefing.entities}
    assert {n for n in (place, outlet) if n} <= names


@pytest.mark.parametrize(
    "paragraph",
    [
        "Apple (AAPL) Chief Executive Tim Cook said on Monday that sales rose.",
        "NASA Administrator Bill Nelson said the launch would slip to May.",
        "U.S. officials said the talks would resume on Monday in Geneva.",
        "The Associated Press (AP) Said nothing about the report on Monday.",
    ],
)
def test_sentences_that_look_like_datelines_keep_their_words(paragraph: str) -> None:
    article = briefing_of(paragraph + "\n").article
    assert not article.datelines
    assert article.passage(article.sentences[0].span) == paragraph


def test_a_credit_is_kept_but_never_a_summary_item_a_title_or_an_entity() -> None:
    briefing = briefing_of(
        "Reporting by Anna Field in Leeds; Editing by Tom Brown.\n\n"
        "LEEDS (Reuters) - The city council approved a new budget of 40 million pounds on Thursday.\n\n"
        "Jane Hale contributed to this report from the council chamber on Thursday evening.\n"
    )
    assert "Reporting by Anna Field" in briefing.article.text
    assert [item.text for item in briefing.summary] == [
        "The city council approved a new budget of 40 million pounds on Thursday."
    ]
    assert briefing.article.title.startswith("The city council approved")
    assert not {e.name for e in briefing.entities} & {"Reporting", "Editing"}
