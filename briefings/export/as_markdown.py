"""A briefing as GitHub-flavoured Markdown; article text is escaped so that none of it becomes markup.

Every item ends with a footnote reference whose footnote quotes the passage the item cites.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from briefings.model.article import Span
from briefings.model.briefing import Briefing, Caveat
from briefings.model.location import sentence_around
from briefings.model.section import Section

if TYPE_CHECKING:
    from briefings.linking.crossref import CrossRef, End
    from briefings.linking.stories import Story

# Characters that can start markup anywhere in a line, and those that do so only at its start.
_INLINE = re.compile(r"([\\`*_\[\]<>|~!&])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")
_AUTOLINK = re.compile(r"(?i)(https?|ftp|mailto)(:)|(www)(\.)")

FIGURE_COLUMNS = ("Figure", "Value", "Qualifier", "Subject")


def escape(text: str) -> str:
    """Text that renders as itself: one line, every markup character escaped, no autolinks."""
    flat = " ".join(text.split())
    escaped = _INLINE.sub(r"\\\1", flat)
    escaped = _AUTOLINK.sub(lambda m: f"{m.group(1) or m.group(3)}\\{m.group(2) or m.group(4)}", escaped)
    # A marker is escaped by a backslash before its punctuation: "\\#", "1\\." (a backslash before a digit shows).
    return _LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    return indent + (marker + "\\" if marker[0].isdigit() else "\\" + marker)


class Footnotes:
    """Footnotes quoting the cited passages, numbered in order of first reference: one per passage, however many
    items cite it (a sentence with three figures is one footnote)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.quotes: list[str] = []
        self._numbers: dict[tuple[str, Span], int] = {}

    def cite(self, briefing: Briefing, span: Span) -> str:
        """A reference to the footnote quoting `span` of `briefing`'s article (made at its first reference)."""
        number = self._numbers.get((briefing.id, span))
        if number is None:
            self.quotes.append(escape(briefing.article.passage(span)))
            number = self._numbers[briefing.id, span] = len(self.quotes)
        return f"[^{self.prefix}{number}]"

    def lines(self) -> list[str]:
        """One paragraph per footnote: renderers without footnote support then still show one per line."""
        lines: list[str] = []
        for number, quote in enumerate(self.quotes, start=1):
            lines += [f"[^{self.prefix}{number}]: {quote}", ""]
        return lines[:-1]


def briefing_markdown(
    briefing: Briefing, note_prefix: str = "", links: Sequence[tuple[CrossRef, End, End]] = (), others: Mapping[str, Briefing] | None = None
) -> str:
    """The briefing's sections, then the footnotes; `note_prefix` keeps footnotes apart when briefings are joined.

    `links` (with `others`, the briefings they lead to) adds a Cross-references section: each link quotes
    both passages, this article's and the other's.
    """
    article = briefing.article
    notes = Footnotes(note_prefix)
    lines = [f"# {escape(article.display_title)}", "", _metadata(briefing), ""]
    lines += section(Section.SUMMARY.label, [f"- {escape(item.text)} {notes.cite(briefing, item.cite)}" for item in briefing.summary])
    rows = [
        f"| {escape(f.text)} {notes.cite(briefing, f.cite)} | {escape(f.value_text)} | {escape(f.qualifier or '')} | {escape(f.subject or '')} |"
        for f in briefing.figures
    ]
    table = ["| " + " | ".join(FIGURE_COLUMNS) + " |", "| --- | --- | --- | --- |", *rows] if rows else []
    lines += section(Section.FIGURES.label, table)
    faq: list[str] = []
    for item in briefing.faq:
        origin = "" if item.origin == "explicit" else " (a question the text answers)"
        faq += [f"**{escape(item.question)}**{origin}", "", f"{escape(item.answer)} {notes.cite(briefing, item.cite)}", ""]
    lines += section(Section.FAQ.label, faq[:-1])
    lines += section(Section.CAVEATS.label, [f"- {caveat.kind.value}: {with_cues(caveat)} {notes.cite(briefing, caveat.cite)}" for caveat in briefing.caveats])
    entities = []
    for entity in briefing.entities:
        also = f"; also {', '.join(escape(a) for a in entity.aliases)}" if entity.aliases else ""
        mentions = f"{entity.count} mention{'s' if entity.count != 1 else ''}"
        entities.append(f"- {escape(entity.name)} ({entity.kind.value}, {mentions}{also}) {notes.cite(briefing, sentence_around(briefing, entity.mentions[0]))}")
    lines += section(Section.ENTITIES.label, entities)
    lines += section(
        Section.TIMELINE.label, [f"- {event.date_text} ({escape(event.when)}): {escape(event.text)} {notes.cite(briefing, event.cite)}" for event in briefing.timeline]
    )
    if links and others:
        lines += section(Section.CROSSREFS.label, [_link(link, here, there, others, notes) for link, here, there in links])
    lines += section(Section.SOURCES.label, [f"- {_source(briefing)}"])
    return "\n".join(lines + notes.lines()) + "\n"


def library_markdown(
    briefings: Sequence[Briefing], links: dict[str, list[tuple[CrossRef, End, End]]] | None = None, others: Mapping[str, Briefing] | None = None
) -> str:
    """Several briefings in one document, separated by rules; each keeps its own footnotes. `others` gives the
    briefings the links lead to (by default, these)."""
    others = others if others is not None else {b.id: b for b in briefings}
    parts = [
        briefing_markdown(briefing, note_prefix=f"{number}.", links=(links or {}).get(briefing.id, ()), others=others)
        for number, briefing in enumerate(briefings, start=1)
    ]
    return "\n---\n\n".join(parts)


def index_markdown(entries: Sequence[tuple[Briefing, str]], stories: Sequence[tuple[Story, str]] = ()) -> str:
    """The folder's index: a link to each story's and each briefing's file (file names are made here, never by an article)."""
    lines = ["# Briefings", ""]
    if stories:
        lines += ["## Stories", ""]
        lines += [f"- [{escape(story.title)}]({file_name}) — {len(story.briefings)} sources" for story, file_name in stories]
        lines += ["", "## Articles", ""]
    for briefing, file_name in entries:
        details = " · ".join(escape(part) for part in article_details(briefing))
        lines.append(f"- [{escape(briefing.article.display_title)}]({file_name})" + (f" — {details}" if details else ""))
    return "\n".join(lines) + "\n"


def _link(link: CrossRef, here: End, there: End, others: Mapping[str, Briefing], notes: Footnotes) -> str:
    other = others[there.briefing]
    quote = escape(other.article.passage(there.cite))
    return (
        f"- {link.kind.value}, {link.relation.value}: {escape(link.note)} — in “{escape(other.article.display_title)}”: "
        f"“{quote}” {notes.cite(others[here.briefing], here.cite)}"
    )


def section(title: str, body: list[str]) -> list[str]:
    return [f"## {title}", "", *(body or ["None found."]), ""]


def article_details(briefing: Briefing) -> list[str]:
    article = briefing.article
    return [part for part in (article.outlet, article.author, article.published.isoformat() if article.published else None) if part]


def _metadata(briefing: Briefing) -> str:
    return " · ".join([*(escape(part) for part in article_details(briefing)), f"source: {_origin(briefing)}"])


def _source(briefing: Briefing) -> str:
    details = ", ".join(escape(part) for part in article_details(briefing))
    return _origin(briefing) + (f" ({details})" if details else "")


def _origin(briefing: Briefing) -> str:
    """Where the article came from: its file, and the URL it was fetched from if it was (shown, never a link)."""
    article = briefing.article
    return escape(article.path) + (f" (from {escape(article.url)})" if article.url else "")


def with_cues(caveat: Caveat) -> str:
    """The caveat's sentence with each cue emphasised; the pieces between cues escaped, their spacing kept."""
    text, start = caveat.text, caveat.cite.start
    pieces: list[str] = []
    position = 0
    for cue in sorted(caveat.cues, key=lambda c: c.span.start):
        begin, end = cue.span.start - start, cue.span.end - start
        if begin < position or end > len(text) or not text[begin:end].strip():
            continue
        pieces += [_escape_keeping_edges(text[position:begin]), f"*{escape(text[begin:end])}*"]
        position = end
    pieces.append(_escape_keeping_edges(text[position:]))
    return "".join(pieces).strip()


def _escape_keeping_edges(text: str) -> str:
    """`escape`, keeping one space where the text began or ended with whitespace."""
    if not text.strip():
        return " " if text else ""
    return (" " if text[0].isspace() else "") + escape(text) + (" " if text[-1].isspace() else "")
