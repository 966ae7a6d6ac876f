"""Rule-based sentence segmentation that returns character spans.

A candidate boundary is a run of terminal punctuation followed by white space;
rules about the word before it and the word after it decide whether it ends a
sentence (abbreviations, initials, acronyms, list markers, ellipses, quotes).
"""

from __future__ import annotations

import itertools
import re

from briefings.text.dates import MONTHS, WEEKDAYS

# Abbreviations that precede a name or number and never end a sentence.
TITLES = frozenset(
    """mr mrs ms messrs dr prof st mt ft gen sen rep gov lt col maj capt cpt sgt cmdr adm rev hon pres
    supt insp det fr sr jr esq""".split()
)
# Abbreviations that may end a sentence; they do so only before a typical sentence opener.
ABBREVIATIONS = frozenset(
    """inc co corp ltd llc plc bros dept univ assn est approx ca cf vs etc al fig figs vol vols
    no nos p pp ch sec art ed eds op ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun mln bln tr n° nº""".split()
)
# Abbreviations that commonly precede a number ("p. 55", "No. 3", "Jan. 5").
BEFORE_NUMBER = frozenset(
    "p pp no nos vol vols fig figs ch sec art op n° nº jan feb mar apr jun jul aug sep sept oct nov dec ca approx est".split()
)
# Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.
OPENERS = frozenset(
    """a an the this that these those it its he she they we i you his her their our my your there here
    but and or so yet however what when where why how who which whose if in on at for as after before
    since while although though meanwhile still also then now some many most all no not each every
    both neither either one another such other later earlier today yesterday tomorrow""".split()
)

_CANDIDATE = re.compile(r"(?:\.(?: ?\.){2,}|…|[.!?]+)[\"'’”)\]»]*(?=\s|$)")
_CLOSERS = "\"'’”)]»"
_OPENING = "\"'‘“([«"
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_MARKER = re.compile(r"^(?:[A-Za-z]?\d{1,3}|[A-Za-z])$")
_BULLETS = "•⁃▪◦‣●"
# Words that only open a sentence: capitalised between two lower-case words, they start one run into the last
# without its full stop, as a photo caption or a headline is in text copied from a page ("... before they are
# beheaded The harrowing video shows ...", "... for one week After a few more comments ...").
RUN_IN_OPENERS = (
    "The", "All", "He", "She", "They", "We", "It", "This", "These", "Those", "His", "Her", "Their", "Its", "But",
    "However", "Meanwhile", "After", "When",
)
_RUN_IN = re.compile(r"(?:" + "|".join(RUN_IN_OPENERS) + r") [a-z]")  # the word before it is looked at after: fast
_INLINE_MARKER = re.compile(r"(?:(?<=\s)|^)(?:(\d{1,2})(?:\.\)|\)|\.(?=\s))|([a-z])\.(?=\s)|([" + _BULLETS + r"]))")


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], stripped of surrounding white space."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    for item_start, item_end in _split_enumeration(chunk):
        item = chunk[item_start:item_end]
        begin = 0
        for boundary in [*_boundaries(item), len(item)]:
            span = _strip(item, begin, boundary)
            if span:
                spans.append((start + item_start + span[0], start + item_start + span[1]))
            begin = boundary
    return spans


def split(text: str) -> list[str]:
    """The sentences of `text`."""
    return [text[s:e] for s, e in split_spans(text)]


def runs_into_next(text: str, end: int) -> bool:
    """Whether the sentence that ends at `end` was cut off the next at a run-in, with no full stop of its own: a
    caption or a headline run into the text (`RUN_IN_OPENERS`)."""
    start = end
    while start < len(text) and text[start] in " \t":
        start += 1
    return start > end and _RUN_IN.match(text, start) is not None and _lower_word_ends(text, end)


def _run_in_at(text: str, opener: int) -> bool:
    """Whether the opener at `opener` follows a lower-case word or a number on its line."""
    end = opener
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end < opener and _lower_word_ends(text, end)


def _lower_word_ends(text: str, end: int) -> bool:
    """Whether a lower-case word ("staff", not "Liu" of "Vice Premier Liu He") or a number ends at `end`."""
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    word = text[start:end]
    return word.isdigit() or (len(word) > 1 and word.isalpha() and word.islower())


def _boundaries(text: str) -> list[int]:
    """Offsets at which a new sentence starts (before the white space is stripped): after terminal punctuation,
    where two sentences are glued without a space, and where a sentence runs in without its full stop."""
    punctuated = _punctuated(text)
    run_ins = [m.start() for m in _RUN_IN.finditer(text) if _run_in_at(text, m.start())]
    glued = [m.end() for m in _GLUED.finditer(text) if m.group(1).lower() not in TITLES and not _in_an_address(text, m.start())]
    return sorted({*punctuated, *run_ins, *glued}) if run_ins or glued else punctuated


# Two sentences glued where a page lost the space ("in suburban Philadelphia.The Department says", "in 2004.Officials
# say"): a word of two letters or more, or a number, then a full stop and a capitalised word (not "J.Crew", "Dr.Dre",
# "Booking.com", "U.S.A").
_GLUED = re.compile(r"\b([A-Za-z][a-z]+|\d+)[.!?](?=[A-Z][a-z])")


def _in_an_address(text: str, at: int) -> bool:
    """Whether the offset is inside an e-mail or a web address ("Jane.Doe@example.com", "www.Example.org"): the
    run of text without white space around it has an "@", "://" or "www."."""
    start, end = at, at
    while start > 0 and not text[start - 1].isspace() and at - start < _LONGEST_ADDRESS:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - at < _LONGEST_ADDRESS:
        end += 1
    token = text[start:end]
    return "@" in token or "://" in token or "www." in token.lower()


_LONGEST_ADDRESS = 100  # characters looked at either side: linear however long a run without spaces


def _punctuated(text: str) -> list[int]:
    """Offsets at which a sentence starts after terminal punctuation."""
    found: list[int] = []
    sentence_start = _skip_space(text, 0)
    if sentence_start < len(text) and text[sentence_start] in _BULLETS:
        sentence_start = _skip_space(text, sentence_start + 1)
    for match in _CANDIDATE.finditer(text):
        after = _skip_space(text, match.end())
        if after >= len(text):
            break
        cut = _decide(text, match, after, sentence_start)
        if cut is not None:
            found.append(cut)
            sentence_start = after
    return found


def _skip_space(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _decide(text: str, match: re.Match[str], after: int, sentence_start: int) -> int | None:
    """Where the sentence ends at this candidate, or None when it goes on."""
    nxt = text[after]
    if nxt.islower():
        return None
    punct = match.group().rstrip(_CLOSERS)
    if "!" in punct or "?" in punct:
        return match.end()
    dots = punct.count(".") + 3 * punct.count("…")
    if dots >= 3:
        return _after_ellipsis(text, match, punct, dots)
    word_start = match.start()
    while word_start > sentence_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : match.start()].lstrip(_OPENING + _BULLETS)
    if word_start <= sentence_start and _LIST_MARKER.match(word):
        return None
    if not word or len(punct) < len(match.group()):
        return match.end()
    if word.lower() in _CLOCK_HALVES and _a_clock_time_ends(text, sentence_start, word_start, after):
        return match.end()
    return match.end() if _ends_sentence(text, word, word_start, after) else None


_CLOCK_HALVES = frozenset({"a.m", "p.m"})
# What goes on after a time of day: its day, month or zone ("at 4 p.m. Tuesday", "at 9 a.m. ET").
_AFTER_A_TIME = frozenset((*WEEKDAYS, *MONTHS, *"et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet".split()))


def _a_clock_time_ends(text: str, sentence_start: int, word_start: int, after: int) -> bool:
    """Whether "a.m." or "p.m." ends the sentence: a capitalised word that is no day, month or time zone follows,
    and the time closes a clause of its own ("He left the bank at 6 P.M. Mr. Smith then went", "The fire started at
    2 a.m. Firefighters arrived"), not one opening the sentence ("At 5 a.m. Mr. Smith went", "By 10 p.m. Police had
    arrived")."""
    following = _next_word(text, after)
    if not following[:1].isupper() or following.lower() in _AFTER_A_TIME:
        return False
    return len(text[sentence_start:word_start].split()) >= _CLAUSE_BEFORE_A_TIME


_CLAUSE_BEFORE_A_TIME = 4  # words before "a.m."/"p.m.", its number among them, when a clause ends with the time


def _after_ellipsis(text: str, match: re.Match[str], punct: str, dots: int) -> int | None:
    """An ellipsis ends a sentence only when a full stop comes with it (four dots)."""
    if dots < 4:
        return None
    attached = match.start() > 0 and not text[match.start() - 1].isspace()
    if attached and " " in punct:
        return match.start() + 1
    return match.end()


def _ends_sentence(text: str, word: str, word_start: int, after: int) -> bool:
    lower = word.lower()
    if lower in TITLES:
        return False
    if text[after].isdigit():
        return lower not in BEFORE_NUMBER
    if len(word) == 1 and word.isupper():
        return word == "I" and _previous_word(text, word_start).islower()
    if lower in ABBREVIATIONS or _ACRONYM.fullmatch(word):
        return _next_word(text, after).lower() in OPENERS
    return True


def _previous_word(text: str, before: int) -> str:
    end = before
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].strip(_OPENING + _CLOSERS + ",;:")


def _next_word(text: str, at: int) -> str:
    end = at
    while end < len(text) and (text[end].isalpha() or text[end] in "'’"):
        end += 1
    return text[at:end]


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _split_enumeration(text: str) -> list[tuple[int, int]]:
    """Cut an inline enumeration ("1) a 2) b", "a. x b. y", "• a • b") into its items."""
    start = _skip_space(text, 0)
    first = _INLINE_MARKER.match(text, start)
    if not first:
        return [(0, len(text))]
    cuts: list[int] = []
    expected = _successor(first)
    for marker in _INLINE_MARKER.finditer(text, first.end()):
        if next(g for g in marker.groups() if g) == expected:
            cuts.append(marker.start())
            expected = _successor(marker)
    pieces = [0, *cuts, len(text)]
    return list(itertools.pairwise(pieces))


def _successor(marker: re.Match[str]) -> str:
    number, letter, bullet = marker.groups()
    if number:
        return str(int(number) + 1)
    if letter:
        return chr(ord(letter) + 1)
    return bullet
