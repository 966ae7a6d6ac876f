"""Cross-references: the same figure or claim in two articles, found without comparing every pair of sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.extract import build_briefing
from briefings.library.linking import link_library
from briefings.linking.crossref import CrossRef, Kind, Relation
from briefings.model.briefing import Briefing
from tests.helpers import SEED_000, SEED_002, read_text_article
from tests.test_real_news import DEV


def brief(write: Callable[[str, str], Path], name: str, text: str) -> Briefing:
    return build_briefing(read_text_article(write(name, text)))


def cross_reference(briefings: list[Briefing]) -> list[CrossRef]:
    return link_library({briefing.id: briefing for briefing in briefings}).crossrefs


def passages(link: CrossRef, briefings: list[Briefing]) -> tuple[str, str]:
    by_id = {b.id: b for b in briefings}
    return by_id[link.a.briefing].article.passage(link.a.cite), by_id[link.b.briefing].article.passage(link.b.cite)


@pytest.fixture(scope="module")
def seed_links(seeds: Path) -> tuple[list[Briefing], list[CrossRef]]:
    briefings = [build_briefing(read_text_article(seeds / name)) for name in (SEED_000, SEED_002)]
    return briefings, cross_reference(briefings)


# Every link the seeds produce, by the start of each passage, and why a reader would want it.
SEED_LINKS = {
    ("Meanwhile, domestic companies have", "Chinese technology firms have reportedly"): "the orders: over two million / millions of H200 chips",
    ("With over two million units ordered", "Chinese technology firms have reportedly"): "the same orders, from the analysis section",
    ("According to sources familiar", "The initial approvals cover"): "the batch size: more than 400,000 / several hundred thousand",
    ("The news follows Nvidia CEO", "The timing coincides with Nvidia CEO"): "Huang's visit, timed with the approvals",
    ("With over two million units ordered", "Supply is expected to remain tight"): "demand far beyond supply",
    ("China has authorized three", "Major Chinese technology groups"): "which firms are the first buyers",
    ("China has authorized three", "The initial approvals cover"): "the buyers named with the batch",
    ("China has authorized three", "China has approved the first imports"): "the approval itself, authorized / approved",
    ("Conditional imports of H200", "Authorities appear to be balancing"): "growth needs against domestic chips",
    ("Other firms remain in a queue", "Additional companies are reportedly"): "more approvals to come, in other words",
    ("The H200 represents a major leap", "For Nvidia, access to China"): "what the H200 and the market mean for Nvidia",
    ("According to sources familiar", "Chinese authorities have approved"): "the approval itself, from the sources",
    ("Beijing’s cautious approach", "Beijing has been balancing access"): "Beijing's domestic-chip policy",
    ("While the U.S. had already", "While Washington had already"): "Washington cleared; Beijing was the barrier",
    ("While Chinese firms such as Huawei", "Domestic chipmakers such as Huawei"): "domestic chips trail the H200",
    ("The approvals represent both", "For Nvidia, access to China"): "the opportunity for Nvidia",
}


def test_every_seed_link_is_listed_with_why_it_is_useful(seed_links) -> None:
    briefings, links = seed_links
    found = set()
    for link in links:
        a, b = passages(link, briefings)
        key = next((k for k in SEED_LINKS if a.startswith(k[0]) and b.startswith(k[1])), None)
        assert key is not None, f"an unlisted link: {a[:40]!r} / {b[:40]!r}"
        found.add(key)
    assert found == set(SEED_LINKS)
    assert len(links) <= 20


def test_the_seed_figures_agree(seed_links) -> None:
    _briefings, links = seed_links
    figures = [link for link in links if link.kind == Kind.FIGURE]
    assert len(figures) == 3 and all(link.relation == Relation.CONSISTENT for link in figures)
    assert [link.strength for link in links] == sorted((link.strength for link in links), reverse=True)


# A second paragraph that tells both outlets' articles of one event apart from any other: the same named
# people and places, in other words. The links asserted are those of the first sentences.
CONTEXT = (
    "Mayor Ilsa Varkonyi of Kestrelford met Brannock Holdings executives about it.",
    "Brannock Holdings told Kestrelford mayor Ilsa Varkonyi about it at a meeting.",
)


def first_links(write, first: str, second: str, *more: str) -> list[CrossRef]:
    """The links between the first sentences of articles of one event whose first sentences are given."""
    texts = (first, second, *more)
    briefings = [brief(write, f"{n}.txt", f"Report {n}\n\n{text}\n\n{CONTEXT[n % 2]}\n") for n, text in enumerate(texts)]
    return [link for link in cross_reference(briefings) if not {*passages(link, briefings)} & set(CONTEXT)]


def test_two_outlets_reporting_the_same_number_are_linked(write) -> None:
    links = first_links(
        write,
        "The port authority said the new terminal will handle 2.5 million containers a year.",
        "The expanded terminal is expected to move about 2.5 million containers annually, the port authority said.",
    )
    assert [(link.kind, link.relation) for link in links] == [(Kind.FIGURE, Relation.CONSISTENT)]
    assert "2.5 million containers" in links[0].note


def test_a_conflicting_number_is_marked(write) -> None:
    links = first_links(
        write,
        "Officials said the floods in the northern province killed 40 people on Tuesday.",
        "The floods in the northern province killed 400 people, officials said on Tuesday.",
    )
    assert [(link.kind, link.relation) for link in links] == [(Kind.FIGURE, Relation.CONFLICTING)]


@pytest.mark.parametrize(
    ("first", "second", "noted"),
    [
        pytest.param(
            "At least 1,240 people died in the earthquake that struck the coastal region on Sunday.",
            "The quake killed more than 1,200 residents across the region, rescuers said.",
            ("1,240", "1,200", "the figures agree"),
            id="amounts-whose-ranges-agree-about-the-same-people",
        ),
        pytest.param(
            "The former mayor was jailed for four to 12 years on Monday.",
            "His lawyers called the four-to-12-year sentence harsh and said they would appeal.",
            ("four to 12 years", "four-to-12-year", "the same figure"),
            id="the-same-range-in-other-words",
        ),
    ],
)
def test_amounts_that_agree_are_one_figure(write, first: str, second: str, noted: tuple[str, str]) -> None:
    """Two amounts whose ranges agree about the same people, or one range's ends in other words, are one figure."""
    figures = [link for link in first_links(write, first, second) if link.kind == Kind.FIGURE]
    assert [(link.relation, all(words in link.note for words in noted)) for link in figures] == [(Relation.CONSISTENT, True)]


def test_two_floors_far_apart_count_two_things(write) -> None:
    """"At least 912" and "more than 1,300" both allow 1,500, but each rounds its own count down: they differ."""
    figures = [
        link
        for link in first_links(
            write,
            "At least 912 people were killed in Turkey when the earthquake struck the region on Monday.",
            "The earthquake killed more than 1,300 people in Turkey and Syria on Monday, officials said.",
        )
        if link.kind == Kind.FIGURE
    ]
    assert [link.relation for link in figures] == [Relation.CONFLICTING]


def test_the_same_number_of_one_thing_in_other_words_is_one_figure(write) -> None:
    for first, second in (
        ("The 143-country survey found that rents rose everywhere last year.", "Researchers asked renters in 143 nations about their rents for the survey."),
        ("Voters in seven provinces went to the polls on Sunday in the last round.", "Seven governorates held the last round of the vote on Sunday."),
    ):
        links = first_links(write, first, second)
        assert Relation.CONSISTENT in {link.relation for link in links if link.kind == Kind.FIGURE}, (first, second)


def test_amounts_that_differ_are_no_conflict_unless_both_say_of_what(write) -> None:
    links = first_links(
        write,
        "The agency approved $200 billion on Monday after months of talks.",
        "Lawmakers approved a further $34 billion on Monday after the talks ended.",
    )
    assert [link for link in links if link.kind == Kind.FIGURE] == []


def test_an_age_and_a_distance_are_not_one_figure(write) -> None:
    links = first_links(
        write,
        "Mr. Dale, 81, was sentenced on Tuesday to three years in the state prison.",
        "The state prison where Mr. Dale was sentenced to serve is about 70 miles from the city.",
    )
    assert not [link for link in links if link.kind == Kind.FIGURE and "81" in link.note]


def test_a_paraphrased_claim_is_linked(write) -> None:
    links = first_links(
        write,
        "Regulators are still reviewing the merger and approval is pending, the companies said.",
        "The firms said clearance of the merger by authorities is still awaited.",
    )
    assert [link.kind for link in links] == [Kind.CLAIM]
    assert links[0].relation == Relation.CORROBORATES


def test_a_denial_is_marked_as_contradicting(write) -> None:
    links = first_links(
        write,
        "The mining company confirmed the tunnel collapse at its northern copper mine.",
        "The mining company did not confirm a tunnel collapse at its northern copper mine.",
    )
    assert [link.relation for link in links] == [Relation.CONTRADICTS]


def test_a_note_names_the_shared_words_as_the_articles_write_them(write) -> None:
    links = first_links(
        write,
        "Beijing’s negotiators rejected the tariffs on Chinese steel imports on Monday.",
        "Negotiators for Beijing rejected the new tariffs on Chinese steel imports.",
    )
    assert [link.kind for link in links] == [Kind.CLAIM]
    assert "“Beijing”" in links[0].note and "“negotiators”" in links[0].note and "beij" not in links[0].note


def test_a_negation_about_something_else_is_no_contradiction(write) -> None:
    links = first_links(
        write,
        "The mining company confirmed the tunnel collapse at its northern copper mine, though no miners were hurt.",
        "The mining company confirmed a tunnel collapse at its northern copper mine on Friday.",
    )
    assert [link.relation for link in links] == [Relation.CORROBORATES]


def test_a_request_for_comment_is_never_a_claim(write) -> None:
    links = first_links(
        write,
        "Brannock Holdings did not immediately respond to a request for comment from the Kestrelford Courier.",
        "Brannock Holdings did not respond to requests for comment from the Kestrelford Courier.",
    )
    assert links == []


def test_an_unrelated_article_is_not_linked(write, seeds: Path) -> None:
    seed = build_briefing(read_text_article(seeds / SEED_000))
    other = brief(
        write,
        "recipe.txt",
        "Autumn soup\n\nRoast two kilograms of pumpkin with garlic for 40 minutes.\n\nBlend it with stock and serve it with bread.\n",
    )
    assert cross_reference([seed, other]) == []


def test_passages_of_one_article_are_never_linked_to_each_other(write) -> None:
    text = "Budget\n\nThe council approved a budget of $3 million for roads.\n\nThe council approved a budget of $3 million for roads again.\n"
    assert cross_reference([brief(write, "a.txt", text)]) == []


def test_nearly_a_number_stays_below_it(write) -> None:
    nearly, more, close = (
        "Nearly 400,000 people attended the music festival in Riverton on Saturday, organisers said.",
        "Some 600,000 people attended the music festival in Riverton on Saturday, police said.",
        "About 390,000 people attended the music festival in Riverton on Saturday, the city said.",
    )
    relations = {
        frozenset(text[:4] for text in link.note.split("“")[1::1]): link.relation
        for link in first_links(write, nearly, more, close)
        if link.kind is Kind.FIGURE
    }
    assert relations == {
        frozenset(("Near", "Some")): Relation.CONFLICTING,
        frozenset(("Near", "Abou")): Relation.CONSISTENT,
        frozenset(("Some", "Abou")): Relation.CONFLICTING,
    }


def test_the_links_are_the_same_whatever_the_run_s_string_hashing(seeds: Path, tmp_path: Path) -> None:
    """Near copies of one article tie on many links; which are kept must not follow the order of sets of words."""
    import json
    import os
    import subprocess
    import sys

    text = (seeds / SEED_000).read_text(encoding="utf-8")
    for number in range(3):
        (tmp_path / "library").mkdir(exist_ok=True)
        (tmp_path / "library" / f"copy-{number}.txt").write_text(f"{text}\nFiled as copy {number}.\n", encoding="utf-8")
    exports = set()
    for seed in ("1", "2", "3"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "briefings.cli", "export", "--format", "json", str(tmp_path / "library"), "--cache", str(tmp_path / seed)]
        run = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
        exports.add(run.stdout)
    assert len(exports) == 1 and json.loads(next(iter(exports)))["crossrefs"]


class _Counted(dict[str, Briefing]):
    """Briefings by id that count how often each is read, as the cache would be."""

    def __init__(self, briefings: list[Briefing]) -> None:
        super().__init__((b.id, b) for b in briefings)
        self.reads: dict[str, int] = dict.fromkeys(self, 0)

    def __getitem__(self, briefing_id: str) -> Briefing:
        self.reads[briefing_id] += 1
        return super().__getitem__(briefing_id)


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared beside the project")
def test_linking_reads_the_library_once_and_a_story_once_more(seeds: Path) -> None:
    from tests.helpers import brief_library

    library = _Counted(brief_library([seeds, DEV], None).briefings)
    links = link_library(library)
    in_stories = {member for story in links.stories for member in story.briefings}
    assert links.stories and links.entities and len(in_stories) < len(library)
    assert library.reads == {briefing_id: 2 if briefing_id in in_stories else 1 for briefing_id in library}


def test_a_doubled_consonant_before_ing_or_ed_is_one_stem_and_news_synonyms_are_one_concept() -> None:
    from briefings.linking.crossref.concepts import concept

    assert concept("cutting") == concept("cut") == concept("reduced") == concept("decline")
    assert concept("stopped") == concept("stop") and concept("planned") == concept("plan")
    assert concept("falling") == concept("fall") and concept("added") == "add" and concept("string") == "string"
    assert concept("courtroom") == concept("court") and concept("tyrannical") == concept("dictator")
    assert concept("inquiry") == concept("probe") and concept("tariffs") == concept("levy")

