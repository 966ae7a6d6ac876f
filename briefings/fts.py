"""The search syntax, turned into an SQLite FTS5 query: words, "quoted phrases", and field filters
(`figure:`, `caveat:`, `entity:`, `faq:`, `summary:`, `timeline:`, `text:`).

Every word is quoted, so nothing a reader types is taken as FTS5 syntax: a query never fails to parse.
"""

from __future__ import annotations

import re

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


def fts_query(query: str, typing: bool = False) -> str | None:
    """The FTS5 MATCH expression for `query`; None when it holds no word. With `typing`, the last word (not in a
    closed phrase) also matches as a prefix, from its third letter."""
    parts: list[str] = []
    last_open = False
    for match in _PART.finditer(query):
        field, phrase, word = match.group("field"), match.group("phrase"), match.group("word")
        column = FIELDS.get(field.lower()) if field else None
        text = phrase if phrase is not None else word
        if field and column is None:
            text = f"{field} {text}"  # not a field: its name is a word like the others
        words = terms(text)
        if not words:
            continue
        expression = '"' + " ".join(w.replace('"', '""') for w in words) + '"'
        parts.append(f"{column} : {expression}" if column else expression)
        last_open = phrase is None or not match.group(0).endswith('"')
    if not parts:
        return None
    ends_word = not query[-1:].isspace()
    if typing and ends_word and last_open and len(terms(query)[-1]) >= MIN_PREFIX:
        parts[-1] += "*"
    return " AND ".join(parts)
