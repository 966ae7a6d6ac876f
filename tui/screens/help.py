"""The help screen: every key, as bound now (a key remapped in the config shows as remapped)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import help_rows


class HelpScreen(ModalScreen[None]):
    """Every key; it scrolls (arrows, Space, Page Down) when the terminal is too short to show them all."""

    AUTO_FOCUS = "#help-box"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close"),
        Binding("space", "scroll_page_down", "Page down", show=False),
    ]

    def compose(self) -> ComposeResult:
        from rich.table import Table  # only when help is asked for

        table = Table(show_header=False, box=None, padding=(0, 2))
        table.add_column(style="bold", max_width=20)  # a long list of keys wraps, leaving the room to what they do
        table.add_column(ratio=1)
        for keys, meaning in help_rows(getattr(self.app, "keymap", {})):
            table.add_row(keys, meaning)
        with VerticalScroll(id="help-box"):
            yield Static("Keys", id="help-title")
            yield Static(table)
            yield Static("Every briefing item cites its passage: move over it to see the passage in Source.", classes="dim")

    def action_close(self) -> None:
        self.dismiss()

    def action_scroll_page_down(self) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_page_down(animate=False)
