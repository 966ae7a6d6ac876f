"""Asks for the note on an article or a briefing item: Enter keeps it, an empty note takes it away, Esc cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

NOTE_LENGTH = 2000  # characters a note holds: a note, not an essay


class NoteScreen(ModalScreen[str | None]):
    """Dismissed with the note as typed (empty: no note), or None when cancelled."""

    AUTO_FOCUS = "#note-text"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_none", "Cancel")]

    def __init__(self, what: str, note: str) -> None:
        super().__init__()
        self.what = what
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(Text(f"A note on {self.what}. Enter keeps it (empty: no note), Esc cancels."))
            yield Input(self.note, id="note-text", max_length=NOTE_LENGTH, placeholder="your note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
