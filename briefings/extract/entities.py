"""Entities without a statistical model: capitalised sequences, context patterns and a small lexicon."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from briefings.budget import check
from briefings.extract.numbers import NUMBER_WORDS, ORDINALS
from briefings.model.article import BODY_KINDS, Article, Block, BlockKind, Span
from briefings.model.briefing import Entity, EntityKind
from briefings.model.span import in_spans
from briefings.text.lexicon import (
    ALIASES,
    COMMON_CAPITALISED,
    COUNTRIES,
    DEMONYMS,
    EVENT_HEADS,
    GIVEN_NAMES,
    GROUP_PLURALS,
    ORGANIZATION_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    QUOTE_CODE,
    REGIONS,
)
from briefings.text.words import can_be_noun, is_plural_noun, word_classes

# Tokens that can belong to a name: capitalised words, figures, camel-case products, connectors.
# Lower-case words in between are skipped; the gap they leave ends a name (see _joins).
_CANDIDATE = re.compile(
    r"(?<![\w’'.&#@-])(?:[A-Z0-9][\w’'.&-]*|[a-z]+[A-Z][\w’'.&-]*|[a-z]{1,3}-[A-Z][\w’'.&-]*|(?:of|de|&|van|von|bin|ibn|al|el|del|da|di|du|der|den|dos|for|on|and|the|party)(?![\w’'.&-]))"
)
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
_POSSESSIVE = re.compile(r"[’']s?$")
_PRODUCT = re.compile(r"^(?:[A-Z]+\d+[A-Za-z\d]*|[a-z]+[A-Z]\w*)$")
_ABBREVIATED_SUFFIXES = frozenset({"Inc", "Corp", "Co", "Ltd", "Jr", "St"})
_CONNECTORS = frozenset(
    {"of", "de", "&", "van", "von", "bin", "ibn", "al", "el", "del", "da", "di", "du", "der", "den", "dos", "ez", "es", "ul", "ud", "for", "on", "and", "the"}
)
_JOINING_WORDS = _CONNECTORS | {"party"}  # words that go on a name begun and start none
# Connectors that join only inside an organisation's name ("Institute for Health Metrics and Evaluation", "Council on
# Foreign Relations", "Freedom and Justice Party"); elsewhere they part two names ("Obama and Biden").
_LONGEST_NAME = 16  # words; a longer run of capitalised words and connectors is a list, not one name
_ORGANIZATION_CONNECTORS = frozenset({"for", "on", "and", "the"})
# Words that open a compound title ("Field Marshal", "Staff Sgt.", "Assistant State's Attorney").
_TITLE_PREFIXES = frozenset(
    """Field Staff Lance Rear Major Brigadier Chief Assistant Deputy Senior Acting Executive Managing Special District
    Financial Operating Technology Marketing Information Investment Medical Scientific Commercial Legal Press
    State Interior Foreign Defense Defence Home Finance Justice Health Education Trade Treasury Commerce Energy
    Transport Transportation Culture Environment Labor Labour Agriculture Prime Attorney Solicitor Surgeon House
    Majority Minority Opposition Communities Business Housing Pensions Brexit Homeland Security Veterans Immigration
    Policing Equalities Digital Development Climate Cabinet Industry Science Sport Welfare Employment Royal""".split()
)
# Words capitalised in any sentence that belong to a name inside it: "Local Government Association", "First World
# War", "Western Australia" (never at a name's ends: "Government officials", "the UK Government said").
_INSIDE_NAMES_ONLY = frozenset("Government Supply Domestic Internet Western Eastern Northern Southern First Second Third".split())
# ... and those that may end one too: "Football Supporters Federation", "Lawful Permanent Residents" (not "Critics of").
_COMMON_IN_NAMES = _INSIDE_NAMES_ONLY | GROUP_PLURALS
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*$")
_MEMBERS = frozenset({"MP", "MEP", "MSP", "MLA"})  # a member's title follows a party, not a title's word ("Labour MP")
_QUOTED = re.compile(r"(?<![\w’'])['‘\"“]([A-Z][^'’\"”\n]{0,80}?)['’\"”](?![\w’'])")
_TITLE_SMALL_WORDS = frozenset("a an the of on in and with to for at by from or".split())
_PAIR = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) and ([A-Z][a-z]+)(?![\w-])")
_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w-])")
# Words that are part of names but no name alone ("North" of "North Korea").
_NEVER_ALONE = frozenset("North South East West Central Upper Lower New Old Great Little Greater Saint St".split())
_INITIAL = re.compile(r"^[A-Z]\.$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,2}$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_SENTENCE_GLUE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z])|(?<=[a-z0-9])\.(?=[A-Z][a-z])")
_SENTENCE_OPENERS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our But And Or So Yet However While
    Although Though When Where Why How What Who Which If In On At For As After Before Since Until Meanwhile Still Also
    Then Now Some Many Most All No Not Each Every Both Even Other Such Over Under From By With Without Despite
    During Like Unlike Among Did Does Do Is Are Was Were Will Would Can Could Should Has Have Had Yes One Two Three
    Four Five Six Seven Eight Nine Ten Former Ex Late Reporting Editing Writing Additional""".split()
)

# Prepositions and conjunctions, which the lexicon of open-class words lacks.
_FUNCTION_WORDS = frozenset(
    """Although Despite Unless Whereas Whilst Amid Amidst Nor Because During Against Towards Toward Upon Onto Into Via
    Per Versus Beneath Beside Besides Between Beyond Behind Below Above Across Along Alongside Around Throughout Till
    Whom Whose Whoever Whatever Whichever Wherever Whenever Hence Thereafter Otherwise Lest Albeit Notwithstanding
    Regarding Concerning Including Excluding Following Plus Minus Amongst Among Within Than Whether Whereby""".split()
)
_DISCOURSE_ADVERBS = frozenset(
    "However Meanwhile Moreover Furthermore Nevertheless Nonetheless Therefore Thus Also Here There Perhaps Maybe Indeed Instead".split()
)
# Words that are never a name nor start one, wherever they stand: pronouns (and their contractions: "I'm", "It's"),
# determiners, discourse adverbs. Capitalised mid-sentence ("I said", "as It happened") they are still none.
_NEVER_NAMES = _DISCOURSE_ADVERBS | frozenset(
    """I Me My Mine We Us Our Ours You Your Yours He Him His She Her Hers It Its They Them Their Theirs This That
    These Those The A An Yes No Oh Please Another Every Each Some Any Many Most Such Everything Everyone Everybody
    Something Someone Somebody Anything Anyone Anybody Nothing Nobody None""".split()
)


def _contracted(word: str) -> str:
    """The word before an apostrophe ("I" of "I'm"); the word itself when it has none."""
    return word.replace("’", "'").partition("'")[0]


@dataclass
class _Candidate:
    """One entity while it is gathered: `name` is its canonical name ("United States"), `written` counts the names
    the article gives it ("U.S."); the most written one names it, so that every name shown is in the text."""

    name: str
    kind: EntityKind
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    written: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, start: int, end: int) -> None:
        self.written[name] += 1
        self.mentions.append(Span(start=start, end=end))

    def entity(self) -> Entity:
        shown = self.written.most_common(1)[0][0]
        aliases = (self.aliases | set(self.written) | {self.name}) - {shown}
        return Entity(name=shown, kind=self.kind, aliases=sorted(aliases), mentions=sorted(self.mentions, key=lambda s: s.start))


def extract_entities(article: Article) -> list[Entity]:
    """Entities of the article's body and headline, most mentioned first."""
    text = article.text
    blocks = [b for b in article.blocks if b.kind in BODY_KINDS or b.kind is BlockKind.HEADLINE]
    starts = {s.span.start for s in article.sentences} | {b.span.start for b in blocks}
    pairs = _fixed_pairs(text)
    quoted = [_quoted_titles(text, block.span) for block in blocks]
    titles = {begin for spans in quoted for begin, _ in spans}
    lower_words = set(_LOWER_WORD.findall(text))  # the words the article writes in lower case
    raw = _refined(text, _with_possessive_heads(text, _raw_names(text, blocks, quoted, starts, pairs)), lower_words)
    context = _Context(raw, lower_words)
    found: dict[str, _Candidate] = {}
    for name, start, kind in _dateline_names(article):
        key = _as_the_body_writes(name, text) if kind is EntityKind.PLACE else name
        found.setdefault(key, _Candidate(key, kind)).add(name, start, start + len(name))
    for name, start, end, at_start in raw:
        if start in titles:
            found.setdefault(name, _Candidate(name, EntityKind.OTHER)).add(name, start, end)
            continue
        name, start = _without_leading_words(name, start, at_start, context)
        name = _without_post_nominals(_without_trailing_title(name))
        if context.is_name(name, at_start and not _an_affiliation(text, name, start)) and not context.a_label_or_an_adjective(
            name, text, start + len(name)
        ):
            _add_mention(found, text, name, start, end)
    _no_people_after_the(text, found)
    _merge_surnames(found)
    _merge_acronyms(found)
    entities = [candidate.entity() for candidate in found.values()]
    return sorted(entities, key=lambda e: (-e.count, e.mentions[0].start))


def _add_mention(found: dict[str, _Candidate], text: str, name: str, start: int, end: int) -> None:
    """Count a mention of `name` (at start to end) under its canonical name, its kind told by its first mention, or
    by a title before a later one, or a later result that makes a place a team ("Salah sends Liverpool top", then
    "Liverpool beat Brighton 3-1")."""
    bare = _without_legal_form(name)
    canonical = ALIASES.get(bare, bare).replace("’", "'")  # "O’Toole" and "O'Toole" are one
    candidate = found.get(canonical)
    if candidate is None:
        candidate = found[canonical] = _Candidate(canonical, _kind(canonical, text, start) if bare == name else EntityKind.ORGANIZATION)
    elif candidate.kind in _FALLBACK_KINDS and _titled(text, start) and _kind_by_lexicon(canonical) is None:
        candidate.kind = EntityKind.PERSON  # "Drake", then "rapper Drake"
    elif candidate.kind is EntityKind.PLACE and _a_side_in_a_match(name, text, start):
        candidate.kind = EntityKind.ORGANIZATION
    candidate.add(name, start, end)


def _no_people_after_the(text: str, found: dict[str, _Candidate]) -> None:
    """People's names that a phrase after "the" shows are no one's (see `_after_the`) become "other"."""
    for candidate in found.values():
        if candidate.kind is EntityKind.PERSON and _after_the(text, candidate):
            candidate.kind = EntityKind.OTHER  # "the Golf Channel", "the Dutch Grand Prix": no one's name


def _after_the(text: str, candidate: _Candidate) -> bool:
    """Whether a name of several words heads a phrase after "the" and never comes after a title: a body's, an
    event's or a place's, not a person's ("at the Vicente Calderon on Tuesday", "the Golf Channel said"; a person's
    name may qualify a noun there, "the Boris Johnson government", and "the Rev. Jesse Jackson" is titled)."""
    if " " not in candidate.name:
        return False
    mentions = candidate.mentions
    headed = any(text[max(0, m.start - 4) : m.start] in ("the ", "The ") and not _NOUN_AFTER.match(text, m.end) for m in mentions)
    return headed and not any(_titled(text, m.start) for m in mentions)


_NOUN_AFTER = re.compile(r" (?!(?:and|or|to|of|in|on|at|for|with|by|from|is|was|has|had|said|says|will|would|who|which|that)\b)[a-z]")


def _an_affiliation(text: str, name: str, start: int) -> bool:
    """Whether a word opening a sentence is whom the person named after a role belongs to: "Arsenal manager Mikel
    Arteta", "Tottenham boss Ange Postecoglou", or whom a clause of "who" tells of: "Arsenal, who are second, host
    Chelsea" (a name there, though the article never writes it mid-sentence; not a plural: "Officials, who spoke")."""
    if " " in name or name in _NOT_AFFILIATIONS:
        return False
    if _WHO_AFTER.match(text, start + len(name)):
        lower = name.lower()
        return not (lower.endswith("s") and word_classes(lower[:-1])) and name not in ORGANIZATION_HEADS  # "Police, who"
    return _ROLE_AND_NAME.match(text, start + len(name)) is not None


_WHO_AFTER = re.compile(r", (?:who|whose) ")


_NOT_AFFILIATIONS = _TITLE_PREFIXES | {"Shadow", "Former", "Ex", "Then", "New", "Interim", "Outgoing"}  # "Shadow minister Ed Balls"
_ROLE_AND_NAME = re.compile(
    r" (?:manager|boss|coach|chief|spokesman|spokeswoman|spokesperson|chairman|owner|founder|striker|defender|"
    r"midfielder|goalkeeper|captain|winger|forward|MP|MEP|CEO|president|leader|minister|star|legend) [A-Z][a-z]+ [A-Z]"
)


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form, so that "Apple Inc." and "Apple" are one: "Nvidia Corp.", "Acme Ltd";
    a party's without the word "party" after it ("the Chega party" and "Chega"); a website's without its domain
    ("StatusPeople.com" and "StatusPeople")."""
    if "." in name and _A_SITE.fullmatch(name):
        return name.split(".", 1)[0]
    head, _, last = name.rpartition(" ")
    return head if head and last.rstrip(".") in _LEGAL_FORMS and head.rsplit(" ", 1)[-1] not in _CONNECTORS else name


_LEGAL_FORMS = frozenset("Inc Corp Co Ltd LLC PLC Plc plc AG SA SE NV GmbH SpA BV party".split())


def _without_leading_words(name: str, start: int, at_start: bool, context: _Context) -> tuple[str, int]:
    """The name without the words before it that are not its own: a sentence's opening word, a nationality before
    a person ("Australian Marc Leishman"), a common word or a plural noun and "of" opening a sentence ("Cleaner
    Otilio Padilla", "Shares of Tesla Inc")."""
    name, start = _without_opener(name, start, at_start=at_start)
    for _ in range(_described_person(name)):
        name, start = _without_opener(name, start, always=True)
    if " " in name and at_start and (context.common_opener(name.split(" ")[0]) or _plural_of(name)):
        name, start = _without_opener(name, start, always=True)
        while name.split(" ")[0] in _CONNECTORS:
            name, start = _without_opener(name, start, always=True)
    return name, start


def _without_trailing_title(name: str) -> str:
    """A body's acronym or known name without the title of its officer after it ("NATO" of "NATO Secretary-General
    Jens Stoltenberg", "FBI" of "FBI Director Christopher Wray"; "Communities Secretary" names no body)."""
    head, _, last = name.rpartition(" ")
    return head if head and last in PERSON_TITLES and (head.replace(".", "").isupper() or _known(head)) else name


def _without_post_nominals(name: str) -> str:
    """A person's name without the letters of an office or an honour after it ("Stephen Kramer" of "Stephen Kramer
    QC", "Emily Thornberry" of "Emily Thornberry MP", "John Smith" of "John Smith OBE")."""
    head, _, last = name.rpartition(" ")
    return head if last in _POST_NOMINALS and " " in head and _a_person_s_name(head.split(" ")) else name


_POST_NOMINALS = frozenset("QC KC SC MP MEP MSP MLA TD OBE MBE CBE KBE DBE GBE OM VC GC JP".split())


def _a_mood(word: str) -> bool:
    """Whether a capitalised word is, to the lexicon, only a past participle or only an adjective, of some length:
    how someone felt, opening a caption ("Shocked Terry Cooper", "Unpopular Bubba Watson"; not "Rich", "Sunny")."""
    lower = word.lower()
    classes = set(word_classes(lower))
    return (classes == {"VERB"} and lower.endswith("ed") and len(lower) >= 6) or (classes == {"ADJ"} and len(lower) >= 7)


def _described_person(name: str) -> int:
    """How many words of a nationality, a party or a role begin a name to describe the person named after them: one
    in "Australian Marc Leishman", "Spaniard Julen Lopetegui", "Tory Ruth Davidson", "Schoolboy Frankie Franz", two
    in "Liberal Democrat Willie Rennie"; a first and a last name must follow (none in "British Airways", "American
    Express", "the Chinese Grand Prix", "British Medical Journal")."""
    words = name.split(" ")
    described = 2 if " ".join(words[:2]) in _AFFILIATIONS else 1 if words[0] in _NATIONALS or words[0] in _AFFILIATIONS else 0
    if not described and words[0].lower() in _DESCRIBING_ROLES:
        described = 1  # a caption's "Schoolboy Frankie Franz", "Pensioner Jean Smith"
    rest = words[described:]
    if described and len(rest) == 1 and _one_name(rest[0]) and not _known(name):
        return described  # a player known by one name: "Brazilian Dante", "Argentine Messi" (not "British Airways")
    if not described or len(rest) != 2 or not _NOT_IN_A_PERSON_S_NAME.isdisjoint(rest):
        return 0
    person = all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() and w[1:].islower() for w in rest)
    return described if person else 0


def _one_name(word: str) -> bool:
    """A word that can be a person's one name: capitalised, no word of the lexicon, no people nor a known name
    ("Dante"; not "Arabia" of "Saudi Arabia", "Christians")."""
    return word.isalpha() and word[1:].islower() and not word_classes(word.lower()) and not _known(word) and word not in GROUP_PLURALS


# One person's nationality ("Thais Conway Hanson" is a name): the lexicon's, and those that are first names too.
_NATIONALS = frozenset(w for w in DEMONYMS if not w.endswith("s")) | frozenset("Dane Swede Finn Pole Turk".split())
_AFFILIATIONS = frozenset({"Tory", "Labour", "Conservative", "Democrat", "Republican", "Liberal Democrat", "Lib Dem", "Green", "SNP", "Ukip"})
_NOT_IN_A_PERSON_S_NAME = ORGANIZATION_HEADS | PLACE_HEADS | EVENT_HEADS | frozenset(
    "Grand Prix Open League Football Express Airlines Airways Journal Party Times News Post".split()
)


def _plural_of(name: str) -> bool:
    """Whether a name opening a sentence starts with a common noun in the plural and "of": the noun is the
    sentence's, the name after it ("Shares of Tesla Inc fell", "Residents of Leeds"; "Friends of the Earth" is one)."""
    first, _, rest = name.partition(" ")
    plural = is_plural_noun(first.lower()) and "NOUN" in word_classes(first.lower())
    return plural and rest.startswith("of ") and (not rest.startswith("of the ") or first in _HOLDERS)


# Plurals that open a sentence before "of the" and a name as what is held in it or who belong to it, never a name
# of their own: "Shares of the Santa Clara company", "Residents of the Bronx" (not "Friends of the Earth").
_HOLDERS = frozenset("Shares Stocks Bonds Residents Members Supporters Fans Staff Workers Employees Parents Pupils".split())


def _raw_names(
    text: str, blocks: list[Block], quoted: list[list[tuple[int, int]]], starts: set[int], pairs: frozenset[str]
) -> list[tuple[str, int, int, bool]]:
    """The runs of capitals of each block (with whether each opens a sentence); those of a headline in title case
    only where the body confirms them."""
    raw: list[tuple[str, int, int, bool]] = []
    title_cased: list[tuple[str, int, int, bool]] = []
    for block, quoted_titles in zip(blocks, quoted, strict=True):
        check()
        # A headline is in title case: each of its words counts as opening a sentence.
        headline = block.kind is BlockKind.HEADLINE
        names = _names(text, block.span, quoted_titles, starts, pairs, titled=headline)
        (title_cased if headline and _in_title_case(text[block.span.start : block.span.end]) else raw).extend(names)
    body = {name for name, *_ in raw} | {name.rsplit(" ", 1)[1] for name, *_ in raw if " " in name}  # "Obama" of "Barack Obama"
    return _confirmed_by_the_body(title_cased, body) + raw


def _in_title_case(line: str) -> bool:
    """Whether a headline capitalises its words ("Fed Holds Rates Steady As Inflation Cools"): three in four of its
    words of four letters or more, and at least three."""
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and sum(not w.islower() for w in words) >= 0.75 * len(words)  # "iPhone" is capitalised


_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def _confirmed_by_the_body(
    headline: list[tuple[str, int, int, bool]], body: set[str]
) -> list[tuple[str, int, int, bool]]:
    """Of the runs of capitals a title-case headline makes, the names the body confirms (`body`: its names and their
    last words): a run the body also names, else its longest parts that it does ("Apple Unveils New iPhone At
    Cupertino Event": "Apple", "Cupertino"; "Obama Visits Kenya": "Obama", "Kenya")."""
    kept: list[tuple[str, int, int, bool]] = []
    for name, start, _, _ in headline:
        words = [(m.group(), start + m.start(), start + m.end()) for m in _WORD_IN_NAME.finditer(name)]
        i = 0
        while i < len(words):
            j = next((j for j in range(len(words), i, -1) if _confirmed(" ".join(w for w, *_ in words[i:j]), body)), i)
            if j > i:
                kept.append((" ".join(w for w, *_ in words[i:j]), words[i][1], words[j - 1][2], False))  # the body names it mid-sentence
            i = max(j, i + 1)
    return kept


_WORD_IN_NAME = re.compile(r"\S+")


def _confirmed(name: str, body: set[str]) -> bool:
    return name in body or _known(name)


def _fixed_pairs(text: str) -> frozenset[str]:
    """Two capitalised words joined by "and" more than once and never written apart, neither a known name, the first
    no head that closes a name nor a title: one name ("Freedom and Justice", not "Alibaba and Tencent", "Festival and
    Lollapalooza", "Duke and Duchess")."""
    pairs = Counter(f"{a} and {b}" for a, b in _PAIR.findall(text) if a not in ORGANIZATION_HEADS and a not in _NOBLE_TITLES)
    words = Counter(_CAPITALISED_WORD.findall(text))
    return frozenset(
        pair for pair, n in pairs.items() if n > 1 and all(words[w] == n and not _known(w) for w in pair.split(" and "))
    )


class _Context:
    """What the article says about its capitalised words: which stand mid-sentence, which belong to longer names,
    which it also writes in lower case."""

    def __init__(self, raw: list[tuple[str, int, int, bool]], lower_words: set[str]) -> None:
        self.mid_sentence = {name for name, _, _, at_start in raw if not at_start}
        self.mid_sentence_words = {word for name in self.mid_sentence for word in name.split(" ")}
        self.in_longer_names = {word for name, *_ in raw if " " in name for word in name.split(" ")}
        self.surnames = {name.rsplit(" ", 1)[1] for name in {name for name, *_ in raw if " " in name} if _a_person_by_name(name)}
        self.lower_words = lower_words

    def written_lower(self, word: str) -> bool:
        """Whether the article writes the word, its singular or its plural in lower case ("critics", "footage")."""
        lower = word.lower()
        return lower in self.lower_words or lower + "s" in self.lower_words or (lower.endswith("s") and lower[:-1] in self.lower_words)

    def common_opener(self, word: str) -> bool:
        """A sentence's first word that is no name's: never capitalised mid-sentence, and a participle ("Complicating
        Mnuchin's efforts") or a word the article writes in lower case ("Cleaner Otilio Padilla")."""
        if word in self.mid_sentence_words or _known(word) or word.isupper():
            return False
        return word.endswith("ing") or self.written_lower(word) or _a_mood(word)

    def words_of_a_name(self, words: list[str]) -> bool:
        """Whether several words make a name rather than a title's words or a label's letter run on."""
        if len(words) == 2 and words[1] in PERSON_TITLES and words[1] != "Executive" and words[0] not in ORGANIZATION_HEADS:
            return False  # a role without its holder: "Communities Secretary", "Staff Sergeant" (an executive is a body too)
        if all(w in _TITLE_PREFIXES or w in PERSON_TITLES for w in words):
            return False  # the words of a title before its possessive: "Assistant State" of "Assistant State's Attorney"
        return not (len(words) == 2 and _INITIAL.match(words[0]) and self.written_lower(words[1]))  # "labelled C. Adult females are"

    def is_name(self, name: str, at_start: bool) -> bool:
        if not name or len(name) == 1 or name.rstrip(".") in _ABBREVIATED_SUFFIXES or name in _NEVER_ALONE or name in PERSON_TITLES:
            return False
        if name.endswith("s") and name[:-1].isupper() and name[:-1] in PERSON_TITLES:
            return False  # holders of a title: "MPs", "CEOs"
        if _PARTY_AND_STATE.match(name):
            return False  # a US legislator's party and state: "D-Md.", "R-Texas"
        words = name.split(" ")
        if len(words) > 1 and not self.words_of_a_name(words):
            return False
        return " " in name or _known(name) or self.a_one_word_name(name, at_start)

    def a_one_word_name(self, name: str, at_start: bool) -> bool:
        """Whether a word alone, which no lexicon knows, is a name here."""
        if at_start and name not in self.mid_sentence:  # "Chelsea, who face United on Sunday, lead by seven points"
            # "Reed is being held", after "Marcus Reed"; "StatusPeople.com, the oldest tool, reports"
            return self.unknown_word(name) or name in self.surnames or _A_SITE.fullmatch(name) is not None
        if set(word_classes(name.lower())) == {"ADV"} and name not in self.in_longer_names:
            return False  # an adverb alone opens a sentence run on ("the past few decades Ever since her husband")
        if name.isupper():  # an acronym, not a word shouted ("CLAIMS:" over a paragraph)
            return len(name) < 5 or not word_classes(name.lower())
        # A common word run into a sentence whose full stop is missing ("in the melee Footage shows"): the article
        # also writes it in lower case. A surname is kept ("May" of "Theresa May").
        return name in self.in_longer_names or not self.written_lower(name)

    def unknown_word(self, name: str) -> bool:
        """Whether a capitalised word opening a sentence is one no lexicon knows and the article never writes in lower
        case: a name, as common words open sentences (not a function word, a number's, an adverb in -ly or the plural
        of a known word: "Although", "Seventeen", "Worryingly", "Survivors")."""
        lower = name.lower()
        if len(name) < 3 or not name.isalpha() or name in _SENTENCE_OPENERS or name in _FUNCTION_WORDS or lower in NUMBER_WORDS:
            return False
        if lower in ORDINALS or lower.endswith("ly") or (lower.endswith("s") and word_classes(lower[:-1])):
            return False
        return not word_classes(lower) and not self.written_lower(name) and not _a_compound_plural(lower)

    def a_label_or_an_adjective(self, name: str, text: str, end: int) -> bool:
        """Whether a capitalised word, that no longer name holds, is an adjective opening a caption or a sentence
        whose full stop is missing, before its noun or a colon ("kite flying dates back 2,000 years Global appeal:",
        "on U.S. Highway 36 Numerous crashes"; not "her husband Matt, 34", "Swift said"), or a common noun before a
        colon, a label ("Referee: Martin Atkinson"; "Trump:" is kept where "Donald Trump" is named); or a common
        word before its noun after a clause's end (see `_a_word_opening_a_run_on_sentence`), though a longer name
        holds it ("Museum of Modern Art")."""
        if " " in name or name.isupper() or _known(name):
            return False
        classes = set(word_classes(name.lower()))
        after = _NOUN_OR_COLON.match(text, end)
        if after is None:
            return False
        if name in _RACES and after.group(1) is not None and after.group(1) not in _FINITE_VERBS and can_be_noun(after.group(1)):
            return True  # "the first Black astronaut", "White voters" (not "White said")
        if classes & {"NOUN", "ADJ"} and after.group(1) is not None and _a_word_opening_a_run_on_sentence(text, end - len(name), after.group(1)):
            return True
        if name in self.in_longer_names:
            return False
        if classes == {"ADJ"}:
            return after.group(1) not in _FINITE_VERBS
        return "NOUN" in classes and after.group(1) is None


_RACES = frozenset("Black White Indigenous Hispanic Latino Latina Latinx Aboriginal".split())  # capitalised as adjectives
_A_SITE = re.compile(r"[A-Z][\w-]*\.(?:com|org|net|io|co\.uk|org\.uk|gov|edu|tv|fm|ai)")  # a website's name
# Words that end a clause and are no noun: object pronouns, adverbs of time ("did not allow it", "was sent home yesterday").
_CLAUSE_ENDINGS = frozenset("it them him us me today yesterday tonight ago later earlier again too".split())
# Words that lead into what follows them, a name as well as any noun: articles, possessives, quantifiers, prepositions,
# conjunctions (LemmInflect lists "another", "each", "such" as nouns).
_LEADING_WORDS = frozenset(
    """the a an of for to from by with at in on into onto and or but nor as than like his her their its our my your
    this that these those about over under after before via per against among between during without within another
    each any some all both neither such what which whose many other every one""".split()
)
_ENDS_A_CLAUSE = re.compile(r"(?:(?<![\w’'-])([a-z]+)|\))[ \t]$")


def _a_word_opening_a_run_on_sentence(text: str, start: int, following: str) -> bool:
    """Whether a capitalised noun or adjective at `start`, before the noun `following`, opens a sentence whose full stop is
    missing: a word that can end a clause goes before it ("did not allow it Family commitments will keep him away",
    "(above) Modern versions of the stick"), not one that leads into a name ("the Fire volcano")."""
    before = _ENDS_A_CLAUSE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _LEADING_WORDS:
        return False  # "grateful to God that", "our Badger cask ales"
    if word is not None and word not in _CLAUSE_ENDINGS and set(word_classes(word) or {"VERB"}) != {"NOUN"}:
        return False  # a verb, an adjective, an adverb leads into its name ("left Spurs last summer", "an essential Americana poem")
    classes = word_classes(following)
    if following in _FINITE_VERBS or "NOUN" not in classes or "ADJ" in classes:
        return False
    return "VERB" not in classes or is_plural_noun(following)  # "Rescue teams said", not "Sarah wants"


_LONGEST_COMPOUND_WORD = 24  # letters: a longer token is tried at no cut (each cut copies the word)


def _a_compound_plural(word: str) -> bool:
    """Whether a word is two words of the lexicon run together, the second a plural noun of five letters or more:
    a compound the lexicon lacks ("dockworkers", "lawmakers", "carmakers"; not "raptors", "rangers")."""
    return word.endswith("s") and len(word) <= _LONGEST_COMPOUND_WORD and any(
        "NOUN" in word_classes(word[cut:]) and is_plural_noun(word[cut:]) and word_classes(word[:cut])
        for cut in range(3, len(word) - 4)
    )


def _known(name: str) -> bool:
    return name in PLACES or name in ORGANIZATIONS or name in DEMONYMS


def _with_possessive_heads(text: str, raw: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    """Names joined across a possessive when an organisation's or a place's head follows ("Children's Hospital of
    Georgia", "Queen's Park"), a plural's whatever its length ("National Farmers' Union", "St James' Park"); not
    when the article names what follows on its own too ("Dortmund's Champions League" and "the Champions League")."""
    joined: list[tuple[str, int, int, bool]] = []
    alone = {name for name, start, _, _ in raw if not text[max(0, start - 3) : max(0, start - 1)].endswith(("'s", "’s", "'", "’"))}
    for name, start, end, at_start in raw:
        if joined and name not in alone and _joins_across_a_possessive(text, joined[-1][0], joined[-1][2], name, start):
            previous_start, previous_at_start = joined[-1][1], joined[-1][3]
            joined[-1] = (text[previous_start:end], previous_start, end, previous_at_start)
            continue
        joined.append((name, start, end, at_start))
    return joined


def _joins_across_a_possessive(text: str, previous: str, previous_end: int, name: str, start: int) -> bool:
    """Whether the name `previous` (ending at `previous_end`) and its possessive make one name with `name` (at
    `start`): see `_with_possessive_heads`."""
    possessive = text[previous_end : previous_end + 3] in ("'s ", "’s ") and start == previous_end + 3
    plural = text[previous_end : previous_end + 2] in ("' ", "’ ") and start == previous_end + 2 and is_plural_noun(previous.rsplit(" ", 1)[-1])
    if not (possessive or plural) or _known(name):
        return False  # a name's possessive before another name: "Dortmund's Champions League", "Obama's White House"
    day = name in ("Day", "Eve")  # "Valentine's Day", "St Patrick's Day", "New Year's Eve"
    owner = previous.split(" ")
    saint_or_title = (len(owner) > 1 and owner[-2] in _SAINTS) or previous in PERSON_TITLES  # "St James' Park", "Queen's Park"
    place = name.rsplit(" ", 1)[-1] in PLACE_HEADS and (plural or saint_or_title)
    heads = day or place or any(w in ORGANIZATION_HEADS for w in name.split())
    single_owner = (" " not in previous or previous.split()[-1] in PERSON_TITLES) and previous not in PLACES
    return heads and (plural or day or saint_or_title or single_owner)


def _refined(text: str, raw: list[tuple[str, int, int, bool]], lower_words: set[str]) -> list[tuple[str, int, int, bool]]:
    """Runs split where two names met because a full stop is missing ("the 1982 Falklands War Clarkson and his
    colleagues"): before a last word that is a participle opening the next sentence, where its last word is said
    twice ("Sebastian Vettel Vettel"), or at a point where both sides are names the article also gives on their own (each no longer than a
    name can be, so that a run of a thousand capitalised words is not tried at every point); never a run the article
    gives twice ("Ian Wright", though "Ian" and "Wright" are said alone too: two names meet by accident once)."""
    given = _Given(raw)
    alone = given.alone
    runs = Counter(name for name, _, _, _ in raw)
    refined: list[tuple[str, int, int, bool]] = []
    for name, start, end, at_start in raw:
        words = name.split(" ")
        if runs[name] > 1 and " " in name:
            refined.append((name, start, end, at_start))
            continue
        body = _the_body_of_an_office(words) or _a_known_body_after_its_parent(words)
        if body:  # "the Governor of the Bank of England": the bank; "the U.N. World Health Organization": the WHO
            refined.append((body, end - len(body), end, False))
            continue
        if _two_names_hyphened(name, alone):  # "the Qualcomm-NXP deal", "the Trump-Kim summit"
            left = name.split("-")[0]
            refined += [(left, start, start + len(left), at_start), (name[len(left) + 1 :], start + len(left) + 1, end, False)]
            continue
        opens_next = len(words) > 1 and _opens_the_next_sentence(words[-1], text, end, lower_words)
        cut = len(words) - 1 if opens_next else None if _one_person_s_name(words, text, end) else _cut(words, given)
        if cut is None:
            refined.append((name, start, end, at_start))
            continue
        head = " ".join(words[:cut])
        if _an_office(words[:cut]) is None:
            refined.append((head, start, start + len(head), at_start))
        elif body := _the_body_of_an_office(words[:cut]):  # "Director-General of the Royal Society Jo Bloggs"
            refined.append((body, start + len(head) - len(body), start + len(head), False))
        tail = name[len(head) + 1 :]
        refined.append((tail, start + len(head) + 1, end, opens_next))  # a sentence's first word: no name alone
    return refined


def _the_body_of_an_office(words: list[str]) -> str | None:
    """The body named after an office's "of" when the run is that office and body alone: "Bank of England" of "Governor
    of the Bank of England", "BBC" of "Director-General of the BBC" (none of "Secretary of State")."""
    office = _an_office(words)
    if office is None or office >= len(words):
        return None
    body = words[office + 1 :] if words[office] in ("the", "The") else words[office:]
    name = " ".join(body)
    if not body or not (name.replace(".", "").isupper() or _kind_by_lexicon(name) is EntityKind.ORGANIZATION):
        return None
    return name


def _a_known_body_after_its_parent(words: list[str]) -> str | None:
    """A known body named after the acronym of the body it belongs to: "World Health Organization" of "the U.N. World
    Health Organization", "European Commission" of "EU European Commission" (a country's stays: "U.S. Supreme Court")."""
    if len(words) < 3 or ALIASES.get(words[0], words[0]) not in ORGANIZATIONS:
        return None
    rest = " ".join(words[1:])
    return rest if rest in ORGANIZATIONS else None


def _two_names_hyphened(name: str, alone: set[str]) -> bool:
    """Whether a word is two names the article gives on their own, hyphened ("Qualcomm-NXP"; not "Oxlade-Chamberlain")."""
    parts = name.split("-")
    return " " not in name and len(parts) == 2 and all(part in alone for part in parts)


def _one_person_s_name(words: list[str], text: str, end: int) -> bool:
    """Whether a run of two words is one person's first and last name though the article gives each alone too
    ("Kirsty's family", "Ms Adeyemi"): a given name first, or an age after it ("named as Kirsty Adeyemi, 29,")."""
    return len(words) == 2 and (words[0] in GIVEN_NAMES or _AN_AGE_AFTER.match(text, end) is not None) and _a_person_s_name(words)


def _no_one_s_name_before(head: list[str], openers: set[str]) -> bool:
    """Whether the words before a surname are no part of a person's name: no given name opens them or ends them, no
    particle ends them, nor a word that opens a name of the article ("Frida Kahlo de Rivera", "Coretta Scott King",
    "Philip Seymour Hoffman" stay whole)."""
    last = head[-1]
    return (
        head[0] not in GIVEN_NAMES
        and last not in GIVEN_NAMES
        and last not in _CONNECTORS
        and last not in _NAME_PARTICLES
        and last not in openers
    )


class _Given:
    """What the article names on its own: names mid-sentence or of several words (`alone`); and, worked out when a
    run of three words or more first asks, the surnames of people it names in full ("Sherwood" of "Tim Sherwood")
    and the first words of its names of several words."""

    def __init__(self, raw: list[tuple[str, int, int, bool]]) -> None:
        self.alone = {name for name, _, _, at_start in raw if not at_start or " " in name}  # two words even opening a sentence
        self._surnames: set[str] | None = None
        self._openers: set[str] = set()

    def surname_after_no_one(self, words: list[str]) -> bool:
        """Whether the run's last word is the surname of someone named in full and the words before it are no one's
        name (see `_no_one_s_name_before`)."""
        if self._surnames is None:
            pairs = [name for name in self.alone if " " in name]
            self._surnames = {name.rsplit(" ", 1)[1] for name in pairs if name.count(" ") == 1 and _a_person_by_name(name)}
            self._openers = {name.split(" ", 1)[0] for name in pairs}
        last = words[-1]
        return last in self._surnames and not word_classes(last.lower()) and _no_one_s_name_before(words[:-1], self._openers)


def _cut(words: list[str], given: _Given) -> int | None:
    """Where a run of capitals parts into two names (see `_refined`), if it does: the word that begins the second."""
    alone = given.alone
    if len(words) > 2 and words[-1] == words[-2]:
        return len(words) - 1  # "Sebastian Vettel Vettel" (not "Chan Chan", "Bora Bora Island")
    if len(words) > 2 and given.surname_after_no_one(words):
        return len(words) - 1  # a surname of someone named in full after a name that is no person's: "White Hart Lane Sherwood"
    office = _an_office(words)
    if office is not None and len(words) - office >= 3:
        tail = words[-2:]  # "Secretary of State Mike Pompeo", "Director of Public Prosecutions Alison Saunders"
        a_name = tail[-1] in alone or not (word_classes(tail[0].lower()) and word_classes(tail[-1].lower()))
        if a_name and all(_personal(w, initial=False) for w in tail) and _NOT_IN_A_PERSON_S_NAME.isdisjoint(tail):
            return len(words) - 2  # (not "Secretary of Homeland Security", "Secretary of the Smithsonian Institution")
    cuts = range(max(1, len(words) - _LONGEST_NAME), min(len(words), _LONGEST_NAME + 1))  # each side a name's length
    return next((k for k in cuts if words[k - 1] not in _CONNECTORS and words[k] not in _CONNECTORS and _parts_at(words, k, alone)), None)


def _an_office(words: list[str]) -> int | None:
    """Where the words of an office that a run opens with end their "of" ("Secretary of", "U.S. Secretary of" of
    "U.S. Secretary of State Mike Pompeo"): the index of the word after "of"; None when the run opens with none."""
    return next((i + 2 for i in range(min(2, len(words) - 1)) if _an_office_word(words[i]) and words[i + 1] == "of"), None)


def _an_office_word(word: str) -> bool:
    """A title, or "Executive" of "Chief Executive of the NHS" (no title before a name: "the Scottish Executive said")."""
    return word in PERSON_TITLES or word == "Executive"


def _parts_at(words: list[str], k: int, alone: set[str]) -> bool:
    """Whether two names meet before word k: both are given on their own; or the second, given on its own, is a
    person's name after a name that ends as no person's does: a place's or a body's head before a surname ("to
    Villa Park Ramsey has admitted"), a common word before a first and a last name ("the Ford Mustang Richard
    Hammond had driven"; not "Philip Seymour Hoffman", "Sarah Jessica Parker", "Iain Duncan Smith")."""
    head, tail = words[:k], words[k:]
    if len(head) == 1 and (head[0] in PLACES or head[0] in ORGANIZATIONS or _ABBREVIATION.fullmatch(head[0])) and _a_first_and_last_name(tail):
        return True  # "the former member of Parliament Mohamed Beltaggi", "Congress Nancy Pelosi", "the chairman of BT Mike Rake"
    if " ".join(tail) not in alone:
        return False
    if " ".join(head) in alone:
        return True
    if not all(_personal(w, initial=False) for w in tail) or not _NOT_IN_A_PERSON_S_NAME.isdisjoint(tail):
        return False
    if len(tail) == 1:  # a surname, no common word ("the Garden" of "Madison Square Garden")
        return (head[-1] in PLACE_HEADS or head[-1] in ORGANIZATION_HEADS) and not word_classes(tail[0].lower())
    return len(head) > 1 and bool(word_classes(head[-1].lower())) and not any(w in PERSON_TITLES or _INITIALS.match(w) for w in head)


def _a_first_and_last_name(words: list[str]) -> bool:
    """Two words of a person's name, the first a given name or no word of the lexicon ("Mohamed Beltaggi", "Mike
    Rake"; not "Prime Video")."""
    return (
        len(words) == 2
        and all(_personal(w, initial=False) for w in words)
        and _NOT_IN_A_PERSON_S_NAME.isdisjoint(words)
        and (words[0] in GIVEN_NAMES or not word_classes(words[0].lower()))
    )


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,5}")  # "BT", "D.C" (its last full stop ending the sentence before)


def _opens_the_next_sentence(word: str, text: str, end: int, lower_words: set[str]) -> bool:
    """Whether the last word of a run (ending at `end`) begins the next sentence, whose full stop is missing: a
    participle going on with its object or a preposition, not a name's word before its verb ("the Boeing 787
    Dreamliner Looking out over", "Virginia Caught red-faced"; "Quickline Towing is"), or a plural noun and "of"
    ("at the Court of Appeal Millions of motorists face")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return _a_participle(word, lower_words)
    if after.group(1) == "of" and _LOWER_AFTER_OF.match(text, after.end()) and is_plural_noun(word) and "NOUN" in word_classes(word):
        return True
    following = after.group(1)
    return following not in _FINITE_VERBS and _a_participle(word, lower_words)


def _a_participle(word: str, lower_words: set[str]) -> bool:
    """A capitalised word the lexicon knows only as a verb and in a participle's form: in -ed of some length, an
    irregular one ("Caught", "Taken"), or in -ing that the article also writes in lower case (not the surname of
    "Peyton Manning")."""
    lower = word.lower()
    classes = word_classes(lower)
    if not word[:1].isupper() or set(classes) != {"VERB"}:
        return False
    irregular = len(lower) >= 5 and lower not in classes["VERB"] and not lower.endswith(("s", "ing"))
    return irregular or (lower.endswith("ed") and len(lower) >= 6) or (lower.endswith("ing") and lower in lower_words)


_NEXT_WORD = re.compile(r"[ \t]+([a-z’']+)")
_LOWER_AFTER_OF = re.compile(r"[ \t]+[a-z]")
_NOUN_OR_COLON = re.compile(r"[ \t]*(?::|[ \t]([a-z’']+))")
_FINITE_VERBS = frozenset(
    "is was are were has had have said says will would can could did does do may might must should shall told added 's ’s".split()
)


def _as_the_body_writes(place: str, text: str) -> str:
    """A dateline's place in capitals as the body writes it, when it does ("LONDON" of "LONDON (Reuters) -" is the
    "London" of the story), else as written."""
    titled = place.title()
    return titled if place.isupper() and titled != place and re.search(rf"\b{re.escape(titled)}\b", text) else place


def _dateline_names(article: Article) -> list[tuple[str, int, EntityKind]]:
    """The places and outlets of the article's datelines ("BEIJING", "AP" of "BEIJING (AP) —")."""
    names: list[tuple[str, int, EntityKind]] = []
    for dateline in article.datelines:
        line = article.passage(dateline.span)
        if dateline.place:
            names.append((dateline.place, dateline.span.start + line.index(dateline.place), EntityKind.PLACE))
        if dateline.outlet:
            at = dateline.span.start + line.index(dateline.outlet)
            for outlet in dateline.outlet.split("/"):
                names.append((outlet, at, EntityKind.ORGANIZATION))
                at += len(outlet) + 1
    return names


def _names(
    text: str, span: Span, quoted_titles: list[tuple[int, int]], sentence_starts: set[int], pairs: frozenset[str], titled: bool = False
) -> list[tuple[str, int, int, bool]]:
    """Runs of capitalised words in a block: (name, start, end, whether the run opens a sentence or a clause, where
    any word is capitalised: after an opening quote, a colon or a dash, or anywhere in a title-case line). A quoted
    work's title (`quoted_titles`: the block's, by `_quoted_titles`) is one name ("Vermeer's 'The Concert'"); `pairs`
    are names made of two words and "and" ("Freedom and Justice")."""
    names: list[tuple[str, int, int, bool]] = []
    run: list[tuple[str, int, int]] = []
    names.extend((text[begin:end], begin, end, False) for begin, end in quoted_titles)

    def close() -> None:
        while run and (run[-1][0] in _INSIDE_NAMES_ONLY or run[-1][0] in _ARTICLES):
            run.pop()  # "the UK Government said": the common word ends no name; nor "The" ("his dog Sam The retired")
        if not run:
            return
        for part in _organization_parts(run, pairs):
            begin, end = part[0][1], part[-1][2] - (1 if _INITIAL.match(part[-1][0]) else 0)
            if not _shouted(part):
                names.append((text[begin:end], begin, end, titled or begin in sentence_starts or _opens_clause(text, begin)))
        run.clear()

    after_title = False

    def take(word: str, start: int, end: int) -> None:
        """Put the piece into the run, or close the run there."""
        nonlocal after_title
        if run and text[run[-1][2] : start] == " " and _numbered(run[-1][0], word):
            run.append((word, start, end))  # "Formula One", "BBC Radio 4", "Flight 370", "iPhone 6"
            return
        if run and (not _joins(text, run[-1], (word, start, end)) or _after_the_number(run[-1][0], word)):
            close()
        title = _person_title(text, word, end)
        while title and run and run[-1][0] in _TITLE_PREFIXES and word not in _MEMBERS:
            run.pop()  # "Field" of "Field Marshal", "Staff" of "Staff Sgt.", "Chief Financial" of "Chief Financial Officer"
        named = after_title or (bool(run) and run[-1][0] not in _JOINING_WORDS)
        after_title = title
        inside = word in _COMMON_IN_NAMES and (bool(run) or _NAME_GOES_ON.match(text, end) is not None)
        if not title and (inside or _in_a_name(text, word, start, end, named, sentence_starts, bool(run))):
            if _PRODUCT.match(word):
                close()
            run.append((word, start, end))
        elif word in _JOINING_WORDS and run:
            run.append((word, start, end))
        else:
            close()

    # Spans no run goes through: quoted titles (named whole above) and market quotes' codes (".DJI", "<TSLA.O>").
    skipped = sorted([*quoted_titles, *(m.span() for m in QUOTE_CODE.finditer(text, span.start, span.end))])
    for match in _CANDIDATE.finditer(text, span.start, span.end):
        token = match.group()
        if not run and token in _JOINING_WORDS:
            continue  # "the", "of": a connector joins names, and there is none open
        if skipped and in_spans(skipped, match.start()):
            close()
            continue
        for word, start, end, stop_after in _pieces(token, match.start()):
            take(word, start, end)
            if stop_after:
                close()
    close()
    return names


def _numbered(head: str, word: str) -> bool:
    """Whether `word` is the number of a name that ends with `head`: a series, a channel, a flight, a model, a
    league's division, an article of a treaty ("Formula One", "BBC Radio 4", "Flight 370", "Boeing 737", "League
    Two", "Article 50"); a number after any other name is a count or a score ("Leeds 2 Chelsea 1")."""
    return head in _NUMBERED_HEADS and _a_name_s_number(word)


def _a_name_s_number(word: str) -> bool:
    """A number that may be part of a name: up to four digits, or a small number capitalised ("One", "Ten")."""
    return (word.isdigit() and len(word) <= 4) or word in _NAME_NUMBERS


def _after_the_number(number: str, word: str) -> bool:
    """Whether `word`, after a name's number, begins what follows rather than goes on with the name ("Channel 4
    News", "Boeing 737 Max"): an adjective or a common plural, a sentence run on ("Highway 36 Numerous drivers")."""
    if not _a_name_s_number(number):
        return False
    classes = word_classes(word.lower())
    return set(classes) == {"ADJ"} or ("NOUN" in classes and is_plural_noun(word))


_NUMBERED_HEADS = frozenset(
    """Formula League Division Radio Channel BBC ITV Force Apollo Artemis Flight Article Route Interstate Highway
    Terminal Proposition Studio Ligue Boeing Airbus Windows iPhone iPad PlayStation Xbox Falcon Soyuz S&P FTSE Russell
    Stoxx STOXX Nikkei CAC DAX ASX Nasdaq Fortune""".split()
)
_NAME_NUMBERS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split())  # in a name: "Formula One", "Page Six"


def _in_a_name(text: str, word: str, start: int, end: int, named: bool, sentence_starts: set[int], in_name: bool) -> bool:
    """Whether a capitalised word (at start to end) belongs to a name: a name's word, or a month after a name or a
    title (`named`) that is a surname ("Theresa May", "Mrs May"; not "Flay and March"), and no word that stops names
    here."""
    taken = _name_word(word) or (named and _a_month_as_surname(text, word, end))
    return taken and not _stops_names(text, word, start, sentence_starts, in_name)


def _a_month_as_surname(text: str, word: str, end: int) -> bool:
    """Whether a month's name after a name or a title is a surname ("Theresa May", "Mrs May"), not a date ("on
    Friday May 5"): no number follows it."""
    return word in _MONTH_SURNAMES and not _NUMBER_AFTER.match(text, end)


_MONTH_SURNAMES = frozenset({"May", "March", "June", "April", "August"})
_FIRST_NAMES = frozenset({"Will"})  # sentence openers that are first names too
_NUMBER_AFTER = re.compile(r"\s*\d")


def _stops_names(text: str, word: str, start: int, sentence_starts: set[int], in_name: bool) -> bool:
    """Whether `word` (at `start`) is no part of a name, capitalised or not: an opening word ends a name even
    mid-sentence, where a full stop is missing ("for Minolta After having"); a pronoun or determiner starts no
    name, and inside one it may belong ("Liu He"), but "I", "I'm" and a discourse adverb never do ("Maleficent Here
    is", a caption run into the next sentence)."""
    if word in _SENTENCE_OPENERS and (start in sentence_starts or _opens_clause(text, start)):
        return not (in_name and word in _NAME_NUMBERS and _NAME_GOES_ON.match(text, start + len(word)))  # "Capital One Cup"
    if word in _SENTENCE_OPENERS and in_name and word not in _NEVER_NAMES:
        return not (
            (word in _NAME_NUMBERS and _a_number_in_the_name(text, start + len(word)))  # "Capital One Cup", "Page Six reported"
            or (word in _TITLE_CASE_SMALL_WORDS and _a_title_goes_on(text, start + len(word)))  # "Grammys On The Hill Awards"
        )
    base = _contracted(word)
    return base in _NEVER_NAMES and (not in_name or base != word or word == "I" or word in _DISCOURSE_ADVERBS)


def _a_number_in_the_name(text: str, end: int) -> bool:
    """Whether a number capitalised inside a name mid-sentence belongs to it: a name's word follows ("Capital One
    Cup"), or a word that is no plural it counts nor "of" ("Page Six reported", "the Big Six energy firms"; not
    "Vettel One of the drivers", "the ground Three men were")."""
    if _NAME_GOES_ON.match(text, end):
        return True
    after = _WORD_AFTER_NUMBER.match(text, end)
    return after is not None and after.group(1) != "of" and not is_plural_noun(after.group(1))


_WORD_AFTER_NUMBER = re.compile(r" ([a-z]+)\b")
_TITLE_CASE_SMALL_WORDS = frozenset("On In At For From By With And To Up".split())
_NEXT_NAME_WORD = re.compile(r" (?:(?:The|A|An|Of) )?([A-Z][\w’'-]*)")


def _a_title_goes_on(text: str, end: int) -> bool:
    """Whether a name in title case goes on past a small word capitalised inside it (at `end`): another name's word
    follows ("Keeping Up With The Kardashians", "Grammys On The Hill Awards"; not "Sky News On Monday")."""
    after = _NEXT_NAME_WORD.match(text, end)
    return after is not None and _name_word(after.group(1)) and after.group(1) not in _SENTENCE_OPENERS


def _name_word(word: str) -> bool:
    """A word that may be part of a name: capitalised (or a product's: "iPhone"), and not one of the words
    capitalised in any sentence."""
    return bool(word) and (word[0].isupper() or bool(_PRODUCT.match(word))) and word not in COMMON_CAPITALISED


def _person_title(text: str, word: str, end: int) -> bool:
    """A title before a person's name ("President", "Sgt."), not a word heading the next ("President's office"), nor
    an adjective's title before one common word, a body's name ("General Electric", "Vice Media"; "General Mark
    Milley" is titled)."""
    if word == "Chief":  # "police Chief Ed Drain" (not "Chief Constable", "Chief Merchandise Officer")
        after = _NEXT_CAPITALISED.match(text, end)
        return after is not None and after.group(1) not in PERSON_TITLES and (after.group(1) in GIVEN_NAMES or not word_classes(after.group(1).lower()))
    if word not in PERSON_TITLES or not _name_follows(text, end) or _heads_next(text, end):
        return False
    if word in _ADJECTIVE_TITLES and (after := _ONE_WORD_AFTER.match(text, end)) and after.group(1) not in PERSON_TITLES:
        return not word_classes(after.group(1).lower())  # ("Vice President of ..." keeps its title)
    return True


_ADJECTIVE_TITLES = frozenset({"General", "Vice"})
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")
_ONE_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")  # one capitalised word, no other after it


def _quoted_titles(text: str, span: Span) -> list[tuple[int, int]]:
    """Spans of the quoted works' titles in a block ("The Storm on the Sea of Galilee", 'Landscape with an Obelisk,'):
    title case, and no sentence's end inside."""
    found = []
    for match in _QUOTED.finditer(text, span.start, span.end):
        quoted = match.group(1).rstrip(",")
        words = [w for w in quoted.split() if any(ch.isalpha() for ch in w)]
        if 1 < len(words) <= 10 and quoted[-1] not in ".;:!?" and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words):
            found.append((match.start(1), match.start(1) + len(quoted)))
    return found


def _name_follows(text: str, end: int) -> bool:
    """Whether a capitalised word follows: a title is one before a name ("President Obama"); alone it is a word
    ("Freedom and Justice", "Department of Justice")."""
    following = text[end : end + 3].lstrip(".").lstrip()
    return following[:1].isupper()


def _heads_next(text: str, end: int) -> bool:
    """Whether the name that follows ends in an organisation's or a place's head: "General" of "General Hospital",
    "Queen" of "Queen Mother Square" and "Queen Elizabeth Hospital" is no title."""
    if text[end : end + 1] != " ":
        return False
    for word in text[end : end + 40].split()[:3]:
        word = word.strip(".,;:")
        if word in ORGANIZATION_HEADS or word in PLACE_HEADS:
            return True
        if not word[:1].isupper():
            return False
    return False


def _organization_parts(run: list[tuple[str, int, int]], pairs: frozenset[str]) -> list[list[tuple[str, int, int]]]:
    """A run of words split where a connector joins two names rather than the parts of an organisation's name;
    each part without connectors at its ends."""
    words = [word for word, _, _ in run]
    parts: list[list[tuple[str, int, int]]] = [[]]
    kept = False
    for index, token in enumerate(run):
        word = token[0]
        if word == "of" and _a_person_and_where_from([w for w, _, _ in parts[-1]], words[index + 1 :]):
            parts.append([])
            continue
        if word in _ORGANIZATION_CONNECTORS or word == "party":
            kept = (len(run) <= _LONGEST_NAME and _joins_organization(words, index, kept)) or (
                word == "and" and 0 < index < len(words) - 1 and f"{words[index - 1]} and {words[index + 1]}" in pairs
            )
            if not kept:
                if word == "and" and _a_couple_s_titles(parts[-1], words[index + 1 :]):
                    parts[-1].clear()  # "the Duke and Duchess of Sussex": the first title names no one alone
                parts.append([])
                continue
        parts[-1].append(token)
    return [part for part in map(_without_end_connectors, parts) if part]


def _a_couple_s_titles(before: list[tuple[str, int, int]], after: list[str]) -> bool:
    """Whether a title alone goes before "and" and a second title: "Duke" of "the Duke and Duchess of Sussex", of "the
    Duke and Duchess' anniversary", "Earl" of "the Earl and Countess of Wessex"."""
    return len(before) == 1 and before[0][0] in _NOBLE_TITLES and bool(after) and after[0] in _NOBLE_TITLES


_NOBLE_TITLES = frozenset("Duke Duchess Earl Countess Baron Baroness Marquess Marchioness Viscount Viscountess Prince Princess King Queen".split())


def _without_end_connectors(part: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A part of a run without the connectors at its ends (nor "party" alone)."""
    while part and (part[-1][0] in _CONNECTORS or (part[-1][0] == "party" and len(part) == 1)):
        part.pop()
    while part and part[0][0] in _CONNECTORS:
        part.pop(0)
    return part


def _a_person_and_where_from(before: list[str], after: list[str]) -> bool:
    """Whether "of" between `before` and `after` parts a person's name, or their party, from the place or the body
    they come from: "Sen. Chuck Schumer of New York", "Mo Salah of Liverpool", "Jane Doe of Acme Holdings",
    "Representative Jim Jordan, Republican of Ohio" (not "Bank of England", "Secretary of State", "Catherine of
    Aragon")."""
    if len(before) == 1 and before[0] in _AFFILIATIONS:
        return any(_known(" ".join(after[:n])) for n in range(min(len(after), 3), 0, -1))
    if not 2 <= len(before) <= 3 or not _a_person_s_name(before) or not _NOT_IN_A_PERSON_S_NAME.isdisjoint(before):
        return False
    if any(w in PERSON_TITLES or w in _TITLE_PREFIXES or w in _OF_A_STATE for w in before):
        return False
    return any(_known(" ".join(after[:n])) for n in range(min(len(after), 3), 0, -1)) or any(w in ORGANIZATION_HEADS for w in after[:4])


# Words of a state's or a ruler's name before "of" ("Democratic Republic of Congo", "Grand Duke of Luxembourg").
_OF_A_STATE = frozenset(
    """Republic Kingdom Emirates States Federation Union Commonwealth Principality Sultanate Duchy Territory Isle
    Islands Democratic Socialist Islamic Federal United Duke Earl Count Baron Marquess Viscount Emir Sultan Shah""".split()
)


def _joins_organization(words: list[str], index: int, previous_kept: bool) -> bool:
    """Whether the connector at `index` belongs to an organisation's name."""
    word, before, after = words[index], words[:index], words[index + 1 :]
    if word == "party":  # "the Nour party", "Freedom and Justice party"
        return bool(before) and before[-1] not in _CONNECTORS
    if not before or not after or (before[-1] in _CONNECTORS and word != "the"):
        return False
    if word == "the":
        return previous_kept or before[-1] == "of"
    if word == "and":
        return _and_joins(_segment(before[::-1])[::-1], _segment(after))
    if any(w in ORGANIZATION_HEADS for w in before):
        return True
    return word == "for" and ((len(before) == 1 and _advocates(before[0])) or _common_words_for_common_words(before, after))


def _common_words_for_common_words(before: list[str], after: list[str]) -> bool:
    """Whether "for" joins two runs of common words into a programme's or a charity's name: two or more before it
    ("Guide Dogs for the Blind", "Deferred Action for Childhood Arrivals"; not "Walker for City")."""
    head = list(itertools.takewhile(lambda w: w not in _CONNECTORS, reversed(before)))
    tail = list(itertools.takewhile(lambda w: w not in _CONNECTORS, after[1:] if after[:1] == ["the"] else after))
    return 2 <= len(head) <= 3 and 1 <= len(tail) <= 3 and all(map(_a_common_capitalised_word, head + tail))


def _a_common_capitalised_word(word: str) -> bool:
    """A capitalised word of the lexicon that is no known name nor a given name ("Guide", "Childhood")."""
    return word[:1].isupper() and word.isalpha() and bool(word_classes(word.lower())) and not _known(word) and word not in GIVEN_NAMES


def _and_joins(left: list[str], right: list[str]) -> bool:
    """Whether "and" between the words `left` and `right` joins one name: "Institute for Health Metrics and
    Evaluation" (a head, then for/of/on, before "and", and a common word closing the words after it: not
    "University of Oxford and AstraZeneca"); "Music and Arts Festival" (the head closes the words
    after "and") when one word goes before it, or a place and a common noun (not "Layla Moran and Green Party": a
    name, then another); never two heads ("X Festival and Y Festival")."""
    if not left or not right or right[0] == "the":
        return False  # "Ukip and the Green Party": two names
    head_left = next((i for i, w in enumerate(left) if w in ORGANIZATION_HEADS or _headed_before_of(left[i:])), None)
    if head_left is None:  # a second name may follow: "British Swimming and Lancashire County Cricket Club"
        return _one_word_and_a_place(left) and (right[-1] in ORGANIZATION_HEADS or right[-1] == "party") and not _known(right[0])
    specified_left = any(w in ("for", "of", "on") for w in left[head_left:])
    common_right = (bool(word_classes(right[-1].lower())) or right[-1] in DEMONYMS) and " ".join(right) not in ORGANIZATIONS
    # "... and Evaluation", "... of England and Wales", not "... and AstraZeneca" nor a known body's name that is also
    # a word ("... and Google", "... and Apple")
    return specified_left and common_right and not any(w in ORGANIZATION_HEADS or w == "party" for w in right)


def _one_word_and_a_place(left: list[str]) -> bool:
    """Whether the words before "and" are one word, or a place, a nation or a public body's adjective and a common
    word: "Music" of "Music and Arts Festival", "US Food", "Coachella Valley Music", "National Oceanic" (not "Layla
    Moran": a person's name)."""
    if len(left) == 1:
        return True
    place = " ".join(left[:-1])
    is_place = _known(place) or place in ALIASES or left[-2] in PLACE_HEADS or (len(left) == 2 and left[0] in _PUBLIC_ADJECTIVES)
    return is_place and bool({"NOUN", "ADJ"} & word_classes(left[-1].lower()).keys())


_PUBLIC_ADJECTIVES = frozenset("National International Federal Royal World General Central United Global".split())


def _segment(words: list[str]) -> list[str]:
    """The words up to the next "and"."""
    return words[: words.index("and")] if "and" in words else words


def _shouted(part: list[tuple[str, int, int]]) -> bool:
    """Two or more long words in capitals: a shouted subheading ("FACEBOOK FAKERY"), not a name."""
    long_words = [word for word, _, _ in part if len(word) >= 4 and word.isupper()]
    return len(long_words) >= 2 and all(word.isupper() or word in _CONNECTORS for word, _, _ in part)


def _without_opener(name: str, start: int, always: bool = False, at_start: bool = True) -> tuple[str, int]:
    """The name without a leading sentence-opening word ("When Robinson" is "Robinson": a caption run into the next
    sentence with no full stop hides where it starts), or without its first word `always`; "" when the name is such
    a word alone ("In", "With"). A first name or a number that opens sentences too is kept inside one ("by Will
    Dunham", "a member of One Direction")."""
    first, _, rest = name.partition(" ")
    if (first not in _SENTENCE_OPENERS or ((first in _FIRST_NAMES or first in _NAME_NUMBERS) and not at_start and rest)) and not always:
        return name, start
    stripped = rest.lstrip()
    return stripped, start + len(name) - len(stripped)


_SAINTS = frozenset({"St", "St.", "Saint"})
_ARTICLES = frozenset({"The", "An"})  # ("A" may be a label's letter: "Nurse A", "Plan A")
_CLAUSE_OPENERS = "“\"‘(:—–•·▪◦‣●■►"


def _opens_clause(text: str, start: int) -> bool:
    """Whether the word at `start` follows an opening quote, a colon or a dash: a clause's first word is capitalised
    whether or not it is a name ("He said: “If…”")."""
    before = text[max(0, start - 3) : start]
    if before[-2:-1].isalnum() and before[-1:] == ".":
        return True  # two sentences run together: "is NN7687.Prosecutors said"
    before = before.rstrip()
    return bool(before) and before[-1] in _CLAUSE_OPENERS


def _joins(text: str, left: tuple[str, int, int], right: tuple[str, int, int]) -> bool:
    """Whether two words belong to one name: one space between (after a product's name only its venue's or its
    body's head: "O2 Arena"), or a hyphen not between two places ("Indo-Pacific", "Afro-Caribbean"; not
    "U.S.-China", "Paris-Nice")."""
    gap = text[left[2] : right[1]]
    if gap == "-":
        return not all(w in PLACES or w in ALIASES for w in (left[0], right[0]))
    return gap == " " and (not _PRODUCT.match(left[0]) or right[0] in PLACE_HEADS or right[0] in ORGANIZATION_HEADS)


def _pieces(token: str, start: int) -> list[tuple[str, int, int, bool]]:
    """Split a token into words: sentences run together apart ("Philadelphia.The"), hyphenated names apart
    ('U.S.-China'), possessives and full stops off, initials kept ("M." of "Brett M. Kavanaugh").

    Each piece is (word, start, end, whether a name must end after it); an empty word breaks a name.
    """
    if "." not in token and "-" not in token:
        return [_piece(token, start)]  # most words: one piece
    if len(token) <= _LONGEST_COMPOUND and _PHRASAL_COMPOUND.match(token):
        return [("", start, start, True)]  # "Head-to-head", "Kick-off", "Follow-up": no name's words
    out: list[tuple[str, int, int, bool]] = []
    offset = start
    for number, sentence in enumerate(_SENTENCE_GLUE.split(token)):
        if number:
            out[-1] = (*out[-1][:3], True)
        for part in [sentence] if _LINKED_PLACE.match(sentence) else sentence.split("-"):
            out.append(_piece(part, offset))
            offset += len(part) + 1
    return out


# A compound of a capitalised word and particles in lower case: "Head-to-head", "Kick-off", "Built-in" (of a
# compound's length: a token of a thousand hyphened words is not tried at every hyphen).
_LONGEST_COMPOUND = 40
_PHRASAL_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*-(?:to|off|up|in|on|of|for|by|down|out|over|back|away)(?:-[a-z]+)*[.,:;]?$")
# A place named with a lower-case link, one word: "Stoke-on-Trent", "Newcastle-upon-Tyne", "Aix-en-Provence".
_LINKED_PLACE = re.compile(
    r"[A-Z][a-z]+(?:-(?:on|upon|le|la|les|en|sur|super|under|by|am|im|de|du|des)-[A-Z][a-z]+)+(?:['’]s?)?[.,]?$"
)


def _abbreviated_word(word: str) -> bool:
    """A word whose full stop marks an abbreviation, not a sentence's end: a company's suffix ("Inc."), a title
    before a name ("Sen.", "Gov.", "Lt.")."""
    return word.rstrip(".") in _ABBREVIATED_SUFFIXES or word in PERSON_TITLES


def _piece(part: str, offset: int) -> tuple[str, int, int, bool]:
    word, stop = part, False
    if part[-1:] in ("'", "’") and part.rstrip("’'").endswith("."):
        word = part.rstrip("’'")  # "my little Dione.'"
    if word.endswith(".") and not _ACRONYM.match(word) and not _INITIAL.match(word) and not _abbreviated_word(word):
        word, stop = word.rstrip("."), True
    if ("'" in word or "’" in word) and (possessive := _POSSESSIVE.search(word)) and possessive.start() > 0 and word[:-2] != "Let":
        word, stop = word[: possessive.start()], True  # not the "let us" of a campaign's "Let's Move"
    word = word.strip("’'")
    if word and (word[0].isupper() or word[0].isdigit() or _PRODUCT.match(word) or word in _JOINING_WORDS):
        begin = offset + part.find(word)
        return word, begin, begin + len(word), stop
    return "", offset, offset, True


def _kind(name: str, text: str, start: int) -> EntityKind:
    if _a_side_in_a_match(name, text, start):
        return EntityKind.ORGANIZATION  # "Liverpool beat Brighton 3-1": clubs, though their towns' names are places
    known = _kind_by_lexicon(name)
    if known is not None:
        return known
    if _PLACE_SUFFIX.match(text, start + len(name)) or _a_place_in_a_region(text, start, start + len(name)):
        return EntityKind.PLACE  # "the Derby-based firm", "a Leeds-born singer", "from Bolton, Greater Manchester"
    if " & " in name:
        return EntityKind.ORGANIZATION  # "Procter & Gamble", "Marks & Spencer"
    words = name.split()
    if _a_name_s_number(words[-1]) or words[0] in _NAME_NUMBERS:  # "Formula One", "iPhone 6", "One Direction"
        return EntityKind.PRODUCT if _PRODUCT.match(words[0]) else EntityKind.OTHER
    if _A_KIND_OF_BODY_AFTER.match(text, start + len(name)):
        return EntityKind.ORGANIZATION  # "the White Helmets rescue group", "the Wagner group"
    if _A_KIND_OF_PLACE_AFTER.match(text, start + len(name)) or _a_street_or_a_shore(words, text, start):
        return EntityKind.PLACE  # "the Buckhead neighborhood", "Al Haouz and Taroudant provinces", "on Harehills Lane"
    if _titled(text, start) or _a_person_s_name(words) or name in GIVEN_NAMES or _AN_AGE_AFTER.match(text, start + len(name)):
        return EntityKind.PERSON
    if _said_to_be_in(name, text, start) or _A_PLACE_OF.search(text, max(0, start - 16), start):
        return EntityKind.PLACE  # "in Tikrit", "near Ushuaia", "the city of Gaziantep"
    return EntityKind.ORGANIZATION if len(words) == 1 else EntityKind.OTHER


_PLACE_SUFFIX = re.compile(r"-(?:based|born|bred|raised)\b")
_A_RESULT = r"(?:beat|beats|drew with|drew|lost to|thrashed|edged|defeated|hammered|routed|saw off)"
_A_SCORE = r"\d{1,2}-\d{1,2}\b"
_RESULT_AFTER = re.compile(rf" {_A_RESULT} (?:[A-Z][\w'’-]+ ){{1,3}}{_A_SCORE}")
_RESULT_BEFORE = re.compile(rf"\b{_A_RESULT} $")
_SCORE_AFTER = re.compile(rf" {_A_SCORE}")


def _a_side_in_a_match(name: str, text: str, start: int) -> bool:
    """Whether a name is a side in a match's result: before a result verb, another side and a score ("Liverpool beat
    Brighton 3-1"), or after the verb and before the score ("beat Brighton 3-1"); a place's name there is its club's."""
    end = start + len(name)
    if _RESULT_AFTER.match(text, end):
        return True
    if _A_CLUB_S_MAN_AFTER.match(text, end) and name not in _NATIONS and name not in DEMONYMS:
        return True  # "Liverpool manager Jurgen Klopp", "Brighton midfielder Moises Caicedo" (not "England manager", "French midfielder")
    return _RESULT_BEFORE.search(text, max(0, start - 12), start) is not None and _SCORE_AFTER.match(text, end) is not None


_A_CLUB_S_MAN_AFTER = re.compile(
    r" (?:manager|boss|coach|striker|midfielder|defender|goalkeeper|keeper|winger|forward|captain|chairman|fans|supporters|"
    r"squad|academy)\b"
)
_NATIONS = frozenset(COUNTRIES) | frozenset(REGIONS)
_A_KIND_OF_BODY_AFTER = re.compile(r" (?:[a-z]+ )?(?:group|organi[sz]ation|charity|agency|militia|network|movement)\b")
_A_PLACE_OF = re.compile(r"\b(?:city|town|village|province|region|county|district|island|port|state) of $")
_PLACE_KINDS = (
    r"neighbou?rhoods?|districts?|suburbs?|regions?|provinces?|villages?|towns?|boroughs?|areas?|mountains|hills|valley|"
    r"coast|desert|peninsula|mall|shopping (?:centre|center|mall)|estate|campus"
)
# A kind of place after the name, or after it and a second name ("Al Haouz and Taroudant provinces").
_A_KIND_OF_PLACE_AFTER = re.compile(rf" (?:and (?:[A-Z][\w'’-]+ ){{1,3}})?(?:{_PLACE_KINDS})\b")
# Heads that end places and a few people's names ("Harehills Lane", "Chris Lane", "Michael Bay"): a place's after a
# word of where something is ("on Harehills Lane", "at Cardigan Bay", "off Brighton Lane").
_SHARED_HEADS = frozenset("Lane Bay Bridge Lake Castle Way Hill".split())
_WHERE_BEFORE = re.compile(r"\b(?:on|in|at|near|along|off|onto|into|down|up|across|over|from) $")


def _a_street_or_a_shore(words: list[str], text: str, start: int) -> bool:
    """Whether a name ending in a head that some people's names end in too is a place: after "on", "at", "along" and
    the like, and its first word no given name ("on Harehills Lane"; not "with Chris Lane")."""
    if len(words) < 2 or words[-1] not in _SHARED_HEADS or words[0] in GIVEN_NAMES:
        return False
    return _WHERE_BEFORE.search(text, max(0, start - 8), start) is not None
_AN_AGE_AFTER = re.compile(r",? (?:aged )?[1-9]\d?, (?![\d£$€])")  # "Vardy, 28, scored", "Thompson, aged 45, of Leeds": someone's age


def _a_place_in_a_region(text: str, start: int, end: int) -> bool:
    """Whether a name after "in", "from", "near" and the like is followed by a comma and a known place, the region
    it is in: "from Bolton, Greater Manchester", "in Ferguson, Missouri", "near Arlington, Virginia"."""
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 9), start)
    region = _REGION_AFTER.match(text, end)
    if before is None or before.group(1).lower() not in _LOCATIVES or region is None or _ACCORDING.search(text, 0, before.start()):
        return False  # "according to NME, London's O2 Arena": a source, not a place
    words = region.group(1).split(" ")
    return any(" ".join(words[:n]) in PLACES or _a_place_by_its_words(words[:n]) for n in range(len(words), 0, -1))


_WORD_BEFORE_NAME = re.compile(r"\b([A-Za-z]+) $")
_ACCORDING = re.compile(r"\b[Aa]ccording $")
_REGION_AFTER = re.compile(r", ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})")
_LOCATIVES = frozenset("in from at near outside of to".split())
_IN_A_PLACE = frozenset("in near outside across".split())  # before a name of one word, where: not "from Tesco", "to Arsenal"
_LANGUAGES = frozenset("Arabic Mandarin Cantonese Farsi Persian Latin Swahili Hebrew Urdu Hindi Bengali Tamil Gaelic Esperanto".split())


def _said_to_be_in(name: str, text: str, start: int) -> bool:
    """Whether a name of one word follows "in", "near", "outside" or "across" as where something is or happens ("in
    Tikrit", "near Ushuaia"; not a language, "in Arabic", nor an owner, "in Silvonek's car", "in Disney's film")."""
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 9), start)
    if " " in name or name in _LANGUAGES or before is None or before.group(1) not in _IN_A_PLACE:
        return False
    return text[start + len(name) : start + len(name) + 1] not in ("'", "’")


_FALLBACK_KINDS = (EntityKind.ORGANIZATION, EntityKind.OTHER)  # what a name no word of tells the kind of is


def _titled(text: str, start: int) -> bool:
    """Whether a title or a role comes right before the name at `start`: "President Macron", "rapper Drake"."""
    if start < 2 or not text[start - 1].isspace():
        return False
    before = text[max(0, start - 24) : start].split()
    return bool(before) and (before[-1].rstrip(",") in PERSON_TITLES or before[-1] in _PERSON_ROLES)


def _people_of_a_place(words: list[str]) -> bool:
    """Whether a plural names the people of a known place, or a word in -an is its adjective: "Californians",
    "Texans", "Londoners", "New Yorkers", "Floridians", "Parisians"; "Siberian", "Himalayan", "Balkan"."""
    last = words[-1]
    if len(words) == 1 and last.endswith("an") and any(stem in PLACES for stem in (last[:-1], last[:-1] + "s", last[:-2] + "s", last + "s")):
        return True
    if not last.endswith(("ns", "ers")):
        return False
    singular, before = last[:-1], " ".join(words[:-1] + [""])
    stems = (singular[:-1], singular[:-1] + "s", singular[:-2], singular[:-3] + "a", singular[:-3])  # -n, -an, -er, -ian
    return any(before + stem in PLACES for stem in stems if len(stem) > 2)


def _kind_by_lexicon(name: str) -> EntityKind | None:
    """The kind a name's words tell, whoever is said to bear it: a nationality, a place, an organisation's or a
    club's head, a product's code, a place's or an event's head."""
    words = name.split()
    if name in DEMONYMS or _people_of_a_place(words):
        return EntityKind.NATIONALITY
    if name in PLACES or _LINKED_PLACE.match(name):
        return EntityKind.PLACE
    if _an_organization_by_its_words(name, words):
        return EntityKind.ORGANIZATION
    if (words[-1] == "City" and " ".join(words[:-1]) in PLACES) or (len(words) > 1 and words[-1] in _DIVISIONS):
        return EntityKind.PLACE  # "New York City", "Palm Beach County", "Tower Hamlets Borough"
    if _PRODUCT.match(name):
        return EntityKind.PRODUCT
    if _a_place_by_its_words(words):
        return EntityKind.PLACE
    if _an_event_or_a_measure(words):
        return EntityKind.OTHER  # "the Falklands War", "the Arab Spring", "Hurricane Ian", "Boxing Day", "the Consumer Prices Index": no person
    if len(words) > 1 and words[0] in ORGANIZATIONS and words[1] not in _CONNECTORS and not _INITIALS_ALIKE.match(words[0]):
        return EntityKind.ORGANIZATION  # a known body's unit or product: "Apple Intelligence", "Google Maps", "BBC Radio"
    return None


def _an_organization_by_its_words(name: str, words: list[str]) -> bool:
    """A known organisation, one with an organisation's head last or before "of", or a club's head ("Blackburn
    Rovers", "Swansea City"; a city's "Mexico City" is among the places)."""
    if name in ORGANIZATIONS or words[-1].rstrip(".") in ORGANIZATION_HEADS or _headed_before_of(words):
        return True
    if len(words) > 1 and " ".join(words[:-1]) in PLACES and words[-1] not in PLACE_HEADS and is_plural_noun(words[-1]):
        return True  # a team named after its town: "Leeds Rhinos", "Chicago Bulls", "Glasgow Warriors"
    return words[-1] in _TEAM_HEADS or (len(words) == 2 and words[-1] == "City") or (len(words) > 1 and words[0] in _BODY_OPENERS)


_INITIALS_ALIKE = re.compile(r"^[A-Z]{2}$")  # "AP" of "AP McCoy" may be a person's initials


def _a_day_of_the_year(words: list[str]) -> bool:
    """A holiday's or a day's name: "Valentine's Day", "New Year's Eve", "Boxing Day", "Australia Day", "Election
    Day" (not "Doris Day", "Jason Day": a given name before "Day" is no word of the lexicon)."""
    if len(words) < 2 or words[-1] not in ("Day", "Eve"):
        return False
    first = words[-2]
    return first.endswith(("'s", "’s", "s'", "s’")) or first in PLACES or first in _HOLIDAYS or bool(word_classes(first.lower()))


_HOLIDAYS = frozenset("Christmas Easter Thanksgiving Hanukkah Diwali Eid Anzac Waitangi Bastille".split())


_PLACE_OPENERS = frozenset("Fort Mount Lake Cape San Santa Rio Los Las Port".split())
_DIVISIONS = frozenset("County Borough Township Parish Prefecture".split())  # a place's, whatever its name
_STORMS = frozenset("Hurricane Typhoon Cyclone Storm".split())


def _a_person_by_name(name: str) -> bool:
    """Whether a name of several words reads as a person's, its first word a given name or no common word, and no word
    of it tells another kind ("Marcus Reed"; not "Downing Street", "Behaving Badly")."""
    words = name.split(" ")
    return (words[0] in GIVEN_NAMES or not word_classes(words[0].lower())) and _kind_by_lexicon(name) is None and _a_person_s_name(words)


def _a_person_s_name(words: list[str]) -> bool:
    """Two to four words of a person's name: "Jensen Huang", "J.R. Smith", "Robin van Persie" (a particle inside),
    "Alex Oxlade-Chamberlain" (a double-barrelled name first or last only: "Los Angeles-San Francisco" is none)."""
    inner = [w for w in words[1:-1] if w not in _NAME_PARTICLES]
    return (
        2 <= len(words) <= 4
        and words[0] not in _COMPASS  # "South Platte", "West Ham"
        and words[0] not in _ADJECTIVE_TITLES  # "General Electric": a title would have been split off a person's
        and all(_personal(w) for w in (words[0], *inner))
        and not any("-" in w or w in _TITLE_CASE_SMALL_WORDS or w in ("Of", "The") for w in inner)  # "The Last Man On Earth"
        and (_personal(words[-1], initial=False) or (words[0] in GIVEN_NAMES and len(words) == 2 and _capitalised(words[-1])))
        and not (_ABSTRACT_ENDING.search(words[-1]) and "NOUN" in word_classes(words[-1].lower()))
        and not (_an_adjective_not_a_name(words[0]) and not (len(words) > 2 and _a_person_by_name(" ".join(words[1:]))))
    )


def _an_adjective_not_a_name(word: str) -> bool:
    """A word the lexicon knows only as an adjective and no given name: no person's name opens with it ("Mad Men",
    "Golden Globes"; "Sunny Leone", and "Unpopular Bubba Watson" before a person's name, are people's)."""
    return set(word_classes(word.lower())) == {"ADJ"} and word not in GIVEN_NAMES


# An abstract noun's ending: such a noun is no one's surname ("Nuclear Disarmament", "Racial Equality"; a given name
# like "Florence" or "Clarence" is no word of the lexicon).
_ABSTRACT_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|hood)$")


_COMPASS = frozenset("North South East West Northern Southern Eastern Western Upper Lower Greater".split())


def _a_place_by_its_words(words: list[str]) -> bool:
    """A place's head last ("Tahrir Square", "Loftus Road", "Etihad Stadium"), an opener first ("Fort Myers", "Mount
    Everest"), or a point of the compass before a place ("Western Australia", "West Yorkshire", "East London")."""
    if len(words) == 1:
        return False  # a head alone names a body or a side: "the House" voted, "Palace" won
    return words[-1] in PLACE_HEADS or words[0] in _PLACE_OPENERS or (words[0] in _COMPASS and " ".join(words[1:]) in PLACES)


def _headed_before_of(words: list[str]) -> bool:
    """Whether an organisation's head comes right before the name's first "of" or "for": "Bank of England", "Institute
    for Fiscal Studies", "Federal Bureau of Investigation"."""
    joint = next((i for i, word in enumerate(words) if word in ("of", "for")), 0)
    return joint > 0 and (words[joint - 1] in ORGANIZATION_HEADS or (joint == 1 and words[1] == "for" and _advocates(words[0])))


def _advocates(word: str) -> bool:
    """A group of people in the plural that names a campaign after what it is for: "Americans for Prosperity",
    "Students for Fair Admissions", "Doctors for Life", "Voters for Change"."""
    return word in _ADVOCATES or word in GROUP_PLURALS or (word in DEMONYMS and word.endswith("s"))


_ADVOCATES = frozenset(
    """Citizens Students Parents Mothers Fathers Families Doctors Physicians Nurses Lawyers Veterans Women Friends
    Taxpayers Christians Muslims Jews Republicans Democrats Conservatives Liberals Teachers Workers Farmers Patients
    Engineers Journalists Artists Musicians Athletes""".split()
)


def _personal(word: str, initial: bool = True) -> bool:
    """A word that can be part of a person's name: "Jones", "McCall", "O'Neill", "Oxlade-Chamberlain", or with
    `initial` "K." or "J.R." (but no "U.S.")."""
    if initial and _INITIALS.match(word) and word not in ALIASES:
        return True
    return word not in PLACES and word not in DEMONYMS and all(_capitalised(part) for part in word.split("-"))


def _capitalised(word: str) -> bool:
    """A capital, then small letters, past a surname's prefix: "Jones", "Näslund", "McCall", "O'Neill", "MacLeod",
    "DeSantis", "DiCaprio", "LaGuardia"; an Arabic name's article is read past too ("al-Douri" of "Izzat Ibrahim
    al-Douri")."""
    if word[:3] == "Mac" and word[3:4].isupper():
        word = word[3:]
    elif word[:2] in _SURNAME_PREFIXES and word[2:3].isupper():
        word = word[2:]
    return (word[:1].isupper() and word[1:].islower()) or word in _ARTICLES_OF_NAMES


_SURNAME_PREFIXES = frozenset({"Mc", "O'", "O’", "De", "Di", "La", "Le", "Du"})
_ARTICLES_OF_NAMES = frozenset({"al", "el"})  # parts of "al-Douri", "el-Sisi", split at the hyphen
# Who someone is, written before their name in lower case: "striker Bafetimbi Gomis", "rapper Drake", "his wife Victoria".
_PERSON_ROLES = frozenset(
    """striker defender midfielder goalkeeper keeper winger skipper captain manager boss team-mate teammate actor
    actress singer rapper comedian presenter star player driver golfer boxer jockey author novelist artist
    photographer chef wife husband son daughter mother father brother sister girlfriend boyfriend fiance fiancee
    widow""".split()
)
# Who someone is, capitalised at the head of a caption before their name.
_CAPTION_ROLES = frozenset(
    "schoolboy schoolgirl teenager pensioner grandmother grandfather grandad grandma student nurse doctor mum dad "
    "toddler youngster businessman businesswoman officer soldier victim".split()
)
_DESCRIBING_ROLES = _PERSON_ROLES | _CAPTION_ROLES
_NAME_PARTICLES = frozenset("van von der den de del da di dos du bin ibn".split())
# Words that end a sports club's name: "Blackburn Rovers", "Leeds United", "Tottenham Hotspur".
_TEAM_HEADS = frozenset("United Rovers Athletic Albion Hotspur Wanderers Rangers Town Orient Vale Argyle".split())
# Words that open a club's or a paper's name: "Athletic Bilbao", "Bayer Leverkusen", "Borussia Dortmund", "Daily Mirror".
_BODY_OPENERS = frozenset("Athletic Atletico Real Borussia Bayer Sporting Racing Dynamo Dinamo Rayo Olympique Eintracht FC AFC VfL VfB Daily Evening".split())


# Words of a company's name after the word that names it ("Nexora Semiconductor Inc", "Tesla Motors", "Milltown
# Partners"); no public body's ("Bronx Supreme Court" leaves "the Bronx" a place).
_CORPORATE_WORDS = frozenset(
    """Inc Corp Corporation Co Co. Ltd LLC PLC Plc AG SA NV Group Holdings Motors Airlines Airways Technologies
    Systems Labs Partners Ventures Capital Pharmaceuticals Pharma Energy Media Industries Semiconductor Semiconductors
    Entertainment Studios Brands Foods Logistics Telecom Networks Software Electronics Therapeutics Biotech""".split()
)


def _bodies_by_words(found: dict[str, _Candidate]) -> tuple[dict[str, list[_Candidate]], dict[str, list[_Candidate]]]:
    """The bodies of several words by their last word ("Brotherhood"), and by their first those that a first word
    names: a company's ("Nexora" of "Nexora Semiconductor Inc") and a body's head before "of" ("Bank")."""
    bodies = [c for c in found.values() if c.kind in _FALLBACK_KINDS and " " in c.name and all(w[0].isupper() for w in c.name.split())]
    companies = _by_words([c for c in bodies if not _CORPORATE_WORDS.isdisjoint(c.name.split()[1:])], _FIRST)
    companies |= _by_words([c for c in found.values() if c.kind is EntityKind.ORGANIZATION and _OF_A_BODY.match(c.name)], _FIRST)
    return _by_words(bodies, _LAST), companies


def _bodies_named_by(word: str, heads: dict[str, list[_Candidate]], companies: dict[str, list[_Candidate]]) -> list[_Candidate]:
    """The bodies a word alone may name: those it ends ("the Brotherhood"), else the companies it opens ("Nexora" of
    "Nexora Semiconductor Inc", "Tesla" of "Tesla Motors") and the bodies whose head it is before "of" ("the Bank"
    of "the Bank of England")."""
    owners = [] if _known(word) else heads.get(word, [])
    return owners or (companies.get(word, []) if _a_company_s_own_word(word) or word in ORGANIZATION_HEADS else [])


def _an_event_or_a_measure(words: list[str]) -> bool:
    """A war, a storm, a holiday, an index, a slogan ("Let's Move"): named things that are no person, place or body."""
    if words[-1] in _EVENT_OR_MEASURE_HEADS or words[0] in ("Let's", "Let’s"):
        return True
    return (len(words) > 1 and words[0] in _STORMS) or _a_day_of_the_year(words)


_EVENT_OR_MEASURE_HEADS = EVENT_HEADS | frozenset("Index Indices Indicator Barometer".split())  # "the Consumer Prices Index"
_OF_A_BODY = re.compile(r"[A-Z]\w+ of (?:the )?[A-Z]")  # "Bank of England", "Department of the Interior"


def _a_company_s_own_word(word: str) -> bool:
    """A word that alone names the company whose name it opens: a known body's, or no word of the lexicon, nor a
    place's or a people's ("Nexora", "Tesla"; not "China" of "China Telecom Corp", "Royal" of "Royal Mail Group")."""
    if word in PLACES or word in DEMONYMS or word in ALIASES:
        return False
    return word in ORGANIZATIONS or not word_classes(word.lower())


def _by_words(candidates: list[_Candidate], words: slice) -> dict[str, list[_Candidate]]:
    """The candidates by the `words` of their names ("Huang" of "Jensen Huang" by its last word, "Duncan Smith" of
    "Iain Duncan Smith" by its last two): one pass, so that an article of many names stays linear."""
    found: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in candidates:
        found[" ".join(candidate.name.split()[words])].append(candidate)
    return found


_FIRST, _LAST, _LAST_TWO = slice(0, 1), slice(-1, None), slice(-2, None)


def _merge_double_surnames(found: dict[str, _Candidate]) -> None:
    """Two-word names that are the last two words of one person's longer name, into that person: "Duncan Smith" of
    "Iain Duncan Smith", "Abdel Fattah" of "Nabil Abdel Fattah"."""
    longer = [c for c in found.values() if c.kind is EntityKind.PERSON and c.name.count(" ") >= 2]
    double_surnames = _by_words(longer, _LAST_TWO)
    for name in [n for n in found if n.count(" ") == 1]:
        owners = double_surnames.get(name, [])
        if len(owners) == 1 and found[name].kind in (EntityKind.PERSON, *_FALLBACK_KINDS):
            _merge_double_surname(owners[0], found.pop(name), name)


def _merge_double_surname(owner: _Candidate, merged: _Candidate, name: str) -> None:
    """`merged`, the last two words of the name of the person `owner`, into `owner`; the form written most names
    them, and the shorter when the longer opens with a common word ("Bubba Watson", not a caption's "Unpopular Bubba
    Watson"; "Army Spc Caleb Barnes" is Caleb Barnes; "Iain Duncan Smith" stays)."""
    owner.written.update(merged.written)
    owner.mentions.extend(merged.mentions)
    if word_classes(owner.name.split()[0].lower()):
        owner.written[name] += max(owner.written.values())


def _merge_acronyms(found: dict[str, _Candidate]) -> None:
    """'IFS' after 'the Institute for Fiscal Studies' is that body, and 'FBI' the 'Federal Bureau of Investigation': an
    acronym is the one name of several words (no person's) whose capitalised words begin with its letters."""
    by_initials: dict[str, list[_Candidate]] = {}
    for candidate in found.values():
        if candidate.kind is not EntityKind.PERSON and " " in candidate.name:
            by_initials.setdefault("".join(w[0] for w in candidate.name.split(" ") if w[:1].isupper()), []).append(candidate)
    for name in list(found):
        owners = by_initials.get(name, []) if _ACRONYM_NAME.fullmatch(name) else []
        if len(owners) == 1:
            owner = owners[0]
            owner.aliases.add(name)
            owner.mentions.extend(found.pop(name).mentions)


_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}")


def _merge_surnames(found: dict[str, _Candidate]) -> None:
    """'Huang' after 'Jensen Huang' is the same person, and so is 'Jensen' when no other person is called so, and
    'Duncan Smith' after 'Iain Duncan Smith' (the last two words of one person's name); 'the Brotherhood' after 'the
    Muslim Brotherhood' the same body, when the word ends no other body's name."""
    _merge_double_surnames(found)  # first: a single word must not go to a name merged away
    people = [c for c in found.values() if c.kind is EntityKind.PERSON and " " in c.name]
    surnames, first_names = _by_words(people, _LAST), _by_words(people, _FIRST)
    heads, companies = _bodies_by_words(found)
    for name in list(found):
        if " " in name:
            continue
        owners = surnames.get(name) or surnames.get(name[:1].lower() + name[1:]) or first_names.get(name, [])  # "Al-Douri"
        if len(owners) > 1:
            found[name].kind = EntityKind.PERSON  # "Hartley" of "Eleanor Hartley" and "Peter Hartley": someone, not a body
        elif not owners and found[name].kind in _FALLBACK_KINDS:
            owners = _bodies_named_by(name, heads, companies)
        if len(owners) == 1:
            owner = owners[0]
            owner.aliases.add(name)
            owner.mentions.extend(found.pop(name).mentions)
