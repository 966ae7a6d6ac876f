"""Summary, FAQ, entities and timeline on articles of several shapes; every item cites the text."""

from datetime import date

import pytest
from extract_helpers import briefing_of

from briefings.extract import build_briefing
from briefings.model.briefing import EntityKind, FaqOrigin, Precision
from tests.helpers import SEED_000, SEED_002

NEWS = """Rates Hold As Central Bank Waits

By Ana Ruiz | March 5, 2025

The central bank kept its main rate at 4.5% on Wednesday, citing easing inflation.
Governor Maria Lopez said the board would act if prices rose again.
The decision was widely expected by markets in New York and London.
Officials said the bank had cut rates twice last year. It remains unclear when the next cut will come.
The bank also said it would buy $20 billion of bonds, on top of $20 billion bought in January.
The Acme Fund is a pension fund based in Lagos.
"""


def test_every_item_cites_a_passage_that_quotes_it() -> None:
    for text in (NEWS,):
        briefing = briefing_of(text)
        article = briefing.article
        for item in [*briefing.summary, *briefing.caveats, *briefing.timeline]:
            assert article.passage(item.cite) == item.text
        for item in briefing.faq:
            assert item.answer in article.passage(item.cite)
        for figure in briefing.figures:
            assert article.passage(figure.span) == figure.text


def test_summary_leads_with_the_lede_and_adds_the_repeated_key_figure() -> None:
    briefing = briefing_of(NEWS)
    texts = [s.text for s in briefing.summary]
    assert texts[0] == "The central bank kept its main rate at 4.5% on Wednesday, citing easing inflation."
    assert 3 <= len(texts) <= 5
    assert any("$20 billion of bonds" in t for t in texts)


def test_a_caption_run_into_the_lede_is_left_out_and_the_lede_leads() -> None:
    """A photo caption copied without its full stop runs into the first sentence: the caption is no summary item
    nor an event, and the sentence after it still leads the summary."""
    text = (
        "Driver Loses Job\n\n"
        "Tom Hale outside the court on Monday, where he was banned from driving The brother of a footballer has lost "
        "his job as a lorry driver after being banned from the roads.\n"
        "He was fined 500 pounds by magistrates in Leeds on Monday.\n"
    )
    briefing = briefing_of(text)
    lede = "The brother of a footballer has lost his job as a lorry driver after being banned from the roads."
    assert briefing.summary[0].text == lede
    assert not any("outside the court" in item.text for item in [*briefing.summary, *briefing.timeline])


def test_a_title_or_a_label_on_a_line_of_its_own_is_no_summary_item() -> None:
    """A film's title split off the sentence that names it, or a caption's label of names, says nothing alone: the
    summary passes over it (a sentence whose verb is a clitic, "it's", still counts)."""
    text = (
        "Film\n\n"
        "Pictures of the late actor on set have been released with today's premiere of Fall of an Empire:\n\n"
        "The Story of Katherine of the Northern Hills.\n\n"
        "One of the men 38-year-old Lianna Barrientos and her lawyer\n\n"
        "But in the end it's Wellington that hosts the whole of the premiere.\n\n"
        "The film was shot over six weeks in the mountains of Romania.\n"
    )
    texts = [s.text for s in briefing_of(text).summary]
    assert not any(t.startswith(("The Story of", "One of the men")) for t in texts)
    assert "But in the end it's Wellington that hosts the whole of the premiere." in texts


def test_summary_uses_the_articles_own_key_points(seed_articles) -> None:
    briefing = build_briefing(seed_articles[SEED_002])
    assert [s.origin for s in briefing.summary] == ["article summary"] * 5
    assert briefing.summary[0].text == "China has approved the first imports of Nvidia’s advanced H200 AI chips"


def test_explicit_faq_is_reproduced_and_derived_questions_follow(seed_articles) -> None:
    briefing = build_briefing(seed_articles[SEED_002])
    explicit = [f for f in briefing.faq if f.origin is FaqOrigin.EXPLICIT]
    derived = [f for f in briefing.faq if f.origin is FaqOrigin.DERIVED]
    assert len(explicit) == 7
    assert explicit[3].question == "Did the U.S. approve exports of the H200?"
    assert explicit[3].answer == "Yes. U.S. authorities cleared the chip for export, but China still needed to approve imports."
    assert 3 <= len(derived) <= 8
    assert all(q.question.endswith("?") and q.question[0].isupper() for q in derived)


def test_derived_questions_on_news() -> None:
    questions = {f.question: f.answer for f in briefing_of(NEWS).faq}
    assert questions["Who is Maria Lopez?"] == "Governor Maria Lopez said the board would act if prices rose again."
    assert questions["What is the Acme Fund?"] == "The Acme Fund is a pension fund based in Lagos."
    assert questions["What remains unclear?"] == "It remains unclear when the next cut will come."


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("About 14 million voters are eligible to vote in this round of the election.", "How many voters are eligible to vote in this round of the election?"),
        ("With over two million units ordered by domestic firms, demand far exceeds supply.", "How many units were ordered by domestic firms?"),
        ("The judge halted the trials of nine reporters accused of paying officials.", "How many reporters were accused of paying officials?"),
        ("The trials of nine reporters accused of paying officials began in May.", "How many reporters were accused of paying officials?"),
        ("A survey of 140 councils found that one in five expected to issue a notice.", None),
        ("The bill fell short of the 60 votes needed to advance in the 100-member chamber.", "How many votes were needed to advance in the 100-member chamber?"),
        ("A doctor facing claims from two separate nurses is accused of assault.", None),
        ("Dozens of firms from over 13 countries participated in the fair.", None),
        ("He said they would go down if there were 10 games left to play.", "How many games were left to play?"),
        ("More than 60 vendors were on hand on Saturday to serve food on the street, with many eateries open.", "How many vendors were on hand on Saturday to serve food?"),
        ("Six coaches missed the kick-off with some arriving as much as 20 minutes late.", "How many coaches missed the kick-off?"),
    ],
)
def test_a_count_asks_how_many_only_of_what_its_verb_tells(sentence: str, question: str | None) -> None:
    """The count is the verb's subject, or a participle after "with", "of" or "there were" tells of it (the
    question then says "were"); after another preposition, or before a verb in the singular, it is not what the
    verb tells of. A long verb phrase ends before a phrase of its own and never on a word that leads on."""
    asked = [f.question for f in briefing_of(f"Figures\n\n{sentence}\n").faq if f.question.startswith("How many")]
    assert asked == ([question] if question else [])


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Unemployment rose 0.3% in March to its highest level in three years.", "By how much did unemployment rise?"),
        ("Unemployment rose to 5.2% in March, the highest level in three years.", "What did unemployment rise to?"),
        ("Forecasters expect the economy to grow by 0.6% next year.", "By how much did the economy rise?"),
        ("The company's profit fell 10% in the quarter.", "By how much did the company's profit fall?"),
        ("The Consumer Prices Index rose by 2.3% in the year to April.", "By how much did the Consumer Prices Index rise?"),
        ("Apple's shares rose 5% on Monday after the launch, Apple said.", "By how much did Apple's shares rise?"),
        ("The price cap for a typical household will fall by 7% in July.", "By how much will the price cap for a typical household fall?"),
        ("Prices could plunge 20% this year, analysts warned.", "By how much could prices fall?"),
    ],
)
def test_a_rate_s_change_asks_by_how_much_and_its_new_level_what_it_reached(sentence: str, question: str) -> None:
    assert [f.question for f in briefing_of(f"Figures\n\n{sentence}\n").faq if f.origin == "derived"] == [question]


def test_entities_merge_aliases_and_fold_possessives() -> None:
    briefing = briefing_of(
        "Nvidia's chief met officials in the U.S. and the United States Senate. "
        "Later, Nvidia said US buyers and Apple Inc. would benefit, U.S. officials said. Jensen Huang spoke; Huang smiled.\n"
    )
    entities = {e.name: e for e in briefing.entities}
    assert entities["Nvidia"].count == 2 and entities["Nvidia"].kind is EntityKind.ORGANIZATION
    # Named as the article writes it most, known by its canonical name too: every name shown is in the text.
    assert entities["U.S."].count == 3 and set(entities["U.S."].aliases) >= {"United States", "US"}
    assert "Huang" in entities["Jensen Huang"].aliases and entities["Jensen Huang"].count == 2
    assert "Later" not in entities and "Apple Inc." in entities


def test_seed_entities(seed_articles) -> None:
    names = {e.name for e in build_briefing(seed_articles[SEED_000]).entities}
    assert {"ByteDance", "Alibaba", "Tencent", "Nvidia", "H200", "H20", "Huawei", "Jensen Huang", "Reuters"} <= names
    assert not any(name.startswith(("The ", "While ", "But ")) for name in names)


def test_timeline_resolves_relative_dates_against_publication() -> None:
    briefing = briefing_of(NEWS)
    events = {(e.when, e.date, e.precision) for e in briefing.timeline}
    assert ("last year", date(2024, 1, 1), Precision.YEAR) in events
    assert ("in January", date(2025, 1, 1), Precision.MONTH) in events
    assert ("on Wednesday", date(2025, 3, 5), Precision.DAY) in events
    assert [e.date for e in briefing.timeline] == sorted(e.date for e in briefing.timeline)


def test_timeline_without_publication_date_keeps_relative_dates_undated() -> None:
    briefing = briefing_of("The deal closed on 28 Jan 2026, a week after talks began. It was signed last week.\n")
    assert [(e.when, e.date) for e in briefing.timeline] == [("28 Jan 2026", date(2026, 1, 28)), ("last week", None)]


def test_what_someone_said_is_asked_of_the_speaker_not_of_whom_a_speaker_speaks() -> None:
    text = (
        "Film\n\nDirector Michael Redwood said Peter Brook was certainly not the type to let illness stop him. "
        "Peter Brook, who died in 2014, loved the desert. The desert was the best place he knew, said Peter Brook. "
        "Peter Brook and Michael Redwood met in 1962.\n"
    )
    questions = {f.question: f.answer for f in briefing_of(text).faq}
    assert questions["What did Peter Brook say?"] == "The desert was the best place he knew, said Peter Brook."


def test_who_is_asks_of_a_long_apposition_in_its_sentence_but_not_of_a_list_nor_past_a_full_stop() -> None:
    """"Dame Maggie Smith, the Oscar-winning actress known to millions as ..., has died" gives her role though the
    headline names her first; a list of people ("Jim Murphy, the SNP's Nicola Sturgeon and ...") and a comma in the
    next sentence give none."""
    text = (
        "Dame Maggie Smith, star of Downton Abbey, dies aged 89\n\n"
        "Dame Maggie Smith, the Oscar-winning actress known to millions as the Dowager Countess in Downton Abbey and "
        "Professor McGonagall in the Harry Potter films, has died at the age of 89.\n\n"
        "Leaders, from left to right, Labour's Jim Murphy, the SNP's Nicola Sturgeon and Willie Rennie, faced off.\n\n"
        "The haul included five sketches by Edgar Degas, an Edouard Manet painting and a Vermeer. In the end, the museum paid.\n"
    )
    questions = {item.question for item in briefing_of(text).faq}
    assert "Who is Maggie Smith?" in questions
    assert not {"Who is Jim Murphy?", "Who is Edgar Degas?"} & questions


def test_date_questions_ask_of_the_story_s_own_events_first_in_the_article_s_words() -> None:
    """The events the article tells first, not the history the timeline puts first; "Sunday's" asks "on Sunday";
    "next week" is expected."""
    briefing = briefing_of(
        "Club Sacks Coach\n\nBy Ana Ruiz | March 5, 2025\n\nThe club sacked its coach on Tuesday after a poor run. "
        "In the aftermath of Sunday's derby defeat the board met. He joined the club in 1998 from a rival. A new coach "
        "will be named next week, the chairman said.\n"
    )
    dated = [f.question for f in briefing.faq if f.question.startswith(("What happened", "What is expected"))]
    assert dated == ["What happened on Tuesday?", "What happened on Sunday?"]
    later = briefing_of("Club\n\nBy Ana Ruiz | March 5, 2025\n\nA new coach will be named next week, the chairman said.\n")
    assert "What is expected next week?" in [f.question for f in later.faq]


def test_a_heading_that_asks_a_question_is_the_article_s_own_q_and_a_but_a_rhetorical_one_is_not() -> None:
    """An explainer's "What happens next?" with the paragraphs under it, which stay paragraphs the summary may
    quote; not a shouted or a verbless subheading, nor one over a quotation; no derived question repeats it."""
    briefing = briefing_of(
        "# Port strike halts exports\n\nDockworkers walked out on Wednesday, halting exports worth $120 million a day."
        "\n\n## What happens next?\n\nMediators are expected to meet both sides on Friday. If no deal is reached, "
        "the government may step in.\n\n## REALLY?\n\nThe union says its members are united.\n\n## What did the "
        "leader say?\n\n\"We will stay out,\" said the union leader.\n",
        "strike.md",
    )
    explicit = [(f.question, f.answer) for f in briefing.faq if f.origin is FaqOrigin.EXPLICIT]
    assert explicit == [("What happens next?", "Mediators are expected to meet both sides on Friday. If no deal is reached, the government may step in.")]
    assert "What is expected on Friday?" not in [f.question for f in briefing.faq]


def test_a_written_year_a_far_future_verb_does_not_govern_is_asked_of_as_past() -> None:
    briefing = briefing_of(
        "Former Mayor Jailed Over Assault\n\nBy Ana Ruiz | March 5, 2025\n\nOfficials say he will serve his sentence at a prison near the city for "
        "an assault at his home in 2004.\n"
    )
    assert "What happened in 2004?" in [f.question for f in briefing.faq]
