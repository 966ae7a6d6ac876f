"""The Source pane: the cleaned article, read-only, with the cited passage selected and in view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Selection

from briefings.models import Article, Span


class SourceText(TextArea):
    """The article text; TextArea shows it literally, so nothing in it is read as markup."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "End", show=False),
        Binding("backspace", "screen.back", "Back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(read_only=True, soft_wrap=True, show_line_numbers=False, id="source-text", highlight_cursor_line=False)


class SourcePane(Vertical):
    """The article and, on request, the lines removed from it as boilerplate."""

    def __init__(self) -> None:
        super().__init__(id="source")
        self.border_title = "Source"
        self.article: Article | None = None

    def compose(self) -> ComposeResult:
        yield SourceText()
        yield Static(id="removed")

    def show(self, article: Article, span: Span | None = None) -> None:
        """Show `article` and select the passage at `span`, scrolled to the middle of the pane."""
        text_area = self.query_one(SourceText)
        if self.article is None or self.article.id != article.id:
            self.article = article
            text_area.load_text(article.text)
            self.border_title = Content(article.display_title)
            self.query_one("#removed", Static).update(_removed(article))
        if span is None or not len(span):
            text_area.selection = Selection((0, 0), (0, 0))
            text_area.scroll_home(animate=False)
            return
        document = text_area.document
        start = document.get_location_from_index(span.start)
        end = document.get_location_from_index(span.end)
        text_area.selection = Selection(start, end)
        text_area.scroll_cursor_visible(center=True)

    @property
    def passage(self) -> str:
        """The text now selected (the cited passage)."""
        return self.query_one(SourceText).selected_text

    def toggle_removed(self) -> bool:
        """Show or hide the removed lines; True when they are now shown."""
        self.toggle_class("show-removed")
        return self.has_class("show-removed")


def _removed(article: Article) -> Text:
    if not article.removed:
        return Text("No lines were removed from this article.", style="dim italic")
    text = Text("Removed as boilerplate:\n", style="bold")
    for line in article.removed:
        text.append(f"line {line.line}: ", style="dim")
        text.append(line.text)
        text.append(f"  ({line.reason})\n", style="italic dim")
    return text
