"""Sentence segmentation on sentences of news, with spans."""

import pytest

from briefings.text.sentences import split, split_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Apple Inc. rose 3% on Tuesday. The company said sales grew.",
         ["Shares of Apple Inc. rose 3% on Tuesday.", "The company said sales grew."]),
        ("Nvidia Corp. Chief Executive Jensen Huang visited Beijing. He met regulators.",
         ["Nvidia Corp. Chief Executive Jensen Huang visited Beijing.", "He met regulators."]),
        ("The deal was signed in the U.S. The company later expanded to the U.K. and Japan.",
         ["The deal was signed in the U.S.", "The company later expanded to the U.K. and Japan."]),
        ('"We will win," he said. "It is over." Then he left.',
         ['"We will win," he said.', '"It is over."', "Then he left."]),
        ("He earned $4.5 million. The firm paid 3.5 percent more. Revenue rose.",
         ["He earned $4.5 million.", "The firm paid 3.5 percent more.", "Revenue rose."]),
        ("It closed on Jan. 5, 2024. Dr. J. R. Smith said so at 10 a.m. on Monday.",
         ["It closed on Jan. 5, 2024.", "Dr. J. R. Smith said so at 10 a.m. on Monday."]),
        ("Profits fell (see p. 4). Analysts were surprised!", ["Profits fell (see p. 4).", "Analysts were surprised!"]),
        ("Q1. What is the H200 chip?", ["Q1. What is the H200 chip?"]),
        ("He paused... then spoke. Prices rose by 2.5%.", ["He paused... then spoke.", "Prices rose by 2.5%."]),
        ("Sen. Elizabeth Warren wrote to Mr. Huang. Gov. Newsom agreed.",
         ["Sen. Elizabeth Warren wrote to Mr. Huang.", "Gov. Newsom agreed."]),
        ("The fire started at 2 a.m. Firefighters arrived within minutes. By 10 p.m. Police had left.",
         ["The fire started at 2 a.m.", "Firefighters arrived within minutes.", "By 10 p.m. Police had left."]),
        ("Polls close at 8 p.m. Tuesday in most states, and the count starts at 9 p.m. ET in Ohio.",
         ["Polls close at 8 p.m. Tuesday in most states, and the count starts at 9 p.m. ET in Ohio."]),
    ],
)
def test_splits_news_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_index_the_original_text_and_skip_white_space() -> None:
    text = "  First one.   Second one?  "
    spans = split_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one?"]


def test_spans_of_a_slice_are_offsets_into_the_whole_text() -> None:
    text = "Heading\n\nIt rose. It fell."
    start = text.index("It")
    assert [text[s:e] for s, e in split_spans(text, start)] == ["It rose.", "It fell."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards dragged the men away before they were shot The harrowing video then shows the road.",
         ["Guards dragged the men away before they were shot", "The harrowing video then shows the road."]),
        ("The club suspended him for one week After a few more comments, it sacked him.",
         ["The club suspended him for one week", "After a few more comments, it sacked him."]),
        ("She told police she was 17 She was in fact 13.", ["She told police she was 17", "She was in fact 13."]),
    ],
)
def test_a_caption_or_headline_run_into_the_text_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    """Copied from a page, a caption loses its full stop and runs into the next sentence; a word that only opens
    sentences, capitalised after a lower-case word, shows where."""
    assert split(text) == expected


def test_sentences_glued_where_a_page_lost_the_space_are_parted() -> None:
    """A full stop right before a capitalised word, after a word or a number, ends a sentence; an initial, a
    title, a domain and an acronym keep theirs."""
    assert split("He spent the night in suburban Philadelphia.The state says he will serve his term there from 2004.Officials "
                 "say he is well.They agree!Others do not.") == [
        "He spent the night in suburban Philadelphia.",
        "The state says he will serve his term there from 2004.",
        "Officials say he is well.",
        "They agree!",
        "Others do not.",
    ]
    kept = "She met Dr.Dre and J.Crew staff at Booking.com and U.S.A officials today."
    assert split(kept) == [kept]
    assert split("Write to Jane.Doe@example.com or see www.Example.org.About us first. Then call.") == [
        "Write to Jane.Doe@example.com or see www.Example.org.About us first.",
        "Then call.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Treasury Secretary Steven Mnuchin and Vice Premier Liu He are planned.",
        "He wrote a column for The Times and sold the film rights to The Hague Story.",
        "Both creams protect against infra-red A rays as well as UVA.",
        "She appeared on the show On the Record with Greta Van Susteren.",
        "The images A and B show infants and C a juvenile.",
        "The ship went down and\nThe crew was saved.",
    ],
)
def test_capitals_inside_a_sentence_are_no_run_in(text: str) -> None:
    assert split(text) == [text]
