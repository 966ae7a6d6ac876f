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

    def __init__(
        self,
        name: str,
        mentions: list[Location],
        briefings: Mapping[str, Briefing],
        scope: str,
        heading: str | None = None,
        notes: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.entity = name
        # Each place with its passage, and a line under it (the user's note on it), if any.
        shown = [(mention, note) for mention, note in zip(mentions, notes or [""] * len(mentions), strict=True) if mention.span is not None]
        self.mentions = [mention for mention, _ in shown]
        self.notes = [note for _, note in shown]
        self.briefings = briefings
        self.scope = scope
        self.heading = heading or f"{name}: {len(mentions)} mention(s) {scope}"  # other places listed alike: bookmarks

    def compose(self) -> ComposeResult:
        with Vertical(id="mentions-box"):
            yield Static(Text(self.heading, style="bold"))
            yield KeyedList(id="mentions")

    def on_mount(self) -> None:
        options = []
        for location, note in zip(self.mentions[:_SHOWN], self.notes, strict=False):
            assert location.span is not None
            briefing = self.briefings[location.briefing]
            sentence = window(briefing.article.text, sentence_around(briefing, location.span), location.span)
            label = Text(briefing.article.display_title + "\n", style="dim italic")
            passage = Text("  " + briefing.article.passage(sentence).replace("\n", " "))
            passage.stylize("bold reverse", location.span.start - sentence.start + 2, location.span.end - sentence.start + 2)
            if note:
                passage.append("\n  ✎ " + " ".join(note.split()), style="italic")
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
