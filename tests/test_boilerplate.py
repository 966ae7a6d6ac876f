"""Boilerplate lines go by general rules; ordinary sentences with the same words stay."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("EMBED More News Videos The mayor speaks after the vote. Watch the report on Action News at 6 p.m.", "furniture"),
        ("LISTEN TO ARTICLE 3:12 SHARE THIS ARTICLE Share Tweet Post Email", "furniture"),
        ("Enlarge image Flood waters rise in the old town Jane Roe/AFP/Getty Images Residents wade through the square.", "furniture"),
        ("Please enable JavaScript to view the comments powered by Disqus.", "furniture"),
        ("Advertisement Continue reading the main story", "promotion"),
        ("To contact the reporter on this story: Jo Smith in Lagos at jsmith@example.com.", "prompt"),
        ("To contact the editors responsible for this story: Ann Lee at alee@example.com", "prompt"),
        ("Read or Share this story: https://example.com/story/2024/01/02/flood/", "prompt"),
        ("(This version corrects the spelling of the minister's name in the third paragraph.)", "prompt"),
        ("Correction: An earlier version of this story misstated the date of the vote.", "prompt"),
        ("Firefighters battle the blaze on Tuesday in the hills above the town. (Photo: Jo Smith, AP)", "caption"),
        ("Rescuers carry a survivor from the rubble in Izmir, Turkey. (AP Photo/Emre Tazegul)", "caption"),
        ("A man walks past a closed bank in Athens, Greece, on July 6, 2015... (Associated Press)", "caption"),
        ("Protesters gather outside the parliament building in Kyiv. Jane Roe/AFP/Getty Images", "caption"),
        ("This image provided by the county sheriff shows the suspect on Monday.", "caption"),
        ("Workers repair the bridge near Bonn, Germany in this file photo taken March 3, 2019.", "caption"),
        ("The minister's aide says the talks failed. pic.twitter.com/AbC123xyz — Jo Smith (@josmith) June 5, 2019", "post"),
        ("Everyone in the hall stood up at once — Ann Lee (@annlee) March 12, 2021", "post"),
        ("(News 4 at 11)", "aside"),
        ("(Live coverage on Channel 5 / Radio 2 at noon)", "aside"),
        ("Home | News | World | Business | Sport", "navigation"),
        ("UK • Politics • Health • Climate • Science", "navigation"),
        ("Facebook Twitter WhatsApp Email", "sharing"),
        ("Share Tweet Pinterest Copy link", "sharing"),
        ("© 2024 News Ltd. All rights reserved.", "copyright"),
        ("Copyright 2019 The Associated Press. All rights reserved.", "copyright"),
    ],
)
def test_page_furniture_captions_prompts_and_posts_are_boilerplate(line: str, kind: str) -> None:
    said = {
        "furniture": "page furniture", "promotion": "promotion", "prompt": "prompt", "caption": "caption", "post": "post",
        "aside": "aside", "navigation": "navigation", "sharing": "sharing", "copyright": "copyright",
    }
    reason = boilerplate_reason(line)
    assert reason is not None and said[kind] in reason, (line, reason)


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jo Smith; Editing by Ann Lee)",
        "(The authorities have strictly limited access.)",
        "The photo was taken by a passer-by, police said, and shared widely online.",
        "An image of the ship was released by the navy on Tuesday, officials said, as the search went on.",
        "He told AP that he would appeal (a decision his lawyers welcomed).",
        "The correction came after readers complained, the newspaper said.",
        "She said she would contact the reporter's editor about the story.",
        "Scroll down the list and you will find the school's name near the bottom.",
        "By Jo Smith | 3 March 2024 | Reuters",
        "Paris | London | New York | 2024",
        "Twitter and Facebook were fined on Monday.",
        "The band owns the copyright to the song, its lawyer said.",
    ],
)
def test_sentences_about_photos_corrections_and_credits_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        ("Scroll down for video Police said the driver fled.", "Police said the driver fled.", "Scroll down for video"),
        ("SCROLL DOWN FOR VIDEO Rescue: Crews reached the boat at dawn.", "Rescue: Crews reached the boat at dawn.", "SCROLL DOWN FOR VIDEO"),
        ("The council met on Monday.", "The council met on Monday.", None),
    ],
)
def test_furniture_fused_to_a_paragraph_is_cut_off_and_the_rest_kept(line: str, kept: str, cut: str | None) -> None:
    from briefings.readers.boilerplate import article_part

    text, removed = article_part(line)
    assert text == kept and line.endswith(text)
    assert [piece for piece, _ in removed] == ([cut] if cut else [])


def test_a_fused_fragment_leaves_the_article_text_verbatim(tmp_path) -> None:
    from pathlib import Path

    from briefings.readers.formats import read_article

    source = "Boat found\n\nScroll down for video Crews reached the boat at dawn, the coastguard said on Monday.\n"
    article, _ = read_article(Path("boat.txt"), source.encode())
    assert "Scroll down" not in article.text
    assert all(line in source for line in article.text.split("\n"))
    assert [(r.text, r.line) for r in article.removed] == [("Scroll down for video", 3)]


def test_a_run_of_related_headlines_amid_the_body_is_removed_and_a_lone_heading_stays(tmp_path) -> None:
    from tests.extract_helpers import briefing_of

    article = briefing_of(
        "Airport thefts rise\n\n"
        "Police arrested two baggage handlers at the airport on Monday after a six-month inquiry into thefts.\n\n"
        "Hidden cameras catch thieves at work:\nWhy bags go missing\nThe worst airports for lost luggage\n\n"
        "The handlers are due in court next week, a spokesman for the airport said on Tuesday.\n\n"
        "What happens next\n\n"
        "The airline said it would review how bags are screened before flights leave the terminal.\n"
    ).article
    assert "Why bags go missing" not in article.text and "Hidden cameras" not in article.text
    assert [r.reason for r in article.removed] == ["related-story list"] * 3
    assert "What happens next" in article.headings and "The handlers are due in court" in article.text


_FURNITURE_WORDS = [
    "(pictured)", "(left, with his wife)", "Pictured", "pic.twitter.com/abc", "Photo:", "IMAGES credit: ", "Picture: ", "(Reporting",
    "Reporting by", "Additional reporting by", "(@jolee) March 3, 2015", "contributed to this report", "Writing", "Editing", "Compiled",
    "the", "said", "Smith", "(", ")", "2015", ":", ",",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_WORDS), max_size=10))
def test_the_quick_pass_before_credits_and_captions_misses_none(words: list[str]) -> None:
    """Credits and captions are looked for only in sentences a quick pass finds what each of them holds: every
    sentence either pattern matches, the quick pass matches too."""
    from briefings.readers.boilerplate import _FURNITURE_MARK, CAPTION, CREDIT

    sentence = " ".join(words)
    assert not (CREDIT.search(sentence) or CAPTION.search(sentence)) or _FURNITURE_MARK.search(sentence)
