"""The Briefing pane: every section of one briefing; moving over an item shows its passage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefings.links import SECTION_LABELS, Location
from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefings.briefing import Briefing
    from briefings.crossref import CrossRef, End

SECTIONS = ("summary", "figures", "faq", "caveats", "entities", "timeline")
CROSS_REFERENCES = "Cross-references"
# Shares of the pane's width for the figure table's columns: figure, value, qualifier, subject.
_TABLE_WIDTH = 72
_FIGURE_SHARES = (0.38, 0.17, 0.17, 0.28)


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

    def __init__(self) -> None:
        super().__init__(id="briefing")
        self.border_title = "Briefing"
        self.briefing: Briefing | None = None
        self._locations: dict[str, Location] = {}
        self._width = 0
        self.links: Sequence[tuple[CrossRef, End, End]] = ()
        self._titles: dict[str, str] = {}

    def show(
        self, briefing: Briefing, links: Sequence[tuple[CrossRef, End, End]] = (), titles: dict[str, str] | None = None
    ) -> None:
        """Lay out all sections of `briefing` and its cross-references (`titles` names the other articles)."""
        same = self.briefing is not None and self.briefing.id == briefing.id and self._width == self._content_width()
        if same and links is self.links:
            return
        self.briefing = briefing
        self.links = links
        self._titles = titles or {}
        self._width = self._content_width()
        columns = _figure_columns(self._width)
        self._locations = {}
        self.border_title = Content(briefing.article.display_title)
        options: list[Option] = []
        for section in SECTIONS:
            options.append(Option(Text(SECTION_LABELS[section], style="bold reverse"), id=f"heading:{section}", disabled=True))
            items = getattr(briefing, section)
            if section == "figures" and items and columns:
                options.append(Option(_figure_header(columns), disabled=True))
            for index, item in enumerate(items):
                option_id = f"{section}:{index}"
                span = item.mentions[0] if section == "entities" else item.cite
                self._locations[option_id] = Location(briefing.id, span, section, index)
                options.append(Option(_render(section, item, columns), id=option_id))
            if not items:
                options.append(Option(Text("  none found", style="dim italic"), disabled=True))
        options.append(Option(Text(CROSS_REFERENCES, style="bold reverse"), id="heading:crossrefs", disabled=True))
        for index, (link, here, there) in enumerate(links):
            self._locations[f"crossrefs:{index}"] = Location(briefing.id, here.cite, "crossrefs", index)
            options.append(Option(_render_link(link, self._titles.get(there.briefing, there.briefing)), id=f"crossrefs:{index}"))
        if not links:
            options.append(Option(Text("  none: no other article of the library reports the same figures or claims", style="dim italic"), disabled=True))
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(options)
            self.highlighted = None

    def _content_width(self) -> int:
        return self.scrollable_content_region.width or 80

    def on_resize(self) -> None:
        """Lay the figure table out again for the new width, keeping the highlighted item."""
        if self.briefing is not None and self._width != self._content_width():
            highlighted = self.highlighted
            self.show(self.briefing, self.links, self._titles)
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = highlighted

    def show_message(self, message: str) -> None:
        """Show a single line instead of a briefing."""
        self.briefing = None
        self._locations = {}
        self.clear_options()
        self.add_option(Option(Text(message, style="italic"), disabled=True))

    def select(self, location: Location) -> None:
        """Highlight the item at `location` (quietly: the caller shows the passage)."""
        option_id = f"{location.section}:{location.item}"
        if location.section and option_id in self._locations:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = self.get_option_index(option_id)

    def jump_to_section(self, section: str) -> None:
        """Move to the first item of a section (or its heading when it has none)."""
        index = self.get_option_index(f"heading:{section}")
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
        if location is None or self.briefing is None:
            return
        if location.section == "entities":
            self.post_message(self.EntityChosen(self.briefing.entities[location.item or 0].name))
        elif location.section == "crossrefs":
            link, _, there = self.links[location.item or 0]
            self.post_message(self.LinkChosen(link, there))


def _figure_columns(width: int) -> tuple[int, ...] | None:
    """Column widths for the figure table; None when the pane is too narrow for one (figures are then stacked)."""
    if width < _TABLE_WIDTH:
        return None
    return tuple(max(6, int((width - 3) * share)) for share in _FIGURE_SHARES)


def _figure_header(columns: tuple[int, ...]) -> Text:
    return Text("  " + "".join(_cell(h, w) for h, w in zip(("Figure", "Value", "Qualifier", "Subject"), columns)), style="dim bold")


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text if len(text) < width else text[: width - 2] + "…").ljust(width)


_DISAGREE = ("conflicting", "contradicts")


def _render_link(link: CrossRef, other_title: str) -> Text:
    """The kind and relation (disagreements stand out), the note, and the other article."""
    disagree = link.relation.value in _DISAGREE
    text = Text(f"{link.kind.value} · {link.relation.value}", style="bold red" if disagree else "bold")
    text.append(f"  {_flat(link.note)}\n")
    text.append(f"  → {_flat(other_title)}", style="dim italic")
    return text


def _flat(text: str) -> str:
    """Text on one line (offsets kept): the article's own line breaks would break the list's layout."""
    return text.replace("\n", " ")


def _render(section: str, item, columns: tuple[int, ...] | None) -> Text:
    if section == "summary":
        return Text("• " + _flat(item.text))
    if section == "figures":
        cells = (item.text, item.value_text, item.qualifier or "", item.subject or "")
        if columns is None:
            text = Text("  " + _flat(item.text) + "\n", style="bold")
            text.append("    " + " · ".join(c for c in cells[1:] if c), style="dim")
            return text
        return Text("  " + "".join(_cell(c, w) for c, w in zip(cells, columns)))
    if section == "faq":
        text = Text("Q ", style="bold")
        text.append(_flat(item.question), style="bold")
        text.append(f"  ({item.origin.value})\n", style="dim")
        text.append("  " + _flat(item.answer))
        return text
    if section == "caveats":
        text = Text(f"{item.kind.value:<12}", style="italic dim")
        body = Text(_flat(item.text))
        for cue in item.cues:
            body.stylize("bold underline", cue.span.start - item.cite.start, cue.span.end - item.cite.start)
        return text + body
    if section == "entities":
        aliases = f" (also {', '.join(item.aliases)})" if item.aliases else ""
        text = Text(item.name, style="bold")
        text.append(f"  {item.kind.value}, {item.count}×{aliases}", style="dim")
        return text
    text = Text(f"{item.date.isoformat()}  ", style="bold")
    text.append(f"{item.when}: ", style="dim")
    text.append(_flat(item.text))
    return text
