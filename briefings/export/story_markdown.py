"""A story briefing as Markdown, laid out as an article's: each item names its sources by number, and its
footnote quotes the passage of the source it cites."""

from __future__ import annotations

from collections.abc import Mapping

from briefings.export.as_markdown import FIGURE_COLUMNS, Footnotes, escape, section, with_cues
from briefings.linking.stories import Story, StoryItem, StorySource
from briefings.model.briefing import Briefing
from briefings.model.location import sentence_around
from briefings.model.section import Section


def story_markdown(story: Story, briefings: Mapping[str, Briefing], note_prefix: str = "") -> str:
    """The story's sections, then the footnotes; `briefings` holds (at least) the story's articles."""
    notes = Footnotes(note_prefix)

    def cite(item: StoryItem) -> str:
        return notes.cite(briefings[item.briefing], item.cite)

    count = len(story.sources)
    dates = story.dates
    when = f" · {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "") if dates else ""
    lines = [f"# {escape(story.title)}", "", f"Story from {count} sources{when} · id {story.id}", ""]
    lines += section(Section.SUMMARY.label, [f"- {escape(point.text)} {_named(story, point)} {cite(point)}" for point in story.summary])
    rows = [
        f"| {escape(f.figure.text)} {cite(f)} | {escape(f.figure.value_text)} | {escape(f.figure.qualifier or '')} "
        f"| {escape(f.figure.subject or '')} | {story.source_number(f.briefing)} | {f.agreement if f.agreement == 'one source' else f'#{f.group + 1} {f.agreement}'} |"
        for f in story.figures
    ]
    columns = (*FIGURE_COLUMNS, "Source", "Agreement")
    table = ["| " + " | ".join(columns) + " |", "| " + " | ".join("---" for _ in columns) + " |", *rows] if rows else []
    lines += section(Section.FIGURES.label, table)
    faq: list[str] = []
    for entry in story.faq:
        origin = "" if entry.item.origin == "explicit" else " (a question the text answers)"
        faq += [f"**{escape(entry.item.question)}**{origin}", "", f"{escape(entry.item.answer)} {_named(story, entry)} {cite(entry)}", ""]
    lines += section(Section.FAQ.label, faq[:-1])
    lines += section(
        Section.CAVEATS.label, [f"- {c.caveat.kind.value}: {with_cues(c.caveat)} {_named(story, c)} {cite(c)}" for c in story.caveats]
    )
    entities = []
    for entity in story.entities:
        first = entity.mentions[0]
        numbers = ", ".join(str(story.source_number(b)) for b in entity.briefings)
        also = f"; also {', '.join(escape(a) for a in entity.aliases)}" if entity.aliases else ""
        quote = notes.cite(briefings[first.briefing], sentence_around(briefings[first.briefing], first.cite))
        entities.append(f"- {escape(entity.name)} ({entity.kind.value}, {len(entity.mentions)} mentions in sources {numbers}{also}) {quote}")
    lines += section(Section.ENTITIES.label, entities)
    lines += section(
        Section.TIMELINE.label,
        [
            f"- {e.event.date_text} ({escape(e.event.when)}): {escape(e.event.text)} {_named(story, e)} {cite(e)}"
            for e in story.timeline
        ],
    )
    lines += section(Section.SINGLE_SOURCE.label, [f"- {escape(point.text)} {_named(story, point)} {cite(point)}" for point in story.single_source])
    lines += section(Section.SOURCES.label, [f"{number}. {_source(source)}" for number, source in enumerate(story.sources, start=1)])
    return "\n".join(lines + notes.lines()) + "\n"


def _named(story: Story, item: StoryItem) -> str:
    """"(source 1; also 2; disputed by 3)": who reports the item, who else does, who says otherwise."""
    parts = [f"source {story.source_number(item.briefing)}"]
    others = [story.source_number(b) for b in item.sources[1:]]
    if others:
        parts.append("also " + ", ".join(map(str, others)))
    disputed = sorted({story.source_number(end.briefing) for end in item.disputed})
    if disputed:
        parts.append("disputed by " + ", ".join(map(str, disputed)))
    return f"({'; '.join(parts)})"


def _source(source: StorySource) -> str:
    return f"{escape(source.title)} — " + ", ".join([*(escape(d) for d in source.details), escape(source.path)])
