"""An entity's mentions across the library; Enter opens one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefings.model.location import Location, sentence_around, window
from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from briefings.model.briefing import Briefing


_SHOWN = 300  # mentions listed: an entity named 100,000 times lists the first and says how many more


class MentionsScreen(ModalScreen[Location | None]):
    """Dismissed with the mention chosen, or None."""

    AUTO_FOCUS = "#mentions"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,backspace", "dismiss_none", "Back")]

    def __init__(self, name: str, mentions: list[Location], briefings: Mapping[str, Briefing], scope: str, heading: str | None = None) -> None:
        super().__init__()
        self.entity = name
        self.mentions = mentions
        self.briefings = briefings
        self.scope = scope
        self.heading = heading or f"{name}: {len(mentions)} mention(s) {scope}"  # other places listed alike: bookmarks

    def compose(self) -> ComposeResult:
        with Vertical(id="mentions-box"):
            yield Static(Text(self.heading, style="bold"))
            yield KeyedList(id="mentions")

    def on_mount(self) -> None:
        options = []
        for location in self.mentions[:_SHOWN]:
            if location.span is None:
                continue
            briefing = self.briefings[location.briefing]
            sentence = window(briefing.article.text, sentence_around(briefing, location.span), location.span)
            label = Text(briefing.article.display_title + "\n", style="dim italic")
            passage = Text("  " + briefing.article.passage(sentence).replace("\n", " "))
            passage.stylize("bold reverse", location.span.start - sentence.start + 2, location.span.end - sentence.start + 2)
            options.append(Option(label + passage))
        if len(self.mentions) > _SHOWN:
            options.append(Option(Text(f"…and {len(self.mentions) - _SHOWN:,} more", style="dim italic"), disabled=True))
        mentions = self.query_one("#mentions", OptionList)
        mentions.add_options(options)
        mentions.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.mentions[event.option_index])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
