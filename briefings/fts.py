"""The search syntax, turned into an SQLite FTS5 query: words, "quoted phrases", and field filters
(`figure:`, `caveat:`, `entity:`, `faq:`, `summary:`, `timeline:`, `text:`).

Every word is quoted, so nothing a reader types is taken as FTS5 syntax: a query never fails to parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.search import MIN_PREFIX, terms

# One FTS5 column per kind of passage, so that a field filter is a column filter.
COLUMNS = ("body", "summary", "figure", "faq", "caveat", "timeline", "entity")
FIELD_COLUMNS: dict[str | None, str] = {
    None: "body",
    "summary": "summary",
    "figures": "figure",
    "faq": "faq",
    "caveats": "caveat",
    "timeline": "timeline",
    "entities": "entity",
}
FIELDS = {
    "text": "body",
    "summary": "summary",
    "figure": "figure",
    "figures": "figure",
    "faq": "faq",
    "caveat": "caveat",
    "caveats": "caveat",
    "timeline": "timeline",
    "entity": "entity",
    "entities": "entity",
}
_PART = re.compile(r'(?:(?P<field>[A-Za-z]+):)?(?:"(?P<phrase>[^"]*)("|$)|(?P<word>[^\s"]+))')


@dataclass(frozen=True)
class Query:
    """A query as FTS5 takes it (`match`), with the words it looks for and the prefix it completes, if any."""

    match: str
    words: frozenset[str]
    prefix: str | None


def fts_query(query: str, typing: bool = False) -> Query | None:
    """`query` for FTS5; None when it holds no word. With `typing`, the last word (not in a closed phrase) also
    matches as a prefix, from its third letter."""
    parts: list[str] = []
    words: list[str] = []
    last_open = False
    for match in _PART.finditer(query):
        field, phrase, word = match.group("field"), match.group("phrase"), match.group("word")
        column = FIELDS.get(field.lower()) if field else None
        text = phrase if phrase is not None else word
        if field and column is None:
            text = f"{field} {text}"  # not a field: its name is a word like the others
        found = terms(text)
        if not found:
            continue
        words += found
        expression = '"' + " ".join(w.replace('"', '""') for w in found) + '"'
        parts.append(f"{column} : {expression}" if column else expression)
        last_open = phrase is None or not match.group(0).endswith('"')
    if not parts:
        return None
    prefix = None
    if typing and not query[-1:].isspace() and last_open and len(words[-1]) >= MIN_PREFIX:
        parts[-1] += "*"
        prefix = words[-1]
    return Query(" AND ".join(parts), frozenset(words), prefix)
