"""Caveats: a grammar of hedging (conditions, uncertainty, pending processes, sourcing, disputes,
speculation), not a list of phrases; the same words in another sense are no caveat."""

import re

import pytest
from caveat_cases import CASES
from extract_helpers import briefing_of
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.extract import caveats as grammar
from briefings.extract.caveats import find_cues
from briefings.model.article import Span
from briefings.model.briefing import CaveatKind


def cues_of(sentence: str) -> list[tuple[CaveatKind, str]]:
    return [(cue.kind, cue.text) for cue in find_cues(sentence, Span(start=0, end=len(sentence)))]


@pytest.mark.parametrize(("sentence", "kind"), CASES)
def test_labelled_news_sentences(sentence: str, kind: CaveatKind | None) -> None:
    found = cues_of(sentence)
    if kind is None:
        assert found == []
    else:
        assert kind in {k for k, _ in found}, found


def test_the_labelled_set_is_varied() -> None:
    kinds = [kind for _, kind in CASES]
    assert len(CASES) >= 60
    assert kinds.count(None) >= 20
    assert {kind for kind in kinds if kind} == set(CaveatKind)


@pytest.mark.parametrize(
    ("sentence", "kind", "cue"),
    [
        ("The merger is conditional on approval by regulators in Brussels.", CaveatKind.CONDITION, "is conditional"),
        ("It remains unclear whether the plant will reopen this year.", CaveatKind.UNCERTAINTY, "It remains unclear"),
        ("The two sides have yet to sign a final agreement.", CaveatKind.PENDING, "have yet to"),
        ("Shipments were halted pending a safety review.", CaveatKind.PENDING, "pending a"),
        ("The plan was discussed in private, people familiar with the matter said.", CaveatKind.SOURCING, "people familiar with"),
        ("The company is reportedly weighing a sale of its chip unit.", CaveatKind.SOURCING, "reportedly"),
        ("Prices are likely to rise again next quarter.", CaveatKind.SPECULATION, "are likely to"),
        ("The minister denied the allegations on Friday.", CaveatKind.DISPUTE, "denied the allegations"),
        ("The firm did not respond to a request for comment.", CaveatKind.DISPUTE, "did not respond"),
        ("The ministry has not responded to a request for comment.", CaveatKind.DISPUTE, "has not responded"),
        ("Neither club responded to requests for comment on Friday.", CaveatKind.DISPUTE, "Neither club responded"),
        ("Nobody at the company could be reached on Sunday.", CaveatKind.DISPUTE, "Nobody at the company could be reached"),
        ("The company expects revenue to grow by about 5% next year.", CaveatKind.SPECULATION, "expects revenue to"),
        ("The bank anticipates that rates will stay high.", CaveatKind.SPECULATION, "anticipates that"),
    ],
)
def test_the_first_cue_names_the_kind(sentence: str, kind: CaveatKind, cue: str) -> None:
    caveats = briefing_of((sentence + " ") * 3).caveats
    assert (caveats[0].kind, caveats[0].cue) == (kind, cue)
    assert caveats[0].text == sentence


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("May said the plan would help farmers.", "the name May"),
        ("The vote was held in May.", "the month"),
        ("She could see the smoke from her window.", "ability"),
        ("The bail application was denied.", "a refusal"),
        ("There is no doubt that the bridge is safe.", "certainty"),
        ("Tickets sold out as quickly as possible.", "a degree"),
        ("He wondered aloud if the train was late.", "'if' without a consequence"),
        ("He was in charge of the inquiry's budget, which was closed in 2012 after it found no fraud.", "a process over"),
        ("He had the fans believing in fairy tales when he scored.", "faith, not a guess"),
        ("Take a minute to think where the club would be without him.", "no one's belief"),
        ("He is relishing the chance to take charge of his hometown club.", "a role taken"),
        ("One goal was due to set-pieces, another due to a poor attitude.", "a cause"),
        ("Since the trial began, prosecutors have called 92 witnesses.", "witnesses summoned"),
        ("The next day I went to school in shock and guess what?", "a saying"),
        ("The keeper could do nothing to stop the shot, and could not keep out the header.", "past inability"),
        ("The crater turned out far larger than first thought, and older than thought.", "a comparison with past belief"),
        ("She changed what we thought was possible, and showed what is possible.", "what could be done, described"),
        ("Regulators said no formal investigation had been opened and there was no inquiry.", "no process under way"),
        ("Investigators traced the car to the house, helped by an investigative reporter.", "people, not a process"),
        ("Hamilton claimed pole, Nasr and Ericsson claimed ninth and 10th, and she claimed her third win.", "a prize won"),
        ("Sun cream SPF 30, £12. CLAIM: Contains UVA and UVB protection.", "a label in capitals"),
        ("The driver is not facing charges, won't face charges over the crash and was never charged with a crime.", "no accusation"),
        ("Mason pleaded guilty to a single charge of fraud and admitted two charges of theft.", "an accusation conceded"),
    ],
)
def test_the_same_words_in_another_sense_are_no_cue(sentence: str, reading: str) -> None:
    assert cues_of(sentence) == [], reading


def test_cue_spans_point_at_the_cue_words() -> None:
    briefing = briefing_of("Officials said the deal, which remains unclear, is subject to a vote. " * 3)
    caveat = briefing.caveats[0]
    assert [briefing.article.passage(c.span) for c in caveat.cues] == [c.text for c in caveat.cues]
    assert {c.kind for c in caveat.cues} == {CaveatKind.UNCERTAINTY, CaveatKind.CONDITION}


_EVERY_CUE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{cue})" for name, cue in grammar._NAMED_CUES) + r")(?![\w-])"
)
_WORDS = [word for _, cue in grammar._NAMED_CUES for word in re.findall(r"[a-z']{2,}", cue)] + ["Police", "May", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_trying_each_word_against_its_letter_finds_what_one_big_pattern_finds(words: list[str]) -> None:
    """The first-letter dispatch is an optimisation only: every match the whole table finds at a word start
    is found, with the same cue."""
    sentence = " ".join(words)
    lowered = sentence.lower()
    for start in (m.start() for m in grammar._WORD_START.finditer(lowered)):
        whole = _EVERY_CUE.match(lowered, start)
        dispatched = grammar._BY_FIRST_LETTER[lowered[start]].match(lowered, start)
        assert (whole and (whole.lastgroup, whole.end())) == (dispatched and (dispatched.lastgroup, dispatched.end()))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_cues_inside_the_sentence(text: str) -> None:
    for cue in find_cues(text, Span(start=0, end=len(text))):
        assert text[cue.span.start : cue.span.end] == cue.text
