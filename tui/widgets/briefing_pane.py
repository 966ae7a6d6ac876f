"""The Briefing pane: every section of one briefing, or of a story's; moving over an item shows its passage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefings.model.location import Location
from briefings.model.section import BRIEFING_SECTIONS, STORY_SECTIONS, Section
from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from briefings.linking.crossref import CrossRef, End
    from briefings.linking.stories import Story, StoryItem
    from briefings.model.briefing import Briefing

# Shares of the pane's width for the figure tables' columns: figure, value, qualifier, subject (or, in a story's
# table, figure, value, qualifier, agreement, the sources' numbers following).
_TABLE_WIDTH = 72
_FIGURE_SHARES = (0.38, 0.17, 0.17, 0.28)
_STORY_FIGURE_SHARES = (0.36, 0.18, 0.14, 0.24)


class BriefingPane(KeyedList):
    """Sections as headings, items as options; Enter on an entity asks for its mentions."""

    class ItemHighlighted(Message):
        def __init__(self, location: Location) -> None:
            super().__init__()
            self.location = location

    class LinkChosen(Message):
        """Enter on a cross-reference: go to the other side."""

        def __init__(self, link: CrossRef, there: End) -> None:
            super().__init__()
            self.link = link
            self.there = there

    class EntityChosen(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class SourceChosen(Message):
        """Enter on a story's item: open the source it cites, at its passage."""

        def __init__(self, location: Location) -> None:
            super().__init__()
            self.location = location

    def __init__(self) -> None:
        super().__init__(id="briefing")
        self.border_title = "Briefing"
        self.briefing: Briefing | None = None
        self._locations: dict[str, Location] = {}
        self._width = 0
        self.links: Sequence[tuple[CrossRef, End, End]] = ()
        self._titles: dict[str, str] = {}
        self.story: Story | None = None
        self._redraw: Callable[[], None] | None = None

    def show(
        self,
        briefing: Briefing,
        links: Sequence[tuple[CrossRef, End, End]] = (),
        titles: dict[str, str] | None = None,
        reach: Mapping[str, int] | None = None,
    ) -> None:
        """Lay out all sections of `briefing` and its cross-references (`titles` names the other articles;
        `reach` tells, by entity name, how many articles of the library mention it)."""
        same = self.story is None and self.briefing is not None and self.briefing.id == briefing.id
        if same and self._width == self._content_width() and links is self.links:
            return
        self.briefing, self.story = briefing, None
        self.links = links
        self._titles = titles or {}
        self._redraw = lambda: self.show(briefing, links, titles, reach)
        self._width = self._content_width()
        columns = _figure_columns(self._width)
        self._locations = {}
        self.border_title = Content(briefing.article.display_title)
        options: list[Option] = []
        for section in BRIEFING_SECTIONS:
            options.append(Option(Text(section.label, style="bold reverse"), id=f"heading:{section}", disabled=True))
            items = getattr(briefing, section.value)
            if section is Section.FIGURES and items and columns:
                options.append(Option(_figure_header(columns), disabled=True))
            for index, item in enumerate(items[:_SHOWN_ITEMS]):
                option_id = f"{section}:{index}"
                span = item.mentions[0] if section is Section.ENTITIES else item.cite
                self._locations[option_id] = Location(briefing.id, span, section, index)
                text = _render(section, item, columns)
                if section is Section.ENTITIES and (reach or {}).get(item.name, 1) > 1:
                    text.append(f" · in {reach[item.name]} articles", style="bold dim")  # type: ignore[index]
                options.append(Option(text, id=option_id))
            if len(items) > _SHOWN_ITEMS:
                options.append(_more(len(items)))
            if not items:
                options.append(Option(Text("  none found", style="dim italic"), disabled=True))
        options.append(Option(Text(Section.CROSSREFS.label, style="bold reverse"), id="heading:crossrefs", disabled=True))
        for index, (link, here, there) in enumerate(links):
            self._locations[f"crossrefs:{index}"] = Location(briefing.id, here.cite, Section.CROSSREFS, index)
            options.append(Option(_render_link(link, self._titles.get(there.briefing, there.briefing)), id=f"crossrefs:{index}"))
        if not links:
            options.append(Option(Text("  none: no other article of the library reports the same figures or claims", style="dim italic"), disabled=True))
        self._fill(options)

    def show_story(self, story: Story, briefings: Mapping[str, Briefing]) -> None:
        """Lay out a story's briefing: every item names its sources by number, as the Sources section lists them."""
        if self.story is not None and self.story.id == story.id and self._width == self._content_width():
            return
        self.briefing, self.story, self.links = None, story, ()
        self._redraw = lambda: self.show_story(story, briefings)
        self._width = self._content_width()
        self._locations = {}
        self.border_title = Content(f"Story: {story.title}")
        wide = self._width >= _TABLE_WIDTH
        options: list[Option] = []
        for section in STORY_SECTIONS:
            options.append(Option(Text(section.label, style="bold reverse"), id=f"heading:{section}", disabled=True))
            rows = _story_rows(story, section, briefings, self._width if wide else 0)
            if section is Section.FIGURES and rows and wide:
                options.append(Option(_header(("Figure", "Value", "Qualifier", "Agreement"), _columns(self._width, _STORY_FIGURE_SHARES)), disabled=True))
            for index, (location, text) in enumerate(rows[:_SHOWN_ITEMS]):
                option_id = f"{section}:{index}"
                self._locations[option_id] = location
                options.append(Option(text, id=option_id))
            if len(rows) > _SHOWN_ITEMS:
                options.append(_more(len(rows)))
            if not rows:
                options.append(Option(Text("  none found", style="dim italic"), disabled=True))
        self._fill(options)

    def _fill(self, options: list[Option]) -> None:
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(options)
            self.highlighted = None

    def _content_width(self) -> int:
        return self.scrollable_content_region.width or 80

    def on_resize(self) -> None:
        """Lay the figure table out again for the new width, keeping the highlighted item."""
        if self._redraw is not None and self._width != self._content_width():
            highlighted = self.highlighted
            self._redraw()
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = highlighted

    def show_message(self, message: str) -> None:
        """Show a single line instead of a briefing."""
        self.briefing, self.story, self._redraw = None, None, None
        self._locations = {}
        self.clear_options()
        self.add_option(Option(Text(message, style="italic"), disabled=True))

    def location_of(self, place: Location) -> Location | None:
        """The item shown at `place`'s section and number, with its passage; None when the briefing shown has none."""
        return self._locations.get(f"{place.section}:{place.item}") if place.section is not None else None

    def select(self, location: Location) -> None:
        """Highlight the item at `location` (quietly: the caller shows the passage)."""
        option_id = f"{location.section}:{location.item}"
        if location.section and option_id in self._locations:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = self.get_option_index(option_id)

    def jump_to_section(self, section: Section) -> None:
        """Move to the first item of a section (or its heading when it has none); a section not shown is ignored."""
        try:
            index = self.get_option_index(f"heading:{section}")
        except OptionDoesNotExist:
            return
        for candidate in range(index + 1, self.option_count):
            if not self.get_option_at_index(candidate).disabled:
                if (self.get_option_at_index(candidate).id or "").startswith(section):
                    self.highlighted = candidate
                    return
                break
        self.scroll_to_highlight()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        location = self._locations.get(event.option.id or "")
        if location is not None:
            self.post_message(self.ItemHighlighted(location))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        location = self._locations.get(event.option.id or "")
        if location is None:
            return
        if self.story is not None:
            if location.section is Section.ENTITIES:
                self.post_message(self.EntityChosen(self.story.entities[location.item or 0].name))
            else:
                self.post_message(self.SourceChosen(Location(location.briefing, location.span)))
            return
        if self.briefing is None:
            return
        if location.section is Section.ENTITIES:
            self.post_message(self.EntityChosen(self.briefing.entities[location.item or 0].name))
        elif location.section is Section.CROSSREFS:
            link, _, there = self.links[location.item or 0]
            self.post_message(self.LinkChosen(link, there))


def _figure_columns(width: int) -> tuple[int, ...] | None:
    """Column widths for the figure table; None when the pane is too narrow for one (figures are then stacked)."""
    if width < _TABLE_WIDTH:
        return None
    return _columns(width, _FIGURE_SHARES)


def _columns(width: int, shares: tuple[float, ...]) -> tuple[int, ...]:
    return tuple(max(4, int((width - 3) * share)) for share in shares)


def _figure_header(columns: tuple[int, ...]) -> Text:
    return _header(("Figure", "Value", "Qualifier", "Subject"), columns)


def _header(names: tuple[str, ...], columns: tuple[int, ...]) -> Text:
    return Text("  " + "".join(_cell(h, w) for h, w in zip(names, columns, strict=False)), style="dim bold")


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text if len(text) < width else text[: width - 2] + "…").ljust(width)


_SHOWN_CHARACTERS = 1500  # of a passage, in a list item
_SHOWN_ITEMS = 300  # of a section: a file of 100,000 figures lists its key ones and says how many more


def _more(count: int) -> Option:
    """The row that says how many items of a section are not listed."""
    return Option(Text(f"  …and {count - _SHOWN_ITEMS:,} more (an export lists them all)", style="dim italic"), disabled=True)


_DISAGREE = ("conflicting", "contradicts")


def _render_link(link: CrossRef, other_title: str) -> Text:
    """The kind and relation (disagreements stand out), the note, and the other article."""
    disagree = link.relation.value in _DISAGREE
    text = Text(f"{link.kind.value} · {link.relation.value}", style="bold red" if disagree else "bold")
    text.append(f"  {_flat(link.note)}\n")
    text.append(f"  → {_flat(other_title)}", style="dim italic")
    return text


def _flat(text: str) -> str:
    """Text on one line (offsets kept): the article's own line breaks would break the list's layout. A passage
    longer than a screenful is cut there (Source shows it whole): a sentence of megabytes must not be laid out."""
    if len(text) > _SHOWN_CHARACTERS:
        text = text[:_SHOWN_CHARACTERS] + "…"
    return text.replace("\n", " ")


def _render(section: Section, item, columns: tuple[int, ...] | None) -> Text:
    if section is Section.SUMMARY:
        return Text("• " + _flat(item.text))
    if section is Section.FIGURES:
        cells = (item.text, item.value_text, item.qualifier or "", item.subject or "")
        if columns is None:
            text = Text("  " + _flat(item.text) + "\n", style="bold")
            text.append("    " + " · ".join(c for c in cells[1:] if c), style="dim")
            return text
        return Text("  " + "".join(_cell(c, w) for c, w in zip(cells, columns, strict=False)))
    if section is Section.FAQ:
        text = Text("Q ", style="bold")
        text.append(_flat(item.question), style="bold")
        text.append("  (a question the text answers)\n" if item.origin == "derived" else "\n", style="dim")  # as the exports say
        text.append("  " + _flat(item.answer))
        return text
    if section is Section.CAVEATS:
        text = Text(f"{item.kind.value:<12}", style="italic dim")
        body = Text(_flat(item.text))
        for cue in item.cues:
            body.stylize("bold underline", cue.span.start - item.cite.start, cue.span.end - item.cite.start)
        return text + body
    if section is Section.ENTITIES:
        aliases = f" (also {', '.join(item.aliases)})" if item.aliases else ""
        text = Text(item.name, style="bold")
        text.append(f"  {item.kind.value}, {item.count}×{aliases}", style="dim")
        return text
    text = Text(f"{item.date_text}  ", style="bold")
    text.append(f"{item.when}: ", style="dim")
    text.append(_flat(item.text))
    return text


def _story_rows(story: Story, section: Section, briefings: Mapping[str, Briefing], width: int) -> list[tuple[Location, Text]]:
    """The rows of one section of a story's briefing; `width` 0 stacks the figures instead of a table."""
    if section is Section.SOURCES:
        return [(Location(source.briefing, None, section, n, story.id), _source_row(n, source)) for n, source in enumerate(story.sources)]
    if section is Section.ENTITIES:
        rows = []
        for n, entity in enumerate(story.entities):
            first = entity.mentions[0]
            numbers = ", ".join(str(story.source_number(b)) for b in entity.briefings)
            text = Text(entity.name, style="bold")
            text.append(f"  {entity.kind.value}, {len(entity.mentions)}× in [{numbers}]", style="dim")
            rows.append((Location(first.briefing, first.cite, section, n, story.id), text))
        return rows
    items: list[StoryItem] = getattr(story, section.value)
    columns = _columns(width, _STORY_FIGURE_SHARES) if width else None
    return [
        (Location(item.briefing, item.cite, section, n, story.id), _story_item(section, item, columns) + _named(story, item))
        for n, item in enumerate(items)
    ]


def _story_item(section: Section, item, columns: tuple[int, ...] | None) -> Text:
    if section in (Section.SUMMARY, Section.SINGLE_SOURCE):
        return Text("• " + _flat(item.text))
    if section is Section.FIGURES:
        figure = item.figure
        style = "bold red" if item.agreement == "conflicting" else ""
        agreement = item.agreement if item.agreement == "one source" else f"{item.agreement} (figure {item.group + 1})"  # its rows share the number
        if columns is None:
            text = Text("  " + _flat(figure.text) + "\n", style="bold")
            text.append("    " + " · ".join(c for c in (figure.value_text, figure.qualifier or "", agreement) if c), style=style or "dim")
            return text
        cells = (figure.text, figure.value_text, figure.qualifier or "", agreement)
        return Text("  " + "".join(_cell(c, w) for c, w in zip(cells, columns, strict=False)), style=style)
    if section is Section.FAQ:
        return _render(Section.FAQ, item.item, None)
    if section is Section.CAVEATS:
        return _render(Section.CAVEATS, item.caveat, None)
    return _render(Section.TIMELINE, item.event, None)


def _named(story: Story, item: StoryItem) -> Text:
    """The item's sources by number ("[1, 2]"), and those that say otherwise in red."""
    text = Text(f"  [{', '.join(str(n) for n in sorted(story.source_number(b) for b in item.sources))}]", style="dim")
    disputed = sorted({story.source_number(end.briefing) for end in item.disputed})
    if disputed:
        text.append(f" disputed by [{', '.join(map(str, disputed))}]", style="bold red")
    return text


def _source_row(number: int, source) -> Text:
    text = Text(f"[{number + 1}] ", style="bold")
    text.append(_flat(source.title))
    if source.details:
        text.append("\n    " + " · ".join(source.details), style="dim")
    return text
