"""Boilerplate lines go by general rules; ordinary sentences with the same words stay."""

import pytest

from briefings.readers.boilerplate import boilerplate_reason


@pytest.mark.parametrize(
    "line",
    [
        "Register for the Global Fintech Summit 2026 today.",
        "Register now to save your seat",
        "Subscribe to our newsletter for daily updates.",
        "Sign up for The Morning Brief, delivered to your inbox.",
        "Join Acme Angels and co-invest in early-stage startups.",
        "Follow us on X and LinkedIn",
        "Click here to download the full report.",
        "ADVERTISEMENT",
        "Advertisement - scroll to continue",
        "Read more: Oil prices slide as OPEC meets",
        "Related: How the chip war began",
        "Share this article",
        "Story continues below advertisement",
        "Don't miss our coverage of the election.",
    ],
)
def test_promotion_lines_are_boilerplate(line: str) -> None:
    assert boilerplate_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Voters must register by Friday to take part in the primary.",
        "The company will join the S&P 500 index next week.",
        "Joining the board is former finance minister Jane Doe.",
        "Millions subscribe to streaming services each month.",
        "Register of Deeds John Smith said the records were lost.",
        "Sponsored by the state, the program grew quickly.",
        "Readers can follow the hearing online, the court said.",
        "She said people should sign up only if they understand the risks, adding that many did not.",
    ],
)
def test_ordinary_sentences_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_long_lines_are_never_boilerplate() -> None:
    line = "Subscribe " + "word " * 40
    assert boilerplate_reason(line) is None
