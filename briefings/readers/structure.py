"""Line-level structure shared by the readers: bylines, headings, bullets, questions, answers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefings.text.dates import parse_date
from briefings.text.lexicon import ORGANIZATIONS

BULLET = re.compile(r"^\s*(?:[•·▪◦‣●■►*+\-–]|\d{1,2}[.)])\s+(?=\S)")
MARKED_QUESTION = re.compile(r"^\s*Q(?:uestion)?\s*\d{0,3}\s*[.:)\-–]\s*(?=\S.*\?[\"'’”]?\s*$)", re.IGNORECASE)
NUMBERED_QUESTION = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?=\S.*\?[\"'’”]?\s*$)")
ANSWER_MARKER = re.compile(r"^\s*A(?:nswer)?\s*\d{0,3}\s*[.:)\-–]\s+", re.IGNORECASE)
FAQ_HEADING = re.compile(
    r"^\s*(?:FAQs?|Frequently\s+asked\s+questions|Q\s*&\s*As?|Questions?\s+(?:and|&)\s+answers?)\b", re.IGNORECASE
)
_BYLINE = re.compile(r"^(?:By|BY)\s+(?P<rest>\S.*)$")
_DATELINE_PREFIX = re.compile(
    r"^(?:published|updated|posted|date|modified|last\s+updated|last\s+modified|first\s+published)\s*(?:on)?\s*[:\-–]?\s*", re.IGNORECASE
)
# A clock time before or after a date line's date: "Updated 4:01 PM EDT, October 10, 2024", "March 3, 2024 at 9:15
# a.m. ET", "Last updated: 14:32, Tuesday 5 March 2024".
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?"
_LEADING_TIME = re.compile(rf"^{_CLOCK}\s*,?\s*")
_TRAILING_TIME = re.compile(rf"\s*(?:,|\bat\b|/|\||[–—-])?\s*{_CLOCK}\s*$")
# Where a byline's or a date line's parts meet: "By Ann Lee | March 5, 2024", "March 5, 2024 / 6:00 AM / CBS News", "By
# Jane Doe, CNN Updated 2:15 PM EST, Thu January 4, 2024".
_PARTS = re.compile(r"\s*[|•·]\s*|\s+[–—/-]\s+|\s+(?=(?:Updated|Published|Posted|UPDATED|PUBLISHED)\b)")
_DATE_PARTS = re.compile(r"\s*[|•·]\s*|\s+/\s+")  # a date line's: "PUBLISHED: 10:02 EST, 14 April 2015 | UPDATED: ..."
_DATE_LINE_WORDS = 16
# A writer's post after the name: "Jo Lee, Political Editor", "Ana Ruiz, Staff Writer".
_WRITERS_ROLE = re.compile(r",\s*(?:[A-Z][a-z]+\s+)*(?:Correspondent|Editor|Reporter|Writer|Columnist|Critic|Analyst|Staff)$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w’'.\-]*|and|&|de|da|del|der|van|von|al|bin|la|le)$")
_CLAUSE_BREAK = re.compile(r"\s*(?:—|–|\s-\s|:|;|\(|,\s)")
_ENDING_PUNCTUATION = ".,;:"
_CLOSERS = "\"'’”)]»"
_TITLE_WORDS = 12


@dataclass(frozen=True)
class Byline:
    author: str | None
    published: date | None
    outlet: str | None


def parse_byline(line: str) -> Byline | None:
    """Author, date and outlet of a byline ("By Axel Miller | 28 Jan 2026") or a dateline, else None."""
    line = line.strip()
    if match := _BYLINE.match(line):
        parts = [p.strip() for p in _PARTS.split(match.group("rest")) if p.strip()]
        author, rest = _author_and_the_rest(parts[0], parts[1:])
        if not _is_name(author):
            return None
        published = outlet = None
        for part in rest:
            when = _date_line(part)
            if when and not published:
                published = when.published
            elif not when and not outlet and _is_name(part):
                outlet = part
        return Byline(author, published, outlet)
    if len(line.split()) > _DATE_LINE_WORDS:
        return None  # a sentence that opens with a date ("March 3, 2024 - The minister said ...") is no date line
    return next(filter(None, map(_date_line, _DATE_PARTS.split(line))), None)


def _date_line(part: str) -> Byline | None:
    """A date line's date ("Published: March 3, 2024 at 9:15 a.m. ET"), else None."""
    stripped = _LEADING_TIME.sub("", _DATELINE_PREFIX.sub("", part.strip()))
    published = parse_date(stripped)
    if published and len(_TRAILING_TIME.sub("", stripped).split()) <= 6:
        return Byline(None, published, None)
    return None


def _author_and_the_rest(author: str, rest: list[str]) -> tuple[str, list[str]]:
    """A byline's name, and its other parts with an outlet or a place written after the name first: "Jo Lee,
    Reuters", "Jane Doe, CNN Business", "Sam Webb for MailOnline", "Ann Lee in Washington", "JOHN SMITH Associated
    Press" (not a writer's post: "Sarah Jones, Environment Correspondent")."""
    if "," in author and _WRITERS_ROLE.search(author):
        return author.partition(",")[0], rest
    name, _, extra = author.partition(",")
    if extra and (not _is_name(author) or extra.strip() in ORGANIZATIONS or extra.split()[0] in ORGANIZATIONS):
        return name, [extra.strip(), *rest]
    if at := _FOR_OR_IN.search(author):
        return author[: at.start()], [author[at.end() :], *rest] if at.group(1).lower() == "for" else rest
    name, outlet = _without_outlet(author)
    return name, [outlet, *rest] if outlet else rest


_FOR_OR_IN = re.compile(r"\s+(for|For|FOR|in)\s+(?=[A-Z])")


def _without_outlet(author: str) -> tuple[str, str | None]:
    """A byline's name without the outlet written after it with no comma ("JOHN SMITH Associated Press")."""
    words = author.split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and " ".join(words[-size:]) in ORGANIZATIONS:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return author, None


def _is_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(_NAME_WORD.match(w) for w in words)


def _last_mark(line: str) -> str:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def looks_like_headline(line: str) -> bool:
    """A first line that titles the article rather than opening it."""
    words = line.split()
    return 2 <= len(words) <= 20 and _last_mark(line) not in _ENDING_PUNCTUATION and not BULLET.match(line)


def looks_like_heading(line: str) -> bool:
    """A short, unpunctuated line that names a section."""
    stripped = line.strip()
    words = stripped.split()
    return (
        0 < len(words) <= 12
        and len(stripped) <= 100
        and (stripped[0].isupper() or stripped[0].isdigit())
        and any(ch.isalpha() for ch in stripped)
        and _last_mark(stripped) not in _ENDING_PUNCTUATION
        and not BULLET.match(stripped)
    )


def derive_title(sentence: str) -> str:
    """A short title made of the opening words of a sentence, cut at a clause break."""
    words = sentence.split()
    head = " ".join(words[:_TITLE_WORDS])
    for match in _CLAUSE_BREAK.finditer(head):
        if len(head[: match.start()].split()) >= 4:
            return head[: match.start()].rstrip(_ENDING_PUNCTUATION + " ")
    trimmed = head.rstrip(_ENDING_PUNCTUATION + "!?" + " ")
    return trimmed if len(words) <= _TITLE_WORDS else trimmed + " …"
