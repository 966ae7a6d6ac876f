"""The article text in a read-only TextArea: it shows text literally, so nothing in it is read as markup."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import TextArea
from textual.widgets.text_area import Document, Selection

# The text view lays a whole line out for every row of it that it paints: a line of megabytes would take
# seconds a repaint. A longer line is shown broken at spaces, each a line break in its place, so that every
# character keeps its offset (and a cited passage its selection).
LONGEST_LINE = 2000


class SourceText(TextArea):
    """Read-only, soft-wrapped; j/k scroll, Space/Ctrl+F and b/Ctrl+B a page, Ctrl+D and Ctrl+U half a page, g/G go to
    the ends, Backspace goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False, id="cursor_down"),
        Binding("k", "scroll_up", "Up", show=False, id="cursor_up"),
        Binding("g", "scroll_home", "Top", show=False, id="first"),
        Binding("G", "scroll_end", "End", show=False, id="last"),
        Binding("backspace", "screen.back", "Back", show=False, id="back"),
        Binding("space,ctrl+f,pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("b,ctrl+b,pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False, id="half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False, id="half_page_up"),
    ]

    def __init__(self) -> None:
        super().__init__(read_only=True, soft_wrap=True, show_line_numbers=False, id="source-text", highlight_cursor_line=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_half_page(self, direction: int) -> None:
        """Scroll half the view down (1) or up (-1), as less and vim do with Ctrl+D and Ctrl+U."""
        self.scroll_relative(y=direction * max(1, self.scrollable_content_region.height // 2), animate=False)

    def show_text(self, text: str) -> None:
        """Load `text`, its lines longer than LONGEST_LINE broken at spaces."""
        self.load_text(broken_long_lines(text))

    def select_passage(self, start: int, end: int) -> None:
        """Select the characters from `start` to `end` and scroll them to the middle; an empty range goes to the top."""
        if start == end:
            self.selection = Selection((0, 0), (0, 0))
            self.scroll_home(animate=False)
            return
        document = self.document
        assert isinstance(document, Document)  # a plain text, never a syntax tree
        self.selection = Selection(document.get_location_from_index(start), document.get_location_from_index(end))
        # After the next refresh: a text just loaded is wrapped to the pane's width only then.
        self.call_after_refresh(self.scroll_cursor_visible, center=True)


def broken_long_lines(text: str) -> str:
    """`text` with each line longer than LONGEST_LINE broken at spaces (a space becomes a line break), so that no
    shown line is much longer; the same length, and every other character in its place."""
    if len(text) <= LONGEST_LINE:
        return text
    characters: list[str] | None = None
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        position = line_start
        while line_end - position > LONGEST_LINE:
            cut = text.rfind(" ", position + 1, position + LONGEST_LINE)
            if cut == -1:
                cut = text.find(" ", position + LONGEST_LINE, line_end)
                if cut == -1:
                    break
            characters = characters if characters is not None else list(text)
            characters[cut] = "\n"
            position = cut + 1
        line_start = line_end + 1
    return text if characters is None else "".join(characters)
