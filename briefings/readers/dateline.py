"""Datelines: the place and wire credit that open a news paragraph ("ROME (AP) —", "LONDON, May 28 (Reuters) -",
"(CNN)", "Boston (CNN)", "CAIRO —"). They are not part of the first sentence: a dateline names where and by whom,
it says nothing the sentence says."""

from __future__ import annotations

import re

from briefings.model.article import Dateline, Span
from briefings.text.lexicon import ORGANIZATIONS, PLACES

_WORD = r"[A-Z][\w'’.\-]*"
_UPPER_WORD = r"[A-Z][A-Z'’.\-]+"
_REGION = rf"(?:,[ ](?P<region>{_WORD}(?:[ ]{_WORD}){{0,2}}))?"
_DATE = r"(?:,[ ](?P<date>[A-Z][a-z]{2,8}\.?[ ]\d{1,2}))?"
_DASH = r"(?:[—–]|--?|\|)"
# A place (any capitalised words) with a wire credit in brackets: "Kathmandu, Nepal (CNN)", "ROME (AP) —", "(CNN)".
_CREDITED = re.compile(
    rf"(?:(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}}){_REGION}{_DATE}[ ]?)?"
    rf"\((?P<outlet>[A-Z][\w&.'’]*(?:[ /][A-Z][\w&.'’]*){{0,3}})\)[ ]*(?:{_DASH}[ ]*)?(?=[\"“‘'A-Z0-9])"
)
# A place in capitals and a dash, no credit: "CAIRO —", "WASHINGTON, March 3 --".
_DASHED = re.compile(rf"(?P<place>{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}}){_REGION}{_DATE}[ ]+{_DASH}[ ]+(?=\S)")
# A known place in capitals run straight into the sentence: "WASHINGTON Obesity is ...".
_BARE = re.compile(rf"(?P<place>{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,2}})[ ]+(?=[A-Z][a-z])")


def find_dateline(text: str, start: int, end: int, offset: int = 0) -> tuple[Dateline, int] | None:
    """The dateline that opens text[start:end], if any, and where the sentence after it starts; both as offsets in
    a text where `text` begins at `offset`."""
    match = _CREDITED.match(text, start, end) or _DASHED.match(text, start, end)
    if not match:
        match = _BARE.match(text, start, end)
        if not match or match.group("place").title() not in PLACES:
            return None
    place, outlet = match.group("place"), match.groupdict().get("outlet")
    if place and place.split()[0] in ("The", "A", "An"):
        return None
    if place and outlet and not place.isupper() and outlet not in ORGANIZATIONS:
        return None  # "Apple (AAPL) Chief Executive ..." is a sentence; "Boston (CNN)" a dateline
    dateline_end = start + len(text[start : match.end()].rstrip())
    return Dateline(span=Span(start=offset + start, end=offset + dateline_end), place=place, outlet=outlet), offset + match.end()
