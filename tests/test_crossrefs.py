"""Cross-references: the same figure or claim in two articles, found without comparing every pair of sentences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.briefing import Briefing
from briefings.crossref import CrossRef, Kind, Relation, cross_reference
from briefings.extract import build_briefing
from tests.conftest import SEED_000, SEED_002, read_text_article


def brief(write: Callable[[str, str], Path], name: str, text: str) -> Briefing:
    return build_briefing(read_text_article(write(name, text)))


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
    briefings, links = seed_links
    figures = [link for link in links if link.kind == Kind.FIGURE]
    assert len(figures) == 3 and all(link.relation == Relation.CONSISTENT for link in figures)
    assert [link.strength for link in links] == sorted((link.strength for link in links), reverse=True)


def test_two_outlets_reporting_the_same_number_are_linked(write) -> None:
    one = brief(write, "a.txt", "Harbour expansion\n\nThe port authority said the new terminal will handle 2.5 million containers a year.\n")
    two = brief(write, "b.txt", "Port news\n\nThe expanded terminal is expected to move about 2.5 million containers annually, the port authority said.\n")
    links = cross_reference([one, two])
    assert [(link.kind, link.relation) for link in links] == [(Kind.FIGURE, Relation.CONSISTENT)]
    assert "2.5 million containers" in links[0].note


def test_a_conflicting_number_is_marked(write) -> None:
    one = brief(write, "a.txt", "Flood toll\n\nOfficials said the floods in the northern province killed 40 people on Tuesday.\n")
    two = brief(write, "b.txt", "Flood update\n\nThe floods in the northern province killed 400 people, officials said on Tuesday.\n")
    links = cross_reference([one, two])
    assert [(link.kind, link.relation) for link in links] == [(Kind.FIGURE, Relation.CONFLICTING)]


def test_a_paraphrased_claim_is_linked(write) -> None:
    one = brief(write, "a.txt", "Merger talks\n\nRegulators are still reviewing the merger and approval is pending, the companies said.\n")
    two = brief(write, "b.txt", "Deal watch\n\nThe firms said clearance of the merger by authorities is still awaited.\n")
    links = cross_reference([one, two])
    assert [link.kind for link in links] == [Kind.CLAIM]
    assert links[0].relation == Relation.CORROBORATES


def test_a_denial_is_marked_as_contradicting(write) -> None:
    one = brief(write, "a.txt", "Mine safety\n\nThe mining company confirmed the tunnel collapse at its northern copper mine.\n")
    two = brief(write, "b.txt", "Mine report\n\nThe mining company did not confirm a tunnel collapse at its northern copper mine.\n")
    links = cross_reference([one, two])
    assert [link.relation for link in links] == [Relation.CONTRADICTS]


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
    nearly = brief(write, "a.txt", "Festival draws big crowd\n\nNearly 400,000 people attended the music festival in Riverton on Saturday, organisers said.\n")
    more = brief(write, "b.txt", "Riverton festival crowd\n\nSome 600,000 people attended the music festival in Riverton on Saturday, police said.\n")
    close = brief(write, "c.txt", "Riverton festival numbers\n\nAbout 390,000 people attended the music festival in Riverton on Saturday, the city said.\n")
    briefings = [nearly, more, close]
    relations = {frozenset(passages(link, briefings)): link.relation for link in cross_reference(briefings) if link.kind is Kind.FIGURE}
    texts = {b.id: b.article.passage(b.figures[0].cite) for b in briefings}
    assert relations[frozenset((texts[nearly.id], texts[more.id]))] is Relation.CONFLICTING
    assert relations[frozenset((texts[nearly.id], texts[close.id]))] is Relation.CONSISTENT
