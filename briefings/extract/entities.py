"""Entities without a statistical model: capitalised sequences, context patterns and a small lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.briefing import Entity, EntityKind
from briefings.budget import check
from briefings.extract.lexicon import (
    ALIASES,
    COMMON_CAPITALISED,
    ORGANIZATION_SUFFIXES,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACES,
)
from briefings.models import BODY_KINDS, Article, BlockKind, Span

# Tokens that can belong to a name: capitalised words, figures, camel-case products, connectors.
# Lower-case words in between are skipped; the gap they leave ends a name (see _joins).
_CANDIDATE = re.compile(r"(?<![\w’'.&-])(?:[A-Z0-9][\w’'.&-]*|[a-z]+[A-Z][\w’'.&-]*|(?:of|de|&|van|von|bin|al|del|da)(?![\w’'.&-]))")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
_POSSESSIVE = re.compile(r"[’']s?$")
_PRODUCT = re.compile(r"^(?:[A-Z]+\d+[A-Za-z\d]*|[a-z]+[A-Z]\w*)$")
_ABBREVIATED_SUFFIXES = frozenset({"Inc", "Corp", "Co", "Ltd", "Jr", "St"})
_CONNECTORS = frozenset({"of", "de", "&", "van", "von", "bin", "al", "del", "da"})
_SENTENCE_OPENERS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our But And Or So Yet However While
    Although Though When Where Why How What Who Which If In On At For As After Before Since Until Meanwhile Still Also
    Then Now Some Many Most All No Not Each Every Both Even Other Such Over Under From By With Without Despite
    During Like Unlike Among Did Does Do Is Are Was Were Will Would Can Could Should Has Have Had Yes""".split()
)

# Words that are never a name nor start one, wherever they stand: pronouns (and their contractions: "I'm", "It's"),
# determiners, discourse adverbs. Capitalised mid-sentence ("I said", "as It happened") they are still none.
_NEVER_NAMES = frozenset(
    """I Me My Mine We Us Our Ours You Your Yours He Him His She Her Hers It Its They Them Their Theirs This That
    These Those The A An However Meanwhile Moreover Furthermore Nevertheless Nonetheless Therefore Thus Also Here
    There Yes No Oh Please Perhaps Maybe Indeed Instead Another Every Each Some Any Many Most Such""".split()
)


def _contracted(word: str) -> str:
    """The word before an apostrophe ("I" of "I'm"); the word itself when it has none."""
    return word.replace("’", "'").partition("'")[0]


@dataclass
class _Candidate:
    name: str
    kind: EntityKind
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)


def extract_entities(article: Article) -> list[Entity]:
    """Entities of the article's body and headline, most mentioned first."""
    text = article.text
    blocks = [b for b in article.blocks if b.kind in BODY_KINDS or b.kind is BlockKind.HEADLINE]
    starts = {s.span.start for s in article.sentences} | {b.span.start for b in blocks}
    raw: list[tuple[str, int, int, bool]] = []
    for block in blocks:
        check()
        # A headline is in title case: each of its words counts as opening a sentence.
        raw.extend(_names(text, block.span, starts, titled=block.kind is BlockKind.HEADLINE))
    mid_sentence = {name for name, _, _, at_start in raw if not at_start}
    found: dict[str, _Candidate] = {}
    for name, start, end, at_start in raw:
        name, start = _without_opener(name, start)
        if not name:
            continue
        if at_start and name not in mid_sentence and name not in PLACES and name not in ORGANIZATIONS and " " not in name:
            continue
        canonical = ALIASES.get(name, name)
        candidate = found.get(canonical)
        if candidate is None:
            candidate = found[canonical] = _Candidate(canonical, _kind(canonical, text, start))
        if name != canonical:
            candidate.aliases.add(name)
        candidate.mentions.append(Span(start=start, end=end))
    _merge_surnames(found)
    entities = [
        Entity(name=c.name, kind=c.kind, aliases=sorted(c.aliases), mentions=sorted(c.mentions, key=lambda s: s.start))
        for c in found.values()
    ]
    return sorted(entities, key=lambda e: (-e.count, e.mentions[0].start))


def _names(text: str, span: Span, sentence_starts: set[int], titled: bool = False) -> list[tuple[str, int, int, bool]]:
    """Runs of capitalised words in a block: (name, start, end, whether the run opens a sentence or a clause, where
    any word is capitalised: after an opening quote, a colon or a dash, or anywhere in a title-case line)."""
    names: list[tuple[str, int, int, bool]] = []
    run: list[tuple[str, int, int]] = []

    def close() -> None:
        while run and run[-1][0] in _CONNECTORS:
            run.pop()
        if run:
            begin = run[0][1]
            names.append((text[begin : run[-1][2]], begin, run[-1][2], titled or begin in sentence_starts or _opens_clause(text, begin)))
        run.clear()

    for match in _CANDIDATE.finditer(text, span.start, span.end):
        token = match.group()
        for word, start, end, stop_after in _pieces(token, match.start()):
            opener = (start in sentence_starts or _opens_clause(text, start)) and word in _SENTENCE_OPENERS
            # A pronoun or determiner starts no name; inside one it may belong ("Liu He"), but "I" and "I'm" never do.
            base = _contracted(word)
            opener = opener or (base in _NEVER_NAMES and (not run or base != word or word == "I"))
            capitalised = bool(word) and (word[0].isupper() or bool(_PRODUCT.match(word)))
            if run and not _joins(text, run[-1], (word, start, end)):
                close()
            if capitalised and not opener and word not in COMMON_CAPITALISED and word not in PERSON_TITLES:
                if _PRODUCT.match(word):
                    close()
                run.append((word, start, end))
            elif word in _CONNECTORS and run:
                run.append((word, start, end))
            else:
                close()
            if stop_after:
                close()
    close()
    return names


def _without_opener(name: str, start: int) -> tuple[str, int]:
    """The name without a leading sentence-opening word ("When Robinson" is "Robinson": a caption run into the next
    sentence with no full stop hides where it starts); "" when the name is such a word alone ("In", "With")."""
    first, _, rest = name.partition(" ")
    if first not in _SENTENCE_OPENERS:
        return name, start
    stripped = rest.lstrip()
    return stripped, start + len(name) - len(stripped)


_CLAUSE_OPENERS = "“\"‘(:—–"


def _opens_clause(text: str, start: int) -> bool:
    """Whether the word at `start` follows an opening quote, a colon or a dash: a clause's first word is capitalised
    whether or not it is a name ("He said: “If…”")."""
    before = text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] in _CLAUSE_OPENERS


def _joins(text: str, left: tuple[str, int, int], right: tuple[str, int, int]) -> bool:
    """Whether two words belong to one name: one space between, or a hyphen between two non-places."""
    gap = text[left[2] : right[1]]
    if gap == "-":
        return not any(w in PLACES or w in ALIASES for w in (left[0], right[0]))
    return gap == " " and not _PRODUCT.match(left[0])


def _pieces(token: str, start: int) -> list[tuple[str, int, int, bool]]:
    """Split a token into words: hyphenated names apart ('U.S.-China'), possessives and full stops off.

    Each piece is (word, start, end, whether a name must end after it); an empty word breaks a name.
    """
    out: list[tuple[str, int, int, bool]] = []
    offset = start
    for part in token.split("-"):
        word, stop = part, False
        if (possessive := _POSSESSIVE.search(word)) and possessive.start() > 0:
            word, stop = word[: possessive.start()], True
        if word.endswith(".") and not _ACRONYM.match(word) and word.rstrip(".") not in _ABBREVIATED_SUFFIXES:
            word, stop = word.rstrip("."), True
        word = word.strip("’'")
        if word and (word[0].isupper() or word[0].isdigit() or _PRODUCT.match(word) or word in _CONNECTORS):
            begin = offset + part.find(word)
            out.append((word, begin, begin + len(word), stop))
        else:
            out.append(("", offset, offset, True))
        offset += len(part) + 1
    return out


def _kind(name: str, text: str, start: int) -> EntityKind:
    if name in PLACES:
        return EntityKind.PLACE
    if name in ORGANIZATIONS or name.split()[-1].rstrip(".") in ORGANIZATION_SUFFIXES:
        return EntityKind.ORGANIZATION
    if _PRODUCT.match(name):
        return EntityKind.PRODUCT
    before = text[max(0, start - 40) : start].split()
    if before and before[-1].strip(",") in PERSON_TITLES:
        return EntityKind.PERSON
    if len(name.split()) in (2, 3) and all(w[0].isupper() and w[1:].islower() for w in name.split()):
        return EntityKind.PERSON
    return EntityKind.ORGANIZATION if len(name.split()) == 1 else EntityKind.OTHER


def _merge_surnames(found: dict[str, _Candidate]) -> None:
    """'Huang' after 'Jensen Huang' is the same person."""
    people = [c for c in found.values() if c.kind is EntityKind.PERSON and " " in c.name]
    for name in list(found):
        if " " in name:
            continue
        owners = [p for p in people if p.name.split()[-1] == name]
        if len(owners) == 1:
            owner = owners[0]
            owner.aliases.add(name)
            owner.mentions.extend(found.pop(name).mentions)
