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
