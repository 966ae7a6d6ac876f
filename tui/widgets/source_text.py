"""The article text in a read-only TextArea: it shows text literally, so nothing in it is read as markup."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import TextArea
from textual.widgets.text_area import Selection


class SourceText(TextArea):
    """Read-only, soft-wrapped; j/k scroll, g/G go to the ends, Backspace goes back."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "End", show=False),
        Binding("backspace", "screen.back", "Back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(read_only=True, soft_wrap=True, show_line_numbers=False, id="source-text", highlight_cursor_line=False)

    def select_passage(self, start: int, end: int) -> None:
        """Select the characters from `start` to `end` and scroll them to the middle; an empty range goes to the top."""
        if start == end:
            self.selection = Selection((0, 0), (0, 0))
            self.scroll_home(animate=False)
            return
        document = self.document
        self.selection = Selection(document.get_location_from_index(start), document.get_location_from_index(end))
        # After the next refresh: a text just loaded is wrapped to the pane's width only then.
        self.call_after_refresh(self.scroll_cursor_visible, center=True)
