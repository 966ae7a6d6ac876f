"""The plain-text reader on the seeds and on articles of other shapes."""

from datetime import date
from pathlib import Path

from briefings.model.article import Article, BlockKind
from briefings.readers.formats import read_article
from briefings.readers.structure import Byline, parse_byline
from tests.helpers import SEED_000, SEED_002, read_text_article


def kinds(article, kind):
    return [article.passage(b.span) for b in article.blocks if b.kind is kind]


def test_seed_with_headline_and_byline(seed_articles) -> None:
    article = seed_articles[SEED_002]
    assert article.title == "China clears first Nvidia H200 AI chip imports in policy shift, sources say"
    assert not article.title_derived
    assert (article.author, article.published) == ("Axel Miller", date(2026, 1, 28))
    assert article.headings == [
        "Easing a key bottleneck for China’s AI expansion",
        "Balancing foreign technology with domestic ambitions",
        "Supply constraints remain",
        "Why This Matters",
        "Summary",
        "FAQs",
    ]
    assert len(kinds(article, BlockKind.BULLET)) == 5
    assert kinds(article, BlockKind.BULLET)[0] == "China has approved the first imports of Nvidia’s advanced H200 AI chips"
    questions = kinds(article, BlockKind.QUESTION)
    assert len(questions) == 7 and questions[0] == "What is Nvidia’s H200 chip?"
    assert kinds(article, BlockKind.ANSWER)[3] == "Yes. U.S. authorities cleared the chip for export, but China still needed to approve imports."


def test_seed_without_headline_gets_a_title_from_its_lede(seed_articles) -> None:
    article = seed_articles[SEED_000]
    assert article.title_derived
    assert article.title == "China has authorized three of its largest technology firms"
    assert article.text.startswith(article.title)
    assert kinds(article, BlockKind.HEADLINE) == []
    assert kinds(article, BlockKind.PARAGRAPH)[0].startswith("China has authorized three")


def test_seed_boilerplate_is_removed_with_reasons(seed_articles) -> None:
    article = seed_articles[SEED_000]
    assert [r.text.split()[0] for r in article.removed] == ["Register", "Register", "Join", "Register"]
    assert all(r.reason.startswith("promotion") for r in article.removed)
    assert "Tekedia" not in article.text
    assert [r.line for r in article.removed] == [4, 5, 6, 7]


def test_every_line_of_the_text_is_a_line_of_the_source(seed_articles, seeds) -> None:
    for name, article in seed_articles.items():
        source_lines = {line.strip() for line in (seeds / name).read_text(encoding="utf-8").splitlines()}
        for line in filter(None, article.text.splitlines()):
            assert line in source_lines


def test_block_and_sentence_spans_lie_inside_the_text(seed_articles) -> None:
    for article in seed_articles.values():
        for block in article.blocks:
            assert 0 <= block.span.start < block.span.end <= len(article.text)
            assert article.passage(block.span) == article.passage(block.span).strip()
        for sentence in article.sentences:
            block = article.blocks[sentence.block].span
            assert block.start <= sentence.span.start < sentence.span.end <= block.end
        assert len(article.sentences) > 30


def test_headline_dateline_and_unmarked_faq(write) -> None:
    path = write(
        "story.txt",
        "Rates Hold Steady As Central Bank Waits\n\n"
        "Published: March 3, 2025\n\n"
        "The central bank kept its main rate at 4.5% on Tuesday. Officials said inflation was easing.\n\n"
        "What the bank said\n\n"
        "Governor Ana Ruiz said the board would act if needed.\n\n"
        "Frequently Asked Questions\n\n"
        "Will rates fall this year?\n"
        "Most economists expect one cut by December.\n",
    )
    article = read_text_article(path)
    assert article.title == "Rates Hold Steady As Central Bank Waits"
    assert article.published == date(2025, 3, 3)
    assert article.headings == ["What the bank said", "Frequently Asked Questions"]
    assert kinds(article, BlockKind.QUESTION) == ["Will rates fall this year?"]
    assert kinds(article, BlockKind.ANSWER) == ["Most economists expect one cut by December."]


def test_sentence_lines_without_final_stops_stay_paragraphs(write) -> None:
    path = write("lines.txt", "Michelle Obama likes to keep a busy schedule\nShe visited three schools on Monday.\n")
    article = read_text_article(path)
    assert article.title_derived
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_answer_markers_are_outside_the_answer_span(write) -> None:
    path = write("qa.txt", "Q: How much did it cost?\nA: About $2 million, officials said.\n")
    article = read_text_article(path)
    assert kinds(article, BlockKind.QUESTION) == ["How much did it cost?"]
    assert kinds(article, BlockKind.ANSWER) == ["About $2 million, officials said."]


def test_a_sentence_broken_across_lines_is_one_paragraph(tmp_path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Police said the men, thought to be aged between\n35 and 45, were held overnight in the city.\n"
        "A spokesman said the inquiry would go on,\nand that more arrests were likely.\n"
        "A caption with no full stop\nThe next paragraph starts here and runs to its end.\n"
        "A paragraph ends its line here\n\nand one after a blank line stays apart.\n",
        encoding="utf-8",
    )
    article = read_text_article(path)
    paragraphs = kinds(article, BlockKind.PARAGRAPH)
    assert paragraphs[:2] == [
        "Police said the men, thought to be aged between\n35 and 45, were held overnight in the city.",
        "A spokesman said the inquiry would go on,\nand that more arrests were likely.",
    ]
    assert "The next paragraph starts here and runs to its end." in paragraphs
    assert "and one after a blank line stays apart." in paragraphs
    assert article.passage(article.sentences[0].span).endswith("were held overnight in the city.")


def read_text(text: str) -> Article:
    return read_article(Path("story.txt"), text.encode())[0]


def test_a_quoted_subhead_in_title_case_is_a_heading_and_a_quoted_sentence_a_paragraph() -> None:
    article = read_text(
        "Trade talks stall\n\nOfficials met on Monday in Washington to discuss the tariffs on steel.\n\n"
        "‘Chronic Problem’\n\nThe trade representative called the tensions a chronic problem for both sides.\n\n"
        "‘We will keep talking’\n\nThe talks resume next week, officials said on Tuesday.\n"
    )
    assert article.headings == ["‘Chronic Problem’"]
    assert "‘We will keep talking’" in kinds(article, BlockKind.PARAGRAPH)


def test_a_headline_line_before_nothing_but_credits_is_a_related_story() -> None:
    article = read_text(
        "Airport screeners fired\n\nTwo screeners were fired after an investigation at the airport, police said on Friday.\n\n"
        "The agency said the acts were egregious and that it was reviewing its procedures at every airport.\n\n"
        "Hidden cameras reveal airport workers stealing from luggage\n\nCNN's Tony Marco contributed to this report.\n"
    )
    assert "Hidden cameras" not in article.text and article.headings == []
    assert "contributed to this report" in article.text


def test_a_page_pasted_whole_keeps_its_headline_byline_and_date_and_loses_menus_buttons_and_copyright() -> None:
    article = read_text(
        "Home | News | World | Business | Sport\n\nMinisters approve flood defence plan after record winter\n\n"
        "By Sarah Jones, Environment Correspondent\nPublished 14 March 2024, 06:00 GMT\n\n"
        "Facebook Twitter WhatsApp Email\n\n"
        "Ministers have approved a plan to strengthen flood defences across England after the wettest winter on record.\n\n"
        "The money will fund 500 new schemes over six years, officials said on Thursday.\n\n"
        "© 2024 News Ltd. All rights reserved.\n"
    )
    assert (article.title, article.author, article.published) == (
        "Ministers approve flood defence plan after record winter", "Sarah Jones", date(2024, 3, 14)
    )
    assert not any(word in article.text for word in ("Home |", "WhatsApp", "©"))
    assert {r.reason for r in article.removed} >= {"site navigation", "sharing buttons", "copyright notice"}


def test_a_byline_s_post_is_no_outlet_and_a_known_outlet_after_the_name_is() -> None:
    assert parse_byline("By Jo Lee, Political Editor | 3 March 2024") == Byline("Jo Lee", date(2024, 3, 3), None)
    assert parse_byline("By Jo Lee, Reuters") == Byline("Jo Lee", None, "Reuters")
    assert parse_byline("By Smith, Jones and Brown") == Byline("Smith, Jones and Brown", None, None)


def test_a_date_line_with_a_clock_time_before_or_after_the_date_gives_the_date_and_an_outlet_after_a_name_is_parted() -> None:
    assert parse_byline("Published: March 3, 2024 at 9:15 a.m. ET") == Byline(None, date(2024, 3, 3), None)
    assert parse_byline("Updated 4:01 PM EDT, October 10, 2024") == Byline(None, date(2024, 10, 10), None)
    assert parse_byline("Last updated: 14:32, Tuesday 5 March 2024") == Byline(None, date(2024, 3, 5), None)
    assert parse_byline("The minister said on March 3, 2024 at 9:15 that rates would rise") is None
    assert parse_byline("By JOHN SMITH Associated Press") == Byline("JOHN SMITH", None, "Associated Press")
    assert parse_byline("By Tom Reuters") == Byline("Tom Reuters", None, None)
    assert parse_byline("PUBLISHED: 10:02 EST, 14 April 2015 | UPDATED: 12:30 EST, 14 April 2015") == Byline(None, date(2015, 4, 14), None)
    assert parse_byline("March 5, 2024 / 6:00 AM / CBS News") == Byline(None, date(2024, 3, 5), None)
    assert parse_byline("Last modified on Wed 6 Mar 2024 10.41 GMT") == Byline(None, date(2024, 3, 6), None)
    assert parse_byline("By Jane Doe, CNN Updated 2:15 PM EST, Thu January 4, 2024") == Byline("Jane Doe", date(2024, 1, 4), "CNN")
    assert parse_byline("March 3, 2024 - The minister said rates would rise sharply this year") is None
    assert parse_byline("By Sam Webb for MailOnline") == Byline("Sam Webb", None, "MailOnline")
    assert parse_byline("By Jane Doe in Washington") == Byline("Jane Doe", None, None)
    assert parse_byline("By Jane Doe, CNN Business") == Byline("Jane Doe", None, "CNN Business")


def test_three_bare_lines_ending_a_page_are_its_related_links_and_a_closing_sentence_stays() -> None:
    article = read_text(
        "Flood plan approved\n\nMinisters approved a plan to strengthen flood defences across England and Wales on Thursday.\n\n"
        "The Environment Agency said 6,000 properties were flooded this winter.\n\n"
        "Related Topics\n\nFlooding\n\nMore on this story\n\nStorm Henk: Thousands without power\n"
    )
    assert article.text.endswith("flooded this winter.")
    assert [r.reason for r in article.removed].count("related-story list") == 4
    two = read_text("Flood plan approved\n\nMinisters approved a plan to strengthen flood defences across England and Wales on Thursday.\n\nWhat next\n\nWho pays\n")
    assert two.text.endswith("Who pays")  # two short lines at the end may be the article's own
