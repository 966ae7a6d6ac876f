"""Stories: articles about one event grouped and merged, every item citing one source and naming the others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from briefings.cli import main
from briefings.export.story_markdown import story_markdown
from briefings.extract import build_briefing
from briefings.library.linking import link_library
from briefings.linking.entities import entity_index
from briefings.linking.stories import Story, StoryItem
from briefings.model.briefing import Briefing
from briefings.model.location import sentence_around
from tests.helpers import SEED_000, SEED_002, read_text_article
from tests.test_real_news import DEV

PARSER = MarkdownIt("commonmark").enable("table").use(footnote_plugin)

STRIKE = """Dockworkers strike shuts Port of Valmora
By Lena Ortiz | 2 Mar 2026
About 3,000 dockworkers walked off the job at the Port of Valmora on Monday, halting container traffic at the country's busiest harbour, union leaders said.
The strike follows the collapse of wage talks between the Valmora Dockworkers Union and the port operator, Meridian Terminals.
The union is demanding a 12 percent pay rise over two years, while Meridian Terminals has offered 5 percent.
Shipping analysts estimate the stoppage costs the regional economy $40 million a day.
It remains unclear how long the walkout will last, and no new talks have been scheduled.
"""
STANDSTILL = """Port of Valmora at a standstill as dockworkers strike
By Sam Reyes | 3 Mar 2026
Some 3,000 port workers stopped work at the Port of Valmora on Monday, leaving container ships waiting offshore.
Wage talks between the Valmora Dockworkers Union and Meridian Terminals collapsed last week, union officials said.
The union wants a 12 percent pay rise, while the port operator has offered 5 percent.
Economists estimate the strike costs the regional economy $25 million a day.
Meridian Terminals said it was willing to return to talks if the union suspended the strike.
"""
LIBRARY = """Valmora council backs new library
By Ana Petrov | 4 Mar 2026
The Valmora city council voted 7 to 2 on Tuesday to approve $3 million for a new public library near the old port district.
Construction is expected to begin in the autumn and take about 18 months, the mayor's office said.
Residents had campaigned for the library for more than a decade.
"""
DEAL = """Valmora dockworkers end strike after pay deal
By Lena Ortiz | 20 Apr 2026
Dockworkers at the Port of Valmora returned to work on Monday after the Valmora Dockworkers Union accepted a pay deal with Meridian Terminals.
The agreement gives about 3,000 dockworkers an 8 percent pay rise over two years, the union said.
The strike had halted container traffic at the country's busiest harbour for six weeks.
"""


def library(write: Callable[[str, str], Path], texts: dict[str, str]) -> tuple[list[Briefing], list[Story]]:
    briefings = [build_briefing(read_text_article(write(name, text))) for name, text in texts.items()]
    return briefings, link_library({b.id: b for b in briefings}).stories


def passage(briefings: list[Briefing], item: StoryItem) -> str:
    return next(b for b in briefings if b.id == item.briefing).article.passage(item.cite)


def _plain(inline) -> str:
    """What an inline token shows: its text with Markdown's escapes resolved."""
    return "".join(child.content for child in inline.children if child.type == "text")


def items(story: Story) -> list[StoryItem]:
    return [*story.summary, *story.figures, *story.faq, *story.caveats, *story.timeline, *story.single_source]


def test_of_three_articles_the_two_about_one_event_form_a_story(write) -> None:
    briefings, stories = library(write, {"strike.txt": STRIKE, "standstill.txt": STANDSTILL, "council.txt": LIBRARY})
    assert len(stories) == 1
    story = stories[0]
    names = {b.id: Path(b.article.path).name for b in briefings}
    assert [names[b] for b in story.briefings] == ["strike.txt", "standstill.txt"]  # by date
    assert [s.published.isoformat() for s in story.sources] == ["2026-03-02", "2026-03-03"]
    assert story.title in {"Dockworkers strike shuts Port of Valmora", "Port of Valmora at a standstill as dockworkers strike"}


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared beside the project")
@pytest.mark.parametrize("story", ["dev_c1", "dev_c2", "dev_c3", "dev_c4", "dev_c5"])
def test_each_real_multi_outlet_story_loaded_alone_is_one_story(story: str) -> None:
    briefings = [build_briefing(read_text_article(path)) for path in sorted(DEV.glob(f"{story}_article_*.txt"))]
    stories = link_library({b.id: b for b in briefings}).stories
    assert len(briefings) >= 2 and [sorted(found.briefings) for found in stories] == [sorted(b.id for b in briefings)]


def test_the_same_kind_of_event_weeks_later_is_another_story(write) -> None:
    _, stories = library(write, {"strike.txt": STRIKE, "standstill.txt": STANDSTILL, "deal.txt": DEAL})
    assert len(stories) == 1 and len(stories[0].briefings) == 2


def test_unrelated_articles_form_no_story(write) -> None:
    _, stories = library(write, {"strike.txt": STRIKE, "council.txt": LIBRARY})
    assert stories == []


def test_figures_stand_side_by_side_with_their_agreement(write) -> None:
    _briefings, (story,) = library(write, {"strike.txt": STRIKE, "standstill.txt": STANDSTILL})
    groups: dict[int, list[str]] = {}
    agreement: dict[int, str] = {}
    for figure in story.figures:
        groups.setdefault(figure.group, []).append(figure.figure.text)
        agreement[figure.group] = figure.agreement
    by_words = {tuple(texts): agreement[group] for group, texts in groups.items()}
    assert by_words[("$40 million", "$25 million")] == "conflicting"
    assert by_words[("12 percent", "12 percent")] == "consistent"
    assert by_words[("5 percent", "5 percent")] == "consistent"
    assert by_words[("About 3,000 dockworkers", "Some 3,000 port workers")] == "consistent"
    # Each figure of a group is its own source's, and the sources differ.
    for group, texts in groups.items():
        if len(texts) > 1:
            assert len({f.briefing for f in story.figures if f.group == group}) == 2


def test_every_story_item_quotes_its_source_and_names_the_others(write) -> None:
    briefings, (story,) = library(write, {"strike.txt": STRIKE, "standstill.txt": STANDSTILL})
    for item in items(story):
        text = passage(briefings, item)
        assert text.strip() and item.briefing in story.briefings
        assert all(end.briefing in story.briefings and end.briefing != item.briefing for end in item.also)
    # The strike itself is reported by both: one point, two sources.
    walkout = next(p for p in story.summary if "3,000" in p.text)
    assert len(walkout.sources) == 2
    # A point only one outlet reports is listed as such.
    only = [passage(briefings, p) for p in story.single_source]
    assert any(text.startswith("It remains unclear how long the walkout will last") for text in only)
    assert all(len(p.sources) == 1 for p in story.single_source)


def test_the_story_merges_caveats_faq_and_entities_of_all_sources(write) -> None:
    _briefings, (story,) = library(write, {"strike.txt": STRIKE, "standstill.txt": STANDSTILL})
    caveat_sources = {c.briefing for c in story.caveats} | {e.briefing for c in story.caveats for e in c.also}
    assert caveat_sources == set(story.briefings)
    assert any("remains unclear" in c.caveat.text for c in story.caveats)
    questions = [entry.item.question.casefold() for entry in story.faq]
    assert len(questions) == len(set(questions))
    meridian = next(e for e in story.entities if e.name == "Meridian Terminals")
    assert set(meridian.briefings) == set(story.briefings)


def test_entities_are_one_across_articles_with_their_aliases(write) -> None:
    first = "Acme Corp. said on Monday it would cut 200 jobs. Acme said the cuts would save money.\n"
    second = "The union criticised Acme, whose chief executive announced the cuts in Boston.\n"
    briefings = [build_briefing(read_text_article(write(n, t))) for n, t in (("a.txt", first), ("b.txt", second))]
    index = entity_index(briefings)
    acme = index.find("acme")
    assert acme is not None and index.find("Acme Corp.") is acme
    assert set(acme.briefings) == {b.id for b in briefings}
    assert "Acme" in acme.names() and "Acme Corp." in acme.names()


@pytest.fixture(scope="module")
def seed_story(seeds: Path) -> tuple[list[Briefing], Story]:
    briefings = [build_briefing(read_text_article(seeds / name)) for name in (SEED_000, SEED_002)]
    (story,) = link_library({b.id: b for b in briefings}).stories
    return briefings, story


def test_the_seeds_are_one_story_whose_figures_agree(seed_story) -> None:
    briefings, story = seed_story
    assert set(story.briefings) == {b.id for b in briefings}
    groups = {f.group for f in story.figures if f.agreement == "consistent"}
    texts = {g: {f.figure.text for f in story.figures if f.group == g} for g in groups}
    assert any({"more than 400,000 units", "several hundred thousand chips"} <= t for t in texts.values())
    assert any({"exceeding two million H200 chips", "millions of H200 chips"} <= t for t in texts.values())


def test_the_seed_story_round_trips_through_markdown(seed_story) -> None:
    briefings, story = seed_story
    by_id = {b.id: b for b in briefings}
    markdown = story_markdown(story, by_id)
    tokens = PARSER.parse(markdown)
    headings = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == [story.title, "Summary", "Key figures", "FAQ", "Caveats", "Entities", "Timeline", "Only one source", "Sources"]
    # One footnote per passage cited, in order of first reference, each quoting its own source's passage word for word.
    quotes = [_plain(tokens[n + 2]) for n, t in enumerate(tokens) if t.type == "footnote_open"]
    cited = [(item.briefing, item.cite) for item in (*story.summary, *story.figures, *story.faq, *story.caveats)]
    cited += [(e.mentions[0].briefing, sentence_around(by_id[e.mentions[0].briefing], e.mentions[0].cite)) for e in story.entities]
    cited += [(item.briefing, item.cite) for item in (*story.timeline, *story.single_source)]
    assert quotes == [" ".join(by_id[briefing].article.passage(span).split()) for briefing, span in dict.fromkeys(cited)]
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == len(story.figures) + 1
    sources = [t.content for t in tokens if t.type == "inline" and t.content.startswith(tuple(s.title[:20] for s in story.sources))]
    assert len(sources) >= len(story.sources)


def test_export_story_by_title_words_and_unknown_story(seeds: Path, capsys, tmp_path: Path) -> None:
    out = tmp_path / "story.md"
    assert main(["export", "--format", "md", "--story", "china", str(seeds), "-o", str(out)]) == 0
    assert "wrote a story briefing" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").startswith("# China has authorized three")
    assert main(["export", "--format", "md", "--story", "zebra", str(seeds)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "no story has" in error[0]


def test_json_export_lists_the_stories_with_their_briefings(seeds: Path, capsys) -> None:
    import json

    assert main(["export", "--format", "json", str(seeds)]) == 0
    document = json.loads(capsys.readouterr().out)
    ids = {b["id"] for b in document["briefings"]}
    (story,) = document["stories"]
    assert set(story["briefings"]) == ids and story["id"] and story["title"]
    assert all(item["briefing"] in ids for item in story["summary"])


def test_a_source_never_both_supports_and_disputes_one_item(write) -> None:
    context = "Mayor Ilsa Varkonyi of Kestrelford met Brannock Holdings executives at the Orvane copper mine."
    one = f"Mine collapse\n\nBrannock Holdings confirmed the tunnel collapse at its Orvane copper mine.\n\n{context}\n"
    other = (
        "Orvane mine\n\nBrannock Holdings confirmed a tunnel collapse at its Orvane copper mine.\n\n"
        "Brannock Holdings did not confirm a tunnel collapse at its Orvane copper mine, a lawyer later said.\n\n"
        f"{context}\n"
    )
    _, stories = library(write, {"one.txt": one, "other.txt": other})
    assert len(stories) == 1
    for item in items(stories[0]):
        assert not {end.briefing for end in item.also} & {end.briefing for end in item.disputed}
    assert any(item.also for item in stories[0].summary)


def test_rarity_comes_from_english_at_large_not_from_the_library() -> None:
    from briefings.text.rarity import rarity

    assert rarity("said") == 0.0 and rarity("people") == 0.0
    assert rarity("tariffs") > 2.0 and rarity("kestrelford") == 6.0
