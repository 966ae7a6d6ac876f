"""Caveats: sentences that limit or qualify the story, found by a grammar of hedging.

A cue is a word family in the construction that makes it hedge: an epistemic modal before a verb ("may
fall", "could face"), a verb of belief or appearance ("is thought to", "appears to"), a claim not yet
proven ("accused of", "denied"), a process not yet finished ("an investigation", "not yet released"),
a condition ("unless", "if" with a consequence), a gap in what is known ("unclear", "no details"), an
unnamed source, or a stated limit ("the study does not examine"). The same words in another sense
are not cues: "could easily see" (ability), "appeared in a film", "in charge", "the best possible",
"due to the rain", "claimed the lives", an investigation the sentence says has concluded, "if" with
no consequence.

The families are written from the published hedge-cue inventories (the CoNLL-2010 shared task's cue
lists, Hyland's hedges) and the way news reports allegations and pending processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefings.budget import check
from briefings.model.article import Article, Span
from briefings.model.briefing import Caveat, CaveatKind, Cue

_BE = r"(?:is|are|was|were|be|been|being|'s|'re|remains?|remained|seems?|seemed|appears?|appeared)"
_DET = r"(?:the|a|an|his|her|its|their|these|those|this|that|any|such|all|some|our|my|your)"
_CLAIM = r"(?:claims?|reports?|allegations?|accusations?|charges?|accounts?|suggestions?|criticism|idea|notion|story|stories|findings?)"
_KNOWN = r"(?:known|clear|confirmed|verified|identified|named|released|disclosed|revealed|explained|available|determined|established|announced|made public)"
_SETTLED = r"(?:finali[sz]ed|decided|resolved|settled|agreed|signed|approved|completed|concluded|ratified|caught|arrested|charged|found|located|recovered)"
# What a winner claims: "claimed pole", "claim 10th", "claimed her third win", "claimed three points".
_PRIZES = (
    r"(?:titles?|troph(?:y|ies)|victor(?:y|ies)|prizes?|medals?|crowns?|records?|seats?|wins?|gold|silver|bronze|spots?|places?|"
    r"pole|points?|glory|honours|lead|double|treble|scalps?|silverware|top spot)\b|"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?! (?!and\b|or\b)[a-z])"  # a place, not "the first payment"
)
_PROCESS = r"(?:investigat(?:ions?|ing|e|es|ed)|inquir(?:y|ies)|inquest|probes?|probing|autops(?:y|ies)|post-mortem|toxicology)"
# verbs of perception and capacity: after them "could" is ability ("could walk unaided"), not possibility
_CAPACITY = r"(?:see|hear|feel|tell|smell|taste|remember|recall|understand|imagine|walk|run|swim|read|write|speak|afford|breathe|sleep|stand|move)"
_SANCTION = (
    r"(?:charges?|trial|prosecution|jail|prison|ban|bans|suspension|sanctions?|fines?|penalty|penalties|sentence|"
    r"deportation|extradition|lawsuits?|questions|scrutiny|investigation|inquiry|probe|disciplinary action|the sack|relegation)"
)

CUES: dict[CaveatKind, list[str]] = {
    CaveatKind.SOURCING: [
        r"(?:speaking|spoke|spoken) on (?:the )?condition of anonymity",
        r"(?:declined|asked|did not want|refused|requested) (?:not )?to be (?:named|identified)",
        r"not authori[sz]ed to (?:speak|discuss|comment)",
        r"(?:people|persons?|sources?|officials?|someone|insiders?|an? \w+) (?:\w+ )?(?:familiar|briefed|close|with knowledge) (?:with|on|to|of)",
        r"(?:unnamed|anonymous|unidentified) (?:\w+ )?(?:sources?|officials?|people|persons?|insiders?|officers?|aides?)",
        r"according to (?:\w+ ){0,3}?(?:sources?|people|persons?|insiders?|reports|media|rumou?rs|witnesses|accounts|estimates|someone|officials who)",
        r"(?:the |two |three |several |some |other |our )?(?:sources?|insiders?) (?:said|say|says|told|suggest(?:ed|s)?|claim(?:ed|s)?|indicated|confirmed|close|insist(?:ed|s)?|added|warned|revealed|admitted|believe[ds]?|stressed|argued)",
        r"(?:speaking|spoke) (?:privately|off the record|on background)", r"off the record",
        r"citing (?:\w+ ){0,3}?(?:sources?|people|persons?|reports?|officials|documents?|insiders?)",
        r"(?:media|press|news|local|unconfirmed|earlier|previous|initial|some|other|conflicting) reports? (?:suggest\w*|said|say|says|indicat\w+|claim\w*|that|of)",
        r"(?:was|were) (?:first )?reported by", r"reportedly", r"purportedly", r"supposedly",
        r"(?:it is|it was|it's) (?:reported|understood|said|rumou?red)",
        rf"{_BE} (?:widely |also |now )?(?:said|rumou?red|reported) to", r"(?:said|rumou?red|reported) to (?:be|have)\b",
    ],
    CaveatKind.CONDITION: [
        r"unless", r"barring", r"provid(?:ed|ing) (?:that )?(?=\w+ (?:is|are|was|were|can|will|does|do|has|have)\b)", r"so long as", r"as long as(?! (?:a|an|\d|possible|ever|usual|necessary|needed|they like|you like)\b)",
        r"only if", r"even if", r"on (?:the )?condition (?:that|of)", r"condition(?:ed|al)? (?:on|upon)", rf"{_BE} (?:\w+ )?(?:un)?conditional", r"(?:un)?conditionally",
        r"subject to (?:\w+ )?(?:approval|conditions?|review|change|confirmation|ratification|a vote)", r"contingent (?:on|upon)",
        r"in (?:the )?(?:event|case) (?:that|of)", r"hing(?:e|es|ed|ing) (?:on|upon)", r"depending (?:on|upon)", r"it (?:all )?depends (?:on|upon)", r"depend(?:s|ed|ing)? (?:on|upon) (?:whether|how|what|who|when|if)",
        r"(?:may|would|will|could) (?:include|require|come with) (?:requirements?|conditions?|restrictions?)",
        r"with (?:significant |important )?(?:caveats|strings attached|conditions attached)",
        r"come with (?:significant |several |some )?(?:caveats|conditions)", r"(?:bundling )?requirements? to",
        r"^(?:should (?:the|a|an|he|she|they|it|we|you|this|that|any)|provid(?:ed|ing))\b",  # "Should the bill pass, ..."
        r"if(?! only| not\b)",
    ],
    CaveatKind.UNCERTAINTY: [
        rf"{_BE} (?:still |also |now )?(?:unclear|uncertain|unknown|unconfirmed|unverified)", rf"{_BE} (?:far from|not (?:yet |entirely |immediately )?)clear",
        r"(?:it is|it's|it was|it remains) (?:not |un)(?:yet |immediately |entirely )?clear", r"unclear", r"uncertain(?:ty|ties)?",
        r"unknown", r"unconfirmed", r"unverified", r"unexplained", r"unanswered", r"undetermined", r"a mystery",
        rf"(?:not|\w+n't|never|nobody|no one|none) (?:\w+ )?(?:yet |been |be |immediately |publicly |officially |independently |fully )*{_KNOWN}",
        r"(?:could not|couldn't|cannot|can't|would not|wouldn't|did not|didn't|does not|doesn't|do not|don't) (?:immediately |independently )?(?:be )?(?:verify|verified|confirm|confirmed|say|tell|know|determine|establish)",
        r"(?:no|little|few|scant|limited) (?:further |more |other |official |immediate |recent |public |clear |firm )*(?:details?|information|indications?|explanation|word|sign|evidence|motive|confirmation|timetable|timeline|data|answers?|sense)",
        r"gave no (?:\w+ )?(?:details?|indications?|reasons?|explanation|information)",
        r"(?:did not|didn't|would not|wouldn't|has not|hasn't|have not|haven't) (?:give|provide|offer) (?:a |any |further |more )?(?:reasons?|details?|explanation|information|timetable|timeline)",
        r"(?:questions? (?:remain|remains|over|about|surround\w*|linger\w*|persist)|(?:raise|raised|raises|raising) (?:\w+ )?questions|open question)",
        r"(?:accounts|reports|estimates|figures) (?:differ|vary|varied|conflict)", r"(?:conflicting|differing|varying|contradictory) (?:reports|accounts|estimates|figures)",
        r"(?:preliminary|provisional|initial|early) (?:\w+ )?(?:results?|findings|reports?|estimates?|figures|indications?|tests?|data|investigation|assessment)",
        r"to no avail", r"(?:remains?|remained|yet) to be seen", r"neither (?:\w+ ){0,2}(?:would|could|will|did) (?:confirm|say|disclose|reveal)", r"(?:wonder\w*|unsure|not sure|undecided|debat\w*|decid\w+|determine|consider\w*) (?:about )?whether", r"(?:urged|urges|urging|called for) caution", r"caution(?:ed|s|ing)? (?:that|against|about)",
        r"(?:no|not any) (?:way|means) (?:of|to) (?:know|knowing|tell|telling|verify|verifying)",
        r"(?:does|do|did) not (?:examine|prove|show|establish|address|explain|account for|include|consider|look at|measure|capture|distinguish|reflect|take into account|imply)",
        r"(?:cannot|can't|could not|couldn't) (?:prove|establish|rule out|say for certain)",
        r"(?:not|n't|never|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to) (?:yet |be |been |publicly |completely |entirely )*(?:rule|rules|ruled|ruling)(?: it| this| that| them| anything)? out",
        r"(?:more|further|additional) (?:research|studies|work|data|evidence|trials) (?:is|are|will be|would be) (?:needed|required)",
        r"(?:not|n't) (?:yet )?(?:been )?(?:peer-)?reviewed", r"(?:treated|interpreted|viewed|taken|read) with caution",
        r"too (?:early|soon) to (?:say|tell|know|judge|draw (?:any )?conclusions)", rf"{_BE} (?:still |only )?(?:provisional|preliminary)",
        r"(?:association|correlation),? (?:and )?not (?:causation|cause|proof)", r"not (?:proof|evidence) of (?:cause|causation)",
        r"(?:not|n't) (?:been )?(?:randomi[sz]ed|blinded)", r"(?:small|limited|tiny) sample (?:size|of (?:[\d,]+|just|only|about|around|fewer|under))", r"sample (?:size )?(?:was|is|were) (?:small|limited|tiny)",
        r"limitations?", r"(?:has|have|had) (?:its |their |some |several |clear |important )?limits",
        r"admit(?:s|ted|ting)? (?:that )?(?:\w+ ){0,3}?(?:not|\w+n't|never|could|might|may|unsure|unclear)",
    ],
    CaveatKind.PENDING: [
        r"(?:has|have|had|is|are|was|were) yet to", r"(?:not|\w+n't) yet", rf"(?:not|\w+n't|nobody|no one|none of (?:them|the \w+)) (?:has |have |had |was |were )?(?:yet |been |be )*{_SETTLED}",
        r"nothing (?:has |have |had |was |is )?(?:yet |been |be )*(?:decided|agreed|finali[sz]ed|settled|signed|resolved)",
        rf"{_PROCESS}", r"under (?:review|investigation|consideration|scrutiny|way)", r"review(?:ing|s)? (?:the|whether|its|his|her|their|how)",
        r"(?:will|to|would|must|could) review", r"(?:a|an|the) (?:\w+ )?review (?:of|into)", r"look(?:s|ed|ing)? into",
        r"(?:trying|seeking|attempting|working|tried|sought|hoping) to (?:identify|determine|establish|find|locate|confirm|trace|verify|understand|clarify|work out|ascertain|learn)",
        r"to (?:determine|establish|ascertain|assess) (?:whether|how|what|where|why|who|if|the cause)",
        r"pending(?: \w+)?", r"await(?:s|ed|ing)?", r"(?:is|are|was|were|'s) due (?:to(?! (?:the|a|an|his|her|their|its|this|that|these|those)\b| [\w’']+-\w)|in|on|by|next|later|this|before|after)",
        r"(?:is|are|was|were|'s) (?:scheduled|slated|set|poised) (?:to|for)", r"(?:still )?(?:being |to be )(?:finali[sz]ed|negotiated|worked out|decided|determined|discussed|assessed)",
        r"(?:is|are|was|were) (?:still )?(?:considering|weighing|mulling|discussing|negotiating|exploring|assessing|examining|studying|evaluating|deciding)",
        r"will (?:decide|rule|consider|determine|vote|review|hear|testify|appear|announce|assess|examine|be (?:decided|determined|announced|released|known|sentenced|tried|charged|asked|questioned|heard|reviewed|assessed))",
        r"(?:remain|remains|are|is|were|wait(?:ing)?) in (?:a|the) queue", r"later rounds?", r"future approvals?",
        r"(?:still )?needs? (?:to be )?approv(?:al|ed)", r"(?:re-?trial|stand trial|face trial|go(?:es)? on trial|went on trial|on trial|ahead of (?:his|her|their|the) trial|trial (?:date|will)|trial (?:is|was) (?:set|scheduled|due|expected|adjourned|postponed|delayed))",
        r"(?:an?|the|his|her|their|next|court|preliminary|bail|disciplinary|sentencing|appeals?) hearing", r"(?:an|his|her|their|on|pending|lodged?|files?|filed|filing|launch(?:ed|es)?|plans? to|will|would|could|may|intends? to) appeal(?! (?:to raise|for (?:funds|money|donations|help|calm|unity)))", r"appeal (?:against|hearing|process)", r"appeal(?:ed|ing|s) (?:against|the|his|her|their)",
        r"(?:awaiting|awaits|await|ahead of|pending|faces?|facing|due for|set for|scheduled for) (?:his |her |their |the )?sentencing", r"will be sentenced", r"indict(?:ed|ment|ments)?", r"in custody", r"held without bail", r"(?:as yet|at this (?:stage|time|point))",
        r"in the (?:coming|next) (?:few )?(?:days|weeks|months|years)", r"appeal(?:s|ed|ing)? for (?:witnesses|information|anyone)",
    ],
    CaveatKind.DISPUTE: [
        r"accus(?:ed|es|e|ing|ation|ations|er|ers)", r"alleg(?:ed|edly|es|e|ing|ation|ations)",
        rf"claim(?:s|ed|ing)?(?! (?:the |a |an |his |her |their |its )?(?:\w+ )?(?:lives?|responsibility|credit|{_PRIZES}))",
        rf"(?:denied|denies|deny|denying) (?:that|any|all|everything|it|this|he|she|they|being|having|wrongdoing|involvement|knowledge|responsibility|(?:{_DET} )?(?:\w+ )?{_CLAIM})", r"(?:denied|denies)(?= ?[.,;:'\"]|$)", r"(?:a|the|his|her|their|its|flat|strong|firm) denials?", rf"disput(?:ed|ing)|disputes? (?:{_DET}|claims?|allegations?|reports?)", r"refut\w+", r"rebut\w*",
        rf"(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing) (?:{_DET} )?(?:\w+ )?{_CLAIM}",
        rf"(?:contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing)) (?:{_DET} )?(?:\w+ )?(?:claims?|allegations?|accusations?|ruling|decision|charges?|results?|findings|figures|account|version|verdict|conviction)", r"(?:is|are|was|were|hotly|strongly|fiercely|bitterly) contested", r"disagree\w*", r"contradict\w*", r"insist\w*",
        r"maintain(?:s|ed|ing)? (?:his|her|their) innocence", r"plead(?:ed|s|ing)? (?:not guilty|innocent)", r"pled not guilty",
        r"(?:untrue|baseless|unfounded|fabricated|falsified|falsely|a smear|absurd|not true|not the case)",
        r"charged with", r"(?<!in )charges? (?:of|against|that|over|related|in connection)", rf"(?:face|faces|faced|facing) (?:\w+ ){{0,3}}?{_SANCTION}",
        r"(?:criminal|corruption|murder|fraud|terrorism|manslaughter|assault|no) charges", r"suspected", r"on suspicion of",
        r"question(?:ed|ing|s)? (?:the|whether|his|her|their|its)", r"argu(?:e|es|ed|ing)\b",
        r"contend(?:s|ed|ing)?(?! with)", r"critics (?:say|said|argue|argued|claim|warn|fear)",
        r"(?:prosecutors?|prosecution|defen[cs]e (?:lawyers?|attorneys?|team|counsel)|(?:his|her|their) (?:lawyers?|attorneys?)) (?:\w+ ){0,3}?(?:said|says|say|told|argued|alleged|claimed|described|called(?! (?:\d|\w+ witness)))",
        r"declined to (?:comment|say|elaborate|discuss|confirm|answer|respond)", r"(?:did not|didn't|does not|doesn't|would not|wouldn't|has not|hasn't|have not|haven't|had not|hadn't) (?:yet )?(?:immediately )?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?|comment(?:ed)?)",
        r"neither (?:\w+ ){1,5}?(?:responded|replied|commented)", r"could not be reached", r"(?:nobody|no one) (?:\w+ ){0,4}?could be reached", r"no comment", r"refused to comment", r"(?:refused|refuses|declined|declines) to be drawn",
    ],
    CaveatKind.SPECULATION: [
        r"(?:may|might)(?= (?!(?:of|and|in|the|a|to|said|says|told|was|were|is|are|has|had|did|does)\b)[a-z])",
        rf"could(?! (?:easily|only|barely|hardly|do nothing|not (?:help|wait|believe|stop|keep)|{_CAPACITY})\b)(?<!how could)",
        r"can (?:\w+ )?(?:lead to|result in|cause|trigger|damage|harm|kill|worsen)",
        r"(?:perhaps|maybe|possibly|probably|presumably|apparently|seemingly|arguably|conceivabl[ey])",
        r"(?<!heir )apparent\b", r"(?:un)?likely", r"(?:likelihood|probability)", r"potential(?:ly)?",
        r"possible(?! (?:for|to) (?:\w+ )?(?:see|watch|buy|book|visit))",
        r"possibilit(?:y|ies)", r"(?:strong|slim|good|fair|little|real|some|no) chance", r"chances? (?:that|are)",
        rf"{_BE} (?:widely |generally |now |also |still |further )?(?:thought|believed|understood|feared|expected|projected|forecast|poised|tipped|estimated|suspected|likely|unlikely|set) to",
        r"(?:thought|believed|understood|feared|suspected|estimated|expected) to (?:be|have)\b", r"(?:is|are|was|were) expected\b", r"as expected",
        r"(?:expects?|expecting|anticipates?|anticipating) (?:(?:\w+ ){0,3}?to|that)\b",
        r"(?:it is|it was|it's) (?:thought|believed|feared|expected|possible|likely|unlikely|understood|suspected)",
        r"appear(?:s|ed|ing)? (?:to|as if|as though|that|likely|unlikely|intent|poised)", r"seem(?:s|ed|ing|ingly)?",
        r"suggest(?:s|ed|ing)?(?! (?:a|an|ways|solutions|changes|names|ideas|measures|improvements|alternatives)\b)",
        r"indicat(?:e|es|ed|ing) that", r"indications?", r"hint(?:s|ed|ing)? (?:that|at)",
        r"(?:believe|believes|believed|believing|think|thinks|thought|feared|assume|assumes|assumed|guess|reckon|reckons)(?: that)?(?! (?:of|about|in|up|back)\b| what[?!]|, ?['\"\u2018\u201c]|:)",
        r"speculat(?:e|es|ed|ing|ion|ive)", r"fears? (?:that|for|of)", r"doubt(?:s|ed|ful|ing)?",
        r"warn(?:s|ed|ing that)?", r"(?:estimates?|estimated (?:to|that|at)|an estimated)\b", r"(?:predict|predicts|predicted|predicting)", r"(?:forecasts?|projections?) (?:that|show\w*|suggest\w*|say|of|for)", r"(?:is|are|was|were) (?:forecast|projected)",
        r"(?:analysts?|experts?|economists?|observers?|scientists?|researchers?) (?:\w+ )?(?:suggest|say|expect|predict|believe|warn|estimate|think)s?",
        r"(?:are|is|were|was) (?:betting|wagering)(?= (?:that|on)? ?(?:the|a|an|\w+s?) (?:\w+ ){0,2}(?:will|would|could|might|may|is|are|to)\b)",
        r"(?:risks?|risked|risking) (?:of|that|\w+ing)", r"at risk", r"in line for", r"(?:vow|vows|vowed|pledge[sd]?|threaten(?:s|ed)?|promis(?:e|es|ed)) to",
        r"(?:are|is) (?:generally )?viewed as", r"(?:would|will|could) (?:\w+ )?(?:only )?(?:change|vary)",
    ],
}
# Matched against lower-cased text (curly apostrophes made straight), so the cues are written in lower case.
_NAMED_CUES = [(f"{kind.value}_{i}", cue) for kind, cues in CUES.items() for i, cue in enumerate(cues)]
_CONDITIONAL_IF = f"{CaveatKind.CONDITION.value}_{len(CUES[CaveatKind.CONDITION]) - 1}"
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz'")


def _first_letters(pattern: str) -> frozenset[str]:
    """The letters a match of `pattern` can start with: the first letter of a word, of each alternative of a
    leading group (and of what follows it when it is optional), past leading lookarounds. Every letter when
    the shape is any other, which is always safe."""
    while pattern.startswith(("(?<!", "(?<=", "(?!", "(?=")):
        pattern = pattern[_closing(pattern, 0) + 1 :]
    if pattern[:1] in _LETTERS and pattern[1:2] not in ("?", "*"):
        return frozenset(pattern[0])
    if pattern.startswith("(?:"):
        close = _closing(pattern, 0)
        after = pattern[close + 1 : close + 2]
        firsts = frozenset().union(*(_first_letters(branch) for branch in _branches(pattern[3:close])))
        if after == "?":
            return firsts | _first_letters(pattern[close + 2 :])
        if after not in ("*", "{"):
            return firsts
    return _LETTERS


def _unescaped(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of the pattern that is not escaped, with its index and the depth of parentheses it opens
    or sits at (an opening parenthesis counts at its new depth, a closing one at the depth it closes)."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        depth += char == "("
        yield index, char, depth
        depth -= char == ")"
        index += 1


def _closing(pattern: str, opening: int) -> int:
    """The index of the parenthesis closing the one at `opening` (the pattern's first, as used here)."""
    depth = next(d for i, _, d in _unescaped(pattern) if i == opening)
    closing = next((i for i, char, d in _unescaped(pattern) if i > opening and char == ")" and d == depth), None)
    if closing is None:
        raise ValueError(f"unbalanced cue pattern: {pattern}")
    return closing


def _branches(group: str) -> list[str]:
    """The top-level alternatives of a group's body."""
    bars = [i for i, char, depth in _unescaped(group) if char == "|" and depth == 0]
    return [group[begin + 1 : end] for begin, end in zip([-1, *bars], [*bars, len(group)], strict=True)]


def _by_first_letter() -> dict[str, re.Pattern[str]]:
    """One pattern per letter with the cues that can start with it, in the table's order: a word is tried
    against a few cues, not all of them."""
    firsts = [(name, cue, _first_letters(cue)) for name, cue in _NAMED_CUES]
    return {
        letter: re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{cue})" for name, cue, first in firsts if letter in first) + r")(?![\w-])")
        for letter in sorted(_LETTERS)
    }


_BY_FIRST_LETTER = _by_first_letter()
_WORD_START = re.compile(r"(?<![\w'])[a-z]|(?<=[a-z])'(?=[a-z])")  # a word, or a clitic ("it's")
# "if" hedges when the sentence draws a consequence from it ("China will retaliate if ..."), not in "as if" or a
# plain "I asked him if he knew".
_CONSEQUENCE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|'ll|'d|won't|going to)\b")
_AS_IF = re.compile(r"\b(?:as|even|asked|asking|wondered|wondering|know|knew|see|check|checked) $")
_NAME_AFTER = re.compile(r" (?!I\b)[A-Z][a-z]")  # a capitalised word after "May" (not "May I ask")
_PERSON_BEFORE = re.compile(r"\b(?:i|you|he|she|we|they)\s+$")
_OUTCOME_AFTER = re.compile(
    r"\s+(?:not\s+)?(?:be|have|face|become|lose|end|wind|soon|still|also|well|even|potentially|eventually|prove|cost|mean|lead)\b"
)
# "pleaded guilty to a single charge of fraud", "admitted two charges of theft": an accusation conceded
_ADMITTED = r"\b(?:guilty to|admit(?:s|ted|ting)?)\s+(?:\w+\s+){0,3}$"
_NOT = r"(?:\bnot|\bnever|n't)"
_NEGATED = _NOT + r"\s+$"
# A past tense or a participle after a word that is no form of "be" (an adverb in -ly aside): an act finished.
_DONE = r"\b(?!(?:is|are|was|were|be|been|being|get|gets|got|getting)\b)(?![\w']*ly\b)[\w']+\s+(?:\w+ly\s+)?$"
_BESIDE_FORECASTS = (
    r"\b(?:beat|beats|beating|missed|misses|missing|miss|above|below|topped|tops|topping|exceeded|exceeds|exceeding|"
    r"short of|ahead of|in line with|compared (?:with|to)|than)\s+(?:[\w'’.]+\s+){0,3}$"
)
_NOT_A_HEDGE_BEFORE = {
    # "the request was denied" is a refusal; "no denying" affirms
    "denied": r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$",
    # "she was warned that she was being filmed": told, no one's forecast
    "warned": r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?$",
    "denying": r"\bno\s+$",
    # "as soon as possible", "the best possible", "changed what was possible"
    "possible": r"\b(?:as \w+ as|the \w+est|the (?:best|worst|most|least)|whenever|wherever|where|if|when)\s+$|\bwhat (?:\w+ ){0,2}(?:is|was|are|were)\s+$",
    # "no doubt", "beyond reasonable doubt"
    "doubt": r"\b(?:no|without(?: a)?|little|beyond(?: a| any)?(?: reasonable| all)?)\s+$",
    "believe": r"(?:\bhard to|\bcannot|\bnot|n't)\s+$",
    # "take a minute to think", "scary to think": no one's belief
    "think": r"\bto\s+$",
    # "people depending on food aid" relies; ", depending on the weather" conditions
    "depending": r"\w\s+$",
    # "press charges" is a complainant's step, not an allegation; "take charge of" a role
    "charges": r"\bpress\s+$|" + _NOT + r"\s+(?:face|facing)\s+$|" + _ADMITTED,
    "charge": r"\b(?:take|takes|took|taking|taken|assume|assumes|assumed)\s+$|" + _ADMITTED,
    # "the most likely to report" is a ranking
    "likely": r"\bthe most\s+$",
    # "older than first thought" compares with what was believed before; "changed what we thought was possible"
    "thought": r"\b(?:than|what) (?:\w+ )?$",
    # "is not facing charges", "was never charged with": no accusation stands
    "facing": _NEGATED,
    "face": _NEGATED,
    "faces": _NEGATED,
    "charged": _NOT + r"\s+(?:been\s+|be\s+)?$",
    # "Police investigated the attack", "the officers investigated have been fired": done; "is being investigated" is not
    "investigated": _DONE,
    # "no formal investigation has been opened": none under way
    **dict.fromkeys(("investigation", "investigations", "inquiry", "inquiries", "probe", "probes", "inquest"), r"\bno (?:\w+ )?$"),
    # "beating estimates of $16.18 billion", "compared with analysts' average estimate": a result set beside forecasts
    "estimates": _BESIDE_FORECASTS,
    "estimate": _BESIDE_FORECASTS,
}
_OTHER_SENSE_BEFORE = {word: re.compile(pattern) for word, pattern in _NOT_A_HEDGE_BEFORE.items()}
# A process the sentence reports as finished is not pending: "the inquiry found", "was investigated in 2010".
_CONCLUDED = re.compile(
    r"\b(?:found that|concluded|cleared (?:him|her|them|of)|was closed|were closed|(?:was|were|had been) (?:\w+ )?(?:investigated|probed|reviewed|tried) (?:\w+ ){0,4}?(?:in|during|back in) (?:19|20)\d\d)"
)


_WINDOW = 60  # characters before a cue that decide its sense


def find_cues(text: str, span: Span) -> list[Cue]:
    """The caveat cues in text[span], in order: each word is tried against the cues that can start with it."""
    sentence = text[span.start : span.end]
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in sentence)
    lowered = lowered.replace("\u2019", "'")
    reading = _Reading(sentence, lowered)
    cues: list[Cue] = []
    resume = 0
    for word in _WORD_START.finditer(lowered):
        if word.start() < resume:
            continue
        match = _BY_FIRST_LETTER[word.group()].match(lowered, word.start())
        if match is None or match.lastgroup is None or not reading.hedges(match, match.lastgroup):
            continue
        begin, end = span.start + match.start(), span.start + match.end()
        cues.append(Cue(text=text[begin:end], span=Span(start=begin, end=end), kind=CaveatKind(match.lastgroup.rsplit("_", 1)[0])))
        resume = match.end()
    return cues


class _Reading:
    """One sentence and what is decided once for it: whether it draws a consequence, whether a process in
    it is over."""

    def __init__(self, sentence: str, lowered: str) -> None:
        self.sentence = sentence
        self.lowered = lowered
        self._consequence: bool | None = None
        self._concluded: bool | None = None

    def hedges(self, match: re.Match[str], group: str) -> bool:
        """Whether this reading of the cue hedges: a cue word is written in lower case mid-sentence (not the
        month "May" or a name like "Bureau of Investigation"); 'could' after a personal pronoun is ability ("she could see") unless a verb of outcome
        follows; the words before do not give it another sense ("was denied", "as soon as possible"); 'if'
        has a consequence; a pending process is not one the sentence says is over."""
        lowered, start = self.lowered, match.start()
        before = lowered[max(0, start - _WINDOW) : start]
        word = match.group().split(" ", 1)[0]
        previous = self.sentence[:start].rstrip()[-1:]
        if self.sentence[start].isupper() and (previous.isalnum() or previous in (",", ";")):
            return False  # a cue word capitalised mid-clause is part of a name: "May", "Bureau of Investigation"
        if word == "may" and self.sentence[start] == "M" and _NAME_AFTER.match(self.sentence, start + 3):
            return False  # a name opening the sentence: "May Pat Christie, 51, quit", "May Day"
        if self.sentence[start : match.end()].isupper() and self.sentence[match.end() : match.end() + 1] == ":":
            return False  # a label in capitals: a product's "CLAIMS:", set beside its "VERDICT:"
        if word == "could" and _PERSON_BEFORE.search(before) and not _OUTCOME_AFTER.match(lowered, match.end()):
            return False
        other_sense = _OTHER_SENSE_BEFORE.get(word)
        if other_sense is not None and other_sense.search(before):
            return False
        if group == _CONDITIONAL_IF:
            if self._consequence is None:
                self._consequence = _CONSEQUENCE.search(lowered) is not None
            return self._consequence and _AS_IF.search(before) is None
        if group.startswith(CaveatKind.PENDING.value):
            if self._concluded is None:
                self._concluded = _CONCLUDED.search(lowered) is not None
            return not self._concluded
        return True


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
