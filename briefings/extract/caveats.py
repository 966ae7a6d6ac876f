"""Caveats: sentences that limit or qualify the story, found by their cue phrases.

A cue is a phrase that hedges on its own ("remains unclear", "have yet to",
"people familiar with the matter"); a bare modal verb ("could", "may") is not one.
"""

from __future__ import annotations

import re

from briefings.briefing import Caveat, CaveatKind, Cue
from briefings.budget import check
from briefings.models import Article, Span

_BE = r"(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed)"
CUES: dict[CaveatKind, list[str]] = {
    CaveatKind.CONDITION: [
        r"(?:un)?conditional(?:ly)?", r"condition(?:ed|al)? (?:on|upon)", r"on (?:the )?condition that",
        r"subject to", r"provided that", r"as long as", r"only if", r"unless", r"contingent (?:on|upon)",
        r"(?:may|would|will|could) (?:include|require|come with) (?:requirements?|conditions?|restrictions?)",
        r"with (?:significant |important )?(?:caveats|strings attached|conditions attached)",
        r"come with (?:significant |several |some )?(?:caveats|conditions)", r"bundling requirements?",
    ],
    CaveatKind.UNCERTAINTY: [
        rf"{_BE} (?:still |also )?(?:unclear|uncertain|not (?:yet )?clear|unknown|unconfirmed)",
        r"(?:it is|it's|it was) (?:not|un)(?: yet)? ?clear", r"unclear (?:whether|how|when|if|what|why)",
        r"(?:introduces?|creates?|adds?|raises?) (?:\w+ )?uncertainty", r"uncertainty (?:over|about|around)",
        r"could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)",
        r"(?:no|without) guarantee", r"open question", r"not (?:immediately )?(?:known|clear)",
    ],
    CaveatKind.PENDING: [
        r"(?:has|have|had) yet to", r"(?:is|are|was|were) yet to", r"pending(?: \w+)?", r"not yet",
        r"still (?:being |to be )?(?:finali[sz]ed|negotiated|worked out|under review|under discussion|in talks)",
        r"(?:being|to be) finali[sz]ed", r"awaiting(?: \w+)?", r"await(?:s|ed)? (?:\w+ )?(?:approval|clearance|a decision)",
        r"(?:remain|remains|are|is|were|wait(?:ing)?) in (?:a|the) queue", r"waiting for (?:\w+ )?(?:approval|clearance)",
        r"later rounds?", r"future approvals?", r"under review", r"(?:still )?needs? (?:to be )?approv(?:al|ed)",
    ],
    CaveatKind.SOURCING: [
        r"(?:people|persons|sources|officials|someone|a person) (?:familiar|briefed|close) (?:with|to) the (?:matter|talks|discussions|plans?|situation|decision)",
        r"according to (?:\w+ )?(?:sources|people|reports|a person|an official|officials who)",
        r"(?:the |two |three |several |unnamed |anonymous )?sources (?:said|say|told|cited|suggest(?:ed)?)",
        r"reportedly", r"(?:previous|earlier|media|local|press|unconfirmed) reports (?:suggested|said|indicated|claimed)",
        r"(?:speaking|spoke) on (?:the )?condition of anonymity", r"(?:declined|asked|did not want) (?:not )?to be (?:named|identified)",
        r"who (?:declined|asked) not to be (?:named|identified)", r"allegedly", r"(?:is|are|was|were) (?:said|rumou?red) to",
        r"it is (?:reported|understood|believed)",
    ],
    CaveatKind.SPECULATION: [
        rf"{_BE} (?:\w+ )?(?:likely|unlikely|expected|projected|forecast|poised|set) to", r"(?:is|are) expected\b",
        r"(?:may|might|could) (?:remain|continue|face|slow|be delayed|fall through)",
        r"(?:analysts?|experts?|economists?|observers?) (?:suggest|say|expect|predict|believe|warn|estimate)s?",
        r"appears? (?:to|intent|poised)", r"suggests?(?: that)?(?= \w)", r"(?:are|is) (?:generally )?viewed as",
    ],
    CaveatKind.DISPUTE: [
        r"(?:denied|denies|deny|disputed|disputes|dispute|refuted|rejected) (?:the |these |those )?(?:claims?|reports?|allegations?|accounts?)",
        r"(?:denied|denies) (?:that|any|wrongdoing)", r"declined to comment", r"did not (?:immediately )?respond to (?:a )?requests? for comment",
        r"could not be reached for comment", r"(?:contested|challenged|pushed back|contradict(?:s|ed)?)",
    ],
}
# Matched against lower-cased text, so the cues are written in lower case.
_PATTERN = re.compile(
    "|".join(f"(?P<{kind.value}_{i}>\\b{cue}\\b)" for kind, cues in CUES.items() for i, cue in enumerate(cues))
)


_WORD = re.compile(r"[a-z]+")
# Every cue contains one of these words (or a word starting with one): a sentence with none has no cue.
ANCHORS = (
    "condition", "unconditional", "subject", "provided", "long", "only", "unless", "contingent", "requirement",
    "restriction", "caveat", "strings", "bundling", "unclear", "uncertain", "clear", "unknown", "unconfirmed", "verif",
    "confirm", "guarantee", "question", "known", "yet", "pending", "finali", "negotiat", "worked", "review",
    "discussion", "talks", "await", "queue", "waiting", "round", "future", "approv", "familiar", "briefed", "close",
    "according", "sources", "reportedly", "reports", "anonymity", "named", "identified", "allegedly", "rumo",
    "reported", "understood", "believed", "likely", "unlikely", "expected", "projected", "forecast", "poised", "set",
    "remain", "continue", "face", "slow", "delayed", "fall", "analyst", "expert", "economist", "observer", "appear",
    "suggest", "viewed", "deni", "deny", "disput", "refut", "reject", "declined", "respond", "reached", "contested",
    "challenged", "pushed", "contradict",
)
_ANCHORS_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _anchor in ANCHORS:
    _ANCHORS_BY_PREFIX[_anchor[:4]] = (*_ANCHORS_BY_PREFIX.get(_anchor[:4], ()), _anchor)


_REACH = 4  # a cue starts at most this many words before its anchor word


def _anchor_words(words: list[re.Match[str]]) -> list[int]:
    """Indexes of the words that are (or start with) an anchor."""
    found = []
    for index, word in enumerate(words):
        text = word.group()
        anchors = _ANCHORS_BY_PREFIX.get(text[:4])
        if anchors and any(text.startswith(anchor) for anchor in anchors):
            found.append(index)
    return found


def find_cues(text: str, span: Span) -> list[Cue]:
    """The caveat cues in text[span], in order: tried only at the words just before an anchor word."""
    sentence = text[span.start : span.end]
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in sentence)
    words = list(_WORD.finditer(lowered))
    starts = sorted({i for a in _anchor_words(words) for i in range(max(0, a - _REACH), a + 1)})
    cues: list[Cue] = []
    resume = 0
    for index in starts:
        position = words[index].start()
        if position < resume or (position > 0 and lowered[position - 1].isalnum()):
            continue
        match = _PATTERN.match(lowered, position)
        if match is None:
            continue
        kind = CaveatKind(match.lastgroup.rsplit("_", 1)[0])
        begin, end = span.start + match.start(), span.start + match.end()
        cues.append(Cue(text=text[begin:end], span=Span(start=begin, end=end), kind=kind))
        resume = match.end()
    return cues


def extract_caveats(article: Article) -> list[Caveat]:
    """One caveat per sentence that carries a cue; its first cue names the kind."""
    caveats = []
    for sentence in article.sentences:
        check()
        cues = find_cues(article.text, sentence.span)
        if cues:
            first = cues[0]
            caveats.append(
                Caveat(text=article.passage(sentence.span), cue=first.text, kind=first.kind, cues=cues, cite=sentence.span)
            )
    return caveats
