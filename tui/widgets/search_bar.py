"""The search bar: a query field and its ranked hits, with the matched words highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from briefings.search.hits import SearchHit, Tally


_QUERY_CHARACTERS = 256  # ample for words and phrases; a pasted page would only be cut to its first words anyway


class SearchBar(Vertical):
    """Typing posts QueryChanged; Enter (or a click on a hit) posts HitChosen."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("down", "results", "Hits", show=False)]

    class QueryChanged(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class HitChosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Search: words, \"phrases\", figure: caveat: entity: faq: (Enter opens a hit, Esc closes)",
            id="search-input",
            max_length=_QUERY_CHARACTERS,
        )
        yield KeyedList(id="search-results")

    def open(self) -> None:
        """Show the bar and focus its field at once, so that keys typed right after `/` land in it."""
        self.add_class("open")
        self.screen.set_focus(self.query_one(Input))

    def close(self) -> None:
        self.remove_class("open")

    @property
    def is_open(self) -> bool:
        return self.has_class("open")

    def show_hits(self, hits: list[SearchHit], tally: Tally) -> None:
        """List `hits`, the best first, and say under the query how many there are in all (`tally`)."""
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        results.add_options([Option(_render(hit)) for hit in hits])
        if hits:
            results.highlighted = 0
        shown = f"the best {len(hits)} of " if tally.matches > len(hits) else ""
        self.query_one(Input).border_subtitle = f"{shown}{tally}"

    def action_results(self) -> None:
        self.query_one("#search-results", OptionList).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            self.post_message(self.HitChosen(results.highlighted or 0))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.HitChosen(event.option_index))


def _render(hit: SearchHit) -> Text:
    text = Text(f"{hit.section} · ", style="dim")
    text.append(hit.title, style="dim italic")
    text.append("\n  ")
    snippet = Text(hit.snippet)
    for start, end in hit.marks:
        snippet.stylize("bold reverse", start, end)
    return text + snippet
