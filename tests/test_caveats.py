"""Caveats: hedges, conditions, pending events, anonymous sourcing and disputes, not bare modals."""

import pytest
from extract_helpers import briefing_of

from briefings.briefing import CaveatKind


@pytest.mark.parametrize(
    ("sentence", "kind", "cue"),
    [
        ("The merger is conditional on approval by regulators in Brussels.", CaveatKind.CONDITION, "conditional"),
        ("It remains unclear whether the plant will reopen this year.", CaveatKind.UNCERTAINTY, "remains unclear"),
        ("The two sides have yet to sign a final agreement.", CaveatKind.PENDING, "have yet to"),
        ("Shipments were halted pending a safety review.", CaveatKind.PENDING, "pending a"),
        ("The plan was discussed in private, people familiar with the matter said.", CaveatKind.SOURCING,
         "people familiar with the matter"),
        ("The company is reportedly weighing a sale of its chip unit.", CaveatKind.SOURCING, "reportedly"),
        ("Prices are likely to rise again next quarter, analysts said.", CaveatKind.SPECULATION, "are likely to"),
        ("The minister denied the allegations on Friday.", CaveatKind.DISPUTE, "denied the allegations"),
        ("The firm did not respond to a request for comment.", CaveatKind.DISPUTE, "did not respond to a request for comment"),
    ],
)
def test_caveat_kinds_and_cues(sentence: str, kind: CaveatKind, cue: str) -> None:
    caveats = briefing_of(sentence).caveats
    assert len(caveats) == 1
    assert (caveats[0].kind, caveats[0].cue) == (kind, cue)
    assert caveats[0].text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The company could hire 200 engineers next year.",
        "Shoppers may find lower prices in the new stores.",
        "The bank will open ten branches in Lagos.",
        "She said the plan would help farmers.",
        "Voters cleared the measure on Tuesday.",
    ],
)
def test_modal_verbs_and_plain_statements_are_not_caveats(sentence: str) -> None:
    assert briefing_of(sentence).caveats == []


def test_cue_spans_point_at_the_cue_words() -> None:
    briefing = briefing_of("Officials said the deal, which remains unclear, is subject to a vote.")
    caveat = briefing.caveats[0]
    assert [briefing.article.passage(c.span) for c in caveat.cues] == [c.text for c in caveat.cues]
    assert {c.kind for c in caveat.cues} == {CaveatKind.UNCERTAINTY, CaveatKind.CONDITION}


def test_every_cue_pattern_contains_an_anchor_word() -> None:
    from briefings.extract.caveats import ANCHORS, CUES

    for cues in CUES.values():
        for cue in cues:
            assert any(anchor in cue for anchor in ANCHORS), cue
